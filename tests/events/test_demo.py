"""The demo calendar loader (with a few of its events, to stay fast): calendars, translated
categories and venues, the recurring and cancelled events, the World-Café, idempotency."""

import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from events import demo
from events.models import EventCategory, EventIndexPage, EventPage, Venue

pytestmark = pytest.mark.django_db

KEEP = {"sprachcafe", "lenkungsgruppe", "buergerforum-world-cafe", "buergerforum-sport"}


LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def few_events(monkeypatch):
    data = demo.calendar_data()
    data["events"] = [e for e in data["events"] if e["slug"] in KEEP]
    monkeypatch.setattr(demo, "calendar_data", lambda: data)
    return data


def test_demo_data_is_complete():
    data = demo.calendar_data()
    slugs = [event["slug"] for event in data["events"]]
    assert len(slugs) == len(set(slugs))
    coming = [event for event in data["events"] if event.get("day", 1) > 0]
    assert len(coming) >= 30
    for key in ("sprachcafe", "lenkungsgruppe", "buergerforum-world-cafe"):
        for field in ("title", "summary"):
            assert set(data["special"][key][field]) == set(LANGUAGES)
    for table in (data["categories"], data["topics"]):
        for texts in table.values():
            assert set(texts) == set(LANGUAGES)
    for texts in data["formats"].values():
        assert set(texts["title"]) == set(texts["summary"]) == set(LANGUAGES)
    # Translations are translations, not copies of the German.
    titles = data["special"]["sprachcafe"]["title"]
    assert all(titles[code] != titles["de"] for code in LANGUAGES[1:])


def test_demo_builds_the_translated_calendar(site_tree, few_events, client):
    out = io.StringIO()
    out.write("\n".join(demo.load()))
    languages = list(site_tree["locales"])
    assert EventIndexPage.objects.filter(show_in_menus=True).count() == len(languages)
    assert EventCategory.objects.filter(slug="sprachcafe").count() == 9  # all nine locales
    keys = set(EventCategory.objects.filter(slug="sprachcafe").values_list("translation_key"))
    assert len(keys) == 1
    assert Venue.objects.filter(step_free=True).exists()

    cafe = EventPage.objects.get(slug="sprachcafe", locale__language_code="de")
    assert cafe.repeat == "weekly" and cafe.occurrences.count() > 20
    steering = EventPage.objects.get(slug="lenkungsgruppe", locale__language_code="de")
    assert steering.repeat == "monthly_weekday" and steering.repeat_interval == 3
    cancelled = EventPage.objects.get(slug="buergerforum-sport", locale__language_code="tr")
    assert cancelled.status == "cancelled" and "Spor salonu" in cancelled.status_reason

    world_cafe = EventPage.objects.get(slug="buergerforum-world-cafe", locale__language_code="de")
    assert world_cafe.title == "Bürgerforum Integration: World-Café"
    assert [c.slug for c in world_cafe.categories.all()] == ["buergerforum"]
    days_ahead = (world_cafe.start.date() - timezone.localdate()).days
    assert 19 <= days_ahead <= 23
    assert world_cafe.start - timezone.now() > timedelta(days=14)

    for code in languages:
        translated = EventPage.objects.get(slug="sprachcafe", locale__language_code=code)
        assert translated.live
        assert translated.title == few_events["special"]["sprachcafe"]["title"][code]
        assert translated.categories.get().locale.language_code == code
    assert client.get("/fa/veranstaltungen/?category=sprachcafe").status_code == 200

    pages = EventPage.objects.count()
    demo.load()  # idempotent
    assert EventPage.objects.count() == pages
    assert EventCategory.objects.count() == 5 * 9
