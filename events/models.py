"""Event pages (the calendar) and the snippets they use: venues and categories.

Audiences, languages and excluded dates of a series are child rows (ParentalKey), so they
filter with plain joins on SQLite and PostgreSQL alike and travel with revisions and
translations. `EventOccurrence` holds every expanded date of every event: listings page and
filter occurrences in the database instead of expanding rules in Python."""

import hashlib
import json
from datetime import timedelta
from zoneinfo import ZoneInfo, available_timezones

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.search import index

from portal.blocks import ContentStreamBlock

from . import pages
from .choices import (  # noqa: F401 - re-exported: events.models is where other apps look
    EVENT_LANGUAGES,
    LANGUAGE_AUTONYMS,
    LANGUAGE_CHOICES,
    LANGUAGE_NAMES,
    Audience,
    EventStatus,
)
from .queries import EventPageQuerySet
from .recurrence import MAX_SERIES_DAYS, Repeat, expand


class Venue(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    accessibility_notes = models.TextField(_("accessibility notes"), blank=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("street"), FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")])],
            _("Address"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], _("Coordinates")),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldPanel("hearing_loop"),
                FieldPanel("accessible_toilet"),
                FieldPanel("accessibility_notes"),
            ],
            _("Accessibility"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def address_line(self) -> str:
        return ", ".join(
            part for part in (self.street, f"{self.postal_code} {self.city}".strip()) if part
        )


class EventCategory(TranslatableMixin, models.Model):
    """Citizen forum, expert workshop, language café, steering group, conference, ...

    Filters use `slug`, which stays the same across a category's translations."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_category_slug_per_locale"
            )
        ]

    def __str__(self) -> str:
        return self.name


class EventIndexPage(RoutablePageMixin, Page):
    """The calendar of one locale: upcoming list (default), month grid, past-events archive.
    Filters are query parameters shared by all three views and by the ICS feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event calendar")

    def events(self):
        """Live, public events shown in this calendar (with untranslated originals): where
        the calendar's pages start (events/pages.py imports no models)."""
        return EventPage.objects.public_calendar_of(self.locale)

    def categories(self):
        return EventCategory.objects.all()

    @path("")
    def upcoming_view(self, request):
        return pages.calendar_list(request, self, past=False)

    @path("past/")
    def past_view(self, request):
        return pages.calendar_list(request, self, past=True)

    @path("month/")
    def current_month_view(self, request):
        return pages.calendar_month(request, self, year=None, month=None)

    @path("month/<int:year>/<int:month>/")
    def month_view(self, request, year, month):
        return pages.calendar_month(request, self, year=year, month=month)


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(available_timezones()) if "/" in name]


