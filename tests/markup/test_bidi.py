"""Bidirectional text on Arabic and Persian pages (issue 14.2), asserted on the parsed HTML:
every fragment in another language carries its own lang, and dir where the direction differs;
Latin parts of translated labels sit in left-to-right isolates; what people type shows with
dir=auto. The rendered order (the full stop at the visual end) is checked in Chromium by
tests/browser/test_bidi_rendering.py."""

import datetime
from datetime import timedelta

import pytest
from django.utils import timezone

from core.templatetags.bidi import isolate_ltr_text
from feedback import services as feedback_services
from forum.links import make_token
from forum.services import registration_create
from tests.events.factories import make_calendar, make_event, make_venue, soon, translate_event
from tests.forum.factories import make_forum
from tests.markup.html_tree import parse
from tests.minutes.factories import make_archive, make_body, make_minutes, translate_minutes

pytestmark = pytest.mark.django_db

RTL = ("ar", "fa")
GERMAN_SENTENCE = "Die Lenkungsgruppe beschließt den Zeitplan."
ARABIC_NAME = "زهرة الأحمد"


@pytest.fixture
def world(site_tree):
    tree = site_tree
    archives = make_archive(tree, languages=("de", "ar", "fa"))
    body = make_body(name="Lenkungsgruppe", slug="lenkungsgruppe", translations={})
    minutes = make_minutes(archives["de"], body=body, items=("Bericht", "Zeitplan"))
    for code in RTL:
        translate_minutes(minutes, tree["locales"][code], title=f"محضر {code}", summary="ملخص")
    untranslated = make_minutes(
        archives["de"], body=body, date=datetime.date(2025, 5, 2), items=("Haushalt",)
    )
    calendars = make_calendar(tree)
    event = make_event(
        calendars["de"],
        title="Bürgerforum",
        slug="buergerforum",
        start=soon(9),
        venue=make_venue(name="Rathaus Ruhrbrück"),
        organiser_name="Integrationsbüro",
        organiser_email="integration@example.org",
        organiser_phone="+49 2999 123",
    )
    for code in RTL:
        translate_event(event, code, title=f"منتدى {code}")
    forum = make_forum(event=event, capacity=20, ask_comments=True)
    registration = registration_create(
        forum=forum,
        name=ARABIC_NAME,
        email="zahra@example.org",
        language="ar",
        comments="Rollstuhl, bitte.",
        notify=False,
        now=timezone.now() - timedelta(hours=1),
    )
    past = make_event(calendars["de"], title="Rückblick", slug="rueckblick", start=soon(-3))
    survey = feedback_services.survey_create_for_event(event=past)  # opens after the event
    return {
        "tree": tree,
        "survey": survey,
        "minutes": minutes,
        "untranslated": untranslated,
        "event": event,
        "forum": forum,
        "token": make_token(registration),
    }


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return parse(response.content)


@pytest.mark.parametrize("language", RTL)
def test_german_record_on_a_translated_minutes_page_is_german_and_left_to_right(
    client, world, language
):
    minutes = world["minutes"].get_translation(world["tree"]["locales"][language])
    root = _page(client, minutes.url)
    html = root.find_all("html")[0]
    assert (html.attrs["lang"], html.attrs["dir"]) == (language, "rtl")
    sentence = root.containing(GERMAN_SENTENCE)  # a decision, from the German record
    assert sentence.inherited("lang") == "de" and sentence.inherited("dir") == "ltr"
    headings = root.find_all("h3")
    assert [h.text for h in headings] == ["TOP 1: Bericht", "TOP 2: Zeitplan"]
    for heading in headings:  # the agenda headings are German, not Arabic or Persian
        inner = heading.containing("TOP")
        assert (inner.inherited("lang"), inner.inherited("dir")) == ("de", "ltr")
    place = root.containing("Sitzungssaal 2")
    assert (place.inherited("lang"), place.inherited("dir")) == ("de", "ltr")
    for link in root.find_all("ol", class_="agenda-toc")[0].find_all("a"):
        assert (link.attrs["lang"], link.attrs["dir"]) == ("de", "ltr")
    # The page's own text stays in the page's language and direction.
    summary = root.containing("ملخص")
    assert (summary.inherited("lang"), summary.inherited("dir")) == (language, "rtl")
    source = root.find_all("p", class_="print-source")[0]
    assert source.attrs["dir"] == "ltr" and source.text.startswith("http")


