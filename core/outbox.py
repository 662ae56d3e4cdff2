"""Outgoing e-mail that is never lost: one path for every message.

A service writes the outbox row (`outbox_add`: kind, recipient, language, what it is about)
in the same transaction as whatever caused it (a registration, an invitation), so the change
and its message commit together or not at all. After commit, one task (`deliver_email`)
renders the message in the recipient's language, with the renderer that the message's app
declares for its kind, and sends it. If the mail server is down the row stays unsent with a
back-off time, and the `send_queued_email` job tries again, so a registration always stands
and its e-mail always goes out once the server is back. Delivery claims a row with a
conditional UPDATE, so two workers never send the same message twice.

Renderers. Each app lists them in `<app>/emails.py` as `EMAILS = {"app.kind": render}`; core
finds them the way it finds jobs. `render(email)` returns a `Message`, or None when there is
nothing to send any more (the person's data was erased meanwhile): the row is then dropped.

Some messages carry a secret that must not outlive delivery in the database, such as the token
of a personal feedback link: whoever reads the outbox later could use it, or recompute what the
feedback app stores about a used link. `outbox_add(redact_after_send=[...])` names them; the
UPDATE that marks the message sent also replaces every one of them (as written, and as HTML-
or URL-escaped) with "[…]" in the subject, both bodies and the context, and empties the list.
A message given up on after `MAX_ATTEMPTS` is redacted the same way: it will never be sent.

Erasure asks the outbox to forget a person (`outbox_forget(about=...)`); the apps never delete
outbox rows themselves."""

import base64
import html
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from urllib.parse import quote

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from .discovery import app_modules
from .models import OutgoingEmail

logger = logging.getLogger(__name__)

CLAIM_SECONDS = 300
MAX_ATTEMPTS = 12
REDACTED = "[…]"


@dataclass(frozen=True)
class Message:
    """A rendered message: what a renderer returns."""

    subject: str
    body_text: str
    body_html: str = ""
    attachments: Sequence[tuple[str, bytes, str]] = ()  # (file name, content, MIME type)
    reply_to: str = ""


Renderer = Callable[[OutgoingEmail], Message | None]


class UnknownKind(LookupError):
    """No installed app declares a renderer for this kind."""


@cache
def renderers() -> dict[str, Renderer]:
    """Every app's `EMAILS` (from `<app>/emails.py`), by kind."""
    found: dict[str, Renderer] = {}
    for _config, module in app_modules("emails"):
        found.update(getattr(module, "EMAILS", {}))
    return found


def _secrets(values: Iterable[str]) -> list[str]:
    return sorted({secret for secret in values if secret}, key=len, reverse=True)


def _enqueue_after_commit(email: OutgoingEmail) -> None:
    transaction.on_commit(lambda: deliver_email.enqueue(email_id=email.pk))


def outbox_add(
    *,
    kind: str,
    to: str,
    language: str,
    about: str,
    context: dict | None = None,
    redact_after_send: Iterable[str] = (),
) -> OutgoingEmail:
    """Store a message to render and send after the current transaction commits.

    `kind` names its renderer ("forum.confirmed"), `language` the recipient's language it is
    rendered in, `about` whom it concerns ("forum.registration:42", see `outbox_forget`).
    `context`: JSON the renderer needs. `redact_after_send`: secrets (in `context`, and so in
    the text) that the outbox forgets once the message has gone out."""
    email = OutgoingEmail.objects.create(
        to=to,
        kind=kind,
        language=language,
        about=about,
        context=context or {},
        redact_after_send=_secrets(redact_after_send),
    )
    _enqueue_after_commit(email)
    return email


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
    """Store a message written already (no renderer) and deliver it after commit."""
    email = OutgoingEmail.objects.create(
        to=to,
        about=about,
        redact_after_send=_secrets(redact_after_send),
        rendered_at=timezone.now(),
        **_rendered_fields(
            Message(
                subject=subject,
                body_text=body_text,
                body_html=body_html or "",
                attachments=tuple(attachments),
                reply_to=reply_to or "",
            )
        ),
    )
    _enqueue_after_commit(email)
    return email


def _rendered_fields(message: Message) -> dict:
    return {
        "subject": " ".join(message.subject.split())[:250],
        "body_text": message.body_text,
        "body_html": message.body_html or "",
        "reply_to": message.reply_to or "",
        "attachments": [
            {"name": name, "mimetype": mimetype, "content": base64.b64encode(content).decode()}
            for name, content, mimetype in message.attachments
        ],
    }


