"""The portal's periodic jobs: e-mail retries, the outbox purge, old accessibility reports
(see portal/scheduler.py)."""

from typing import TextIO

from .accessibility_feedback import accessibility_feedback_purge
from .mail import deliver, pending_email_ids, purge_sent_email


def send_queued_email(out: TextIO) -> None:
    ids = pending_email_ids()
    sent = sum(deliver(email_id) for email_id in ids)
    out.write(f"e-mail: {sent} of {len(ids)} due messages sent\n")


def purge_old_email(out: TextIO) -> None:
    out.write(f"e-mail: {purge_sent_email()} sent messages older than 30 days deleted\n")


def purge_old_accessibility_feedback(out: TextIO) -> None:
    out.write(f"accessibility feedback: {accessibility_feedback_purge()} old reports deleted\n")


JOBS = [send_queued_email, purge_old_email, purge_old_accessibility_feedback]
