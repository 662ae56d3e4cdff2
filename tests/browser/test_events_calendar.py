"""A citizen browsing in Turkish filters the calendar for language cafés, opens one and
downloads it for their calendar; axe-core checks the list, month and event pages in Turkish
and Persian (right-to-left)."""

from pathlib import Path

import pytest
from icalendar import Calendar

from tests.events.conftest import CATEGORY_NAMES
from tests.events.factories import (
    make_calendar,
    make_category,
    make_event,
    make_venue,
    soon,
    translate_event,
)
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def calendar(transactional_db):
    tree = build_site_tree()
    indexes = make_calendar(tree)
    categories = {slug: make_category(slug, names) for slug, names in CATEGORY_NAMES.items()}
    venue = make_venue()
    index = indexes["de"]
    cafe = make_event(
        index,
        title="Sprachcafé",
        slug="sprachcafe",
        summary="Deutsch sprechen bei Kaffee und Tee",
        start=soon(2, hour=17),
        repeat="weekly",
        repeat_until=soon(50).date(),
        categories=[categories["sprachcafe"]["de"]],
        venue=venue,
        languages=["de", "tr", "ar"],
        audiences=["newcomers"],
    )
    forum = make_event(
        index,
        title="Bürgerforum Wohnen",
        slug="buergerforum-wohnen",
        summary="Wie wollen wir wohnen?",
        start=soon(6, hour=18),
        categories=[categories["buergerforum"]["de"]],
        venue=venue,
        interpreted=["fa", "ar"],
        organiser_name="Integrationsbüro",
        organiser_phone="+49 2999 123-450",
    )
    cancelled = make_event(
        index,
        title="Fachtag Gesundheit",
        slug="fachtag",
        start=soon(9, hour=10),
        status="cancelled",
        status_reason="Die Referentin ist erkrankt.",
        categories=[categories["buergerforum"]["de"]],
    )
    for code, title, summary in [
        ("tr", "Dil kafesi", "Çay ve kahve eşliğinde Almanca konuşun"),
        ("fa", "کافه زبان", "آلمانی صحبت کنید، همراه با چای و قهوه"),
    ]:
        translate_event(
            cafe,
            code,
            title=title,
            summary=summary,
            categories=[categories["sprachcafe"][code]],
        )
    translate_event(forum, "tr", title="Vatandaş forumu: Konut", summary="Nasıl yaşamak istiyoruz?")
    translate_event(forum, "fa", title="انجمن شهروندی: مسکن", summary="چگونه می‌خواهیم زندگی کنیم؟")
    translate_event(cancelled, "fa", title="روز تخصصی سلامت", status_reason="سخنران بیمار است.")
    return {"cafe": cafe, "forum": forum}


def test_turkish_citizen_filters_language_cafes_and_downloads_one(
    page, live_server, calendar, tmp_path
):
    page.goto(f"{live_server.url}/tr/veranstaltungen/")
    assert page.locator("html").get_attribute("lang") == "tr"
    assert page.locator(".event-row").count() > 3
    assert page.get_by_text("Vatandaş forumu: Konut").count() == 1

    # The filters are a disclosure: open it with the keyboard, tick "Dil kafesi".
    page.locator(".event-filters summary").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Dil kafesi").check()
    page.locator(".event-filters button[type=submit]").click()
    page.wait_for_url("**/tr/veranstaltungen/?category=sprachcafe*")

    titles = page.locator(".event-row__title a").all_inner_texts()
    assert titles and set(titles) == {"Dil kafesi"}
    assert page.locator(".active-filters").inner_text().count("Dil kafesi") == 1
    # The feed announced in the head carries the same filter.
    feed = page.locator('link[rel=alternate][type="text/calendar"]').get_attribute("href")
    assert feed.endswith("/feeds/events/tr.ics?category=sprachcafe")

    page.locator(".event-row__title a").first.click()
    page.wait_for_url("**/tr/veranstaltungen/sprachcafe/")
    assert page.locator("h1").inner_text() == "Dil kafesi"
    assert "webcal://" in page.locator(".add-to-calendar").inner_html()

    with page.expect_download() as download_info:
        page.locator(".add-to-calendar a[download]").click()
    download = download_info.value
    target = Path(tmp_path) / "event.ics"
    download.save_as(target)
    assert download.suggested_filename == "sprachcafe.ics"
    parsed = Calendar.from_ical(target.read_bytes().decode())
    (event,) = parsed.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Dil kafesi"
    assert str(event["UID"]).startswith(str(calendar["cafe"].translation_key))
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert parsed.walk("VTIMEZONE")


@pytest.mark.parametrize("language", ["tr", "fa"])
def test_calendar_pages_pass_axe(page, live_server, calendar, axe_check, language):
    base = f"{live_server.url}/{language}/veranstaltungen/"
    page.goto(base)
    page.locator(".event-filters summary").click()  # check the open filter form too
    axe_check(page, f"list {language}")
    direction = "rtl" if language == "fa" else "ltr"
    assert page.locator("html").get_attribute("dir") == direction

    page.goto(base + "month/")
    axe_check(page, f"month {language}")
    page.set_viewport_size({"width": 1200, "height": 900})  # the grid layout
    axe_check(page, f"month {language} (wide)")
    page.set_viewport_size({"width": 390, "height": 844})

    page.goto(base + "sprachcafe/")
    axe_check(page, f"event {language}")
    page.goto(base + "buergerforum-wohnen/")
    axe_check(page, f"event with interpreting {language}")
    page.goto(base + "fachtag/")  # cancelled (untranslated in Turkish: German fallback)
    axe_check(page, f"cancelled event {language}")
    page.goto(base + "?from=2027-02-30")
    axe_check(page, f"filter error {language}")
