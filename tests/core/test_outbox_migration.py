"""The outbox moved from portal to core (core 0002–0004, portal 0005): a database at the old
schema keeps its messages, and migrating back gives them to portal again."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("core", "0001_initial"), ("portal", "0004_outbox_redact_after_send")]


def _executor() -> MigrationExecutor:
    return MigrationExecutor(connection)


def _migrate(targets):
    executor = _executor()
    executor.migrate(targets)
    return _executor().loader.project_state(targets).apps


def _leaves():
    return [node for node in _executor().loader.graph.leaf_nodes() if node[0] in {"core", "portal"}]


def _tables() -> set[str]:
    return set(connection.introspection.table_names())


def test_messages_stored_at_the_old_schema_are_core_messages_after_the_move_and_back():
    old_apps = _migrate(BEFORE)
    assert "portal_outgoingemail" in _tables() and "core_outgoingemail" not in _tables()
    with pytest.raises(LookupError):
        old_apps.get_model("core", "OutgoingEmail")
    old = old_apps.get_model("portal", "OutgoingEmail").objects.create(
        to="gast@example.org",
        subject="Bestätigung",
        body_text="Hallo",
        about="forum.registration:7",
        redact_after_send=["geheim"],
    )

    new_apps = _migrate(_leaves())
    assert "core_outgoingemail" in _tables() and "portal_outgoingemail" not in _tables()
    with pytest.raises(LookupError):
        new_apps.get_model("portal", "OutgoingEmail")
    moved = new_apps.get_model("core", "OutgoingEmail").objects.get(pk=old.pk)
    assert (moved.to, moved.subject, moved.body_text, moved.about) == (
        "gast@example.org",
        "Bestätigung",
        "Hallo",
        "forum.registration:7",
    )
    assert moved.redact_after_send == ["geheim"] and moved.sent_at is None
    # Written before kinds existed: ready-made, so the worker sends it as it is.
    assert moved.kind == "" and moved.context == {}
    # The real model reads the same row.
    from core.models import OutgoingEmail

    assert OutgoingEmail.objects.get(pk=old.pk).subject == "Bestätigung"

    back_apps = _migrate(BEFORE)
    assert "portal_outgoingemail" in _tables()
    assert back_apps.get_model("portal", "OutgoingEmail").objects.get(pk=old.pk).body_text == (
        "Hallo"
    )
    _migrate(_leaves())


def test_the_migrations_leave_nothing_to_make():
    """Model state and migrations agree (makemigrations --check does the same in CI)."""
    from django.core.management import call_command

    call_command("makemigrations", "core", "portal", "--check", "--dry-run", verbosity=0)
