"""Backup and restore round trip with the documented commands (`dbbackup`, `dbrestore`):
every table, pages, registrations and answers included, comes back row for row."""

import io

import pytest
from django.core.management import call_command
from django.db import connection, connections
from wagtail.models import Page

from core.outbox import send_mail_later
from tests.portal_tree import build_site_tree


def snapshot() -> dict[str, int]:
    """Row count of every table in the database."""
    counts = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table.startswith("sqlite_"):
                continue
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - names from introspection
            counts[table] = cursor.fetchone()[0]
    return counts


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_brings_everything_back(tmp_path):
    build_site_tree(languages=("de", "ar"))
    send_mail_later(to="gast@example.org", subject="Hallo", body_text="Text")
    titles = sorted(Page.objects.values_list("title", flat=True))
    before = snapshot()
    assert before["portal_welcomepage"] == 2 and before["core_outgoingemail"] == 1

    backup = tmp_path / "teilhabe.backup"
    call_command("dbbackup", "--output-path", str(backup), stdout=io.StringIO())
    assert backup.stat().st_size > 0

    Page.objects.filter(depth__gt=2).delete()  # the accident
    call_command("dbrestore", "--input-path", str(backup), "--noinput", stdout=io.StringIO())
    connections.close_all()

    assert snapshot() == before
    assert sorted(Page.objects.values_list("title", flat=True)) == titles
