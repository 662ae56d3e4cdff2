"""Four eyes (core/models.py, core/review.py): a reviewer cannot approve, nor publish directly,
minutes they created or last edited; a second reviewer can, and the approval publishes. With a
plain GroupApprovalTask the same author-reviewer could approve (the control), and a database
from before four eyes is converted in place, keeping the reviews in progress."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Task, TaskState, WorkflowState, WorkflowTask

from core.models import FourEyesApprovalTask
from core.roles import EDITORS, REVIEWERS
from minutes.models import MinutesPage
from minutes.review import TASK_NAME, WORKFLOW_NAME, ensure_minutes_workflow
from tests.minutes.factories import make_archive, make_body, make_minutes, make_user
from tests.minutes.test_review import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def minutes_tree(site_tree):
    return {
        **site_tree,
        "archive": make_archive(site_tree, languages=("de",)),
        "steering": make_body(),
    }


@pytest.fixture
def people(minutes_tree):
    return {
        "editor": make_user("redaktion@example.org", EDITORS),
        "reviewer": make_user("pruefung@example.org", REVIEWERS),
        "second_reviewer": make_user("pruefung2@example.org", REVIEWERS),
        "admin": make_user("admin@example.org", is_superuser=True, is_staff=True),
    }


def in_review(tree, *, owner, edited_by, submitted_by):
    """Draft minutes created by `owner`, last saved by `edited_by`, submitted by `submitted_by`."""
    page = make_minutes(tree["archive"]["de"], body=tree["steering"], live=False)
    page.owner = owner
    page.save(update_fields=["owner"])
    page.save_revision(user=edited_by)
    state = page.get_workflow().start(page, submitted_by)
    return MinutesPage.objects.get(pk=page.pk), state


def action_names(page, user):
    task_state = page.current_workflow_task_state
    return [name for name, _label, _modal in task_state.task.specific.get_actions(page, user)]


def approve_url(page):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


def assert_refused(client, page, state):
    response = client.post(approve_url(page), {"comment": "Passt."})
    assert response.status_code in (302, 403)  # the admin turns PermissionDenied into a redirect
    assert not MinutesPage.objects.get(pk=page.pk).live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS


def assert_approves_and_publishes(client, page, state, user):
    client.force_login(user)
    client.post(approve_url(page), {"comment": "Geprüft."})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert state.current_task_state.finished_by == user
    assert MinutesPage.objects.get(pk=page.pk).live


def test_the_workflow_uses_the_four_eyes_task(minutes_tree):
    workflow = ensure_minutes_workflow()
    tasks = [task.specific for task in workflow.tasks.all()]
    assert [task.name for task in tasks] == [TASK_NAME]
    assert type(tasks[0]) is FourEyesApprovalTask
    assert not GroupApprovalTask.objects.filter(name=TASK_NAME).exists()


def test_a_reviewer_who_created_the_minutes_cannot_approve_them(client, minutes_tree, people):
    reviewer = people["reviewer"]
    page, state = in_review(
        minutes_tree, owner=reviewer, edited_by=people["editor"], submitted_by=people["editor"]
    )
    assert action_names(page, reviewer) == ["reject"]  # requesting changes stays possible
    client.force_login(reviewer)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    assert b'data-workflow-action-name="approve"' not in edit
    assert b'data-workflow-action-name="reject"' in edit
    assert b'name="action-publish"' not in edit
    assert client.get(approve_url(page)).status_code in (302, 403)  # not even the dialogue
    assert_refused(client, page, state)
    assert not TaskState.objects.reviewable_by(reviewer).filter(workflow_state=state).exists()
    # Nor around the workflow: no direct publishing of one's own minutes.
    assert not page.permissions_for_user(reviewer).can_publish()

    assert (
        TaskState.objects.reviewable_by(people["second_reviewer"])
        .filter(workflow_state=state)
        .exists()
    )
    client.force_login(people["second_reviewer"])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    assert b'data-workflow-action-name="approve"' in edit
    assert_approves_and_publishes(client, page, state, people["second_reviewer"])


def test_a_reviewer_who_only_last_edited_the_minutes_cannot_approve_them(
    client, minutes_tree, people
):
    editor, reviewer = people["editor"], people["reviewer"]
    page, state = in_review(minutes_tree, owner=editor, edited_by=editor, submitted_by=editor)
    assert "approve" in action_names(page, reviewer)  # before the edit: theirs to review
    page.save_revision(user=reviewer)  # a correction during the review
    page = MinutesPage.objects.get(pk=page.pk)
    assert action_names(page, reviewer) == ["reject"]
    assert not page.permissions_for_user(reviewer).can_publish()
    client.force_login(reviewer)
    assert_refused(client, page, state)
    assert_approves_and_publishes(client, page, state, people["second_reviewer"])
    assert MinutesPage.objects.get(pk=page.pk).live_revision.user == reviewer


def test_a_reviewer_who_submitted_the_minutes_cannot_approve_them(client, minutes_tree, people):
    editor, reviewer = people["editor"], people["reviewer"]
    page, state = in_review(minutes_tree, owner=editor, edited_by=editor, submitted_by=reviewer)
    assert action_names(page, reviewer) == ["reject"]
    client.force_login(reviewer)
    assert_refused(client, page, state)


def test_editing_and_approving_in_one_step_is_refused(client, minutes_tree, people):
    """The editor footer's "Approve" saves the form first: the approver's own changes would be
    published unseen. The task asks again after that save."""
    client.force_login(people["editor"])
    url = reverse(
        "wagtailadmin_pages:add", args=["minutes", "minutespage", minutes_tree["archive"]["de"].pk]
    )
    client.post(url, form_data(body=minutes_tree["steering"], **{"action-submit": "1"}))
    page = MinutesPage.objects.get(slug="sitzung-2025-09-11")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    reviewer = people["reviewer"]
    client.force_login(reviewer)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(
        body=minutes_tree["steering"],
        summary="Vom Prüfer umgeschrieben.",
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    response = client.post(edit, data)
    assert response.status_code in (302, 403)
    page = MinutesPage.objects.get(pk=page.pk)
    assert not page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_latest_revision().user == reviewer  # the change waits for a second person
    assert_approves_and_publishes(client, page, state, people["second_reviewer"])
    assert MinutesPage.objects.get(pk=page.pk).summary == "Vom Prüfer umgeschrieben."


def test_a_third_reviewer_cannot_change_and_publish_in_one_step(client, minutes_tree, people):
    """A reviewer who neither wrote nor last edited the minutes may approve them, but not
    rewrite them in the editor and publish the rewrite: nobody would have seen it."""
    editor, reviewer = people["editor"], people["reviewer"]
    page, state = in_review(minutes_tree, owner=editor, edited_by=editor, submitted_by=editor)
    assert page.permissions_for_user(reviewer).can_publish()  # from the listing, unchanged
    client.force_login(reviewer)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="action-publish"' not in client.get(edit).content.decode()
    data = form_data(
        body=minutes_tree["steering"],
        summary="Vom Prüfer umgeschrieben.",
        **{"action-publish": "1"},
    )
    client.post(edit, data)
    page = MinutesPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.get_latest_revision().user == reviewer  # saved as a draft, waiting for review
    assert_approves_and_publishes(client, page, state, people["second_reviewer"])
    assert MinutesPage.objects.get(pk=page.pk).summary == "Vom Prüfer umgeschrieben."


def test_control_without_the_editor_mark_the_same_post_publishes(
    client, minutes_tree, people, monkeypatch
):
    monkeypatch.setattr("core.review.mark_opened_in_editor", lambda page: None)
    monkeypatch.setattr("core.wagtail_hooks.mark_opened_in_editor", lambda page: None)
    editor, reviewer = people["editor"], people["reviewer"]
    page, _state = in_review(minutes_tree, owner=editor, edited_by=editor, submitted_by=editor)
    client.force_login(reviewer)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(
        body=minutes_tree["steering"],
        summary="Vom Prüfer umgeschrieben.",
        **{"action-publish": "1"},
    )
    client.post(edit, data)
    assert MinutesPage.objects.get(pk=page.pk).live


def test_superusers_do_not_approve_their_own_minutes_either(client, minutes_tree, people):
    admin = people["admin"]
    page, state = in_review(minutes_tree, owner=admin, edited_by=admin, submitted_by=admin)
    assert action_names(page, admin) == ["reject"]
    assert not page.permissions_for_user(admin).can_publish()
    client.force_login(admin)
    assert_refused(client, page, state)
    assert_approves_and_publishes(client, page, state, people["reviewer"])


def test_nobody_creates_and_publishes_minutes_in_one_step(minutes_tree, people):
    archive = minutes_tree["archive"]["de"]
    for role in ("reviewer", "admin"):
        assert not archive.permissions_for_user(people[role]).can_publish_subpage()


def replace_with_plain_group_approval_task():
    """The database as it was before four eyes: the workflow's task a GroupApprovalTask."""
    workflow = ensure_minutes_workflow()
    FourEyesApprovalTask.objects.all().delete()
    task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True)
    task.groups.add(Group.objects.get(name=REVIEWERS))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return task


