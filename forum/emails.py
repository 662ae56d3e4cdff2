"""E-mails to registrants, each in the registrant's own language, through the outbox.

A service stores the message (`registration_email_add`: kind, address, language, the
registration) in its own transaction; the outbox's worker renders it with `EMAILS` below and
sends it (core/outbox.py). The body is written once as plain text
(`templates/forum/email/<kind>.txt`); the HTML part is the same text with the right
`lang`/`dir`, links made clickable and the main link as a button.
Confirmations and reminders carry the event's calendar file and the check-in QR code."""

from __future__ import annotations

import io
import logging
from zoneinfo import ZoneInfo

import segno
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from core.i18n import text_direction
from core.outbox import Message, outbox_add
from events.ics import event_calendar_bytes, event_cancellation_bytes

from .links import check_in_url, personal_url
from .models import Registration
from .public import mail_about
from .selectors import waitlist_position

logger = logging.getLogger(__name__)

SUBJECTS = {
    "pending": _("Please confirm your registration: %(event)s"),
    "confirmed": _("Your seat is confirmed: %(event)s"),
    "waitlisted": _("You are on the waiting list: %(event)s"),
    "promoted": _("A seat has become free for you: %(event)s"),
    "cancelled": _("Registration cancelled: %(event)s"),
    "reminder": _("Reminder: %(event)s"),
    "full": _("No seat available: %(event)s"),
    "already_registered": _("Your registration: %(event)s"),
    "message": _("%(subject)s – %(event)s"),
}
WITH_TICKET = {"confirmed", "promoted", "reminder"}
# The cancellation takes the event out of the calendar that the confirmation's file put it in.
WITH_CANCELLATION = {"cancelled"}
ICS_CACHE_SECONDS = 600


def localized_event(event, language: str):
    """The event page in `language` if it is translated and live, else the page itself."""
    if event.locale.language_code == language:
        return event
    translated = (
        type(event)
        .objects.filter(translation_key=event.translation_key, locale__language_code=language)
        .live()
        .select_related("venue")
        .first()
    )
    return translated or event


def event_when(event) -> str:
    zone = ZoneInfo(getattr(event, "time_zone", "") or settings.TIME_ZONE)
    start = timezone.localtime(event.start, zone)
    end = timezone.localtime(event.end, zone)
    if start.date() == end.date():
        return (
            f"{formats.date_format(start, 'DATE_FORMAT')}, "
            f"{formats.time_format(start, 'TIME_FORMAT')}–{formats.time_format(end, 'TIME_FORMAT')}"
        )
    return (
        f"{formats.date_format(start, 'DATETIME_FORMAT')} – "
        f"{formats.date_format(end, 'DATETIME_FORMAT')}"
    )


def event_where(event) -> str:
    venue = event.venue
    if venue is None:
        return event.online_url or ""
    return ", ".join(part for part in (venue.name, venue.address_line) if part)


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=3)
    return buffer.getvalue()


def qr_svg_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=6, border=3)


def event_ics(event, language: str) -> bytes | None:
    """The event's calendar file from the events app (None if that app cannot make one)."""
    # The same file for every registrant in a language, until the event is published again.
    key = ":".join(
        str(part)
        for part in (
            "forum-ics",
            event.pk,
            language,
            event.latest_revision_id,
            getattr(event, "sequence", 0),
            event.last_published_at.timestamp() if event.last_published_at else 0,
        )
    )
    calendar = cache.get(key)
    if calendar is not None:
        return calendar
    try:
        # A savepoint: a failure here must not spoil the caller's transaction.
        with transaction.atomic():
            calendar = event_calendar_bytes(event, language=language)
    except Exception:  # noqa: BLE001 - the e-mail matters more than its attachment
        logger.exception("Calendar file for event %s failed; e-mail sent without it", event.pk)
        return None
    cache.set(key, calendar, ICS_CACHE_SECONDS)
    return calendar


def event_cancellation(event, language: str, email: str) -> bytes | None:
    try:
        with transaction.atomic():  # a savepoint, as in event_ics
            return event_cancellation_bytes(event, language=language, attendee_email=email)
    except Exception:  # noqa: BLE001 - the e-mail matters more than its attachment
        logger.exception("Cancellation file for event %s failed; e-mail sent without it", event.pk)
        return None


