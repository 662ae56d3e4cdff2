"""Feedback speed: the organisers' results page of a survey with 10,000 answers (goal: under
100 ms, a constant number of queries), the published results on the event page, and the
public participation statistics over 2,000 past events.

Each page is measured twice: in-process (median/p95 of the view with its query count, no HTTP;
"cold cache" clears the cache before every request, so the survey aggregates and the event
figures are computed from the database each time) and through gunicorn on loopback without
the page cache (the public pages would otherwise come from it)."""

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    PYTHON,
    RESULT_HEADERS,
    ROOT,
    gunicorn,
    load_test,
    prepared_database,
    print_table,
    result_row,
)

ANSWERS = 10_000
PAST_EVENTS = 2_000

# Runs inside Django (manage.py shell): times the views in-process and counts queries.
IN_PROCESS = r"""
import json, statistics, time
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from feedback import services
from events.models import EventPage
from feedback.models import Survey

big = max(Survey.objects.all(), key=lambda s: s.responses.count())
services.results_publish(survey=big)
user, _ = get_user_model().objects.get_or_create(
    username="bench-admin", defaults={"email": "bench@example.org"}
)
user.is_superuser = user.is_staff = True
user.save()
admin = Client(HTTP_HOST="localhost")
admin.force_login(user)
anonymous = Client(HTTP_HOST="localhost")
results = f"/admin/feedback/surveys/results/{big.pk}/"
plain = (
    EventPage.objects.filter(slug__startswith="vergangen-", locale__language_code="de")
    .exclude(pk__in=Survey.objects.filter(event__isnull=False).values("event_id"))
    .first()
)
pages = [
    ("Wagtail admin home (baseline)", admin, "/admin/", False),
    (f"results page, {big.responses.count():,} answers (admin)", admin, results, False),
    (f"results page, {big.responses.count():,} answers, cold cache", admin, results, True),
    ("event page with published results", anonymous, big.event.url, False),
    ("same kind of event page, no survey (baseline)", anonymous, plain.url, False),
    ("statistics page, EVENTS past events", anonymous, "/de/statistik/", False),
    ("statistics page, EVENTS past events, cold cache", anonymous, "/de/statistik/", True),
    ("statistics page, Persian", anonymous, "/fa/statistik/", False),
    ("CSV of all answers (streamed)", admin, results + "csv/", False),
]
rows = []
for label, client, url, cold in pages:
    def prepare():
        if cold:  # aggregates and figures from the database, as after a new answer
            cache.clear()
            admin.force_login(user)
    def once():
        response = client.get(url)
        if getattr(response, "streaming", False):
            b"".join(response.streaming_content)
        assert response.status_code == 200, (url, response.status_code)
    once()
    prepare()
    with CaptureQueriesContext(connection) as queries:
        once()
    query_count = len(queries.captured_queries)  # each request resets the log: read it now
    times = []
    for _ in range(15):
        prepare()
        started = time.perf_counter()
        once()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    median = round(statistics.median(times), 1)
    p95 = round(times[int(len(times) * 0.95) - 1], 1)
    rows.append([label, query_count, median, p95])
print("BENCH" + json.dumps({"rows": rows, "event_url": big.event.url}))
"""


def main() -> None:
    env = prepared_database(
        "feedback",
        commands=[
            [
                "generate_load_data",
                "--answers",
                str(ANSWERS),
                "--past-events",
                str(PAST_EVENTS),
                "--events",
                "0",
            ],
        ],
    )
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", IN_PROCESS.replace("EVENTS", f"{PAST_EVENTS:,}")],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        capture_output=True,
        text=True,
        check=False,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("BENCH")), None)
    if line is None:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit("in-process measurement failed")
    data = json.loads(line[5:])
    print_table(
        "Feedback pages in-process (Django test client, uncached)",
        ["what", "queries", "median ms", "p95 ms"],
        data["rows"],
    )
    rows = []
    with gunicorn(env, extra_env={"PAGE_CACHE_SECONDS": "0"}) as base:
        rows.append(
            result_row(
                "event page with results (uncached)",
                load_test(f"{base}{data['event_url']}", concurrency=4, requests=120),
            )
        )
        rows.append(
            result_row(
                f"/de/statistik/ over {PAST_EVENTS} events (uncached)",
                load_test(f"{base}/de/statistik/", concurrency=4, requests=40),
            )
        )
    with gunicorn(env) as base:
        rows.append(
            result_row(
                "/de/statistik/ (page cache)",
                load_test(f"{base}/de/statistik/", concurrency=8, requests=1000),
            )
        )
    print_table("Feedback pages through gunicorn (2 workers, loopback)", RESULT_HEADERS, rows)


if __name__ == "__main__":
    main()
