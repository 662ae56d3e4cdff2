"""Rows of the calendar: occurrences with what a listing shows about their event, in the
language of the calendar. Every function here costs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Locale

from .choices import EventStatus
from .queries import related_model

if TYPE_CHECKING:  # annotations only: models.py imports this module (through pages.py)
    from .models import EventCategory, EventOccurrence, EventPage, Venue

CATEGORY_COLOURS = 6  # events.css: .event-row--c0 .. --c5


@dataclass
class EventRow:
    occurrence_id: int
    page: EventPage
    url: str
    start: datetime  # local, in the event's time zone
    end: datetime
    all_day: bool
    language: str  # of the page shown: differs from the calendar's for untranslated events
    categories: list[str] = field(default_factory=list)
    venue: Venue | None = None
    colour: str = ""  # "c0".."c5": the colour of its (first) category, the same in every language

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        """The last calendar day this occurrence touches (an end at midnight belongs to the
        day before)."""
        if self.all_day or (self.end.hour, self.end.minute, self.end.second) == (0, 0, 0):
            return max(self.start.date(), (self.end - timedelta(seconds=1)).date())
        return self.end.date()

    @property
    def multi_day(self) -> bool:
        return self.last_day != self.day

    @property
    def cancelled(self) -> bool:
        return self.page.status == EventStatus.CANCELLED

    @property
    def postponed(self) -> bool:
        return self.page.status == EventStatus.POSTPONED


# What a listing shows of an event: loading only these columns (not the page's sixty, nor
# the StreamField body) halves the cost of a month with a hundred dates.
LISTING_FIELDS = (
    "start",
    "end",
    "page_id",
    "page__title",
    "page__slug",
    "page__url_path",
    "page__path",
    "page__depth",
    "page__translation_key",
    "page__locale__language_code",
    "page__summary",
    "page__status",
    "page__status_reason",
    "page__all_day",
    "page__time_zone",
    "page__repeat",
    "page__repeat_interval",
    "page__repeat_until",
    "page__online_url",
    "page__venue__name",
    "page__venue__city",
    "page__venue__translation_key",
    "page__venue__locale_id",
)


def occurrences_for(pages) -> QuerySet:
    """Occurrences of the events in `pages` (a queryset), with their pages, venues and
    locales joined in."""
    return (
        related_model(pages.model, "occurrences")
        .objects.filter(page__in=pages.values("pk"))
        .select_related("page", "page__venue", "page__locale")
        .only(*LISTING_FIELDS)
    )


def localized_snippets(model, locale: Locale, keys: Iterable) -> dict:
    keys = set(keys)
    if not keys:
        return {}
    return {
        item.translation_key: item
        for item in model.objects.filter(locale=locale, translation_key__in=keys)
    }


def build_rows(
    occurrences: Iterable[EventOccurrence], *, locale: Locale, request
) -> list[EventRow]:
    """Turn occurrences into rows: three more queries (categories, localized categories and
    venues), however many rows. What other apps add to a row comes from the slot
    "event_row_badges", prefetched by the view that shows them."""
    occurrences = list(occurrences)
    if not occurrences:
        return []
    pages = {item.page_id: item.page for item in occurrences}
    page_model = type(occurrences[0].page)
    through = page_model.categories.through.objects.filter(
        eventpage_id__in=list(pages)
    ).select_related("eventcategory")
    category_links: dict[int, list[EventCategory]] = defaultdict(list)
    for link in through:
        category_links[link.eventpage_id].append(link.eventcategory)
    all_categories = [c for links in category_links.values() for c in links]
    local_categories = localized_snippets(
        related_model(page_model, "categories"), locale, (c.translation_key for c in all_categories)
    )
    venues = [page.venue for page in pages.values() if page.venue is not None]
    local_venues = localized_snippets(
        related_model(page_model, "venue"), locale, (v.translation_key for v in venues)
    )

    rows = []
    for item in occurrences:
        page = item.page
        zone = page.zone
        names = sorted(
            {local_categories.get(c.translation_key, c).name for c in category_links[page.pk]},
            key=str.casefold,
        )
        venue = page.venue
        if venue is not None:
            venue = local_venues.get(venue.translation_key, venue)
        keys = sorted(c.translation_key for c in category_links[page.pk])
        colour = f"c{keys[0].int % CATEGORY_COLOURS}" if keys else ""
        rows.append(
            EventRow(
                occurrence_id=item.pk,
                page=page,
                url=page.get_url(request),
                start=item.start.astimezone(zone),
                end=item.end.astimezone(zone),
                all_day=page.all_day,
                language=page.locale.language_code,
                categories=names,
                venue=venue,
                colour=colour,
            )
        )
    return rows


def group_by_day(rows: list[EventRow]) -> list[tuple[date, list[EventRow]]]:
    groups: dict[date, list[EventRow]] = {}
    for row in rows:
        groups.setdefault(row.day, []).append(row)
    return list(groups.items())


def upcoming_rows(
    calendar: QuerySet[EventPage],
    locale: Locale,
    *,
    request,
    limit: int,
    now: datetime | None = None,
):
    """The next `limit` events of `calendar` (`EventPage.objects.public_calendar_of(locale)`),
    each once at its next date, for the home page."""
    now = now or timezone.now()
    pages = calendar.upcoming(now)[:limit]
    page_list = list(pages.select_related("venue", "locale").defer("body"))
    if not page_list:
        return []
    # The next occurrence of each, already known as `next_start`.
    next_occurrences = {
        o.page_id: o
        for o in related_model(calendar.model, "occurrences")
        .objects.filter(page_id__in=[p.pk for p in page_list], end__gte=now)
        .order_by("-start")
    }
    occurrences = []
    for page in page_list:
        occurrence = next_occurrences[page.pk]
        occurrence.page = page
        occurrences.append(occurrence)
    return build_rows(occurrences, locale=locale, request=request)
