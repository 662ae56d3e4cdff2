"""Every public page type, in all nine languages, at 360, 768 and 1366 px: nothing wider than
the screen, no text cut off, and on a 360x740 phone a header of at most 15 % of the height.

The demo's own loaders build the content (real texts in nine languages, long German compounds,
Arabic and Persian), but with a handful of events and minutes instead of all of them, once for
the whole run (about ten seconds). One browser tab visits each page once per language; the
three widths are measured by resizing the viewport, which lays the page out again without
loading it again. All problems are collected and reported together.

The page types are a table, PAGES: a row is a name and a function (world, language) -> path,
optionally with a `then` that acts on the loaded page (submitting a form to see its error
state). Add a row for a new page type; `world` holds the objects the builders need.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Collection, Locale, Page

from tests.browser.layout import (
    HEADER_HEIGHT,
    INJECT_CLIPPED,
    INJECT_WIDE,
    LAYOUT_CHECK,
    format_problems,
)

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
WIDTHS = (360, 768, 1366)
PHONE = {"width": 360, "height": 740}
HEADER_SHARE = 0.15

# A few events of the demo calendar: the forum, the three past events with surveys, a weekly
# series and the big conference (all 34 would take half a minute to build).
EVENTS = {
    "buergerforum-world-cafe",
    "buergerforum-wohnen-rueckblick",
    "fachwerkstatt-sprache-rueckblick",
    "stadtteilforum-schule-rueckblick",
    "sprachcafe",
    "integrationskonferenz",
}


# Two of the six welcome topics: the one with the longest contact details, and one more.
TOPICS = {"ankunft-und-anmeldung", "sprachkurse"}


def build_world() -> dict:
    """The demo municipality, trimmed: two topics, some events, the forum, surveys, two minutes."""
    import events.demo
    import feedback.demo
    import forum.demo
    import minutes.demo
    import portal.demo
    from feedback.models import Survey
    from forum import services as forum_services
    from forum.links import make_token
    from forum.models import Forum, Registration

    # An earlier transactional test in this worker flushed the tables, and with them the root
    # page and the root collection that Wagtail's migrations made; the demo builds below them.
    if Page.get_first_root_node() is None:
        german = Locale.objects.get_or_create(language_code="de")[0]
        Page.add_root(instance=Page(title="Root", slug="root", locale=german))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")

    welcome_data, calendar_data, story = (
        portal.demo.welcome_data,
        events.demo.calendar_data,
        minutes.demo.story,
    )

    def few_topics():
        data = welcome_data()
        data["topics"] = [t for t in data["topics"] if t["slug"] in TOPICS]
        return data

    def few_events():
        data = calendar_data()
        data["events"] = [spec for spec in data["events"] if spec["slug"] in EVENTS]
        return data

    def few_minutes(data, today):
        *published, draft = story(data, today)
        return [*published[:2], draft]

    portal.demo.welcome_data = few_topics
    events.demo.calendar_data, minutes.demo.story = few_events, few_minutes
    try:
        portal.demo.load()
        events.demo.load()
        forum.demo.load()
        feedback.demo.load()
        minutes.demo.load()
    finally:
        portal.demo.welcome_data = welcome_data
        events.demo.calendar_data, minutes.demo.story = calendar_data, story

    forum_ = Forum.objects.select_related("event").get()
    registration = forum_services.registration_create(
        forum=forum_,
        name="Zahra Ahmadi-Schulze",
        email="zahra.ahmadi-schulze@beispiel-verwaltung.example.org",
        language="fa",
        comments="Ich komme mit meiner Tochter (8 Jahre).",
        notify=False,
    )
    # One survey open for answers (the demo's are closed, their events are past).
    open_survey = Survey.objects.filter(event__isnull=False, results_published_at=None).first()
    now = timezone.now()
    Survey.objects.filter(pk=open_survey.pk).update(
        opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=7)
    )
    published = Survey.objects.filter(event__isnull=False).exclude(results_published_at=None)
    return {
        "forum": forum_,
        "registration": registration,
        "token": make_token(Registration.objects.get(pk=registration.pk)),
        "open_survey": open_survey,
        "results_event": published.first().event,
    }


def in_language(page_or_none, language: str):
    from wagtail.models import Locale

    if page_or_none is None:
        return None
    locale = Locale.objects.get(language_code=language)
    return page_or_none.get_translation_or_none(locale) or page_or_none


def first(model, language: str, **filters):
    page = model.objects.live().filter(locale__language_code="de", **filters).first()
    return in_language(page, language).url


def reversed_in(language: str, name: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def home(world, language):
    return f"/{language}/"


def welcome_index(world, language):
    from portal.models import WelcomeIndexPage

    return first(WelcomeIndexPage, language)


def welcome_topic(world, language):
    from portal.models import WelcomePage

    return first(WelcomePage, language)


def standard_page(world, language):
    from portal.models import StandardPage

    return first(StandardPage, language)


def legal_page(kind: str):
    """Impressum, privacy notice, accessibility statement, Leichte Sprache, Gebärdensprache."""

    def url(world, language):
        from portal.models_legal import LEGAL_PAGE_TYPES

        return first(LEGAL_PAGE_TYPES[kind], language)

    return url


def calendar(world, language):
    from events.models import EventIndexPage

    return first(EventIndexPage, language)


def calendar_month(world, language):
    return calendar(world, language) + "month/"


def calendar_past(world, language):
    return calendar(world, language) + "past/"


def event(world, language):
    from events.models import EventPage

    return first(EventPage, language, slug="integrationskonferenz")


def forum_event(world, language):
    return in_language(world["forum"].event, language).url


def registration_form(world, language):
    return reversed_in(language, "forum:register", forum_id=world["forum"].pk)


def submit_empty_form(tab):
    """The registration form sent empty (the browser's own checks switched off): the error
    summary and the fields marked invalid."""
    form = tab.locator("main form[method=post]").first
    form.evaluate("form => { form.noValidate = true; }")
    with tab.expect_navigation():
        form.locator("[type=submit]").last.click()


def thank_you(world, language):
    return reversed_in(language, "forum:registered", forum_id=world["forum"].pk)


def personal(world, language):
    return reversed_in(language, "forum:personal", token=world["token"])


def feedback_form(world, language):
    return reversed_in(language, "feedback:public", key=world["open_survey"].public_key)


def feedback_results(world, language):
    return in_language(world["results_event"], language).url


def statistics(world, language):
    return reversed_in(language, "feedback:statistics")


def minutes_archive(world, language):
    from minutes.models import MinutesIndexPage

    return first(MinutesIndexPage, language)


def minutes_page(world, language):
    from minutes.models import MinutesPage

    return first(MinutesPage, language)


def body_page(world, language):
    from minutes.models import Body

    body = Body.objects.filter(locale__language_code="de").first()
    return f"{minutes_archive(world, language)}gremium/{body.slug}/"


def search(world, language):
    return reversed_in(language, "search") + "?q=Anmeldung"


def not_found(world, language):
    return f"/{language}/gibt-es-nicht/"


def login(world, language):
    return reversed_in(language, "account_login")


def signup(world, language):
    return reversed_in(language, "account_signup")


@dataclass(frozen=True)
class Row:
    name: str
    path: Callable[[dict, str], str]
    then: Callable | None = None


PAGES: list[Row] = [
    Row("home", home),
    Row("welcome index", welcome_index),
    Row("welcome topic", welcome_topic),
    Row("standard page", standard_page),
    Row("imprint", legal_page("imprint")),
    Row("privacy notice", legal_page("privacy")),
    Row("accessibility statement", legal_page("accessibility")),
    Row("easy language", legal_page("easy_language")),
    Row("sign language", legal_page("sign_language")),
    Row("calendar", calendar),
    Row("calendar month", calendar_month),
    Row("calendar past", calendar_past),
    Row("event", event),
    Row("forum event", forum_event),
    Row("registration form", registration_form),
    Row("registration errors", registration_form, then=submit_empty_form),
    Row("thank-you page", thank_you),
    Row("personal page", personal),
    Row("feedback form", feedback_form),
    Row("feedback results", feedback_results),
    Row("statistics", statistics),
    Row("minutes archive", minutes_archive),
    Row("minutes", minutes_page),
    Row("body page", body_page),
    Row("search", search),
    Row("404", not_found),
    Row("login", login),
    Row("sign-up", signup),
]


@pytest.fixture
def tab(chromium):
    context = chromium.new_context(viewport=PHONE, locale="de-DE")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def measure(tab) -> list[str]:
    """The problems of the loaded page at each width (and the header on the phone)."""
    found = []
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": PHONE["height"]})
        problems = tab.evaluate(LAYOUT_CHECK)
        if problems:
            found.append(f"{width}px: {format_problems(problems)}")
        if width == PHONE["width"]:
            height = tab.evaluate(HEADER_HEIGHT)
            if height > HEADER_SHARE * PHONE["height"]:
                found.append(
                    f"{width}px: header {height:.0f}px high, more than "
                    f"{HEADER_SHARE:.0%} of {PHONE['height']}px"
                )
    return found


@pytest.mark.timeout(600)  # about two minutes alone; more on a machine busy with other tests
def test_every_page_type_fits_every_screen_in_every_language(live_server, tab):
    started = time.monotonic()
    world = build_world()
    built = time.monotonic() - started
    failures, visited = [], 0
    for language in LANGUAGES:
        for row in PAGES:
            path = row.path(world, language)
            response = tab.goto(f"{live_server.url}{path}")
            if row.then is not None:
                row.then(tab)
            expected = 404 if row.name == "404" else 200
            if response.status != expected and row.then is None:
                failures.append(f"{row.name} [{language}] {path}: HTTP {response.status}")
                continue
            visited += 1
            failures += [f"{row.name} [{language}] {path} {p}" for p in measure(tab)]
    took = time.monotonic() - started
    print(
        f"layout harness: {visited} pages x {len(WIDTHS)} widths, built {built:.1f}s, {took:.1f}s"
    )
    assert visited == len(PAGES) * len(LANGUAGES)
    # Negative control on a real page: the same check sees a 600 px unbreakable element.
    tab.goto(f"{live_server.url}{welcome_topic(world, 'ar')}")
    tab.set_viewport_size(PHONE)
    tab.evaluate(INJECT_WIDE)
    assert [p["kind"] for p in tab.evaluate(LAYOUT_CHECK)] == ["wide"]
    check_without_javascript(tab, f"{live_server.url}{calendar(world, 'ar')}")
    for language in ("ar", "fa"):
        tab.goto(f"{live_server.url}{welcome_topic(world, language)}")
        used = arabic_script_fonts(tab, ".stream p")
        assert used and used <= ARABIC_STACK, (language, used)
    assert not failures, f"{len(failures)} layout problems:\n" + "\n".join(failures)


# site.css: the faces Arabic and Persian text may be set in, in the order we prefer them.
ARABIC_STACK = {
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Vazirmatn",
    "Segoe UI",
    "Tahoma",
    "Geeza Pro",
    "Noto Sans",  # Latin letters inside Arabic text
    "DejaVu Sans",
}


def arabic_script_fonts(tab, selector: str) -> set[str]:
    """The font families Chromium really used for the text of the first `selector` (through
    the DevTools protocol: what was drawn, not what CSS asked for)."""
    session = tab.context.new_cdp_session(tab)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    return {font["familyName"] for font in fonts if font["glyphCount"] > 0}


def check_without_javascript(tab, url: str) -> None:
    """The phone menu opens without JavaScript (a disclosure) and its links fit; the feed's
    copy button appears only with JavaScript (the address stays selectable in its field)."""
    tab.goto(url)
    assert tab.locator("button[data-copy]").is_visible()
    context = tab.context.browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(url)
        assert not page.locator("button[data-copy]").is_visible()
        assert page.locator("#feed-address").is_visible()
        nav = page.locator(".main-nav a").first
        assert not nav.is_visible()
        page.locator(".site-menu summary").click()
        assert nav.is_visible()
        assert page.evaluate(LAYOUT_CHECK) == []
    finally:
        context.close()


def test_the_check_sees_a_page_wider_than_the_phone_and_cut_off_text(tab):
    """Negative controls: the same check on a page that fits, then with a 600 px unbreakable
    element, then with text hidden by `overflow: hidden`."""
    tab.set_content(
        "<!DOCTYPE html><html><body><header class='site-header'>Teilhabe</header>"
        "<main><p>Melden Sie sich im Bürgerbüro an.</p></main></body></html>"
    )
    assert tab.evaluate(LAYOUT_CHECK) == []
    tab.evaluate(INJECT_CLIPPED)
    assert [p["kind"] for p in tab.evaluate(LAYOUT_CHECK)] == ["clipped"]
    tab.set_content("<!DOCTYPE html><html><body><main><p>ok</p></main></body></html>")
    tab.evaluate(INJECT_WIDE)
    problems = tab.evaluate(LAYOUT_CHECK)
    assert [p["kind"] for p in problems] == ["wide"]
    assert problems[0]["detail"] == "document 608px in a 360px viewport"  # and body's margin
    assert problems[0]["elements"][0].startswith("p ")