def render(email: OutgoingEmail) -> bool:
    """Render a stored message once (kept in the row). False: nothing to send any more, and
    the row is gone. Raises UnknownKind, or whatever the renderer raises."""
    if email.rendered_at is not None or not email.kind:
        return True
    renderer = renderers().get(email.kind)
    if renderer is None:
        raise UnknownKind(email.kind)
    message = renderer(email)
    if message is None:
        OutgoingEmail.objects.filter(pk=email.pk).delete()
        return False
    fields = {**_rendered_fields(message), "rendered_at": timezone.now()}
    OutgoingEmail.objects.filter(pk=email.pk).update(**fields)
    for name, value in fields.items():
        setattr(email, name, value)
    return True


def render_pending() -> int:
    """Render every stored message not rendered yet (previews, tests); returns how many."""
    done = 0
    for email in OutgoingEmail.objects.filter(rendered_at__isnull=True).exclude(kind=""):
        done += render(email)
    return done


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


def _redact_json(value, secrets: list[str]):
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {key: _redact_json(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_redact_json(item, secrets) for item in value]
    return value


def _forget_secrets(email: OutgoingEmail) -> dict:
    """The fields to write so that the row no longer holds the message's secrets."""
    if not email.redact_after_send:
        return {}
    secrets = list(email.redact_after_send)
    return {
        "subject": redact(email.subject, secrets),
        "body_text": redact(email.body_text, secrets),
        "body_html": redact(email.body_html, secrets),
        "context": _redact_json(email.context, secrets),
        "redact_after_send": [],
    }


def _failed(email: OutgoingEmail, error: Exception) -> None:
    attempts = email.attempts + 1
    backoff = timedelta(minutes=min(2**attempts, 240))
    # The last attempt: nothing will send it any more, so its secrets go now.
    forget = _forget_secrets(email) if attempts >= MAX_ATTEMPTS else {}
    OutgoingEmail.objects.filter(pk=email.pk).update(
        attempts=F("attempts") + 1,
        claimed_until=timezone.now() + backoff,
        last_error=type(error).__name__[:100],  # never the message: it may hold addresses
        **forget,
    )
    logger.warning(
        "E-mail %s not delivered (attempt %s): %s", email.pk, attempts, type(error).__name__
    )


def deliver(email_id: int) -> bool:
    """Render (if not done yet) and send one stored message now. True if it went out."""
    if not _claim(email_id):
        return False
    email = OutgoingEmail.objects.get(pk=email_id)
    try:
        if not render(email):
            return False  # nothing left to send (erased meanwhile)
        _message(email).send()
    except Exception as error:  # noqa: BLE001 - any rendering or transport failure: try later
        _failed(email, error)
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


# How long sent messages are kept (the privacy notice reads it: portal/legal.py).
SENT_RETENTION_DAYS = 30


def purge_sent_email(*, older_than_days: int = SENT_RETENTION_DAYS) -> int:
    """Sent messages hold addresses and names: keep them only briefly."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    deleted, _ = OutgoingEmail.objects.filter(sent_at__lt=cutoff).delete()
    return deleted


def outbox_forget(*, about: Iterable[str]) -> int:
    """Forget every message (sent or not) about these people or things: their data is being
    erased. Returns how many messages went."""
    keys = [key for key in about if key]
    if not keys:
        return 0
    deleted, _ = OutgoingEmail.objects.filter(about__in=keys).delete()
    return deleted


class Status:
    """Where a stored message stands, for the outbox views."""

    WAITING = "waiting"
    RETRYING = "retrying"
    GIVEN_UP = "given_up"
    SENT = "sent"


def status_of(email: OutgoingEmail) -> str:
    if email.sent_at is not None:
        return Status.SENT
    if email.attempts >= MAX_ATTEMPTS:
        return Status.GIVEN_UP
    return Status.RETRYING if email.attempts else Status.WAITING


def outbox_rows(*, about=None):
    """The stored messages, newest first, without their bodies (about: keys or a subquery of
    keys; None: all). For listings: status, attempts, language, kind, times."""
    rows = OutgoingEmail.objects.defer("body_text", "body_html", "attachments", "context")
    if about is not None:
        rows = rows.filter(about__in=about)
    return rows.order_by("-created_at", "-pk")


@dataclass(frozen=True)
class Sent:
    """What the outbox holds about one message, for a person's data export."""

    kind: str
    subject: str
    queued: datetime
    sent: datetime | None


def messages_about(*, about: str) -> list[Sent]:
    """The messages about someone, oldest first (one query)."""
    rows = OutgoingEmail.objects.filter(about=about).order_by("created_at", "pk")
    return [
        Sent(kind=row.kind, subject=row.subject, queued=row.created_at, sent=row.sent_at)
        for row in rows.only("kind", "subject", "created_at", "sent_at")
    ]
