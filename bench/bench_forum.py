"""Forum speed: registrations per second under concurrent load over HTTP (gunicorn, PostgreSQL
when reachable), checked for overbooking afterwards; and the organiser dashboard and exports
at 5,000 registrations, with their query counts at 50 and at 5,000 registrations.

    .venv/bin/python bench/bench_forum.py

PostgreSQL at BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432, else SQLite.
"""

import http.client
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

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

REGISTRATIONS = 2000
SEATS = 1000
CONCURRENCY = 16
WORKERS = 4
DASHBOARD_REGISTRATIONS = 5000

SETUP = """
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from portal.models import HomePage
from events.models import EventIndexPage, EventPage
from forum.models import Forum

locale = Locale.objects.get_or_create(language_code="de")[0]
home = HomePage.objects.filter(depth=2).first()
if home is None:
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Teilhabe", slug="teilhabe", locale=locale)
    )
    site = Site.objects.filter(is_default_site=True).first()
    site.root_page = home
    site.save()
index = EventIndexPage.objects.first() or home.add_child(
    instance=EventIndexPage(title="Termine", slug="termine")
)
start = timezone.now() + timedelta(days=20)
event = index.add_child(instance=EventPage(
    title="Bench-Forum", slug="bench-forum", start=start, end=start + timedelta(hours=3)
))
event.save_revision().publish()
Forum.objects.create(event=event, capacity=SEATS, double_opt_in=False)
get_user_model().objects.create_superuser("bench", "bench@example.org", "bench-password-1")
"""

CHECK = """
import json
from django.db.models import Count
from forum.models import Forum, Registration
forum = Forum.objects.get(pk=1)
by_status = dict(forum.registrations.values_list("status").annotate(n=Count("pk")).order_by())
duplicates = (
    forum.registrations.values("email_normalised").annotate(n=Count("pk")).filter(n__gt=1).count()
)
from django_tasks_db.models import DBTaskResult
queued = DBTaskResult.objects.filter(task_path__endswith="deliver_email").count()
print(json.dumps({"capacity": forum.capacity, "seats_taken": forum.seats_taken,
                  "by_status": by_status, "duplicate_emails": duplicates, "queued": queued}))
"""

OUTBOX = """
from core.models import OutgoingEmail
print(OutgoingEmail.objects.count())
"""

SESSION = """
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from importlib import import_module
user = get_user_model().objects.get(username="bench")
store = import_module(settings.SESSION_ENGINE).SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.save()
print(store.session_key)
"""

QUERY_COUNTS = """
import json
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from forum.models import Forum

client = Client(HTTP_HOST="127.0.0.1")
client.force_login(get_user_model().objects.get(username="bench"))
result = {}
for forum in Forum.objects.order_by("pk"):
    size = forum.registrations.count()
    for name in ("forum_dashboard", "forum_export_csv", "forum_export_xlsx"):
        url = reverse(name, args=[forum.pk])
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
        result[f"{name} ({size})"] = [response.status_code, len(queries)]
print(json.dumps(result))
"""


def shell(env: dict, code: str) -> str:
    done = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit("shell code failed")
    return done.stdout.strip().splitlines()[-1]


def postgres_url() -> str | None:
    url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432")
    try:
        import psycopg

        with psycopg.connect(f"{url.rstrip('/')}/postgres", connect_timeout=3):
            return url
    except Exception:  # noqa: BLE001 - no server: fall back to SQLite
        return None


def csrf(base: str, path: str) -> tuple[str, str]:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    html = response.read().decode()
    cookie = next(
        value.split(";")[0]
        for name, value in response.getheaders()
        if name.lower() == "set-cookie" and value.startswith("csrftoken=")
    )
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    connection.close()
    return cookie, token


def prepare() -> dict:
    """One database: forum 1 (empty, SEATS seats) takes the registration load; forum 2 has
    DASHBOARD_REGISTRATIONS registrations; forum 3 has 50, for the query-count comparison."""
    fill = f"""
from forum import load_data
from forum.models import Forum, Registration
index = Forum.objects.get(pk=1).event.get_parent().specific
load_data.create_forum(
    index=index, count={DASHBOARD_REGISTRATIONS},
    capacity={DASHBOARD_REGISTRATIONS * 9 // 10}, organiser="bench"
)
load_data.create_forum(index=index, count=50, capacity=40, organiser="bench")
"""
    # As in production, e-mails are rendered by the task worker: the request only queues them
    # in its own transaction. No worker runs during the load; one drains a sample afterwards.
    return prepared_database(
        "forum",
        code=SETUP.replace("SEATS", str(SEATS)) + fill,
        extra_env={
            "FORUM_REGISTRATION_RATE": "",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        },
    )


