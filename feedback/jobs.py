"""Periodic jobs of the feedback app (run by `manage.py run_scheduled_jobs`)."""

from typing import TextIO

from . import services


def send_feedback_invitations(out: TextIO) -> None:
    report = services.invitations_send(out=out)
    out.write(f"feedback: {report.sent} invitation(s) sent for {report.surveys} due survey(s)\n")


JOBS = [send_feedback_invitations]
