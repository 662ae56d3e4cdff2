"""Every write that matters for forum registrations.

Seats. `Forum.seats_taken` counts confirmed registrations. A seat is taken only by a guarded
conditional UPDATE (`seats_taken < capacity` in the WHERE clause), backed by a CheckConstraint,
so two requests can never both take the last seat: on PostgreSQL the second UPDATE waits for
the first one's row lock and re-checks the condition against the committed row; on SQLite the
IMMEDIATE transaction serialises writers. Operations that read before they decide (cancel,
confirm, promote, check-in) first lock the forum row (`select_for_update`), always before any
registration row, so they queue behind each other without deadlocks.

E-mail. Every message is stored in the outbox (core.outbox: kind, address, language, the
registration) inside the same transaction as the change that caused it, so a registration and
its e-mail commit together; the outbox's worker renders it in the registrant's language and
delivers it after commit, with retries.

All functions are keyword-only; the ones that the views call raise `RegistrationError`
subclasses whose `message` is fit to show the registrant (in the active language)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from core import audit
from core.progress import OnProgress, tracked
from core.scheduler import scheduled_job

from .emails import registration_email_add
from .models import (
    ACTIVE_STATUSES,
    Forum,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    RegistrationWish,
    Theme,
    normalise_email,
)
from .selectors import has_verified_address

logger = logging.getLogger(__name__)

Status = RegistrationStatus
Source = RegistrationSource

PENDING_TTL = timedelta(hours=24)
# A second identical submission this soon after the first is a double click, not a mistake.
DOUBLE_SUBMIT_WINDOW = timedelta(minutes=2)

# The seat guard. Only the concurrency tests switch it off, to prove that they detect
# overbooking: without it, seats are decided by "count, then insert" (the pattern that
# overbooks). Never switch it off anywhere else.
SEAT_GUARD = True


@dataclass(frozen=True)
class Needs:
    interpretation_language: str = ""
    sign_language: bool = False
    step_free: bool = False
    childcare: bool = False
    children: int = 0

    def __post_init__(self):
        if not self.childcare and self.children:
            object.__setattr__(self, "children", 0)


@dataclass(frozen=True)
class Outcome:
    registration: Registration
    changed: bool  # False: nothing to do (already confirmed, already cancelled, ...)
    promoted: tuple[Registration, ...] = ()


class RegistrationError(Exception):
    default_message = _("This registration could not be processed.")

    def __init__(self, message=None, *, registration: Registration | None = None):
        self.message = message or self.default_message
        self.registration = registration
        super().__init__(str(self.message))


class RegistrationClosed(RegistrationError):
    default_message = _("Registration for this forum is closed.")


class ForumFull(RegistrationError):
    default_message = _("Sorry, all seats are taken and there is no waiting list.")


class AlreadyRegistered(RegistrationError):
    default_message = _("This e-mail address is already registered for this forum.")


class RegistrationExpired(RegistrationError):
    default_message = _(
        "This registration was not confirmed within 24 hours and has expired. "
        "Please register again."
    )


class NotActive(RegistrationError):
    default_message = _("This registration has been cancelled.")


class CheckInClosed(RegistrationError):
    """Outside check_in_window: the desk is not open (yet, or any more)."""

    default_message = _("Check-in is not open at the moment.")


class NotCheckedIn(RegistrationError):
    default_message = _("This person has not been checked in, so there is nothing to undo.")


# --- seats --------------------------------------------------------------------------------


def _take_seat(forum_id: int) -> bool:
    """Take one seat if one is free. Must run inside a transaction."""
    seat = Forum.objects.filter(pk=forum_id, seats_taken__lt=F("capacity"))
    if seat.update(seats_taken=F("seats_taken") + 1):
        return True
    # Full as far as this statement saw. Lock the row and look once more: a cancellation
    # that committed in between has freed a seat and promoted from a waiting list that did
    # not include us yet; from here until our commit no cancellation can run.
    capacity, taken = _lock_forum_row(forum_id)
    return taken < capacity and bool(seat.update(seats_taken=F("seats_taken") + 1))


def _lock_forum(forum_id: int) -> Forum:
    # FOR NO KEY UPDATE: waits for seat changes, but lets registrations that merely reference
    # the forum (a foreign-key share lock) go ahead. SQLite ignores it: IMMEDIATE transactions
    # hold the whole database.
    return (
        Forum.objects.select_for_update(no_key=True, of=("self",))
        .select_related("event")
        .get(pk=forum_id)
    )


def _lock_forum_row(forum_id: int) -> tuple[int, int]:
    """The lock of _lock_forum without loading the forum and its event: (capacity, taken)."""
    locked = Forum.objects.select_for_update(no_key=True).filter(pk=forum_id)
    return locked.values_list("capacity", "seats_taken").get()


def _release_seat(forum_id: int) -> None:
    Forum.objects.filter(pk=forum_id, seats_taken__gt=0).update(seats_taken=F("seats_taken") - 1)


def _remind_now(forum: Forum, now: datetime) -> bool:
    """Confirmed inside the reminder lead time: the confirmation is the reminder."""
    return forum.event.start - timedelta(hours=forum.reminder_hours) <= now


def _fill_from_waitlist(forum: Forum, now: datetime) -> list[Registration]:
    """Give free seats to the waiting list, first come first served. Caller holds the lock."""
    capacity, taken = Forum.objects.filter(pk=forum.pk).values_list("capacity", "seats_taken")[0]
    free = capacity - taken
    if free <= 0:
        return []
    ids = list(
        Registration.objects.filter(forum_id=forum.pk)
        .waitlisted()
        .values_list("pk", flat=True)[:free]
    )
    if not ids:
        return []
    grown = Forum.objects.filter(pk=forum.pk, seats_taken__lte=F("capacity") - len(ids)).update(
        seats_taken=F("seats_taken") + len(ids)
    )
    if not grown:  # cannot happen under the lock; refuse rather than overbook
        return []
    Registration.objects.filter(pk__in=ids).update(
        status=Status.CONFIRMED,
        confirmed_at=now,
        promoted_at=now,
        reminded_at=now if _remind_now(forum, now) else None,
    )
    return list(Registration.objects.filter(pk__in=ids).order_by("queued_at", "pk"))


# --- registration -------------------------------------------------------------------------


def _expire_if_stale(registration: Registration, now: datetime) -> bool:
    if registration.status != Status.PENDING or registration.created_at >= now - PENDING_TTL:
        return False
    Registration.objects.filter(pk=registration.pk, status=Status.PENDING).update(
        status=Status.EXPIRED, cancelled_at=now, cancel_reason="expired"
    )
    return True


def _active_registration(forum: Forum, email_key: str) -> Registration | None:
    return forum.registrations.active().filter(email_normalised=email_key).first()


def _fresh_seats_left(forum: Forum) -> int:
    capacity, taken = Forum.objects.filter(pk=forum.pk).values_list("capacity", "seats_taken")[0]
    return capacity - taken


def _account_for(user, email: str):
    """The account a new registration joins: the signed-in one, and only if the address is
    one it has verified. Anyone can type someone else's address (or one of their own they
    never confirmed); such a registration stays anonymous, and only the link e-mailed to the
    address confirms and opens it."""
    if not getattr(user, "is_authenticated", False):
        return None
    return user if has_verified_address(user=user, email=email) else None


def registration_create(
    *,
    forum: Forum,
    name: str,
    email: str,
    language: str,
    phone: str = "",
    wishes: Sequence[Theme] = (),
    needs: Needs | None = None,
    comments: str = "",
    user=None,
    source: str = Source.ONLINE,
    consent: bool = True,
    checked_in_by=None,
    notify: bool = True,
    now: datetime | None = None,
) -> Registration:
    """Register someone. Online with double opt-in: pending, no seat yet. Otherwise the seat
    is taken now: confirmed, or on the waiting list when full (walk-ins: ForumFull).

    `user`, the one signed in, is remembered only when `email` is one of its verified
    addresses (`_account_for`); being signed in never skips the double opt-in."""
    now = now or timezone.now()
    needs = needs or Needs()
    email_key = normalise_email(email)
    if source == Source.ONLINE and not forum.window_open(now):
        raise RegistrationClosed
    seat_now = not (source == Source.ONLINE and forum.double_opt_in)
    may_wait = forum.waitlist_enabled and source != Source.WALK_IN
    if not may_wait and _fresh_seats_left(forum) <= 0:
        raise _refusal_when_full(forum, email_key, now)
    account = _account_for(user, email) if email_key else None
    naive_seat = None
    if seat_now and not SEAT_GUARD:
        # The control experiment: count, then insert (read outside the write transaction).
        naive_seat = forum.registrations.confirmed().count() < forum.capacity
    # Most addresses are new, so no lookup first: the partial unique constraint refuses a
    # second active registration, and only then do we look at the one that exists.
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                if not seat_now:
                    status = Status.PENDING
                elif _take_seat(forum.pk) if SEAT_GUARD else naive_seat:
                    status = Status.CONFIRMED
                elif may_wait:
                    status = Status.WAITLISTED
                else:
                    raise _refusal_when_full(forum, email_key, now)
                registration = Registration(
                    forum=forum,
                    status=status,
                    source=source,
                    name=name.strip(),
                    email=email.strip(),
                    phone=phone.strip(),
                    language=language,
                    user=account,
                    interpretation_language=needs.interpretation_language,
                    sign_language=needs.sign_language,
                    step_free=needs.step_free,
                    childcare=needs.childcare,
                    children=needs.children,
                    comments=comments.strip(),
                    consent_at=now if consent else None,
                    created_at=now,
                    confirmed_at=now if status == Status.CONFIRMED else None,
                    queued_at=now if status == Status.WAITLISTED else None,
                    checked_in_at=now if source == Source.WALK_IN else None,
                    checked_in_by=checked_in_by if source == Source.WALK_IN else None,
                )
                if status == Status.CONFIRMED and _remind_now(forum, now):
                    registration.reminded_at = now
                registration.save()
                _save_wishes(registration, wishes)
                if notify and registration.email:
                    _notify(registration, _kind_for(status))
            return registration
        except IntegrityError as error:
            existing = _active_registration(forum, email_key) if email_key else None
            if existing is None:
                raise
            if attempt == 1 and _expire_if_stale(existing, now):
                continue  # an unconfirmed registration older than 24 hours blocks nobody
            raise AlreadyRegistered(registration=existing) from error
    raise AssertionError("unreachable: the second attempt returns or raises")


def _refusal_when_full(forum: Forum, email_key: str, now: datetime) -> RegistrationError:
    """Someone already registered is told so (and gets their link again), not "full"."""
    existing = _active_registration(forum, email_key) if email_key else None
    if existing is not None and not _expire_if_stale(existing, now):
        return AlreadyRegistered(registration=existing)
    return ForumFull()


def is_double_submit(*, registration: Registration, name: str, now: datetime | None = None):
    """An identical submission right after the first: answer as if it were the first."""
    now = now or timezone.now()
    return (
        registration.name.strip().casefold() == name.strip().casefold()
        and now - registration.created_at < DOUBLE_SUBMIT_WINDOW
    )


def _kind_for(status: str) -> str:
    return {
        Status.PENDING: "pending",
        Status.CONFIRMED: "confirmed",
        Status.WAITLISTED: "waitlisted",
    }[status]


def _save_wishes(registration: Registration, wishes: Sequence[Theme]) -> None:
    seen = set()
    rows = []
    for theme in wishes:
        if theme is None or theme.pk in seen or theme.forum_id != registration.forum_id:
            continue
        seen.add(theme.pk)
        rows.append(RegistrationWish(registration=registration, theme=theme, rank=len(rows) + 1))
    if rows:
        RegistrationWish.objects.bulk_create(rows)


def registration_confirm(*, registration: Registration, now: datetime | None = None) -> Outcome:
    """Double opt-in: the link was followed. Takes a seat, or a place on the waiting list."""
    now = now or timezone.now()
    if registration.status == Status.PENDING and registration.created_at < now - PENDING_TTL:
        Registration.objects.filter(pk=registration.pk, status=Status.PENDING).update(
            status=Status.EXPIRED, cancelled_at=now, cancel_reason="expired"
        )
        registration.refresh_from_db()
        raise RegistrationExpired(registration=registration)
    with transaction.atomic():
        forum = _lock_forum(registration.forum_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status in (Status.CONFIRMED, Status.WAITLISTED):
            return Outcome(current, changed=False)
        if current.status == Status.EXPIRED:
            raise RegistrationExpired(registration=current)
        if current.status != Status.PENDING:
            raise NotActive(registration=current)
        if _take_seat(forum.pk):
            current.status = Status.CONFIRMED
            current.confirmed_at = now
            if _remind_now(forum, now):
                current.reminded_at = now
        elif forum.waitlist_enabled:
            current.status = Status.WAITLISTED
            current.queued_at = now
        else:
            current.status = Status.CANCELLED
            current.cancelled_at = now
            current.cancel_reason = "full"
        current.save(
            update_fields=[
                "status",
                "confirmed_at",
                "queued_at",
                "cancelled_at",
                "cancel_reason",
                "reminded_at",
            ]
        )
        kind = {Status.CONFIRMED: "confirmed", Status.WAITLISTED: "waitlisted"}.get(
            current.status, "full"
        )
        _notify(current, kind)
    return Outcome(current, changed=True)


def registration_cancel(
    *,
    registration: Registration,
    by_organiser: bool = False,
    notify: bool = True,
    now: datetime | None = None,
) -> Outcome:
    """Cancel; a freed seat goes to the first person on the waiting list (before the event)."""
    now = now or timezone.now()
    with transaction.atomic():
        forum = _lock_forum(registration.forum_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status not in ACTIVE_STATUSES:
            return Outcome(current, changed=False)
        held_seat = current.status == Status.CONFIRMED
        current.status = Status.CANCELLED
        current.cancelled_at = now
        current.cancel_reason = "organiser" if by_organiser else "self"
        current.save(update_fields=["status", "cancelled_at", "cancel_reason"])
        promoted: list[Registration] = []
        if held_seat:
            _release_seat(forum.pk)
            if forum.event.start > now:
                promoted = _fill_from_waitlist(forum, now)
        if notify and current.email:
            _notify(current, "cancelled")
        for person in promoted:
            if person.email:
                _notify(person, "promoted")
    return Outcome(current, changed=True, promoted=tuple(promoted))


def waitlist_promote(*, forum: Forum, now: datetime | None = None) -> list[Registration]:
    """Fill free seats from the waiting list (after the capacity was raised)."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = _lock_forum(forum.pk)
        if locked.event.start <= now:
            return []
        promoted = _fill_from_waitlist(locked, now)
        for person in promoted:
            if person.email:
                _notify(person, "promoted")
    return promoted


