"""Personal and check-in links: `<registration id>.<HMAC>`.

The HMAC (SECRET_KEY, a per-purpose salt, the registration's random 128-bit `link_key`) makes
a link unguessable and unforgeable; a personal link never works as a check-in code and the
other way round. Replacing `link_key` revokes every link of a registration."""

import base64

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from core.params import parse_id

from .models import Registration

PERSONAL = "forum.personal-link"
CHECK_IN = "forum.check-in-code"


class BadLink(Exception):
    """A link that is malformed, forged, or points to a registration that no longer exists."""


def _digest(registration_id: int, link_key: str, purpose: str) -> str:
    mac = salted_hmac(purpose, f"{registration_id}.{link_key}", algorithm="sha256").digest()
    return base64.urlsafe_b64encode(mac[:18]).decode().rstrip("=")  # 144 bits


def make_token(registration: Registration, purpose: str = PERSONAL) -> str:
    return f"{registration.pk}.{_digest(registration.pk, registration.link_key, purpose)}"


def parse_token(token: str, purpose: str = PERSONAL, queryset=None) -> Registration:
    """The registration a token belongs to, or BadLink."""
    text, _dot, digest = (token or "").partition(".")
    registration_id = parse_id(text)
    if registration_id is None or not digest or len(token) > 100:
        raise BadLink
    queryset = queryset if queryset is not None else Registration.objects.all()
    registration = queryset.filter(pk=registration_id).first()
    if registration is None:
        raise BadLink
    expected = _digest(registration.pk, registration.link_key, purpose)
    if not constant_time_compare(expected, digest):
        raise BadLink
    return registration


def personal_url(registration: Registration, *, absolute: bool = True) -> str:
    with translation.override(registration.language):
        path = reverse("forum:personal", kwargs={"token": make_token(registration)})
    return f"{settings.SITE_URL}{path}" if absolute else path


def check_in_url(registration: Registration) -> str:
    # Organisers scan it: their interface language is the site's default language.
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("forum:check_in_scan", kwargs={"code": make_token(registration, CHECK_IN)})
    return f"{settings.SITE_URL}{path}"
