"""Which language a page is in, its translations, and where the language switcher leads.

`lang`/`dir` always come from the locale of the page actually shown, never from the active
language: a page served as a fallback is in the source language."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

NATIVE_NAMES = dict(settings.LANGUAGES)


def language_name(language_code: str) -> str:
    """The language's name in the reader's (active) language, e.g. "Ukrainisch" for a German
    reader; Django's catalogues translate the names. Native names (NATIVE_NAMES) belong
    only where people pick their own language."""
    if not language_code:
        return ""
    try:
        return str(translation.get_language_info(language_code)["name_translated"])
    except KeyError:
        return NATIVE_NAMES.get(language_code, language_code)


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


def _memo(request: HttpRequest, name: str, compute):
    """Remember a value for the rest of the request (several template tags need it)."""
    attribute = f"_teilhabe_{name}"
    if not hasattr(request, attribute):
        setattr(request, attribute, compute())
    return getattr(request, attribute)


def restricted_paths(request: HttpRequest | None) -> list[str]:
    """Tree paths of pages with a view restriction (login, password, groups)."""

    def compute():
        return list(PageViewRestriction.objects.values_list("page__path", flat=True))

    return compute() if request is None else _memo(request, "restricted_paths", compute)


def public_only(queryset, request: HttpRequest | None = None):
    """Like Wagtail's `.public()`, but with one restriction lookup per request, not per call."""
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def request_home(request: HttpRequest) -> Page | None:
    """The home page in the active language (the source home when there is no translation)."""

    def compute():
        site = Site.find_for_request(request)
        return site.root_page.localized if site is not None else None

    return _memo(request, "home", compute)


def _live_translations(page: Page, request: HttpRequest | None = None) -> dict[str, Page]:
    """Every live, public translation of `page` (itself included), by language code: one query."""
    pages = (
        public_only(Page.objects.filter(translation_key=page.translation_key).live(), request)
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "translation_key", "path", "depth")
    )
    return {p.locale.language_code: p for p in pages}


def _translations_of(page: Page, request: HttpRequest) -> dict[str, Page]:
    return _memo(request, f"translations_{page.pk}", lambda: _live_translations(page, request))


def _home_pages(request: HttpRequest) -> dict[str, Page]:
    home = request_home(request)
    return {} if home is None else _live_translations(home, request)


def page_alternates(page: Page, request: HttpRequest) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for all live translations including self, plus x-default."""
    translations = _translations_of(page, request)
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
    translations = _translations_of(page, request) if page is not None else {}
    homes = _memo(request, "home_pages", lambda: _home_pages(request))
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
