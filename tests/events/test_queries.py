"""The readable query methods other apps use: upcoming, past, categories, audiences, languages,
date ranges and the per-locale calendar with untranslated originals."""

from datetime import date, timedelta

import pytest
from wagtail.models import Locale

from events.models import EventPage
from tests.events.factories import make_event, soon, translate_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(calendar):
    index = calendar["index"]["de"]
    cats = calendar["categories"]
    cafe = make_event(
        index,
        title="Sprachcafé",
        start=soon(-14),
        repeat="weekly",
        repeat_until=soon(30).date(),
        categories=[cats["sprachcafe"]["de"]],
        languages=["de", "ar"],
        audiences=["newcomers"],
    )
    forum = make_event(
        index,
        title="Bürgerforum",
        start=soon(7),
        categories=[cats["buergerforum"]["de"]],
        interpreted=["fa"],
        audiences=["families", "associations"],
    )
    old = make_event(index, title="Rückblick", start=soon(-30))
    return {"cafe": cafe, "forum": forum, "old": old, "calendar": calendar}


def titles(queryset):
    return [page.title for page in queryset]


def test_upcoming_orders_by_next_date_and_includes_running_series(events):
    upcoming = EventPage.objects.live().upcoming()
    assert titles(upcoming) == ["Sprachcafé", "Bürgerforum"]
    cafe = upcoming[0]
    assert cafe.next_start.date() >= soon(0).date() - timedelta(days=1)


def test_past_has_only_events_whose_last_date_has_ended(events):
    assert titles(EventPage.objects.live().past()) == ["Rückblick"]


def test_filters_combine(events):
    live = EventPage.objects.live()
    assert titles(live.in_category("sprachcafe")) == ["Sprachcafé"]
    assert set(titles(live.in_category("sprachcafe", "buergerforum"))) == {
        "Sprachcafé",
        "Bürgerforum",
    }
    assert titles(live.in_category("unbekannt")) == []
    assert titles(live.in_language("fa")) == ["Bürgerforum"]  # interpreted counts
    assert titles(live.in_language("ar").for_audience("newcomers")) == ["Sprachcafé"]
    assert titles(live.in_language("ar").for_audience("families")) == []
    assert titles(live.upcoming().in_category("buergerforum").for_audience("families")) == [
        "Bürgerforum"
    ]


def test_between_uses_occurrences_of_series(events):
    live = EventPage.objects.live()
    in_a_week = soon(7).date()
    assert set(titles(live.between(in_a_week, in_a_week))) == {"Bürgerforum", "Sprachcafé"}
    far = date(2099, 1, 1)
    assert titles(live.between(far, far)) == []


def test_category_filter_matches_translated_category_rows(events):
    """A translation may point at the German category or at its own: both match the slug."""
    calendar = events["calendar"]
    tr_copy = translate_event(events["forum"], "tr", title="Vatandaş forumu")
    tr_copy.categories = [calendar["categories"]["buergerforum"]["tr"]]
    tr_copy.save()
    matched = EventPage.objects.live().in_category("buergerforum")
    assert {page.pk for page in matched} == {events["forum"].pk, tr_copy.pk}


def test_calendar_of_a_locale_adds_untranslated_originals(events):
    tr = Locale.objects.get(language_code="tr")
    translate_event(events["cafe"], "tr", title="Dil kafesi")
    shown = EventPage.objects.live().in_calendar_of(tr)
    assert set(titles(shown)) == {"Dil kafesi", "Bürgerforum", "Rückblick"}
    de = Locale.objects.get(language_code="de")
    assert set(titles(EventPage.objects.live().in_calendar_of(de))) == {
        "Sprachcafé",
        "Bürgerforum",
        "Rückblick",
    }
