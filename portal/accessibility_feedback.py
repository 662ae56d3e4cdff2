"""The feedback mechanism of the accessibility statement (BITV 2.0 §7 (1) 3): anyone can report
a barrier, and the report reaches the editors.

A report is stored (`AccessibilityFeedback`) and mailed through the outbox to the address of
the site setting "legal and accessibility", in the same transaction. The form is on the
statement page itself and works without JavaScript.

- Errors: the page is shown again with status 400, an error summary at the top and everything
  typed still in the fields.
- Too many reports from one address (ACCESSIBILITY_FEEDBACK_RATE, core.ratelimit): 429, the
  same page with a message in the visitor's language, again keeping what was typed.
- A filled-in honeypot field: the answer looks like success, but nothing is stored or sent.
"""

from __future__ import annotations

import logging

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import ratelimit

from .models_legal import LegalSettings
from .services import accessibility_feedback_submit

logger = logging.getLogger(__name__)

SENT_PARAMETER = "sent"
HONEYPOT = "homepage"


def _clean_text(value: str) -> str:
    # NUL and other control characters (but line breaks) never belong in a report, and
    # PostgreSQL refuses NUL in text.
    return "".join(ch for ch in value if ch.isprintable() or ch in "\n\t").strip()


class AccessibilityFeedbackForm(forms.Form):
    message = forms.CharField(
        label=_("What did not work for you?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        error_messages={
            "required": _("Please describe the barrier."),
            "max_length": _("Please shorten your message to at most %(limit_value)d characters."),
        },
    )
    location = forms.CharField(
        label=_("On which page or in which document? (optional)"),
        max_length=500,
        required=False,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address, if you want an answer (optional)"),
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
        error_messages={
            "invalid": _("Please enter a valid e-mail address, e.g. name@example.org.")
        },
    )
    # Honeypot: hidden from people (and from assistive technology), filled in by bots.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_message(self):
        message = _clean_text(self.cleaned_data["message"])
        if not message:
            raise forms.ValidationError(_("Please describe the barrier."))
        return message

    def clean_location(self):
        return _clean_text(self.cleaned_data["location"])

    def clean_name(self):
        return " ".join(_clean_text(self.cleaned_data["name"]).split())

    def mark_errors(self) -> None:
        """Fields with an error say so to assistive technology and point to the message."""
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"}
                )

    @property
    def is_bot(self) -> bool:
        return bool(str(self.data.get(HONEYPOT, "")).strip())


def serve_statement(page, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """GET shows the statement with an empty form; POST handles a report."""
    if request.method != "POST":
        form = AccessibilityFeedbackForm()
        return _render(page, request, form, sent=request.GET.get(SENT_PARAMETER) == "1")
    form = AccessibilityFeedbackForm(request.POST)
    done = HttpResponseRedirect(f"{page.get_url(request)}?{SENT_PARAMETER}=1#feedback")
    done.status_code = 303
    if form.is_bot:
        return done  # looks like success; nothing stored, nothing sent
    if not ratelimit.allow(
        request, scope="accessibility-feedback", rate=settings.ACCESSIBILITY_FEEDBACK_RATE
    ):
        form.is_valid()  # the fields show what was typed, cleaned or not
        problem = gettext(
            "You have sent several reports in a short time. Please wait a few minutes and "
            "send this one again: your text is still here."
        )
        return _render(page, request, form, problem=problem, status=429)
    if not form.is_valid():
        return _render(page, request, form, status=400)
    recipient = LegalSettings.for_request(request).accessibility_feedback_email
    accessibility_feedback_submit(
        page=page,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        recipient=recipient,
        page_url=page.get_full_url(request) or "",
        **{field: form.cleaned_data[field] for field in ("message", "location", "name", "email")},
    )
    return done


def _render(page, request, form, *, sent=False, problem="", status=200) -> HttpResponse:
    if form.is_bound:
        form.mark_errors()
    context = page.get_context(request)
    context.update(form=form, sent=sent, problem=problem, honeypot=HONEYPOT)
    return TemplateResponse(request, page.get_template(request), context, status=status)
