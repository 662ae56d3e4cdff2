"""Initials avatars for the admin, instead of Gravatar (WAGTAIL_GRAVATAR_PROVIDER_URL = None):
no request leaves the site, and nobody's e-mail hash goes to a third party. An SVG data URI
(the admin's CSP allows data: images) with the person's initials on a colour derived from
their id, so the same person always looks the same. Uploaded avatars still win."""

import base64
import hashlib
from xml.sax.saxutils import escape

# Dark enough for white text (contrast at least 4.5:1).
COLOURS = ("#1d4f91", "#8a2d4f", "#2f6b3a", "#6b3fa0", "#7a4a00", "#00616b", "#5c5c5c")


def initials(user) -> str:
    first = (getattr(user, "first_name", "") or "").strip()
    last = (getattr(user, "last_name", "") or "").strip()
    if first or last:
        letters = (first[:1] + last[:1]) or first[:2]
    else:
        name = (getattr(user, "email", "") or user.get_username() or "?").split("@")[0]
        letters = name[:2]
    return letters.upper() or "?"


def avatar_data_uri(user, size: int = 50) -> str:
    digest = hashlib.sha256(str(user.pk).encode()).digest()
    colour = COLOURS[digest[0] % len(COLOURS)]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 100 100"><rect width="100" height="100" fill="{colour}"/>'
        '<text x="50" y="50" dy=".35em" text-anchor="middle" fill="#fff" '
        'font-family="system-ui, sans-serif" font-size="42" font-weight="600">'
        f"{escape(initials(user))}</text></svg>"
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def avatar_url(user, size: int):
    """The `get_avatar_url` hook: None lets Wagtail show an uploaded avatar."""
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return None
    if getattr(user, "pk", None) is None:
        return None
    return avatar_data_uri(user, size)
