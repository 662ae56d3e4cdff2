"""The outbox's renderer for feedback invitations (core/outbox.py finds `EMAILS`).

`invitations_send` stores each invitation with its token in the outbox row's context (named in
`redact_after_send`, so the outbox forgets it once sent); the worker renders it here in the
attendee's language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.outbox import Message

from .models import Survey
from .services import invitation_url


def _invitation(email) -> Message | None:
    survey = Survey.objects.select_related("event").filter(pk=email.context.get("survey")).first()
    if survey is None:
        return None
    language = email.language
    with translation.override(language):
        context = {
            "name": email.context.get("name", ""),
            "event_title": email.context.get("event_title", ""),
            "url": invitation_url(token=email.context["token"], language=language),
            "closes_at": survey.closes_at,
            "site_name": getattr(settings, "WAGTAIL_SITE_NAME", "Teilhabe"),
            "language": language,
        }
        subject = _("Your opinion on “%(event)s”") % {"event": context["event_title"]}
        return Message(
            subject=subject,
            body_text=render_to_string("feedback/email/invitation.txt", context),
            body_html=render_to_string("feedback/email/invitation.html", context),
            reply_to=survey.event.organiser_email if survey.event_id else "",
        )


EMAILS = {"feedback.invitation": _invitation}