def test_control_with_a_plain_group_approval_task_the_author_could_approve(
    client, minutes_tree, people
):
    """Without FourEyesApprovalTask the same author-reviewer is offered "approve" and gets
    the approval dialogue: the tests above would fail."""
    replace_with_plain_group_approval_task()
    reviewer = people["reviewer"]
    page, _state = in_review(
        minutes_tree, owner=reviewer, edited_by=reviewer, submitted_by=reviewer
    )
    assert type(page.current_workflow_task_state.task.specific) is GroupApprovalTask
    assert "approve" in action_names(page, reviewer)
    client.force_login(reviewer)
    assert client.get(approve_url(page)).status_code == 200


def test_upgrade_converts_the_task_in_place_and_keeps_reviews_in_progress(
    client, minutes_tree, people
):
    old = replace_with_plain_group_approval_task()
    reviewer = people["reviewer"]
    page, state = in_review(minutes_tree, owner=reviewer, edited_by=reviewer, submitted_by=reviewer)
    task_state = state.current_task_state

    workflow = ensure_minutes_workflow()  # runs after every migrate
    ensure_minutes_workflow()

    tasks = [task.specific for task in workflow.tasks.all()]
    assert [task.name for task in tasks] == [TASK_NAME]
    assert type(tasks[0]) is FourEyesApprovalTask and tasks[0].pk == old.pk
    assert tasks[0].active
    assert [group.name for group in tasks[0].groups.all()] == [REVIEWERS]
    assert not GroupApprovalTask.objects.filter(pk=old.pk).exists()
    assert Task.objects.filter(name=TASK_NAME).count() == 1
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_IN_PROGRESS
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert type(task_state.task.specific) is FourEyesApprovalTask
    assert WorkflowState.objects.get(pk=state.pk).workflow.name == WORKFLOW_NAME

    # The review started before the upgrade now follows the rule, and finishes in one approval.
    page = MinutesPage.objects.get(pk=page.pk)
    assert action_names(page, reviewer) == ["reject"]
    client.force_login(reviewer)
    assert_refused(client, page, state)
    assert_approves_and_publishes(client, page, state, people["second_reviewer"])
    assert TaskState.objects.filter(workflow_state=state).count() == 1  # no second round
