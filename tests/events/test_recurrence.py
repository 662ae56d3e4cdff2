"""Expansion of repeating events, in wall-clock time, across the daylight-saving change."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from events.recurrence import Repeat, expand, ics_rule, weekday_position

BERLIN = ZoneInfo("Europe/Berlin")


def at(year, month, day, hour=19, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_single_event_is_one_occurrence():
    items = expand(start=at(2027, 3, 4), end=at(2027, 3, 4, 21), time_zone="Europe/Berlin")
    assert [(o.start, o.end) for o in items] == [(at(2027, 3, 4), at(2027, 3, 4, 21))]


def test_weekly_keeps_local_time_across_spring_daylight_saving_change():
    # Europe/Berlin switches to summer time on Sunday 28 March 2027.
    items = expand(
        start=at(2027, 3, 18),
        end=at(2027, 3, 18, 21),
        time_zone="Europe/Berlin",
        repeat=Repeat.WEEKLY,
        until=date(2027, 4, 8),
    )
    assert [o.start.date() for o in items] == [
        date(2027, 3, 18),
        date(2027, 3, 25),
        date(2027, 4, 1),
        date(2027, 4, 8),
    ]
    assert {(o.start.hour, o.end.hour) for o in items} == {(19, 21)}
    utc_hours = [o.start.astimezone(UTC).hour for o in items]
    assert utc_hours == [18, 18, 17, 17]


def test_weekly_keeps_local_time_across_autumn_change():
    # Back to winter time on Sunday 31 October 2027.
    items = expand(
        start=at(2027, 10, 28, 10),
        end=at(2027, 10, 28, 12),
        time_zone="Europe/Berlin",
        repeat=Repeat.WEEKLY,
        until=date(2027, 11, 4),
    )
    assert [o.start.astimezone(UTC).hour for o in items] == [8, 9]
    assert [o.start.hour for o in items] == [10, 10]


def test_excluded_dates_are_left_out():
    items = expand(
        start=at(2026, 12, 3),
        end=at(2026, 12, 3, 21),
        time_zone="Europe/Berlin",
        repeat=Repeat.WEEKLY,
        until=date(2027, 1, 7),
        excluded={date(2026, 12, 24), date(2026, 12, 31)},
    )
    assert [o.start.date() for o in items] == [
        date(2026, 12, 3),
        date(2026, 12, 10),
        date(2026, 12, 17),
        date(2027, 1, 7),
    ]


def test_every_other_week():
    items = expand(
        start=at(2027, 1, 5),
        end=at(2027, 1, 5, 20),
        time_zone="Europe/Berlin",
        repeat=Repeat.WEEKLY,
        interval=2,
        until=date(2027, 2, 16),
    )
    assert [o.start.day for o in items] == [5, 19, 2, 16]


def test_quarterly_steering_group_on_the_second_tuesday():
    # 9 March 2027 is the second Tuesday of March.
    items = expand(
        start=at(2027, 3, 9, 17),
        end=at(2027, 3, 9, 19),
        time_zone="Europe/Berlin",
        repeat=Repeat.MONTHLY_WEEKDAY,
        interval=3,
        until=date(2028, 3, 31),
    )
    assert [o.start.date() for o in items] == [
        date(2027, 3, 9),
        date(2027, 6, 8),
        date(2027, 9, 14),
        date(2027, 12, 14),
        date(2028, 3, 14),
    ]
    assert all(o.start.weekday() == 1 and o.start.hour == 17 for o in items)


def test_monthly_on_day_31_skips_short_months_as_rfc5545_does():
    items = expand(
        start=at(2027, 1, 31),
        end=at(2027, 1, 31, 21),
        time_zone="Europe/Berlin",
        repeat=Repeat.MONTHLY,
        until=date(2027, 6, 30),
    )
    assert [o.start.date() for o in items] == [
        date(2027, 1, 31),
        date(2027, 3, 31),
        date(2027, 5, 31),
    ]


def test_last_weekday_of_the_month():
    assert weekday_position(date(2027, 3, 30)) == -1  # fifth Tuesday: "the last"
    assert weekday_position(date(2027, 3, 23)) == 4
    items = expand(
        start=at(2027, 3, 30),
        end=at(2027, 3, 30, 21),
        time_zone="Europe/Berlin",
        repeat=Repeat.MONTHLY_WEEKDAY,
        until=date(2027, 5, 31),
    )
    assert [o.start.date() for o in items] == [
        date(2027, 3, 30),
        date(2027, 4, 27),
        date(2027, 5, 25),
    ]


def test_all_day_events_run_from_midnight_to_midnight():
    items = expand(
        start=at(2027, 5, 1, 10),
        end=at(2027, 5, 2, 15),
        time_zone="Europe/Berlin",
        all_day=True,
    )
    assert items[0].start == at(2027, 5, 1, 0)
    assert items[0].end == at(2027, 5, 3, 0)


def test_a_rule_without_end_date_is_a_single_event():
    items = expand(
        start=at(2027, 1, 5), end=at(2027, 1, 5, 20), time_zone="Europe/Berlin", repeat="weekly"
    )
    assert len(items) == 1


def test_series_are_capped():
    items = expand(
        start=at(2027, 1, 5),
        end=at(2027, 1, 5, 20),
        time_zone="Europe/Berlin",
        repeat=Repeat.WEEKLY,
        until=date(2099, 1, 1),
    )
    # At most five years.
    assert items[-1].start.date() <= date(2032, 1, 6)
    assert len(items) <= 262


def test_ics_rule_puts_until_in_utc_inside_the_rule():
    rule = ics_rule(
        repeat=Repeat.MONTHLY_WEEKDAY,
        interval=3,
        local_start=datetime(2027, 3, 9, 17),
        until=date(2027, 12, 31),
        zone=BERLIN,
        all_day=False,
    )
    assert rule == "FREQ=MONTHLY;BYDAY=2TU;INTERVAL=3;UNTIL=20271231T225959Z"


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    hour=st.integers(min_value=0, max_value=23),
    repeat=st.sampled_from([Repeat.WEEKLY, Repeat.MONTHLY, Repeat.MONTHLY_WEEKDAY]),
    interval=st.integers(min_value=1, max_value=4),
    days=st.integers(min_value=0, max_value=800),
    skip=st.sets(st.integers(min_value=0, max_value=40), max_size=4),
)
def test_expansion_matches_the_rrule_written_to_the_feed(first, hour, repeat, interval, days, skip):
    """What listings show and what calendar apps compute from RRULE/EXDATE are the same."""
    start = datetime(first.year, first.month, first.day, hour, 30, tzinfo=BERLIN)
    until = first + timedelta(days=days)
    plain = expand(
        start=start,
        end=start + timedelta(hours=2),
        time_zone="Europe/Berlin",
        repeat=repeat,
        interval=interval,
        until=until,
    )
    excluded = {plain[i].start.date() for i in skip if i < len(plain)}
    items = expand(
        start=start,
        end=start + timedelta(hours=2),
        time_zone="Europe/Berlin",
        repeat=repeat,
        interval=interval,
        until=until,
        excluded=excluded,
    )
    rule = ics_rule(
        repeat=repeat,
        interval=interval,
        local_start=start.replace(tzinfo=None),
        until=until,
        zone=BERLIN,
        all_day=False,
    )
    parsed = rrulestr(f"RRULE:{rule}", dtstart=start)
    expected = [moment for moment in parsed if moment.date() not in excluded]
    assert [o.start for o in items] == expected
