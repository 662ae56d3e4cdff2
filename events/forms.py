"""The calendar's filter form: GET parameters shared by the list, month and archive views and
by the ICS feed, so every filtered view can be bookmarked, shared and subscribed to.

    ?category=sprachcafe&category=buergerforum&audience=youth&language=ar&from=2027-03-01&to=…
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from .choices import EVENT_LANGUAGES, Audience
from .queries import day_start

# Dates far outside this range are typing errors (and overflow time zone arithmetic).
FIRST_YEAR = 1900
LAST_YEAR = 2200
FILTER_PARAMETERS = ("category", "audience", "language", "from", "to")


def category_choices(categories: QuerySet, locale: Locale) -> list[tuple[str, str]]:
    """(slug, name) of the `categories` (EventCategory rows, as `index.categories()` gives
    them) in `locale`, plus untranslated ones of the default locale. One query."""
    default = Locale.get_default()
    rows = categories.filter(locale_id__in={locale.pk, default.pk}).values_list(
        "translation_key", "slug", "name", "locale_id"
    )
    chosen: dict = {}
    for key, slug, name, locale_id in rows:
        if locale_id == locale.pk or key not in chosen:
            chosen[key] = (slug, name)
    return sorted(chosen.values(), key=lambda item: item[1].casefold())


def language_choices() -> list[tuple[str, str]]:
    # The autonym first: a newcomer recognises their own language in its own script.
    return [
        (code, autonym if autonym == str(name) else f"{autonym} ({name})")
        for code, autonym, name in EVENT_LANGUAGES
    ]


class CalendarDateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"})
    input_formats = ["%Y-%m-%d"]

    def to_python(self, value):
        result = super().to_python(value)
        if result is not None and not FIRST_YEAR <= result.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("Please enter a date between the years %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": FIRST_YEAR, "last": LAST_YEAR},
            )
        return result


@dataclass(frozen=True)
class Filters:
    categories: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    first: date | None = None
    last: date | None = None
    labels: list[str] = field(default_factory=list, compare=False)

    @property
    def active(self) -> bool:
        return bool(self.categories or self.audiences or self.languages or self.first or self.last)

    def apply(self, pages):
        """Narrow an EventPage queryset (dates are applied to occurrences separately)."""
        if self.categories:
            pages = pages.in_category(*self.categories)
        if self.audiences:
            pages = pages.for_audience(*self.audiences)
        if self.languages:
            pages = pages.in_language(*self.languages)
        return pages

    def apply_dates(self, occurrences):
        if self.first:
            occurrences = occurrences.filter(end__gt=day_start(self.first))
        if self.last:
            occurrences = occurrences.filter(start__lt=day_start(self.last + timedelta(days=1)))
        return occurrences

    def query_string(self) -> str:
        """The filters as URL parameters (without '?'), in a stable order."""
        query = QueryDict(mutable=True)
        query.setlist("category", list(self.categories))
        query.setlist("audience", list(self.audiences))
        query.setlist("language", list(self.languages))
        if self.first:
            query["from"] = self.first.isoformat()
        if self.last:
            query["to"] = self.last.isoformat()
        return query.urlencode()


class FilterForm(forms.Form):
    category = forms.MultipleChoiceField(
        label=_("Category"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("There is no category “%(value)s”.")},
    )
    audience = forms.MultipleChoiceField(
        label=_("For"),
        required=False,
        choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("There is no audience “%(value)s”.")},
    )
    language = forms.MultipleChoiceField(
        label=_("Language"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("There is no language “%(value)s” in this list.")},
    )

    def __init__(self, data=None, *, locale: Locale, categories: QuerySet, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["category"].choices = category_choices(categories, locale)
        self.fields["language"].choices = language_choices()
        # "from" and "to" are Python keywords, so they are added here.
        self.fields["from"] = CalendarDateField(
            label=pgettext_lazy("first day of a date range", "From"), required=False
        )
        self.fields["to"] = CalendarDateField(
            label=pgettext_lazy("last day of a date range", "To"), required=False
        )
        for name in ("from", "to"):
            self.fields[name].error_messages["invalid"] = _(
                "Please enter a real date (year-month-day)."
            )

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("from"), cleaned.get("to")
        if first and last and last < first:
            self.add_error("to", _("The end date must not be before the start date."))
        return cleaned

    def filters(self) -> Filters:
        """Valid filters; call after is_valid() returned True."""
        data = self.cleaned_data
        labels = dict(self.fields["category"].choices)
        audience_labels = dict(Audience.choices)
        language_labels = dict(self.fields["language"].choices)
        return Filters(
            categories=tuple(data.get("category") or ()),
            audiences=tuple(data.get("audience") or ()),
            languages=tuple(data.get("language") or ()),
            first=data.get("from"),
            last=data.get("to"),
            labels=[labels[c] for c in data.get("category") or ()]
            + [str(audience_labels[a]) for a in data.get("audience") or ()]
            + [language_labels[code] for code in data.get("language") or ()],
        )

    def error_messages_list(self) -> list[str]:
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            for error in errors:
                messages.append(f"{label}: {error}" if label else str(error))
        return messages


def parse_filters(
    query: QueryDict, *, locale: Locale, categories: QuerySet
) -> tuple[FilterForm, Filters | None]:
    """The bound form and its filters, or None for the filters when something is invalid.
    `categories`: every EventCategory (this module imports no models: pages.py uses it)."""
    data = QueryDict(mutable=True)
    for name in FILTER_PARAMETERS:
        values = [value for value in query.getlist(name) if value != ""]
        if values:
            data.setlist(name, values[:50])
    form = FilterForm(data, locale=locale, categories=categories)
    if not form.is_valid():
        return form, None
    return form, form.filters()
