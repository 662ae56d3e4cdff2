"""A registrant downloads and then deletes their details through the personal link, in
Ukrainian on a phone; the seat goes to the waiting list and the old link stops working. axe on
every page of the registration life cycle (thank-you, personal, cancel, delete, deleted) in
Ukrainian (LTR) and Arabic (RTL)."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.models import OutgoingEmail
from forum import services
from forum.links import make_token
from forum.models import Registration
from tests.forum.factories import make_forum, tr
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

Status = Registration.Status


@pytest.fixture
def tree(transactional_db):
    return build_site_tree()


def url_in(live_server, name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return live_server.url + reverse(name, kwargs=kwargs)


def assert_language(tab, language: str) -> None:
    html = tab.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")


def test_registrant_downloads_then_deletes_their_details_and_the_seat_moves_up(
    page, live_server, tree
):
    forum = make_forum(capacity=1, parent=tree["home"]["de"])
    olena = services.registration_create(
        forum=forum,
        name="Олена Коваленко",
        email="olena@example.org",
        phone="+49 170 1234567",
        language="uk",
    )
    samir = services.registration_create(
        forum=forum, name="Samir Aziz", email="samir@example.org", language="ar"
    )
    assert (olena.status, samir.status) == (Status.CONFIRMED, Status.WAITLISTED)
    assert OutgoingEmail.objects.filter(to="olena@example.org").exists()
    personal = url_in(live_server, "forum:personal", "uk", token=make_token(olena))

    response = page.goto(personal)
    assert response.status == 200
    assert_language(page, "uk")
    assert page.locator("[data-status]").get_attribute("data-status") == "confirmed"
    assert "Олена Коваленко" in page.locator(".forum-facts--person").inner_text()

    # The download, through the browser's own request context (same cookies, same client).
    download = page.locator('a[href$="/my-data.json"]')
    assert download.get_attribute("download") is not None
    data = page.request.get(live_server.url + download.get_attribute("href"))
    assert data.status == 200
    assert data.headers["content-type"].startswith("application/json")
    assert data.headers["content-disposition"].startswith("attachment")
    assert f'filename="registration-{olena.pk}.json"' in data.headers["content-disposition"]
    assert "no-store" in data.headers["cache-control"]
    exported = data.json()
    assert exported["registration"]["name"] == "Олена Коваленко"
    assert exported["registration"]["email"] == "olena@example.org"
    assert exported["registration"]["phone"] == "+49 170 1234567"
    assert exported["registration"]["status"] == "confirmed"

    # "Delete my details": found by where it goes, not by its (Ukrainian) words.
    page.locator('a[href*="/delete/"]').click()
    page.wait_for_url("**/uk/forum/r/*/delete/")
    assert_language(page, "uk")
    assert page.locator("h1").inner_text() == tr("Delete my details", "uk", html=False)
    assert Registration.objects.get(pk=olena.pk).name == "Олена Коваленко"  # only asked so far

    page.locator("form.forum-actions button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/uk/forum/deleted/")
    assert_language(page, "uk")
    assert page.locator("h1").inner_text() == tr("Your details are deleted", "uk", html=False)

    erased = Registration.objects.get(pk=olena.pk)
    assert (erased.name, erased.email, erased.phone) == ("", "", "")
    assert erased.erased_at is not None
    assert (erased.status, erased.cancel_reason) == (Status.CANCELLED, "erased")
    assert not OutgoingEmail.objects.filter(to="olena@example.org").exists()
    assert Registration.objects.get(pk=samir.pk).status == Status.CONFIRMED

    # The old personal link and the download now say "bad link".
    response = page.goto(personal)
    assert response.status == 404
    assert page.locator("h1").inner_text() == tr("This link does not work", "uk", html=False)
    assert "Олена" not in page.content()
    assert page.request.get(personal + "my-data.json").status == 404


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_registration_life_cycle_pages_pass_axe(page, live_server, tree, axe_check, language):
    forum = make_forum(capacity=5, double_opt_in=True, parent=tree["home"]["de"])

    page.goto(
        url_in(live_server, "forum:registered", language, forum_id=forum.pk) + "?status=confirmed"
    )
    assert_language(page, language)
    axe_check(page, f"thank-you page {language}")

    registration = services.registration_create(
        forum=forum, name="Samir Aziz", email="samir@example.org", language=language
    )
    token = make_token(registration)
    page.goto(url_in(live_server, "forum:personal", language, token=token))
    assert page.locator("[data-status]").get_attribute("data-status") == "pending"
    assert_language(page, language)
    axe_check(page, f"personal page, pending, {language}")

    page.locator("form.forum-confirm button").click()
    assert page.locator("[data-status]").get_attribute("data-status") == "confirmed"
    assert page.locator(".forum-ticket img").is_visible()
    assert page.locator(".message").count() == 1  # the one-off "seat confirmed" message
    assert_language(page, language)
    axe_check(page, f"personal page, confirmed, with its message, {language}")

    page.locator('a[href$="/cancel/"]').click()
    page.wait_for_url("**/cancel/")
    assert page.locator("form.forum-actions button[type=submit]").is_visible()
    assert_language(page, language)
    axe_check(page, f"cancel page {language}")

    page.goto(url_in(live_server, "forum:personal", language, token=token))
    page.locator('a[href*="/delete/"]').click()
    page.wait_for_url("**/delete/")
    assert_language(page, language)
    axe_check(page, f"delete confirmation {language}")

    page.locator("form.forum-actions button[type=submit]").click()
    page.wait_for_url(f"**/{language}/forum/deleted/")
    assert_language(page, language)
    axe_check(page, f"deleted page {language}")
    assert Registration.objects.get(pk=registration.pk).erased_at is not None
