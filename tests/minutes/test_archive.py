"""The public archive: published minutes only, filters, search per language, body pages,
Atom feeds, and clear 4xx answers to bad input."""

import datetime
from xml.etree import ElementTree

import pytest

from tests.minutes.factories import make_minutes, translate_minutes

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def archive(minutes_tree):
    de = minutes_tree["archive"]["de"]
    old = make_minutes(
        de,
        body=minutes_tree["steering"],
        date=datetime.date(2024, 3, 14),
        title="Lenkungsgruppe März 2024",
        summary="Die Beteiligung beginnt mit Bürgerforen.",
    )
    new = make_minutes(
        de,
        body=minutes_tree["housing"],
        date=datetime.date(2025, 4, 29),
        title="AG Wohnen April 2025",
        summary="Mietführerschein für Wohnungssuchende.",
        items=("Mietführerschein",),
    )
    draft = make_minutes(
        de,
        body=minutes_tree["steering"],
        date=datetime.date(2025, 9, 11),
        title="Geheimer Entwurf",
        summary="Entwurfstext Zebra.",
        live=False,
    )
    translate_minutes(
        old, minutes_tree["locales"]["ar"], title="محضر مارس", summary="بدأت المشاركة"
    )
    return {**minutes_tree, "old": old, "new": new, "draft": draft}


def test_archive_lists_published_minutes_newest_first(client, archive):
    response = client.get("/de/protokolle/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("AG Wohnen April 2025") < html.index("Lenkungsgruppe März 2024")
    assert "Geheimer Entwurf" not in html
    assert 'type="application/atom+xml"' in html
    assert "/de/protokolle/feed/" in html


def test_archive_is_per_language(client, archive):
    html = client.get("/ar/protokolle/").content.decode()
    assert "محضر مارس" in html
    assert "Lenkungsgruppe März 2024" not in html  # its Arabic translation stands for it
    # Not translated into Arabic: the German original, marked as such (tests/minutes/
    # test_fallback.py has the details).
    assert "AG Wohnen April 2025" in html and 'data-fallback="de"' in html
    assert 'lang="ar" dir="rtl"' in html


def test_filter_by_body_and_year(client, archive):
    by_body = client.get("/de/protokolle/", {"body": "ag-wohnen"}).content.decode()
    assert "AG Wohnen April 2025" in by_body and "Lenkungsgruppe März 2024" not in by_body
    by_year = client.get("/de/protokolle/", {"year": "2024"}).content.decode()
    assert "Lenkungsgruppe März 2024" in by_year and "AG Wohnen April 2025" not in by_year
    both = client.get("/de/protokolle/", {"year": "2024", "body": "ag-wohnen"})
    assert both.status_code == 200
    assert b'class="empty"' in both.content


def test_year_options_come_from_published_minutes(client, archive):
    html = client.get("/de/protokolle/").content.decode()
    assert '<option value="2024"' in html and '<option value="2025"' in html
    # The draft is from 2025 too, but a year only with drafts would not show up.
    assert '<option value="2023"' not in html


def test_unknown_body_is_404_with_a_message(client, archive):
    response = client.get("/de/protokolle/", {"body": "gibt-es-nicht", "q": "Wohnen"})
    assert response.status_code == 404
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'value="Wohnen"' in html  # the form keeps what was typed


@pytest.mark.parametrize("year", ["zwanzig", "1800", "99999", "2024.5"])
def test_bad_year_is_400(client, archive, year):
    response = client.get("/de/protokolle/", {"year": year})
    assert response.status_code == 400
    assert b'role="alert"' in response.content


def test_year_without_minutes_is_an_empty_page(client, archive):
    response = client.get("/de/protokolle/", {"year": "2019"})
    assert response.status_code == 200
    assert b'class="empty"' in response.content


def test_page_numbers(client, archive):
    assert client.get("/de/protokolle/", {"page": "1"}).status_code == 200
    assert client.get("/de/protokolle/", {"page": "7"}).status_code == 404
    assert client.get("/de/protokolle/", {"page": "abc"}).status_code == 400


def test_overlong_search_is_400_in_the_visitors_language(client, archive):
    response = client.get("/ar/protokolle/", {"q": "x" * 500})
    assert response.status_code == 400
    assert b'lang="ar" dir="rtl"' in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"q": "<script>alert(1)</script>"},
        {"q": "\x00\x01"},
        {"body": "<b>"},
        {"year": "' OR 1=1 --"},
        {"page": "99999999999999999999"},
        {"q": "%%%", "page": "-1"},
    ],
)
def test_hostile_input_never_500(client, archive, params):
    response = client.get("/de/protokolle/", params)
    assert response.status_code in (200, 400, 404)
    assert b"<script>alert(1)</script>" not in response.content