def registration_update(
    *,
    registration: Registration,
    language: str,
    phone: str = "",
    needs: Needs | None = None,
    wishes: Sequence[Theme] | None = None,
    comments: str | None = None,
) -> Registration:
    """The registrant changes their language, phone, needs or wishes."""
    needs = needs or Needs()
    with transaction.atomic():
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status not in ACTIVE_STATUSES:
            raise NotActive(registration=current)
        current.language = language
        current.phone = phone.strip()
        current.interpretation_language = needs.interpretation_language
        current.sign_language = needs.sign_language
        current.step_free = needs.step_free
        current.childcare = needs.childcare
        current.children = needs.children
        fields = [
            "language",
            "phone",
            "interpretation_language",
            "sign_language",
            "step_free",
            "childcare",
            "children",
        ]
        if comments is not None:
            current.comments = comments.strip()
            fields.append("comments")
        current.save(update_fields=fields)
        if wishes is not None:
            current.wishes.all().delete()
            _save_wishes(current, wishes)
    return current


def check_in_window(forum: Forum) -> tuple[datetime, datetime]:
    """When the desk admits people: from FORUM_CHECK_IN_OPENS_MINUTES before the event starts
    until FORUM_CHECK_IN_CLOSES_MINUTES after it ends (settings, from the environment)."""
    opens = forum.event.start - timedelta(minutes=settings.FORUM_CHECK_IN_OPENS_MINUTES)
    closes = forum.event.end + timedelta(minutes=settings.FORUM_CHECK_IN_CLOSES_MINUTES)
    return opens, closes


