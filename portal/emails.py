"""The outbox's renderer for reports about barriers (core/outbox.py finds `EMAILS`): the
editors get the report in the site's source language, with a reply-to of the person who wrote
it if they gave an address."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.outbox import Message

from .models_legal import AccessibilityFeedback


def _accessibility_feedback(email) -> Message | None:
    feedback = AccessibilityFeedback.objects.filter(pk=email.context.get("feedback")).first()
    if feedback is None:
        return None  # deleted meanwhile: nothing to send
    with translation.override(email.language):
        context = {"feedback": feedback, "page_url": email.context.get("page_url", "")}
        return Message(
            subject=_("Accessibility feedback #%(number)d") % {"number": feedback.pk},
            body_text=render_to_string("portal/email/accessibility_feedback.txt", context),
            reply_to=feedback.email,
        )


EMAILS = {"portal.accessibility_feedback": _accessibility_feedback}
