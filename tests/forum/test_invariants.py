"""Property test: whatever sequence of registrations, confirmations, cancellations, check-ins
and capacity changes happens, the seat counter equals the confirmed registrations, never
exceeds the capacity, nobody waits while a seat is free, and the waiting list moves up in
order. (Concurrency itself is tested in test_concurrency.py; this covers the sequences.)"""

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from forum import services
from forum.models import Forum, Registration
from tests.forum.factories import make_forum

Status = Registration.Status
pytestmark = pytest.mark.django_db

EMAILS = [f"p{number}@example.org" for number in range(8)]


class SeatMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.forum = make_forum(capacity=3, double_opt_in=True, themes=())
        self.promotion_order: list[int] = []

    def _registration(self, email):
        return self.forum.registrations.active().filter(email_normalised=email).first()

    @rule(email=st.sampled_from(EMAILS), by_organiser=st.booleans())
    def register(self, email, by_organiser):
        source = Registration.Source.MANUAL if by_organiser else Registration.Source.ONLINE
        try:
            services.registration_create(
                forum=self.forum, name="Someone", email=email, language="de", source=source
            )
        except services.AlreadyRegistered:
            assert self._registration(email) is not None

    @rule(email=st.sampled_from(EMAILS))
    def confirm(self, email):
        registration = self._registration(email)
        if registration is not None:
            services.registration_confirm(registration=registration)

    @rule(email=st.sampled_from(EMAILS))
    def cancel(self, email):
        registration = self._registration(email)
        if registration is None:
            return
        first_waiting = self.forum.registrations.waitlisted().first()
        outcome = services.registration_cancel(registration=registration)
        if outcome.promoted:
            # The freed seat went to whoever had waited longest.
            assert outcome.promoted[0].pk == first_waiting.pk

    @rule(email=st.sampled_from(EMAILS))
    def check_in(self, email):
        registration = self._registration(email)
        if registration is None:
            return
        try:
            services.registration_check_in(registration=registration)
        except services.ForumFull:
            assert self.forum.registrations.confirmed().count() == self._capacity()

    @rule(change=st.integers(min_value=-2, max_value=2))
    def change_capacity(self, change):
        forum = Forum.objects.get(pk=self.forum.pk)
        wanted = max(forum.seats_taken, forum.capacity + change, 0)
        forum.capacity = wanted
        forum.save()
        services.waitlist_promote(forum=forum)

    def _capacity(self) -> int:
        return Forum.objects.get(pk=self.forum.pk).capacity

    @invariant()
    def seats_match_confirmed_and_fit(self):
        forum = Forum.objects.get(pk=self.forum.pk)
        confirmed = forum.registrations.confirmed().count()
        assert forum.seats_taken == confirmed <= forum.capacity

    @invariant()
    def nobody_waits_while_a_seat_is_free(self):
        forum = Forum.objects.get(pk=self.forum.pk)
        if forum.registrations.filter(status=Status.WAITLISTED).exists():
            assert forum.seats_taken == forum.capacity

    @invariant()
    def one_active_registration_per_email(self):
        emails = list(self.forum.registrations.active().values_list("email_normalised", flat=True))
        assert len(emails) == len(set(emails))


def test_seat_invariants_hold_for_any_sequence(db, monkeypatch):
    monkeypatch.setattr(services, "_notify", lambda *args, **kwargs: None)  # speed: no e-mail
    run_state_machine_as_test(
        SeatMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
