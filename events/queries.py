"""Reads of the calendar, for this app and others (feedback, minutes).

    EventPage.objects.live().upcoming()            # events with an occurrence still to come
    EventPage.objects.live().past()                # events whose last occurrence has ended
    EventPage.objects.live().in_category("buergerforum")
    EventPage.objects.live().for_audience("youth").in_language("ar")
    EventPage.objects.live().in_calendar_of(locale)   # this locale, plus untranslated originals

Every method adds conditions to one SQL query (subqueries, no Python loops), so a listing
costs the same number of queries at ten events as at thousands. Categories are matched by
`translation_key` (a page may point at the German category row even in a translation)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from wagtail.models import Locale
from wagtail.query import PageQuerySet


def day_start(day: date) -> datetime:
    """Midnight at the start of `day` in the site's time zone, as an aware datetime."""
    return datetime.combine(day, time()).replace(tzinfo=ZoneInfo(settings.TIME_ZONE))


def related_model(model_or_instance, field: str):
    """The model at the other end of `field` (Django's documented _meta API). How this module
    and the selectors reach occurrences, categories, venues and the page's child rows without
    importing models.py, which builds its manager from here and imports the pages module."""
    return model_or_instance._meta.get_field(field).related_model


class EventPageQuerySet(PageQuerySet):
    def _occurrences(self):
        occurrence = related_model(self.model, "occurrences")
        return occurrence.objects.filter(page_id=OuterRef("pk"))

    def upcoming(self, now: datetime | None = None):
        """Events with an occurrence that has not ended yet, soonest first (annotated with
        `next_start`, the start of that occurrence)."""
        now = now or timezone.now()
        pending = self._occurrences().filter(end__gte=now)
        return (
            self.filter(Exists(pending))
            .annotate(next_start=Subquery(pending.order_by("start").values("start")[:1]))
            .order_by("next_start", "pk")
        )

    def past(self, now: datetime | None = None):
        """Events all of whose occurrences have ended, most recent first (annotated with
        `last_start`)."""
        now = now or timezone.now()
        occurrences = self._occurrences()
        return (
            self.filter(Exists(occurrences))
            .exclude(Exists(occurrences.filter(end__gte=now)))
            .annotate(last_start=Subquery(occurrences.order_by("-start").values("start")[:1]))
            .order_by("-last_start", "-pk")
        )

    def between(self, first: date | None = None, last: date | None = None):
        """Events with an occurrence on a day from `first` to `last` (both included)."""
        occurrences = self._occurrences()
        if first is not None:
            occurrences = occurrences.filter(end__gt=day_start(first))
        if last is not None:
            occurrences = occurrences.filter(start__lt=day_start(last + timedelta(days=1)))
        return self.filter(Exists(occurrences))

    def in_category(self, *slugs: str):
        """Events in any of the categories with these slugs (in any locale)."""
        keys = (
            related_model(self.model, "categories")
            .objects.filter(slug__in=slugs)
            .values("translation_key")
        )
        through = self.model.categories.through
        return self.filter(
            Exists(
                through.objects.filter(
                    eventpage_id=OuterRef("pk"), eventcategory__translation_key__in=keys
                )
            )
        )

    def for_audience(self, *audiences: str):
        audience = related_model(self.model, "event_audiences")
        return self.filter(
            Exists(audience.objects.filter(page_id=OuterRef("pk"), audience__in=audiences))
        )

    def in_language(self, *languages: str):
        """Events where any of these languages is spoken or interpreted."""
        language = related_model(self.model, "event_languages")
        return self.filter(
            Exists(language.objects.filter(page_id=OuterRef("pk"), language__in=languages))
        )

    def in_calendar_of(self, locale: Locale):
        """Events of `locale`, plus those of the default locale not (yet) translated into it:
        a visitor never misses an event because its translation is still a draft."""
        default = Locale.get_default()
        if locale.pk == default.pk:
            return self.filter(locale=locale)
        translated = self.model.objects.live().filter(locale=locale).values("translation_key")
        fallback = Q(locale=default) & ~Q(translation_key__in=translated)
        return self.filter(Q(locale=locale) | fallback)

    def public_calendar_of(self, locale: Locale):
        """Live, public events shown in `locale`'s calendar (with untranslated originals)."""
        return self.live().public().in_calendar_of(locale)
