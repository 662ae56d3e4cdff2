"""Fallback consistency (issue #15.6): German minutes without a translation are served in every
language with a notice, so every language's archive and Atom feed lists them too, with the
same notice and a link that leads to that page, at a constant number of queries."""

from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, WorkflowState

from core.roles import EDITORS, REVIEWERS
from minutes.models import MinutesPage
from tests.minutes.factories import make_minutes, make_user, publish, translate_minutes
from tests.minutes.test_review import create, form_data
from tests.portal_tree import _translate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
TITLE = "Lenkungsgruppe Dezember, nur auf Deutsch"
TRANSLATED = 2


def _notice(language: str) -> str:
    with translation.override(language):
        requested = translation.get_language_info(language)["name_translated"]
        shown = translation.get_language_info("de")["name_translated"]
        return translation.gettext(
            "This page is not yet available in %(requested)s. "
            "You are reading the %(shown)s original."
        ) % {"requested": requested, "shown": shown}


@pytest.fixture
def nine_archives(minutes_tree):
    """The archive in all nine languages (the shared tree has six homes, three archives)."""
    archives = dict(minutes_tree["archive"])
    home = minutes_tree["home"]["de"]
    for code in LANGUAGES:
        if code in archives:
            continue
        locale, _created = Locale.objects.get_or_create(language_code=code)
        if home.get_translation_or_none(locale) is None:
            _translate(home, locale, title=f"Home {code}")
        copy = archives["de"].copy_for_translation(locale).specific
        copy.title = f"Minutes {code}"
        archives[code] = publish(copy)
    return archives


@pytest.fixture
def approved_german_only(client, minutes_tree, nine_archives):
    """Two minutes translated everywhere, then one German-only set freshly approved."""
    for number in range(TRANSLATED):
        page = make_minutes(
            nine_archives["de"], body=minutes_tree["steering"], title=f"Sitzung {number}"
        )
        for code in LANGUAGES[1:]:
            translate_minutes(
                page,
                nine_archives[code].locale,
                title=f"Sitzung {number} ({code})",
                summary=f"Zusammenfassung {code}",
            )
    editor = make_user("redaktion@example.org", EDITORS)
    reviewer = make_user("pruefung@example.org", REVIEWERS)
    client.force_login(editor)
    create(
        client,
        nine_archives["de"],
        form_data(
            body=minutes_tree["steering"], title=TITLE, slug="nur-deutsch", **{"action-submit": "1"}
        ),
    )
    page = MinutesPage.objects.get(slug="nur-deutsch")
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    client.force_login(reviewer)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    client.logout()
    assert MinutesPage.objects.get(pk=page.pk).live
    return page


def _entries(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = ElementTree.fromstring(response.content)
    return [
        {
            "title": entry.find(f"{ATOM}title").text,
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": (entry.find(f"{ATOM}summary").text or ""),
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_german_only_minutes_in_every_archive_and_feed(client, approved_german_only):
    for code in LANGUAGES:
        _check_language(client, code)


def _check_language(client, code):
    archive = client.get(f"/{code}/protokolle/")
    html = archive.content.decode()
    assert archive.status_code == 200
    assert html.count('class="minutes-item"') == TRANSLATED + 1, code  # one less before
    assert TITLE in html
    link = f"/{code}/protokolle/nur-deutsch/"
    entries = _entries(client, f"/{code}/protokolle/feed/")
    assert len(entries) == TRANSLATED + 1, code
    (german,) = [e for e in entries if e["title"] == TITLE]
    if code == "de":
        assert "data-fallback" not in html
        assert not german["summary"].startswith(_notice("en"))
        return
    assert 'data-fallback="de"' in html and _notice(code) in html, code
    assert f'href="{link}"' in html
    assert german["link"].endswith(link)
    assert german["summary"].startswith(_notice(code))
    # The link leads to the page, served in German with the same notice.
    page = client.get(link)
    assert page.status_code == 200
    assert _notice(code) in page.content.decode()
    # Translated minutes stay translated: the notice only on the German-only one.
    assert html.count("minutes-item__fallback") == 1


def test_a_translation_replaces_the_fallback(client, approved_german_only, nine_archives):
    translate_minutes(
        approved_german_only, nine_archives["ar"].locale, title="محضر ديسمبر", summary="ملخص"
    )
    html = client.get("/ar/protokolle/").content.decode()
    assert "محضر ديسمبر" in html and TITLE not in html
    assert html.count('class="minutes-item"') == TRANSLATED + 1


def test_query_count_does_not_grow_with_fallbacks(
    client, minutes_tree, nine_archives, django_assert_max_num_queries
):
    make_minutes(nine_archives["de"], body=minutes_tree["steering"], title="Eins")
    with CaptureQueriesContext(connection) as few:
        assert client.get("/uk/protokolle/").status_code == 200
        assert client.get("/uk/protokolle/feed/").status_code == 200
    for number in range(8):
        make_minutes(nine_archives["de"], body=minutes_tree["steering"], title=f"Mehr {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/uk/protokolle/").status_code == 200
        assert client.get("/uk/protokolle/feed/").status_code == 200
