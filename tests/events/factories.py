"""Small builders for calendar tests: a calendar per locale, categories and venues in several
languages, and published events (optionally translated)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Locale

from events.models import EventCategory, EventIndexPage, EventPage, Venue

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(year, month, day, hour=0, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def soon(days: int, hour: int = 18) -> datetime:
    """`days` from today at `hour` o'clock Berlin time."""
    today = timezone.localdate()
    day = today + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN)


def make_calendar(tree: dict) -> dict[str, EventIndexPage]:
    home = tree["home"]["de"]
    index = home.add_child(
        instance=EventIndexPage(title="Veranstaltungen", slug="veranstaltungen", show_in_menus=True)
    )
    calendars = {"de": index}
    for code, locale in tree["locales"].items():
        if code == "de":
            continue
        copy = index.copy_for_translation(locale).specific
        copy.title = f"Events {code}"
        copy.live = True
        copy.save()
        calendars[code] = EventIndexPage.objects.get(pk=copy.pk)
    return calendars


def make_category(slug: str, names: dict[str, str]) -> dict[str, EventCategory]:
    source = EventCategory.objects.create(
        slug=slug, name=names["de"], locale=Locale.objects.get(language_code="de")
    )
    result = {"de": source}
    for code, name in names.items():
        if code == "de":
            continue
        copy = source.copy_for_translation(Locale.objects.get(language_code=code))
        copy.name = name
        copy.save()
        result[code] = copy
    return result


def make_venue(name="Stadtbibliothek", **fields) -> Venue:
    defaults = {
        "street": "Marktplatz 3",
        "postal_code": "44135",
        "city": "Ruhrbrück",
        "latitude": "51.513400",
        "longitude": "7.465300",
        "step_free": True,
        "hearing_loop": True,
        "locale": Locale.objects.get(language_code="de"),
    }
    defaults.update(fields)
    return Venue.objects.create(name=name, **defaults)


def make_event(
    index: EventIndexPage,
    *,
    title: str,
    start: datetime,
    end: datetime | None = None,
    categories=(),
    audiences=(),
    languages=(),
    interpreted=(),
    excluded: list[date] = (),
    slug: str | None = None,
    **fields,
) -> EventPage:
    from events.models import EventAudience, EventExcludedDate, EventLanguage

    page = EventPage(
        title=title,
        slug=slug or title.lower().replace(" ", "-").replace(":", ""),
        start=start,
        end=end or start + timedelta(hours=2),
        last_published_at=timezone.now(),
        first_published_at=timezone.now(),
        **fields,
    )
    page.event_audiences = [EventAudience(audience=a) for a in audiences]
    page.event_languages = [EventLanguage(language=code) for code in languages] + [
        EventLanguage(language=code, interpreted=True) for code in interpreted
    ]
    page.excluded_dates = [EventExcludedDate(date=day) for day in excluded]
    page.categories = list(categories)
    index.add_child(instance=page)
    return EventPage.objects.get(pk=page.pk)


def translate_event(event: EventPage, code: str, **fields) -> EventPage:
    copy = event.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.live = True
    copy.last_published_at = timezone.now()
    copy.save()
    return EventPage.objects.get(pk=copy.pk)
