"""Reads for the legal pages: where they are (for the footer and the home page), and the
storage periods the privacy notice shows.

`legal_links(request)` answers from the shared cache: one entry per language, keyed with the
page cache's version, which every publish, unpublish, move or deletion raises
(core/signals.py). A hit costs no query; a miss one query for all five page types in the
visitor's language and in German (plus Wagtail's site lookup for the URLs, itself cached). A
page missing in that language is linked in German."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import get_supported_language_variant, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.cache_versions import current_version
from core.i18n import public_only
from core.outbox import SENT_RETENTION_DAYS
from core.page_cache import VERSION as PAGE_VERSION
from core.slots import collect

from .models_legal import LEGAL_PAGE_TYPES

# The footer's order, and the label each link has in the visitor's language.
LABELS = {
    "imprint": pgettext_lazy("footer link", "Imprint"),
    "privacy": pgettext_lazy("footer link", "Privacy"),
    "accessibility": pgettext_lazy("footer link", "Accessibility"),
    "easy_language": pgettext_lazy("footer link", "Easy language"),
    "sign_language": pgettext_lazy("footer link", "Sign language"),
}
CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class LegalLink:
    kind: str
    url: str
    language: str  # of the page linked: German when the visitor's language has none
    is_fallback: bool = False

    @property
    def label(self) -> str:
        return str(LABELS[self.kind])


def legal_links(request: HttpRequest) -> dict[str, LegalLink]:
    """{kind: link} for the legal pages that exist, live and public, in the active language
    (else in German)."""
    memo = getattr(request, "_teilhabe_legal_links", None)
    if memo is not None:
        return memo
    language = _active_language()
    key = f"legal-links:{current_version(PAGE_VERSION)}:{language}"
    found = cache.get(key)
    if found is None:
        found = _find(request, language)
        cache.set(key, found, CACHE_SECONDS)
    links = {
        kind: LegalLink(kind, url, linked, linked != language)
        for kind, (url, linked) in found.items()
    }
    request._teilhabe_legal_links = links
    return links


def _active_language() -> str:
    try:
        return get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def _find(request: HttpRequest, language: str) -> dict[str, tuple[str, str]]:
    """One query: the live, public legal pages in `language` and in German."""
    kinds = {model._meta.model_name: kind for kind, model in LEGAL_PAGE_TYPES.items()}
    default = settings.LANGUAGE_CODE
    pages = (
        public_only(Page.objects.live(), request)  # the restriction lookup the menu shares
        .filter(
            content_type__app_label="portal",
            content_type__model__in=kinds,
            locale__language_code__in={language, default},
        )
        .select_related("locale", "content_type")
        .only("id", "url_path", "path", "depth", "locale__language_code", "content_type__model")
        .order_by("path")
    )
    found: dict[str, tuple[str, str]] = {}
    for page in pages:
        kind, linked = kinds[page.content_type.model], page.locale.language_code
        if kind in found and found[kind][1] == language:
            continue  # the page in the visitor's language wins over the German one
        url = page.get_url(request)
        if url:
            found[kind] = (url, linked)
    return {kind: found[kind] for kind in LABELS if kind in found}


# --- storage periods ------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionRow:
    data: str
    purpose: str
    period: str


def days(count: int) -> str:
    return ngettext("%(count)d day", "%(count)d days", count) % {"count": count}


def duration(seconds: int) -> str:
    """Whole days when it is a number of days, else hours, else minutes."""
    if seconds >= 86400 and seconds % 86400 == 0:
        return days(seconds // 86400)
    if seconds >= 3600 and seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, round(seconds / 60))
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


def sent_email_days() -> int:
    """The outbox purge's own default (core/services.py calls it without an argument)."""
    return SENT_RETENTION_DAYS


def retention_rows(request: HttpRequest | None, page=None) -> list[RetentionRow]:
    """What the platform keeps, why and for how long: the portal's own rows, then those of the
    apps above it (slot `privacy_retention`), each computed from the values the code uses."""
    rows = [
        RetentionRow(
            str(_("Session cookie (only when you log in)")),
            str(_("Keeps you logged in.")),
            str(
                _(
                    "Until you close the browser, or %(period)s with “Remember me”; for staff "
                    "at most %(staff)s"
                )
                % {
                    "period": duration(settings.SESSION_COOKIE_AGE),
                    "staff": duration(settings.STAFF_SESSION_SECONDS),
                }
            ),
        ),
        RetentionRow(
            str(_("Security cookie for forms (a random value, no personal data)")),
            str(_("Protects forms against forgery from other sites.")),
            duration(settings.CSRF_COOKIE_AGE),
        ),
        RetentionRow(
            str(_("A keyed hash of your IP address, never the address itself")),
            str(_("Limits how often a form can be sent, against abuse.")),
            str(_("Until the end of the counting window, at most %(period)s"))
            % {"period": duration(_longest_rate_window())},
        ),
        RetentionRow(
            str(_("Server logs (address, time, page; personal links are masked)")),
            str(_("Running the site safely and finding faults.")),
            days(settings.LOG_RETENTION_DAYS),
        ),
        RetentionRow(
            str(_("E-mails the platform sends you (address, subject, text)")),
            str(_("Delivery even when the mail server is down.")),
            str(_("Until sent, then %(period)s")) % {"period": days(sent_email_days())},
        ),
        RetentionRow(
            str(_("Reports about barriers (message, optionally name and e-mail)")),
            str(_("Answering you and removing the barrier.")),
            days(settings.ACCESSIBILITY_FEEDBACK_RETENTION_DAYS),
        ),
        RetentionRow(
            str(_("Backups of the database")),
            str(_("Restoring the platform after a fault.")),
            days(settings.BACKUP_RETENTION_DAYS),
        ),
    ]
    for contribution in collect(request, "privacy_retention", page):
        rows.extend(RetentionRow(**row) for row in contribution.data["rows"])
    return rows


def _window_seconds(text: str) -> int:
    """Seconds of a window written "10m", "1h", "30s", "600" or "" (an hour)."""
    text = text.strip()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if not text:
        return 3600
    if text[-1] in units:
        return int(text[:-1] or 1) * units[text[-1]]
    return int(text)


def _longest_rate_window() -> int:
    """The longest window of the site's rate limits: ours ("count/window"), the walk-in
    feedback limit (per hour) and allauth's ("count/window/key", comma-separated)."""
    windows = [3600]  # FEEDBACK_PUBLIC_RATE_LIMIT counts per hour
    for rate in (settings.FORUM_REGISTRATION_RATE, settings.ACCESSIBILITY_FEEDBACK_RATE):
        if rate and "/" in rate:
            windows.append(_window_seconds(rate.split("/")[1]))
    for rates in (getattr(settings, "ACCOUNT_RATE_LIMITS", None) or {}).values():
        for rate in (rates or "").split(","):
            parts = rate.split("/")
            if len(parts) > 1:
                windows.append(_window_seconds(parts[1]))
    return max(windows)
