"""The calendar pages: upcoming list, month grid, archive, filters in the URL, the event page
with its structured data and calendar links, the home page's next events, and bad input."""

import json
import re
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum.public import ForumBox, ForumState
from tests.events.factories import berlin, make_event, soon, translate_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(calendar):
    index = calendar["index"]["de"]
    cats = calendar["categories"]
    cafe = make_event(
        index,
        title="Sprachcafé",
        slug="sprachcafe",
        summary="Deutsch sprechen bei Kaffee und Tee",
        start=soon(2, hour=17),
        repeat="weekly",
        repeat_until=soon(40).date(),
        categories=[cats["sprachcafe"]["de"]],
        venue=calendar["venue"],
        languages=["de", "ar", "tr"],
        audiences=["newcomers"],
    )
    forum = make_event(
        index,
        title="Bürgerforum Integration",
        slug="buergerforum",
        start=soon(9, hour=18),
        categories=[cats["buergerforum"]["de"]],
        interpreted=["fa"],
        audiences=["families"],
        registration_url="https://anmeldung.example.org/forum",
        organiser_name="Integrationsbüro",
        organiser_email="integration@example.org",
    )
    cancelled = make_event(
        index,
        title="Fachtag Wohnen",
        slug="fachtag",
        start=soon(12, hour=9),
        status="cancelled",
        status_reason="Die Referentin ist erkrankt.",
    )
    old = make_event(index, title="Rückblick Sommerfest", slug="sommerfest", start=soon(-20))
    translate_event(cafe, "tr", title="Dil kafesi", summary="Çay ve kahve eşliğinde Almanca")
    return {"cafe": cafe, "forum": forum, "cancelled": cancelled, "old": old}


def main(response) -> str:
    return re.search(r"<main.*</main>", response.content.decode(), re.S).group(0)


def test_upcoming_list_expands_series_and_hides_past(client, events):
    response = client.get("/de/veranstaltungen/")
    assert response.status_code == 200
    html = main(response)
    assert html.count(">Sprachcafé</a>") >= 5  # one row per weekly date
    assert "Bürgerforum Integration" in html
    assert "Rückblick Sommerfest" not in html
    assert "Die Referentin ist erkrankt." in html  # the reason is shown in the list
    feed = f"{django_settings.SITE_URL}/feeds/events/de.ics"  # SITE_URL, not the request host
    assert f'rel="alternate" type="text/calendar" href="{feed}"' in response.content.decode()


def test_list_is_in_the_locale_with_untranslated_events_marked(client, events):
    response = client.get("/tr/veranstaltungen/")
    html = main(response)
    assert ">Dil kafesi</a>" in html
    assert ">Sprachcafé</a>" not in html
    # Not translated yet: German, with its language marked for screen readers.
    assert re.search(r'<a href="/de/veranstaltungen/buergerforum/" lang="de" dir="ltr"', html)
    assert 'lang="tr" dir="ltr"' in response.content.decode()[:200]


def test_persian_calendar_is_right_to_left(client, events):
    response = client.get("/fa/veranstaltungen/month/")
    assert response.status_code == 200
    assert '<html lang="fa" dir="rtl">' in response.content.decode()


def test_filters_combine_and_live_in_the_url(client, events):
    html = main(client.get("/de/veranstaltungen/?category=sprachcafe&language=ar"))
    assert ">Sprachcafé</a>" in html
    assert "Bürgerforum Integration" not in html
    assert 'value="sprachcafe" id="id_category_0" checked' in html or re.search(
        r'value="sprachcafe"[^>]*checked', html
    )
    html = main(client.get("/de/veranstaltungen/?language=fa"))
    assert "Bürgerforum Integration" in html and ">Sprachcafé</a>" not in html
    html = main(client.get("/de/veranstaltungen/?audience=families&category=sprachcafe"))
    assert 'class="event-row' not in html
    assert 'class="empty"' in html
    # The feed link carries the same filters.
    assert "/feeds/events/de.ics?category=sprachcafe&amp;language=ar" in (
        client.get("/de/veranstaltungen/?language=ar&category=sprachcafe").content.decode()
    )


def test_date_range_filter(client, events):
    day = soon(9).date().isoformat()
    html = main(client.get(f"/de/veranstaltungen/?from={day}&to={day}"))
    assert "Bürgerforum Integration" in html
    assert "Fachtag Wohnen" not in html


def test_past_archive(client, events):
    html = main(client.get("/de/veranstaltungen/past/"))
    assert "Rückblick Sommerfest" in html
    assert "Bürgerforum Integration" not in html


