"""The outbox now belongs to core (core 0002 took the model over): portal forgets it in the
migration state only; the table stays (core 0003 renames it)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_outbox_redact_after_send"),
        ("core", "0002_outbox_from_portal"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OutgoingEmail")],
            database_operations=[],
        ),
    ]
