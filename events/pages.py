"""What the calendar's pages show: the list, month grid and archive (routes of
EventIndexPage) and the context of an event page (EventPage.get_context). Thin: reads come
from selectors.py and the QuerySet methods in queries.py, output from jsonld.py and links.py.

This module imports no models: models.py imports it, so that the page classes keep their
routes and get_context together. The data is reached through the page being served
(`index.events()`, `index.categories()`, the page's own relations)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import HttpRequest
from django.utils import formats, timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core import slots

from .choices import LANGUAGE_AUTONYMS, LANGUAGE_NAMES, Audience
from .forms import FIRST_YEAR, LAST_YEAR, parse_filters
from .jsonld import event_data, json_ld
from .links import event_links, feed_links
from .queries import day_start, related_model
from .recurrence import weekday_position
from .selectors import build_rows, group_by_day, occurrences_for

if TYPE_CHECKING:  # annotations only: models.py imports this module
    from .models import EventPage

PER_PAGE = 20
MAX_PAGE_DIGITS = 6


# --- calendar (EventIndexPage) -----------------------------------------------------------


def _base_context(request: HttpRequest, index, *, view: str):
    locale = index.locale
    form, filters = parse_filters(request.GET, locale=locale, categories=index.categories())
    query = filters.query_string() if filters else ""
    suffix = f"?{query}" if query else ""
    base = index.get_url(request)
    context = {
        "view": view,
        "filter_form": form,
        "filters": filters,
        "filter_errors": form.error_messages_list() if filters is None else [],
        "filter_query": query,
        "list_url": base + suffix,
        "past_url": base + index.reverse_subpage("past_view").lstrip("/") + suffix,
        "month_url": base + index.reverse_subpage("current_month_view").lstrip("/") + suffix,
        "reset_url": request.path,
        "feed": feed_links(
            request,
            language=locale.language_code,
            query=query,
            name=f"{settings.WAGTAIL_SITE_NAME}: {index.title}",
        ),
        "calendar_language": locale.language_code,
    }
    return context, filters


def _render(index, request, context: dict, *, status: int = 200, template: str):
    response = index.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def _page_number(request: HttpRequest) -> int | None:
    raw = request.GET.get("page", "1").strip()
    # ASCII digits only: "²" passes str.isdigit() but int() rejects it, and "٣" would count.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
        return None
    return int(raw)


def calendar_list(request: HttpRequest, index, *, past: bool):
    view = "past" if past else "upcoming"
    context, filters = _base_context(request, index, view=view)
    template = "events/event_index_page.html"
    context.update({"rows": [], "days": [], "page_obj": None})
    if filters is None:
        return _render(index, request, context, status=400, template=template)
    now = timezone.now()
    occurrences = occurrences_for(filters.apply(index.events()))
    occurrences = filters.apply_dates(occurrences)
    if past:
        occurrences = occurrences.filter(end__lt=now).order_by("-start", "-page_id")
    else:
        occurrences = occurrences.filter(end__gte=now).order_by("start", "page_id")
    number = _page_number(request)
    if number is None:
        context["page_error"] = _("The page number must be a whole number from 1 upwards.")
        return _render(index, request, context, status=400, template=template)
    paginator = Paginator(occurrences, PER_PAGE)
    try:
        page_obj = paginator.page(number)
    except EmptyPage:
        context["page_error"] = _(
            "There is no page %(number)s: this list has %(total)s page(s)."
        ) % {"number": number, "total": paginator.num_pages}
        return _render(index, request, context, status=404, template=template)
    rows = build_rows(page_obj.object_list, locale=index.locale, request=request)
    # One call per hook for the whole page of rows (seats left, ...), not one per row.
    slots.prefetch(request, "event_row_badges", [row.page for row in rows])
    context.update(
        {
            "rows": rows,
            "days": group_by_day(rows),
            "page_obj": page_obj,
            "page_query": f"&{context['filter_query']}" if context["filter_query"] else "",
        }
    )
    return _render(index, request, context, template=template)


@dataclass
class Day:
    date: date
    in_month: bool
    is_today: bool
    rows: list


def _weekday_order() -> list[int]:
    """Weekday numbers (0 = Monday) in the order of the active language's calendars."""
    first = int(formats.get_format("FIRST_DAY_OF_WEEK"))  # 0 = Sunday in Django's formats
    first_monday_based = (first - 1) % 7
    return [(first_monday_based + offset) % 7 for offset in range(7)]


