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

import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connections
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Calendar, Timezone, vCalAddress
from icalendar import Event as CalendarEvent
from wagtail.models import Locale

from .models import (
    LANGUAGE_NAMES,
    EventCategory,
    EventExcludedDate,
    EventLanguage,
    EventPage,
    Venue,
)
from .recurrence import ics_rule, local_bounds
from .urls_helpers import PageUrls

CRLF = "\r\n"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
ACCESSIBILITY_FIELDS = ("step_free", "hearing_loop", "accessible_toilet")
STATUS_MAP = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}
# Subscribed calendars look again after this long.
REFRESH_INTERVAL = "PT1H"


def uid_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "teilhabe.invalid"


def escape_text(value: str) -> str:
    if not value:
        return ""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(value):  # TEXT may not contain control characters (RFC 5545 3.3.11)
        value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space; never
    inside a UTF-8 character."""
    if len(line) <= 75 and line.isascii():
        return line
    data = line.encode()
    if len(data) <= 75:
        return line
    parts = []
    start = 0
    limit = 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: step back
            end -= 1
        parts.append(data[start:end])
        start = end
        limit = 74  # continuation lines start with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()


def _utc(moment: datetime) -> str:
    return _local(moment.astimezone(UTC)) + "Z"


def _local(d: datetime) -> str:
    # f-string arithmetic: several times faster than strftime, and this runs 20,000 times
    # for a full feed.
    return f"{d.year:04d}{d.month:02d}{d.day:02d}T{d.hour:02d}{d.minute:02d}{d.second:02d}"


def _day(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


@lru_cache(maxsize=64)
def vtimezone(tzid: str, first_year: int, last_year: int) -> str:
    component = Timezone.from_tzid(
        tzid, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1)
    )
    return component.to_ical().decode().replace("\r\n", "\n").replace("\n", CRLF).strip()


# One event as read by load_events(): the columns of FIELDS plus "url", "venue",
# "categories", "excluded", "languages". Plain dicts: no model instances, no dataclass
# copies, for 5,000 events at a time.
FeedEvent = dict


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
    "stamp",
    "url_path",
    "venue_id",
)
VENUE_FIELDS = (
    "pk",
    "translation_key",
    "locale_id",
    "name",
    "street",
    "postal_code",
    "city",
    "latitude",
    "longitude",
    *ACCESSIBILITY_FIELDS,
)


def _raw_rows(queryset) -> list[tuple]:
    """Rows of a values_list() queryset straight from the database cursor: the SQL is the
    ORM's, but Django's per-value converters (slow for 100,000 values) are skipped. Callers
    convert the few columns that need it with the helpers below."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _aware(value) -> datetime | None:
    # SQLite keeps UTC without offset (as text, or as a naive datetime where the column type
    # is known); PostgreSQL's driver returns aware datetimes already.
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _uuid_text(value) -> str:
    if isinstance(value, str) and len(value) == 32:  # SQLite: hex without dashes
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value)


def _localized_by_id(rows: list[dict], locale_id: int) -> dict[int, dict]:
    """Map each row's pk to the row of the same translation_key in `locale_id`, if any."""
    local = {row["translation_key"]: row for row in rows if row["locale_id"] == locale_id}
    return {row["pk"]: local.get(row["translation_key"], row) for row in rows}


