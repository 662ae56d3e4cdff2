"""Texts of surveys in the nine languages.

Survey texts (titles, questions, options) are short, belong to one survey and are edited
together, so they live in per-language JSON fields (`{"de": "...", "en": "..."}`) on one row
instead of nine translated copies: every answer points at one question whatever language it
was given in, and results aggregate without joining translations. German is the source; a
missing translation falls back to German and says so with `lang="de"`."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from core.i18n import text_direction

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
NATIVE_NAMES = dict(settings.LANGUAGES)


@dataclass(frozen=True)
class LocalText:
    """A text in the language it is actually written in (for `lang` and `dir`)."""

    text: str
    lang: str

    def __str__(self) -> str:
        return self.text

    @property
    def dir(self) -> str:
        return text_direction(self.lang)


def normalise_language(code: str | None) -> str:
    code = (code or "").split("-")[0].lower()
    return code if code in LANGUAGE_CODES else SOURCE_LANGUAGE


def pick(texts: dict | None, language: str | None = None) -> LocalText:
    """The text in `language` (default: the active one), else the German source, else any."""
    texts = texts or {}
    language = normalise_language(language or translation.get_language())
    for code in (language, SOURCE_LANGUAGE, *LANGUAGE_CODES):
        value = (texts.get(code) or "").strip()
        if value:
            return LocalText(value, code)
    return LocalText("", language)


def missing_languages(texts: dict | None) -> list[str]:
    """Languages without a text, when there is a German source to translate (else none)."""
    texts = texts or {}
    if not (texts.get(SOURCE_LANGUAGE) or "").strip():
        return []
    return [code for code in LANGUAGE_CODES if not (texts.get(code) or "").strip()]


def clean_texts(values: dict) -> dict:
    """Keep known languages with non-empty, stripped texts, in the settings' order."""
    cleaned = {}
    for code in LANGUAGE_CODES:
        value = values.get(code)
        if isinstance(value, str) and value.strip():
            cleaned[code] = value.strip()
    return cleaned
