"""CSV and XLSX exports of a forum's registrations for its organisers.

Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
every such text cell gets a leading apostrophe, so a name like "=HYPERLINK(...)" stays text."""

import csv
import io
from collections import defaultdict
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import (
    LANGUAGE_CHOICES,
    Forum,
    RegistrationSource,
    RegistrationStatus,
    RegistrationWish,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LANGUAGES = dict(LANGUAGE_CHOICES)


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def headers() -> list[str]:
    return [
        _("Number"),
        _("Status"),
        _("Name"),
        _("E-mail"),
        _("Phone"),
        _("Language"),
        _("First choice"),
        _("Second choice"),
        _("Third choice"),
        _("Interpretation into"),
        _("Sign language"),
        _("Step-free access"),
        _("Childcare"),
        _("Children"),
        _("Comments"),
        _("Source"),
        _("Registered"),
        _("Confirmed"),
        _("Checked in"),
    ]


def rows(forum: Forum) -> Iterator[list]:
    """One row per registration, in registration order: two queries however many rows."""
    zone = ZoneInfo(settings.TIME_ZONE)
    yes, no = _("yes"), _("no")
    # Labels translated once, not per cell (lazy strings are re-translated on every use).
    statuses = {value: str(label) for value, label in RegistrationStatus.choices}
    sources = {value: str(label) for value, label in RegistrationSource.choices}
    wishes: dict[int, list[str]] = defaultdict(list)
    for registration_id, theme_name in (
        RegistrationWish.objects.filter(registration__forum=forum)
        .order_by("registration_id", "rank")
        .values_list("registration_id", "theme__name")
    ):
        wishes[registration_id].append(theme_name)

    def when(moment):
        return timezone.localtime(moment, zone).strftime("%Y-%m-%d %H:%M") if moment else ""

    people = forum.registrations.filter(erased_at__isnull=True)  # erased rows only count
    for registration in people.order_by("created_at", "pk").iterator(chunk_size=2000):
        chosen = wishes.get(registration.pk, []) + ["", "", ""]
        row = [
            registration.pk,
            statuses.get(registration.status, registration.status),
            registration.name,
            registration.email,
            registration.phone,
            LANGUAGES.get(registration.language, registration.language),
            *chosen[:3],
            LANGUAGES.get(registration.interpretation_language, ""),
            yes if registration.sign_language else no,
            yes if registration.step_free else no,
            yes if registration.childcare else no,
            registration.children,
            registration.comments,
            sources.get(registration.source, registration.source),
            when(registration.created_at),
            when(registration.confirmed_at),
            when(registration.checked_in_at),
        ]
        yield [safe_cell(value) for value in row]


def _filename(forum: Forum, extension: str) -> str:
    stamp = timezone.localdate().isoformat()
    return f"{slugify(forum.event.title)[:50] or 'forum'}-{stamp}.{extension}"


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(forum: Forum) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def stream():
        yield "\ufeff"  # Excel needs the BOM to read UTF-8 (Arabic, Cyrillic names)
        yield writer.writerow(headers())
        for row in rows(forum):
            yield writer.writerow(row)

    response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(forum, "csv")}"'
    response["Cache-Control"] = "private, no-store"
    return response


def xlsx_bytes(forum: Forum) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Registrations")[:31])
    sheet.append(headers())
    for row in rows(forum):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(forum: Forum) -> HttpResponse:
    response = HttpResponse(
        xlsx_bytes(forum),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(forum, "xlsx")}"'
    response["Cache-Control"] = "private, no-store"
    return response