def test_month_grid_places_events_on_their_days(client, events):
    start = events["forum"].start.astimezone(events["forum"].zone)
    url = f"/de/veranstaltungen/month/{start.year}/{start.month}/"
    response = client.get(url)
    assert response.status_code == 200
    html = main(response)
    cell = re.search(rf'<time datetime="{start.date().isoformat()}">.*?</td>', html, re.S).group(0)
    assert "Bürgerforum Integration" in cell
    assert 'scope="col"' in html  # weekday headers for screen readers
    assert 'rel="prev"' in html and 'rel="next"' in html
    filtered = main(client.get(url + "?category=sprachcafe"))
    assert "Bürgerforum Integration" not in filtered
    assert "?category=sprachcafe" in filtered  # month navigation keeps the filter


def test_paging(client, calendar):
    index = calendar["index"]["de"]
    for number in range(25):
        make_event(index, title=f"Termin {number:02d}", start=soon(1 + number))
    first = main(client.get("/de/veranstaltungen/"))
    assert "Termin 00" in first and "Termin 24" not in first
    assert "?page=2" in first
    second = main(client.get("/de/veranstaltungen/?page=2"))
    assert "Termin 24" in second and "Termin 00" not in second


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/en/veranstaltungen/?from=2027-02-30", 400, "real date"),
        ("/en/veranstaltungen/?from=not-a-date", 400, "real date"),
        ("/en/veranstaltungen/?from=2027-03-10&to=2027-03-01", 400, "must not be before"),
        ("/en/veranstaltungen/?to=0001-01-01", 400, "between the years"),
        ("/en/veranstaltungen/?category=gibtsnicht", 400, "gibtsnicht"),
        ("/en/veranstaltungen/?audience=aliens", 400, "aliens"),
        ("/en/veranstaltungen/?language=klingon", 400, "klingon"),
        ("/en/veranstaltungen/?page=99999999999999999999999", 400, "whole number"),
        ("/en/veranstaltungen/?page=-3", 400, "whole number"),
        ("/en/veranstaltungen/?page=abc", 400, "whole number"),
        ("/de/veranstaltungen/?page=abc", 400, "ganze Zahl"),  # in the visitor's language
        ("/en/veranstaltungen/?page=999", 404, "There is no page 999"),
        ("/en/veranstaltungen/past/?page=50", 404, "There is no page 50"),
        ("/en/veranstaltungen/month/2027/13/", 404, "There is no month 13/2027"),
        ("/en/veranstaltungen/month/99999/1/", 404, "There is no month"),
        ("/en/veranstaltungen/month/2027/0/", 404, "There is no month"),
        ("/en/veranstaltungen/month/2027/3/?to=2027-99-01", 400, "real date"),
    ],
)
def test_bad_input_gets_a_clear_message_not_a_500(client, events, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert message in main(response)
    assert 'role="alert"' in main(response)


def test_bad_filters_keep_what_was_typed(client, events):
    html = main(client.get("/de/veranstaltungen/?from=2027-03-10&to=2027-03-01&language=ar"))
    assert 'value="2027-03-10"' in html and 'value="2027-03-01"' in html
    assert re.search(r'value="ar"[^>]*checked', html)
    assert 'aria-invalid="true"' in html


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(["category", "audience", "language", "from", "to", "page", "x"]),
        st.text(max_size=30),
        max_size=4,
    ),
    view=st.sampled_from(["", "past/", "month/", "month/2027/3/"]),
)
def test_no_query_string_causes_a_server_error(client, events, params, view):
    response = client.get(f"/de/veranstaltungen/{view}", params)
    assert response.status_code in (200, 400, 404)
    feed = client.get("/feeds/events/de.ics", params)
    assert feed.status_code in (200, 400)


def test_event_page_shows_everything_a_visitor_needs(client, events):
    response = client.get("/de/veranstaltungen/buergerforum/")
    assert response.status_code == 200
    html = response.content.decode()
    body = main(response)
    assert "Integrationsbüro" in body and "mailto:integration@example.org" in body
    assert "https://anmeldung.example.org/forum" in body  # registration link (forum include)
    assert f"webcal://{django_settings.SITE_URL.split('://')[1]}/feeds/event/" in body
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in body
    assert "outlook.live.com/calendar/0/action/compose" in body
    assert f'href="{django_settings.SITE_URL}/feeds/event/{events["forum"].pk}.ics"' in html
    assert 'rel="alternate" type="text/calendar"' in html
    assert "فارسی" in body  # interpreted into Persian


def test_recurring_event_page_lists_its_rule_and_next_dates(client, events):
    body = main(client.get("/de/veranstaltungen/sprachcafe/"))
    assert "until" in body or "bis" in body
    assert body.count("<li><time") >= 3  # further dates


