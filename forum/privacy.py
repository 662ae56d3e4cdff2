"""The life cycle of registrants' personal data: what we hand out on request, and erasure.

Erasure anonymises rather than deletes: the registration row stays with its forum, status,
source, language and whether the person was checked in, because the participation figures
(`forum.public`, feedback statistics) count exactly those. Name, e-mail, phone, account,
needs, comments, theme wishes and the personal link go; so do the person's table seats,
feedback invitation links (receivers of `personal_data_erased` in seating and feedback) and
every stored e-mail to them, sent or not: the outbox forgets what it holds about them
(`core.outbox.outbox_forget`, by the tag `public.mail_about`). Feedback answers
were anonymous from the start and stay. Audit-log entries about the person keep only the
action, the time and who acted (core/audit.py, `forget_people`).

It happens
- for every forum `retention_days` after its event (`personal_data_expire`, a scheduled job
  and the `erase_personal_data` command),
- for a whole forum earlier, when its organisers ask (after the event),
- for one person, when they ask through their personal link."""

from __future__ import annotations

import logging
from dataclasses import asdict
from datetime import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from core import audit
from core.outbox import messages_about, outbox_forget
from core.progress import OnProgress, tracked
from core.scheduler import scheduled_job

from . import services
from .models import Forum, Registration, RegistrationStatus, RegistrationWish
from .public import mail_about, personal_data_erased

logger = logging.getLogger(__name__)

# `personal_data_erased` (defined in forum.public, the contract with other apps) is sent by
# `_erase` inside the erasing transaction.

ERASED_FIELDS = {
    "name": "",
    "email": "",
    "email_normalised": "",
    "phone": "",
    "user": None,
    **asdict(services.Needs()),  # no needs: the same defaults a new registration starts from
    "comments": "",
    "link_key": "",  # every personal and check-in link stops working
    "checked_in_by": None,
}


class ErasureNotYet(services.RegistrationError):
    pass


def registration_export(registration: Registration) -> dict:
    """Everything stored about one registration, for the registrant (GDPR Art. 15 and 20)."""
    forum = registration.forum
    wishes = registration.wishes.select_related("theme").order_by("rank")
    emails = messages_about(about=mail_about(registration.pk))

    def moment(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "forum": {
            "event": forum.event.title,
            "event_start": moment(forum.event.start),
            "personal_data_deleted_on": forum.retention_until().date().isoformat(),
        },
        "registration": {
            "number": registration.pk,
            "status": registration.status,
            "source": registration.source,
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "language_for_messages": registration.language,
            "has_account": registration.user_id is not None,
            "comments": registration.comments,
            "privacy_consent_given": moment(registration.consent_at),
            "registered": moment(registration.created_at),
            "confirmed": moment(registration.confirmed_at),
            "on_waiting_list_since": moment(registration.queued_at),
            "moved_up_from_waiting_list": moment(registration.promoted_at),
            "cancelled": moment(registration.cancelled_at),
            "reminder_sent": moment(registration.reminded_at),
            "checked_in": moment(registration.checked_in_at),
        },
        "needs": {
            "interpretation_into": registration.interpretation_language,
            "sign_language": registration.sign_language,
            "step_free_access": registration.step_free,
            "childcare": registration.childcare,
            "children_needing_care": registration.children,
        },
        "theme_wishes": [{"rank": wish.rank, "theme": wish.theme.name} for wish in wishes],
        "emails_to_you": [
            {
                "subject": email.subject,
                "queued": moment(email.queued),
                "sent": moment(email.sent),
            }
            for email in emails
        ],
    }


def _erase(registrations: QuerySet, *, forum: Forum | None, now: datetime) -> int:
    """Anonymise the rows and tell the other apps. Caller holds a transaction."""
    ids = list(registrations.filter(erased_at__isnull=True).values_list("pk", flat=True))
    if not ids:
        return 0
    RegistrationWish.objects.filter(registration_id__in=ids).delete()
    Registration.objects.filter(pk__in=ids).update(**ERASED_FIELDS, erased_at=now)
    outbox_forget(about=[mail_about(pk) for pk in ids])
    # The audit log keeps that things happened to these people, not who they were.
    audit.forget_people(model=Forum, person_ids=ids)
    personal_data_erased.send(sender=Registration, registration_ids=ids, forum=forum)
    return len(ids)


def registration_erase(*, registration: Registration, now: datetime | None = None) -> None:
    """The registrant's own request: cancel first (the seat goes to the waiting list), then
    erase. Nothing is e-mailed: there is no address left to write to."""
    now = now or timezone.now()
    with transaction.atomic():
        if registration.is_active:
            services.registration_cancel(registration=registration, notify=False, now=now)
        Registration.objects.filter(pk=registration.pk, cancel_reason="self").update(
            cancel_reason="erased"
        )
        _erase(Registration.objects.filter(pk=registration.pk), forum=None, now=now)
        # The fact and the time only: the person asked for their data to go.
        audit.record(instance=registration.forum, action="forum.registration_erase")
    logger.info("registration %s: personal data erased on request", registration.pk)


def forum_personal_data_erase(*, forum: Forum, by=None, now: datetime | None = None) -> int:
    """Erase every registrant's personal data of a forum whose event has ended: `by` the
    organiser on the dashboard, or by nobody (the retention job). Logged as "forum.erase"."""
    now = now or timezone.now()
    if not forum.event_ended(now):
        raise ErasureNotYet
    with transaction.atomic():
        erased = _erase(forum.registrations.all(), forum=forum, now=now)
        Forum.objects.filter(pk=forum.pk).update(personal_data_erased_at=now)
        # Pending and waiting registrations of a past event are over: say so in the counts.
        forum.registrations.filter(status=RegistrationStatus.PENDING).update(
            status=RegistrationStatus.EXPIRED, cancelled_at=now, cancel_reason="expired"
        )
        audit.record(instance=forum, action="forum.erase", user=by, data={"count": erased})
    logger.info("forum %s: personal data of %s registrations erased", forum.pk, erased)
    return erased


def forums_past_retention(now: datetime) -> list[Forum]:
    """Forums whose retention period is over and which still hold personal data."""
    candidates = (
        Forum.objects.filter(event__end__lt=now, registrations__erased_at__isnull=True)
        .select_related("event")
        .distinct()
    )
    return [forum for forum in candidates if forum.retention_until() <= now]


@scheduled_job(
    name="erase_personal_data_past_retention",
    report="forum: personal data of {result} registrations past retention erased",
)
def personal_data_expire(
    *, now: datetime | None = None, on_progress: OnProgress | None = None
) -> int:
    """The scheduled job: erase what is past retention. Safe to repeat and to run late."""
    now = now or timezone.now()
    forums = forums_past_retention(now)
    erased = 0
    label = "forums past retention"
    for forum in tracked(forums, total=len(forums), label=label, on_progress=on_progress):
        erased += forum_personal_data_erase(forum=forum, now=now)
    return erased