class EventPageForm(WagtailAdminPageForm):
    """Audiences and languages as checkbox lists; they are stored as child rows."""

    audiences = forms.MultipleChoiceField(
        label=_("Audiences"),
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages_spoken = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages_interpreted = forms.MultipleChoiceField(
        label=_("Languages interpreted"),
        help_text=_("Languages into which the event is interpreted."),
        choices=LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if "categories" in self.fields and page.locale_id:
            # This locale's categories, plus any already chosen (a synchronised translation may
            # still point at the original's categories).
            chosen = [category.pk for category in page.categories.all()] if page.pk else []
            self.fields["categories"].queryset = EventCategory.objects.filter(
                models.Q(locale_id=page.locale_id) | models.Q(pk__in=chosen)
            )
        if not self.is_bound:
            self.initial["audiences"] = [row.audience for row in page.event_audiences.all()]
            rows = list(page.event_languages.all())
            self.initial["languages_spoken"] = [r.language for r in rows if not r.interpreted]
            self.initial["languages_interpreted"] = [r.language for r in rows if r.interpreted]

    def save(self, commit=True):
        page = super().save(commit=False)
        page.event_audiences = [
            EventAudience(audience=code) for code in self.cleaned_data.get("audiences", [])
        ]
        spoken = list(self.cleaned_data.get("languages_spoken", []))
        interpreted = [
            code
            for code in self.cleaned_data.get("languages_interpreted", [])
            if code not in spoken
        ]
        page.event_languages = [EventLanguage(language=code) for code in spoken] + [
            EventLanguage(language=code, interpreted=True) for code in interpreted
        ]
        if commit:
            page.save()
        return page


class EventPage(Page):
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("description"), blank=True)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(_("all-day event"), default=False)
    time_zone = models.CharField(_("time zone"), max_length=64, default=settings.TIME_ZONE)
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online_url = models.URLField(_("online link"), blank=True)
    categories = ParentalManyToManyField(EventCategory, verbose_name=_("categories"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_reason = models.CharField(_("reason for the status"), max_length=300, blank=True)
    organiser_name = models.CharField(_("organiser"), max_length=200, blank=True)
    organiser_email = models.EmailField(_("organiser e-mail"), blank=True)
    organiser_phone = models.CharField(_("organiser phone"), max_length=50, blank=True)
    cost = models.CharField(
        _("cost"), max_length=100, blank=True, help_text=_("Leave empty if free.")
    )
    registration_url = models.URLField(_("external registration link"), blank=True)
    repeat = models.CharField(
        _("repeats"),
        max_length=20,
        blank=True,
        choices=[
            (Repeat.NONE, _("Does not repeat")),
            (Repeat.WEEKLY, _("Weekly")),
            (Repeat.MONTHLY, _("Monthly on the same day")),
            (Repeat.MONTHLY_WEEKDAY, _("Monthly on the same weekday (e.g. 2nd Tuesday)")),
        ],
        default=Repeat.NONE,
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        help_text=_("1 = every week/month, 2 = every other, 3 = quarterly for monthly rules."),
    )
    repeat_until = models.DateField(
        _("repeats until"), null=True, blank=True, help_text=_("Last possible date (included).")
    )
    # Raised on every published change, so subscribed calendars replace the old version.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # Digest of what the ICS shows; a change raises `sequence` (see save()).
    ics_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    objects = PageManager.from_queryset(EventPageQuerySet)()
    base_form_class = EventPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
            ],
            _("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel([FieldPanel("repeat_interval"), FieldPanel("repeat_until")]),
                InlinePanel("excluded_dates", label=_("Excluded dates")),
            ],
            _("Recurrence"),
        ),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], _("Where")),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldPanel("languages_spoken"),
                FieldPanel("languages_interpreted"),
            ],
            _("Audiences and languages"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_reason")], _("Status")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organiser_name"),
                FieldPanel("organiser_email"),
                FieldPanel("organiser_phone"),
                FieldPanel("cost"),
                FieldPanel("registration_url"),
            ],
            _("Organiser and registration"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})
        try:
            ZoneInfo(self.time_zone)
        except (KeyError, ValueError) as error:
            raise ValidationError({"time_zone": _("Unknown time zone.")}) from error
        errors = {}
        if self.repeat:
            if not self.repeat_until:
                errors["repeat_until"] = _("A repeating event needs a last date.")
            elif self.start:
                first = self.start.astimezone(ZoneInfo(self.time_zone)).date()
                if self.repeat_until < first:
                    errors["repeat_until"] = _("The last date must not be before the start.")
                elif self.repeat_until > first + timedelta(days=MAX_SERIES_DAYS):
                    errors["repeat_until"] = _("A series may run for at most five years.")
            if not 1 <= (self.repeat_interval or 0) <= 24:
                errors["repeat_interval"] = _("Choose a number from 1 to 24.")
        if errors:
            raise ValidationError(errors)

    # --- derived data -------------------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.time_zone)
        except (KeyError, ValueError):
            return ZoneInfo(settings.TIME_ZONE)

    @property
    def is_recurring(self) -> bool:
        return bool(self.repeat and self.repeat_until)

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    def excluded_date_set(self) -> frozenset:
        return frozenset(row.date for row in self.excluded_dates.all())

    def expand(self):
        return expand(
            start=self.start,
            end=self.end,
            time_zone=self.zone.key,
            all_day=self.all_day,
            repeat=self.repeat,
            interval=self.repeat_interval,
            until=self.repeat_until,
            excluded=self.excluded_date_set() if self.repeat else frozenset(),
        )

    def compute_ics_fingerprint(self) -> str:
        """Digest of everything a calendar shows of this event."""
        data = [
            self.title,
            self.summary,
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
            self.all_day,
            self.time_zone,
            self.venue_id,
            self.online_url,
            self.status,
            self.status_reason,
            self.organiser_name,
            self.organiser_email,
            self.organiser_phone,
            self.cost,
            self.repeat,
            self.repeat_interval,
            self.repeat_until.isoformat() if self.repeat_until else "",
            sorted(d.isoformat() for d in self.excluded_date_set()),
            sorted(category.pk for category in self.categories.all()),
        ]
        return hashlib.sha256(json.dumps(data, default=str).encode()).hexdigest()

    def save(self, *args, **kwargs):
        # Wagtail saves a page fully when it is created, published or unpublished; saving a
        # draft revision only touches bookkeeping columns (update_fields). Only full saves
        # carry the content that is (or becomes) live.
        full = kwargs.get("update_fields") is None
        if full and self.start and self.end:
            self._raise_sequence_on_change()
        with transaction.atomic():
            result = super().save(*args, **kwargs)
            if full and self.start and self.end:
                # After super().save(): modelcluster has stored the excluded dates by now.
                self.sync_occurrences()
        return result

    def _raise_sequence_on_change(self) -> None:
        fingerprint = self.compute_ics_fingerprint()
        stored = None
        if self.pk:
            stored = (
                EventPage.objects.filter(pk=self.pk).values("ics_fingerprint", "sequence").first()
            )
        if stored:
            # The stored sequence wins over the one in a (possibly older) revision.
            self.sequence = max(self.sequence, stored["sequence"])
            if stored["ics_fingerprint"] and stored["ics_fingerprint"] != fingerprint:
                self.sequence = stored["sequence"] + 1
        self.ics_fingerprint = fingerprint

    def sync_occurrences(self) -> None:
        EventOccurrence.objects.filter(page_id=self.pk).delete()
        EventOccurrence.objects.bulk_create(
            EventOccurrence(page_id=self.pk, start=item.start, end=item.end)
            for item in self.expand()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(pages.event_page_context(request, self))
        return context


class EventAudience(models.Model):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_audiences")
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)

    class Meta:
        verbose_name = _("audience")
        constraints = [
            models.UniqueConstraint(fields=["page", "audience"], name="unique_event_audience")
        ]
        indexes = [models.Index(fields=["audience", "page"])]

    def __str__(self) -> str:
        return self.get_audience_display()


class EventLanguage(models.Model):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_languages")
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    interpreted = models.BooleanField(_("interpreted"), default=False)

    class Meta:
        verbose_name = _("language")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="unique_event_language")
        ]
        indexes = [models.Index(fields=["language", "page"])]

    def __str__(self) -> str:
        return self.language


class EventExcludedDate(models.Model):
    """A date on which a repeating event does not take place (holidays, ...)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="excluded_dates")
    date = models.DateField(_("date"))

    panels = [FieldPanel("date")]

    class Meta:
        verbose_name = _("excluded date")
        verbose_name_plural = _("excluded dates")
        ordering = ["date"]

    def __str__(self) -> str:
        return self.date.isoformat()


class EventOccurrence(models.Model):
    """One date of an event (a single event has one). Derived from the live page on every
    full save; never edited by hand."""

    page = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["start", "page_id"]
        indexes = [models.Index(fields=["page", "start"])]

    def __str__(self) -> str:
        return f"{self.page_id} {self.start.isoformat()}"
