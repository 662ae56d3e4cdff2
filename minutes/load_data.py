"""Minutes part of `manage.py generate_load_data`: `--minutes N` adds N published German
minutes (with their published record for the OParl API) to the archive, spread back over the
years, rotating through three bodies. Works on an empty, freshly migrated database too.

Like the events' load data, pages are written with bulk inserts (tree paths computed the way
treebeard computes them): live and complete, without revisions and without search-index
entries, which the first edit in the admin creates."""

from __future__ import annotations

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

from core.page_cache import invalidate_page_cache
from core.progress import OnProgress, tracked
from portal.home import ensure_source_home

from .models import (
    AgendaItem,
    Body,
    BodyMember,
    Meeting,
    MeetingFile,
    MinutesIndexPage,
    MinutesPage,
)
from .review import ensure_minutes_workflow
from .services import PROTOCOL_KEY, agenda_rows

BODIES = [
    ("lenkungsgruppe", "Lenkungsgruppe Integrationskonzept", "steering_group"),
    ("integrationsrat", "Integrationsrat", "council"),
    ("ag-wohnen", "AG Wohnen", "working_group"),
]
TOPICS = [
    "Sprachkurse mit Kinderbetreuung",
    "Anerkennung ausländischer Abschlüsse",
    "Wohnungssuche und Mietführerschein",
    "Verständliche Behördenbriefe",
    "Anlaufstellen in den Stadtteilen",
    "Ausbildung und Praktika",
    "Gesundheitsversorgung und Dolmetschen",
    "Ehrenamt und Patenschaften",
]
BATCH = 500


def add_arguments(parser) -> None:
    parser.add_argument(
        "--minutes", type=int, default=0, metavar="N", help="Add N published minutes."
    )
    parser.add_argument(
        "--minutes-seed", type=int, default=11, help="Random seed for the minutes (default 11)."
    )


def generate(*, options: dict, on_progress: OnProgress | None = None) -> list[str]:
    notes: list[str] = []
    count = options.get("minutes") or 0
    if count <= 0:
        notes.append("no minutes requested (--minutes N)")
        return notes
    index = ensure_archive()
    bodies = ensure_bodies(index.locale)
    created = bulk_create_minutes(
        index, bodies, count, seed=options.get("minutes_seed", 11), on_progress=on_progress
    )
    notes.append(f"{created} published minutes under {index.url_path}")
    return notes


def ensure_archive() -> MinutesIndexPage:
    """The German archive, creating the home page it hangs on when the database is empty."""
    home = ensure_source_home()
    locale = home.locale
    index = MinutesIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=MinutesIndexPage(
                title="Protokolle", slug="protokolle", show_in_menus=True, locale=locale
            )
        )
    ensure_minutes_workflow()
    return index


def ensure_bodies(locale: Locale) -> list[Body]:
    bodies = []
    for slug, name, kind in BODIES:
        body = Body.objects.filter(slug=slug, locale=locale).first()
        if body is None:
            body = Body(slug=slug, name=name, kind=kind, locale=locale)
            body.members = [
                BodyMember(name="Dr. Claudia Neumann", role="Vorsitz", organisation="Stadt"),
                BodyMember(name="Mehmet Aydın", role="Mitglied", organisation="Integrationsrat"),
            ]
            body.save()
        bodies.append(body)
    return bodies


def _agenda(rng: random.Random, number: int) -> list[dict]:
    items = []
    for position in range(1, 4):
        topic = TOPICS[(number + position) % len(TOPICS)]
        items.append(
            {
                "type": "item",
                "id": str(uuid.uuid4()),
                "value": {
                    "number": f"TOP {position}",
                    "title": topic,
                    "outcome": rng.choice(["noted", "decided", "deferred"]),
                    "discussion": f"<p>Aussprache zum Thema {topic}.</p>",
                    "decisions": [f"Das Gremium beschließt die nächsten Schritte zu {topic}."],
                    "responsibilities": [
                        {"who": "Kommunales Integrationszentrum", "what": "Bericht", "due": None}
                    ],
                },
            }
        )
    return items


