"""Failed logins are limited per account tightly and per network loosely, so that one shared
Wi-Fi (a community centre, a language course) cannot be locked out by a few typos, while a
password guesser still gets nowhere. A blocked login is a 429 in the visitor's language that
keeps the address typed."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils.html import escape
from django.utils.translation import gettext, override

from portal.settings import base

PASSWORD = "richtig-Passwort-2026"
BLOCKED = "Too many failed login attempts. Try again later."


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user(
        username="redaktion", email="redaktion@example.org", password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _login(client: Client, email: str, password: str, language: str = "de"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def test_a_building_full_of_typos_does_not_lock_out_a_colleague(editor, settings):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS  # the limits that ship
    building = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(20):
        response = _login(building, f"gibt-es-nicht-{number}@example.org", "falsch-123456")
        assert response.status_code == 200
    response = _login(building, editor.email, PASSWORD)
    assert response.status_code == 302
    assert building.session["_auth_user_id"] == str(editor.pk)


def test_control_the_old_per_ip_limit_locked_out_the_colleague(editor, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "5/5m/ip,5/5m/key"}
    building = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(5):
        _login(building, f"gibt-es-nicht-{number}@example.org", "falsch-123456")
    response = _login(building, editor.email, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in building.session


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_guessing_one_account_is_stopped_with_a_429_in_the_visitors_language(
    editor, settings, language
):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    guesser = Client(REMOTE_ADDR="198.51.100.23")
    for attempt in range(5):
        assert _login(guesser, editor.email, f"falsch-{attempt}", language).status_code == 200
    # Even the right password is refused now; the form keeps the address typed.
    response = _login(guesser, editor.email, PASSWORD, language)
    assert response.status_code == 429
    assert "_auth_user_id" not in guesser.session
    html = response.content.decode()
    with override(language):
        message = escape(gettext(BLOCKED))
    if language != "en":
        assert message != escape(BLOCKED)
    assert message in html
    assert f'value="{editor.email}"' in html
    # The limit is per account: another account from the same network still logs in.
    other = get_user_model().objects.create_user(
        username="orga", email="orga@example.org", password=PASSWORD
    )
    EmailAddress.objects.create(user=other, email=other.email, verified=True, primary=True)
    assert _login(guesser, other.email, PASSWORD, language).status_code == 302


def test_a_network_that_fails_far_too_often_is_stopped(editor, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "8/15m/ip,5/5m/key"}
    network = Client(REMOTE_ADDR="192.0.2.50")
    for number in range(8):
        _login(network, f"probe-{number}@example.org", "falsch-123456")
    response = _login(network, editor.email, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in network.session
