"""A citizen registers in Ukrainian, confirms through the e-mailed link and cancels; the
organiser sees the figures change and checks someone in at the door. axe on the form and its
error state in Ukrainian and Arabic."""

import re

import pytest
from django.test import Client

from core.models import OutgoingEmail
from forum import services
from forum.models import Registration
from tests.forum.factories import make_forum, make_user
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def setup(transactional_db):
    tree = build_site_tree()
    organiser = make_user("orga", organiser=True, first_name="Oskar", last_name="Organiser")
    forum = make_forum(
        capacity=20, double_opt_in=True, organisers=[organiser], parent=tree["home"]["de"]
    )
    return {"forum": forum, "organiser": organiser}


def logged_in_context(chromium, live_server, user):
    client = Client()
    client.force_login(user)
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="de-DE")
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    tab = context.new_page()
    tab.set_default_timeout(15000)
    return context, tab


def figure(tab, name: str) -> str:
    return tab.locator(f'[data-figure="{name}"]').inner_text().strip()


def test_citizen_registers_in_ukrainian_confirms_and_cancels_organiser_sees_and_checks_in(
    page, live_server, setup, axe_check, chromium
):
    forum = setup["forum"]
    # The event page (German original, shown under /uk/) leads to the registration form.
    page.goto(f"{live_server.url}/uk{forum.event.url[3:]}")
    page.locator(".forum-box a.button").click()
    page.wait_for_url(f"**/uk/forum/{forum.pk}/register/")
    assert page.locator("html").get_attribute("lang") == "uk"
    axe_check(page, "registration form uk")

    page.locator("button[type=submit]").last.click()  # empty: the error state
    assert page.locator("#form-errors").is_visible()
    axe_check(page, "registration form errors uk")

    page.fill("#id_name", "Олена Коваленко")
    page.fill("#id_email", "olena@example.org")
    page.select_option("#id_language", "uk")
    page.select_option("#id_wish_1", label="Sprache und Bildung (uk)")
    page.select_option("#id_interpretation_language", "uk")
    page.check("#id_childcare")
    page.fill("#id_children", "2")
    page.check("#id_consent")
    page.locator("form.forum-form button[type=submit]").click()
    page.wait_for_url("**/registered/?status=pending")

    message = OutgoingEmail.objects.get(to="olena@example.org")
    link = re.search(r"https?://\S+?/uk/forum/r/[\w.-]+/", message.body_text).group(0)
    path = "/" + link.split("/", 3)[3]

    organiser_context, desk = logged_in_context(chromium, live_server, setup["organiser"])
    desk.goto(f"{live_server.url}/admin/forum/{forum.pk}/")
    assert figure(desk, "pending") == "1"
    assert figure(desk, "confirmed").startswith("0")

    page.goto(live_server.url + path)
    page.locator("form.forum-confirm button").click()
    assert page.locator("[data-status]").get_attribute("data-status") == "confirmed"
    assert page.locator(".forum-ticket img").is_visible()  # the QR code

    desk.reload()
    assert figure(desk, "confirmed").startswith("1")
    assert desk.locator('[data-need="children"] td').first.inner_text() == "2"

    page.locator('a[href$="/cancel/"]').click()
    page.locator("form.forum-actions button[type=submit]").click()
    assert page.locator("[data-status]").get_attribute("data-status") == "cancelled"

    desk.reload()
    assert figure(desk, "confirmed").startswith("0")
    assert figure(desk, "cancelled") == "1"

    # At the door: someone registered earlier is found and checked in, once.
    guest = services.registration_create(
        forum=forum, name="Samir Aziz", email="samir@example.org", language="ar"
    )
    services.registration_confirm(registration=guest)
    desk.goto(f"{live_server.url}/de/forum/{forum.pk}/check-in/")
    desk.fill("#checkin-q", "Samir")
    desk.locator("form.forum-search button").click()
    desk.locator(".forum-checkin-list button").click()
    assert desk.locator(".forum-done").first.is_visible()
    assert Registration.objects.get(pk=guest.pk).checked_in_at is not None
    desk.goto(f"{live_server.url}/admin/forum/{forum.pk}/")
    assert figure(desk, "checked-in") == "1"
    organiser_context.close()


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_registration_form_and_its_errors_pass_axe(page, live_server, setup, axe_check, language):
    forum = setup["forum"]
    page.goto(f"{live_server.url}/{language}/forum/{forum.pk}/register/")
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    axe_check(page, f"form {language}")
    page.fill("#id_email", "not an address")
    page.locator("form.forum-form button[type=submit]").click()
    assert page.locator("#form-errors").is_visible()
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert page.locator("#id_email").input_value() == "not an address"
    axe_check(page, f"form errors {language}")
