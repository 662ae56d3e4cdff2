"""What other apps may know about forums: seat counts and participation figures, never
personal data except through `attendees_for_event` (used to send feedback invitations).

The forum app owns this module; the signatures are a contract with events and feedback."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ForumState:
    capacity: int
    seats_left: int
    waitlist_length: int
    registration_open: bool


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


def forum_state_for_event(event) -> ForumState | None:
    """Public seat state of the forum attached to `event`, or None if it has none."""
    return forum_states_for_events([event]).get(event.pk)


def forum_states_for_events(events: Iterable) -> dict[int, ForumState]:
    """Seat states for many events in one query, keyed by event page id."""
    return {}


def attendees_for_event(event) -> list[Attendee]:
    """The people to invite for feedback: checked in, or confirmed when nobody was checked in."""
    return []


def participation_by_event(event_ids: Iterable[int] | None = None) -> dict[int, Participation]:
    """Counts per event page id, aggregated in the database."""
    return {}


def participation_by_language(year: int | None = None) -> dict[str, Participation]:
    """Counts per language of communication, aggregated in the database."""
    return {}
