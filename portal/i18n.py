"""Which language a page is in, its translations, and where the language switcher leads.

`lang`/`dir` always come from the locale of the page actually shown, never from the active
language: a page served as a fallback is in the source language."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Locale, Page, Site

NATIVE_NAMES = dict(settings.LANGUAGES)


def is_rtl(language_code: str) -> bool:
    return language_code.split("-")[0] in settings.RTL_LANGUAGES


def text_direction(language_code: str) -> str:
    return "rtl" if is_rtl(language_code) else "ltr"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    native_name: str
    url: str
    is_current: bool
    is_translation: bool  # False: leads to that language's home page instead

    @property
    def direction(self) -> str:
        return text_direction(self.code)


def _live_translations(page: Page) -> dict[str, Page]:
    """Every live, public translation of `page` (itself included), by language code: one query."""
    pages = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "translation_key", "path", "depth")
    )
    return {p.locale.language_code: p for p in pages}


def _home_pages(request: HttpRequest) -> dict[str, Page]:
    site = Site.find_for_request(request)
    if site is None:
        return {}
    cached = getattr(request, "_teilhabe_home_pages", None)
    if cached is None:
        cached = _live_translations(site.root_page)
        request._teilhabe_home_pages = cached
    return cached


def page_alternates(page: Page, request: HttpRequest) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for all live translations including self, plus x-default."""
    translations = _live_translations(page)
    alternates = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            alternates.append((code, translations[code].get_full_url(request)))
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append(("x-default", default.get_full_url(request)))
    return alternates


def language_links(request: HttpRequest, page: Page | None = None) -> list[LanguageLink]:
    """Switcher entries: the same page in each language when it exists, else that home page."""
    current = translation.get_language()
    translations = _live_translations(page) if page is not None else {}
    homes = _home_pages(request)
    links = []
    for code, native_name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
        elif code in homes:
            url = homes[code].get_url(request)
        else:
            url = f"/{code}/"
        links.append(
            LanguageLink(
                code=code,
                native_name=native_name,
                url=url,
                is_current=code == current,
                is_translation=target is not None,
            )
        )
    return links


def active_locale() -> Locale:
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()
