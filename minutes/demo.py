"""Demo content of the minutes: the archive "Protokolle" under every language's home page,
three bodies, ten published minutes over two years (one of them corrected) in nine languages,
and one draft waiting for review that must appear nowhere public. Idempotent."""

import datetime
from typing import TextIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from core.progress import progress
from portal.models import HomePage

from . import demo_data as data
from .models import (
    AgendaItem,
    Body,
    BodyMember,
    Meeting,
    MeetingFile,
    MinutesAttachment,
    MinutesIndexPage,
    MinutesPage,
)
from .review import ensure_minutes_workflow

COLLECTION_NAME = "Protokolle"
PUBLISHED_AFTER_DAYS = 12  # minutes go online about two weeks after the meeting


def load(*, out: TextIO) -> None:
    ensure_minutes_workflow()
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in data.LANGUAGES}
    home = HomePage.objects.get(locale=locales["de"], depth=2)
    index = _archive(home, locales)
    bodies = {spec["slug"]: _body(spec, locales) for spec in data.BODIES}
    users = get_user_model().objects.filter(username__in=["redaktion", "pruefung"])
    by_name = {user.username: user for user in users}
    editor, reviewer = by_name.get("redaktion"), by_name.get("pruefung")
    for spec in progress(data.MINUTES, total=len(data.MINUTES), label="minutes", out=out, every=2):
        _minutes(index, spec, bodies, locales, editor, reviewer)
    _draft(index, data.DRAFT, bodies, editor)
    out.write(
        f"  {len(data.MINUTES)} published minutes in {len(locales)} languages, one draft in "
        "review (visible only in the admin)\n"
    )


def _archive(home: HomePage, locales: dict) -> MinutesIndexPage:
    index = MinutesIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=MinutesIndexPage(
                slug="protokolle", show_in_menus=True, locale=locales["de"], **data.INDEX["de"]
            )
        )
        index.save_revision().publish()
    for code, locale in locales.items():
        if code == "de" or index.get_translation_or_none(locale) is not None:
            continue
        if home.get_translation_or_none(locale) is None:
            continue  # the portal demo builds the home pages; without one there is no archive
        copy = index.copy_for_translation(locale).specific
        copy.title = data.INDEX[code]["title"]
        copy.intro = data.INDEX[code]["intro"]
        copy.show_in_menus = True
        copy.save_revision().publish()
    ensure_minutes_workflow()  # the translations are archives too
    return MinutesIndexPage.objects.get(pk=index.pk)


def _body(spec: dict, locales: dict) -> Body:
    body = Body.objects.filter(slug=spec["slug"], locale=locales["de"]).first()
    if body is None:
        body = Body(
            slug=spec["slug"],
            kind=spec["kind"],
            short_name=spec["short_name"],
            name=spec["names"]["de"],
            description=spec["descriptions"]["de"],
            locale=locales["de"],
        )
        body.members = [
            BodyMember(name=name, role=role, organisation=organisation, sort_order=order)
            for order, (name, role, organisation) in enumerate(spec["members"])
        ]
        body.save()
    for code, locale in locales.items():
        if code == "de" or body.get_translation_or_none(locale) is not None:
            continue
        copy = body.copy_for_translation(locale)
        copy.name = spec["names"][code]
        copy.description = spec["descriptions"][code]
        copy.save()
    return body


def _document(title: str, file_name: str, lines: list[str]):
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is not None:
        return document
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=COLLECTION_NAME)
    document = document_model(title=title, collection=collection)
    document.file.save(file_name, ContentFile(tiny_pdf([title, *lines])), save=False)
    document.save()
    return document


