from django import template
from django.utils import translation
from django.utils.html import format_html

from feedback.selectors.results import published_results_for_event
from feedback.translations import normalise_language

register = template.Library()


@register.filter
def lang_attrs(value, context_language: str | None = None):
    """` lang=".." dir=".."` when a text is in another language than its surroundings (a
    German fallback inside a Persian page), so screen readers pronounce it right."""
    lang = getattr(value, "lang", None)
    current = normalise_language(context_language or translation.get_language())
    if not lang or lang == current:
        return ""
    return format_html(' lang="{}" dir="{}"', lang, value.dir)


@register.simple_tag
def event_feedback_results(event):
    """Published, aggregated feedback of `event` (any translation of it), or None."""
    if event is None or not getattr(event, "translation_key", None):
        return None
    language = normalise_language(event.locale.language_code)
    with translation.override(language):
        return published_results_for_event(event, language=language)