@pytest.mark.parametrize("language", RTL)
def test_minutes_served_as_fallback_are_german_in_an_arabic_frame(client, world, language):
    """No translation: the German minutes, marked German, with the chrome in the visitor's
    language and direction."""
    url = f"/{language}" + world["untranslated"].url.removeprefix("/de")
    response = client.get(url)
    if response.status_code in (301, 302):
        response = client.get(response["Location"])
    root = parse(response.content)
    html = root.find_all("html")[0]
    assert (html.attrs["lang"], html.attrs["dir"]) == ("de", "ltr")
    chrome = root.find_all(class_="chrome")[0]
    assert (chrome.attrs["lang"], chrome.attrs["dir"]) == (language, "rtl")
    heading = root.containing("TOP 1: Haushalt")
    assert (heading.inherited("lang"), heading.inherited("dir")) == ("de", "ltr")


@pytest.mark.parametrize("language", RTL)
def test_event_page_isolates_names_addresses_and_latin_label_parts(client, world, language):
    event = world["event"].get_translation(world["tree"]["locales"][language])
    root = _page(client, event.url)
    mail = root.find_all("a", href="mailto:integration@example.org")[0]
    assert mail.attrs["dir"] == "ltr"
    phone = root.find_all("a", href="tel:+492999123")[0]
    assert phone.attrs["dir"] == "ltr"
    assert root.containing("Integrationsbüro").attrs["dir"] == "auto"
    assert root.containing("Rathaus Ruhrbrück").attrs["dir"] == "auto"
    isolates = {b.text for b in root.find_all("bdi") if b.attrs.get("dir") == "ltr"}
    # "Download (.ics)" and "Add to Outlook (Microsoft 365)" keep their Latin parts whole.
    assert "(.ics)" in isolates
    assert "Outlook (Microsoft 365)" in isolates
    assert "Google" in isolates
    assert root.find_all("p", class_="print-source")[0].attrs["dir"] == "ltr"


def test_german_event_page_has_no_isolates(client, world):
    """Negative control: in a left-to-right language the labels stay plain text."""
    root = _page(client, world["event"].url)
    assert root.find_all("bdi") == []
    assert root.containing("(.ics)").tag == "a"


@pytest.mark.parametrize("language", RTL)
def test_personal_page_shows_the_name_and_takes_comments_in_any_direction(client, world, language):
    root = _page(client, f"/{language}/forum/r/{world['token']}/")
    assert root.containing(ARABIC_NAME).attrs["dir"] == "auto"
    comments = root.find_all("textarea", name="comments")[0]
    assert comments.attrs["dir"] == "auto"
    assert comments.text.strip() == "Rollstuhl, bitte."


@pytest.mark.parametrize("language", RTL)
def test_registration_form_fields_find_their_direction(client, world, language):
    root = _page(client, f"/{language}/forum/{world['forum'].pk}/register/")
    assert root.find_all("input", name="name")[0].attrs["dir"] == "auto"
    assert root.find_all("input", name="email")[0].attrs["dir"] == "ltr"
    assert root.find_all("input", name="phone")[0].attrs["dir"] == "ltr"
    assert root.find_all("textarea", name="comments")[0].attrs["dir"] == "auto"


@pytest.mark.parametrize("language", RTL)
def test_feedback_free_text_finds_its_direction(client, world, language):
    root = _page(client, f"/{language}/feedback/s/{world['survey'].public_key}/")
    boxes = root.find_all("textarea")
    assert boxes and all(box.attrs["dir"] == "auto" for box in boxes)


@pytest.mark.parametrize("language", RTL)
def test_welcome_topic_contact_and_print_source_run_left_to_right(client, world, language):
    root = _page(client, world["tree"]["topic"][language].url)
    assert root.find_all("a", href="mailto:bb@example.org")[0].attrs["dir"] == "ltr"
    assert root.find_all("a", href="tel:+4929991")[0].attrs["dir"] == "ltr"
    assert root.find_all("p", class_="print-source")[0].attrs["dir"] == "ltr"


def test_isolate_ltr_keeps_outer_brackets_outside_and_escapes():
    assert str(isolate_ltr_text("تنزيل (.ics)", bidi=True)) == 'تنزيل <bdi dir="ltr">(.ics)</bdi>'
    assert str(isolate_ltr_text("(انظر Google)", bidi=True)) == '(انظر <bdi dir="ltr">Google</bdi>)'
    assert "<b>" not in str(isolate_ltr_text("<b>x</b>", bidi=True))
    assert str(isolate_ltr_text("Download (.ics)", bidi=False)) == "Download (.ics)"
