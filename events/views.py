"""The calendar's ICS feeds (URLconf views in urls_feeds.py). The pages of the calendar and of
an event are rendered by events/pages.py, through the routes and get_context of the page
classes. Thin: reads come from the QuerySet methods in queries.py, output from ics.py."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from . import ics
from .cache import FEED_TIMEOUT, feed_version
from .forms import FILTER_PARAMETERS, parse_filters
from .models import (
    EventCategory,
    EventIndexPage,
    EventOccurrence,
    EventPage,
)

# The largest id the database's 64-bit integer holds. The event feed's lookup goes through the
# page_ptr relation, which has no out-of-range guard: SQLite raised OverflowError above it.
MAX_ID = 2**63 - 1


# --- ICS feeds ---------------------------------------------------------------------------

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


def _ics_response(request: HttpRequest, key: str, build) -> HttpResponse:
    """Serve cached ICS bytes with ETag and Last-Modified; 304 when the client has them.
    A cached feed costs no database query at all. `build()` returns (body, last_modified,
    filename), or an HttpResponse for bad input (not cached)."""
    cache_key = f"events:ics:{feed_version()}:{hashlib.sha256(key.encode()).hexdigest()}"
    # Validators and body are cached apart: a conditional request that ends in 304 never
    # fetches (and unpickles) megabytes of calendar.
    meta = cache.get(f"{cache_key}:meta")
    body = None
    if meta is not None:
        etag, last_modified, filename = meta
        response = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if response is None:
            body = cache.get(f"{cache_key}:body")
    if meta is None or (body is None and response is None):
        built = build()
        if isinstance(built, HttpResponse):
            return built
        body, last_modified, filename = built
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        meta = (etag, last_modified, filename)
        cache.set_many({f"{cache_key}:meta": meta, f"{cache_key}:body": body}, FEED_TIMEOUT)
        response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    # Clients revalidate every time (cheap: 304 or a cached body); the whole-page cache must not
    # keep its own copy, it would answer conditional requests with the full body.
    response["Cache-Control"] = "public, no-cache"
    if filename and response.status_code == 200:
        # ASCII for old clients, the real (possibly non-Latin) name for the others.
        plain = re.sub(r"[^A-Za-z0-9._-]+", "-", filename).strip("-") or "event.ics"
        response["Content-Disposition"] = (
            f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename)}"
        )
    return response


def _last_modified(queryset) -> int | None:
    from django.db.models import Max

    latest = queryset.aggregate(latest=Max("last_published_at"))["latest"]
    return int(latest.timestamp()) if latest else None


@require_safe
def calendar_feed(request: HttpRequest, language: str) -> HttpResponse:
    """The whole calendar of one language, or a filtered view of it (same parameters as the
    calendar page). Events that ended more than a year ago are left out."""
    if language not in dict(settings.LANGUAGES):
        raise Http404
    base_url = settings.SITE_URL.rstrip("/")  # the public address, whatever the request's host
    query = sorted(
        (name, value) for name in FILTER_PARAMETERS for value in request.GET.getlist(name)
    )
    key = f"feed|{language}|{base_url}|{query}"

    def build():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            raise Http404
        with translation.override(language):
            form, filters = parse_filters(
                request.GET, locale=locale, categories=EventCategory.objects.all()
            )
            if filters is None:
                message = "\n".join(form.error_messages_list())
                return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
            pages = filters.apply(EventPage.objects.public_calendar_of(locale))
            occurrences = EventOccurrence.objects.filter(end__gte=ics.feed_window_start())
            occurrences = filters.apply_dates(occurrences)
            pages = pages.filter(pk__in=occurrences.values("page_id"))
            events = ics.load_events(pages, locale=locale, base_url=base_url)
            index = _calendar_title(locale)
            body = ics.render_calendar(
                events, language=language, name=ics.calendar_name(language=language, title=index)
            )
            return body, _last_modified(pages), None

    return _ics_response(request, key, build)


def _calendar_title(locale: Locale) -> str | None:
    index = EventIndexPage.objects.live().filter(locale=locale).only("title").first()
    return index.title if index else None


@require_safe
def event_feed(request: HttpRequest, pk: int) -> HttpResponse:
    """One event as a calendar file, in the language of its page."""
    if pk > MAX_ID:
        raise Http404
    base_url = settings.SITE_URL.rstrip("/")  # the public address, whatever the request's host
    key = f"event|{pk}|{base_url}"

    def build():
        page = EventPage.objects.live().public().filter(pk=pk).select_related("locale").first()
        if page is None:
            raise Http404
        language = page.locale.language_code
        events = ics.load_events(
            EventPage.objects.filter(pk=pk), locale=page.locale, base_url=base_url
        )
        name = ics.calendar_name(language=language, title=page.title)
        body = ics.render_calendar(events, language=language, name=name)
        stamp = page.last_published_at
        return body, int(stamp.timestamp()) if stamp else None, f"{page.slug}.ics"

    return _ics_response(request, key, build)
