"""Review before publication, for any page type that needs a second person.

An app that wants its pages reviewed declares a `ReviewRule` (minutes do in minutes/review.py):
the workflow's and task's names, the model permission that lets someone publish directly, and
the section pages whose subtrees the workflow covers. Core then provides

- `ensure_review_workflow(rule)`: the Wagtail workflow with one group approval task for the
  Reviewers, assigned to every section page of the rule (idempotent; runs after migrate, when
  a section page is created, and from the demo loader);
- `ReviewedPagePermissionTester`: a page permission tester under which publishing also needs
  the rule's permission. Every publishing path in Wagtail (edit and create views, bulk
  publish, copy with publish, the translation editor, `revision.publish(user=...)`) asks it;
- `may_publish(user, rule)`.

Editors therefore see no "Publish" action there and a POST with `action-publish` saves a
draft; they submit for review, and the workflow publishes on approval as the reviewer."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    PagePermissionTester,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.roles import REVIEWERS


@dataclass(frozen=True)
class ReviewRule:
    workflow_name: str
    task_name: str
    publish_permission: str  # "app_label.codename"
    section_models: tuple[str, ...]  # "app_label.ModelName" of the pages that root a section


def may_publish(user, rule: ReviewRule) -> bool:
    return bool(user.is_active and (user.is_superuser or user.has_perm(rule.publish_permission)))


class ReviewedPagePermissionTester(PagePermissionTester):
    """Use from a page type's `permissions_for_user`: `ReviewedPagePermissionTester(user, self,
    rule=RULE)`."""

    def __init__(self, user, page, *, rule: ReviewRule):
        super().__init__(user, page)
        self.rule = rule

    def can_publish(self):
        return super().can_publish() and may_publish(self.user, self.rule)

    def can_publish_subpage(self):
        return super().can_publish_subpage() and may_publish(self.user, self.rule)

    def can_reorder_children(self):
        return super().can_reorder_children() and may_publish(self.user, self.rule)


@transaction.atomic
def ensure_review_workflow(rule: ReviewRule) -> Workflow:
    """The workflow, its task for the Reviewers group, and its assignment to every section
    page. A section page that an administrator has deliberately given another workflow
    keeps it."""
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)
    workflow = Workflow.objects.filter(name=rule.workflow_name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=rule.workflow_name, active=True)
    task = GroupApprovalTask.objects.filter(name=rule.task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=rule.task_name, active=True)
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    assigned = set(WorkflowPage.objects.values_list("page_id", flat=True))
    for label in rule.section_models:
        model = apps.get_model(label)
        for page_id in model.objects.values_list("pk", flat=True):
            if page_id not in assigned:
                WorkflowPage.objects.create(page_id=page_id, workflow=workflow)
    return workflow
