"""Registration life cycle in forum/services.py: seats, waiting list, opt-in, cancel, check-in."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from forum import services
from forum.models import Forum, Registration
from tests.forum.factories import make_forum, make_user, people, subject
from tests.outbox import rendered

Status = Registration.Status
pytestmark = pytest.mark.django_db


def register(forum, email="ada@example.org", **kwargs):
    kwargs.setdefault("name", "Ada Lovelace")
    kwargs.setdefault("language", "de")
    return services.registration_create(forum=forum, email=email, **kwargs)


def assert_seats_consistent(forum):
    forum.refresh_from_db()
    confirmed = forum.registrations.filter(status=Status.CONFIRMED).count()
    assert forum.seats_taken == confirmed
    assert confirmed <= forum.capacity


def test_registration_takes_a_seat_until_full_then_waitlists(forum):
    first = [register(forum, f"p{i}@example.org") for i in range(3)]
    assert [r.status for r in first] == [Status.CONFIRMED] * 3
    fourth = register(forum, "p4@example.org")
    assert fourth.status == Status.WAITLISTED
    assert fourth.queued_at is not None
    assert_seats_consistent(forum)


def test_full_forum_without_waiting_list_refuses(db):
    forum = make_forum(capacity=1, waitlist_enabled=False)
    register(forum, "a@example.org")
    with pytest.raises(services.ForumFull):
        register(forum, "b@example.org")
    assert forum.registrations.count() == 1
    assert_seats_consistent(forum)


def test_one_active_registration_per_email_case_insensitive(forum):
    register(forum, "Ada@Example.org")
    with pytest.raises(services.AlreadyRegistered) as caught:
        register(forum, "  ada@example.ORG ")
    assert caught.value.registration.email_normalised == "ada@example.org"
    assert forum.registrations.count() == 1


def test_database_refuses_second_active_registration_for_same_email(forum):
    register(forum, "ada@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            forum=forum, status=Status.WAITLISTED, name="Copy", email="ADA@example.org"
        )


def test_cancelled_registration_frees_the_email_for_a_new_one(forum):
    first = register(forum)
    services.registration_cancel(registration=first)
    again = register(forum)
    assert again.pk != first.pk
    assert again.status == Status.CONFIRMED


def test_seat_counter_cannot_exceed_capacity_in_the_database(forum):
    with pytest.raises(IntegrityError), transaction.atomic():
        Forum.objects.filter(pk=forum.pk).update(seats_taken=F("capacity") + 1)


def test_saving_a_stale_forum_form_does_not_overwrite_the_seat_counter(forum):
    stale = Forum.objects.get(pk=forum.pk)  # an admin form opened before the registrations
    register(forum, "a@example.org")
    register(forum, "b@example.org")
    stale.capacity = 5
    stale.save()
    forum.refresh_from_db()
    assert forum.capacity == 5
    assert forum.seats_taken == 2


def test_closed_window_refuses_online_but_organisers_can_add(db):
    now = timezone.now()
    forum = make_forum(registration_closes=now - timedelta(hours=1))
    with pytest.raises(services.RegistrationClosed):
        register(forum)
    manual = register(forum, source=Registration.Source.MANUAL)
    assert manual.status == Status.CONFIRMED


def test_not_yet_open_and_cancelled_event_are_closed(db):
    now = timezone.now()
    later = make_forum(registration_opens=now + timedelta(days=1))
    assert not later.window_open(now)
    with pytest.raises(services.RegistrationClosed):
        register(later)
    forum = make_forum()
    forum.event.status = "cancelled"
    forum.event.save()
    assert not forum.window_open(now)


def test_wishes_are_ranked_deduplicated_and_limited_to_the_forum(forum):
    other = make_forum()
    themes = list(forum.themes.all())
    registration = register(forum, wishes=[themes[1], themes[1], other.themes.first(), themes[0]])
    assert [(w.rank, w.theme_id) for w in registration.wishes.all()] == [
        (1, themes[1].pk),
        (2, themes[0].pk),
    ]


def test_needs_are_stored(forum):
    registration = register(
        forum,
        needs=services.Needs(
            interpretation_language="ar", sign_language=True, childcare=True, children=2
        ),
    )
    registration.refresh_from_db()
    assert registration.interpretation_language == "ar"
    assert registration.sign_language
    assert registration.children == 2
    # Children without childcare are dropped rather than stored inconsistently.
    assert services.Needs(children=3).children == 0


# --- double opt-in ------------------------------------------------------------------------


@pytest.fixture
def opt_in_forum(db):
    return make_forum(capacity=1, double_opt_in=True)


def test_pending_takes_no_seat_until_confirmed(opt_in_forum):
    registration = register(opt_in_forum)
    assert registration.status == Status.PENDING
    opt_in_forum.refresh_from_db()
    assert opt_in_forum.seats_taken == 0
    outcome = services.registration_confirm(registration=registration)
    assert outcome.changed and outcome.registration.status == Status.CONFIRMED
    again = services.registration_confirm(registration=outcome.registration)
    assert not again.changed
    assert_seats_consistent(opt_in_forum)


def test_confirming_when_full_goes_to_the_waiting_list(opt_in_forum):
    first = register(opt_in_forum, "a@example.org")
    second = register(opt_in_forum, "b@example.org")
    services.registration_confirm(registration=first)
    outcome = services.registration_confirm(registration=second)
    assert outcome.registration.status == Status.WAITLISTED
    waiting = subject("waitlisted", opt_in_forum.event)
    assert rendered().filter(to="b@example.org", subject=waiting).exists()


def test_confirming_when_full_without_waiting_list_is_told(db):
    forum = make_forum(capacity=1, double_opt_in=True, waitlist_enabled=False)
    first = register(forum, "a@example.org")
    second = register(forum, "b@example.org")
    services.registration_confirm(registration=first)
    outcome = services.registration_confirm(registration=second)
    assert outcome.registration.status == Status.CANCELLED
    assert outcome.registration.cancel_reason == "full"
    assert_seats_consistent(forum)


def test_pending_expires_after_24_hours(opt_in_forum):
    registration = register(opt_in_forum, now=timezone.now() - timedelta(hours=25))
    with pytest.raises(services.RegistrationExpired):
        services.registration_confirm(registration=registration)
    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED
    # The address is free again.
    assert register(opt_in_forum).status == Status.PENDING


def test_stale_pending_does_not_block_a_new_registration(opt_in_forum):
    register(opt_in_forum, now=timezone.now() - timedelta(hours=30))
    fresh = register(opt_in_forum)
    assert fresh.status == Status.PENDING
    assert opt_in_forum.registrations.filter(status=Status.EXPIRED).count() == 1


def test_expire_pending_command_expires_only_old_ones(opt_in_forum):
    old = register(opt_in_forum, "old@example.org", now=timezone.now() - timedelta(hours=25))
    new = register(opt_in_forum, "new@example.org")
    assert services.pending_expire() == 1
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.status, new.status) == (Status.EXPIRED, Status.PENDING)
    assert services.pending_expire() == 0


# --- cancel and waiting list --------------------------------------------------------------


def test_cancel_promotes_the_first_on_the_waiting_list(forum):
    confirmed = [register(forum, f"c{i}@example.org") for i in range(3)]
    first_waiting = register(forum, "w1@example.org", language="uk")
    second_waiting = register(forum, "w2@example.org")
    outcome = services.registration_cancel(registration=confirmed[1])
    assert outcome.changed
    assert [p.pk for p in outcome.promoted] == [first_waiting.pk]
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == Status.CONFIRMED and first_waiting.promoted_at
    assert second_waiting.status == Status.WAITLISTED
    assert_seats_consistent(forum)
    promoted_mail = rendered().filter(to="w1@example.org").latest("pk")
    assert 'lang="uk"' in promoted_mail.body_html
    names = [a["name"] for a in promoted_mail.attachments]
    assert names == ["event.ics", "check-in-qr.png"]


def test_cancel_twice_is_harmless(forum):
    registration = register(forum)
    services.registration_cancel(registration=registration)
    again = services.registration_cancel(registration=registration)
    assert not again.changed
    assert_seats_consistent(forum)


def test_no_promotion_once_the_event_has_begun(forum):
    confirmed = [register(forum, f"c{i}@example.org") for i in range(3)]
    waiting = register(forum, "w@example.org")
    later = forum.event.start + timedelta(minutes=5)
    services.registration_cancel(registration=confirmed[0], now=later)
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITLISTED
    assert_seats_consistent(forum)


def test_raising_capacity_promotes_from_the_waiting_list(forum):
    for i in range(5):
        register(forum, f"p{i}@example.org")
    forum.capacity = 4
    forum.save()
    promoted = services.waitlist_promote(forum=forum)
    assert [p.email for p in promoted] == ["p3@example.org"]
    assert_seats_consistent(forum)


# --- updates, check-in, walk-ins ----------------------------------------------------------


def test_update_changes_needs_and_wishes(forum):
    theme = forum.themes.first()
    registration = register(forum)
    services.registration_update(
        registration=registration,
        language="ar",
        needs=services.Needs(step_free=True),
        wishes=[theme],
    )
    registration.refresh_from_db()
    assert registration.language == "ar" and registration.step_free
    assert list(registration.wishes.values_list("theme_id", flat=True)) == [theme.pk]
    services.registration_cancel(registration=registration)
    with pytest.raises(services.NotActive):
        services.registration_update(registration=registration, language="de")


def test_check_in_happens_once(forum):
    registration = register(forum)
    organiser = make_user()
    first = services.registration_check_in(registration=registration, by=organiser)
    second = services.registration_check_in(registration=registration, by=organiser)
    assert first.changed and not second.changed
    assert second.registration.checked_in_at == first.registration.checked_in_at
    assert second.registration.checked_in_by == organiser


def test_waiting_person_at_the_door_gets_a_free_seat_or_a_clear_no(forum):
    confirmed = [register(forum, f"c{i}@example.org") for i in range(3)]
    waiting = register(forum, "w@example.org")
    with pytest.raises(services.ForumFull):
        services.registration_check_in(registration=waiting)
    later = forum.event.start + timedelta(minutes=1)
    services.registration_cancel(registration=confirmed[0], now=later)  # no-show, no promotion
    outcome = services.registration_check_in(registration=waiting)
    assert outcome.registration.status == Status.CONFIRMED
    assert outcome.registration.checked_in_at
    assert_seats_consistent(forum)


def test_cancelled_registration_cannot_check_in(forum):
    registration = register(forum)
    services.registration_cancel(registration=registration)
    with pytest.raises(services.NotActive):
        services.registration_check_in(registration=registration)


def test_walk_in_is_seated_and_checked_in_but_never_overbooks(db):
    forum = make_forum(capacity=1)
    walk_in = services.registration_walk_in(forum=forum, name="Walk In")
    assert walk_in.status == Status.CONFIRMED and walk_in.checked_in_at
    with pytest.raises(services.ForumFull):
        services.registration_walk_in(forum=forum, name="Another")
    assert_seats_consistent(forum)


# --- reminders ----------------------------------------------------------------------------


def test_reminder_goes_out_once_at_the_lead_time(db):
    start = timezone.now() + timedelta(days=5)
    forum = make_forum(event=None, capacity=5, reminder_hours=48)
    forum.event.start = start
    forum.event.end = start + timedelta(hours=3)
    forum.event.save()
    registration = register(forum)
    assert registration.reminded_at is None

    too_early = start - timedelta(hours=49)
    assert services.reminders_send(now=too_early) == 0
    at_lead_time = start - timedelta(hours=47)
    assert services.reminders_send(now=at_lead_time) == 1
    assert services.reminders_send(now=at_lead_time + timedelta(minutes=5)) == 0
    registration.refresh_from_db()
    assert registration.reminded_at == at_lead_time
    assert rendered().filter(subject=subject("reminder", forum.event)).count() == 1


def test_reminder_is_not_missed_when_the_job_did_not_run_for_a_while(db):
    forum = make_forum(capacity=5, reminder_hours=48)
    register(forum)
    # The scheduler was down for two days: the first run after that still sends.
    late = forum.event.start - timedelta(hours=2)
    assert services.reminders_send(now=late) == 1
    # After the start nothing is sent any more.
    other = make_forum(capacity=5, reminder_hours=48)
    register(other, "late@example.org")
    assert services.reminders_send(now=other.event.start + timedelta(minutes=1)) == 0


def test_confirmation_inside_the_lead_time_counts_as_the_reminder(db):
    forum = make_forum(capacity=5, reminder_hours=48)
    inside = forum.event.start - timedelta(hours=10)
    registration = register(forum, now=inside)
    assert registration.reminded_at == inside
    assert services.reminders_send(now=inside + timedelta(minutes=10)) == 0


def test_reminders_skip_cancelled_and_waiting(db):
    forum = make_forum(capacity=1, reminder_hours=48)
    confirmed = register(forum, "a@example.org")
    register(forum, "b@example.org")  # waiting
    services.registration_cancel(registration=confirmed, now=forum.event.start - timedelta(days=5))
    # b was promoted by the cancellation and is the only one reminded
    assert services.reminders_send(now=forum.event.start - timedelta(hours=1)) == 1
    assert Registration.objects.get(email="b@example.org").reminded_at is not None


# --- messages and bulk --------------------------------------------------------------------


def test_message_to_confirmed_goes_to_each_in_their_language(db):
    forum = make_forum(capacity=10)
    people(forum, 3, language="uk")
    people(forum, 2, language="ar", start=10)
    people(forum, 2, status=Status.WAITLISTED, start=20)
    sent = services.forum_message_confirmed(forum=forum, subject="Raumänderung", body="Raum 2")
    assert sent == 5
    bodies = rendered().filter(subject__contains="Raumänderung")
    assert bodies.count() == 5
    assert all("Raum 2" in mail.body_text for mail in bodies)
