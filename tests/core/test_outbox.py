"""One mail path (core/outbox.py): a service stores kind, recipient, language and what the
message is about; the worker renders it in that language and delivers it, once."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from core import outbox
from core.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def _greeting(email):
    if email.context.get("gone"):
        return None
    with translation.override(email.language):
        return outbox.Message(
            subject=gettext("Registration"),
            body_text=f"{gettext('Registration')} {email.context.get('link', '')}",
            body_html=f"<p>{email.context.get('link', '')}</p>",
        )


@pytest.fixture
def test_kind(monkeypatch):
    monkeypatch.setattr(outbox, "renderers", lambda: {"test.greeting": _greeting})
    return "test.greeting"


def test_a_stored_message_is_rendered_by_the_worker_in_the_recipients_language(
    test_kind, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = outbox.outbox_add(kind=test_kind, to="a@example.org", language="de", about="test:1")
    stored = OutgoingEmail.objects.get(pk=email.pk)
    # The service's transaction holds only what the message is, not its text.
    assert (stored.kind, stored.language, stored.about) == ("test.greeting", "de", "test:1")
    assert stored.subject == "" and stored.rendered_at is None and not mailoutbox
    assert len(callbacks) == 1  # one task, after commit: render and send
    callbacks[0]()
    stored.refresh_from_db()
    assert stored.sent_at is not None and stored.rendered_at is not None
    assert [message.subject for message in mailoutbox] == ["Anmeldung"]
    assert stored.subject == "Anmeldung"


def test_another_language_renders_another_text(test_kind, mailoutbox):
    for language in ("de", "uk"):
        email = outbox.outbox_add(kind=test_kind, to="a@example.org", language=language, about="")
        assert outbox.deliver(email.pk) is True
    german, ukrainian = (message.subject for message in mailoutbox)
    assert german == "Anmeldung" and ukrainian != german


def test_delivered_exactly_once(test_kind, mailoutbox):
    email = outbox.outbox_add(kind=test_kind, to="a@example.org", language="de", about="")
    assert outbox.deliver(email.pk) is True
    assert outbox.deliver(email.pk) is False  # sent: nothing to claim
    assert len(mailoutbox) == 1


def test_nothing_left_to_send_drops_the_message(test_kind, mailoutbox):
    email = outbox.outbox_add(
        kind=test_kind, to="a@example.org", language="de", about="", context={"gone": True}
    )
    assert outbox.deliver(email.pk) is False
    assert not OutgoingEmail.objects.filter(pk=email.pk).exists() and not mailoutbox


def test_an_unknown_kind_is_a_failed_attempt_kept_for_later(mailoutbox):
    email = outbox.outbox_add(kind="nobody.knows", to="a@example.org", language="de", about="")
    assert outbox.deliver(email.pk) is False
    email.refresh_from_db()
    assert (email.attempts, email.last_error, email.sent_at) == (1, "UnknownKind", None)
    assert not mailoutbox


def test_secrets_leave_the_text_and_the_context_once_sent(test_kind, mailoutbox):
    email = outbox.outbox_add(
        kind=test_kind,
        to="a@example.org",
        language="de",
        about="",
        context={"link": "/feedback/geheim-123/"},
        redact_after_send=["geheim-123"],
    )
    outbox.render(email)
    email.refresh_from_db()
    assert "geheim-123" in email.body_text  # until it has gone out
    assert outbox.deliver(email.pk) is True
    email.refresh_from_db()
    assert "geheim-123" in mailoutbox[0].body  # the person got it
    assert "geheim-123" not in f"{email.body_text}{email.body_html}{email.context}"
    assert email.context == {"link": "/feedback/[…]/"} and email.redact_after_send == []


def test_forget_removes_only_the_messages_about_those_people(test_kind):
    for about in ("forum.registration:1", "forum.registration:2", "forum.registration:3"):
        outbox.outbox_add(kind=test_kind, to="a@example.org", language="de", about=about)
    outbox.deliver(OutgoingEmail.objects.get(about="forum.registration:1").pk)  # sent ones too
    assert outbox.outbox_forget(about=["forum.registration:1", "forum.registration:2"]) == 2
    assert list(OutgoingEmail.objects.values_list("about", flat=True)) == ["forum.registration:3"]
    assert outbox.outbox_forget(about=[]) == 0


def test_messages_about_someone_in_one_query(test_kind, django_assert_num_queries):
    for _ in range(3):
        outbox.outbox_add(kind=test_kind, to="a@example.org", language="de", about="x:1")
    outbox.outbox_add(kind=test_kind, to="b@example.org", language="de", about="x:2")
    with django_assert_num_queries(1):
        found = outbox.messages_about(about="x:1")
    assert [sent.kind for sent in found] == ["test.greeting"] * 3


def test_every_app_declares_renderers_for_its_kinds():
    kinds = set(outbox.renderers())
    assert {"forum.confirmed", "forum.cancelled", "forum.message", "feedback.invitation"} <= kinds


def test_make_run_says_where_development_mail_is_read():
    from pathlib import Path

    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "/admin/outbox/" in run and "echo" in run
