"""Random ids for used links, responses and answers (feedback/models.py explains why).

A primary key can't be cast from a sequence to a UUID in place (PostgreSQL refuses, SQLite
would keep the old order), so the three tables are rebuilt: new tables with UUID keys are
created, the rows copied with fresh random ids — in a shuffled order, so that the new tables'
physical order (PostgreSQL's heap, SQLite's hidden rowid) does not repeat the order of arrival
either — then the old tables are dropped and the new ones take their names, relations and
indexes. Every answer stays with its response; nothing else refers to these tables.

Going back gives sequential ids again, assigned in a shuffled order."""

import random
import uuid

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

BATCH = 500
MODERATION = [
    ("pending", "Not yet reviewed"),
    ("approved", "Approved for publication"),
    ("hidden", "Hidden"),
]
ANSWER_FIELDS = ("question_id", "value", "choice", "text", "moderation")


def _shuffled(values) -> list:
    values = list(values)
    random.SystemRandom().shuffle(values)
    return values


def _copy(apps, schema_editor, *, source: str, target: str, new_id) -> None:
    """Copy SpentToken, Response and Answer rows from the `source` models to the `target`
    models (names without the app label), in a random order, with ids from `new_id()`."""
    db = schema_editor.connection.alias
    spent_from = apps.get_model("feedback", f"SpentToken{source}")
    spent_to = apps.get_model("feedback", f"SpentToken{target}")
    responses_from = apps.get_model("feedback", f"Response{source}")
    responses_to = apps.get_model("feedback", f"Response{target}")
    answers_from = apps.get_model("feedback", f"Answer{source}")
    answers_to = apps.get_model("feedback", f"Answer{target}")

    spent = _shuffled(spent_from.objects.using(db).values_list("survey_id", "digest"))
    spent_to.objects.using(db).bulk_create(
        [spent_to(survey_id=survey_id, digest=digest, **new_id()) for survey_id, digest in spent],
        batch_size=BATCH,
    )

    response_ids = _shuffled(responses_from.objects.using(db).values_list("pk", flat=True))
    for start in range(0, len(response_ids), BATCH):
        chunk = response_ids[start : start + BATCH]
        rows = responses_from.objects.using(db).in_bulk(chunk)
        created = responses_to.objects.using(db).bulk_create(
            [
                responses_to(
                    survey_id=rows[pk].survey_id,
                    submitted_on=rows[pk].submitted_on,
                    language=rows[pk].language,
                    via_public_link=rows[pk].via_public_link,
                    **new_id(),
                )
                for pk in chunk
            ]
        )
        renamed = {pk: response.pk for pk, response in zip(chunk, created, strict=True)}
        answers = answers_from.objects.using(db).filter(response_id__in=chunk)
        by_response: dict = {}
        for row in answers.values("response_id", *ANSWER_FIELDS):
            by_response.setdefault(row.pop("response_id"), []).append(row)
        answers_to.objects.using(db).bulk_create(
            [
                answers_to(response_id=renamed[pk], **row, **new_id())
                for pk in chunk
                for row in by_response.get(pk, [])
            ],
            batch_size=BATCH,
        )


def to_random_ids(apps, schema_editor):
    _copy(apps, schema_editor, source="", target="New", new_id=lambda: {"id": uuid.uuid4()})


def to_sequential_ids(apps, schema_editor):
    # The database numbers the rows as they come: in the shuffled order.
    _copy(apps, schema_editor, source="New", target="", new_id=dict)


def _uuid_key():
    return models.UUIDField(
        default=uuid.uuid4, editable=False, primary_key=True, serialize=False
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0002_personal_data_erasure"),
    ]

    operations = [
        migrations.CreateModel(
            name="SpentTokenNew",
            fields=[
                ("id", _uuid_key()),
                ("digest", models.CharField(max_length=64, unique=True)),
                (
                    "survey",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="feedback.survey",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="ResponseNew",
            fields=[
                ("id", _uuid_key()),
                ("submitted_on", models.DateField(default=django.utils.timezone.localdate)),
                ("language", models.CharField(max_length=8)),
                ("via_public_link", models.BooleanField(default=False)),
                (
                    "survey",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="feedback.survey",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="AnswerNew",
            fields=[
                ("id", _uuid_key()),
                ("value", models.SmallIntegerField(blank=True, null=True)),
                ("choice", models.CharField(blank=True, max_length=32)),
                ("text", models.TextField(blank=True, max_length=2000)),
                (
                    "moderation",
                    models.CharField(choices=MODERATION, default="pending", max_length=10),
                ),
                (
                    "question",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.RESTRICT,
                        related_name="+",
                        to="feedback.question",
                    ),
                ),
                (
                    "response",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="feedback.responsenew",
                    ),
                ),
            ],
        ),
        migrations.RunPython(to_random_ids, to_sequential_ids),
        migrations.DeleteModel(name="Answer"),
        migrations.DeleteModel(name="Response"),
        migrations.DeleteModel(name="SpentToken"),
        migrations.RenameModel(old_name="ResponseNew", new_name="Response"),
        migrations.RenameModel(old_name="AnswerNew", new_name="Answer"),
        migrations.RenameModel(old_name="SpentTokenNew", new_name="SpentToken"),
        migrations.AlterField(
            model_name="response",
            name="survey",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="responses",
                to="feedback.survey",
            ),
        ),
        migrations.AlterField(
            model_name="answer",
            name="question",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.RESTRICT,
                related_name="answers",
                to="feedback.question",
            ),
        ),
        migrations.AlterField(
            model_name="answer",
            name="response",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="answers",
                to="feedback.response",
            ),
        ),
        migrations.AddIndex(
            model_name="response",
            index=models.Index(
                fields=["survey", "via_public_link"], name="feedback_re_survey__dee23d_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="answer",
            index=models.Index(
                fields=["question", "choice", "value"], name="feedback_an_questio_08f37e_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="answer",
            index=models.Index(
                fields=["question", "moderation"], name="feedback_an_questio_e2c768_idx"
            ),
        ),
    ]
