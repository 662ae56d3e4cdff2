"""The outbox's table takes core's name (portal_outgoingemail -> core_outgoingemail); rows,
indexes and ids stay. Reversible: migrating back renames it again."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_outbox_from_portal"),
        ("portal", "0005_outbox_to_core"),
    ]

    operations = [migrations.AlterModelTable(name="outgoingemail", table=None)]
