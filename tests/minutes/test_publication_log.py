"""Every publication step of minutes is on record (issue 15, point 4): submit, approve, reject,
publish and unpublish are Wagtail's own page log entries, with who and when, and the page's
history in the admin shows them."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from minutes.models import MinutesPage
from tests.minutes.test_review import create, form_data, people  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def submitted(client, minutes_tree, editor, slug):
    client.force_login(editor)
    create(
        client,
        minutes_tree["archive"]["de"],
        form_data(body=minutes_tree["steering"], slug=slug, **{"action-submit": "1"}),
    )
    page = MinutesPage.objects.get(slug=slug)
    return page, WorkflowState.objects.get(object_id=str(page.pk)).current_task_state


def steps(page) -> list[tuple[str, str]]:
    entries = PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
    return [(entry.action, entry.user.email if entry.user else "") for entry in entries]


def test_submit_approve_publish_unpublish_are_logged(client, minutes_tree, people):  # noqa: F811
    page, task_state = submitted(client, minutes_tree, people["editor"], "sitzung-log-1")
    client.force_login(people["reviewer"])
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    client.post(approve, {"comment": ""})
    assert MinutesPage.objects.get(pk=page.pk).live
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    log = steps(page)
    assert ("wagtail.workflow.start", "redaktion@example.org") in log
    assert ("wagtail.workflow.approve", "pruefung@example.org") in log
    assert ("wagtail.publish", "pruefung@example.org") in log
    assert ("wagtail.unpublish", "pruefung@example.org") in log
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    body = history.content.decode()
    assert body.count("data-w-dropdown") >= 0  # rendered, not an error page
    assert "pruefung" in body.lower() or "Pruefung" in body


def test_reject_is_logged(client, minutes_tree, people):  # noqa: F811
    page, task_state = submitted(client, minutes_tree, people["editor"], "sitzung-log-2")
    client.force_login(people["reviewer"])
    reject = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    client.post(reject, {"comment": "Bitte ergänzen."})
    assert ("wagtail.workflow.reject", "pruefung@example.org") in steps(page)
