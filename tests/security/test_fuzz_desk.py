"""Fuzzing the organiser's screens of issue 15 (the check-in desk, its undo, the dashboard's
order and the audit log): whatever the organiser's browser sends, never a server error, never
hostile markup reflected unescaped, and a refused POST changes nothing.

Requests: dashboard (q, status, order, p) 150, audit page and CSV (p) 100, desk GET (q) 100,
desk POST (action, registration, walk-in fields) 200, dashboard undo (ids) 50."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from forum.models import Registration
from tests.security.fuzz_support import (
    check_response,
    fuzz_settings,
    numberish,
    path_segment,
    query,
    rolled_back,
    sent_values,
    table_counts,
    value,
    values_for,
)
from tests.security.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def organiser_client(client, world):
    client.force_login(world.users["organiser"])
    return client


def _send(client, method, url, data, *, allowed=(200, 302, 400, 403, 404, 405)):
    with rolled_back():
        response = (client.get if method == "GET" else client.post)(url, data)
        check_response(response, sent=sent_values(data) + [url], allowed=allowed)
        return response.status_code


def test_dashboard_and_audit_queries(organiser_client, world):
    seen = set()
    base = f"/admin/forum/{world.forum.pk}/"

    @fuzz_settings(150)
    @given(
        params=query(
            {
                "q": value,
                "status": values_for("confirmed", "waitlisted", "cancelled"),
                "order": values_for("name", "registered"),
                "p": st.one_of(numberish, value),
            }
        )
    )
    def dashboard(params):
        seen.add(_send(organiser_client, "GET", base, params))

    @fuzz_settings(100)
    @given(csv=st.booleans(), params=query({"p": st.one_of(numberish, value)}))
    def audit(csv, params):
        url = base + ("audit.csv" if csv else "audit/")
        seen.add(_send(organiser_client, "GET", url, params))

    dashboard()
    audit()
    assert 200 in seen


def test_desk_get_and_post(organiser_client, world):
    url = f"/de/forum/{world.forum.pk}/check-in/"
    ids = st.one_of(
        st.sampled_from([str(world.registration.pk), "0", "-1", "99999999999999999999"]),
        numberish,
        value,
    )
    watched = (Registration, ModelLogEntry)
    seen = set()

    @fuzz_settings(100)
    @given(params=query({"q": value}))
    def desk_get(params):
        seen.add(_send(organiser_client, "GET", url, params))

    @fuzz_settings(200)
    @given(
        data=st.fixed_dictionaries(
            {},
            optional={
                "action": values_for("undo", "walk_in", "check_in"),
                "registration": ids,
                "name": value,
                "email": values_for("walkin@example.org", ""),
                "language": values_for("de", "ar", "uk"),
            },
        )
    )
    def desk_post(data):
        with rolled_back():
            before = table_counts(*watched)
            response = organiser_client.post(url, data)
            check_response(response, sent=sent_values(data) + [url], allowed=(200, 302, 400, 404))
            if response.status_code in (400, 404):
                assert table_counts(*watched) == before, "a refused POST changed rows"
            seen.add(response.status_code)

    @fuzz_settings(50)
    @given(registration=ids)
    def undo(registration):
        segment = path_segment(registration)
        path = f"/admin/forum/{world.forum.pk}/registrations/{segment}/undo-check-in/"
        seen.add(_send(organiser_client, "POST", path, {}))

    desk_get()
    desk_post()
    undo()
    assert {200, 302} <= seen
