"""Left-to-right fragments inside right-to-left text (issue 14.2).

A translated label such as "تنزيل (.ics)" or "أضِف إلى Outlook (Microsoft 365)" keeps its Latin
parts; in a right-to-left paragraph the Unicode bidi algorithm then moves brackets and the full
stop of ".ics" to the wrong side ("تنزيل (ics.)"). `isolate_ltr` wraps every run of Latin
script (with its digits, brackets and punctuation) in `<bdi dir="ltr">` when the active language
is written right to left, so the run shows as written. Left-to-right languages get the text
unchanged (escaped like any other value)."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_bidi

from core.i18n import text_direction

register = template.Library()

# A run: Latin letters, digits, and the punctuation that sits between them in names, file
# extensions, versions and addresses. It must contain a Latin letter to count.
RUN = re.compile(r"[A-Za-z0-9.()\[\]@:/_+\- ]*[A-Za-z][A-Za-z0-9.()\[\]@:/_+\- ]*")


def _balanced(run: str) -> tuple[str, str, str]:
    """Split off brackets that open or close outside the run, and the spaces around it."""
    before = run[: len(run) - len(run.lstrip())]
    after = run[len(run.rstrip()) :]
    core = run.strip()
    lead, tail = "", ""
    while core.startswith("(") and core.count("(") > core.count(")"):
        lead, core = lead + "(", core[1:]
    while core.endswith(")") and core.count(")") > core.count("("):
        tail, core = ")" + tail, core[:-1]
    return before + lead, core, tail + after


def isolate_ltr_text(text: str, *, bidi: bool) -> SafeString:
    escaped = str(conditional_escape(text))
    if not bidi:
        return mark_safe(escaped)  # noqa: S308 - escaped just above
    parts, position = [], 0
    source = str(text)
    for found in RUN.finditer(source):
        head, core, tail = _balanced(found.group(0))
        parts.append(conditional_escape(source[position : found.start()]))
        parts.append(conditional_escape(head))
        if core:
            parts.append(f'<bdi dir="ltr">{conditional_escape(core)}</bdi>')
        parts.append(conditional_escape(tail))
        position = found.end()
    parts.append(conditional_escape(source[position:]))
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 - every part escaped


@register.filter
def isolate_ltr(text) -> SafeString:
    """`{% translate "Download (.ics)" as label %}{{ label|isolate_ltr }}`"""
    return isolate_ltr_text("" if text is None else str(text), bidi=get_language_bidi())


@register.filter
def dir_of(language_code) -> str:
    """`lang="{{ code }}" dir="{{ code|dir_of }}"`: a fragment in another language carries its
    direction too, or German on an Arabic page runs right to left."""
    return text_direction(str(language_code or ""))
