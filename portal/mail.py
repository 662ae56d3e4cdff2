"""Outgoing e-mail that is never lost.

Every message is first stored in the outbox, in the same transaction as whatever caused it (a
registration, an invitation). After commit, a task delivers it. If the mail server is down the
row stays unsent with a back-off time, and `manage.py send_queued_email` (run by the
scheduler) tries again, so a registration always stands and its e-mail always goes out once
the server is back. Delivery claims a row with a conditional UPDATE, so two workers never send
the same message twice."""

import base64
import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from .models_mail import OutgoingEmail

logger = logging.getLogger(__name__)

CLAIM_SECONDS = 300
MAX_ATTEMPTS = 12


def send_mail_later(
    *,
    to: str,
    subject: str,
    body_text: str,
    body_html: str | None = None,
    attachments: Iterable[tuple[str, bytes, str]] = (),
    reply_to: str | None = None,
    about: str = "",
) -> OutgoingEmail:
    """Store a message and deliver it after the current transaction commits.

    Render subject and bodies in the recipient's language before calling this."""
    email = OutgoingEmail.objects.create(
        to=to,
        subject=" ".join(subject.split())[:250],
        body_text=body_text,
        body_html=body_html or "",
        reply_to=reply_to or "",
        about=about,
        attachments=[
            {"name": name, "mimetype": mimetype, "content": base64.b64encode(content).decode()}
            for name, content, mimetype in attachments
        ],
    )
    transaction.on_commit(lambda: deliver_email.enqueue(email_id=email.pk))
    return email


def _claim(email_id: int) -> bool:
    now = timezone.now()
    claimed = OutgoingEmail.objects.filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
        pk=email_id,
        sent_at__isnull=True,
    ).update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
    return claimed == 1


def _message(email: OutgoingEmail) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    for attachment in email.attachments:
        message.attach(
            attachment["name"], base64.b64decode(attachment["content"]), attachment["mimetype"]
        )
    return message


def deliver(email_id: int) -> bool:
    """Try to send one stored message now. True if it went out."""
    if not _claim(email_id):
        return False
    email = OutgoingEmail.objects.get(pk=email_id)
    try:
        _message(email).send()
    except Exception as error:  # noqa: BLE001 - any transport failure means "try later"
        attempts = email.attempts + 1
        backoff = timedelta(minutes=min(2**attempts, 240))
        OutgoingEmail.objects.filter(pk=email_id).update(
            attempts=F("attempts") + 1,
            claimed_until=timezone.now() + backoff,
            last_error=type(error).__name__[:100],  # never the message: it may hold addresses
        )
        logger.warning(
            "E-mail %s not delivered (attempt %s): %s", email_id, attempts, type(error).__name__
        )
        return False
    OutgoingEmail.objects.filter(pk=email_id).update(sent_at=timezone.now(), claimed_until=None)
    return True


@task()
def deliver_email(email_id: int) -> bool:
    return deliver(email_id)


def pending_email_ids(limit: int = 1000) -> list[int]:
    now = timezone.now()
    return list(
        OutgoingEmail.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )


def purge_sent_email(*, older_than_days: int = 30) -> int:
    """Sent messages hold addresses and names: keep them only briefly."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    deleted, _ = OutgoingEmail.objects.filter(sent_at__lt=cutoff).delete()
    return deleted