def check_in_open(forum: Forum, now: datetime | None = None) -> bool:
    opens, closes = check_in_window(forum)
    return opens <= (now or timezone.now()) <= closes


def _refuse_outside_window(forum: Forum, now: datetime) -> None:
    opens, closes = check_in_window(forum)
    if now < opens:
        moment = timezone.localtime(opens).strftime("%d.%m.%Y %H:%M")
        raise CheckInClosed(_("Check-in opens on %(moment)s.") % {"moment": moment})
    if now > closes:
        raise CheckInClosed(_("Check-in for this event has closed."))


def registration_check_in(*, registration: Registration, by=None, now=None) -> Outcome:
    """Mark attendance once, inside check_in_window. Someone waiting (or unconfirmed) gets a
    seat if one is free. Logged as "forum.check_in" on the forum."""
    now = now or timezone.now()
    _refuse_outside_window(registration.forum, now)
    with transaction.atomic():
        current = Registration.objects.get(pk=registration.pk)
        if current.status in (Status.WAITLISTED, Status.PENDING):
            forum = _lock_forum(current.forum_id)
            current = Registration.objects.select_for_update().get(pk=registration.pk)
            if current.status in (Status.WAITLISTED, Status.PENDING):
                if not _take_seat(forum.pk):
                    raise ForumFull(
                        _("All seats are taken. This person is on the waiting list."),
                        registration=current,
                    )
                current.status = Status.CONFIRMED
                current.confirmed_at = now
                current.promoted_at = now if current.queued_at else None
                current.reminded_at = current.reminded_at or now
                current.save(update_fields=["status", "confirmed_at", "promoted_at", "reminded_at"])
        if current.status != Status.CONFIRMED:
            raise NotActive(registration=current)
        marked = Registration.objects.filter(
            pk=current.pk, status=Status.CONFIRMED, checked_in_at__isnull=True
        ).update(checked_in_at=now, checked_in_by=by if getattr(by, "pk", None) else None)
        if marked:
            audit.record(
                instance=registration.forum,
                action="forum.check_in",
                user=by,
                person=current.pk,
                name=current.name,
            )
    current.refresh_from_db()
    return Outcome(current, changed=bool(marked))


