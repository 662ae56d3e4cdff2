"""A newcomer opens the site, switches to Arabic, reads a topic, switches to Ukrainian."""

import pytest

from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def tree(transactional_db):
    return build_site_tree()


def test_newcomer_switches_to_arabic_and_then_ukrainian(page, live_server, tree, axe_check):
    page.goto(f"{live_server.url}/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[lang="ar"]').click()
    page.wait_for_url("**/ar/")
    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    heading = page.locator("h1")
    assert heading.evaluate("el => getComputedStyle(el).direction") == "rtl"

    page.locator(".welcome-topics a").nth(1).click()
    page.wait_for_url("**/ar/ankommen/anmeldung/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "Registration ar" in page.locator("h1").inner_text()

    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[lang="uk"]').click()
    # No Ukrainian translation of this topic: the switcher leads to the Ukrainian home page.
    page.wait_for_url("**/uk/")
    assert page.locator("html").get_attribute("lang") == "uk"
    assert page.locator("html").get_attribute("dir") == "ltr"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_home_and_welcome_page_pass_axe(page, live_server, tree, axe_check, language):
    page.goto(f"{live_server.url}/{language}/")
    axe_check(page, f"home {language}")
    page.goto(f"{live_server.url}/{language}/ankommen/anmeldung/")
    axe_check(page, f"welcome topic {language}")
    page.goto(f"{live_server.url}/{language}/ankommen/")
    axe_check(page, f"welcome index {language}")
