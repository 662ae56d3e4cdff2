"""Demo content of the minutes, read from minutes/demo/minutes.yaml: the archive "Protokolle"
under every language's home page, three bodies, ten published minutes over two years (one of
them corrected) in nine languages, and one draft waiting for review that must appear nowhere
public.

The minutes tell a story with its own dates. The loader moves the whole story by whole weeks
so that the draft's meeting is last week's (see `schedule` in the data file): whatever the day
the demo is loaded, the archive is up to date, and every date in the texts moves with it.
Idempotent: minutes are found again by their fixed translation key."""

import datetime
import re
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from core.demo_data import (
    DemoDataError,
    check_translations,
    latest_weekday,
    read_demo_file,
    weekday_number,
    working_day_on_or_before,
)
from core.progress import OnProgress, tracked
from events.models import EventPage
from portal.models import HomePage

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

SOURCE = "minutes/demo/minutes.yaml"
NAMESPACE = uuid.UUID("3b8f2d5e-1c4a-4f0b-9e62-7d1a5c9e8b40")  # translation keys of the demo
COLLECTION_NAME = "Protokolle"
PUBLISHED_AFTER_DAYS = 12  # minutes go online about two weeks after the meeting
PLACEHOLDER = re.compile(r"\{(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:\|([^{}]*))?\}")
TOKEN = re.compile(r"month(?:\.(\w+))?|[dmY]")


def minutes_data() -> dict:
    data = read_demo_file("minutes", "minutes")
    check_translations(data, source=SOURCE, partial=["draft.summary"])
    bodies = {body["slug"] for body in data["bodies"]}
    for spec in [*data["minutes"], data["draft"]]:
        if spec["body"] not in bodies:
            raise DemoDataError(f"{SOURCE}: {spec['key']}: unknown body {spec['body']!r}")
    return data


def story(data: dict, today: datetime.date) -> list[dict]:
    """The minutes (the draft last) with their dates moved to `today`'s story and their texts
    rendered: slug, date, times, agenda and attachments in German, summaries per language."""
    schedule = data["schedule"]
    weekday = weekday_number(schedule["weekday"])
    anchor = data["draft"]["date"]
    if anchor.weekday() != weekday:
        raise DemoDataError(f"{SOURCE}: the draft's date {anchor} is not a {schedule['weekday']}")
    target = latest_weekday(today, weekday, at_least_days_ago=schedule["at_least_days_ago"])
    shift = target - anchor
    return [
        _moved(data, spec, shift, draft=spec is data["draft"])
        for spec in [*data["minutes"], data["draft"]]
    ]


def _moved(data: dict, spec: dict, shift: datetime.timedelta, *, draft: bool) -> dict:
    day = working_day_on_or_before(spec["date"] + shift)
    years = day.year - spec["date"].year

    def text(value: str, code: str = "de") -> str:
        return _render(value, code, data, shift=shift, years=years)

    agenda = [
        {
            "number": item["number"],
            "title": text(item["title"]),
            "outcome": item["outcome"],
            "discussion": text(item["discussion"]),
            "decisions": [text(d) for d in item.get("decisions", [])],
            "responsibilities": [
                {
                    "who": r["who"],
                    "what": text(r["what"]),
                    "due": (r["due"] + shift).isoformat() if r.get("due") else None,
                }
                for r in item.get("responsibilities", [])
            ],
        }
        for item in spec["agenda"]
    ]
    return {
        "key": spec["key"],
        "translation_key": uuid.uuid5(NAMESPACE, spec["key"]),
        "slug": f"{spec['body']}-{day.isoformat()}",
        "body": spec["body"],
        "date": day,
        "times": (spec["start"], spec["end"]),
        "place": spec["place"],
        "attendees": spec["attendees"],
        "organisations": spec["organisations"],
        "agenda": agenda,
        "summary": {code: text(value, code) for code, value in spec["summary"].items()},
        "correction": {
            code: text(value, code) for code, value in spec.get("correction", {}).items()
        },
        "attachments": [(text(a["title"]), text(a["file"])) for a in spec.get("attachments", [])],
        "draft": draft,
    }


def _render(value: str, code: str, data: dict, *, shift: datetime.timedelta, years: int) -> str:
    """Fill the date placeholders of a text (see the head of the data file)."""
    months = data["months"][code]
    digits = data.get("digits", {}).get(code)

    def native(text: str) -> str:
        return text.translate(str.maketrans("0123456789", digits)) if digits else text

    def placeholder(match: re.Match) -> str:
        year, month, day, pattern = match.groups()
        if month is None and pattern is None:
            return native(str(int(year) + years))
        moment = datetime.date(int(year), int(month), int(day or 15)) + shift

        def token(found: re.Match) -> str:
            name = found.group(0)
            if name == "d":
                return str(moment.day)
            if name == "m":
                return f"{moment.month:02d}"
            if name == "Y":
                return str(moment.year)
            form = found.group(1) or "name"
            if form not in months:
                raise DemoDataError(f"{SOURCE}: no month form {form!r} for {code}: {value!r}")
            return months[form][moment.month - 1]

        return native(TOKEN.sub(token, pattern or "d. month Y"))

    return PLACEHOLDER.sub(placeholder, value)


