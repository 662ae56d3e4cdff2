"""E-mails (language, attachments, links), a mail server that is down, and the periodic jobs."""

import base64
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone

from forum import services
from forum.links import CHECK_IN, parse_token
from forum.models import Registration
from tests.forum.factories import make_forum, subject
from tests.outbox import rendered

pytestmark = pytest.mark.django_db


class MailServerDown(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def forum(site_tree):
    return make_forum(capacity=5, parent=site_tree["home"]["de"])


def test_confirmation_is_in_the_registrants_language_with_calendar_qr_and_link(forum):
    registration = services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="uk"
    )
    message = rendered().get()
    assert message.to == "olena@example.org"
    assert message.reply_to == "orga@example.org"
    assert '<html lang="uk" dir="ltr">' in message.body_html
    attachments = {item["name"]: base64.b64decode(item["content"]) for item in message.attachments}
    assert attachments["event.ics"].startswith(b"BEGIN:VCALENDAR")
    assert attachments["check-in-qr.png"].startswith(b"\x89PNG")
    assert f"/uk/forum/r/{registration.pk}." in message.body_text
    assert "90" in message.body_text  # how long the details are kept


def test_check_in_qr_code_encodes_a_signed_check_in_link(forum):
    registration = services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="uk"
    )
    from forum.links import check_in_url

    url = check_in_url(registration)
    assert "/de/forum/check-in/" in url
    code = url.rstrip("/").rsplit("/", 1)[-1]
    assert parse_token(code, CHECK_IN) == registration


def test_arabic_email_is_right_to_left(forum):
    services.registration_create(forum=forum, name="Samir", email="s@example.org", language="ar")
    assert 'lang="ar" dir="rtl"' in rendered().get().body_html


def test_pending_email_asks_to_confirm_and_has_no_ticket(site_tree):
    forum = make_forum(double_opt_in=True, parent=site_tree["home"]["de"])
    services.registration_create(forum=forum, name="A", email="a@example.org", language="de")
    message = rendered().get()
    assert message.attachments == []
    assert "24" in message.body_text


def test_registration_stands_when_the_mail_server_is_down_and_mail_goes_out_later(
    forum, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.forum.test_email_and_jobs.MailServerDown"
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.registration_create(
            forum=forum, name="A", email="a@example.org", language="de"
        )
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"
    stored = rendered().get()
    assert stored.sent_at is None and stored.attempts == 1

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    rendered().update(claimed_until=timezone.now() - timedelta(seconds=1))
    call_command("run_scheduled_jobs", "--only", "send_queued_email", stdout=io.StringIO())
    stored.refresh_from_db()
    assert stored.sent_at is not None
    assert len(mail.outbox) == 1
    assert [name for name, _content, _type in mail.outbox[0].attachments] == [
        "event.ics",
        "check-in-qr.png",
    ]


def test_reminder_job_is_idempotent(forum):
    services.registration_create(forum=forum, name="A", email="a@example.org", language="de")
    start = timezone.now() + timedelta(hours=20)
    forum.event.start, forum.event.end = start, start + timedelta(hours=2)
    forum.event.save()
    # One way to run periodic work: the scheduler, from cron or the task worker.
    out = io.StringIO()
    call_command("run_scheduled_jobs", "--only", "send_forum_reminders", stdout=out)
    assert "forum: 1 reminders sent" in out.getvalue()
    out = io.StringIO()
    call_command("run_scheduled_jobs", "--only", "send_forum_reminders", stdout=out)
    assert "forum: 0 reminders sent" in out.getvalue()
    assert rendered().filter(subject=subject("reminder", forum.event)).count() == 1


def test_expiry_job(site_tree):
    forum = make_forum(double_opt_in=True, parent=site_tree["home"]["de"])
    services.registration_create(
        forum=forum,
        name="A",
        email="a@example.org",
        language="de",
        now=timezone.now() - timedelta(days=2),
    )
    out = io.StringIO()
    call_command("run_scheduled_jobs", "--only", "expire_pending_registrations", stdout=out)
    assert "forum: 1 unconfirmed registrations expired" in out.getvalue()
    assert Registration.objects.get().status == "expired"


def test_message_command_shows_progress(forum, tmp_path):
    for number in range(3):
        services.registration_create(
            forum=forum, name=f"P{number}", email=f"p{number}@example.org", language="tr"
        )
    body = tmp_path / "message.txt"
    body.write_text("Bitte bringen Sie einen Stift mit.", encoding="utf-8")
    out = io.StringIO()
    call_command(
        "message_forum", str(forum.pk), "--subject", "Stift", "--body-file", str(body), stdout=out
    )
    assert "message batches: 1/1 (100%)" in out.getvalue()
    assert rendered().filter(subject__contains="Stift").count() == 3