def _new_page(index, spec: dict, bodies: dict) -> MinutesPage:
    start, end = (datetime.time.fromisoformat(t) for t in spec["times"])
    body = bodies[spec["body"]]
    page = MinutesPage(
        slug=spec["slug"],
        title=_title(body, spec["date"], "de"),
        body=body,
        meeting_date=spec["date"],
        start_time=start,
        end_time=end,
        place=spec["place"],
        event=_event_on(spec["date"]),
        attendees_count=spec["attendees"],
        participating_organisations="\n".join(spec["organisations"]),
        summary=spec["summary"]["de"],
        agenda=[{"type": "item", "value": item} for item in spec["agenda"]],
        live=False,  # goes live only through a published revision
    )
    for order, (title, file_name) in enumerate(spec["attachments"]):
        lines = [f"{body.name}, {date_format(spec['date'], 'd.m.Y')}", spec["place"]]
        page.attachments.add(
            MinutesAttachment(document=_document(title, file_name, lines), sort_order=order)
        )
    index.add_child(instance=page)
    return page


def _minutes(index, spec, bodies, locales, editor, reviewer) -> MinutesPage:
    page = MinutesPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if page is None:
        page = _new_page(index, spec, bodies)
        page.save_revision(user=editor).publish(user=reviewer)
        published = _at(spec["date"] + datetime.timedelta(days=PUBLISHED_AFTER_DAYS))
        corrected = None
        if spec.get("correction"):
            page = MinutesPage.objects.get(pk=page.pk)
            page.correction_note = spec["correction"]["de"]
            page.save_revision(user=editor).publish(user=reviewer)
            corrected = published + datetime.timedelta(days=9)
        _backdate(page, published=published, corrected=corrected)
    page = MinutesPage.objects.get(pk=page.pk)
    body = bodies[spec["body"]]
    for code, locale in locales.items():
        if code == "de" or page.get_translation_or_none(locale) is not None:
            continue
        if index.get_translation_or_none(locale) is None:
            continue
        copy = page.copy_for_translation(locale).specific
        copy.title = _title(body, spec["date"], code)
        copy.summary = spec["summary"][code]
        copy.correction_note = spec.get("correction", {}).get(code, "")
        copy.save_revision(user=editor).publish(user=reviewer)
        MinutesPage.objects.filter(pk=copy.pk).update(
            first_published_at=page.first_published_at, last_published_at=page.last_published_at
        )
    return page


def _draft(index, spec, bodies, editor) -> None:
    page = MinutesPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if page is None:
        page = _new_page(index, spec, bodies)
        page.save_revision(user=editor, log_action=True)
    page = MinutesPage.objects.get(pk=page.pk)
    workflow = page.get_workflow()
    if workflow is not None and not page.workflow_in_progress and not page.live:
        workflow.start(page, editor)


def _backdate(page: MinutesPage, *, published, corrected) -> None:
    """Demo realism: minutes went online some days after their meeting, not all today."""
    last = corrected or published
    MinutesPage.objects.filter(pk=page.pk).update(
        first_published_at=published, last_published_at=last, corrected_at=corrected
    )
    meeting = Meeting.objects.filter(key=page.translation_key).first()
    if meeting is not None:
        Meeting.objects.filter(pk=meeting.pk).update(created=published, modified=last)
        AgendaItem.objects.filter(meeting=meeting).update(created=published, modified=last)
        MeetingFile.objects.filter(meeting=meeting).update(created=published, modified=last)


def _at(day: datetime.date) -> datetime.datetime:
    moment = datetime.datetime.combine(day, datetime.time(10, 0))
    return timezone.make_aware(moment)


def _title(body: Body, day: datetime.date, code: str) -> str:
    spec = next(s for s in data.BODIES if s["slug"] == body.slug)
    with translation.override(code):
        day_text = date_format(day, "DATE_FORMAT")
    return data.TITLE_PATTERNS[code].format(body=spec["names"][code], date=day_text)


def _event_on(day: datetime.date):
    """The calendar entry of the meeting, when the events demo has one."""
    from events.models import EventPage

    return (
        EventPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, start__date=day)
        .order_by("start")
        .first()
    )


def tiny_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF with the given lines (Latin-1 text, Helvetica)."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text_ops = " ".join(f"({escape(line)}) '" for line in lines)
    stream = f"BT /F1 12 Tf 72 770 Td 18 TL {text_ops} ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)
