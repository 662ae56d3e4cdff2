"""Failure drills: the mail server goes away and comes back; the database drops every
connection (what a PostgreSQL restart does to the application)."""

import io
import os
import socket
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection, transaction

from core.models import OutgoingEmail
from core.outbox import send_mail_later
from tests.portal_tree import build_site_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from harness import gunicorn  # noqa: E402

# Drills start and stop servers (SMTP on a port picked beforehand, gunicorn) and wait on
# timeouts: they run after the parallel part of `make test`, with the machine to themselves.
pytestmark = pytest.mark.serial


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db(transaction=True)
def test_mail_server_down_then_back(settings):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 3

    # Nothing listens on the port: delivery after commit fails, the message stays stored.
    with transaction.atomic():
        send_mail_later(to="gast@example.org", subject="Bestätigung", body_text="Hallo")
    stored = OutgoingEmail.objects.get()
    assert stored.sent_at is None and stored.attempts == 1

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        OutgoingEmail.objects.update(claimed_until=None)  # the back-off time has passed
        for _ in range(2):  # the scheduler runs repeatedly; the message goes out once
            call_command("run_scheduled_jobs", "--only", "send_queued_email", stdout=io.StringIO())
    finally:
        server.stop()
    stored.refresh_from_db()
    assert stored.sent_at is not None
    assert len(inbox.messages) == 1
    recipients, content = inbox.messages[0]
    assert recipients == ["gast@example.org"] and b"Hallo" in content


def kill_other_connections() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "health_checks", ["true", "false"], ids=["health-checks", "control-without"]
)
def test_site_recovers_when_the_database_drops_connections(health_checks):
    """gunicorn keeps persistent connections, as in production; dropping them all is what a
    PostgreSQL restart does to the application (without disturbing other users of the server)."""
    if connection.vendor != "postgresql":
        pytest.skip("connection drops are a PostgreSQL drill (SQLite has no server to restart)")
    build_site_tree(languages=("de",))
    database = connection.settings_dict
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.bench",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "DB_CONN_HEALTH_CHECKS": health_checks,
        "PAGE_CACHE_SECONDS": "0",
    }
    with gunicorn({**os.environ, **env}, workers=1) as base:
        assert status(f"{base}/de/") == 200  # the worker now holds a persistent connection
        assert kill_other_connections() >= 1
        after = [status(f"{base}/de/") for _ in range(3)]
    if health_checks == "true":
        assert after == [200, 200, 200]
    else:
        # The control shows what the drill catches: without health checks the first request
        # after the drop fails; Django then discards the broken connection.
        assert after[0] == 500 and after[1:] == [200, 200]
