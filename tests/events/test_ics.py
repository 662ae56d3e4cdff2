"""ICS output: valid RFC 5545 (parsed back with icalendar), stable UIDs, SEQUENCE, STATUS,
VTIMEZONE, RRULE/EXDATE, per-locale texts, filtered feeds, conditional GET and caching."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.translation import pgettext
from icalendar import Calendar

from events.ics import event_calendar_bytes, fold
from events.models import EventPage
from events.urls_helpers import PageUrls
from tests.events.factories import berlin, make_event, make_venue, soon, translate_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(calendar):
    index = calendar["index"]["de"]
    cats = calendar["categories"]
    start = soon(10, hour=19)
    cafe = make_event(
        index,
        title="Sprachcafé am Markt",
        summary="Deutsch üben; Kaffee, Tee und Kuchen",
        start=start,
        repeat="weekly",
        repeat_until=(start + timedelta(days=70)).date(),
        excluded=[(start + timedelta(days=14)).date()],
        categories=[cats["sprachcafe"]["de"]],
        venue=calendar["venue"],
        languages=["de", "ar"],
        organiser_name="Integrationsbüro",
        organiser_email="integration@example.org",
    )
    cancelled = make_event(
        index,
        title="Bürgerforum Wohnen",
        start=soon(20),
        status="cancelled",
        status_reason="Der Saal ist wegen Wasserschaden gesperrt.",
        categories=[cats["buergerforum"]["de"]],
    )
    translate_event(cafe, "tr", title="Pazar yerinde dil kafesi", summary="Almanca pratik")
    return {"cafe": cafe, "cancelled": cancelled, "calendar": calendar}


def parse(response_or_bytes) -> Calendar:
    body = getattr(response_or_bytes, "content", response_or_bytes)
    return Calendar.from_ical(body.decode())


def vevents(calendar: Calendar) -> dict[str, object]:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_whole_calendar_feed_is_valid_and_complete(client, events):
    response = client.get("/feeds/events/de.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cal = parse(response)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["METHOD"]) == "PUBLISH"
    timezones = cal.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Berlin"]
    found = vevents(cal)
    with translation.override("de"):
        cancelled_word = pgettext("event status", "Cancelled")
    assert set(found) == {"Sprachcafé am Markt", f"{cancelled_word}: Bürgerforum Wohnen"}
    cafe = found["Sprachcafé am Markt"]
    page = events["cafe"]
    assert str(cafe["UID"]) == f"{page.translation_key}@127.0.0.1"
    assert cafe["DTSTART"].dt == page.start
    assert str(cafe["DTSTART"].dt.tzinfo) == "Europe/Berlin"
    assert cafe.decoded("DTEND") == page.end
    assert int(cafe["SEQUENCE"]) == page.sequence
    assert str(cafe["STATUS"]) == "CONFIRMED"
    rule = cafe["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    assert rule["UNTIL"][0].tzinfo is not None  # UNTIL in UTC, inside RRULE
    exdates = [d.dt for d in cafe["EXDATE"].dts]
    assert exdates == [page.start + timedelta(days=14)]
    assert "Deutsch üben; Kaffee, Tee und Kuchen" in str(cafe["DESCRIPTION"])
    assert "Stadtbibliothek" in str(cafe["LOCATION"])
    assert cafe["GEO"].latitude == pytest.approx(51.5134)
    assert str(cafe["URL"]).endswith(
        "/de/veranstaltungen/sprachcafé-am-markt/".replace("é", "%C3%A9")
    )
    assert [str(c) for c in cafe["CATEGORIES"].cats] == ["Sprachcafé"]
    cancelled = next(e for name, e in found.items() if "Bürgerforum" in name)
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert "Wasserschaden" in str(cancelled["DESCRIPTION"])
    assert "RRULE" not in cancelled


def test_expanding_the_feed_gives_the_listing_dates(client, events):
    """A calendar app expanding RRULE and EXDATE sees exactly the dates the site lists."""
    from dateutil.rrule import rruleset, rrulestr

    cal = parse(client.get("/feeds/events/de.ics"))
    cafe = vevents(cal)["Sprachcafé am Markt"]
    start = cafe["DTSTART"].dt
    rules = rruleset()
    rules.rrule(rrulestr(cafe["RRULE"].to_ical().decode(), dtstart=start))
    for value in cafe["EXDATE"].dts:
        rules.exdate(value.dt)
    listed = list(events["cafe"].occurrences.order_by("start").values_list("start", flat=True))
    assert list(rules) == listed
    assert len(listed) == 10


def test_feed_texts_follow_the_locale_and_uids_stay_the_same(client, events):
    de = vevents(parse(client.get("/feeds/events/de.ics")))
    tr = vevents(parse(client.get("/feeds/events/tr.ics")))
    assert "Pazar yerinde dil kafesi" in tr
    assert str(tr["Pazar yerinde dil kafesi"]["UID"]) == str(de["Sprachcafé am Markt"]["UID"])
    assert tr["Pazar yerinde dil kafesi"]["SUMMARY"].params["LANGUAGE"] == "tr"
    assert "Almanca pratik" in str(tr["Pazar yerinde dil kafesi"]["DESCRIPTION"])
    # The untranslated cancellation is in the Turkish feed too, in German and marked so.
    forum = next(e for name, e in tr.items() if "Bürgerforum Wohnen" in name)
    assert forum["SUMMARY"].params["LANGUAGE"] == "de"
    # Category names in Turkish.
    assert [str(c) for c in tr["Pazar yerinde dil kafesi"]["CATEGORIES"].cats] == ["Dil kafesi"]


def test_unknown_language_feed_is_404(client, events):
    assert client.get("/feeds/events/xx.ics").status_code == 404
    assert client.get("/feeds/event/999999.ics").status_code == 404


def test_feed_only_answers_get(client, events):
    assert client.post("/feeds/events/de.ics").status_code == 405
    assert client.head("/feeds/events/de.ics").status_code == 200


def test_filtered_feed_uses_the_calendar_parameters(client, events):
    only_cafe = vevents(parse(client.get("/feeds/events/de.ics?category=sprachcafe")))
    assert list(only_cafe) == ["Sprachcafé am Markt"]
    by_language = vevents(parse(client.get("/feeds/events/de.ics?language=ar&category=sprachcafe")))
    assert list(by_language) == ["Sprachcafé am Markt"]
    nothing = parse(client.get("/feeds/events/de.ics?language=ar&category=buergerforum"))
    assert nothing.walk("VEVENT") == []
    first = soon(20).date().isoformat()
    dated = vevents(parse(client.get(f"/feeds/events/de.ics?from={first}&to={first}")))
    assert any("Bürgerforum" in name for name in dated)


@pytest.mark.parametrize(
    "query",
    ["category=gibtsnicht", "from=2027-02-30", "from=2027-03-10&to=2027-03-01", "to=99999-01-01"],
)
def test_bad_feed_filters_are_a_clear_400(client, events, query):
    response = client.get(f"/feeds/events/de.ics?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.strip()


def test_conditional_get_answers_304(client, events):
    first = client.get("/feeds/events/de.ics")
    etag = first["ETag"]
    assert etag.startswith('"')
    assert first["Last-Modified"]
    assert "no-cache" in first["Cache-Control"]
    again = client.get("/feeds/events/de.ics", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    since = client.get("/feeds/events/de.ics", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    other = client.get("/feeds/events/de.ics", HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200
    event = client.get(f"/feeds/event/{events['cafe'].pk}.ics")
    assert event.status_code == 200
    assert "attachment" in event["Content-Disposition"]
    assert (
        client.get(
            f"/feeds/event/{events['cafe'].pk}.ics", HTTP_IF_NONE_MATCH=event["ETag"]
        ).status_code
        == 304
    )


def test_feed_is_served_from_cache_until_an_event_changes(
    client, events, django_assert_num_queries
):
    first = client.get("/feeds/events/de.ics")
    with django_assert_num_queries(0):
        cached = client.get("/feeds/events/de.ics")
    assert cached.content == first.content

    page = events["cafe"]
    page.title = "Sprachcafé im Rathaus"
    page.save_revision().publish()
    changed = client.get("/feeds/events/de.ics", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    event = vevents(parse(changed))["Sprachcafé im Rathaus"]
    assert int(event["SEQUENCE"]) == 1
    assert str(event["UID"]) == f"{page.translation_key}@127.0.0.1"  # same event, updated

    venue = events["calendar"]["venue"]
    venue.name = "Neue Stadtbibliothek"
    venue.save()  # snippets change feeds too
    assert "Neue Stadtbibliothek" in str(
        vevents(parse(client.get("/feeds/events/de.ics")))["Sprachcafé im Rathaus"]["LOCATION"]
    )


def test_unpublished_events_leave_the_feed(client, events):
    client.get("/feeds/events/de.ics")
    events["cancelled"].unpublish()
    assert len(parse(client.get("/feeds/events/de.ics")).walk("VEVENT")) == 1


def test_cancellation_raises_sequence_and_status(client, events):
    page = events["cafe"]
    before = vevents(parse(client.get(f"/feeds/event/{page.pk}.ics")))["Sprachcafé am Markt"]
    page.status = "cancelled"
    page.status_reason = "Krankheit"
    page.save_revision().publish()
    cal = parse(client.get(f"/feeds/event/{page.pk}.ics"))
    (after,) = cal.walk("VEVENT")
    assert str(after["STATUS"]) == "CANCELLED"
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert str(after["UID"]) == str(before["UID"])


def test_event_calendar_bytes_for_e_mail_in_the_recipients_language(events):
    page = events["cafe"]
    turkish = parse(event_calendar_bytes(page, language="tr"))
    assert [str(e["SUMMARY"]) for e in turkish.walk("VEVENT")] == ["Pazar yerinde dil kafesi"]
    assert turkish.walk("VTIMEZONE")
    # No Arabic translation: the German original.
    arabic = parse(event_calendar_bytes(page, language="ar"))
    (event,) = arabic.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Sprachcafé am Markt"
    assert str(event["UID"]) == f"{page.translation_key}@127.0.0.1"
    assert str(event["RRULE"].to_ical().decode()).startswith("FREQ=WEEKLY")


def test_all_day_events_use_dates(client, calendar):
    page = make_event(
        calendar["index"]["de"],
        title="Fachtag Integration",
        start=berlin(2027, 5, 6, 9),
        end=berlin(2027, 5, 7, 16),
        all_day=True,
    )
    (event,) = parse(client.get(f"/feeds/event/{page.pk}.ics")).walk("VEVENT")
    assert event["DTSTART"].dt == date(2027, 5, 6)
    assert event["DTEND"].dt == date(2027, 5, 8)  # exclusive end


def test_awkward_text_survives_escaping_and_folding(client, calendar):
    title = "Forum; Teil 2, mit \\ Backslash – " + "Länger als eine Zeile " * 5 + "العربية"
    page = make_event(
        calendar["index"]["de"],
        title=title,
        slug="forum-teil-2",
        start=soon(3),
        summary="Zeile eins\nZeile zwei",
        venue=make_venue(name="Haus, der; Begegnung"),
    )
    response = client.get(f"/feeds/event/{page.pk}.ics")
    for line in response.content.split(b"\r\n"):
        assert len(line) <= 75
    (event,) = parse(response).walk("VEVENT")
    assert str(event["SUMMARY"]) == title
    assert str(event["DESCRIPTION"]).startswith("Zeile eins\nZeile zwei")
    assert str(event["LOCATION"]).startswith("Haus, der; Begegnung")


def test_fold_never_splits_a_character():
    line = "SUMMARY:" + "ж" * 100
    folded = fold(line)
    parts = folded.encode().split(b"\r\n ")
    assert all(len(part) <= 75 for part in parts)
    assert "".join(folded.split("\r\n ")) == line


def test_feed_urls_are_the_pages_own(events, rf):
    urls = PageUrls()
    for page in EventPage.objects.live().select_related("locale"):
        assert urls.path(page.url_path, page.locale.language_code) == page.get_url()


def test_stamp_is_the_publication_time_so_output_is_stable(client, events):
    page = events["cancelled"]
    published = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    EventPage.objects.filter(pk=page.pk).update(last_published_at=published)
    cache.clear()
    first = client.get(f"/feeds/event/{page.pk}.ics").content
    cache.clear()
    assert client.get(f"/feeds/event/{page.pk}.ics").content == first
    (event,) = parse(first).walk("VEVENT")
    assert event["DTSTAMP"].dt == published
    assert timezone.is_aware(event["DTSTAMP"].dt)
