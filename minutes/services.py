"""Writes of the minutes app: the published record behind the OParl API, correction stamps,
withdrawing translations together with the German minutes, and document claims.

Only published content ever reaches the record: it is written from a live German minutes
page at the moment it is published, and marked deleted (a tombstone) the moment it is
withdrawn or deleted."""

import mimetypes
import os
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.text import normalize_newlines
from wagtail.models import Locale

from core.page_cache import invalidate_page_cache

from .blocks import Outcome
from .models import (
    AgendaItem,
    Body,
    BodyTombstone,
    ClaimedDocument,
    FileRole,
    Meeting,
    MeetingFile,
    MinutesPage,
)

PROTOCOL_KEY = "protocol"


def is_source(page: MinutesPage) -> bool:
    return page.locale_id == Locale.get_default().pk


def _is_public(page: MinutesPage) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def _source_body_id(page: MinutesPage) -> int:
    """The German body: translations of a body are the same OParl organisation."""
    default = Locale.get_default()
    if page.body.locale_id == default.pk:
        return page.body_id
    source = Body.objects.filter(translation_key=page.body.translation_key, locale=default).first()
    return source.pk if source else page.body_id


def meeting_fields(page: MinutesPage) -> dict:
    return {
        "body_id": _source_body_id(page),
        "page_id": page.pk,
        "event_id": page.event_id,
        "name": page.title,
        "start": page.start,
        "end": page.end,
        "place": page.place,
    }


def agenda_rows(page: MinutesPage) -> list[dict]:
    """One dict per agenda item of the page, in order, as the record stores it."""
    rows = []
    for order, block in enumerate(page.agenda, start=1):
        value = block.value
        decisions = [normalize_newlines(d).strip() for d in value.get("decisions") or []]
        rows.append(
            {
                "key": str(block.id),
                "order": order,
                "number": value.get("number") or str(order),
                "name": value["title"],
                "result": Outcome.GERMAN.get(value.get("outcome") or "", ""),
                "resolution_text": "\n".join(d for d in decisions if d),
            }
        )
    return rows


def _document_fields(document) -> dict:
    file_name = os.path.basename(document.file.name)
    size = document.file_size
    if size is None:
        try:
            size = document.file.size
        except (OSError, ValueError):
            size = None
    return {
        "file_name": file_name,
        "mime_type": mimetypes.guess_type(file_name)[0] or "application/octet-stream",
        "size": size,
        "sha1": document.file_hash or "",
    }


def file_rows(page: MinutesPage) -> list[dict]:
    """The results protocol (the minutes as HTML) and one row per attached document."""
    rows = [
        {
            "key": PROTOCOL_KEY,
            "role": FileRole.PROTOCOL,
            "document_id": None,
            "order": 0,
            "name": page.title,
            "file_name": "",
            "mime_type": "text/html",
            "size": None,
            "sha1": "",
        }
    ]
    seen = set()
    attachments = page.attachments.select_related("document").order_by("sort_order", "pk")
    for order, attachment in enumerate(attachments, start=1):
        if attachment.document_id in seen:
            continue
        seen.add(attachment.document_id)
        rows.append(
            {
                "key": f"document-{attachment.document_id}",
                "role": FileRole.AUXILIARY,
                "document_id": attachment.document_id,
                "order": order,
                "name": attachment.label,
                **_document_fields(attachment.document),
            }
        )
    return rows


def _sync_children(model, *, meeting: Meeting, rows: Iterable[dict], now) -> None:
    existing = {child.key: child for child in model.objects.filter(meeting=meeting)}
    fresh = []
    for row in rows:
        child = existing.pop(row["key"], None)
        if child is None:
            fresh.append(model(meeting=meeting, created=now, modified=now, **row))
            continue
        changed = child.deleted or any(getattr(child, k) != v for k, v in row.items())
        if changed:
            for name, value in row.items():
                setattr(child, name, value)
            child.deleted = False
            child.modified = now
            child.save()
    model.objects.bulk_create(fresh)
    gone = [child.pk for child in existing.values() if not child.deleted]
    model.objects.filter(pk__in=gone).update(deleted=True, modified=now)