def calendar_month(request: HttpRequest, index, *, year: int | None, month: int | None):
    context, filters = _base_context(request, index, view="month")
    template = "events/event_index_month.html"
    today = timezone.localdate()
    if year is None or month is None:
        year, month = today.year, today.month
    context.update({"weeks": [], "rows": [], "month_error": None})
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        context["month_error"] = _(
            "There is no month %(month)s/%(year)s in this calendar. Choose a month from 1 to 12 "
            "and a year from %(first)s to %(last)s."
        ) % {"month": month, "year": year, "first": FIRST_YEAR, "last": LAST_YEAR}
        return _render(index, request, context, status=404, template=template)
    first_day = date(year, month, 1)
    next_first = (first_day + timedelta(days=32)).replace(day=1)
    previous_first = (first_day - timedelta(days=1)).replace(day=1)
    suffix = f"?{context['filter_query']}" if context["filter_query"] else ""

    def month_url(day: date) -> str | None:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            return None
        route = index.reverse_subpage("month_view", args=(day.year, day.month))
        return index.get_url(request) + route.lstrip("/") + suffix

    context.update(
        {
            "month_start": first_day,
            "previous_month_url": month_url(previous_first),
            "next_month_url": month_url(next_first),
            "previous_month": previous_first,
            "next_month": next_first,
            "this_month_url": month_url(today.replace(day=1)),
            "weekday_names": [WEEKDAYS[number] for number in _weekday_order()],
        }
    )
    if filters is None:
        return _render(index, request, context, status=400, template=template)
    occurrences = occurrences_for(filters.apply(index.events()))
    occurrences = filters.apply_dates(occurrences)
    occurrences = occurrences.filter(
        start__lt=day_start(next_first), end__gt=day_start(first_day)
    ).order_by("start", "page_id")
    rows = build_rows(occurrences, locale=index.locale, request=request)
    by_day: dict[date, list] = {}
    for row in rows:
        day = max(row.day, first_day)
        last = min(row.last_day, next_first - timedelta(days=1))
        while day <= last:
            by_day.setdefault(day, []).append(row)
            day += timedelta(days=1)
    order = _weekday_order()
    offset = order.index(first_day.weekday())
    start = first_day - timedelta(days=offset)
    weeks = []
    cursor = start
    while cursor < next_first or len(weeks) == 0:
        week = []
        for _index in range(7):
            week.append(
                Day(
                    date=cursor,
                    in_month=cursor.month == month,
                    is_today=cursor == today,
                    rows=by_day.get(cursor, []) if cursor.month == month else [],
                )
            )
            cursor += timedelta(days=1)
        weeks.append(week)
    context.update({"weeks": weeks, "rows": rows, "month_has_events": bool(rows)})
    return _render(index, request, context, template=template)


# --- event page --------------------------------------------------------------------------


def _localized(model, item, locale: Locale):
    if item is None or item.locale_id == locale.pk:
        return item
    return model.objects.filter(translation_key=item.translation_key, locale=locale).first() or item


