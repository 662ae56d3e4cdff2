"""Every event's JSON-LD against Google's Event structured-data requirements (issue 14.6).

`google_event_problems` encodes https://developers.google.com/search/docs/appearance/
structured-data/event: required name, startDate, location (a Place with a PostalAddress, or a
VirtualLocation with a url); recommended description, endDate, eventStatus,
eventAttendanceMode, offers (url, price, priceCurrency, availability), organizer, image. Our
events have no image field, so image is checked only when present (it must be a URL). It runs
over every variant the demo has: in person, online, hybrid, all-day, paid with external
registration, recurring, cancelled, a forum with seats; an event without a place fails it."""

import json
import re
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.events.factories import make_event, soon
from tests.forum.factories import make_forum

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"
STATUSES = {f"{SCHEMA}{s}" for s in ("EventScheduled", "EventCancelled", "EventPostponed")}
MODES = {f"{SCHEMA}{m}EventAttendanceMode" for m in ("Offline", "Online", "Mixed")}
AVAILABILITY = {f"{SCHEMA}{a}" for a in ("InStock", "SoldOut", "PreOrder", "LimitedAvailability")}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Date and time need a zone (offset or Z), or Google reads them in the searcher's zone.
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")


def _location_problems(location) -> list[str]:
    places = location if isinstance(location, list) else [location]
    problems = []
    for place in places:
        if place.get("@type") == "Place":
            address = place.get("address") or {}
            if address.get("@type") != "PostalAddress":
                problems.append("Place without PostalAddress")
            for part in ("streetAddress", "addressLocality", "postalCode", "addressCountry"):
                if not address.get(part):
                    problems.append(f"address lacks {part}")
            if not place.get("name"):
                problems.append("Place without name")
        elif place.get("@type") == "VirtualLocation":
            if not str(place.get("url", "")).startswith("http"):
                problems.append("VirtualLocation without url")
        else:
            problems.append(f"location of type {place.get('@type')!r}")
    return problems


def _offer_problems(offers) -> list[str]:
    problems = []
    for offer in offers if isinstance(offers, list) else [offers]:
        if offer.get("@type") != "Offer":
            problems.append("offer is not an Offer")
        if not str(offer.get("url", "")).startswith("http"):
            problems.append("offer without url")
        if "price" in offer and not re.fullmatch(r"\d+(\.\d{1,2})?", str(offer["price"])):
            problems.append(f"price {offer['price']!r} is not a number")
        if "price" in offer and offer.get("priceCurrency") != "EUR":
            problems.append("price without priceCurrency")
        if offer.get("availability") not in AVAILABILITY:
            problems.append("offer without availability")
    return problems


def google_event_problems(data: dict, *, all_day: bool = False) -> list[str]:
    """What Google would reject (required) or flag (recommended) in one Event."""
    problems = []
    if data.get("@context") != "https://schema.org" or data.get("@type") != "Event":
        problems.append("not a schema.org Event")
    if not data.get("name"):
        problems.append("required: name")
    start = data.get("startDate", "")
    if not start:
        problems.append("required: startDate")
    elif not (DATE if all_day else DATE_TIME).match(start):
        problems.append(f"startDate {start!r}: all-day a date, otherwise date, time and zone")
    if not data.get("location"):
        problems.append("required: location")
    else:
        problems += _location_problems(data["location"])
    end = data.get("endDate")
    if not end:
        problems.append("recommended: endDate")
    elif start and end < start:
        problems.append("endDate before startDate")
    if not data.get("description"):
        problems.append("recommended: description")
    if data.get("eventStatus") not in STATUSES:
        problems.append("recommended: eventStatus")
    if data.get("eventAttendanceMode") not in MODES:
        problems.append("recommended: eventAttendanceMode")
    if "offers" not in data:
        problems.append("recommended: offers")
    else:
        problems += _offer_problems(data["offers"])
    if not (data.get("organizer") or {}).get("name"):
        problems.append("recommended: organizer")
    if "image" in data and not all(
        str(url).startswith("http")
        for url in (data["image"] if isinstance(data["image"], list) else [data["image"]])
    ):
        problems.append("image is not a URL")
    return problems


