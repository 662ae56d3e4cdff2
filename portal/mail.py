"""Outgoing e-mail that is never lost.

Every message is first stored in the outbox, in the same transaction as whatever caused it (a
registration, an invitation). After commit, a task delivers it. If the mail server is down the
row stays unsent with a back-off time, and `manage.py send_queued_email` (run by the
scheduler) tries again, so a registration always stands and its e-mail always goes out once
the server is back. Delivery claims a row with a conditional UPDATE, so two workers never send
the same message twice.

Some messages carry a secret that must not outlive delivery in the database, such as the token
of a personal feedback link: whoever reads the outbox later could use it, or recompute what the
feedback app stores about a used link. `send_mail_later(redact_after_send=[...])` names them;
the UPDATE that marks the message sent also replaces every one of them (as written, and as
HTML- or URL-escaped) with "[…]" in the subject and both bodies and empties the list. A message
given up on after `MAX_ATTEMPTS` is redacted the same way: it will never be sent."""

import base64
import html
import logging
from collections.abc import Iterable
from datetime import timedelta
from urllib.parse import quote

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
REDACTED = "[…]"


def send_mail_later(
    *,
    to: str,
    subject: str,
    body_text: str,
    body_html: str | None = None,
    attachments: Iterable[tuple[str, bytes, str]] = (),
    reply_to: str | None = None,
    about: str = "",
    redact_after_send: Iterable[str] = (),
) -> OutgoingEmail:
    """Store a message and deliver it after the current transaction commits.

    Render subject and bodies in the recipient's language before calling this.
    `redact_after_send`: secrets in subject or bodies that the outbox forgets once the
    message has been sent (see the module docstring)."""
    secrets = sorted({secret for secret in redact_after_send if secret}, key=len, reverse=True)
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
        redact_after_send=secrets,
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


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret (also HTML- and URL-escaped) replaced by "[…]"."""
    for secret in secrets:
        for form in dict.fromkeys((secret, html.escape(secret), quote(secret, safe=""))):
            text = text.replace(form, REDACTED)
    return text


def _forget_secrets(email: OutgoingEmail) -> dict:
    """The fields to write so that the row no longer holds the message's secrets."""
    if not email.redact_after_send:
        return {}
    secrets = list(email.redact_after_send)
    return {
        "subject": redact(email.subject, secrets),
        "body_text": redact(email.body_text, secrets),
        "body_html": redact(email.body_html, secrets),
        "redact_after_send": [],
    }


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
        # The last attempt: nothing will send it any more, so its secrets go now.
        forget = _forget_secrets(email) if attempts >= MAX_ATTEMPTS else {}
        OutgoingEmail.objects.filter(pk=email_id).update(
            attempts=F("attempts") + 1,
            claimed_until=timezone.now() + backoff,
            last_error=type(error).__name__[:100],  # never the message: it may hold addresses
            **forget,
        )
        logger.warning(
            "E-mail %s not delivered (attempt %s): %s", email_id, attempts, type(error).__name__
        )
        return False
    # One UPDATE: the row is marked sent and forgets its secrets at the same moment.
    OutgoingEmail.objects.filter(pk=email_id).update(
        sent_at=timezone.now(), claimed_until=None, **_forget_secrets(email)
    )
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