def load(*, on_progress: OnProgress | None = None) -> list[str]:
    data = minutes_data()
    ensure_minutes_workflow()
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in _languages()}
    home = HomePage.objects.get(locale=locales["de"], depth=2)
    index = _archive(data, home, locales)
    bodies = {spec["slug"]: _body(spec, locales) for spec in data["bodies"]}
    users = get_user_model().objects.filter(username__in=["redaktion", "pruefung"])
    by_name = {user.username: user for user in users}
    editor, reviewer = by_name.get("redaktion"), by_name.get("pruefung")
    *published, draft = story(data, timezone.localdate())
    for spec in tracked(
        published, total=len(published), label="minutes", on_progress=on_progress, every=2
    ):
        _minutes(data, index, spec, bodies, locales, editor, reviewer)
    _draft(data, index, draft, bodies, editor)
    return [
        f"{len(published)} published minutes in {len(locales)} languages, one draft in "
        "review (visible only in the admin)"
    ]


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _archive(data: dict, home: HomePage, locales: dict) -> MinutesIndexPage:
    texts = data["archive"]
    index = MinutesIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=MinutesIndexPage(
                slug=texts["slug"],
                show_in_menus=True,
                locale=locales["de"],
                title=texts["title"]["de"],
                intro=texts["intro"]["de"],
            )
        )
        index.save_revision().publish()
    for code, locale in locales.items():
        if code == "de" or index.get_translation_or_none(locale) is not None:
            continue
        if home.get_translation_or_none(locale) is None:
            continue  # the portal demo builds the home pages; without one there is no archive
        copy = index.copy_for_translation(locale).specific
        copy.title = texts["title"][code]
        copy.intro = texts["intro"][code]
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
            name=spec["name"]["de"],
            description=spec["description"]["de"],
            locale=locales["de"],
        )
        body.members = [
            BodyMember(
                name=member["name"],
                role=member["role"],
                organisation=member["organisation"],
                sort_order=order,
            )
            for order, member in enumerate(spec["members"])
        ]
        body.save()
    for code, locale in locales.items():
        if code == "de" or body.get_translation_or_none(locale) is not None:
            continue
        copy = body.copy_for_translation(locale)
        copy.name = spec["name"][code]
        copy.description = spec["description"][code]
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


def _new_page(data, index, spec: dict, bodies: dict) -> MinutesPage:
    start, end = (datetime.time.fromisoformat(t) for t in spec["times"])
    body = bodies[spec["body"]]
    page = MinutesPage(
        slug=spec["slug"],
        translation_key=spec["translation_key"],
        title=_title(data, body, spec["date"], "de"),
        body=body,
        meeting_date=spec["date"],
        start_time=start,
        end_time=end,
        place=spec["place"],
        event=_event_on(spec["date"], spec["body"]),
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


def _existing(index, spec: dict) -> MinutesPage | None:
    pages = MinutesPage.objects.child_of(index)
    return (
        pages.filter(translation_key=spec["translation_key"]).first()
        or pages.filter(slug=spec["slug"]).first()
    )


def _minutes(data, index, spec, bodies, locales, editor, reviewer) -> MinutesPage:
    page = _existing(index, spec)
    if page is None:
        page = _new_page(data, index, spec, bodies)
        page.save_revision(user=editor).publish(user=reviewer)
        published = _at(spec["date"] + datetime.timedelta(days=PUBLISHED_AFTER_DAYS))
        corrected = None
        if spec["correction"]:
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
        copy.title = _title(data, body, page.meeting_date, code)
        copy.summary = spec["summary"][code]
        copy.correction_note = spec["correction"].get(code, "")
        copy.save_revision(user=editor).publish(user=reviewer)
        MinutesPage.objects.filter(pk=copy.pk).update(
            first_published_at=page.first_published_at, last_published_at=page.last_published_at
        )
    return page


def _draft(data, index, spec, bodies, editor) -> None:
    page = _existing(index, spec)
    if page is None:
        page = _new_page(data, index, spec, bodies)
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


def _title(data, body: Body, day: datetime.date, code: str) -> str:
    spec = next(s for s in data["bodies"] if s["slug"] == body.slug)
    with translation.override(code):
        day_text = date_format(day, "DATE_FORMAT")
    return data["title_pattern"][code].format(body=spec["name"][code], date=day_text)


def _event_on(day: datetime.date, body_slug: str):
    """The body's calendar entry of the meeting, when the events demo has one."""
    return (
        EventPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE,
            start__date=day,
            categories__slug=body_slug,
        )
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
    output = bytearray(b"%PDF-1.4")
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