def event_page_context(request: HttpRequest, page: EventPage) -> dict:
    """What EventPage.get_context adds: names in the page's language, dates, links, JSON-LD."""
    locale = page.locale
    categories = list(page.categories.all())
    local_categories = {
        c.translation_key: c
        for c in related_model(page, "categories").objects.filter(
            locale=locale, translation_key__in=[c.translation_key for c in categories]
        )
    }
    category_names = sorted(
        {local_categories.get(c.translation_key, c).name for c in categories}, key=str.casefold
    )
    venue = _localized(related_model(page, "venue"), page.venue, locale)
    audience_labels = dict(Audience.choices)
    audiences = [str(audience_labels[row.audience]) for row in page.event_audiences.all()]
    language_rows = list(page.event_languages.all())
    spoken = [_language(row.language) for row in language_rows if not row.interpreted]
    interpreted = [_language(row.language) for row in language_rows if row.interpreted]
    now = timezone.now()
    zone = page.zone
    upcoming = list(page.occurrences.filter(end__gte=now).order_by("start")[:8])
    if upcoming:
        current = upcoming[0]
        start, end = current.start, current.end
    else:
        last = page.occurrences.order_by("-start").first()
        start, end = (last.start, last.end) if last else (page.start, page.end)
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if page.all_day:
        # Stored occurrences of all-day events run to midnight after the last day.
        local_end = local_end - timedelta(seconds=1)
    location = ", ".join(part for part in (venue.name, venue.address_line) if part) if venue else ""
    full_url = page.get_full_url(request) or ""
    excluded = sorted(page.excluded_date_set()) if page.is_recurring else []
    language_codes = [row.language for row in language_rows]
    data = event_data(
        page,
        url=full_url,
        start=local_start,
        end=local_end,
        venue=venue,
        languages=language_codes,
        category_names=category_names,
    )
    for contribution in slots.collect(request, "event_json_ld", page):
        data.update(contribution.data)  # what other apps know: seats left, ...
    index = page.get_parent()
    return {
        "category_names": category_names,
        "venue": venue,
        "audiences": audiences,
        "languages_spoken": spoken,
        "languages_interpreted": interpreted,
        "occurrence_start": local_start,
        "occurrence_end": local_end,
        "next_dates": [(o.start.astimezone(zone), o.end.astimezone(zone)) for o in upcoming[1:]],
        "is_past": not upcoming,
        "excluded_dates": excluded,
        "repeat_text": repeat_description(page),
        "json_ld": json_ld(data),
        "calendar_links": event_links(
            request, page, start=start, end=end, details=page.summary, location=location
        ),
        "feed": feed_links(
            request,
            language=locale.language_code,
            name=f"{settings.WAGTAIL_SITE_NAME}: {index.title}",
        ),
        "calendar_index": index,
        "time_zone_differs": zone.key != settings.TIME_ZONE,
    }


def _language(code: str) -> dict:
    return {
        "code": code,
        "autonym": LANGUAGE_AUTONYMS.get(code, code),
        "name": LANGUAGE_NAMES.get(code, code),
    }


def repeat_description(page: EventPage) -> str:
    if not page.is_recurring:
        return ""
    until = formats.date_format(page.repeat_until, "DATE_FORMAT")
    local_start = page.start.astimezone(page.zone)
    weekday = WEEKDAYS[local_start.weekday()]
    interval = page.repeat_interval or 1
    if page.repeat == "weekly":
        if interval == 1:
            text = _("Every week on %(weekday)s") % {"weekday": weekday}
        else:
            text = _("Every %(interval)s weeks on %(weekday)s") % {
                "interval": interval,
                "weekday": weekday,
            }
    elif page.repeat == "monthly":
        if interval == 1:
            text = _("Every month on day %(day)s") % {"day": local_start.day}
        else:
            text = _("Every %(interval)s months on day %(day)s") % {
                "interval": interval,
                "day": local_start.day,
            }
    else:
        position = weekday_position(local_start.date())
        ordinal = {
            1: _("first"),
            2: _("second"),
            3: _("third"),
            4: _("fourth"),
            -1: _("last"),
        }[position]
        if interval == 1:
            text = _("Every month on the %(ordinal)s %(weekday)s") % {
                "ordinal": ordinal,
                "weekday": weekday,
            }
        else:
            text = _("Every %(interval)s months on the %(ordinal)s %(weekday)s") % {
                "interval": interval,
                "ordinal": ordinal,
                "weekday": weekday,
            }
    return _("%(rule)s, until %(until)s") % {"rule": text, "until": until}