def _event_for(forum, language: str):
    # Remembered on the forum object: a message to thousands asks once per language.
    memo = forum.__dict__.setdefault("_events_by_language", {})
    if language not in memo:
        memo[language] = localized_event(forum.event, language)
    return memo[language]


def render_registration_email(
    *, registration: Registration, kind: str, language: str | None = None, **extra
) -> dict:
    forum = registration.forum
    language = language or registration.language
    with translation.override(language):
        event = _event_for(forum, language)
        link = personal_url(registration)
        context = {
            "registration": registration,
            "forum": forum,
            "event": event,
            "event_title": event.title,
            "when": event_when(event),
            "where": event_where(event),
            "personal_url": link,
            "position": waitlist_position(registration) if kind == "waitlisted" else 0,
            "retention_days": forum.retention_days,
            "by_organiser": registration.cancel_reason == "organiser",
            "site_name": getattr(settings, "WAGTAIL_SITE_NAME", "Teilhabe"),
            **extra,
        }
        subject = str(SUBJECTS[kind]) % {"event": event.title, "subject": extra.get("subject", "")}
        body_text = render_to_string(f"forum/email/{kind}.txt", context).strip() + "\n"
        body_html = render_to_string(
            "forum/email/base.html",
            {
                **context,
                "subject": subject,
                "body_text": body_text,
                "lang": language,
                "dir": text_direction(language),
                "button_url": link,
                "button_label": _("Confirm my registration")
                if kind == "pending"
                else _("View or cancel my registration"),
            },
        )
        attachments = []
        if kind in WITH_TICKET:
            calendar = event_ics(forum.event, language)
            if calendar:
                attachments.append(("event.ics", calendar, "text/calendar"))
            attachments.append(("check-in-qr.png", qr_png(check_in_url(registration)), "image/png"))
        if kind in WITH_CANCELLATION:
            calendar = event_cancellation(forum.event, language, registration.email)
            if calendar:
                attachments.append(("cancel.ics", calendar, "text/calendar; method=CANCEL"))
    return {
        "to": registration.email,
        "subject": subject,
        "body_text": body_text,
        "body_html": body_html,
        "attachments": attachments,
        "reply_to": forum.event.organiser_email or None,
    }


def registration_email_add(*, registration: Registration, kind: str, **extra) -> None:
    """Store the e-mail in the outbox, in the caller's transaction, in the registrant's
    language; the outbox's worker renders (`EMAILS`) and sends it after commit."""
    if not registration.email:
        return
    outbox_add(
        kind=f"forum.{kind}",
        to=registration.email,
        language=registration.language,
        about=mail_about(registration.pk),
        context={"registration": registration.pk, **extra},
    )


def _render(email) -> Message | None:
    """The outbox's renderer for every forum kind (None: the registration is gone or erased)."""
    context = dict(email.context)
    registration = (
        Registration.objects.select_related("forum__event")
        .filter(pk=context.pop("registration", None), erased_at__isnull=True)
        .exclude(email="")
        .first()
    )
    if registration is None:
        return None
    rendered = render_registration_email(
        registration=registration,
        kind=email.kind.removeprefix("forum."),
        language=email.language or registration.language,
        **context,
    )
    return Message(
        subject=rendered["subject"],
        body_text=rendered["body_text"],
        body_html=rendered["body_html"],
        attachments=rendered["attachments"],
        reply_to=rendered["reply_to"] or "",
    )


EMAILS = {f"forum.{kind}": _render for kind in SUBJECTS}


def message_preview(*, forum, language: str, subject: str, body: str) -> dict:
    """The organiser's message as someone reading `language` will get it (subject and text),
    rendered for a stand-in registrant (nothing is stored, the link leads nowhere)."""
    with translation.override(language):
        stand_in = Registration(
            pk=0, forum=forum, name=str(_("Name")), language=language, link_key="preview"
        )
    rendered = render_registration_email(
        registration=stand_in, kind="message", language=language, subject=subject, message=body
    )
    return {
        "language": language,
        "subject": rendered["subject"],
        "body_text": rendered["body_text"],
        "dir": text_direction(language),
    }
