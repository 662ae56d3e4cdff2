"""Organisers' plan pages in the admin, the print cards and who may see them."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from forum.models import ForumTable, Registration
from seating import services
from seating.models import Seat, SeatingPlan
from tests.seating.factories import add_guests, make_plan_forum, make_user

pytestmark = pytest.mark.django_db

QUICK = {"time_limit": 5.0, "iterations": 20_000}


def admin_url(name, forum):
    return reverse(f"seating_admin:{name}", args=[forum.pk])


def print_url(name, forum, language="de", **query):
    with translation.override(language):
        path = reverse(f"seating:print_{name}", kwargs={"forum_id": forum.pk})
    if query:
        path += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return path


@pytest.fixture
def organiser():
    return make_user("orga", organiser=True)


@pytest.fixture
def forum(organiser):
    forum = make_plan_forum(tables=5, seats=6, rounds=3, organisers=[organiser])
    add_guests(forum, 20)
    return forum


@pytest.fixture
def planned(forum):
    return services.plan_create(forum=forum, seed=1, **QUICK)


@pytest.fixture
def orga_client(client, organiser):
    client.force_login(organiser)
    return client


# --- who may see what -----------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client, planned, forum):
    for path in (
        admin_url("plan", forum),
        admin_url("people", forum),
        print_url("tables", forum),
        print_url("routes", forum),
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "login" in response["Location"], path
    response = client.post(admin_url("publish", forum))
    assert response.status_code == 302 and "login" in response["Location"]
    assert not SeatingPlan.objects.get().is_published


def test_organiser_of_another_forum_gets_403_in_the_admin_and_404_for_cards(client, planned, forum):
    other = make_user("other-orga", organiser=True)
    make_plan_forum(organisers=[other])
    client.force_login(other)
    for path in (admin_url("plan", forum), admin_url("people", forum), admin_url("move", forum)):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "Gast" not in response.content.decode()
    for path in (print_url("tables", forum), print_url("routes", forum)):
        assert client.get(path).status_code == 404, path
    seat = Seat.objects.first()
    response = client.post(
        admin_url("move", forum),
        {"guest": seat.registration_id, "round": 1, "table": seat.table_id},
    )
    assert response.status_code == 403
    assert client.post(admin_url("publish", forum)).status_code == 403
    assert client.post(admin_url("plan_action", forum), {}).status_code == 403
    assert not SeatingPlan.objects.get().is_published
    index = client.get(reverse("seating_admin:index"))
    assert index.status_code == 200
    assert f'href="{admin_url("plan", forum)}"' not in index.content.decode()


def test_editors_without_the_organiser_role_see_nothing(client, planned, forum):
    from django.contrib.auth.models import Group

    from core.roles import EDITORS, ensure_roles

    ensure_roles()
    editor = make_user("editor")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert client.get(admin_url("plan", forum)).status_code == 403
    assert client.get(print_url("routes", forum)).status_code == 404
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert reverse("seating_admin:index") not in home.content.decode()


def test_organisers_see_the_menu_item_and_their_forum(orga_client, forum):
    home = orga_client.get(reverse("wagtailadmin_home"))
    assert reverse("seating_admin:index") in home.content.decode()
    index = orga_client.get(reverse("seating_admin:index"))
    assert f'href="{admin_url("plan", forum)}"' in index.content.decode()


def test_superusers_see_every_forum(client, planned, forum):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    assert client.get(admin_url("plan", forum)).status_code == 200
    assert client.get(print_url("tables", forum)).status_code == 200


# --- planning and moving through the pages --------------------------------------------------


def test_plan_from_the_admin_then_see_grid_and_routes(orga_client, forum):
    page = orga_client.get(admin_url("plan", forum))
    assert page.status_code == 200
    assert "data-no-plan" in page.content.decode()
    response = orga_client.post(
        admin_url("plan_action", forum),
        {"source": "confirmed", "language_rule": "interpretation", "seed": 4, "time_limit": "2"},
    )
    assert response.status_code == 302
    plan = SeatingPlan.objects.get(forum=forum)
    assert plan.seed == 4 and Seat.objects.filter(plan=plan).count() == 60
    grid = orga_client.get(admin_url("plan", forum)).content.decode()
    # Every table row and every guest's name appear, with counts per round.
    assert grid.count('data-table="') == 5
    names = Registration.objects.filter(forum=forum).values_list("name", flat=True)
    assert all(name in grid for name in names)
    assert len(re.findall(r'data-count="4"', grid)) == 15  # 20 guests over 5 tables
    assert "Gastgeberin 1" in grid and "Wohnen und Quartier" in grid
    people = orga_client.get(admin_url("people", forum)).content.decode()
    assert people.count('data-guest="') == 20
    assert 'data-metric="repeats"' in grid and 'data-metric="wished_themes_visited"' in grid


def test_invalid_plan_form_keeps_the_input_and_answers_400(orga_client, forum):
    response = orga_client.post(
        admin_url("plan_action", forum),
        {
            "source": "confirmed",
            "language_rule": "interpretation",
            "seed": "-3",
            "time_limit": "99",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="-3"' in html and 'value="99"' in html
    assert not SeatingPlan.objects.exists()


def test_plan_form_keeps_seed_and_time_limit_behind_advanced(orga_client, forum):
    """Organisers decide who is planned and the language rule; the seed and the time limit
    sit in a closed "Advanced" disclosure, each labelled once (issue #15.9)."""
    html = orga_client.get(admin_url("plan", forum)).content.decode()
    form = html[html.index('id="plan-form"') :]
    form = form[: form.index("</form>")]
    details = form[form.index('<details class="seating-advanced"') : form.index("</details>")]
    assert 'name="seed"' in details and 'name="time_limit"' in details
    assert 'name="source"' not in details and 'name="language_rule"' not in details
    assert '<details class="seating-advanced">' in form  # closed while nothing is wrong
    for label in ('for="id_seed"', 'for="id_time_limit"'):
        assert form.count(label) == 1
    assert "<legend" not in details  # no hidden second label for the same field
    bad = orga_client.post(
        admin_url("plan_action", forum),
        {"source": "confirmed", "language_rule": "interpretation", "seed": "-3", "time_limit": "2"},
    ).content.decode()
    assert '<details class="seating-advanced" open>' in bad  # an error there opens it


def test_impossible_plan_is_explained(orga_client, forum):
    add_guests(forum, 15)  # 35 people, 30 seats
    response = orga_client.post(
        admin_url("plan_action", forum),
        {"source": "confirmed", "language_rule": "interpretation", "seed": 0, "time_limit": "2"},
    )
    assert response.status_code == 409
    assert "35" in response.content.decode() and "30" in response.content.decode()


def test_move_from_the_admin_updates_the_metrics(orga_client, planned, forum):
    seat = Seat.objects.filter(plan=planned, round=2).select_related("registration").first()
    first = Seat.objects.get(plan=planned, round=1, registration=seat.registration)
    form = orga_client.get(
        admin_url("move", forum) + f"?guest={seat.registration_id}&round=2"
    ).content.decode()
    assert f'<option value="{seat.registration_id}" selected>' in form
    response = orga_client.post(
        admin_url("move", forum),
        {"guest": seat.registration_id, "round": 2, "table": first.table_id, "back": "people"},
    )
    assert response.status_code == 302 and response["Location"] == admin_url("people", forum)
    planned.refresh_from_db()
    assert planned.metrics["table_revisits"] == 1
    page = orga_client.get(admin_url("plan", forum)).content.decode()
    assert 'data-metric="table_revisits"' in page


def test_move_to_a_full_table_shows_a_clear_message(orga_client, forum):
    add_guests(forum, 10)  # 30 people on 30 seats
    plan = services.plan_create(forum=forum, seed=1, **QUICK)
    seat = Seat.objects.filter(plan=plan, round=1).first()
    other = ForumTable.objects.filter(forum=forum).exclude(pk=seat.table_id).first()
    response = orga_client.post(
        admin_url("move", forum), {"guest": seat.registration_id, "round": 1, "table": other.pk}
    )
    assert response.status_code == 409
    error = response.content.decode().split('id="id_table-error"')[1].split("</div>")[0]
    assert other.name in error and "6" in error
    seat.refresh_from_db()
    assert seat.table_id != other.pk


def test_round_publish_and_late_arrivals_from_the_admin(orga_client, planned, forum):
    orga_client.post(admin_url("round", forum), {"current_round": 2})
    orga_client.post(admin_url("publish", forum), {"action": "publish"})
    planned.refresh_from_db()
    assert planned.current_round == 2 and planned.is_published
    add_guests(forum, 2)
    page = orga_client.get(admin_url("plan", forum)).content.decode()
    assert 'data-warning="unplanned"' in page
    orga_client.post(
        admin_url("plan_action", forum),
        {"source": "confirmed", "language_rule": "interpretation", "seed": 1, "time_limit": "2"},
    )
    page = orga_client.get(admin_url("people", forum)).content.decode()
    assert 'data-warning="unplanned"' not in page
    assert page.count("data-joined-later") == 2  # two newcomers missed round 1
    orga_client.post(admin_url("publish", forum), {"action": "unpublish"})
    assert not SeatingPlan.objects.get().is_published


# --- constant query counts ------------------------------------------------------------------


def _queries(client, path) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "page",
    [
        lambda f: admin_url("plan", f),
        lambda f: admin_url("people", f),
        lambda f: print_url("tables", f),
        lambda f: print_url("routes", f),
    ],
    ids=["by-table", "by-person", "print-tables", "print-routes"],
)
def test_plan_pages_cost_the_same_queries_for_20_and_200_guests(client, organiser, page):
    client.force_login(organiser)
    counts = []
    for guests in (20, 200):
        forum = make_plan_forum(tables=20, seats=10, rounds=4, organisers=[organiser])
        add_guests(forum, guests, interpretation="ar" if guests > 100 else "")
        services.plan_create(forum=forum, seed=1, **QUICK)
        client.get(page(forum))  # warm per-process caches (menu, locales)
        counts.append(_queries(client, page(forum)))
    assert counts[0] == counts[1], counts
    print(f"queries for 20 and 200 guests: {counts}")


