"""Fuzzing of the closed login and password doors (portal/urls.py `closed_doors`): whatever
is sent, with right, wrong, forged or replayed credentials, the answer is a redirect to
allauth (or a 403/404), never a session, never a mail and never a new row."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from hypothesis import given
from hypothesis import strategies as st

from tests.security.fuzz_support import (
    check_response,
    fuzz_settings,
    path_segment,
    segment_text,
    sent_values,
    table_counts,
    value,
    values_for,
)

pytestmark = pytest.mark.django_db

BUDGET = 300
PASSWORD = "richtig-Passwort-2026"
DOORS = (
    "/django-admin/login/",
    "/admin/login/",
    "/admin/password_reset/",
    "/django-admin/password_change/",
    "/de/_util/login/",
    "/ar/_util/login/",
)


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user(
        username="chef", email="chef@example.org", password=PASSWORD, is_staff=True
    )
    user.is_superuser = True
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_closed_doors_never_open(client, staff, mailoutbox):
    sent = {"count": 0}
    tables = (get_user_model(), EmailAddress)

    @fuzz_settings(BUDGET)
    @given(
        door=st.one_of(
            st.sampled_from(DOORS),
            st.builds(
                lambda s: f"/admin/password_reset/confirm/{path_segment(s)}/set-password/",
                segment_text,
            ),
        ),
        method=st.sampled_from(["GET", "POST"]),
        data=st.fixed_dictionaries(
            {},
            optional={
                "username": values_for("chef", "chef@example.org"),
                "login": values_for("chef@example.org"),
                "email": values_for("chef@example.org"),
                "password": values_for(PASSWORD, "falsch"),
                "new_password1": value,
                "new_password2": value,
                "next": st.one_of(
                    st.just("https://evil.example/"), st.just("//evil.example"), value
                ),
            },
        ),
    )
    def check(door, method, data):
        client.logout()
        before = table_counts(*tables)
        send = client.get if method == "GET" else client.post
        response = send(door, data)
        sent["count"] += 1
        check_response(response, sent=sent_values(data), allowed=(302, 400, 404))
        assert "_auth_user_id" not in client.session
        assert "evil.example" not in response.get("Location", "")
        if response.status_code == 302:
            assert "/accounts/" in response["Location"]
        assert table_counts(*tables) == before
        assert not any("_auth_user_id" in s.get_decoded() for s in Session.objects.all())
        assert mailoutbox == []

    check()
    assert sent["count"] >= BUDGET
