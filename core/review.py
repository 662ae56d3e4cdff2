"""Review before publication by a second person, for any page type that needs one.

An app that wants its pages reviewed declares a `ReviewRule` (minutes do in minutes/review.py):
the workflow's and task's names, the model permission that lets someone publish directly, and
the section pages whose subtrees the workflow covers. Core then provides

- `ensure_review_workflow(rule)`: the Wagtail workflow with one four-eyes approval task
  (core/models.py) for the Reviewers, assigned to every section page of the rule (idempotent;
  runs after migrate, when a section page is created, and from the demo loader);
- `ReviewedPagePermissionTester`: a page permission tester under which publishing also needs
  the rule's permission and is never open to the page's creator or last editor. Every
  publishing path in Wagtail (edit and create views, bulk publish, copy with publish, the
  translation editor, `revision.publish(user=...)`) asks it;
- `may_publish(user, rule)`.

Editors therefore see no "Publish" action there and a POST with `action-publish` saves a
draft; they submit for review, and the workflow publishes on approval as the reviewer.

Four eyes: nobody, superusers included, approves or publishes a reviewed page they created
or last edited (or, for approval, submitted); they may request changes. A new page in a
reviewed section is therefore never published by its creator in one step (no "publish" on
create or copy there). Nor does anyone publish a reviewed page from its editor: the edit view
asks for permission before it saves the form, so a reviewer who is neither creator nor last
editor would otherwise change the page and publish that change, unseen, in one step. The
`before_edit_page` hook in core/wagtail_hooks.py marks the page the editor works on
(`mark_opened_in_editor`), the tester then refuses "Publish" for it, and a POST with
`action-publish` saves a draft. Reviewed pages go live through the workflow's approval (or,
unchanged, from the page listing's and revisions' publish actions, by someone else).

Upgrading a database from before four eyes, where the rule's task is a plain Wagtail
GroupApprovalTask: `ensure_review_workflow` converts that task in place. Both task types are
children of the same `wagtailcore_task` row, so the GroupApprovalTask child row (and its
group links) is deleted with `keep_parents=True` and a FourEyesApprovalTask child row with the
same primary key, name, active flag and groups takes its place; the Task row's content type
is switched. Every WorkflowTask link and every TaskState keeps pointing at the same Task, so
reviews in progress continue, now under the four-eyes rule, and a second reviewer's approval
finishes and publishes them. Replacing the task instead would have been unsafe:
`Task.deactivate` cancels every in-progress task state, and leaving the old task in progress
while linking a new one makes `WorkflowState.update` start the new task after the old one is
approved (a second round of approval), while an inactive task drops out of
`TaskState.objects.reviewable_by` (the dashboard). A task of any other type with the rule's
name, chosen deliberately by an administrator, is left alone."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    PagePermissionTester,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.models import FourEyesApprovalTask, is_own_work
from core.roles import REVIEWERS


@dataclass(frozen=True)
class ReviewRule:
    workflow_name: str
    task_name: str
    publish_permission: str  # "app_label.codename"
    section_models: tuple[str, ...]  # "app_label.ModelName" of the pages that root a section


_OPENED_IN_EDITOR = "_review_opened_in_editor"


def mark_opened_in_editor(page) -> None:
    """The page instance an edit view works on: its tester offers no "Publish" (see above)."""
    setattr(page, _OPENED_IN_EDITOR, True)


def may_publish(user, rule: ReviewRule) -> bool:
    return bool(user.is_active and (user.is_superuser or user.has_perm(rule.publish_permission)))


class ReviewedPagePermissionTester(PagePermissionTester):
    """Use from a page type's `permissions_for_user`: `ReviewedPagePermissionTester(user, self,
    rule=RULE)`."""

    def __init__(self, user, page, *, rule: ReviewRule):
        super().__init__(user, page)
        self.rule = rule

    def can_publish(self):
        return (
            super().can_publish()
            and may_publish(self.user, self.rule)
            and not is_own_work(self.page, self.user)
            and not getattr(self.page, _OPENED_IN_EDITOR, False)
        )

    def can_publish_subpage(self):
        # A new page here (created, copied or aliased live) would be published by its creator.
        return False

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
    task = (
        Task.objects.filter(name=rule.task_name, workflow_tasks__workflow=workflow).first()
        or Task.objects.filter(name=rule.task_name).first()
    )
    if task is None:
        task = FourEyesApprovalTask.objects.create(name=rule.task_name, active=True)
    task = task.specific
    if type(task) is GroupApprovalTask:
        task = _convert_to_four_eyes(task)
    if isinstance(task, FourEyesApprovalTask):
        task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    assigned = set(WorkflowPage.objects.values_list("page_id", flat=True))
    for label in rule.section_models:
        model = apps.get_model(label)
        for page_id in model.objects.values_list("pk", flat=True):
            if page_id not in assigned:
                WorkflowPage.objects.create(page_id=page_id, workflow=workflow)
    return workflow


def _convert_to_four_eyes(task: GroupApprovalTask) -> FourEyesApprovalTask:
    """The same Task row, now a FourEyesApprovalTask (see the module docstring)."""
    group_ids = list(task.groups.values_list("pk", flat=True))
    pk = task.pk
    task.delete(keep_parents=True)  # the child row and its group links; the Task row stays
    FourEyesApprovalTask(task_ptr_id=pk).save_base(raw=True)  # only the child row
    Task.objects.filter(pk=pk).update(
        content_type=ContentType.objects.get_for_model(FourEyesApprovalTask)
    )
    converted = FourEyesApprovalTask.objects.get(pk=pk)
    converted.groups.set(group_ids)
    return converted
