"""Slots (core/slots.py): what an app registers appears where the hub offers it, in order;
the shortest cache lifetime of a page's contributions becomes its max-age; and the calendar
(events) imports nothing from the apps that fill its slots, in Python or in templates."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import format_html
from wagtail import hooks

from core import slots
from core.slots import Contribution
from tests.events.factories import make_calendar, make_event, soon

pytestmark = pytest.mark.django_db

UPPER_APPS = ("forum", "seating", "feedback")  # above events: they fill its slots


@pytest.fixture
def calendar(site_tree):
    return make_calendar(site_tree)


def _panel(text, *, order=0, position="registration", max_age=None):
    def hook(request, page):
        return Contribution(
            html=format_html('<p class="test-panel">{} {}</p>', text, page.title),
            order=order,
            position=position,
            max_age=max_age,
        )

    return hook


# --- a test app's contributions ------------------------------------------------------------


def test_a_contribution_registered_by_an_app_appears_on_the_event_page(client, calendar):
    from tests.forum.factories import make_forum

    page = make_event(calendar["de"], title="Forum", slug="forum", start=soon(5))
    make_forum(event=page, capacity=5)
    with hooks.register_temporarily(
        [
            ("teilhabe_event_page_panels", _panel("before", order=-10)),
            ("teilhabe_event_page_panels", _panel("after", order=10)),
            ("teilhabe_event_page_panels", _panel("below", position="results")),
        ]
    ):
        html = client.get("/de/veranstaltungen/forum/").content.decode()
    before = html.index('<p class="test-panel">before Forum</p>')
    forum_box = html.index('<section class="forum-box"')
    after = html.index('<p class="test-panel">after Forum</p>')
    calendar_links = html.index('<section class="add-to-calendar"')
    below = html.index('<p class="test-panel">below Forum</p>')
    assert before < forum_box < after < calendar_links < below
    assert html.count('class="test-panel"') == 3  # each once, though asked for two positions
    html = client.get("/de/veranstaltungen/forum/").content.decode()
    assert "test-panel" not in html  # gone with the hook


def test_a_panel_in_the_registration_position_replaces_the_external_link(client, calendar):
    make_event(
        calendar["de"],
        title="Extern",
        slug="extern",
        start=soon(5),
        registration_url="https://anmeldung.example.org/",
    )
    html = client.get("/de/veranstaltungen/extern/").content.decode()
    assert 'class="registration-link"' in html
    with hooks.register_temporarily("teilhabe_event_page_panels", _panel("ours")):
        html = client.get("/de/veranstaltungen/extern/").content.decode()
    assert 'class="test-panel"' in html and 'class="registration-link"' not in html


def test_plain_text_is_escaped_and_data_slots_merge_into_the_json_ld(client, calendar):
    make_event(calendar["de"], title="Fest", slug="fest", start=soon(5))

    def text_panel(request, page):
        return Contribution(html="<script>alert(1)</script>", position="results")

    def json_ld(request, page):
        return Contribution(data={"audience": {"@type": "Audience", "name": "Nachbarn"}})

    with hooks.register_temporarily(
        [("teilhabe_event_page_panels", text_panel), ("teilhabe_event_json_ld", json_ld)]
    ):
        html = client.get("/de/veranstaltungen/fest/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '"audience":{"@type":"Audience","name":"Nachbarn"}' in html


def test_home_and_personal_page_sections(client, site_tree):
    from forum import services
    from forum.links import personal_url
    from tests.forum.factories import make_forum

    def section(request, obj):
        return Contribution(html=format_html('<p class="test-section">{}</p>', obj.pk), order=20)

    forum = make_forum(parent=site_tree["home"]["de"])
    registration = services.registration_create(
        forum=forum, name="Ada", email="ada@example.org", language="de"
    )
    with hooks.register_temporarily(
        [("teilhabe_home_page_sections", section), ("teilhabe_personal_page_sections", section)]
    ):
        home = client.get("/de/").content.decode()
        personal = client.get(personal_url(registration, absolute=False)).content.decode()
    assert f'<p class="test-section">{site_tree["home"]["de"].pk}</p>' in home
    assert home.index('class="test-section"') > home.index('class="home-events"')  # 20 > 10
    assert f'<p class="test-section">{registration.pk}</p>' in personal


def test_a_bulk_slot_asks_each_hook_once_for_the_whole_list(client, calendar):
    pages = [
        make_event(calendar["de"], title=f"Termin {n}", slug=f"termin-{n}", start=soon(n + 1))
        for n in range(6)
    ]
    calls = []

    def badges(request, rows):
        calls.append(sorted(page.pk for page in rows))
        return {
            page.pk: Contribution(html=format_html('<p class="test-badge">{}</p>', page.title))
            for page in rows
            if page.title != "Termin 3"
        }

    with hooks.register_temporarily("teilhabe_event_row_badges", badges):
        html = client.get("/de/veranstaltungen/").content.decode()
    assert calls == [sorted(page.pk for page in pages)]
    assert html.count('class="test-badge"') == 5 and "Termin 3</p>" not in html
    row = re.search(r'<li class="event-row">.*?Termin 0.*?</li>', html, re.S).group(0)
    assert row.endswith('<p class="test-badge">Termin 0</p>\n</li>')


def test_calendar_rows_cost_the_same_queries_however_many_have_a_forum(client, calendar):
    from tests.forum.factories import make_forum

    def count() -> int:
        client.get("/de/veranstaltungen/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/de/veranstaltungen/")
        return len(queries)

    for n in range(2):
        make_forum(event=make_event(calendar["de"], title=f"A{n}", slug=f"a-{n}", start=soon(2)))
    small = count()
    for n in range(8):
        make_forum(event=make_event(calendar["de"], title=f"B{n}", slug=f"b-{n}", start=soon(3)))
    assert count() == small


# --- cache lifetime -----------------------------------------------------------------------


def test_the_shortest_lifetime_of_a_pages_contributions_wins(client, calendar):
    make_event(calendar["de"], title="Fest", slug="fest", start=soon(5))
    url = "/de/veranstaltungen/fest/"
    assert "max-age" not in client.get(url).get("Cache-Control", "")
    with hooks.register_temporarily(
        [
            ("teilhabe_event_page_panels", _panel("long", max_age=600)),
            ("teilhabe_event_page_panels", _panel("short", max_age=30, position="results")),
            ("teilhabe_event_page_panels", _panel("unlimited")),
        ]
    ):
        assert client.get(url)["Cache-Control"] == "max-age=30"
    with hooks.register_temporarily("teilhabe_event_page_panels", _panel("long", max_age=600)):
        assert client.get(url)["Cache-Control"] == "max-age=600"


def test_the_forums_seat_lifetime_and_a_shorter_one(client, calendar, settings):
    from tests.forum.factories import make_forum

    page = make_event(calendar["de"], title="Forum", slug="forum", start=soon(5))
    make_forum(event=page, capacity=5)
    settings.FORUM_SEAT_STATE_MAX_AGE = 45
    assert client.get("/de/veranstaltungen/forum/")["Cache-Control"] == "max-age=45"
    assert client.get("/de/veranstaltungen/")["Cache-Control"] == "max-age=45"
    with hooks.register_temporarily(
        "teilhabe_event_page_panels", _panel("fresh", max_age=5, position="results")
    ):
        assert client.get("/de/veranstaltungen/forum/")["Cache-Control"] == "max-age=5"


def test_the_page_cache_keeps_a_page_no_longer_than_its_contributions_allow(
    client, calendar, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 300
    make_event(calendar["de"], title="Fest", slug="fest", start=soon(5))
    stored = []

    class Recording:
        def get(self, *args, **kwargs):
            return cache.get(*args, **kwargs)

        def set(self, key, value, timeout):
            stored.append(timeout)
            cache.set(key, value, timeout)

    monkeypatch.setattr("core.page_cache.cache", Recording())
    with hooks.register_temporarily("teilhabe_event_page_panels", _panel("x", max_age=20)):
        assert client.get("/de/veranstaltungen/fest/")["X-Page-Cache"] == "miss"
    assert stored == [20]
    assert client.get("/de/veranstaltungen/fest/")["X-Page-Cache"] == "hit"


def test_a_lifetime_never_lengthens_a_shorter_max_age():
    from django.http import HttpRequest, HttpResponse

    request = HttpRequest()
    slots.request_memo(request, "x", lambda: None)  # creates the request's slot state
    getattr(request, slots.REQUEST_ATTRIBUTE).max_age = 60
    response = HttpResponse(headers={"Cache-Control": "max-age=10"})
    slots.patch_response(request, response)
    assert response["Cache-Control"] == "max-age=10"
    response = HttpResponse(headers={"Cache-Control": "public, max-age=600"})
    slots.patch_response(request, response)
    assert response["Cache-Control"] == "public, max-age=60"


# --- mistakes are loud ---------------------------------------------------------------------


def test_undeclared_slots_positions_and_malformed_contributions_are_errors(calendar):
    from django.http import HttpRequest

    page = make_event(calendar["de"], title="Fest", slug="fest", start=soon(5))
    with pytest.raises(ImproperlyConfigured, match="No slot named"):
        slots.collect(None, "event_page_panel", page)
    with pytest.raises(ImproperlyConfigured, match="no position"):
        slots.collect(None, "event_page_panels", page, position="sidebar")
    bad = [
        Contribution(html="x", position="sidebar"),
        Contribution(position="results"),  # neither template nor html
        Contribution(html="x", template="y.html", position="results"),
        Contribution(html="x", position="results", max_age=-1),
        "<p>not a contribution</p>",
    ]
    for answer in bad:
        with (
            hooks.register_temporarily("teilhabe_event_page_panels", lambda r, p, a=answer: a),
            pytest.raises(ImproperlyConfigured, match="event_page_panels"),
        ):
            slots.collect(HttpRequest(), "event_page_panels", page)
    with (
        hooks.register_temporarily("teilhabe_event_json_ld", lambda r, p: Contribution(html="x")),
        pytest.raises(ImproperlyConfigured, match="without data"),
    ):
        slots.collect(None, "event_json_ld", page)


def test_every_teilhabe_hook_is_a_declared_slot():
    hooks.search_for_hooks()
    registered = {name for name in hooks._hooks if name.startswith(slots.HOOK_PREFIX)}
    assert registered <= {slot.hook for slot in slots.SLOTS.values()}
    assert registered >= {
        "teilhabe_event_page_panels",
        "teilhabe_event_row_badges",
        "teilhabe_event_json_ld",
        "teilhabe_home_page_sections",
        "teilhabe_personal_page_sections",
    }


# --- the hub does not reach up ---------------------------------------------------------------

BASE = Path(settings.BASE_DIR)
STRING_IMPORTS = {"import_module", "__import__", "get_model", "get_app_config"}


def python_reach_ups(source: str, where: str, apps=UPPER_APPS) -> list[str]:
    """Imports of `apps` in Python source: import statements, and module or app names given
    to import_module/__import__/apps.get_model."""
    found = []
    for node in ast.walk(ast.parse(source, where)):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call):
            function = node.func
            called = getattr(function, "attr", None) or getattr(function, "id", None)
            if called in STRING_IMPORTS:
                names = [
                    arg.value.replace(".", " ").split()[0]
                    for arg in node.args[:1]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value
                ]
        found += [f"{where}:{node.lineno}: {name}" for name in names if name.split(".")[0] in apps]
    return found


def template_reach_ups(text: str, where: str, apps=UPPER_APPS) -> list[str]:
    """Templates of `apps` included or extended, their tag libraries loaded, their URLs
    reversed."""
    libraries = {
        path.stem
        for app in apps
        for path in (BASE / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }
    app_names = "|".join(apps)
    found = []
    patterns = [
        rf"""{{%\s*(?:include|extends)\s+["'](?:{app_names})/""",
        rf"""{{%\s*url\s+["'](?:{app_names}):""",
    ]
    for pattern in patterns:
        found += [f"{where}: {m.group(0)}" for m in re.finditer(pattern, text)]
    for load in re.finditer(r"{%\s*load\s+([^%]*?)\s*%}", text):
        names = set(load.group(1).split()) - {"from"}
        found += [f"{where}: {{% load {name} %}}" for name in sorted(names & libraries)]
    return found


def _events_sources():
    python = sorted((BASE / "events").rglob("*.py"))
    templates = sorted((BASE / "templates" / "events").rglob("*.html")) + sorted(
        (BASE / "events").rglob("*.html")
    )
    return python, templates


def test_events_imports_nothing_from_the_apps_above_it():
    python, templates = _events_sources()
    assert len(python) > 10 and len(templates) > 5  # it really looked
    problems = []
    for path in python:
        problems += python_reach_ups(path.read_text(encoding="utf-8"), str(path.relative_to(BASE)))
    for path in templates:
        problems += template_reach_ups(
            path.read_text(encoding="utf-8"), str(path.relative_to(BASE))
        )
    assert problems == []


def test_the_checker_finds_reach_ups():
    """Negative control: the checks above would fail on the lines the hub used to have."""
    bad_python = (
        "from forum.public import forum_state_for_event\n"
        "import seating.selectors\n"
        "def f():\n"
        "    from feedback.selectors.results import published_results_for_event\n"
        "    import_module('forum.models')\n"
        "    apps.get_model('seating', 'Seat')\n"
    )
    assert len(python_reach_ups(bad_python, "bad.py")) == 5
    good_python = (
        "from core import slots\nfrom .forms import x\nimport forumlike\n"
        "from events.models import EventPage\nimport_module('events.ics')\n"
    )
    assert python_reach_ups(good_python, "good.py") == []
    bad_template = (
        '{% load i18n static seating_tags %}{% include "forum/includes/event_registration.html"'
        " with event=page %}{% include 'feedback/includes/event_results.html' %}"
        "{% extends \"forum/base.html\" %}{% url 'forum:register' 1 %}{% load forum_tags %}"
    )
    assert len(template_reach_ups(bad_template, "bad.html")) == 6
    good_template = '{% load i18n slots %}{% include "events/includes/x.html" %}{% url "x" %}'
    assert template_reach_ups(good_template, "good.html") == []
