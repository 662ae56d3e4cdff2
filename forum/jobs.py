"""Periodic jobs (run by `manage.py run_scheduled_jobs` every few minutes). All are safe to
repeat and to run late: reminders are stamped once sent, expiry and erasure only touch old
rows."""

from typing import TextIO

from . import privacy, services


def send_forum_reminders(out: TextIO) -> None:
    out.write(f"forum: {services.reminders_send()} reminders sent\n")


def expire_pending_registrations(out: TextIO) -> None:
    out.write(f"forum: {services.pending_expire()} unconfirmed registrations expired\n")


def erase_personal_data_past_retention(out: TextIO) -> None:
    erased = privacy.personal_data_expire(out=out)
    out.write(f"forum: personal data of {erased} registrations past retention erased\n")


JOBS = [expire_pending_registrations, send_forum_reminders, erase_personal_data_past_retention]
