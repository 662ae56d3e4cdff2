"""An organiser opens the table plan in the admin, moves a guest by hand and sees the figures
change; the printable table and route cards pass axe in German and Arabic, Arabic route cards
run right to left, and on paper each card gets a page of its own."""

import pytest
from django.conf import settings
from django.test import Client

from seating import services
from seating.models import Seat
from tests.portal_tree import build_site_tree
from tests.seating.factories import add_guests, make_plan_forum, make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def setting(transactional_db):
    build_site_tree()
    organiser = make_user("orga-seating", organiser=True, first_name="Olga")
    forum = make_plan_forum(tables=5, seats=6, rounds=3, organisers=[organiser])
    add_guests(forum, 16)
    arabic = add_guests(forum, 2, language="ar", interpretation="ar")
    add_guests(forum, 1, language="fa")
    plan = services.plan_create(forum=forum, seed=1, time_limit=5.0, iterations=20_000)
    return {"forum": forum, "plan": plan, "organiser": organiser, "arabic": arabic}


def log_in(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def figure(page, key: str) -> str:
    return page.locator(f'[data-metric="{key}"] .seating-figure__value').inner_text().strip()


def test_organiser_moves_a_guest_and_the_figures_update(page, live_server, setting):
    forum, plan = setting["forum"], setting["plan"]
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, setting["organiser"])
    page.goto(f"{live_server.url}/admin/seating/{forum.pk}/")
    assert page.locator("table.seating-grid tbody tr").count() == 5
    assert page.locator('[data-metric="table_revisits"]').count() == 0
    repeats_before = int(figure(page, "repeats"))

    # Send someone back in round 2 to the table they sat at in round 1.
    seat = Seat.objects.filter(plan=plan, round=2).select_related("registration").first()
    first = Seat.objects.get(plan=plan, round=1, registration=seat.registration)
    page.select_option("#id_guest", str(seat.registration_id))
    page.select_option("#id_round", "2")
    page.select_option("#id_table", str(first.table_id))
    with page.expect_navigation():
        page.locator("#move button[type=submit]").click()

    assert seat.registration.name in page.locator(".messages").inner_text()
    assert figure(page, "table_revisits") == "1"
    assert int(figure(page, "repeats")) >= repeats_before
    cell = page.locator(f'tr[data-table="{first.table_id}"] td[data-round="2"]')
    assert seat.registration.name in cell.inner_text()


def test_moving_to_a_full_table_is_refused_in_the_page(page, live_server, setting):
    forum, plan = setting["forum"], setting["plan"]
    add_guests(forum, 11)  # 30 guests on 30 seats
    plan = services.plan_create(forum=forum, seed=2, time_limit=5.0, iterations=20_000)
    log_in(page, live_server, setting["organiser"])
    seat = Seat.objects.filter(plan=plan, round=1).first()
    other = forum.tables.exclude(pk=seat.table_id).first()
    page.goto(
        f"{live_server.url}/admin/seating/{forum.pk}/move/?guest={seat.registration_id}&round=1"
    )
    page.select_option("#id_table", str(other.pk))
    with page.expect_navigation():
        page.locator("#move button[type=submit]").click()
    error = page.locator("#id_table-error").inner_text()  # in the admin's language
    assert other.name in error and "6" in error
    assert page.locator("#id_table").get_attribute("aria-invalid") == "true"
    assert page.locator("#id_guest").input_value() == str(seat.registration_id)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_print_cards_pass_axe_and_print_one_card_per_page(
    page, live_server, setting, axe_check, language
):
    forum = setting["forum"]
    log_in(page, live_server, setting["organiser"])
    for kind, size in (("tables", "a4"), ("routes", "a6")):
        page.goto(f"{live_server.url}/{language}/seating/{forum.pk}/print/{kind}/?size={size}")
        html = page.locator("html")
        assert html.get_attribute("lang") == language
        assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        assert page.locator("article.seating-card").count() == (5 if kind == "tables" else 19)
        axe_check(page, f"{kind} cards {language}")

    # Route cards: Arabic guests' cards run right to left whatever the page language.
    card = page.locator(f'article[data-guest="{setting["arabic"][0].pk}"]')
    assert card.get_attribute("lang") == "ar" and card.get_attribute("dir") == "rtl"
    assert card.evaluate("el => getComputedStyle(el).direction") == "rtl"
    german = page.locator('article.seating-card[lang="de"]').first
    assert german.evaluate("el => getComputedStyle(el).direction") == "ltr"

    page.emulate_media(media="print")
    assert not page.locator(".seating-print-intro").is_visible()
    breaks = page.locator("article.seating-card").evaluate_all(
        "cards => cards.map(c => getComputedStyle(c).breakAfter)"
    )
    assert breaks[:-1] == ["page"] * (len(breaks) - 1)


def _pdf_pages(pdf: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def test_route_cards_print_four_per_a4_page_and_translate_table(page, live_server, setting):
    """19 guests: five A4 sheets of four A6 cards (19 sheets before), or 19 A6 pages; and an
    Arabic card says "table" in Arabic, not "Tisch" (issue #15.9)."""
    forum = setting["forum"]
    log_in(page, live_server, setting["organiser"])
    page.goto(f"{live_server.url}/de/seating/{forum.pk}/print/routes/?size=a4")
    assert page.locator("article.seating-card").count() == 19
    a4 = page.pdf(prefer_css_page_size=True)
    assert _pdf_pages(a4) == 5
    page.emulate_media(media="print")
    size = page.locator("article.seating-card").first.evaluate(
        "el => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]"
    )
    mm = 96 / 25.4
    assert abs(size[0] - 105 * mm) < 2 and abs(size[1] - 148 * mm) < 2  # A6
    arabic = page.locator(f'article[data-guest="{setting["arabic"][0].pk}"]')
    text = arabic.locator(".seating-card__table").first.inner_text()
    assert "Tisch" not in text
    # (page.pdf() prints with the screen's CSS after emulate_media(media="screen").)
    page.goto(f"{live_server.url}/de/seating/{forum.pk}/print/routes/?size=a6")
    assert _pdf_pages(page.pdf(prefer_css_page_size=True)) == 19
