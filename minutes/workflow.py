"""The review before minutes go public: a Wagtail workflow with one group approval task for
the Reviewers, assigned to every minutes archive page (and so to all minutes below it).

Idempotent: runs after every migrate (signals.py), when an archive page is created, and from
the demo loader."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from core.roles import REVIEWERS

WORKFLOW_NAME = "Protokoll-Prüfung"
TASK_NAME = "Prüfung durch das Review-Team"


@transaction.atomic
def ensure_minutes_workflow() -> Workflow:
    """The workflow, its task for the Reviewers group, and its assignment to every archive.

    An archive page that an administrator has deliberately given another workflow keeps it."""
    from .models import MinutesIndexPage

    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True)
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    assigned = set(WorkflowPage.objects.values_list("page_id", flat=True))
    for page_id in MinutesIndexPage.objects.values_list("pk", flat=True):
        if page_id not in assigned:
            WorkflowPage.objects.create(page_id=page_id, workflow=workflow)
    return workflow
