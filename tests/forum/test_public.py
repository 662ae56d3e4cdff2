"""forum.public: what the events and feedback apps may know, in a fixed number of queries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from forum import public, services
from forum.models import Registration
from tests.forum.factories import make_event, make_forum, people, translate_event

pytestmark = pytest.mark.django_db


def test_state_counts_seats_and_waiting_list(site_tree):
    forum = make_forum(capacity=2, parent=site_tree["home"]["de"])
    people(forum, 2)
    people(forum, 3, status=Registration.Status.WAITLISTED, start=10)
    state = public.forum_state_for_event(forum.event)
    assert state == public.ForumState(
        capacity=2, seats_left=0, waitlist_length=3, registration_open=True
    )


def test_translations_share_the_forum_and_many_events_cost_one_query(
    site_tree, django_assert_num_queries
):
    home = site_tree["home"]["de"]
    forums = [make_forum(capacity=10 + i, parent=home) for i in range(3)]
    people(forums[0], 4)
    plain = make_event(parent=home, title="Ohne Forum")
    english = translate_event(forums[0].event, site_tree["locales"]["en"], title="Forum en")
    events = [f.event for f in forums] + [plain, english]
    with django_assert_num_queries(1):
        states = public.forum_states_for_events(events)
    assert set(states) == {forums[0].event.pk, forums[1].event.pk, forums[2].event.pk, english.pk}
    assert states[english.pk].seats_left == 6
    assert public.forum_state_for_event(plain) is None


def test_closed_and_full_forums_are_not_open(site_tree):
    home = site_tree["home"]["de"]
    full = make_forum(capacity=1, waitlist_enabled=False, parent=home)
    people(full, 1)
    closed = make_forum(parent=home, registration_closes=timezone.now() - timedelta(minutes=1))
    assert not public.forum_state_for_event(full.event).registration_open
    assert not public.forum_state_for_event(closed.event).registration_open


def test_attendees_are_the_checked_in_or_else_the_confirmed(site_tree):
    forum = make_forum(capacity=5, parent=site_tree["home"]["de"])
    rows = [
        services.registration_create(
            forum=forum, name=f"P{i}", email=f"p{i}@example.org", language="ar"
        )
        for i in range(3)
    ]
    services.registration_cancel(registration=rows[2])
    attendees = public.attendees_for_event(forum.event)
    assert [a.registration_id for a in attendees] == [rows[0].pk, rows[1].pk]
    assert attendees[0].language == "ar" and not attendees[0].checked_in
    services.registration_check_in(registration=rows[1])
    attendees = public.attendees_for_event(forum.event)
    assert [(a.registration_id, a.checked_in) for a in attendees] == [(rows[1].pk, True)]


def test_participation_by_event_and_by_language(site_tree, django_assert_num_queries):
    home = site_tree["home"]["de"]
    first = make_forum(capacity=3, parent=home)
    second = make_forum(capacity=3, parent=home)
    people(first, 2, language="uk")
    people(first, 1, status=Registration.Status.WAITLISTED, language="ar", start=10)
    people(second, 1, language="uk", start=20)
    services.registration_check_in(registration=first.registrations.filter(language="uk")[0])
    english = translate_event(first.event, site_tree["locales"]["en"], title="Forum en")
    with django_assert_num_queries(2):
        figures = public.participation_by_event([first.event.pk, english.pk])
    assert figures[first.event.pk] == public.Participation(registered=3, confirmed=2, attended=1)
    assert figures[english.pk] == figures[first.event.pk]
    everything = public.participation_by_event()
    assert everything[second.event.pk] == public.Participation(1, 1, 0)
    with django_assert_num_queries(2):
        cells = public.participation_by_event_and_language([first.event.pk, second.event.pk])
    assert cells[first.event.pk] == {
        "uk": public.Participation(2, 2, 1),
        "ar": public.Participation(1, 0, 0),
    }
    assert cells[second.event.pk] == {"uk": public.Participation(1, 1, 0)}
    # The cells add up to the per-event figures: one source, no disagreement.
    for event_id, by_language in cells.items():
        sums = [
            sum(p.registered for p in by_language.values()),
            sum(p.attended for p in by_language.values()),
        ]
        assert sums == [everything[event_id].registered, everything[event_id].attended]
    assert public.participation_by_event_and_language([]) == {}
