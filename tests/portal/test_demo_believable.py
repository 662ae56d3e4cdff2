"""The whole demo, loaded once, reads like a real town on the day it is loaded: no forum on a
holiday, the steering group on working days, one town with one postal code, every event
somewhere, minutes up to the present; and loading it again changes nothing.

Deliberately one test: `load_demo` takes a couple of minutes, and every assertion reads the
same loaded demo."""

import io
import json
import math
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.easter import easter
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from core.demo_data import read_demo_file
from events.models import EventOccurrence, EventPage, Venue
from feedback.models import Survey
from minutes.models import Meeting, MinutesPage

pytestmark = pytest.mark.django_db

QUARTER = timedelta(days=92)


def holidays_nrw(year: int) -> set[date]:
    """Christmas Eve and New Year's Eve, and NRW's public holidays (Easter from dateutil, not
    from the code under test)."""
    sunday = easter(year)
    fixed = [(1, 1), (5, 1), (10, 3), (11, 1), (12, 24), (12, 25), (12, 26), (12, 31)]
    movable = [-2, 1, 39, 50, 60]  # Good Friday, Easter Monday, Ascension, Whit Monday, Corpus C.
    return {date(year, m, d) for m, d in fixed} | {sunday + timedelta(days=n) for n in movable}


def on_holiday(day: date) -> bool:
    return day in holidays_nrw(day.year)


def counts() -> dict[str, int]:
    labels = {"portal", "events", "forum", "seating", "feedback", "minutes", "wagtailcore"}
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in labels
    }


def local_day(moment) -> date:
    return timezone.localtime(moment).date()


def test_the_demo_is_believable_on_the_day_it_is_loaded():
    call_command("load_demo", stdout=io.StringIO())
    today = timezone.localdate()
    german = EventPage.objects.filter(locale__language_code="de")

    # No World-Café, forum, workshop or café on Christmas (Eve), New Year's (Eve) or a
    # public holiday; single forums and workshops on working days (Saturday at most).
    occurrences = EventOccurrence.objects.select_related("page")
    assert occurrences.count() > 100
    on_holidays = [
        (o.page.slug, local_day(o.start)) for o in occurrences if on_holiday(local_day(o.start))
    ]
    assert on_holidays == []
    world_cafe = german.get(slug="buergerforum-world-cafe")
    assert not on_holiday(local_day(world_cafe.start))
    for event in german.filter(repeat="").exclude(slug="jugendforum"):
        assert local_day(event.start).weekday() < 6, event.slug  # never on a Sunday
    assert local_day(german.get(slug="jugendforum").start).weekday() in (4, 5)

    # The steering group never meets at the weekend: not in the calendar, not in the minutes.
    steering = german.get(categories__slug="lenkungsgruppe")
    steering_days = [local_day(o.start) for o in steering.occurrences.all()]
    assert len(steering_days) >= 6
    assert all(day.weekday() < 5 for day in steering_days), steering_days
    minutes = MinutesPage.objects.filter(body__slug="lenkungsgruppe")
    assert minutes.filter(live=False).exists() and minutes.filter(live=True).exists()
    assert all(page.meeting_date.weekday() < 5 for page in minutes), [
        page.meeting_date for page in minutes
    ]
    assert all(m.start is None or local_day(m.start).weekday() < 5 for m in Meeting.objects.all())

    # One town: one postal code and city for every venue, all within a kilometre of the centre;
    # the welcome pages' addresses are in the same town.
    town = read_demo_file("portal", "site")["town"]
    centre = float(town["centre"]["latitude"]), float(town["centre"]["longitude"])
    assert Venue.objects.count() >= 5 * 9
    for venue in Venue.objects.all():
        assert (venue.postal_code, venue.city) == (town["postal_code"], town["name"]), venue.name
        north = (float(venue.latitude) - centre[0]) * 111_320
        east = (float(venue.longitude) - centre[1]) * 111_320 * math.cos(math.radians(centre[0]))
        assert math.hypot(north, east) <= town["radius_metres"], venue.name
    welcome = Path(apps.get_app_config("portal").path, "demo", "welcome.yaml").read_text("utf-8")
    assert set(re.findall(r"\b(\d{5}) Ruhrbrück", welcome)) == {town["postal_code"]}

    # Every event is somewhere: at a venue, or online.
    events = EventPage.objects.all()
    assert events.count() >= 34 * 9
    assert not events.filter(venue__isnull=True, online_url="").exists(), list(
        events.filter(venue__isnull=True, online_url="").values_list(
            "slug", "locale__language_code"
        )
    )
    # The feedback surveys sit on the calendar's past events (no second set of forums).
    for survey in Survey.objects.for_events().select_related("event"):
        assert survey.event.venue_id and survey.event.start < timezone.now(), survey.event.slug
    assert not german.filter(slug__in=["buergerforum-wohnen-nachbarschaft"]).exists()

    # Minutes up to the present: the steering group met last week or the week before (those
    # minutes wait for review), the previous meeting's minutes went online within the last
    # quarter, and the calendar's next meeting is one quarter after the last.
    draft = minutes.get(live=False, locale__language_code="de")
    assert today - timedelta(days=14) <= draft.meeting_date < today
    latest = minutes.filter(live=True, locale__language_code="de").latest("meeting_date")
    assert latest.meeting_date < draft.meeting_date
    assert timezone.now() - latest.first_published_at <= QUARTER
    assert today - latest.meeting_date <= 2 * QUARTER
    assert not MinutesPage.objects.filter(meeting_date__gt=today).exists()
    assert not MinutesPage.objects.filter(first_published_at__gt=timezone.now()).exists()
    next_meeting = min(day for day in steering_days if day > today)
    assert timedelta(weeks=13) <= next_meeting - draft.meeting_date <= timedelta(weeks=15)
    # The dates in the texts moved with the story: the years they name are this one, or near it.
    texts = [
        json.dumps(list(p.agenda.raw_data)) + p.correction_note for p in MinutesPage.objects.all()
    ]
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", " ".join(texts))}
    assert years and all(abs(year - today.year) <= 2 for year in years), years

    # Idempotent: a second run changes nothing.
    before = counts()
    call_command("load_demo", stdout=io.StringIO())
    assert counts() == before