@transaction.atomic
def meeting_record_publish(*, page: MinutesPage) -> Meeting | None:
    """Bring the record of `page`'s meeting up to date with the published minutes.

    Only German (source) minutes make the record; a page that is not live and public makes
    a tombstone instead."""
    if not is_source(page):
        return None
    if not _is_public(page):
        return meeting_record_withdraw(key=page.translation_key)
    now = timezone.now()
    meeting = Meeting.objects.select_for_update().filter(key=page.translation_key).first()
    fields = meeting_fields(page)
    if meeting is None:
        meeting = Meeting.objects.create(
            key=page.translation_key, created=now, modified=now, **fields
        )
    else:
        for name, value in fields.items():
            setattr(meeting, name, value)
        meeting.deleted = False
        meeting.modified = now
        meeting.save()
    _sync_children(AgendaItem, meeting=meeting, rows=agenda_rows(page), now=now)
    _sync_children(MeetingFile, meeting=meeting, rows=file_rows(page), now=now)
    transaction.on_commit(invalidate_page_cache)
    return meeting


@transaction.atomic
def meeting_record_withdraw(*, key) -> Meeting | None:
    """Turn the meeting's record into a tombstone: OParl keeps id, type, created, and says
    `deleted: true` from now on (`modified` is the time of withdrawal)."""
    meeting = Meeting.objects.select_for_update().filter(key=key).first()
    if meeting is None or meeting.deleted:
        return meeting
    now = timezone.now()
    meeting.deleted = True
    meeting.modified = now
    meeting.save(update_fields=["deleted", "modified"])
    AgendaItem.objects.filter(meeting=meeting, deleted=False).update(deleted=True, modified=now)
    MeetingFile.objects.filter(meeting=meeting, deleted=False).update(deleted=True, modified=now)
    transaction.on_commit(invalidate_page_cache)
    return meeting


def minutes_correction_stamp(*, page: MinutesPage) -> bool:
    """Stamp "corrected on <now>" when German minutes are published again with a new
    correction note. Translations share the date; each shows its own translated note."""
    note = page.correction_note.strip()
    republished = (
        page.first_published_at is not None
        and page.last_published_at is not None
        and page.first_published_at < page.last_published_at
    )
    if not (is_source(page) and note and republished and note != page.correction_stamped_note):
        return False
    now = page.last_published_at
    MinutesPage.objects.filter(translation_key=page.translation_key).update(corrected_at=now)
    MinutesPage.objects.filter(pk=page.pk).update(correction_stamped_note=note)
    page.corrected_at = now
    page.correction_stamped_note = note
    return True


def minutes_translations_withdraw(*, page: MinutesPage, user=None) -> int:
    """Unpublish the live translations of withdrawn German minutes. Returns how many."""
    if not is_source(page):
        return 0
    translations = MinutesPage.objects.filter(translation_key=page.translation_key).exclude(
        pk=page.pk
    )
    count = 0
    for translation in translations.live():
        translation.unpublish(user=user)
        count += 1
    return count


def documents_claim(*, document_ids: Iterable[int]) -> None:
    """Mark documents as belonging to minutes (see ClaimedDocument)."""
    ids = {int(pk) for pk in document_ids if pk}
    if ids:
        ClaimedDocument.objects.bulk_create(
            [ClaimedDocument(document_id=pk) for pk in ids], ignore_conflicts=True
        )


def body_tombstone(*, body: Body) -> None:
    """Remember a deleted German body so that OParl can list it with `deleted: true`."""
    if body.locale_id != Locale.get_default().pk:
        return
    BodyTombstone.objects.update_or_create(
        body_id=body.pk, defaults={"created": body.created_at, "modified": timezone.now()}
    )
