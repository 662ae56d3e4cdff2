"""Atom feeds that people can read (issue 14.8): valid Atom with authors, a same-origin XSLT
stylesheet named in a processing instruction, and a content type a browser applies it to."""

import datetime
import re
from pathlib import Path
from xml.dom import minidom
from xml.etree import ElementTree

import pytest
from django.contrib.staticfiles import finders

from tests.minutes.factories import make_minutes

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XSL = "{http://www.w3.org/1999/XSL/Transform}"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
READER_ACCEPT = "application/atom+xml, application/rss+xml;q=0.9, */*;q=0.1"
FEEDS = ("/de/protokolle/feed/", "/ar/protokolle/feed/", "/de/protokolle/gremium/ag-wohnen/feed/")


@pytest.fixture
def published(minutes_tree):
    return make_minutes(
        minutes_tree["archive"]["de"],
        body=minutes_tree["housing"],
        date=datetime.date(2025, 4, 29),
        title="AG Wohnen April 2025",
        summary="Mietführerschein für Wohnungssuchende.",
    )


def _feed(client, url, accept=READER_ACCEPT):
    response = client.get(url, HTTP_ACCEPT=accept)
    assert response.status_code == 200, url
    return response


@pytest.mark.parametrize("url", FEEDS)
def test_feed_is_atom_with_authors(client, published, url):
    response = _feed(client, url)
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    # RFC 4287 4.1.1: id, title, updated once; an author on the feed or on every entry.
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{name}")) == 1, name
    author = feed.find(f"{ATOM}author")
    assert author is not None and author.find(f"{ATOM}name").text
    assert author.find(f"{ATOM}uri").text.startswith("http")
    entries = feed.findall(f"{ATOM}entry")
    # Not translated into Arabic: the Arabic feed lists the German original (issue 15.6).
    assert len(entries) == 1
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
        # The body that held the meeting, by its name in the feed's language (the German
        # name where the body has none in that language).
        assert entry.find(f"{ATOM}author/{ATOM}name").text == "AG Wohnen"
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")
    # Only registered link relations at feed level: alternate, self, stylesheet.
    rels = sorted(link.get("rel") for link in feed.findall(f"{ATOM}link"))
    assert rels == ["alternate", "self", "stylesheet"]


@pytest.mark.parametrize("url", FEEDS[:2])
def test_feed_names_a_same_origin_xslt_before_the_root(client, published, url):
    response = _feed(client, url)
    document = minidom.parseString(response.content)
    first = document.childNodes[0]
    assert first.nodeType == first.PROCESSING_INSTRUCTION_NODE
    assert first.target == "xml-stylesheet"
    assert 'type="text/xsl"' in first.data
    href = re.search(r'href="([^"]+)"', first.data).group(1)
    assert href.startswith("/static/") and href.endswith(".xsl")  # same origin: CSP 'self'
    assert document.documentElement.tagName == "feed"
    css = ElementTree.fromstring(response.content).find(f"{ATOM}link[@rel='stylesheet']")
    assert css.get("href").startswith("/static/") and css.get("href").endswith(".css")
    # Both files exist in static.
    assert finders.find("minutes/feed.xsl") and finders.find("minutes/feed.css")
    assert "'self'" in response["Content-Security-Policy"]


def test_browser_gets_generic_xml_so_the_xslt_applies(client, published):
    """Chromium shows application/atom+xml as plain text; a browser gets application/xml, a
    feed reader Atom's own type, and a cached answer for one never reaches the other."""
    url = FEEDS[0]
    reader = _feed(client, url)
    browser = _feed(client, url, BROWSER_ACCEPT)
    reader_again = _feed(client, url)
    assert browser["Content-Type"] == "application/xml; charset=utf-8"
    assert (
        reader["Content-Type"]
        == reader_again["Content-Type"]
        == ("application/atom+xml; charset=utf-8")
    )
    assert browser.content == reader.content
    assert "Accept" in browser["Vary"]


def test_stylesheet_is_xslt_that_reads_atom():
    path = Path(finders.find("minutes/feed.xsl"))
    sheet = ElementTree.parse(path).getroot()
    assert sheet.tag == f"{XSL}stylesheet"
    templates = [t.get("match") for t in sheet.findall(f"{XSL}template")]
    assert templates == ["/atom:feed", "atom:entry"]
    text = path.read_text(encoding="utf-8")
    # Right-to-left feeds read right to left; no inline style (the CSP forbids it).
    assert "'ar'" in text and "'fa'" in text and "rtl" in text
    assert "style=" not in text and "<style" not in text