def _insert_local_rows(model, objects: list) -> None:
    """INSERT only `model`'s own table (its Page rows exist), as save_base(raw=True) would."""
    fields = list(model._meta.local_concrete_fields)
    for start in range(0, len(objects), 50):
        model._base_manager._insert(
            objects[start : start + 50], fields=fields, using=connection.alias
        )


def bulk_create_minutes(
    index: MinutesIndexPage,
    bodies: list[Body],
    count: int,
    *,
    seed: int,
    on_progress: OnProgress | None = None,
) -> int:
    rng = random.Random(seed)  # the same data on every machine
    content_type = ContentType.objects.get_for_model(MinutesPage)
    today = timezone.localdate()
    now = timezone.now()
    with transaction.atomic():
        parent = Page.objects.select_for_update().get(pk=index.pk)
        last_child = parent.get_last_child()
        next_step = (last_child._get_lastpos_in_path() + 1) if last_child else 1
        first_number = parent.numchild
        numbers = list(range(first_number, first_number + count))
        batches = [numbers[i : i + BATCH] for i in range(0, len(numbers), BATCH)]
        for batch in tracked(
            batches, total=len(batches), label="minutes", on_progress=on_progress, every=1
        ):
            pages, minutes = [], []
            for offset, number in enumerate(batch):
                body = bodies[number % len(bodies)]
                day = today - datetime.timedelta(days=7 + (number * 11) % 3650)
                title = f"{body.name}: Sitzung vom {day:%d.%m.%Y} ({number + 1})"
                slug = f"last-{number + 1}"
                published = timezone.make_aware(
                    datetime.datetime.combine(day + datetime.timedelta(days=12), datetime.time(10))
                )
                published = min(published, now)
                pages.append(
                    Page(
                        content_type=content_type,
                        path=Page._get_path(parent.path, parent.depth + 1, next_step + offset),
                        depth=parent.depth + 1,
                        numchild=0,
                        title=title,
                        draft_title=title,
                        slug=slug,
                        url_path=f"{parent.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        locale_id=parent.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
                minutes.append(
                    MinutesPage(
                        body=body,
                        meeting_date=day,
                        start_time=datetime.time(rng.choice([14, 16, 18])),
                        end_time=datetime.time(20),
                        place="Rathaus Ruhrbrück, Sitzungssaal 2",
                        attendees_count=rng.randint(6, 24),
                        participating_organisations="Stadt Ruhrbrück\nCaritasverband Ruhrbrück",
                        summary=f"Das Gremium hat über {TOPICS[number % len(TOPICS)]} beraten.",
                        agenda=_agenda(rng, number),
                    )
                )
            next_step += len(batch)
            pages = Page.objects.bulk_create(pages)
            for page, page_minutes in zip(pages, minutes, strict=True):
                page_minutes.page_ptr_id = page.pk
                for name in ("id", "title", "translation_key", "locale_id", "live", "path"):
                    setattr(page_minutes, name, getattr(page, name))
                page_minutes.first_published_at = page.first_published_at
            _insert_local_rows(MinutesPage, minutes)
            _bulk_records(minutes)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    transaction.on_commit(invalidate_page_cache)
    return count


def _bulk_records(minutes: list[MinutesPage]) -> None:
    """The published record of freshly inserted live minutes, as services would write it."""
    meetings = []
    for page in minutes:
        meetings.append(
            Meeting(
                key=page.translation_key,
                body_id=page.body_id,  # German bodies already
                page_id=page.pk,
                name=page.title,
                start=page.start,
                end=page.end,
                place=page.place,
                created=page.first_published_at,
                modified=page.first_published_at,
            )
        )
    meetings = Meeting.objects.bulk_create(meetings)
    items, files = [], []
    for meeting, page in zip(meetings, minutes, strict=True):
        stamp = {"created": meeting.created, "modified": meeting.modified}
        items += [AgendaItem(meeting=meeting, **row, **stamp) for row in agenda_rows(page)]
        files.append(
            MeetingFile(
                meeting=meeting,
                key=PROTOCOL_KEY,
                role="protocol",
                name=page.title,
                mime_type="text/html",
                **stamp,
            )
        )
    AgendaItem.objects.bulk_create(items, batch_size=500)
    MeetingFile.objects.bulk_create(files, batch_size=500)
