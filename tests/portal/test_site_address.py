"""The site's own address everywhere (#14, point 3): the default Wagtail Site follows
SITE_URL, and every absolute URL the pages announce is on that public address."""

import json
import re
from datetime import date
from urllib.parse import unquote

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Site

from portal.checks import check_site_address
from portal.home import ensure_source_home
from portal.site_address import public_root_url, site_address, sync_default_site
from tests.events.factories import make_calendar, make_event, make_venue, soon
from tests.minutes.factories import make_archive, make_body, make_minutes

PUBLIC = "https://teilhabe.example.org"
public_site = override_settings(SITE_URL=PUBLIC)
# Third parties a page may link to; everything else absolute must be on the public address.
FOREIGN = re.compile(
    r"https?://(calendar\.google\.com|outlook\.(live|office)\.com|schema\.org|"
    r"anmeldung\.example\.org|www\.w3\.org|www\.sitemaps\.org|www\.openstreetmap\.org)(?![\w.-])"
)
ABSOLUTE = re.compile(r"""(?:https?|webcal)://[^\s"'<>&]+""")


def own_links(text: str) -> list[str]:
    """Absolute URLs in `text` (also inside the encoded Google/Outlook links), foreign
    hosts left out."""
    text = unquote(unquote(text.replace("&amp;", "&")))
    return [url for url in ABSOLUTE.findall(text) if not FOREIGN.match(url)]


def assert_public(text: str) -> None:
    assert "localhost" not in text
    links = own_links(text)
    assert links, "no absolute link to check"
    wrong = [
        url
        for url in links
        if not (url.startswith(PUBLIC + "/") or url.startswith("webcal://teilhabe.example.org/"))
    ]
    assert wrong == []


# --- The address ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "address", "root"),
    [
        ("https://teilhabe.example.org", ("teilhabe.example.org", 443), PUBLIC),
        ("https://Teilhabe.Example.org:443/", ("teilhabe.example.org", 443), PUBLIC),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000), "http://127.0.0.1:8000"),
        ("http://intranet.example", ("intranet.example", 80), "http://intranet.example"),
        ("https://x.example:8443", ("x.example", 8443), "https://x.example:8443"),
    ],
)
def test_site_address_takes_host_and_port_from_site_url(url, address, root):
    assert site_address(url) == address
    assert public_root_url(url) == root


