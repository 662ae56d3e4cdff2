"""Links that carry events into people's own calendars: ICS download, webcal subscription,
"add to Google Calendar", "add to Outlook"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from django.urls import reverse

from .recurrence import ics_rule, local_bounds
from .urls_helpers import absolute

GOOGLE_TEMPLATE = "https://calendar.google.com/calendar/render"
OUTLOOK_COMPOSE = "https://outlook.live.com/calendar/0/action/compose"
OFFICE_COMPOSE = "https://outlook.office.com/calendar/0/action/compose"
GOOGLE_SUBSCRIBE = "https://calendar.google.com/calendar/render"
OUTLOOK_SUBSCRIBE = "https://outlook.live.com/calendar/0/addfromweb"


def webcal(url: str) -> str:
    """The same feed for calendar apps: webcal:// makes them subscribe instead of import."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            return "webcal://" + url[len(scheme) :]
    return url


def calendar_feed_path(language: str, query: str = "") -> str:
    path = reverse("events_feed", kwargs={"language": language})
    return f"{path}?{query}" if query else path


def event_ics_path(page_id: int) -> str:
    return reverse("event_ics", kwargs={"pk": page_id})


@dataclass(frozen=True)
class FeedLinks:
    ics: str
    webcal: str
    google: str
    outlook: str


def feed_links(request, *, language: str, query: str = "", name: str = "") -> FeedLinks:
    """On the public address (SITE_URL), whichever host the request came in on: these links
    end up in other people's calendars."""
    url = absolute(calendar_feed_path(language, query))
    return FeedLinks(
        ics=url,
        webcal=webcal(url),
        google=f"{GOOGLE_SUBSCRIBE}?{urlencode({'cid': webcal(url)})}",
        outlook=f"{OUTLOOK_SUBSCRIBE}?{urlencode({'url': url, 'name': name})}",
    )


@dataclass(frozen=True)
class EventLinks:
    ics: str
    webcal: str
    google: str
    outlook: str
    office: str


def event_links(
    request, page, *, start: datetime, end: datetime, details: str, location: str
) -> EventLinks:
    """`start`/`end`: the occurrence to add (the next one of a series). All links on the
    public address: SITE_URL for the calendar file, the Site (which follows it) for the page."""
    ics = absolute(event_ics_path(page.pk))
    zone = page.zone
    local_start, local_end = local_bounds(start=start, end=end, zone=zone, all_day=page.all_day)
    page_url = page.get_full_url(request) or ""
    text = "\n\n".join(part for part in (details, page_url) if part)
    if page.all_day:
        dates = f"{local_start:%Y%m%d}/{local_end:%Y%m%d}"
    else:
        dates = f"{start.astimezone(UTC):%Y%m%dT%H%M%SZ}/{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    google = {
        "action": "TEMPLATE",
        "text": page.title,
        "dates": dates,
        "details": text,
        "location": location,
        "ctz": zone.key,
    }
    if page.is_recurring:
        rule = ics_rule(
            repeat=page.repeat,
            interval=page.repeat_interval,
            local_start=local_start,
            until=page.repeat_until,
            zone=zone,
            all_day=page.all_day,
        )
        google["recur"] = f"RRULE:{rule}"
    if page.all_day:
        outlook_start = local_start.date().isoformat()
        outlook_end = (local_end - timedelta(days=1)).date().isoformat()
    else:
        outlook_start = start.astimezone(zone).isoformat()
        outlook_end = end.astimezone(zone).isoformat()
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": page.title,
        "startdt": outlook_start,
        "enddt": outlook_end,
        "allday": "true" if page.all_day else "false",
        "body": text,
        "location": location,
    }
    return EventLinks(
        ics=ics,
        webcal=webcal(ics),
        google=f"{GOOGLE_TEMPLATE}?{urlencode(google)}",
        outlook=f"{OUTLOOK_COMPOSE}?{urlencode(outlook)}",
        office=f"{OFFICE_COMPOSE}?{urlencode(outlook)}",
    )
