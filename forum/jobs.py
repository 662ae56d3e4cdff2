"""Periodic jobs (run by `manage.py run_scheduled_jobs` every few minutes). Both are safe to
repeat and to run late: reminders are stamped once sent, expiry only touches old rows."""

from typing import TextIO

from . import services


def send_forum_reminders(out: TextIO) -> None:
    out.write(f"forum: {services.reminders_send()} reminders sent\n")


def expire_pending_registrations(out: TextIO) -> None:
    out.write(f"forum: {services.pending_expire()} unconfirmed registrations expired\n")


JOBS = [expire_pending_registrations, send_forum_reminders]
