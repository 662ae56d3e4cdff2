"""Review before publication: editors write and submit, reviewers approve or send back with a
comment, and nobody but reviewers (and administrators) can publish minutes directly."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.roles import EDITORS, REVIEWERS
from minutes.models import Meeting, MinutesIndexPage, MinutesPage
from minutes.review import TASK_NAME, WORKFLOW_NAME, ensure_minutes_workflow
from tests.minutes.factories import make_minutes, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(minutes_tree):
    return {
        "editor": make_user("redaktion@example.org", EDITORS),
        "reviewer": make_user("pruefung@example.org", REVIEWERS),
        "second_reviewer": make_user("pruefung2@example.org", REVIEWERS),
    }


def list_block(items):
    return {
        "count": len(items),
        **{
            str(index): {"value": item, "deleted": "", "order": index, "id": ""}
            for index, item in enumerate(items)
        },
    }


def form_data(*, body, title="Sitzung vom 11.09.2025", slug="sitzung-2025-09-11", **extra):
    data = {
        "title": title,
        "slug": slug,
        "body": body.pk,
        "meeting_date": "2025-09-11",
        "start_time": "16:00",
        "end_time": "18:00",
        "place": "Rathaus Ruhrbrück",
        "event": "",
        "attendees_count": "12",
        "participating_organisations": "Stadt Ruhrbrück",
        "summary": "Die Gruppe hat beraten.",
        "agenda": streamfield(
            [
                (
                    "item",
                    {
                        "number": "TOP 1",
                        "title": "Anlaufstelle Nord",
                        "outcome": "noted",
                        "discussion": rich_text("<p>Bericht.</p>"),
                        "decisions": list_block(["Der Bericht wird zur Kenntnis genommen."]),
                        "responsibilities": list_block(
                            [{"who": "Integrationsbüro", "what": "Zahlen vorlegen", "due": ""}]
                        ),
                    },
                )
            ]
        ),
        "attachments": inline_formset([]),
        "comments": inline_formset([]),
        "correction_note": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(extra)
    return nested_form_data(data)


def create(client, parent, data):
    url = reverse("wagtailadmin_pages:add", args=["minutes", "minutespage", parent.pk])
    response = client.post(url, data)
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 200 and response.context and "form" in response.context:
        assert not response.context["form"].errors, response.context["form"].errors
    return response


def test_workflow_is_assigned_to_every_archive_idempotently(minutes_tree):
    ensure_minutes_workflow()
    ensure_minutes_workflow()
    for archive in minutes_tree["archive"].values():
        assignment = WorkflowPage.objects.get(page=archive)
        assert assignment.workflow.name == WORKFLOW_NAME
        tasks = [task.specific for task in assignment.workflow.tasks.all()]
        assert [task.name for task in tasks] == [TASK_NAME]
        assert [group.name for group in tasks[0].groups.all()] == [REVIEWERS]
    assert WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).count() == len(
        minutes_tree["archive"]
    )
    minutes = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"], live=False)
    assert minutes.get_workflow().name == WORKFLOW_NAME


def test_a_new_archive_gets_the_workflow(minutes_tree):
    other_home = minutes_tree["home"]["en"]
    MinutesIndexPage.objects.filter(pk=minutes_tree["archive"]["en"].pk).delete()
    archive = other_home.add_child(instance=MinutesIndexPage(title="Minutes", slug="minutes-en"))
    assert WorkflowPage.objects.get(page=archive).workflow.name == WORKFLOW_NAME


def test_only_reviewers_may_publish_minutes(minutes_tree, people):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"], live=False)
    archive = minutes_tree["archive"]["de"]
    editor = page.permissions_for_user(people["editor"])
    assert editor.can_edit() and not editor.can_publish()
    assert not archive.permissions_for_user(people["editor"]).can_publish_subpage()
    # Through a plain Page object too (listings, bulk actions use those).
    assert not page.page_ptr.permissions_for_user(people["editor"]).can_publish()
    assert page.permissions_for_user(people["reviewer"]).can_publish()
    # Elsewhere editors keep publishing their pages directly.
    assert minutes_tree["about"].permissions_for_user(people["editor"]).can_publish()


def test_editor_publish_button_only_saves_a_draft(client, minutes_tree, people):
    client.force_login(people["editor"])
    archive = minutes_tree["archive"]["de"]
    create(client, archive, form_data(body=minutes_tree["steering"], **{"action-publish": "1"}))
    page = MinutesPage.objects.get(slug="sitzung-2025-09-11")
    assert not page.live
    assert page.has_unpublished_changes
    assert not Meeting.objects.exists()
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    screen = client.get(edit)
    assert b'name="action-publish"' not in screen.content
    assert b'name="action-submit"' in screen.content
    # Editing an existing page and pressing "publish" anyway: still a draft.
    client.post(edit, form_data(body=minutes_tree["steering"], **{"action-publish": "1"}))
    assert not MinutesPage.objects.get(pk=page.pk).live


def test_editor_cannot_bulk_publish_minutes(client, minutes_tree, people):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"], live=False)
    client.force_login(people["editor"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"
    client.post(url, {"include_descendants": ""})
    assert not MinutesPage.objects.get(pk=page.pk).live
    # Control: the same request by a reviewer publishes.
    client.force_login(people["reviewer"])
    client.post(url, {"include_descendants": ""})
    assert MinutesPage.objects.get(pk=page.pk).live


def test_submit_approve_publishes(client, minutes_tree, people):
    client.force_login(people["editor"])
    create(
        client,
        minutes_tree["archive"]["de"],
        form_data(body=minutes_tree["steering"], **{"action-submit": "1"}),
    )
    page = MinutesPage.objects.get(slug="sitzung-2025-09-11")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == people["editor"]
    assert not page.live

    # The editor cannot approve their own submission.
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    refused = client.post(approve, {"comment": ""})
    assert refused.status_code in (302, 403)  # Wagtail redirects with "permission denied"
    assert not MinutesPage.objects.get(pk=page.pk).live
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(people["reviewer"])
    client.post(approve, {"comment": "Geprüft, danke."})
    page = MinutesPage.objects.get(pk=page.pk)
    assert page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.live_revision.user == people["editor"]
    assert Meeting.objects.get(key=page.translation_key).deleted is False


def test_reviewer_sends_back_with_a_comment(client, minutes_tree, people):
    client.force_login(people["editor"])
    create(
        client,
        minutes_tree["archive"]["de"],
        form_data(body=minutes_tree["steering"], **{"action-submit": "1"}),
    )
    page = MinutesPage.objects.get(slug="sitzung-2025-09-11")
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    client.force_login(people["reviewer"])
    reject = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    client.post(reject, {"comment": "Bitte TOP 1 ergänzen."})
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_REJECTED
    assert task_state.get_comment() == "Bitte TOP 1 ergänzen."
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not MinutesPage.objects.get(pk=page.pk).live
    assert not Meeting.objects.exists()


def test_approval_with_a_future_go_live_schedules(client, minutes_tree, people):
    from django.core.management import call_command

    client.force_login(people["editor"])
    go_live = (timezone.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    create(
        client,
        minutes_tree["archive"]["de"],
        form_data(body=minutes_tree["steering"], go_live_at=go_live, **{"action-submit": "1"}),
    )
    page = MinutesPage.objects.get(slug="sitzung-2025-09-11")
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    client.force_login(people["reviewer"])
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    client.post(approve, {"comment": ""})
    page = MinutesPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None
    call_command("publish_scheduled")
    assert not MinutesPage.objects.get(pk=page.pk).live  # not yet due
    assert not Meeting.objects.exists()


def test_public_never_sees_a_page_in_review(client, minutes_tree, people):
    client.force_login(people["editor"])
    create(
        client,
        minutes_tree["archive"]["de"],
        form_data(body=minutes_tree["steering"], **{"action-submit": "1"}),
    )
    client.logout()
    assert client.get("/de/protokolle/sitzung-2025-09-11/").status_code == 404
    assert b"sitzung-2025-09-11" not in client.get("/de/protokolle/").content


def test_staff_screens_for_minutes_work(client, minutes_tree, people):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"])
    client.force_login(people["editor"])
    assert client.get(reverse("wagtailsnippets_minutes_body:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_minutes_body:add")).status_code == 200
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    assert b"Lenkungsgruppe Integrationskonzept" in edit.content
    client.force_login(people["reviewer"])
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_editor_cannot_publish_a_new_archive_directly(client, minutes_tree, people):
    home = minutes_tree["home"]["en"]
    MinutesIndexPage.objects.filter(pk=minutes_tree["archive"]["en"].pk).delete()
    client.force_login(people["editor"])
    url = reverse("wagtailadmin_pages:add", args=["minutes", "minutesindexpage", home.pk])
    data = nested_form_data(
        {
            "title": "Minutes",
            "slug": "minutes-new",
            "intro": "",
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    refused = client.post(url, {**data, "action-publish": "1"})
    assert refused.status_code in (302, 403)  # the admin turns "permission denied" into a redirect
    assert not MinutesIndexPage.objects.filter(slug="minutes-new").exists()
    client.post(url, data)  # saving a draft is fine; it then needs review
    archive = MinutesIndexPage.objects.get(slug="minutes-new")
    assert not archive.live
    assert WorkflowPage.objects.get(page=archive).workflow.name == WORKFLOW_NAME
