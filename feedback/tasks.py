"""Background work of the feedback app (django_tasks)."""

from django_tasks import task

from . import services
from .models import Survey


@task()
def send_feedback_invitations(survey_id: int | None = None) -> dict:
    """Invite the attendees of ended events (all due surveys, or one). Idempotent: whoever
    has an invitation (`sent_at`) gets no second one."""
    survey = Survey.objects.filter(pk=survey_id).first() if survey_id is not None else None
    if survey_id is not None and survey is None:
        return {"surveys": 0, "sent": 0}
    report = services.invitations_send(survey=survey)
    return {
        "surveys": report.surveys,
        "sent": report.sent,
        "already_sent": report.already_sent,
        "without_email": report.without_email,
    }
