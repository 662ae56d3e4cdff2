"""The municipality's name, crest and colours (SiteIdentity), and what every page's <head>
announces: description and Open Graph from the page's own text, icons, the no-JS menu."""

import re

import pytest
from django.core.exceptions import ValidationError

from portal.models import SiteIdentity, WelcomePage
from portal.templatetags.portal_tags import page_description

pytestmark = pytest.mark.django_db


def meta(html: str, attribute: str, name: str) -> str | None:
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return found.group(1) if found else None


def test_header_shows_the_identity_and_brand_css_its_colours(client, site_tree):
    identity = SiteIdentity.for_site(site_tree["site"])
    identity.town_name = "Stadt Ruhrbrück"
    identity.colour = "#7a1f1f"
    identity.full_clean()
    identity.save()
    html = client.get("/de/").content.decode()
    assert '<span class="brand__town">Stadt Ruhrbrück</span>' in html
    assert '<meta name="theme-color" content="#7a1f1f">' in html
    css = client.get("/brand.css").content.decode()
    assert ":root{--accent:#7a1f1f}" in css
    # A second save is seen at once (the cached identity has a new version).
    identity.colour = "#1f5f7a"
    identity.save()
    assert ":root{--accent:#1f5f7a}" in client.get("/brand.css").content.decode()


def test_a_colour_must_be_six_hex_digits(site_tree):
    identity = SiteIdentity.for_site(site_tree["site"])
    identity.colour = "red;}body{display:none"
    with pytest.raises(ValidationError):
        identity.full_clean()


def test_without_a_setting_the_defaults_and_the_default_crest(client, site_tree):
    html = client.get("/de/").content.decode()
    assert 'class="brand__crest" src="/static/portal/crest.svg"' in html
    assert "<title>Willkommen – Teilhabe</title>" in html


def test_description_and_open_graph_come_from_the_page_text(client, site_tree):
    html = client.get("/de/ankommen/anmeldung/").content.decode()
    assert meta(html, "name", "description") == "Anmeldung im Bürgerbüro"  # the summary
    assert meta(html, "property", "og:title") == "Anmeldung"
    assert meta(html, "property", "og:description") == "Anmeldung im Bürgerbüro"
    assert meta(html, "property", "og:url").endswith("/de/ankommen/anmeldung/")
    assert meta(html, "property", "og:image").endswith("/static/portal/icons/icon-512.png")
    assert '<link rel="manifest" href="/static/portal/icons/site.webmanifest">' in html


def test_description_falls_back_to_the_first_paragraph_and_is_cut_at_a_word(site_tree):
    topic = WelcomePage.objects.get(pk=site_tree["topic"]["de"].pk)
    topic.summary = ""
    assert page_description(topic) == "Melden Sie sich im Bürgerbüro an."
    topic.search_description = "Wort " * 50
    text = page_description(topic)
    assert len(text) <= 160 and text.endswith("…") and "Wor…" not in text
    assert page_description(None) == ""


def test_menu_is_a_disclosure_that_works_without_javascript(client, site_tree):
    html = client.get("/ar/").content.decode()
    menu = html[html.index('<details class="site-menu">') :]
    assert menu.index("<summary") < menu.index('class="main-nav"') < menu.index("</details>")
    assert 'id="site-search"' in menu[: menu.index("</details>")]
