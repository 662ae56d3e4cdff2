"""A confirmed guest's route on their personal registration page, once published."""

import pytest
from django.template import Context, Template
from django.utils import translation

from forum.links import personal_url
from forum.models import Registration
from seating import services
from seating.models import Seat
from tests.seating.factories import add_guests, make_plan_forum

pytestmark = pytest.mark.django_db

QUICK = {"time_limit": 5.0, "iterations": 20_000}
TAG = Template("{% load seating_tags %}{% personal_route registration %}")


def render(registration, language="de") -> str:
    with translation.override(language):
        return TAG.render(Context({"registration": registration}))


@pytest.fixture
def forum():
    forum = make_plan_forum(tables=5, seats=6, rounds=3)
    add_guests(forum, 12)
    return forum


def test_nothing_is_shown_before_the_plan_is_published(forum):
    services.plan_create(forum=forum, **QUICK)
    guest = Registration.objects.filter(forum=forum).first()
    assert render(guest).strip() == ""


def test_the_route_shows_each_rounds_table_and_theme_once_published(forum):
    plan = services.plan_publish(plan=services.plan_create(forum=forum, **QUICK))
    guest = Registration.objects.filter(forum=forum).first()
    html = render(guest)
    assert "data-seating-route" in html
    for seat in Seat.objects.filter(plan=plan, registration=guest).select_related("table__theme"):
        assert seat.table.name in html and seat.table.theme.name in html
    assert html.count("<li data-round=") == 3


def test_route_in_arabic_uses_the_translated_theme_and_marks_german_names(forum):
    services.plan_publish(plan=services.plan_create(forum=forum, **QUICK))
    guest = Registration.objects.filter(forum=forum).first()
    html = render(guest, "ar")
    assert "(ar)" in html  # the factory's Arabic theme names
    assert '<span lang="de" dir="ltr">Tisch' in html  # table names are German


def test_not_confirmed_guests_see_no_route(forum):
    services.plan_publish(plan=services.plan_create(forum=forum, **QUICK))
    guest = Registration.objects.filter(forum=forum).first()
    guest.status = Registration.Status.CANCELLED
    guest.save()
    assert render(guest).strip() == ""


def test_confirmed_guest_without_a_seat_is_told_they_get_one_at_the_door(forum):
    services.plan_publish(plan=services.plan_create(forum=forum, **QUICK))
    [late] = add_guests(forum, 1)
    html = render(late, "en")
    assert "at the entrance" in html and "data-round" not in html


def test_late_arrival_sees_joined_later_for_missed_rounds(forum):
    plan = services.plan_create(forum=forum, **QUICK)
    services.plan_set_current_round(plan=plan, round=2)
    [late] = add_guests(forum, 1)
    services.plan_publish(plan=services.plan_create(forum=forum, **QUICK))
    html = render(late, "en")
    assert html.count("You joined later.") == 1
    assert html.count("<li data-round=") == 3


def test_the_tag_costs_two_queries_however_big_the_plan(django_assert_num_queries):
    for size in (5, 60):
        forum = make_plan_forum(tables=10, seats=8, rounds=3)
        add_guests(forum, size)
        services.plan_publish(plan=services.plan_create(forum=forum, **QUICK))
        guest = Registration.objects.filter(forum=forum).first()
        with django_assert_num_queries(2):
            html = render(guest)
        assert "data-seating-route" in html


def test_personal_page_shows_the_route_once_published(client, site_tree, forum):
    guest = Registration.objects.filter(forum=forum).first()
    plan = services.plan_create(forum=forum, **QUICK)
    url = personal_url(guest, absolute=False)
    before = client.get(url)
    assert before.status_code == 200
    assert "data-seating-route" not in before.content.decode()
    services.plan_publish(plan=plan)
    html = client.get(url).content.decode()
    assert "data-seating-route" in html
    seat = Seat.objects.filter(plan=plan, registration=guest, round=1).select_related("table")
    assert seat.get().table.name in html
