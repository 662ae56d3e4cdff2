"""What other apps may know about forums: seat counts and participation figures, never
personal data except through `attendees_for_event` (used to send feedback invitations) and
the table-plan reads at the end (seating plans and shows who sits where).

The forum app owns this module; the signatures are a contract with feedback and seating,
and so is the signal `personal_data_erased`. Events imports none of it: the forum fills the
calendar's slots (core/slots.py) from forum/wagtail_hooks.py."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.dispatch import Signal
from django.utils import timezone

from events.models import EventPage

from .models import Forum, ForumTable, Registration, RegistrationStatus

# Sent inside the erasing transaction (forum/privacy.py) with `registration_ids` (a list of
# ints) and `forum` (the Forum when a whole forum is erased, else None), so that other apps
# drop what they hold about those people (table seats, feedback invitation links).
personal_data_erased = Signal()


@dataclass(frozen=True)
class ForumState:
    capacity: int
    seats_left: int
    waitlist_length: int
    registration_open: bool


@dataclass(frozen=True)
class ForumBox:
    """What an event page shows about its forum: the seat state and where to register."""

    forum_id: int
    state: ForumState
    not_yet_open: bool  # registration opens later


@dataclass(frozen=True)
class Attendee:
    registration_id: int
    name: str
    email: str
    language: str  # one of settings.LANGUAGES: every message to this person is in it
    checked_in: bool


@dataclass(frozen=True)
class Participation:
    registered: int  # registrations ever confirmed (incl. later cancelled? no: active only)
    confirmed: int
    attended: int


MAIL_ABOUT_PREFIX = "forum.registration:"


def mail_about(registration_id: int) -> str:
    """The outbox tag of every message to a registrant (and about them): erasing their data
    deletes the messages that carry it."""
    return f"{MAIL_ABOUT_PREFIX}{registration_id}"


def forum_state_for_event(event) -> ForumState | None:
    """Public seat state of the forum attached to `event`, or None if it has none."""
    return forum_states_for_events([event]).get(event.pk)


def state_of_forum(forum, now) -> ForumState:
    seats_left = max(0, forum.capacity - forum.seats_taken)
    return ForumState(
        capacity=forum.capacity,
        seats_left=seats_left,
        waitlist_length=forum.waitlist_length,
        registration_open=forum.window_open(now) and (seats_left > 0 or forum.waitlist_enabled),
    )


def forum_states_for_events(events: Iterable) -> dict[int, ForumState]:
    """Seat states for many events in one query, keyed by event page id.

    A forum belongs to one event page; its translations (same translation_key) share it."""
    return {pk: box.state for pk, box in forum_boxes_for_events(events).items()}


def forum_boxes_for_events(events: Iterable) -> dict[int, ForumBox]:
    """Like `forum_states_for_events`, with the forum's id and whether registration opens
    later (one query)."""
    events = list(events)
    keys = {event.translation_key for event in events}
    if not keys:
        return {}
    now = timezone.now()
    forums = (
        Forum.objects.filter(event__translation_key__in=keys)
        .select_related("event")
        .only(
            "id",
            "capacity",
            "seats_taken",
            "waitlist_enabled",
            "registration_opens",
            "registration_closes",
            "event__id",
            "event__translation_key",
            "event__start",
            "event__status",
        )
        .annotate(
            waitlist_length=Count("registrations", filter=Q(registrations__status="waitlisted"))
        )
    )
    by_key = {
        forum.event.translation_key: ForumBox(
            forum_id=forum.pk,
            state=state_of_forum(forum, now),
            not_yet_open=bool(forum.registration_opens and now < forum.registration_opens),
        )
        for forum in forums
    }
    return {
        event.pk: by_key[event.translation_key]
        for event in events
        if event.translation_key in by_key
    }


def attendees_for_event(event) -> list[Attendee]:
    """The people to invite for feedback: checked in, or confirmed when nobody was checked in."""
    confirmed = Registration.objects.filter(
        forum__event__translation_key=event.translation_key, status="confirmed"
    ).exclude(email="")
    checked_in = confirmed.filter(checked_in_at__isnull=False)
    people = checked_in if checked_in.exists() else confirmed
    return [
        Attendee(
            registration_id=registration.pk,
            name=registration.name,
            email=registration.email,
            language=registration.language,
            checked_in=registration.checked_in_at is not None,
        )
        for registration in people.order_by("pk").only(
            "id", "name", "email", "language", "checked_in_at"
        )
    ]


_PARTICIPATION = {
    "registered": Count("pk", filter=Q(status__in=["confirmed", "waitlisted"])),
    "confirmed": Count("pk", filter=Q(status="confirmed")),
    "attended": Count("pk", filter=Q(status="confirmed", checked_in_at__isnull=False)),
}


def participation_by_event(event_ids: Iterable[int] | None = None) -> dict[int, Participation]:
    """Counts per event page id, aggregated in the database.

    `registered`: active registrations (confirmed or waiting); `attended`: checked in. Asked
    for translations of an event, each id gets the figures of the one forum they share."""
    rows = Registration.objects.filter(status__in=["confirmed", "waitlisted"])
    wanted: dict[str, list[int]] | None = None
    if event_ids is not None:
        pairs = EventPage.objects.filter(pk__in=list(event_ids)).values_list(
            "pk", "translation_key"
        )
        wanted = {}
        for page_id, key in pairs:
            wanted.setdefault(key, []).append(page_id)
        if not wanted:
            return {}
        rows = rows.filter(forum__event__translation_key__in=list(wanted))
    figures = rows.values("forum__event_id", "forum__event__translation_key").annotate(
        **_PARTICIPATION
    )
    result: dict[int, Participation] = {}
    for row in figures.order_by():
        participation = Participation(row["registered"], row["confirmed"], row["attended"])
        if wanted is None:
            result[row["forum__event_id"]] = participation
        else:
            for page_id in wanted.get(row["forum__event__translation_key"], []):
                result[page_id] = participation
    return result


def participation_by_event_and_language(
    event_ids: Iterable[int],
) -> dict[int, dict[str, Participation]]:
    """Counts per event page id and language of communication, in one GROUP BY.

    The one source of the statistics: totals per event, year, category and language are all
    sums of these cells, so they cannot disagree. Translations of an event get the cells of
    the one forum they share."""
    pairs = EventPage.objects.filter(pk__in=list(event_ids)).values_list("pk", "translation_key")
    wanted: dict[str, list[int]] = {}
    for page_id, key in pairs:
        wanted.setdefault(key, []).append(page_id)
    if not wanted:
        return {}
    rows = (
        Registration.objects.filter(
            status__in=["confirmed", "waitlisted"], forum__event__translation_key__in=list(wanted)
        )
        .values("forum__event__translation_key", "language")
        .annotate(**_PARTICIPATION)
        .order_by()
    )
    result: dict[int, dict[str, Participation]] = {}
    for row in rows:
        participation = Participation(row["registered"], row["confirmed"], row["attended"])
        for page_id in wanted.get(row["forum__event__translation_key"], []):
            result.setdefault(page_id, {})[row["language"]] = participation
    return result


def event_keys_organised_by(user):
    """The `translation_key`s of the event pages whose forum `user` is listed as organising,
    as a lazy queryset for `__in` (one subquery, however many forums). Other apps use it to
    give a forum's organisers — and only them — the things that belong to its event (feedback
    surveys). Superusers are not special here: whoever asks decides about them."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Forum.objects.none().values_list("event__translation_key", flat=True)
    return Forum.objects.filter(organisers=user).values_list("event__translation_key", flat=True)


