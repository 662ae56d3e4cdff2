"""One way in: every login and password door that is not allauth's redirects there and never
reads a password, so MFA, e-mail verification and rate limits apply to everyone.

Each door is tried with the right password of a staff account that has TOTP enabled; none
may produce a session. A control proves the check can fail: Django's own admin login view,
called directly, does log that account in without asking for the code."""

import os
import subprocess
import sys
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.middleware import SessionMiddleware
from django.test import Client, RequestFactory

from portal import accounts

PASSWORD = "richtig-Passwort-2026"

DOORS = [
    "/django-admin/login/",
    "/django-admin/login/?next=/django-admin/",
    "/admin/login/",
    "/de/_util/login/",
    "/ar/_util/login/?next=/ar/",
]
RESET_DOORS = [
    "/admin/password_reset/",
    "/admin/password_reset/done/",
    "/admin/password_reset/confirm/MQ/set-password/",
    "/admin/password_reset/complete/",
]
CHANGE_DOORS = ["/django-admin/password_change/", "/django-admin/password_change/done/"]


@pytest.fixture
def staff_with_totp(db):
    user = get_user_model().objects.create_user(
        username="chef", email="chef@example.org", password=PASSWORD
    )
    user.is_staff = user.is_superuser = True
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def _logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("door", DOORS)
def test_no_login_door_but_allauth_logs_anyone_in(client, staff_with_totp, door):
    user, _secret = staff_with_totp
    for credentials in (
        {"username": user.username, "password": PASSWORD},
        {"username": user.email, "password": PASSWORD},
        {"login": user.email, "password": PASSWORD},
    ):
        response = client.post(door, credentials)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        assert not _logged_in(client)
    response = client.get(door)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("door", RESET_DOORS)
def test_wagtail_password_reset_is_allauths(client, staff_with_totp, mailoutbox, door):
    user, _secret = staff_with_totp
    for _attempt in range(3):
        response = client.post(door, {"email": user.email, "new_password1": "x" * 20})
        assert response.status_code == 302
        assert "/accounts/password/reset/" in response["Location"]
    assert mailoutbox == []
    assert not _logged_in(client)


@pytest.mark.parametrize("door", CHANGE_DOORS)
def test_django_admin_password_change_is_allauths(client, door):
    response = client.get(door)
    assert response.status_code == 302
    assert "/accounts/password/change/" in response["Location"]


def test_next_parameter_survives_but_never_leaves_the_site(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"].endswith("?next=/admin/pages/")
    response = client.get("/admin/login/?next=https://evil.example/")
    assert "evil" not in response["Location"]


def test_signed_in_but_refused_gets_403_not_a_redirect_loop(client, db):
    citizen = get_user_model().objects.create_user(
        username="bürger", email="b@example.org", password=PASSWORD
    )
    client.force_login(citizen)
    response = client.get("/django-admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) <= 2


def test_allauth_asks_for_the_code_and_only_then_opens_both_admins(client, staff_with_totp):
    user, secret = staff_with_totp
    response = client.post("/de/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "/accounts/2fa/authenticate/" in response["Location"]
    assert not _logged_in(client)
    assert client.get("/django-admin/").status_code == 302
    # A wrong code keeps the door shut.
    response = client.post("/de/accounts/2fa/authenticate/", {"code": "000000"})
    assert not _logged_in(client)
    counter = next(iter(yield_hotp_counters_from_time()))
    code = format_hotp_value(hotp_value(secret, counter))
    response = client.post("/de/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 302
    assert _logged_in(client)
    assert client.get("/django-admin/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_control_djangos_own_admin_login_would_skip_the_code(staff_with_totp):
    """Without the redirect, the Django admin's login form logs the TOTP account straight in:
    the door tests above would fail if that form were reachable."""
    user, _secret = staff_with_totp
    request = RequestFactory().post("/x/", {"username": user.username, "password": PASSWORD})
    SessionMiddleware(lambda r: None).process_request(request)
    request.user = AnonymousUser()
    request._dont_enforce_csrf_checks = True
    admin.site.login(request)
    assert request.session.get("_auth_user_id") == str(user.pk)


def test_staff_sessions_end_after_a_working_day(client, settings, monkeypatch, db):
    settings.STAFF_SESSION_SECONDS = 3600
    editor = get_user_model().objects.create_user(
        username="redaktion", email="r@example.org", password=PASSWORD, is_staff=True
    )
    citizen_client = Client()
    citizen = get_user_model().objects.create_user(
        username="bürgerin", email="c@example.org", password=PASSWORD
    )
    client.force_login(editor)
    citizen_client.force_login(citizen)
    assert client.session.get_expiry_age() <= 3600
    assert citizen_client.session.get_expiry_age() > 3600
    assert client.get("/django-admin/").status_code == 200
    later = time.time() + 3601
    monkeypatch.setattr(accounts.time, "time", lambda: later)
    response = client.get("/django-admin/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not _logged_in(client)
    assert _logged_in(citizen_client)
    citizen_client.get("/de/forum/my-registrations/")
    assert _logged_in(citizen_client)


def test_the_login_stamp_is_connected_before_any_url_is_loaded():
    """A staff login that comes before the first request (a shell, a test's force_login) is
    stamped too; otherwise the first request would end it at once. Checked in a fresh process
    where nothing but django.setup() ran (this module imports portal.accounts itself)."""
    script = (
        "import django; django.setup(); import sys; "
        "from django.contrib.auth.signals import user_logged_in as s; "
        "names = [getattr(r, '__qualname__', '') for r in s._live_receivers(None)[0]]; "
        "print('urls' if 'portal.urls' in sys.modules else 'no-urls', names)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("no-urls")
    assert "stamp_login" in result.stdout
