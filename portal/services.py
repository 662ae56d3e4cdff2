"""The portal's writes: reports about barriers (the accessibility statement's feedback
mechanism, BITV 2.0 §7), stored and mailed to the editors through the outbox in one
transaction, and deleted with their e-mails after ACCESSIBILITY_FEEDBACK_RETENTION_DAYS."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.outbox import outbox_add, outbox_forget
from core.scheduler import scheduled_job

from .models_legal import AccessibilityFeedback

logger = logging.getLogger(__name__)


def feedback_about(feedback_id: int) -> str:
    """The outbox tag of a report's e-mail (core.outbox: `about`)."""
    return f"portal.accessibility_feedback:{feedback_id}"


def accessibility_feedback_submit(
    *,
    page,
    message: str,
    location: str = "",
    name: str = "",
    email: str = "",
    language: str,
    recipient: str,
    page_url: str = "",
) -> AccessibilityFeedback:
    """Store a report and queue its e-mail to `recipient` (none when empty), together."""
    with transaction.atomic():
        feedback = AccessibilityFeedback.objects.create(
            page=page,
            message=message,
            location=location,
            name=name,
            email=email,
            language=language,
        )
        if recipient:
            outbox_add(
                kind="portal.accessibility_feedback",
                to=recipient,
                language=settings.LANGUAGE_CODE,  # the editors' language
                about=feedback_about(feedback.pk),
                context={"feedback": feedback.pk, "page_url": page_url},
            )
        else:
            logger.warning(
                "Accessibility feedback %s stored; no address to mail it to", feedback.pk
            )
    return feedback


@scheduled_job(
    name="purge_old_accessibility_feedback",
    report="accessibility feedback: {result} old reports deleted",
)
def accessibility_feedback_purge(*, now=None) -> int:
    """Reports older than ACCESSIBILITY_FEEDBACK_RETENTION_DAYS go, with their e-mails."""
    cutoff = (now or timezone.now()) - timedelta(
        days=settings.ACCESSIBILITY_FEEDBACK_RETENTION_DAYS
    )
    with transaction.atomic():
        old = list(
            AccessibilityFeedback.objects.filter(created_at__lt=cutoff).values_list("pk", flat=True)
        )
        outbox_forget(about=[feedback_about(pk) for pk in old])
        deleted, _ = AccessibilityFeedback.objects.filter(pk__in=old).delete()
    return deleted
