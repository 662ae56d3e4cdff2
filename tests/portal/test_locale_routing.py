import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def html_attrs(content: bytes) -> tuple[str, str]:
    match = re.search(rb'<html lang="([^"]+)" dir="([^"]+)"', content)
    assert match, "no <html lang dir>"
    return match.group(1).decode(), match.group(2).decode()


def test_root_redirects_to_best_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="xx").headers["Location"] == "/de/"


@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [("/de/", "de", "ltr"), ("/ar/", "ar", "rtl"), ("/fa/", "fa", "rtl"), ("/en/", "en", "ltr")],
)
def test_html_lang_and_dir_follow_the_page_locale(client, site_tree, url, lang, direction):
    response = client.get(url)
    assert response.status_code == 200
    assert html_attrs(response.content) == (lang, direction)


def test_missing_translation_serves_source_with_notice(client, site_tree):
    response = client.get("/uk/ankommen/anmeldung/")
    assert response.status_code == 200
    # The content is German, so the document says so; the interface chrome is Ukrainian.
    assert html_attrs(response.content) == ("de", "ltr")
    assert b"notice--fallback" in response.content
    assert b'<div class="chrome" lang="uk"' in response.content
    assert b"Anmeldung" in response.content


def test_translated_page_has_no_fallback_notice(client, site_tree):
    response = client.get("/ar/ankommen/anmeldung/")
    assert response.status_code == 200
    assert html_attrs(response.content) == ("ar", "rtl")
    assert b"notice--fallback" not in response.content


def test_draft_translation_is_never_served(client, site_tree):
    arabic = site_tree["topic"]["ar"]
    arabic.unpublish()
    response = client.get("/ar/ankommen/anmeldung/")
    assert response.status_code == 200
    assert html_attrs(response.content)[0] == "de"  # the German source, not the draft
    assert arabic.title.encode() not in response.content


@pytest.mark.parametrize("url", ["/xx/", "/zz/ankommen/", "/de/gibt-es-nicht/", "/ar/nope/"])
def test_unknown_paths_are_404_not_500(client, site_tree, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404


def test_404_page_speaks_the_visitors_language(client, site_tree):
    response = client.get("/ar/nope/")
    assert response.status_code == 404
    assert html_attrs(response.content) == ("ar", "rtl")


def test_hreflang_lists_every_translation_including_self_and_x_default(client, site_tree):
    content = client.get("/de/ankommen/anmeldung/").content.decode()
    langs = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', content)
    codes = [code for code, _ in langs]
    assert codes == ["de", "en", "ar", "fa", "tr", "x-default"]  # uk is missing: not listed
    urls = dict(langs)
    assert urls["x-default"] == urls["de"]
    assert urls["ar"].endswith("/ar/ankommen/anmeldung/")
    assert urls["de"].startswith("http")


def test_language_switcher_leads_to_translation_or_home(client, site_tree):
    content = client.get("/de/ankommen/anmeldung/").content.decode()
    switcher = content[content.index('class="language-switcher"') :]
    assert 'href="/ar/ankommen/anmeldung/" lang="ar"' in switcher
    assert 'href="/uk/" lang="uk"' in switcher  # no Ukrainian translation: its home page
    assert ">العربية<" in switcher and ">Українська<" in switcher


def test_sitemap_lists_every_locale_with_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    body = response.content.decode()
    assert "/ar/ankommen/anmeldung/</loc>" in body
    assert "/de/ankommen/anmeldung/</loc>" in body
    assert 'hreflang="x-default"' in body
    assert body.count("<url>") == 6 + 6 + 5 + 1  # homes, welcome indexes, topics, about


def test_sitemap_leaves_out_unpublished_pages(client, site_tree):
    site_tree["topic"]["en"].unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert "/en/ankommen/anmeldung/</loc>" not in body


@override_settings(PAGE_CACHE_SECONDS=300)
def test_anonymous_pages_are_cached_until_something_is_published(client, site_tree):
    assert client.get("/de/").headers["X-Page-Cache"] == "miss"
    assert client.get("/de/").headers["X-Page-Cache"] == "hit"
    home = site_tree["home"]["de"]
    home.title = "Neuer Titel"
    home.save_revision().publish()
    response = client.get("/de/")
    assert response.headers["X-Page-Cache"] == "miss"
    assert b"Neuer Titel" in response.content