def organises_event(user, event) -> bool:
    """Whether `user` is listed as an organiser of the forum of `event` (or of any of its
    translations): `event_keys_organised_by` for one event page, in one query."""
    keys = event_keys_organised_by(user)
    return keys.filter(event__translation_key=event.translation_key).exists()


# --- the table plan (seating) ---------------------------------------------------------------
# Seating plans a forum's guests at its tables and shows who sits where, so it gets the people
# themselves: model instances in lazy querysets, to read and to point at (its seats hold
# foreign keys to them), never to write. `Forum`, `ForumTable` and `Registration` are named
# here for type annotations. Seating reads Forum: pk, rounds, event, str(); ForumTable: pk,
# forum_id, name, seats, sort_order, host, languages, theme_id, theme; Registration: pk,
# forum_id, name, status, language, interpretation_language, checked_in_at, created_at and
# `wishes` (ranked theme wishes: rank, theme_id). `forum` may be a Forum or its id.


def forums_organised_by(user) -> QuerySet[Forum]:
    """The forums whose guests and tables `user` may plan: those listing them as an
    organiser, every forum for a superuser, none for anyone signed out. A lazy queryset
    (callers add `select_related`, an ordering or a `pk` filter)."""
    return Forum.objects.organised_by(user)


def tables_of_forum(forum) -> QuerySet[ForumTable]:
    """The tables of `forum` with their themes, in the organiser's order."""
    return (
        ForumTable.objects.filter(forum=forum).select_related("theme").order_by("sort_order", "pk")
    )


def registrations_of_forum(forum) -> QuerySet[Registration]:
    """Every registration of `forum`, whatever its status (to look one up by id)."""
    return Registration.objects.filter(forum=forum)


def guests_for_planning(forum, *, checked_in_only: bool = False) -> QuerySet[Registration]:
    """The people a table plan is made for, in the order they registered: the confirmed
    registrations of `forum`, or only those of them who have checked in."""
    guests = Registration.objects.filter(forum=forum, status=RegistrationStatus.CONFIRMED).order_by(
        "created_at", "pk"
    )
    if checked_in_only:
        guests = guests.filter(checked_in_at__isnull=False)
    return guests


def is_guest_for_planning(registration: Registration, *, checked_in_only: bool = False) -> bool:
    """Would `guests_for_planning` include `registration` now? No query."""
    if registration.status != RegistrationStatus.CONFIRMED:
        return False
    return not checked_in_only or registration.checked_in_at is not None
