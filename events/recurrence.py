"""Expanding an event into its occurrences, in the event's own wall-clock time.

A weekly café at 18:00 stays at 18:00 across the daylight-saving change: rules are expanded on
naive local times and only then given the time zone. The expansion uses dateutil's rrule, the
reference implementation of RFC 5545 recurrence, so listings and the RRULE in the ICS feed
always agree (tests compare the two)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule

# A series may run at most this long, and never yields more than MAX_OCCURRENCES dates.
MAX_SERIES_DAYS = 5 * 366
MAX_OCCURRENCES = 600

WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
ICS_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Repeat:
    """Values of EventPage.repeat (the choices with labels live on the model)."""

    NONE = ""
    WEEKLY = "weekly"
    MONTHLY = "monthly"  # same day of the month (months without that day are skipped)
    MONTHLY_WEEKDAY = "monthly_weekday"  # same weekday position, e.g. 2nd Tuesday / last Friday


@dataclass(frozen=True)
class Occurrence:
    start: datetime  # aware, in the event's time zone
    end: datetime


def weekday_position(day: date) -> int:
    """1..4 for the first to fourth weekday of its kind in the month; a fifth one is "the last"
    (-1), because not every month has a fifth."""
    position = (day.day - 1) // 7 + 1
    return -1 if position == 5 else position


def local_bounds(
    *, start: datetime, end: datetime, zone: ZoneInfo, all_day: bool
) -> tuple[datetime, datetime]:
    """Naive local start and end. All-day events run from midnight of the first day to
    midnight after the last day."""
    local_start = start.astimezone(zone).replace(tzinfo=None)
    local_end = end.astimezone(zone).replace(tzinfo=None)
    if all_day:
        first = local_start.date()
        last = max(local_end.date(), first)
        return datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
    return local_start, max(local_end, local_start)


def build_rule(
    *, repeat: str, interval: int, local_start: datetime, until: date | None
) -> rrule.rrule | None:
    if not repeat or until is None:
        return None
    interval = max(1, int(interval or 1))
    last = min(until, local_start.date() + timedelta(days=MAX_SERIES_DAYS))
    common = {
        "dtstart": local_start,
        "interval": interval,
        "until": datetime.combine(last, time.max),
        "count": None,
    }
    if repeat == Repeat.WEEKLY:
        return rrule.rrule(rrule.WEEKLY, **common)
    if repeat == Repeat.MONTHLY:
        return rrule.rrule(rrule.MONTHLY, bymonthday=local_start.day, **common)
    if repeat == Repeat.MONTHLY_WEEKDAY:
        weekday = WEEKDAYS[local_start.weekday()](weekday_position(local_start.date()))
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday, **common)
    return None


def expand(
    *,
    start: datetime,
    end: datetime,
    time_zone: str,
    all_day: bool = False,
    repeat: str = "",
    interval: int = 1,
    until: date | None = None,
    excluded: set[date] | frozenset[date] = frozenset(),
) -> list[Occurrence]:
    """Every occurrence of the event, in order. A single event yields itself (unless excluded
    dates are given for a single event: those are ignored, there is nothing to leave out)."""
    zone = ZoneInfo(time_zone)
    local_start, local_end = local_bounds(start=start, end=end, zone=zone, all_day=all_day)
    duration = local_end - local_start
    rule = build_rule(repeat=repeat, interval=interval, local_start=local_start, until=until)
    if rule is None:
        starts = [local_start]
    else:
        starts = []
        for moment in rule:
            if moment.date() in excluded:
                continue
            starts.append(moment)
            if len(starts) >= MAX_OCCURRENCES:
                break
    return [
        Occurrence(start=moment.replace(tzinfo=zone), end=(moment + duration).replace(tzinfo=zone))
        for moment in starts
    ]


def ics_rule(
    *, repeat: str, interval: int, local_start: datetime, until: date, zone: ZoneInfo, all_day: bool
) -> str:
    """The RRULE value for the ICS, with UNTIL inside it (UTC for timed events, a DATE for
    all-day events, as RFC 5545 requires when DTSTART has a TZID or is a DATE)."""
    last = min(until, local_start.date() + timedelta(days=MAX_SERIES_DAYS))
    if all_day:
        until_value = last.strftime("%Y%m%d")
    else:
        end_of_day = datetime.combine(last, time(23, 59, 59)).replace(tzinfo=zone)
        until_value = end_of_day.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    interval = max(1, int(interval or 1))
    if repeat == Repeat.WEEKLY:
        parts = ["FREQ=WEEKLY"]
    elif repeat == Repeat.MONTHLY:
        parts = ["FREQ=MONTHLY", f"BYMONTHDAY={local_start.day}"]
    else:
        position = weekday_position(local_start.date())
        parts = ["FREQ=MONTHLY", f"BYDAY={position}{ICS_WEEKDAYS[local_start.weekday()]}"]
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    parts.append(f"UNTIL={until_value}")
    return ";".join(parts)