def test_search_in_the_current_language(client, archive):
    german = client.get("/de/protokolle/", {"q": "Mietführerschein"}).content.decode()
    assert "AG Wohnen April 2025" in german and "Lenkungsgruppe März 2024" not in german
    arabic = client.get("/ar/protokolle/", {"q": "المشاركة"}).content.decode()
    assert "محضر مارس" in arabic
    draft_search = client.get("/de/protokolle/", {"q": "Zebra"}).content.decode()
    assert "Geheimer Entwurf" not in draft_search and 'class="empty"' in draft_search


def test_body_page_lists_its_meetings_and_members(client, archive):
    response = client.get("/de/protokolle/gremium/lenkungsgruppe/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Lenkungsgruppe März 2024" in html and "AG Wohnen April 2025" not in html
    assert "Dr. Maria Beispiel" in html and "Vorsitz" in html
    assert "/de/protokolle/gremium/lenkungsgruppe/feed/" in html
    assert 'type="application/atom+xml"' in html
    arabic = client.get("/ar/protokolle/gremium/lenkungsgruppe/").content.decode()
    assert "مجموعة التوجيه" in arabic
    assert 'class="body-members" lang="de" dir="ltr"' in arabic


def test_unknown_body_page_is_404(client, archive):
    response = client.get("/de/protokolle/gremium/gibt-es-nicht/")
    assert response.status_code == 404
    assert b'role="alert"' in response.content
    assert client.get("/de/protokolle/gremium/gibt-es-nicht/feed/").status_code == 404


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ElementTree.fromstring(response.content)
    return [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]


def test_feeds_carry_published_minutes_only(client, archive):
    assert sorted(entries(client, "/de/protokolle/feed/")) == [
        "AG Wohnen April 2025",
        "Lenkungsgruppe März 2024",
    ]
    assert entries(client, "/de/protokolle/gremium/ag-wohnen/feed/") == ["AG Wohnen April 2025"]
    assert sorted(entries(client, "/ar/protokolle/feed/")) == ["AG Wohnen April 2025", "محضر مارس"]


def test_minutes_page_reads_as_html_with_attachments_beside(client, archive):
    html = client.get(archive["old"].url).content.decode()
    assert 'id="top-1"' in html and "Bericht des Integrationsbüros" in html
    assert "Integrationsbüro" in html and "Einladung versenden" in html  # who / what
    assert 'datetime="2025-01-31"' in html  # by when
    assert "Caritas Ruhrbrück" in html
    assert 'class="minutes-attachments"' in html
    assert "/de/protokolle/gremium/lenkungsgruppe/" in html


def test_translated_minutes_mark_the_german_record(client, archive):
    html = client.get("/ar/protokolle/" + archive["old"].slug + "/").content.decode()
    assert "بدأت المشاركة" in html
    assert '<div class="agenda-item__discussion" lang="de" dir="ltr">' in html


def test_draft_is_nowhere_public(client, archive):
    slug = archive["draft"].slug
    assert client.get(f"/de/protokolle/{slug}/").status_code == 404
    for url in (
        "/de/protokolle/",
        "/de/protokolle/?year=2025",
        "/de/protokolle/gremium/lenkungsgruppe/",
        "/de/protokolle/feed/",
        "/de/protokolle/gremium/lenkungsgruppe/feed/",
        "/sitemap.xml",
        "/de/search/?q=Zebra",
        "/de/search/?q=Geheimer",
        "/oparl/v1.1/body/1/meeting",
    ):
        content = client.get(url).content.decode()
        assert "Geheimer Entwurf" not in content, url
        assert slug not in content, url
