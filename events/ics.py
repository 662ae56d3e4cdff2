"""iCalendar (RFC 5545) output: one event, the whole calendar, or any filtered view.

The writer is hand-rolled on purpose: building 5,000 events with the icalendar library's
component objects takes seconds, this takes a fraction of that. It writes a small, strict
subset (escaped TEXT, folded lines, CRLF), and the tests parse every output with icalendar.
VTIMEZONE blocks come from icalendar itself (`Timezone.from_tzid`), cached per zone and range.

- UID: `<translation_key>@<host of SITE_URL>`, the same in every language and across edits.
- SEQUENCE: the page's `sequence`, raised by EventPage.save() whenever what calendars show
  changes; DTSTAMP/LAST-MODIFIED: the last publication, so unchanged output stays byte-equal
  (and its ETag with it).
- Repeating events carry RRULE (UNTIL inside it) and EXDATE instead of expanded copies."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Timezone
from wagtail.models import Locale

from .recurrence import ics_rule, local_bounds

CRLF = "\r\n"
_CONTROL = {code: None for code in range(32) if code not in (9, 10)} | {127: None}
ACCESSIBILITY_FIELDS = ("step_free", "hearing_loop", "accessible_toilet")
STATUS_MAP = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}
# Subscribed calendars look again after this long.
REFRESH_INTERVAL = "PT1H"


def uid_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "teilhabe.invalid"


def escape_text(value: str) -> str:
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space; never
    inside a UTF-8 character."""
    if len(line) <= 75 and line.isascii():
        return line
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts = []
    current = []
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append("".join(current))
            current = [char]
            size = width
            limit = 74  # continuation lines start with a space
        else:
            current.append(char)
            size += width
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@lru_cache(maxsize=64)
def vtimezone(tzid: str, first_year: int, last_year: int) -> str:
    component = Timezone.from_tzid(
        tzid, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1)
    )
    return component.to_ical().decode().replace("\r\n", "\n").replace("\n", CRLF).strip()


@dataclass
class FeedEvent:
    """What the writer needs of one event, read with `values()` (no model instances)."""

    pk: int
    translation_key: str
    language: str
    title: str
    summary: str
    start: datetime
    end: datetime
    all_day: bool
    time_zone: str
    status: str
    status_reason: str
    online_url: str
    cost: str
    organiser_name: str
    organiser_email: str
    organiser_phone: str
    repeat: str
    repeat_interval: int
    repeat_until: date | None
    sequence: int
    stamp: datetime
    url: str | None
    venue: dict | None
    categories: list[str]
    excluded: list[date]
    languages: list[tuple[str, bool]]


FIELDS = (
    "pk",
    "translation_key",
    "locale__language_code",
    "title",
    "summary",
    "start",
    "end",
    "all_day",
    "time_zone",
    "status",
    "status_reason",
    "online_url",
    "cost",
    "organiser_name",
    "organiser_email",
    "organiser_phone",
    "repeat",
    "repeat_interval",
    "repeat_until",
    "sequence",
    "last_published_at",
    "first_published_at",
    "url_path",
    "venue_id",
    "venue__translation_key",
)
VENUE_FIELDS = (
    "translation_key",
    "name",
    "street",
    "postal_code",
    "city",
    "latitude",
    "longitude",
    *ACCESSIBILITY_FIELDS,
)