def load_events(queryset, *, locale: Locale, base_url: str | None = None) -> list[FeedEvent]:
    """Read the events of `queryset` (EventPages) in six queries, whatever their number, with
    categories and venues in `locale` where translated."""
    ordered = (
        queryset.order_by("start", "pk")
        .annotate(stamp=Coalesce("last_published_at", "first_published_at"))
        .values_list(*FIELDS)
    )
    rows = [dict(zip(FIELDS, row, strict=True)) for row in _raw_rows(ordered)]
    if not rows:
        return []
    ids = queryset.values("pk")
    category_rows = list(EventCategory.objects.values("pk", "translation_key", "locale_id", "name"))
    category_names = {
        pk: row["name"] for pk, row in _localized_by_id(category_rows, locale.pk).items()
    }
    categories: dict[int, list[str]] = defaultdict(list)
    through = EventPage.categories.through.objects.filter(eventpage_id__in=ids)
    for page_id, category_id in _raw_rows(through.values_list("eventpage_id", "eventcategory_id")):
        categories[page_id].append(category_names[category_id])
    venues: dict = {}
    if any(row["venue_id"] for row in rows):
        venues = _localized_by_id(list(Venue.objects.values(*VENUE_FIELDS)), locale.pk)
    excluded: dict[int, list[date]] = defaultdict(list)
    if any(row["repeat"] for row in rows):
        dates = EventExcludedDate.objects.filter(page_id__in=ids).order_by("date")
        for page_id, day in _raw_rows(dates.values_list("page_id", "date")):
            excluded[page_id].append(_as_date(day))
    languages: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    spoken = EventLanguage.objects.filter(page_id__in=ids).order_by("pk")
    for page_id, code, interpreted in _raw_rows(
        spoken.values_list("page_id", "language", "interpreted")
    ):
        languages[page_id].append((code, bool(interpreted)))

    urls = PageUrls()
    base = (base_url or settings.SITE_URL).rstrip("/")
    now = timezone.now()
    for row in rows:
        pk = row["pk"]
        path = urls.path(row["url_path"], row["locale__language_code"])
        row["url"] = base + path if path else None
        row["translation_key"] = _uuid_text(row["translation_key"])
        row["start"] = _aware(row["start"])
        row["end"] = _aware(row["end"])
        row["stamp"] = _aware(row["stamp"]) or now
        row["repeat_until"] = _as_date(row["repeat_until"])
        row["venue"] = venues.get(row["venue_id"]) if row["venue_id"] else None
        row["categories"] = sorted(categories.get(pk, ()), key=str.casefold)
        row["excluded"] = excluded.get(pk, ())
        row["languages"] = languages.get(pk, ())
    return rows


class _Labels:
    """Interface words used inside descriptions, in the feed's language (looked up once)."""

    def __init__(self) -> None:
        self.cancelled = pgettext("event status", "Cancelled")
        self.postponed = pgettext("event status", "Postponed")
        self.cost = _("Cost")
        self.free = _("Free of charge")
        self.languages = _("Languages")
        self.interpreted_suffix = " (" + _("interpreted") + ")"
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


def _event_lines(event: FeedEvent, labels: _Labels, host: str, stamps: dict) -> list[str]:
    zone = _zone(event["time_zone"])
    tzid = zone.key
    all_day = event["all_day"]
    local_start, local_end = local_bounds(
        start=event["start"], end=event["end"], zone=zone, all_day=all_day
    )
    language = event["locale__language_code"]
    lang = f";LANGUAGE={language}"
    status = event["status"]
    summary = event["title"]
    description = []
    if status == "cancelled" or status == "postponed":
        label = labels.cancelled if status == "cancelled" else labels.postponed
        summary = f"{label}: {summary}"
        if event["status_reason"]:
            description.append(f"{label}: {event['status_reason']}")
    if event["summary"]:
        description.append(event["summary"])
    if event["languages"]:
        names = labels.language_names
        description.append(
            labels.languages
            + ": "
            + ", ".join(
                names.get(code, code) + (labels.interpreted_suffix if interpreted else "")
                for code, interpreted in event["languages"]
            )
        )
    cost = event["cost"]
    description.append(f"{labels.cost}: {cost}" if cost else labels.free)
    venue = event["venue"]
    if venue:
        features = [labels.accessibility[f] for f in ACCESSIBILITY_FIELDS if venue[f]]
        if features:
            description.append(f"{labels.access_heading}: {', '.join(features)}")
    online_url = event["online_url"]
    if online_url:
        description.append(f"{labels.online}: {online_url}")
    url = event["url"]
    if url:
        description.append(f"{labels.details}: {url}")
    stamp = stamps.get(event["stamp"])
    if stamp is None:
        stamp = stamps[event["stamp"]] = _utc(event["stamp"])

    lines = [
        "BEGIN:VEVENT",
        f"UID:{event['translation_key']}@{host}",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{stamp}",
        f"SEQUENCE:{event['sequence']}",
        f"SUMMARY{lang}:{escape_text(summary)}",
        f"DESCRIPTION{lang}:{escape_text(chr(10).join(description))}",
    ]
    if all_day:
        lines.append(f"DTSTART;VALUE=DATE:{_day(local_start)}")
        lines.append(f"DTEND;VALUE=DATE:{_day(local_end)}")
    else:
        lines.append(f"DTSTART;TZID={tzid}:{_local(local_start)}")
        lines.append(f"DTEND;TZID={tzid}:{_local(local_end)}")
    if event["repeat"] and event["repeat_until"]:
        rule = ics_rule(
            repeat=event["repeat"],
            interval=event["repeat_interval"],
            local_start=local_start,
            until=event["repeat_until"],
            zone=zone,
            all_day=all_day,
        )
        lines.append(f"RRULE:{rule}")
        if event["excluded"]:
            if all_day:
                values = ",".join(_day(day) for day in event["excluded"])
                lines.append(f"EXDATE;VALUE=DATE:{values}")
            else:
                clock = _local(local_start)[8:]
                values = ",".join(_day(day) + clock for day in event["excluded"])
                lines.append(f"EXDATE;TZID={tzid}:{values}")
    if venue:
        place = f"{venue['postal_code']} {venue['city']}".strip()
        address = ", ".join(part for part in (venue["name"], venue["street"], place) if part)
        lines.append(f"LOCATION{lang}:{escape_text(address)}")
        if venue["latitude"] is not None and venue["longitude"] is not None:
            lines.append(f"GEO:{float(venue['latitude']):.6f};{float(venue['longitude']):.6f}")
    elif online_url:
        lines.append(f"LOCATION:{escape_text(online_url)}")
    if event["categories"]:
        names = ",".join(escape_text(name) for name in event["categories"])
        lines.append(f"CATEGORIES{lang}:{names}")
    organiser = (event["organiser_name"], event["organiser_phone"], event["organiser_email"])
    contact = ", ".join(part for part in organiser if part)
    if contact:
        lines.append(f"CONTACT{lang}:{escape_text(contact)}")
    if url:
        lines.append(f"URL:{url}")
    lines.append(f"STATUS:{STATUS_MAP.get(status, 'CONFIRMED')}")
    lines.append("CLASS:PUBLIC")
    lines.append("TRANSP:OPAQUE")
    lines.append("END:VEVENT")
    return lines