@pytest.mark.django_db
def test_sync_moves_the_default_site_once(django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    with public_site:
        assert sync_default_site().root_url == PUBLIC
        with django_assert_num_queries(1):  # a second call only reads
            assert sync_default_site().root_url == PUBLIC
    assert Site.objects.get(pk=site.pk).root_url == PUBLIC


@pytest.mark.django_db
def test_sync_creates_no_site():
    Site.objects.all().delete()
    assert sync_default_site(site_url=PUBLIC) is None
    assert not Site.objects.exists()


@pytest.mark.django_db
def test_sync_leaves_the_site_when_another_has_the_address():
    default = Site.objects.get(is_default_site=True)
    Site.objects.create(hostname="teilhabe.example.org", port=443, root_page=default.root_page)
    assert sync_default_site(site_url=PUBLIC).pk == default.pk
    assert Site.objects.get(pk=default.pk).root_url != PUBLIC


@pytest.mark.django_db
def test_migrate_sets_the_address_of_site_url():
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80  # what Wagtail's migration creates
    site.save()
    with public_site:
        call_command("migrate", verbosity=0)
    assert Site.objects.get(pk=site.pk).root_url == PUBLIC


@pytest.mark.django_db
def test_ensure_source_home_creates_the_site_on_the_public_address():
    Site.objects.all().delete()
    with public_site:
        home = ensure_source_home()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert site.root_url == PUBLIC


@pytest.mark.django_db
def test_ensure_source_home_moves_an_existing_site():
    with public_site:
        ensure_source_home()
    assert Site.objects.get(is_default_site=True).root_url == PUBLIC


# --- The deploy check -----------------------------------------------------------------------


@pytest.mark.django_db
def test_deploy_check_fails_when_the_site_is_not_site_url():
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    with public_site:
        errors = check_site_address()
        assert [error.id for error in errors] == ["portal.E001"]
        assert "http://localhost" in errors[0].msg and PUBLIC in errors[0].msg
        assert "migrate" in errors[0].hint
        sync_default_site()
        assert check_site_address() == []


@pytest.mark.django_db
def test_deploy_check_passes_without_a_site():
    Site.objects.all().delete()
    with public_site:
        assert check_site_address() == []


def test_deploy_check_is_registered_for_deploy():
    from django.core.checks.registry import registry

    assert check_site_address in registry.get_checks(include_deployment_checks=True)
    assert check_site_address not in registry.get_checks(include_deployment_checks=False)


# --- What the pages announce ----------------------------------------------------------------


@pytest.fixture
def public_tree(site_tree):
    with public_site:
        sync_default_site()
        yield site_tree


def test_sitemap_is_on_the_public_address(client, public_tree):
    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>" in body
    assert_public(body)
    assert f"<loc>{PUBLIC}/de/ankommen/anmeldung/</loc>" in body


def test_sitemap_without_the_sync_says_localhost(client, site_tree):
    """Negative control: the Site left as Wagtail's migration makes it."""
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    Site.clear_site_root_paths_cache()
    with public_site:
        body = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/de/" in body
    with pytest.raises(AssertionError):
        assert_public(body)


def test_hreflang_and_print_source_are_on_the_public_address(client, public_tree):
    html = client.get("/de/ankommen/anmeldung/").content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    assert ("x-default", f"{PUBLIC}/de/ankommen/anmeldung/") in alternates
    assert ("en", f"{PUBLIC}/en/ankommen/anmeldung/") in alternates
    assert all(url.startswith(PUBLIC + "/") for _code, url in alternates)
    source = re.search(r'<p class="print-only print-source" dir="ltr">([^<]+)</p>', html).group(1)
    assert source == f"{PUBLIC}/de/ankommen/anmeldung/"
    assert_public(html)


def test_event_page_json_ld_and_calendar_links_are_on_the_public_address(client, public_tree):
    calendar = make_calendar(public_tree)
    event = make_event(
        calendar["de"], title="Bürgerforum", start=soon(5), venue=make_venue(), slug="forum"
    )
    html = client.get(event.url).content.decode()
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["url"] == f"{PUBLIC}/de/veranstaltungen/forum/"
    google = re.search(r'href="(https://calendar\.google\.com[^"]+action=TEMPLATE[^"]+)"', html)
    outlook = re.search(r'href="(https://outlook\.live\.com/calendar/0/action/compose[^"]+)"', html)
    for link in (google.group(1), outlook.group(1)):
        assert f"{PUBLIC}/de/veranstaltungen/forum/" in unquote(link.replace("&amp;", "&"))
    assert f'href="{PUBLIC}/feeds/event/{event.pk}.ics"' in html
    assert "webcal://teilhabe.example.org/feeds/events/de.ics" in html
    assert_public(html)


def test_event_feed_links_pages_on_the_public_address(client, public_tree):
    calendar = make_calendar(public_tree)
    event = make_event(calendar["de"], title="Sprachcafé", start=soon(3), slug="cafe")
    body = client.get(f"/feeds/event/{event.pk}.ics").content.decode().replace("\r\n ", "")
    assert f"URL:{PUBLIC}/de/veranstaltungen/cafe/" in body
    assert "testserver" not in body and "localhost" not in body


def test_minutes_print_source_and_oparl_web_are_on_the_public_address(client, public_tree):
    archive = make_archive(public_tree)["de"]
    body = make_body()
    minutes = make_minutes(archive, body=body, date=date(2025, 3, 12), slug="sitzung")
    html = client.get(minutes.url).content.decode()
    source = re.search(r'<p class="print-only print-source" dir="ltr">([^<]+)</p>', html).group(1)
    assert source == f"{PUBLIC}/de/protokolle/sitzung/"
    assert "localhost" not in html
    system = client.get("/oparl/v1.1/system").json()
    assert system["web"] == f"{PUBLIC}/de/"
    organization = client.get(f"/oparl/v1.1/organization/{body.pk}").json()
    assert organization["web"].startswith(f"{PUBLIC}/de/protokolle/")
    meeting = client.get(organization["meeting"]).json()["data"][0]
    assert meeting["web"] == f"{PUBLIC}/de/protokolle/sitzung/"
    assert "localhost" not in json.dumps([system, organization, meeting])


def test_pages_are_still_found_on_any_host(client, public_tree):
    """The Site's hostname changes, not which requests it answers: it stays the default."""
    assert client.get("/de/ankommen/anmeldung/").status_code == 200
    assert client.get("/de/", HTTP_HOST="127.0.0.1:8000").status_code == 200
    assert Page.objects.get(pk=public_tree["site"].root_page_id).get_url() == "/de/"
