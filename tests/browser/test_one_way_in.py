"""One way in, as people meet it in a browser.

- An Arabic visitor on a phone who follows Wagtail's old front-end login lands on allauth's
  login page; after five wrong passwords the sixth try is refused (429) in Arabic, with the
  address still in the field. Both pages pass axe and fit the phone's width.
- A German administrator with TOTP on a desktop opens the Django admin: the old admin login
  sends them to allauth, which asks for the code before the admin opens."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth import get_user_model
from django.utils.translation import gettext, override

from portal.settings import base
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "richtig-Passwort-2026"
BLOCKED = "Too many failed login attempts. Try again later."
# The header carries a search form too: press the button of the form being tested.
LOGIN_SUBMIT = "form:has(input[name=password]) [type=submit]"
CODE_SUBMIT = "form:has(input[name=code]) [type=submit]"


@pytest.fixture
def admin_with_totp(transactional_db):
    build_site_tree()
    user = get_user_model().objects.create_user(
        username="chefin", email="chefin@example.org", password=PASSWORD
    )
    user.is_staff = user.is_superuser = True
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def assert_fits(tab) -> None:
    width = tab.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"page is {width[0]} px wide in a {width[1]} px viewport"


def test_arabic_phone_old_door_then_blocked_login_in_arabic(
    page, live_server, admin_with_totp, settings, axe_check
):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS  # the limits that ship
    user, _secret = admin_with_totp
    page.goto(f"{live_server.url}/ar/_util/login/?next=/ar/")
    assert "/ar/accounts/login/" in page.url
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_fits(page)
    axe_check(page, "login (ar, phone)")
    for attempt in range(5):
        page.fill("input[name=login]", user.email)
        page.fill("input[name=password]", f"falsch-{attempt}")
        page.click(LOGIN_SUBMIT)
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_response(
        lambda r: "/accounts/login/" in r.url and r.request.method == "POST"
    ) as answer:
        page.click(LOGIN_SUBMIT)
    assert answer.value.status == 429
    with override("ar"):
        message = gettext(BLOCKED)
    assert message != BLOCKED
    assert message in page.content()
    assert page.input_value("input[name=login]") == user.email
    assert "/accounts/login/" in page.url  # not signed in, still on the form
    assert_fits(page)
    axe_check(page, "blocked login (ar, phone)")


def test_german_desktop_admin_goes_through_the_code(chromium, live_server, admin_with_totp):
    user, secret = admin_with_totp
    context = chromium.new_context(viewport={"width": 1366, "height": 900}, locale="de-DE")
    tab = context.new_page()
    tab.set_default_timeout(15000)
    try:
        tab.goto(f"{live_server.url}/django-admin/")
        assert "/de/accounts/login/" in tab.url
        tab.fill("input[name=login]", user.email)
        tab.fill("input[name=password]", PASSWORD)
        tab.click(LOGIN_SUBMIT)
        assert "/accounts/2fa/authenticate/" in tab.url
        # Without the code the admin stays shut: allauth leads back to the code form.
        tab.goto(f"{live_server.url}/django-admin/")
        assert "/accounts/2fa/authenticate/" in tab.url
        code = format_hotp_value(hotp_value(secret, next(iter(yield_hotp_counters_from_time()))))
        tab.fill("input[name=code]", code)
        tab.click(CODE_SUBMIT)
        tab.goto(f"{live_server.url}/django-admin/")
        assert tab.url.rstrip("/").endswith("/django-admin")
        assert tab.locator("#site-name, #header").count() > 0
        assert_fits(tab)
    finally:
        context.close()