def _year_range(events: list[FeedEvent]) -> tuple[int, int]:
    first = min(event["start"] for event in events).year - 1
    last = max(
        (event["repeat_until"] or event["end"].date()) if event["repeat"] else event["end"].date()
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
            zones = sorted(
                {_zone(event["time_zone"]).key for event in events if not event["all_day"]}
            )
            lines.extend(vtimezone(zone, first, last) for zone in zones)  # folded already
        stamps: dict = {}
        for event in events:
            lines.extend(fold(line) for line in _event_lines(event, labels, host, stamps))
        lines.append("END:VCALENDAR")
    return (CRLF.join(lines) + CRLF).encode()


def calendar_name(*, language: str, title: str | None = None) -> str:
    site = getattr(settings, "WAGTAIL_SITE_NAME", "Teilhabe")
    with translation.override(language):
        return f"{site}: {title}" if title else f"{site}: {_('Events')}"


def event_calendar_bytes(event, *, language: str) -> bytes:
    """A complete VCALENDAR for one event, in `language` (the event's live translation in that
    locale when there is one; otherwise the event as it is). Used for e-mail attachments."""
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


def event_uid(event) -> str:
    """The event's UID in every calendar file and feed (see the module docstring)."""
    return f"{_uuid_text(event.translation_key)}@{uid_host()}"


def event_cancellation_bytes(event, *, language: str, attendee_email: str = "") -> bytes:
    """A METHOD:CANCEL calendar (RFC 5546) for one registrant: the event's own UID, a SEQUENCE
    above the one every calendar has seen, STATUS:CANCELLED, so the entry that the
    confirmation's attachment put into their calendar leaves it again."""
    chosen = event
    translated = (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .first()
    )
    if translated is not None:
        chosen = translated
    calendar = Calendar()
    calendar.add("prodid", f"-//Teilhabe//Calendar//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL")
    entry = CalendarEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", timezone.now().astimezone(UTC))
    entry.add("sequence", (event.sequence or 0) + 1)
    entry.add("status", "CANCELLED")
    entry.add("summary", chosen.title)
    entry.add("dtstart", event.start.astimezone(UTC))
    entry.add("dtend", event.end.astimezone(UTC))
    if event.organiser_email:
        organiser = vCalAddress(f"mailto:{event.organiser_email}")
        if event.organiser_name:
            organiser.params["cn"] = event.organiser_name
        entry.add("organizer", organiser)
    if attendee_email:
        entry.add("attendee", vCalAddress(f"mailto:{attendee_email}"))
    calendar.add_component(entry)
    return calendar.to_ical()
