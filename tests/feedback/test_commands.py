"""send_feedback_invitations (command, task, scheduled job) and the load-data hook."""

import io

import pytest
from django.core.management import CommandError, call_command

from feedback.models import Invitation, Response, Survey
from feedback.tasks import send_feedback_invitations
from tests.feedback.factories import attendee, fake_forum, make_event, make_survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(site_tree):
    return make_survey(make_event(site_tree["home"]["de"]))


def test_command_is_idempotent_and_reports_progress(monkeypatch, survey):
    fake_forum(monkeypatch, attendees=[attendee(n, language="tr") for n in range(1, 4)])
    out = io.StringIO()
    call_command("send_feedback_invitations", stdout=out)
    assert "3/3 (100%)" in out.getvalue()
    assert "3 invitation(s) sent" in out.getvalue()
    again = io.StringIO()
    call_command("send_feedback_invitations", stdout=again)
    assert "0 invitation(s) sent" in again.getvalue() and "3 already invited" in again.getvalue()
    assert Invitation.objects.filter(sent_at__isnull=False).count() == 3


def test_command_for_one_survey_and_unknown_survey(monkeypatch, survey):
    fake_forum(monkeypatch, attendees=[attendee(5)])
    call_command("send_feedback_invitations", survey=survey.pk, stdout=io.StringIO())
    assert Invitation.objects.count() == 1
    with pytest.raises(CommandError):
        call_command("send_feedback_invitations", survey=999999, stdout=io.StringIO())


def test_task_and_scheduled_job(monkeypatch, survey):
    fake_forum(monkeypatch, attendees=[attendee(8), attendee(9)])
    result = send_feedback_invitations.enqueue(survey_id=survey.pk)
    assert result.return_value["sent"] == 2
    out = io.StringIO()
    call_command("run_scheduled_jobs", "--only", "send_feedback_invitations", stdout=out)
    assert "0 invitation(s) sent" in out.getvalue()


def test_load_data_hook(site_tree):
    out = io.StringIO()
    call_command("generate_load_data", answers=30, past_events=6, stdout=out)
    assert Survey.objects.count() == 1 + 2  # the answers survey, every third past event
    big = max(Survey.objects.all(), key=lambda s: s.responses.count())
    assert big.responses.count() == 30
    assert Response.objects.count() >= 30 + 2 * 5
