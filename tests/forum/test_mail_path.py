"""The forum's side of the one mail path: services store the outbox row (kind, address,
language, the registration) in their own transaction and nothing else; the outbox's worker
renders it; erasure asks the outbox to forget."""

import inspect

import pytest
from django.core import mail

from core import outbox
from core.models import OutgoingEmail
from forum import privacy, services
from forum.models import Registration
from forum.public import mail_about
from tests.forum.factories import make_forum, people, subject

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(site_tree):
    return make_forum(capacity=5, parent=site_tree["home"]["de"])


def test_a_registration_stores_what_the_message_is_and_the_worker_writes_it(
    forum, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        registration = services.registration_create(
            forum=forum, name="Olena", email="olena@example.org", language="uk"
        )
    stored = OutgoingEmail.objects.get()
    assert (stored.kind, stored.to, stored.language, stored.about) == (
        "forum.confirmed",
        "olena@example.org",
        "uk",
        mail_about(registration.pk),
    )
    assert stored.rendered_at is None and stored.subject == ""  # not rendered in the request
    assert len(callbacks) == 1
    callbacks[0]()  # the worker: render and send
    stored.refresh_from_db()
    assert stored.sent_at is not None
    assert stored.subject == subject("confirmed", forum.event, "uk")
    assert mail.outbox[0].subject == subject("confirmed", forum.event, "uk")


def test_no_second_queue_between_the_service_and_the_outbox():
    """The render task of old (forum.tasks.send_registration_email) is gone."""
    with pytest.raises(ModuleNotFoundError):
        __import__("forum.tasks")


def test_a_registration_erased_before_delivery_gets_no_mail(forum):
    registration = services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="uk"
    )
    email = OutgoingEmail.objects.get()
    Registration.objects.filter(pk=registration.pk).update(
        email="", erased_at=registration.created_at
    )
    assert outbox.deliver(email.pk) is False
    assert not OutgoingEmail.objects.exists() and not mail.outbox


def test_erasure_asks_the_outbox_to_forget(forum, monkeypatch):
    registration = services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="uk"
    )
    other = services.registration_create(
        forum=forum, name="Amir", email="amir@example.org", language="fa"
    )
    asked = []
    real = privacy.outbox_forget
    monkeypatch.setattr(
        privacy, "outbox_forget", lambda *, about: asked.append(about) or real(about=about)
    )
    privacy.registration_erase(registration=registration)
    assert asked == [[mail_about(registration.pk)]]
    assert not OutgoingEmail.objects.filter(about=mail_about(registration.pk)).exists()
    assert OutgoingEmail.objects.filter(about=mail_about(other.pk)).exists()  # the others stay


def test_the_message_service_takes_no_stream_and_reports_through_a_callback(forum):
    assert "out" not in inspect.signature(services.forum_message_confirmed).parameters
    people(forum, 3, language="tr")
    people(forum, 2, language="ar", start=3)
    calls = []
    sent = services.forum_message_confirmed(
        forum=forum,
        subject="Stift",
        body="Bitte bringen Sie einen Stift mit.",
        on_progress=lambda label, done, total: calls.append((done, total)),
        chunk=2,
    )
    # core.progress.tracked announces the start (0 done), then reports each batch.
    assert sent == 5 and calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    rows = OutgoingEmail.objects.filter(kind="forum.message")
    assert sorted(rows.values_list("language", flat=True)) == ["ar", "ar", "tr", "tr", "tr"]
