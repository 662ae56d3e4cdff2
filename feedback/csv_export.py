"""CSV that is safe to open in a spreadsheet.

A cell starting with `=`, `+`, `-`, `@` (or a tab / carriage return before one) is run as a
formula by Excel and LibreOffice. Text cells like that get a leading apostrophe; numbers we
computed ourselves stay numbers."""

import csv
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[Iterable]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # lets spreadsheet programs detect UTF-8 (Arabic, Persian, Cyrillic)
    for row in rows:
        yield writer.writerow([safe_cell(cell) for cell in row])


def csv_response(rows: Iterable[Iterable], *, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
