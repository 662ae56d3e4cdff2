"""An editor writes minutes and submits them; a reviewer approves; the archive, the Atom feed
and the OParl API show them; a draft appears nowhere. axe on the archive and a minutes page."""

import datetime

import pytest
from wagtail.models import Collection

from core.roles import EDITORS, REVIEWERS
from minutes.models import MinutesPage
from tests.minutes.factories import (
    PASSWORD,
    make_archive,
    make_body,
    make_minutes,
    make_user,
    translate_minutes,
)
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Lenkungsgruppe: Sitzung vom 11. September 2025"


@pytest.fixture
def setup(transactional_db):
    tree = build_site_tree()
    if Collection.get_first_root_node() is None:  # transactional tests flush migration data
        Collection.add_root(name="Root")
    archives = make_archive(tree)
    steering = make_body(translations={tree["locales"]["ar"]: "مجموعة التوجيه"})
    published = make_minutes(
        archives["de"],
        body=steering,
        date=datetime.date(2025, 6, 12),
        title="Lenkungsgruppe: Sitzung vom 12. Juni 2025",
        slug="lenkungsgruppe-2025-06-12",
    )
    translate_minutes(
        published,
        tree["locales"]["ar"],
        title="مجموعة التوجيه: اجتماع 12 يونيو 2025",
        summary="أقرّ المجلس مفهوم الاندماج.",
    )
    draft = make_minutes(
        archives["de"],
        body=steering,
        date=datetime.date(2025, 10, 1),
        title="Geheimer Entwurf Zebra",
        slug="geheimer-entwurf",
        live=False,
    )
    return {
        **tree,
        "archive": archives,
        "steering": steering,
        "published": published,
        "draft": draft,
        "editor": make_user("redaktion@example.org", EDITORS),
        "reviewer": make_user("pruefung@example.org", REVIEWERS),
    }


def log_in(tab, live_server, email):
    tab.goto(f"{live_server.url}/de/accounts/login/")
    tab.fill("input[name=login]", email)
    tab.fill("input[name=password]", PASSWORD)
    tab.locator("form button[type=submit]").last.click()
    tab.wait_for_load_state()
    assert "/accounts/login/" not in tab.url, "login failed"


def footer_action(tab, selector: str):
    """Click an action in the editor's footer menu, opening the dropdown when needed."""
    button = tab.locator(f"footer {selector}").first
    if not button.is_visible():
        tab.locator("footer .w-dropdown--dropdown-button .w-dropdown__toggle").first.click()
    button.click()


def test_editor_submits_reviewer_approves_public_sees_it(chromium, live_server, setup):
    editor_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    tab = editor_context.new_page()
    tab.set_default_timeout(20000)
    log_in(tab, live_server, "redaktion@example.org")

    archive = setup["archive"]["de"]
    tab.goto(f"{live_server.url}/admin/pages/add/minutes/minutespage/{archive.pk}/")
    tab.fill("#id_title", TITLE)
    tab.locator("#id_body-chooser .chooser__choose-button").click()
    tab.locator(".modal a", has_text="Lenkungsgruppe Integrationskonzept").first.click()
    tab.wait_for_selector("#id_body-chooser:not(.blank)")
    tab.fill("#id_meeting_date", "2025-09-11")
    tab.fill("#id_start_time", "16:00")
    tab.fill("#id_end_time", "18:00")
    tab.fill("#id_place", "Rathaus Ruhrbrück, Sitzungssaal 2")
    tab.fill("#id_attendees_count", "12")
    tab.fill("#id_summary", "Die Anlaufstelle Nord ist gut gestartet.")
    # The agenda: one item with a title and a decision.
    tab.locator('[data-contentpath="agenda"] .c-sf-add-button').first.click()
    tab.locator('input[name$="-value-title"]').first.fill(
        "Erste Erfahrungen mit der Anlaufstelle Nord"
    )
    tab.locator('input[name$="-value-number"]').first.fill("TOP 1")
    footer_action(tab, 'button[name="action-submit"]')
    tab.wait_for_load_state()
    page_obj = MinutesPage.objects.get(title=TITLE)
    assert not page_obj.live, "the editor's submission must not be public yet"
    assert tab.locator(".messages, [data-w-messages-target]").first.inner_text()
    editor_context.close()

    anonymous = chromium.new_context(locale="de-DE")
    public = anonymous.new_page()
    assert public.goto(f"{live_server.url}/de/protokolle/{page_obj.slug}/").status == 404

    reviewer_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    review = reviewer_context.new_page()
    review.set_default_timeout(20000)
    log_in(review, live_server, "pruefung@example.org")
    review.goto(f"{live_server.url}/admin/pages/{page_obj.pk}/edit/")
    footer_action(
        review, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    review.wait_for_load_state()
    review.wait_for_timeout(500)
    assert MinutesPage.objects.get(pk=page_obj.pk).live, "approval must publish"
    reviewer_context.close()

    public.goto(f"{live_server.url}/de/protokolle/")
    assert TITLE in public.content()
    public.goto(f"{live_server.url}/de/protokolle/{page_obj.slug}/")
    assert public.locator("h1").inner_text() == TITLE
    feed = public.request.get(f"{live_server.url}/de/protokolle/feed/").text()
    assert TITLE in feed
    api = public.request.get(f"{live_server.url}/oparl/v1.1/body/1/meeting").json()
    assert TITLE in [meeting["name"] for meeting in api["data"]]

    # The draft appears nowhere.
    assert public.goto(f"{live_server.url}/de/protokolle/geheimer-entwurf/").status == 404
    for url in (
        "/de/protokolle/",
        "/de/protokolle/gremium/lenkungsgruppe/",
        "/de/protokolle/feed/",
        "/oparl/v1.1/body/1/meeting",
        "/oparl/v1.1/body/1/file",
        "/sitemap.xml",
        "/de/search/?q=Geheimer",
    ):
        body = public.request.get(f"{live_server.url}{url}").text()
        assert "geheimer-entwurf" not in body, url
        assert "Geheimer Entwurf Zebra" not in body, url
    anonymous.close()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_archive_and_minutes_pass_axe(page, live_server, setup, axe_check, language):
    page.goto(f"{live_server.url}/{language}/protokolle/")
    axe_check(page, f"archive {language}")
    page.goto(f"{live_server.url}/{language}/protokolle/lenkungsgruppe-2025-06-12/")
    assert page.locator("html").get_attribute("lang") == language
    axe_check(page, f"minutes {language}")
    page.goto(f"{live_server.url}/{language}/protokolle/gremium/lenkungsgruppe/")
    axe_check(page, f"body page {language}")
    page.goto(f"{live_server.url}/{language}/protokolle/?year=1800")
    axe_check(page, f"archive error state {language}")