def registrations(env: dict, database: str) -> list[list[object]]:
    rows = []
    with gunicorn(env, workers=WORKERS) as base:
        path = "/de/forum/1/register/"
        cookie, token = csrf(base, path)
        languages = ["de", "ar", "uk", "fa", "tr", "ru", "ro", "bg", "en"]

        def body(index: int):
            data = {
                "csrfmiddlewaretoken": token,
                "name": f"Person {index}",
                "email": f"person{index}@example.org",
                "language": languages[index % len(languages)],
                "interpretation_language": "ar" if index % 5 == 0 else "",
                "consent": "on",
            }
            return urlencode(data).encode(), {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": cookie,
            }

        result = load_test(
            base + path,
            method="POST",
            concurrency=CONCURRENCY,
            requests=REGISTRATIONS,
            body_factory=body,
            warmup=0,
        )
        rows.append(
            result_row(
                f"POST register ({CONCURRENCY} clients, {WORKERS} workers, {database})", result
            )
        )
        rows.append(
            result_row(
                "GET /robots.txt (same server: the Django floor)",
                load_test(base + "/robots.txt", concurrency=CONCURRENCY, requests=1000),
            )
        )
    state = json.loads(shell(env, CHECK))
    confirmed = state["by_status"].get("confirmed", 0)
    waiting = state["by_status"].get("waitlisted", 0)
    overbooked = max(0, confirmed - state["capacity"])
    print(
        f"\n  after the run: {confirmed} confirmed for {state['capacity']} seats, "
        f"{waiting} waiting, seat counter {state['seats_taken']}, "
        f"duplicate e-mails {state['duplicate_emails']}, overbooked {overbooked}, "
        f"answers {dict(result.statuses)}"
    )
    consistent = (
        overbooked == 0
        and state["seats_taken"] == confirmed
        and confirmed + waiting == result.statuses.get(302, 0)
        and state["queued"] == confirmed + waiting
    )
    print(f"  e-mails queued: {state['queued']}; consistency: {'OK' if consistent else 'BROKEN'}")
    started = time.monotonic()
    subprocess.run(
        [PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--max-tasks", "200"],
        cwd=ROOT,
        env={**env, "LOG_LEVEL": "ERROR"},
        capture_output=True,
        check=False,
    )
    seconds = time.monotonic() - started
    stored = int(shell(env, OUTBOX))
    print(
        f"  one task worker afterwards: {stored} e-mails rendered (calendar file, QR code) and "
        f"stored in the outbox in {seconds:.1f}s, incl. start-up and delivery tasks"
    )
    return rows


def dashboard(env: dict, database: str) -> list[list[object]]:
    session = shell(env, SESSION)
    counts = json.loads(shell(env, QUERY_COUNTS))
    print_table(
        f"Organiser views: queries per request ({database})",
        ["view (registrations)", "status", "queries"],
        [[name, status, queries] for name, (status, queries) in counts.items()],
    )
    rows = []
    headers = {"Cookie": f"sessionid={session}"}
    with gunicorn(env) as base:
        for label, path, requests in (
            ("dashboard", "/admin/forum/2/", 100),
            ("dashboard, search", "/admin/forum/2/?q=Teilnehmende+49&status=confirmed", 100),
            ("CSV export", "/admin/forum/2/export.csv", 10),
            ("XLSX export", "/admin/forum/2/export.xlsx", 6),
        ):
            result = load_test(
                base + path, concurrency=2, requests=requests, headers=headers, warmup=1
            )
            rows.append(result_row(f"{label} ({DASHBOARD_REGISTRATIONS} registrations)", result))
    return rows


def main() -> None:
    url = postgres_url()
    if url:
        os.environ["BENCH_DATABASE_URL"] = url
        database = "PostgreSQL"
    else:
        os.environ.pop("BENCH_DATABASE_URL", None)
        database = "SQLite (no PostgreSQL reachable)"
    env = prepare()
    rows = registrations(env, database)
    print_table("Forum registrations over HTTP (gunicorn, loopback)", RESULT_HEADERS, rows)
    rows = dashboard(env, database)
    print_table("Organiser dashboard and exports (gunicorn, 2 workers)", RESULT_HEADERS, rows)


if __name__ == "__main__":
    main()
