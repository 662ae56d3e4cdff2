"""Calendar speed: list and month pages at 2,000 events (gunicorn, uncached and cached), then
the whole-calendar ICS feed at 5,000 events: generation time in-process (goal: under 300 ms),
the first request, requests served from the feed cache, and conditional requests (304)."""

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    PYTHON,
    RESULT_HEADERS,
    ROOT,
    gunicorn,
    load_test,
    manage,
    prepared_database,
    print_table,
    request,
    result_row,
)

CONCURRENCY = 4
UNCACHED_REQUESTS = 80  # each renders the page: keeps the bench within a few minutes
CACHED_REQUESTS = 400

# Runs inside Django (manage.py shell): time the feed's two steps with a cold cache.
FEED_TIMING = """
import gc, json, time
from django.core.cache import cache
from django.test import Client
from wagtail.models import Locale
from events import ics
from events.models import EventOccurrence, EventPage

locale = Locale.objects.get(language_code="de")
pages = EventPage.objects.public_calendar_of(locale)
def generate():
    events = ics.load_events(pages, locale=locale)
    return events, ics.render_calendar(events, language="de", name="Teilhabe")
generate()  # warm imports, URL resolver, VTIMEZONE
loads, renders, totals, cpu = [], [], [], []
for _ in range(7):
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    events = ics.load_events(pages, locale=locale)
    loaded = time.perf_counter()
    body = ics.render_calendar(events, language="de", name="Teilhabe")
    done = time.perf_counter()
    loads.append((loaded - started) * 1000)
    renders.append((done - loaded) * 1000)
    totals.append((done - started) * 1000)
    cpu.append((time.process_time() - cpu_started) * 1000)
client = Client(HTTP_HOST="127.0.0.1")
views = []
for _ in range(5):
    cache.clear()
    started = time.perf_counter()
    response = client.get("/feeds/events/de.ics")
    views.append((time.perf_counter() - started) * 1000)
assert response.status_code == 200, response.status_code
median = lambda values: sorted(values)[len(values) // 2]
print("RESULT " + json.dumps({
    "events": len(events), "pages": EventPage.objects.count(),
    "occurrences": EventOccurrence.objects.count(), "bytes": len(body),
    "load_ms": median(loads), "render_ms": median(renders), "total_ms": median(totals),
    "total_min_ms": min(totals), "cpu_ms": median(cpu), "view_cold_ms": median(views),
}))
"""


def feed_timing(env: dict) -> dict:
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", FEED_TIMING],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def page_rows(base: str, label: str, requests: int) -> list[list[object]]:
    """Each page once (must be 200), then `requests` requests from CONCURRENCY clients."""
    today = date.today()
    urls = [
        ("list", "/de/veranstaltungen/"),
        ("list, filtered", "/de/veranstaltungen/?category=sprachcafe&language=ar"),
        ("list, page 50", "/de/veranstaltungen/?page=50"),
        ("month", f"/de/veranstaltungen/month/{today.year}/{today.month}/"),
        ("event", "/de/veranstaltungen/last-1000/"),
    ]
    rows = []
    for name, path in urls:
        status, _ = request(base + path)
        assert status == 200, (path, status)
        result = load_test(base + path, concurrency=CONCURRENCY, requests=requests)
        rows.append(result_row(f"{name} ({label})", result))
    return rows


def main() -> None:
    # Wall-clock figures depend on what else runs on this 2-core machine: say so.
    print(f"(load average before the run: {os.getloadavg()[0]:.1f})")
    env = prepared_database("events", commands=[["generate_load_data", "--events", "2000"]])
    rows = []
    with gunicorn(env, extra_env={"PAGE_CACHE_SECONDS": "0"}) as base:
        rows += page_rows(base, "uncached", UNCACHED_REQUESTS)
    with gunicorn(env) as base:
        rows += page_rows(base, "page cache", CACHED_REQUESTS)
    print_table(
        f"Calendar pages at 2,000 events (gunicorn, 2 workers, {CONCURRENCY} clients, loopback)",
        RESULT_HEADERS,
        rows,
    )

    manage(env, "generate_load_data", "--events", "3000")  # 5,000 in all
    timing = feed_timing(env)
    print_table(
        f"ICS feed generation, {timing['events']} events in the feed "
        f"({timing['occurrences']} occurrences, {timing['bytes'] / 1e6:.1f} MB), in-process",
        ["step", "median ms"],
        [
            ["read (6 queries)", timing["load_ms"]],
            ["write VCALENDAR", timing["render_ms"]],
            ["total", timing["total_ms"]],
            ["total (best of 7)", timing["total_min_ms"]],
            ["total, CPU time of the process", timing["cpu_ms"]],
            ["whole view, cold cache (test client)", timing["view_cold_ms"]],
        ],
    )

    feed_rows = []
    with gunicorn(env) as base:
        url = base + "/feeds/events/de.ics"
        started = time.perf_counter()
        status, _body = request(url)
        first_ms = (time.perf_counter() - started) * 1000
        feed_rows.append(
            ["first request (generates, fills the cache)", 1, "", first_ms, first_ms, status != 200]
        )
        cached = load_test(url, concurrency=4, requests=200)
        feed_rows.append(result_row("from the feed cache (4 MB each)", cached))
        etag = _etag(url)
        not_modified = load_test(
            url, concurrency=CONCURRENCY, requests=1000, headers={"If-None-Match": etag}
        )
        assert set(not_modified.statuses) == {304}, not_modified.statuses
        feed_rows.append(result_row("conditional GET → 304", not_modified))
    print_table(
        "ICS feed over HTTP, 5,000 events (gunicorn, 2 workers; each worker caches once)",
        RESULT_HEADERS,
        feed_rows,
    )


def _etag(url: str) -> str:
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("HEAD", parts.path)
        return connection.getresponse().getheader("ETag")
    finally:
        connection.close()


if __name__ == "__main__":
    main()
