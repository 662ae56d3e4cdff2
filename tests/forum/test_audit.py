"""The audit log: every organiser action on personal data is recorded in Wagtail's log
entries against the forum (who, when, what), shown on the forum's audit page, its CSV export
and Wagtail's history of the forum; erasure leaves only the fact and the time."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core import audit
from events.models import EventPage
from forum import privacy, services
from forum.models import Forum, Registration
from tests.forum.factories import make_forum, make_user, tr
from tests.forum.test_privacy import traces

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(db):
    return make_user("audit-orga", organiser=True)


@pytest.fixture
def forum(site_tree, organiser):
    return make_forum(capacity=5, organisers=[organiser], parent=site_tree["home"]["de"])


def logged(forum, action, **data) -> ModelLogEntry:
    """The one entry of `action` on `forum`, with at least `data`."""
    entries = [
        entry
        for entry in audit.entries_for(forum).filter(action=action)
        if all(entry.data.get(key) == value for key, value in data.items())
    ]
    assert len(entries) == 1, (action, data, [e.data for e in audit.entries_for(forum)])
    return entries[0]


def register(forum, name="Zoryana Hrytsenko", email="zoryana@example.net"):
    return services.registration_create(forum=forum, name=name, email=email, language="uk")


def test_every_organiser_action_is_logged(client, forum, organiser):
    person = register(forum)
    client.force_login(organiser)
    dashboard = reverse("forum_dashboard", args=[forum.pk])

    assert client.get(dashboard, {"q": "Zoryana", "status": "confirmed"}).status_code == 200
    viewed = logged(forum, "forum.registrations_view", searched=True, status="confirmed")
    assert viewed.user == organiser and viewed.timestamp <= timezone.now()
    assert "Zoryana" not in str(viewed.data)  # the search term is never stored

    client.get(reverse("forum_export_csv", args=[forum.pk]))
    logged(forum, "forum.export", format="csv")
    client.get(reverse("forum_export_xlsx", args=[forum.pk]))
    logged(forum, "forum.export", format="xlsx")

    add = {"name": "Per Telefon", "email": "tel@example.org", "language": "ar", "consent": "on"}
    assert client.post(reverse("forum_add", args=[forum.pk]), add).status_code == 302
    added = Registration.objects.get(name="Per Telefon")
    logged(forum, "forum.registration_add", person=added.pk, name="Per Telefon")

    desk = reverse("forum:check_in", args=[forum.pk])
    client.post(desk, {"registration": person.pk})
    logged(forum, "forum.check_in", person=person.pk)
    client.post(desk, {"registration": person.pk, "action": "undo"})
    logged(forum, "forum.check_in_undo", person=person.pk)

    cancel = reverse("forum_cancel_registration", args=[forum.pk, added.pk])
    client.post(cancel)
    client.post(cancel)  # already cancelled: nothing happened, nothing logged
    logged(forum, "forum.registration_cancel", person=added.pk)

    message = {"subject": "Hallo", "body": "Bis Samstag"}
    assert client.post(reverse("forum_message", args=[forum.pk]), message).status_code == 302
    logged(forum, "forum.message", count=1)

    assert all(entry.user == organiser for entry in audit.entries_for(forum))


def test_a_failed_action_logs_nothing(client, forum, organiser):
    person = register(forum)
    client.force_login(organiser)
    client.post(reverse("forum_undo_check_in", args=[forum.pk, person.pk]))
    assert not audit.entries_for(forum).filter(action="forum.check_in_undo").exists()


def test_the_audit_page_and_csv(client, forum, organiser):
    person = register(forum, name="=HYPERLINK(1)", email="formula@example.org")
    services.registration_check_in(registration=person, by=organiser)
    client.force_login(organiser)
    page = client.get(reverse("forum_audit", args=[forum.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    assert 'data-action="forum.check_in"' in body
    assert 'class="forum-admin-title" data-title>' in body
    assert str(forum) in body  # the visible forum name above the title
    response = client.get(reverse("forum_audit_csv", args=[forum.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Time", "Action", "By", "Details"] or len(rows[0]) == 4
    details = [row[3] for row in rows[1:]]
    assert any(cell.startswith("'=HYPERLINK") for cell in details)
    assert not any(cell.startswith("=") for row in rows for cell in row)
    logged(forum, "forum.audit_export")


def test_an_organiser_of_another_forum_gets_403(client, forum):
    client.force_login(make_user("stranger", organiser=True))
    for name in ("forum_audit", "forum_audit_csv"):
        response = client.get(reverse(name, args=[forum.pk]))
        assert response.status_code == 403, name
    assert client.get(reverse("forum_audit", args=[999999])).status_code == 403
    assert not audit.entries_for(forum).filter(action="forum.audit_export").exists()


def test_entries_show_in_wagtails_history_of_the_forum(client, forum, organiser):
    person = register(forum)
    services.registration_check_in(registration=person, by=organiser)
    client.force_login(organiser)
    history = client.get(reverse("wagtailsnippets_forum_forum:history", args=[forum.pk]))
    assert history.status_code == 200
    body = history.content.decode()
    assert 'value="forum.check_in"' in body  # the action, registered with its label
    assert ": Zoryana Hrytsenko (#" in body  # the entry's message


def test_erasure_leaves_only_the_fact_and_the_time(client, forum, organiser):
    """Through the real paths: the organiser's "delete personal data now" after the event,
    and the seating move and the registrant's own erasure before it."""
    from seating import services as seating_services

    person = register(forum)
    other = register(forum, name="Grace Hopper", email="grace@example.org")
    services.registration_check_in(registration=person, by=organiser)
    services.registration_check_in_undo(registration=person, by=organiser)
    services.registration_check_in(registration=person, by=organiser)
    plan = seating_services.plan_create(forum=forum, iterations=50)
    seat = plan.seats.filter(registration=person, round=1).select_related("table").first()
    target = forum.tables.exclude(pk=seat.table_id).first()
    seating_services.plan_move(plan=plan, registration=person, round=1, table=target, by=organiser)
    logged(forum, "seating.table_move", person=person.pk)
    client.force_login(organiser)
    client.get(reverse("forum_dashboard", args=[forum.pk]))
    privacy.registration_erase(registration=other)  # her own request, before the event
    assert traces({"Grace Hopper", "grace@example.org"}) == {}
    logged(forum, "forum.registration_erase")

    before = {entry.pk: (entry.action, entry.timestamp) for entry in audit.entries_for(forum)}
    assert traces({"Zoryana Hrytsenko"}) != {}  # the control: the name is in the log now
    past = timezone.now() - timedelta(days=1)
    EventPage.objects.filter(pk=forum.event.pk).update(start=past - timedelta(hours=3), end=past)
    forum = Forum.objects.select_related("event").get(pk=forum.pk)
    assert client.post(reverse("forum_erase", args=[forum.pk])).status_code == 302

    assert traces({"Zoryana Hrytsenko", "zoryana@example.net"}) == {}
    after = {entry.pk: entry for entry in audit.entries_for(forum)}
    for pk, (action, timestamp) in before.items():
        assert (after[pk].action, after[pk].timestamp) == (action, timestamp)
        assert audit.PERSON not in after[pk].data and audit.NAME not in after[pk].data
    assert after[logged(forum, "seating.table_move").pk].data == audit.ERASED
    erase = logged(forum, "forum.erase")
    assert erase.user == organiser and erase.data["count"] >= 1
    page = client.get(reverse("forum_audit", args=[forum.pk])).content.decode()
    assert "Zoryana" not in page and tr("(personal data deleted)") in page


def test_publication_steps_are_in_wagtails_page_log(site_tree):
    """Submit, approve, reject, publish and unpublish are Wagtail's own log actions; this
    checks that publish and unpublish of a page land in the page's history."""
    from wagtail.models import PageLogEntry

    page = forum_event_page(site_tree)
    user = make_user("publisher", is_superuser=True)
    page.save_revision(user=user).publish(user=user)
    page.unpublish(user=user)
    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
    assert {"wagtail.publish", "wagtail.unpublish"} <= actions


def forum_event_page(site_tree):
    from tests.forum.factories import make_event

    return make_event(parent=site_tree["home"]["de"], title="Log-Probe")
