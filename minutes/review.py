"""Minutes go public only after review (the shared workflow in core/review.py).

Editors hold Wagtail's publish permission on the whole tree (core/roles.py). In the minutes
section that is not enough: publishing there also needs `minutes.publish_minutes`, which
only the Reviewers group has (minutes/roles.py)."""

from wagtail.models import Workflow

from core.review import ReviewRule, ensure_review_workflow, may_publish

WORKFLOW_NAME = "Protokoll-Prüfung"
TASK_NAME = "Prüfung durch das Review-Team"
PUBLISH_MINUTES = "minutes.publish_minutes"

MINUTES_REVIEW = ReviewRule(
    workflow_name=WORKFLOW_NAME,
    task_name=TASK_NAME,
    publish_permission=PUBLISH_MINUTES,
    section_models=("minutes.MinutesIndexPage",),
)


def may_publish_minutes(user) -> bool:
    return may_publish(user, MINUTES_REVIEW)


def ensure_minutes_workflow() -> Workflow:
    return ensure_review_workflow(MINUTES_REVIEW)
