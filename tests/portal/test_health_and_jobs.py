import io
import smtplib

import pytest
from django.core.management import call_command

from core.models import OutgoingEmail
from core.outbox import send_mail_later

pytestmark = pytest.mark.django_db


def test_health_reports_components_without_internals(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "task_queue": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_fails_when_the_database_fails(client, monkeypatch):
    from core import health

    def broken():
        raise RuntimeError("connection refused to 10.0.0.5")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
    assert b"10.0.0.5" not in response.content


def test_mail_that_fails_is_kept_and_sent_by_the_scheduled_job(
    mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    from django.core.mail.backends.locmem import EmailBackend

    real_send = EmailBackend.send_messages

    def down(self, messages):
        raise smtplib.SMTPServerDisconnected("mail server down")

    monkeypatch.setattr(EmailBackend, "send_messages", down)
    with django_capture_on_commit_callbacks(execute=True):
        send_mail_later(to="a@example.org", subject="Hallo", body_text="Text")
    email = OutgoingEmail.objects.get()
    assert email.sent_at is None and email.attempts == 1
    assert email.last_error == "SMTPServerDisconnected"

    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    OutgoingEmail.objects.update(claimed_until=None)  # the back-off has passed
    call_command("run_scheduled_jobs", "--only", "send_queued_email", stdout=io.StringIO())
    call_command("run_scheduled_jobs", "--only", "send_queued_email", stdout=io.StringIO())
    email.refresh_from_db()
    assert email.sent_at is not None
    assert len(mailoutbox) == 1  # sent exactly once, though the job ran twice
