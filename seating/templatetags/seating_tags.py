"""{% load seating_tags %}{% personal_route registration %}: a confirmed guest's published
route (their table in each round) for their personal registration page; two queries."""

import re

from django import template
from django.conf import settings

from seating.selectors import personal_route as personal_route_for

register = template.Library()

NATIVE_NAMES = dict(settings.LANGUAGES)


@register.inclusion_tag("seating/includes/personal_route.html")
def personal_route(registration):
    return {"registration": registration}


@register.simple_tag
def route_of(registration):
    """The route shown by seating/includes/personal_route.html, or None."""
    return personal_route_for(registration)


@register.filter
def language_names(codes) -> str:
    """Native names of language codes (a list or one code), comma-separated."""
    if isinstance(codes, str):
        codes = [codes]
    return ", ".join(NATIVE_NAMES.get(code, code) for code in codes or ())


class Label:
    __slots__ = ("text", "lang")

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang

    def __str__(self) -> str:
        return self.text


@register.simple_tag
def theme_label(theme) -> Label:
    """A theme's name in the active language, with the language it is really in (themes
    without a translation show their German name, which must be marked as German)."""
    from django.utils.translation import get_language

    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if theme is None:
        return Label("", language)
    translations = theme.name_translations if isinstance(theme.name_translations, dict) else {}
    if translations.get(language):
        return Label(translations[language], language)
    return Label(theme.name, settings.LANGUAGE_CODE)


@register.simple_tag
def source_language() -> str:
    """The language organisers write names in (table names are not translated)."""
    return settings.LANGUAGE_CODE


_NUMBERED_TABLE = re.compile(r"^\s*Tisch\s+(\d+[a-z]?)\s*$", re.IGNORECASE)


@register.simple_tag
def table_label(table) -> Label:
    """A table's name for a card in the active language. Organisers name tables in German;
    the usual "Tisch 10" becomes "Table 10" in the card's language (issue #15.9: it stayed
    German on translated cards). Other names are shown as typed, marked as German."""
    from django.utils.translation import get_language, gettext

    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    name = getattr(table, "name", "") or ""
    match = _NUMBERED_TABLE.match(name)
    if match:
        return Label(gettext("Table %(number)s") % {"number": match.group(1)}, language)
    return Label(name, settings.LANGUAGE_CODE)
