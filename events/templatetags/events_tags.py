from __future__ import annotations

from datetime import date, datetime, timedelta

from django import template
from django.utils import formats
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from events.models import LANGUAGE_AUTONYMS, LANGUAGE_NAMES, EventIndexPage, EventPage
from events.selectors import upcoming_rows

register = template.Library()


def _date(day: date) -> str:
    return formats.date_format(day, "DATE_FORMAT")


def _time(moment: datetime) -> str:
    return formats.time_format(moment, "TIME_FORMAT")


def _time_tag(moment: datetime, text: str, all_day: bool) -> SafeString:
    # Whole seconds: the HTML datetime syntax allows at most three fraction digits.
    value = moment.date().isoformat() if all_day else moment.replace(microsecond=0).isoformat()
    return format_html('<time datetime="{}">{}</time>', value, text)


@register.simple_tag
def event_when(start: datetime, end: datetime, all_day: bool = False) -> SafeString:
    """Localized date and time of an occurrence, in <time> elements. `start`/`end` are local
    to the event; an all-day end is the last day itself."""
    if all_day:
        last = end
        if (end.hour, end.minute, end.second) == (0, 0, 0) and end.date() > start.date():
            last = end - timedelta(seconds=1)
        if last.date() == start.date():
            return _time_tag(start, _date(start.date()), True)
        return format_html(
            "{} – {}",
            _time_tag(start, _date(start.date()), True),
            _time_tag(last, _date(last.date()), True),
        )
    if end.date() == start.date():
        return format_html(
            "{}, {}–{}",
            _time_tag(start, _date(start.date()), True),
            _time_tag(start, _time(start), False),
            _time_tag(end, _time(end), False),
        )
    return format_html(
        "{}, {} – {}, {}",
        _time_tag(start, _date(start.date()), True),
        _time_tag(start, _time(start), False),
        _time_tag(end, _date(end.date()), True),
        _time_tag(end, _time(end), False),
    )


@register.simple_tag
def event_time(start: datetime, end: datetime, all_day: bool = False) -> SafeString:
    """Like event_when, for a list under a day heading: only the times when the occurrence
    begins and ends on that day."""
    if start.date() == end.date() and not all_day:
        return format_html(
            "{}–{}",
            _time_tag(start, _time(start), False),
            _time_tag(end, _time(end), False),
        )
    if all_day and (end - start) <= timedelta(days=1):
        return format_html('<time datetime="{}">{}</time>', start.date().isoformat(), _("all day"))
    return event_when(start, end, all_day)


@register.filter
def weekday_date(day: date) -> str:
    """'Thursday, 3 December 2026' in the active language."""
    return f"{WEEKDAYS[day.weekday()]}, {_date(day)}"


@register.filter
def weekday_abbr(day: date) -> str:
    return str(WEEKDAYS_ABBR[day.weekday()])


@register.filter
def year_month(day: date) -> str:
    return formats.date_format(day, "YEAR_MONTH_FORMAT")


@register.filter
def autonym(code: str) -> str:
    return LANGUAGE_AUTONYMS.get(code, code)


@register.filter
def language_name(code: str) -> str:
    return str(LANGUAGE_NAMES.get(code, code))


@register.filter
def lang_attr(code: str) -> str:
    """A `lang` value only for codes every tool knows (two letters)."""
    return code if len(code) == 2 else ""


@register.simple_tag(takes_context=True)
def upcoming_events(context, home, limit: int = 3) -> dict:
    """The next `limit` events of the calendar below `home` (a HomePage), for its locale."""
    request = context["request"]
    locale = home.locale
    index = EventIndexPage.objects.live().public().filter(locale=locale).first()
    if index is None:
        index = EventIndexPage.objects.live().public().first()
    return {
        "rows": upcoming_rows(
            EventPage.objects.public_calendar_of(locale), locale, request=request, limit=limit
        ),
        "index_url": index.get_url(request) if index else None,
        "calendar_language": locale.language_code,
    }


@register.filter
def clock(moment: datetime) -> str:
    """The time of `moment` in its own time zone (the event's), localized."""
    return _time(moment)
