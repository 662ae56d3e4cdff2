"""Creating thousands of event pages quickly (load data, scale tests).

`add_child()` costs a dozen queries per page (tree locks, revisions, search index). Here the
tree paths are computed the way treebeard computes them and every table is filled with bulk
inserts, so 5,000 events take seconds. The pages are live and complete (occurrences, categories,
audiences, languages); they have no revisions and are not in the search index, which editing
in the admin creates on first save."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from core.page_cache import invalidate_page_cache
from core.progress import OnProgress, tracked

from .cache import bump_feed_version
from .models import (
    EventAudience,
    EventExcludedDate,
    EventIndexPage,
    EventLanguage,
    EventOccurrence,
    EventPage,
)
from .recurrence import expand


@dataclass
class EventSpec:
    title: str
    slug: str
    start: datetime
    end: datetime
    summary: str = ""
    all_day: bool = False
    time_zone: str = "Europe/Berlin"
    venue_id: int | None = None
    category_ids: list[int] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    interpreted: list[str] = field(default_factory=list)
    repeat: str = ""
    repeat_interval: int = 1
    repeat_until: date | None = None
    excluded: list[date] = field(default_factory=list)
    status: str = "scheduled"
    status_reason: str = ""
    cost: str = ""
    organiser_name: str = ""
    organiser_email: str = ""


def _insert_local_rows(model, objects: list, batch_size: int) -> None:
    """INSERT only `model`'s own table (its parent rows exist): what save_base(raw=True) does,
    for many rows at once."""
    fields = list(model._meta.local_concrete_fields)
    for start in range(0, len(objects), batch_size):
        model._base_manager._insert(
            objects[start : start + batch_size], fields=fields, using=connection.alias
        )


def bulk_create_events(
    index: EventIndexPage, specs: Iterable[EventSpec], *, on_progress: OnProgress | None = None
) -> int:
    """Append the events described by `specs` as live children of `index`."""
    specs = list(specs)
    if not specs:
        return 0
    content_type = ContentType.objects.get_for_model(EventPage)
    now = timezone.now()
    per_batch = 500
    created = 0
    with transaction.atomic():
        parent = Page.objects.select_for_update().get(pk=index.pk)
        last_child = parent.get_last_child()
        next_step = (last_child._get_lastpos_in_path() + 1) if last_child else 1
        batches = [specs[i : i + per_batch] for i in range(0, len(specs), per_batch)]
        for batch in tracked(
            batches, total=len(batches), label="events", on_progress=on_progress, every=1
        ):
            pages = []
            for offset, spec in enumerate(batch):
                pages.append(
                    Page(
                        content_type=content_type,
                        path=Page._get_path(parent.path, parent.depth + 1, next_step + offset),
                        depth=parent.depth + 1,
                        numchild=0,
                        title=spec.title,
                        draft_title=spec.title,
                        slug=spec.slug,
                        url_path=f"{parent.url_path}{spec.slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        locale_id=parent.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
            next_step += len(batch)
            pages = Page.objects.bulk_create(pages)
            events = []
            for page, spec in zip(pages, batch, strict=True):
                event = EventPage(
                    page_ptr_id=page.pk,
                    summary=spec.summary,
                    start=spec.start,
                    end=spec.end,
                    all_day=spec.all_day,
                    time_zone=spec.time_zone,
                    venue_id=spec.venue_id,
                    status=spec.status,
                    status_reason=spec.status_reason,
                    cost=spec.cost,
                    organiser_name=spec.organiser_name,
                    organiser_email=spec.organiser_email,
                    repeat=spec.repeat,
                    repeat_interval=spec.repeat_interval,
                    repeat_until=spec.repeat_until,
                )
                # The parent's fields, for expand() below.
                event.pk = page.pk
                events.append(event)
            _insert_local_rows(EventPage, events, batch_size=30)
            through = EventPage.categories.through
            through.objects.bulk_create(
                through(eventpage_id=event.pk, eventcategory_id=category_id)
                for event, spec in zip(events, batch, strict=True)
                for category_id in spec.category_ids
            )
            EventAudience.objects.bulk_create(
                EventAudience(page_id=event.pk, audience=audience)
                for event, spec in zip(events, batch, strict=True)
                for audience in spec.audiences
            )
            EventLanguage.objects.bulk_create(
                [
                    EventLanguage(page_id=event.pk, language=code)
                    for event, spec in zip(events, batch, strict=True)
                    for code in spec.languages
                ]
                + [
                    EventLanguage(page_id=event.pk, language=code, interpreted=True)
                    for event, spec in zip(events, batch, strict=True)
                    for code in spec.interpreted
                    if code not in spec.languages
                ]
            )
            EventExcludedDate.objects.bulk_create(
                EventExcludedDate(page_id=event.pk, date=day)
                for event, spec in zip(events, batch, strict=True)
                for day in spec.excluded
            )
            occurrences = []
            for event, spec in zip(events, batch, strict=True):
                for item in expand(
                    start=spec.start,
                    end=spec.end,
                    time_zone=spec.time_zone,
                    all_day=spec.all_day,
                    repeat=spec.repeat,
                    interval=spec.repeat_interval,
                    until=spec.repeat_until,
                    excluded=frozenset(spec.excluded),
                ):
                    occurrences.append(
                        EventOccurrence(page_id=event.pk, start=item.start, end=item.end)
                    )
            EventOccurrence.objects.bulk_create(occurrences, batch_size=500)
            created += len(batch)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + created)
    bump_feed_version()
    invalidate_page_cache()
    return created
