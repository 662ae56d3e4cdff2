"""The outbox moves from portal to core (issue #13): core takes the model over in the
migration state, the table and its rows stay where they are. portal 0005 then drops the model
from portal's state, and core 0003 renames the table (a database operation, reversible)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("portal", "0004_outbox_redact_after_send"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OutgoingEmail",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("to", models.EmailField(max_length=254, verbose_name="recipient")),
                        ("subject", models.CharField(max_length=255, verbose_name="subject")),
                        ("body_text", models.TextField()),
                        ("body_html", models.TextField(blank=True)),
                        ("reply_to", models.EmailField(blank=True, max_length=254)),
                        ("attachments", models.JSONField(blank=True, default=list)),
                        ("created_at", models.DateTimeField(auto_now_add=True, db_index=True)),
                        ("sent_at", models.DateTimeField(blank=True, db_index=True, null=True)),
                        ("attempts", models.PositiveSmallIntegerField(default=0)),
                        ("claimed_until", models.DateTimeField(blank=True, null=True)),
                        ("last_error", models.CharField(blank=True, max_length=100)),
                        ("about", models.CharField(blank=True, db_index=True, max_length=64)),
                        ("redact_after_send", models.JSONField(blank=True, default=list)),
                    ],
                    options={
                        "verbose_name": "outgoing e-mail",
                        "verbose_name_plural": "outgoing e-mails",
                        "db_table": "portal_outgoingemail",
                        "indexes": [
                            models.Index(
                                fields=["sent_at", "claimed_until"], name="outbox_pending_idx"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
