"""Feedback together with the real forum: who gets invited, and the figures it reports."""

import pytest
from django.core import mail

from feedback import services
from feedback.models import Invitation
from feedback.selectors.results import survey_results
from feedback.selectors.statistics import by_language, event_statistics
from forum import services as forum_services
from forum.models import Registration
from tests.feedback.factories import add_answers, make_event, make_survey
from tests.forum.factories import make_forum

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(site_tree):
    return make_event(site_tree["home"]["de"], translations=("fa",), days_ago=2)


@pytest.fixture
def forum(event):
    return make_forum(event=event, capacity=20)


def _register(forum, count, *, language="de", start=0):
    return [
        forum_services.registration_create(
            forum=forum,
            name=f"Teilnehmende {start + n}",
            email=f"t{start + n}@example.org",
            language=language,
            source=Registration.Source.MANUAL,
            notify=False,
        )
        for n in range(count)
    ]


def test_checked_in_people_are_invited_in_their_language(
    forum, event, django_capture_on_commit_callbacks
):
    persian = _register(forum, 2, language="fa")
    german = _register(forum, 2, start=10)
    for registration in (persian[0], german[0]):
        forum_services.registration_check_in(
            registration=registration, now=registration.forum.event.start
        )
    survey = make_survey(event)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        report = services.invitations_send()
    assert report.sent == 2  # only those who came; the others were registered but absent
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["t0@example.org", "t10@example.org"]
    persian_mail = next(m for m in mail.outbox if m.to[0] == "t0@example.org")
    assert "/fa/feedback/" in persian_mail.body
    assert Invitation.objects.filter(survey=survey).count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert services.invitations_send().sent == 0


def test_confirmed_people_are_invited_when_nobody_checked_in(forum, event):
    _register(forum, 3, language="uk")
    make_survey(event)
    assert services.invitations_send().sent == 3


def test_response_rate_and_statistics_use_the_forums_figures(forum, event):
    registrations = _register(forum, 5, language="ar") + _register(forum, 3, start=20)
    for registration in registrations[:4]:
        forum_services.registration_check_in(
            registration=registration, now=registration.forum.event.start
        )
    survey = make_survey(event)
    add_answers(survey, 2, language="ar")
    results = survey_results(survey, language="de", public=False, with_participation=True)
    assert (results.registered, results.attended) == (8, 4)
    assert results.response_rate == 50.0
    row = next(r for r in event_statistics().rows if r.event_id == event.pk)
    assert (row.figures.registered, row.figures.attended, row.figures.responses) == (8, 4, 2)
    languages = by_language(event_statistics().rows_for_year(row.year))
    assert languages["ar"].registered == 5 and languages["ar"].responses == 2
    assert languages["de"].registered == 3
