"""What a reader of Arabic or Persian sees (issue 14.2, 14.8, 14.9), in real Chromium:

- the German official record inside translated minutes runs left to right: its full stop is at
  the visual end (right), measured with Range.getBoundingClientRect on the first and last
  characters; the same sentence without its own direction puts the stop on the left, so the
  measurement can fail;
- "(.ics)" and "Outlook (Microsoft 365)" in Arabic and Persian buttons read as written;
- an Atom feed opens as a readable page through its XSLT (right to left for Arabic);
- no public page makes a request to any host but the site's own (a page that does is caught).
"""

import datetime
from urllib.parse import urlsplit

import pytest

from tests.events.factories import make_calendar, make_event, make_venue, soon, translate_event
from tests.minutes.factories import make_archive, make_body, make_minutes, translate_minutes
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

SENTENCE = "Die Lenkungsgruppe beschließt den Zeitplan."

# x of the first and last character of the first text node containing `needle` in `selector`.
EDGES = """([selector, needle]) => {
  for (const element of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const box = (i) => {
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        return {left: r.left, right: r.right};
      };
      return {first: box(at), last: box(at + needle.length - 1)};
    }
  }
  return null;
}"""


@pytest.fixture
def pages(transactional_db):
    tree = build_site_tree()
    archives = make_archive(tree, languages=("de", "ar", "fa"))
    body = make_body(name="Lenkungsgruppe", slug="lenkungsgruppe", translations={})
    minutes = make_minutes(archives["de"], body=body, date=datetime.date(2025, 3, 12))
    calendars = make_calendar(tree)
    event = make_event(
        calendars["de"],
        title="Bürgerforum",
        slug="buergerforum",
        start=soon(9),
        venue=make_venue(),
        organiser_email="integration@example.org",
    )
    result = {"tree": tree, "minutes": {}, "event": {}}
    for code in ("ar", "fa"):
        result["minutes"][code] = translate_minutes(
            minutes, tree["locales"][code], title=f"محضر {code}", summary="ملخص الاجتماع"
        )
        result["event"][code] = translate_event(event, code, title=f"منتدى {code}")
    return result


def _edges(page, selector, needle):
    found = page.evaluate(EDGES, [selector, needle])
    assert found is not None, f"{needle!r} not found in {selector}"
    return found


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_german_record_ends_with_its_full_stop_on_the_right(live_server, page, pages, language):
    # Wide enough for the sentence to stay on one line (wrapped, its first and last characters
    # sit on different lines and their order says nothing about direction).
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(live_server.url + pages["minutes"][language].url)
    assert page.get_attribute("html", "dir") == "rtl"
    edges = _edges(page, ".agenda-item__decisions li", SENTENCE)
    # Left to right: "D" on the left, the full stop on the right end.
    assert edges["first"]["left"] < edges["last"]["left"]
    # Control: the same sentence in the page's own direction puts the stop on the left.
    page.evaluate(
        """(text) => {
        const p = document.createElement("p"); p.id = "control"; p.textContent = text;
        document.querySelector("main").append(p);
    }""",
        SENTENCE,
    )
    control = _edges(page, "#control", SENTENCE)
    assert control["last"]["left"] < control["first"]["left"]


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_latin_parts_of_calendar_buttons_read_as_written(live_server, page, pages, language):
    page.goto(live_server.url + pages["event"][language].url)
    ics = _edges(page, ".add-to-calendar a[download] bdi", "(.ics)")
    assert ics["first"]["left"] < ics["last"]["left"]  # "(" left of ")", not "(ics.)"
    dot = _edges(page, ".add-to-calendar a[download] bdi", ".ics")
    assert dot["first"]["left"] < dot["last"]["left"]  # the dot before "ics"
    office = _edges(page, ".add-to-calendar bdi", "Outlook (Microsoft 365)")
    assert office["first"]["left"] < office["last"]["left"]
    page.screenshot(path=f"/tmp/markup-shots/event-{language}-390.png", full_page=True)


def test_minutes_feed_opens_as_a_readable_right_to_left_page(live_server, page, pages):
    response = page.goto(live_server.url + "/ar/protokolle/feed/")
    assert response.headers["content-type"].startswith("application/xml")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("h1").inner_text() == "Minutes ar"
    assert page.locator(".feed-page__entries li").count() == 1
    assert page.locator("link[rel=stylesheet]").count() == 1
    page.screenshot(path="/tmp/markup-shots/feed-ar-390.png", full_page=True)


# --- no third-party requests --------------------------------------------------------------


def _record_foreign(page, own: str) -> list[str]:
    foreign: list[str] = []

    def seen(request):
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if f"{parts.scheme}://{parts.netloc}" != own:
            foreign.append(request.url)

    page.on("request", seen)
    # Nothing leaves the machine, whatever a page asks for.
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(own) else route.abort(),
    )
    return foreign


def test_no_public_page_asks_another_host(live_server, page):
    from tests.security.world import build_world

    world = build_world()
    forum = world.other_forum
    paths = [
        "/de/",
        "/ar/",
        "/de/ankommen/",
        "/ar/ankommen/anmeldung/",
        "/de/ueber/",
        world.event.get_parent().url,
        world.event.get_parent().url + "month/",
        world.event.url,
        forum.event.url,
        f"/ar/forum/{forum.pk}/register/",
        f"/de/forum/r/{world.personal_token}/",
        f"/de/feedback/s/{world.survey.public_key}/",
        "/de/statistik/",
        world.minutes.get_parent().url,
        world.minutes.url,
        "/de/protokolle/feed/",
        "/de/search/?q=Forum",
        "/de/gibt-es-nicht/",
        "/de/accounts/login/",
        "/ar/accounts/signup/",
    ]
    foreign = _record_foreign(page, live_server.url)
    for path in paths:
        # "load": every stylesheet, font, image and script the page asks for has been fetched.
        page.goto(live_server.url + path, wait_until="load")
    assert foreign == []


def test_the_request_recorder_catches_a_foreign_host(live_server, page):
    """Negative control: a page embedding an image from elsewhere is caught."""
    foreign = _record_foreign(page, live_server.url)
    page.goto(live_server.url + "/health/")
    page.set_content('<img src="http://tracker.invalid/pixel.gif" alt="">')
    page.wait_for_timeout(300)
    assert foreign == ["http://tracker.invalid/pixel.gif"]
