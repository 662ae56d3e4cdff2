import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

pytestmark = pytest.mark.django_db


def test_wagtail_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/de/accounts/login/")
    assert "next=/admin/pages/" in response["Location"]


def test_admin_redirects_anonymous_visitors_to_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_signup_requires_email_verification(client, settings, mailoutbox):
    response = client.post(
        "/de/accounts/signup/",
        {
            "email": "neu@example.org",
            "password1": "ein-langes-passwort-42",
            "password2": "ein-langes-passwort-42",
        },
    )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"] or "verification" in response["Location"]
    assert len(mailoutbox) == 1
    assert "neu@example.org" in mailoutbox[0].to
    # Unverified: logging in is refused until the link is followed.
    login = client.post(
        "/de/accounts/login/", {"login": "neu@example.org", "password": "ein-langes-passwort-42"}
    )
    assert (
        "_auth_user_id" not in client.session
        or login.status_code != 302
        or "confirm" in login["Location"]
    )


def test_roles_exist_with_sensible_page_rights():
    editors = Group.objects.get(name="Editors")
    organisers = Group.objects.get(name="Organisers")
    Group.objects.get(name="Reviewers")
    editor_perms = set(
        GroupPagePermission.objects.filter(group=editors).values_list(
            "permission__codename", flat=True
        )
    )
    organiser_perms = set(
        GroupPagePermission.objects.filter(group=organisers).values_list(
            "permission__codename", flat=True
        )
    )
    assert "publish_page" in editor_perms
    assert "publish_page" not in organiser_perms
    assert editors.permissions.filter(codename="access_admin").exists()


def test_public_pages_send_a_strict_csp_and_security_headers(client, site_tree):
    response = client.get("/de/")
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")


def test_admin_keeps_a_csp_that_lets_the_editor_work(admin_client, site_tree):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_login_rate_limit_answers_429_in_the_visitors_language(client, site_tree, settings):
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.utils.html import escape
    from django.utils.translation import gettext, override

    settings.ACCOUNT_RATE_LIMITS = {"login": "2/m/ip"}
    user = get_user_model().objects.create_user(
        username="ruth", email="ruth@example.org", password="richtig-123456"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for _attempt in range(2):
        response = client.post(
            "/ar/accounts/login/", {"login": "ruth@example.org", "password": "falsch-123456"}
        )
        assert response.status_code == 200
    # Even the right password is refused now, with the explanation in Arabic.
    response = client.post(
        "/ar/accounts/login/", {"login": "ruth@example.org", "password": "richtig-123456"}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    html = response.content.decode()
    assert 'lang="ar" dir="rtl"' in html
    for text in (
        "Too many attempts",
        "You have tried this too often in a short time. Please wait a few minutes and try again.",
    ):
        with override("ar"):
            expected = escape(gettext(text))
        assert expected != escape(text)  # the catalogue is compiled: this is Arabic
        assert expected in html
        assert escape(text) not in html
    # The limit is per address: the same password from another network logs in.
    other = Client(REMOTE_ADDR="198.51.100.9")
    response = other.post(
        "/ar/accounts/login/", {"login": "ruth@example.org", "password": "richtig-123456"}
    )
    assert response.status_code == 302
    assert other.session["_auth_user_id"] == str(user.pk)