def registration_check_in_undo(*, registration: Registration, by=None, now=None) -> Outcome:
    """Take back a check-in made by mistake (inside check_in_window, like the check-in).
    The seat stays confirmed: undoing attendance is not cancelling. Two organisers undoing at
    once: the conditional UPDATE lets exactly one of them through; the other gets
    NotCheckedIn. Logged as "forum.check_in_undo"."""
    now = now or timezone.now()
    _refuse_outside_window(registration.forum, now)
    with transaction.atomic():
        cleared = Registration.objects.filter(
            pk=registration.pk, checked_in_at__isnull=False, erased_at__isnull=True
        ).update(checked_in_at=None, checked_in_by=None)
        if not cleared:
            raise NotCheckedIn(registration=registration)
        current = Registration.objects.get(pk=registration.pk)
        audit.record(
            instance=registration.forum,
            action="forum.check_in_undo",
            user=by,
            person=current.pk,
            name=current.name,
        )
    return Outcome(current, changed=True)


def registration_walk_in(
    *, forum: Forum, name: str, email: str = "", language: str = "de", by=None, now=None
) -> Registration:
    """Someone at the door without a registration: seated and checked in, if a seat is free
    and the desk is open (check_in_window). Logged as "forum.walk_in"."""
    now = now or timezone.now()
    _refuse_outside_window(forum, now)
    with transaction.atomic():
        person = registration_create(
            forum=forum,
            name=name,
            email=email,
            language=language,
            source=Source.WALK_IN,
            consent=False,
            checked_in_by=by,
            notify=False,
            now=now,
        )
        audit.record(
            instance=forum, action="forum.walk_in", user=by, person=person.pk, name=person.name
        )
    return person