def load_events(queryset, *, locale: Locale, base_url: str | None = None) -> list[FeedEvent]:
    """Read the events of `queryset` (EventPages) in five queries, whatever their number;
    categories and venues in `locale` where translated."""
    from .models import EventCategory, EventLanguage, EventPage, Venue
    from .urls_helpers import PageUrls

    rows = list(queryset.order_by("start", "pk").values(*FIELDS))
    if not rows:
        return []
    ids = queryset.values("pk")
    categories: dict[int, list[str]] = defaultdict(list)
    localized_categories = dict(
        EventCategory.objects.filter(locale=locale).values_list("translation_key", "name")
    )
    through = EventPage.categories.through.objects.filter(eventpage_id__in=ids)
    for page_id, key, name in through.values_list(
        "eventpage_id", "eventcategory__translation_key", "eventcategory__name"
    ).order_by("eventcategory__name"):
        categories[page_id].append(localized_categories.get(key, name))
    venue_keys = {row["venue__translation_key"] for row in rows if row["venue_id"]}
    venues: dict = {}
    if venue_keys:
        candidates = Venue.objects.filter(translation_key__in=venue_keys).values(
            *VENUE_FIELDS, "locale_id", "pk"
        )
        for venue in candidates:
            key = venue["translation_key"]
            if venue["locale_id"] == locale.pk or key not in venues:
                venues[key] = venue
    excluded: dict[int, list[date]] = defaultdict(list)
    if any(row["repeat"] for row in rows):
        from .models import EventExcludedDate

        for page_id, day in (
            EventExcludedDate.objects.filter(page_id__in=ids)
            .values_list("page_id", "date")
            .order_by("date")
        ):
            excluded[page_id].append(day)
    languages: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for page_id, code, interpreted in EventLanguage.objects.filter(page_id__in=ids).values_list(
        "page_id", "language", "interpreted"
    ):
        languages[page_id].append((code, interpreted))

    urls = PageUrls()
    base = (base_url or settings.SITE_URL).rstrip("/")
    now = timezone.now()
    events = []
    for row in rows:
        path = urls.path(row["url_path"], row["locale__language_code"])
        events.append(
            FeedEvent(
                pk=row["pk"],
                translation_key=str(row["translation_key"]),
                language=row["locale__language_code"],
                title=row["title"],
                summary=row["summary"],
                start=row["start"],
                end=row["end"],
                all_day=row["all_day"],
                time_zone=row["time_zone"],
                status=row["status"],
                status_reason=row["status_reason"],
                online_url=row["online_url"],
                cost=row["cost"],
                organiser_name=row["organiser_name"],
                organiser_email=row["organiser_email"],
                organiser_phone=row["organiser_phone"],
                repeat=row["repeat"],
                repeat_interval=row["repeat_interval"],
                repeat_until=row["repeat_until"],
                sequence=row["sequence"],
                stamp=row["last_published_at"] or row["first_published_at"] or now,
                url=base + path if path else None,
                venue=venues.get(row["venue__translation_key"]) if row["venue_id"] else None,
                categories=categories.get(row["pk"], []),
                excluded=excluded.get(row["pk"], []),
                languages=languages.get(row["pk"], []),
            )
        )
    return events


class _Labels:
    """Interface words used inside descriptions, in the feed's language (looked up once)."""

    def __init__(self) -> None:
        from .models import LANGUAGE_NAMES

        self.cancelled = pgettext("event status", "Cancelled")
        self.postponed = pgettext("event status", "Postponed")
        self.cost = _("Cost")
        self.free = _("Free of charge")
        self.languages = _("Languages")
        self.interpreted = _("interpreted")
        self.online = pgettext("attendance", "Online")
        self.details = _("Details and registration")
        self.accessibility = {
            "step_free": _("step-free access"),
            "hearing_loop": _("hearing loop"),
            "accessible_toilet": _("accessible toilet"),
        }
        self.access_heading = _("Accessibility")
        self.language_names = {code: str(name) for code, name in LANGUAGE_NAMES.items()}


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo(settings.TIME_ZONE)


