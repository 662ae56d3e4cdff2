"""The outbox's periodic jobs: e-mail retries and the purge of sent messages (core/scheduler.py
runs them)."""

from typing import TextIO

from .outbox import deliver, pending_email_ids, purge_sent_email


def send_queued_email(out: TextIO) -> None:
    ids = pending_email_ids()
    sent = sum(deliver(email_id) for email_id in ids)
    out.write(f"e-mail: {sent} of {len(ids)} due messages sent\n")


def purge_old_email(out: TextIO) -> None:
    out.write(f"e-mail: {purge_sent_email()} sent messages older than 30 days deleted\n")


JOBS = [send_queued_email, purge_old_email]
