"""Page URLs for thousands of events without a reverse() per page.

`Page.get_url()` resolves the site root and reverses the serve view for every call; a feed with
5,000 events would spend most of its time there. Here each language's prefix is reversed once
and every page's URL is its `url_path` relative to the matching site root, exactly as Wagtail
builds it (a test compares both)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Site


@lru_cache(maxsize=32)
def _serve_prefix(language_code: str) -> str:
    try:
        with translation.override(language_code):
            return reverse("wagtail_serve", args=("",))
    except NoReverseMatch:
        return "/"


class PageUrls:
    """Relative and absolute URLs of pages given `url_path` and locale code."""

    def __init__(self) -> None:
        self.roots = Site.get_site_root_paths()
        self.base = settings.SITE_URL.rstrip("/")

    def path(self, url_path: str, language_code: str) -> str | None:
        for root in self.roots:
            if url_path.startswith(root.root_path) and root.language_code == language_code:
                return self._join(root, url_path)
        for root in self.roots:
            if url_path.startswith(root.root_path):
                return self._join(root, url_path)
        return None

    @staticmethod
    def _join(root, url_path: str) -> str:
        # Quoted as Django's reverse() quotes (RFC 3986 sub-delimiters and "/~:@" stay).
        return _serve_prefix(root.language_code) + quote(
            url_path[len(root.root_path) :], safe="/~:@!$&'()*+,;="
        )

    def full(self, url_path: str, language_code: str) -> str | None:
        relative = self.path(url_path, language_code)
        return None if relative is None else self.base + relative


def absolute(path: str) -> str:
    """`path` on the public site (settings.SITE_URL), for feeds and e-mails."""
    return settings.SITE_URL.rstrip("/") + path