def _event_lines(event: FeedEvent, labels: _Labels, host: str) -> list[str]:
    zone = _zone(event.time_zone)
    tzid = zone.key
    local_start, local_end = local_bounds(
        start=event.start, end=event.end, zone=zone, all_day=event.all_day
    )
    lang = f";LANGUAGE={event.language}"
    summary = event.title
    if event.status == "cancelled":
        summary = f"{labels.cancelled}: {summary}"
    elif event.status == "postponed":
        summary = f"{labels.postponed}: {summary}"
    description = []
    if event.status in ("cancelled", "postponed") and event.status_reason:
        label = labels.cancelled if event.status == "cancelled" else labels.postponed
        description.append(f"{label}: {event.status_reason}")
    if event.summary:
        description.append(event.summary)
    if event.languages:
        names = [
            labels.language_names.get(code, code) + (f" ({labels.interpreted})" if inter else "")
            for code, inter in event.languages
        ]
        description.append(f"{labels.languages}: {', '.join(names)}")
    description.append(f"{labels.cost}: {event.cost}" if event.cost else labels.free)
    venue = event.venue
    if venue:
        features = [labels.accessibility[f] for f in ACCESSIBILITY_FIELDS if venue[f]]
        if features:
            description.append(f"{labels.access_heading}: {', '.join(features)}")
    if event.online_url:
        description.append(f"{labels.online}: {event.online_url}")
    if event.url:
        description.append(f"{labels.details}: {event.url}")

    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.translation_key}@{host}",
        f"DTSTAMP:{_utc(event.stamp)}",
        f"LAST-MODIFIED:{_utc(event.stamp)}",
        f"SEQUENCE:{event.sequence}",
        f"SUMMARY{lang}:{escape_text(summary)}",
        f"DESCRIPTION{lang}:{escape_text(chr(10).join(description))}",
    ]
    if event.all_day:
        lines.append(f"DTSTART;VALUE=DATE:{local_start:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{local_end:%Y%m%d}")
    else:
        lines.append(f"DTSTART;TZID={tzid}:{local_start:%Y%m%dT%H%M%S}")
        lines.append(f"DTEND;TZID={tzid}:{local_end:%Y%m%dT%H%M%S}")
    if event.repeat and event.repeat_until:
        rule = ics_rule(
            repeat=event.repeat,
            interval=event.repeat_interval,
            local_start=local_start,
            until=event.repeat_until,
            zone=zone,
            all_day=event.all_day,
        )
        lines.append(f"RRULE:{rule}")
        if event.excluded:
            if event.all_day:
                values = ",".join(f"{day:%Y%m%d}" for day in event.excluded)
                lines.append(f"EXDATE;VALUE=DATE:{values}")
            else:
                clock = local_start.strftime("T%H%M%S")
                values = ",".join(f"{day:%Y%m%d}{clock}" for day in event.excluded)
                lines.append(f"EXDATE;TZID={tzid}:{values}")
    if venue:
        address = ", ".join(
            part
            for part in (
                venue["name"],
                venue["street"],
                f"{venue['postal_code']} {venue['city']}".strip(),
            )
            if part
        )
        lines.append(f"LOCATION{lang}:{escape_text(address)}")
        if venue["latitude"] is not None and venue["longitude"] is not None:
            lines.append(f"GEO:{float(venue['latitude']):.6f};{float(venue['longitude']):.6f}")
    elif event.online_url:
        lines.append(f"LOCATION:{escape_text(event.online_url)}")
    if event.categories:
        lines.append(f"CATEGORIES{lang}:{','.join(escape_text(c) for c in event.categories)}")
    contact = ", ".join(
        part
        for part in (event.organiser_name, event.organiser_phone, event.organiser_email)
        if part
    )
    if contact:
        lines.append(f"CONTACT{lang}:{escape_text(contact)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    lines.append(f"STATUS:{STATUS_MAP.get(event.status, 'CONFIRMED')}")
    lines.append("CLASS:PUBLIC")
    lines.append("TRANSP:OPAQUE")
    lines.append("END:VEVENT")
    return lines


def _year_range(events: list[FeedEvent]) -> tuple[int, int]:
    first = min(event.start for event in events).year - 1
    last = max(
        (event.repeat_until or event.end.date()) if event.repeat else event.end.date()
        for event in events
    ).year
    return first, max(last, first + 1)


def render_calendar(events: list[FeedEvent], *, language: str, name: str) -> bytes:
    """A complete VCALENDAR with one VTIMEZONE per zone used and one VEVENT per event."""
    host = uid_host()
    with translation.override(language):
        labels = _Labels()
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:-//Teilhabe//Calendar//{language.upper()}",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"NAME:{escape_text(name)}",
            f"X-WR-CALNAME:{escape_text(name)}",
            f"X-WR-TIMEZONE:{settings.TIME_ZONE}",
            f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH_INTERVAL}",
            f"X-PUBLISHED-TTL:{REFRESH_INTERVAL}",
        ]
        lines = [fold(line) for line in lines]
        if events:
            first, last = _year_range(events)
            zones = sorted({_zone(event.time_zone).key for event in events if not event.all_day})
            lines.extend(vtimezone(zone, first, last) for zone in zones)  # folded already
        for event in events:
            lines.extend(fold(line) for line in _event_lines(event, labels, host))
        lines.append("END:VCALENDAR")
    return (CRLF.join(lines) + CRLF).encode()


def calendar_name(*, language: str, title: str | None = None) -> str:
    site = getattr(settings, "WAGTAIL_SITE_NAME", "Teilhabe")
    with translation.override(language):
        return f"{site}: {title}" if title else f"{site}: {_('Events')}"


def event_calendar_bytes(event, *, language: str) -> bytes:
    """A complete VCALENDAR for one event, in `language` (the event's live translation in that
    locale when there is one; otherwise the event as it is). Used for e-mail attachments."""
    from .models import EventPage

    chosen = event
    locale = Locale.objects.filter(language_code=language).first()
    if locale is not None and event.locale_id != locale.pk:
        translated = (
            EventPage.objects.live().filter(translation_key=event.translation_key, locale=locale)
        ).first()
        if translated is not None:
            chosen = translated
    else:
        locale = locale or event.locale
    events = load_events(EventPage.objects.filter(pk=chosen.pk), locale=locale)
    name = calendar_name(language=language, title=chosen.title)
    return render_calendar(events, language=language, name=name)


def feed_window_start(now: datetime | None = None) -> datetime:
    """Whole-calendar feeds leave out events that ended more than a year ago."""
    return (now or timezone.now()) - timedelta(days=365)