# --- print cards ----------------------------------------------------------------------------


def test_table_cards_list_who_comes_in_each_round(orga_client, planned, forum):
    response = orga_client.get(print_url("tables", forum, size="a6"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    html = response.content.decode()
    assert html.count('class="seating-card seating-card--table"') == 5
    assert "seating/print-a6.css" in html
    names = set(Registration.objects.filter(forum=forum).values_list("name", flat=True))
    assert all(name in html for name in names)
    assert "print-a4.css" in orga_client.get(print_url("tables", forum)).content.decode()
    assert "print-a4.css" in orga_client.get(print_url("tables", forum, size="x")).content.decode()


def test_route_cards_are_in_each_guests_language_with_rtl_for_arabic(orga_client, forum):
    arabic = add_guests(forum, 2, language="ar")
    add_guests(forum, 1, language="uk")
    services.plan_create(forum=forum, seed=1, **QUICK)
    html = orga_client.get(print_url("routes", forum, "ar", size="a6")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    cards = re.findall(
        r'<article class="seating-card seating-card--route" lang="(\w+)" dir="(\w+)"', html
    )
    assert len(cards) == 23
    assert cards.count(("ar", "rtl")) == 2 and cards.count(("uk", "ltr")) == 1
    assert cards.count(("de", "ltr")) == 20
    # An Arabic card shows the Arabic theme name, not the German one.
    card = html.split(f'data-guest="{arabic[0].pk}"')[1].split("</article>")[0]
    assert "(ar)" in card


def test_one_route_card_for_one_guest(orga_client, planned, forum):
    guest = Registration.objects.filter(forum=forum).first()
    html = orga_client.get(print_url("routes", forum, guest=guest.pk)).content.decode()
    assert html.count("seating-card--route") == 1 and guest.name in html


def test_print_without_a_plan_is_404_and_print_form_redirects(orga_client, forum):
    assert orga_client.get(print_url("tables", forum)).status_code == 404
    services.plan_create(forum=forum, seed=1, **QUICK)
    response = orga_client.get(admin_url("print", forum) + "?kind=routes&size=a6&language=fa")
    assert response.status_code == 302
    assert response["Location"] == print_url("routes", forum, "fa", size="a6")


def test_forum_listing_links_to_the_table_plan(client, forum):
    admin = get_user_model().objects.create_superuser("root2", "root2@example.org", "pw")
    client.force_login(admin)
    response = client.get(reverse("wagtailsnippets_forum_forum:list"))
    assert response.status_code == 200
    assert f'href="{admin_url("plan", forum)}"' in response.content.decode()