# --- e-mail and periodic work -------------------------------------------------------------


def _notify(registration: Registration, kind: str, **extra) -> None:
    """Store the e-mail in the outbox in the caller's transaction: it commits (or rolls back)
    with the registration, and the outbox's worker renders and sends it after commit, so the
    request stays fast."""
    registration_email_add(registration=registration, kind=kind, **extra)


def registration_resend_link(*, registration: Registration) -> None:
    """Someone tried to register again: send the personal link to the address (only)."""
    if registration.email and registration.is_active:
        with transaction.atomic():
            _notify(registration, "already_registered")


@scheduled_job(name="send_forum_reminders", report="forum: {result} reminders sent")
def reminders_send(*, now: datetime | None = None, on_progress: OnProgress | None = None) -> int:
    """Send due reminders: confirmed, not yet reminded, event within the forum's lead time.

    Safe to run every few minutes and from several workers: each registration is stamped
    with `reminded_at` by a conditional UPDATE in the same transaction as its e-mail, so it
    is reminded exactly once; anything due and not stamped is sent on the next run, however
    late, as long as the event has not begun."""
    now = now or timezone.now()
    sent = 0
    forums = Forum.objects.filter(event__start__gt=now).exclude(event__status="cancelled")
    for forum in forums.select_related("event"):
        if forum.event.start - timedelta(hours=forum.reminder_hours) > now:
            continue
        ids = list(
            forum.registrations.filter(status=Status.CONFIRMED, reminded_at__isnull=True)
            .exclude(email="")
            .values_list("pk", flat=True)
        )
        for registration_id in tracked(
            ids, total=len(ids), label=f"reminders {forum}", on_progress=on_progress
        ):
            with transaction.atomic():
                stamped = Registration.objects.filter(
                    pk=registration_id, status=Status.CONFIRMED, reminded_at__isnull=True
                ).update(reminded_at=now)
                if stamped:
                    registration = Registration.objects.select_related("forum__event").get(
                        pk=registration_id
                    )
                    _notify(registration, "reminder")
                    sent += 1
    return sent