def test_cancelled_event_page_shows_the_reason_prominently(client, events):
    body = main(client.get("/de/veranstaltungen/fachtag/"))
    assert re.search(r'class="status-banner status-banner--cancelled">.*erkrankt', body, re.S)
    data = _json_ld(client.get("/de/veranstaltungen/fachtag/"))
    assert data["eventStatus"] == "https://schema.org/EventCancelled"


def _json_ld(response) -> dict:
    raw = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    ).group(1)
    return json.loads(raw)


def test_json_ld_describes_the_event(client, events):
    data = _json_ld(client.get("/de/veranstaltungen/sprachcafe/"))
    assert data["@type"] == "Event"
    assert data["name"] == "Sprachcafé"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["streetAddress"] == "Marktplatz 3"
    assert data["location"]["address"]["addressLocality"] == "Ruhrbrück"
    assert data["inLanguage"] == ["de", "ar", "tr"]
    assert data["url"].endswith("/de/veranstaltungen/sprachcafe/")
    assert data["startDate"].startswith(soon(2).date().isoformat())
    assert data["eventSchedule"]["repeatFrequency"] == "P1W"
    assert "maximumAttendeeCapacity" not in data
    forum = _json_ld(client.get("/de/veranstaltungen/buergerforum/"))
    assert forum["organizer"]["name"] == "Integrationsbüro"


def test_json_ld_cannot_be_broken_out_of(client, calendar):
    make_event(
        calendar["index"]["de"],
        title="</script><script>alert(1)</script> & mehr",
        slug="boese",
        start=soon(3),
    )
    response = client.get("/de/veranstaltungen/boese/")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert _json_ld(response)["name"] == "</script><script>alert(1)</script> & mehr"


def test_seats_from_the_forum_appear_in_json_ld_and_listings(client, events, monkeypatch):
    state = ForumState(capacity=40, seats_left=7, waitlist_length=0, registration_open=True)
    forum_pk = events["forum"].pk
    # The forum's one lookup, behind its panel, JSON-LD and calendar-row contributions.
    monkeypatch.setattr(
        "forum.public.forum_boxes_for_events",
        lambda pages: {p.pk: ForumBox(1, state, False) for p in pages if p.pk == forum_pk},
    )
    response = client.get("/de/veranstaltungen/buergerforum/")
    data = _json_ld(response)
    assert data["maximumAttendeeCapacity"] == 40
    assert data["remainingAttendeeCapacity"] == 7
    assert response["Cache-Control"] == "max-age=60"
    listing = client.get("/de/veranstaltungen/")
    assert "7 seats left" in main(listing) or "7 Plätze" in main(listing)
    assert listing["Cache-Control"] == "max-age=60"


def test_home_page_shows_the_next_three_events(client, events):
    html = main(client.get("/de/"))
    section = re.search(r'<section class="home-events".*?</section>', html, re.S).group(0)
    assert section.count('<li class="card">') == 3
    # Each event once, soonest first: the café (in 2 days), the forum (9), the Fachtag (12).
    titles = re.findall(r"<h3><a [^>]*>([^<]+)</a></h3>", section)
    assert titles == ["Sprachcafé", "Bürgerforum Integration", "Fachtag Wohnen"]
    assert 'href="/de/veranstaltungen/"' in section
    turkish = re.search(
        r'<section class="home-events".*?</section>', main(client.get("/tr/")), re.S
    ).group(0)
    assert "Dil kafesi" in turkish


def test_event_time_is_local_across_dst(client, calendar):
    """19:00 in Berlin stays 19:00 on both sides of the change to summer time."""
    page = make_event(
        calendar["index"]["de"],
        title="Chor",
        slug="chor",
        start=berlin(2027, 3, 25, 19),
        repeat="weekly",
        repeat_until=berlin(2027, 4, 1).date(),
    )
    html = main(client.get("/de/veranstaltungen/month/2027/3/"))
    assert "19:00" in html
    html = main(client.get("/de/veranstaltungen/month/2027/4/"))
    assert re.search(r'<time datetime="2027-04-01">.*?19:00.*?Chor', html, re.S)
    assert not re.search(r"<time datetime=\"2027-04-01\">.*?20:00.*?Chor", html, re.S)
    assert page.occurrences.count() == 2


def test_ongoing_event_is_still_upcoming(client, calendar):
    now = timezone.now()
    make_event(
        calendar["index"]["de"],
        title="Läuft gerade",
        slug="laeuft",
        start=now - timedelta(hours=1),
        end=now + timedelta(hours=1),
    )
    assert "Läuft gerade" in main(client.get("/de/veranstaltungen/"))
