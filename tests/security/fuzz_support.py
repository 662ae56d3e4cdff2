"""Helpers of the fuzz tests (test_fuzz.py): generated inputs with attack markers, a
response check (no 5xx, no unescaped reflection, well-formed JSON/ICS/CSV) and a one-query
snapshot of the row counts that rejected submissions must leave alone."""

from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from urllib.parse import quote

from django.db import connection, transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# What an attacker types, and the part of it that must never come back unescaped. Template
# markers are checked by their evaluated product: Django escaping leaves `{{7*7191}}` as it is,
# so the raw marker may legitimately be shown back; "50337" would mean it was evaluated.
MARKERS = (
    "<script>fz</script>",
    '"><img src=x onerror=fz(1)>',
    "'><svg onload=fz(1)>",
    "</textarea><b>fz</b>",
    "javascript:fz(1)//<a>",
    "{{7*7191}}",
    "${7*7191}",
    "{% now 'Y' %}{{ 7|add:50330 }}",
)
DANGEROUS = {
    "<script>fz</script>": "<script>fz",
    '"><img src=x onerror=fz(1)>': "<img src=x onerror",
    "'><svg onload=fz(1)>": "<svg onload",
    "</textarea><b>fz</b>": "</textarea><b>fz",
    "javascript:fz(1)//<a>": 'href="javascript:fz',
    "{{7*7191}}": "50337",
    "${7*7191}": "50337",
    "{% now 'Y' %}{{ 7|add:50330 }}": "50337",
}

EVALUATED = "50337"

# Values that break naive parsing: Unicode digits ("²".isdigit() is True, int("²") fails),
# huge numbers, impossible dates, NUL (PostgreSQL rejects it in strings), control characters.
TRICKY = (
    "",
    " ",
    "0",
    "-1",
    "1",
    "2",
    "+1",
    "1.5",
    "1e3",
    "1_000",
    "²",
    "¹²",
    "١٢",
    "۳",
    "߁",
    "9" * 25,
    "9" * 5000,
    "NaN",
    "inf",
    "None",
    "null",
    "true",
    "\x00",
    "a\x00b",
    "\r\n",
    "\u202e",
    "%00",
    "%",
    "../../etc/passwd",
    "' OR 1=1 --",
    '"',
    "\\",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "2025-02-30",
    "2025-13-01",
    "0000-01-01",
    "0001-01-01",
    "1899-12-31",
    "9999-12-31",
    "2025-01-01T00:00:00",
    "2025-01-01T00:00:00+99:00",
    "2025-01-01 00:00:00 01:00",
    "2025-01-01T25:61:00Z",
    "-0001-01-01",
    "x" * 2001,
    "ü" * 300,
)

marker = st.sampled_from(MARKERS)
tricky = st.sampled_from(TRICKY)
plain_text = st.text(max_size=40)
with_marker = st.builds(lambda a, m, b: a + m + b, st.text(max_size=8), marker, st.text(max_size=8))

# NUL is harmless in SQLite and an error in PostgreSQL, so it gets a branch of its own.
with_nul = st.builds(lambda a, b: a + "\x00" + b, st.text(max_size=6), st.text(max_size=6))

# Numbers as people and scripts write them: str.isdigit() accepts "²" and "߁", int() only some.
numberish = st.text(alphabet="0123456789²³¹١٢۳߁-+ ", min_size=1, max_size=6)

# Anything a form field or query parameter may receive.
value = st.one_of(with_marker, tricky, with_nul, numberish, plain_text, st.integers().map(str))


def values_for(*known: str):
    """Valid choices mixed with hostile and random values, so validation passes sometimes."""
    if not known:
        return value
    return st.one_of(st.sampled_from(known), value)


def query(fields: dict) -> st.SearchStrategy:
    """A query dict: some of `fields` (name -> strategy of values), each with 0-3 values,
    sometimes an unknown parameter too."""
    return st.fixed_dictionaries(
        {},
        optional={
            **{
                name: st.lists(strategy, min_size=1, max_size=3)
                for name, strategy in fields.items()
            },
            "zz": st.lists(value, max_size=2),
        },
    )


segment_text = st.one_of(with_marker, tricky, with_nul, st.text(min_size=1, max_size=30))


def path_segment(text: str) -> str:
    """One URL path segment: never empty, percent-encoded like a browser would send it."""
    return quote(text or "-", safe="") or "-"


def fuzz_settings(max_examples: int):
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
            HealthCheck.data_too_large,
        ],
        derandomize=True,
        database=None,
        print_blob=True,
    )


def sent_values(data) -> list[str]:
    items = data.values() if isinstance(data, dict) else data
    out = []
    for item in items:
        if isinstance(item, list | tuple):
            out.extend(str(v) for v in item)
        else:
            out.append(str(item))
    return out


def check_response(response, *, sent: list[str], allowed=(200, 301, 302, 400, 404)) -> None:
    """Never a 5xx; the status one of `allowed`; hostile markers never reflected raw."""
    status = response.status_code
    assert status < 500, f"server error {status}"
    assert status in allowed, f"unexpected status {status}"
    body = response.content if not getattr(response, "streaming", False) else b""
    if getattr(response, "streaming", False):
        body = b"".join(response.streaming_content)
    text = body.decode("utf-8", errors="replace")
    content_type = response.get("Content-Type", "")
    location = response.get("Location", "")
    fragments = {DANGEROUS[m] for m in MARKERS for s in sent if m in s}
    # Also a marker's markup typed on its own (e.g. the rest cut off by a length limit).
    fragments |= {f for f in DANGEROUS.values() if f.startswith("<") for s in sent if f in s}
    if any(EVALUATED in s for s in sent):
        fragments.discard(EVALUATED)  # typed literally: showing it back is fine
    for fragment in fragments:
        assert fragment not in location, f"marker {fragment!r} in Location {location!r}"
    if not fragments:
        return
    if content_type.startswith("application/json") or content_type.startswith(
        "application/ld+json"
    ):
        json.loads(text)  # any marker inside is JSON-encoded data, not markup
        return
    if content_type.startswith("text/calendar"):
        if status == 200:
            assert text.startswith("BEGIN:VCALENDAR"), text[:200]
        return
    if content_type.startswith("text/csv"):
        list(csv.reader(io.StringIO(text)))
        return
    if content_type.startswith("text/plain"):
        # Shown as text, never sniffed as HTML.
        assert response.get("X-Content-Type-Options") == "nosniff"
        return
    for fragment in fragments:
        assert fragment not in text, f"unescaped reflection of {fragment!r} ({content_type})"


def table_counts(*models) -> tuple[int, ...]:
    """Row counts of `models` in one query."""
    selects = ", ".join(
        f"(SELECT COUNT(*) FROM {connection.ops.quote_name(m._meta.db_table)})" for m in models
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {selects}")  # noqa: S608 - table names from model metadata
        return tuple(cursor.fetchone())


@contextmanager
def rolled_back():
    """Run one example in a savepoint that is rolled back: every example meets the same
    data, so a failure replays and shrinks reliably."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