@scheduled_job(
    name="expire_pending_registrations", report="forum: {result} unconfirmed registrations expired"
)
def pending_expire(*, now: datetime | None = None) -> int:
    """Pending registrations older than 24 hours expire (they never held a seat)."""
    now = now or timezone.now()
    return Registration.objects.filter(
        status=Status.PENDING, created_at__lt=now - PENDING_TTL
    ).update(status=Status.EXPIRED, cancelled_at=now, cancel_reason="expired")


def forum_message_confirmed(
    *,
    forum: Forum,
    subject: str,
    body: str,
    translations: Mapping[str, Mapping[str, str]] | None = None,
    on_progress: OnProgress | None = None,
    chunk: int = 200,
) -> int:
    """An organiser's message to everyone confirmed, framed in each person's language and
    written in it where the organiser gave a translation (`translations`: {language:
    {"subject": ..., "body": ...}}; missing parts stay in the original). Stored in batches
    of `chunk` (one transaction each), reported to `on_progress` batch by batch.
    Returns how many messages were stored."""
    recipients = list(
        forum.registrations.confirmed()
        .exclude(email="")
        .order_by("pk")
        .values_list("pk", "email", "language")
    )
    sent = 0
    batches = [recipients[i : i + chunk] for i in range(0, len(recipients), chunk)]
    for batch in tracked(
        batches, total=len(batches), label="message batches", on_progress=on_progress, every=1
    ):
        with transaction.atomic():
            for registration_id, email, language in batch:
                own = (translations or {}).get(language) or {}
                _notify(
                    Registration(pk=registration_id, email=email, language=language),
                    "message",
                    subject=own.get("subject") or subject,
                    message=own.get("body") or body,
                )
                sent += 1
    return sent


@task()
def message_confirmed(
    forum_id: int, subject: str, body: str, translations: dict | None = None
) -> int:
    """`forum_message_confirmed` in the task worker (the organiser's "message participants")."""
    forum = Forum.objects.select_related("event").get(pk=forum_id)
    return forum_message_confirmed(
        forum=forum, subject=subject, body=body, translations=translations
    )


class Erased(RegistrationError):
    default_message = _(
        "The personal data of this registration has been deleted: there is nobody to write to."
    )


def registration_confirmation_resend(*, registration: Registration) -> str:
    """An organiser sends the registrant's current confirmation again (pending: the link to
    confirm; confirmed; waiting, with the place). Returns the kind stored in the outbox."""
    with transaction.atomic():
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.erased_at is not None or not current.email:
            raise Erased(registration=current)
        if current.status not in ACTIVE_STATUSES:
            raise NotActive(registration=current)
        kind = _kind_for(current.status)
        _notify(current, kind)
    return kind