class _JsonLd(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside, self.found = False, []

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "script" and dict(attrs).get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.found.append(json.loads(data))


def json_ld(client, page) -> dict:
    response = client.get(page.url)
    assert response.status_code == 200
    parser = _JsonLd()
    parser.feed(response.content.decode())
    assert len(parser.found) == 1
    return parser.found[0]


@pytest.fixture
def variants(calendar):
    index, venue = calendar["index"]["de"], calendar["venue"]
    organiser = {"organiser_name": "Integrationsbüro", "organiser_email": "i@example.org"}
    forum_event = make_event(
        index, title="Bürgerforum", slug="forum", start=soon(9), venue=venue, **organiser
    )
    forum = make_forum(event=forum_event, capacity=30)
    forum_event.forum_id = forum.pk  # for the assertion on the offer's url
    return {
        "in person": make_event(
            index, title="Sprachcafé", start=soon(2), venue=venue, summary="Reden", **organiser
        ),
        "online": make_event(
            index,
            title="Online-Sprechstunde",
            start=soon(3),
            online_url="https://konferenz.example.org/raum",
            **organiser,
        ),
        "hybrid": make_event(
            index,
            title="Fachwerkstatt",
            start=soon(4),
            venue=venue,
            online_url="https://konferenz.example.org/werkstatt",
            **organiser,
        ),
        "all day, paid, external registration": make_event(
            index,
            title="Integrationskonferenz",
            start=soon(20, hour=0),
            end=soon(22, hour=0),
            all_day=True,
            venue=venue,
            cost="10 €, ermäßigt 5 €",
            registration_url="https://anmeldung.example.org/konferenz",
            **organiser,
        ),
        "recurring": make_event(
            index,
            title="Elterncafé",
            start=soon(1),
            repeat="weekly",
            repeat_until=soon(60).date(),
            venue=venue,
            **organiser,
        ),
        "cancelled": make_event(
            index,
            title="Sportfest",
            start=soon(5),
            venue=venue,
            status="cancelled",
            status_reason="Halle gesperrt",
            **organiser,
        ),
        "past": make_event(
            index,
            title="Rückblick",
            start=datetime.now().astimezone() - timedelta(days=30),
            venue=venue,
            **organiser,
        ),
        "forum": forum_event,
    }


def test_every_event_variant_meets_googles_requirements(client, variants):
    found = {
        name: google_event_problems(json_ld(client, page), all_day=page.all_day)
        for name, page in variants.items()
    }
    assert found == {name: [] for name in variants}


def test_offers_location_and_dates_per_variant(client, variants):
    free = json_ld(client, variants["in person"])
    assert free["offers"]["price"] == "0" and free["offers"]["priceCurrency"] == "EUR"
    assert free["description"] == "Reden"
    paid = json_ld(client, variants["all day, paid, external registration"])
    assert paid["offers"]["price"] == "10"
    assert paid["offers"]["url"] == "https://anmeldung.example.org/konferenz"
    assert paid["startDate"] == soon(20).date().isoformat()
    assert json_ld(client, variants["online"])["location"] == {
        "@type": "VirtualLocation",
        "url": "https://konferenz.example.org/raum",
    }
    assert json_ld(client, variants["online"])["description"] == "Online-Sprechstunde"
    timed = json_ld(client, variants["in person"])["startDate"]
    assert timed.endswith(("+01:00", "+02:00"))  # Berlin's offset, no fraction of a second
    forum = json_ld(client, variants["forum"])
    assert forum["remainingAttendeeCapacity"] == 30
    assert forum["offers"]["url"].endswith(f"/de/forum/{variants['forum'].forum_id}/register/")


def test_an_event_without_a_place_fails_the_validator(client, calendar):
    """Negative control: what the three demo events without a venue looked like."""
    page = make_event(calendar["index"]["de"], title="Irgendwo", start=soon(6))
    assert "required: location" in google_event_problems(json_ld(client, page))


def test_validator_rejects_a_time_without_zone_and_a_bad_price():
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "x",
        "startDate": "2026-05-01T18:00",
        "location": {"@type": "VirtualLocation", "url": "https://x.example.org"},
        "offers": {"@type": "Offer", "url": "https://x.example.org", "price": "10 €"},
    }
    problems = google_event_problems(data)
    assert any("startDate" in p for p in problems)
    assert "price '10 €' is not a number" in problems


def test_every_demo_event_has_a_venue_or_an_online_link():
    root = Path(__file__).resolve().parents[2]
    events = yaml.safe_load((root / "events/demo/events.yaml").read_text("utf-8"))["events"]
    assert len(events) > 20
    assert [e["slug"] for e in events if not (e.get("venue") or e.get("online_url"))] == []
    # The feedback demo's surveys sit on those events, or make their own with a venue.
    surveys = yaml.safe_load((root / "feedback/demo/surveys.yaml").read_text("utf-8"))
    specs = surveys["events"]
    assert specs and all(spec.get("venue") for spec in specs)
