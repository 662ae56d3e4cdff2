"""Table plans in the product: planning from the database (registrations, wishes, needs ->
planner -> seats), a hand move with its metrics recomputed, and the organisers' pages (plan
by table, by person, route cards) with their query counts, at 60, 220 and 500 guests.

    .venv/bin/python bench/bench_seating.py          # SQLite; BENCH_DATABASE_URL for PostgreSQL

The planner's own quality and speed on the same sizes is in bench/bench_planner.py.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ROOT, manage, prepared_database  # noqa: E402

CODE = r"""
import random, statistics, sys, time
sys.path.insert(0, "BENCH_DIR")
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page, Site
from events.models import EventIndexPage, EventPage
from forum.models import Forum, ForumTable, Registration, RegistrationWish, Theme
from harness import print_table, time_call
from portal.models import HomePage
from seating import services
from seating.models import Seat

locale = Locale.objects.get_or_create(language_code="de")[0]
home = HomePage.objects.filter(depth=2).first() or Page.get_first_root_node().add_child(
    instance=HomePage(title="Teilhabe", slug="teilhabe", locale=locale))
site = Site.objects.filter(is_default_site=True).first()
site.root_page = home; site.save()
index = home.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
user = get_user_model().objects.create_superuser("bench", "bench@example.org", "pw")
client = Client(HTTP_HOST="127.0.0.1"); client.force_login(user)
THEMES = ["Wohnen und Quartier", "Sprache und Bildung", "Arbeit und Ausbildung",
          "Gesundheit und Pflege"]
WEIGHTS = [1 / (rank + 1) for rank in range(len(THEMES))]  # skewed wishes
NEEDS = ["ar", "uk", "fa", "tr"]

def build(guests, tables, rounds, seed):
    rng = random.Random(seed)
    start = timezone.now() + timezone.timedelta(days=10)
    event = index.add_child(instance=EventPage(title=f"Forum {guests}", slug=f"f{guests}",
        start=start, end=start + timezone.timedelta(hours=3), organiser_email="o@example.org"))
    forum = Forum(event=event, capacity=guests + 10, rounds=rounds); forum.save()
    themes = [Theme.objects.create(forum=forum, name=n, sort_order=i,
              name_translations={"ar": n + " (ar)"}) for i, n in enumerate(THEMES)]
    seats = -(-guests * 108 // 100) // tables + 1
    for i in range(tables):
        ForumTable.objects.create(forum=forum, name=f"Tisch {i + 1}", theme=themes[i % 4],
            host=f"Host {i}", seats=seats, languages=["de", (NEEDS + ["en"])[i % 5]], sort_order=i)
    now = timezone.now()
    rows = [Registration(forum=forum, status="confirmed", name=f"Gast {i}",
            email=f"g{guests}-{i}@example.org", email_normalised=f"g{guests}-{i}@example.org",
            language=rng.choice(["de", "de", "ar", "uk", "fa"]),
            interpretation_language=rng.choice(NEEDS) if rng.random() < 0.15 else "",
            created_at=now, confirmed_at=now) for i in range(guests)]
    Registration.objects.bulk_create(rows)
    wishes = []
    for registration in Registration.objects.filter(forum=forum):
        chosen = []
        while len(chosen) < rng.randint(1, 3):
            theme = rng.choices(themes, WEIGHTS)[0]
            if theme not in chosen:
                chosen.append(theme)
        wishes += [RegistrationWish(registration=registration, theme=t, rank=r + 1)
                   for r, t in enumerate(chosen)]
    RegistrationWish.objects.bulk_create(wishes)
    return forum

def get(path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries.captured_queries)

plan_rows, page_rows = [], []
for guests, tables, rounds in ((60, 10, 3), (220, 20, 4), (500, 50, 5)):
    forum = build(guests, tables, rounds, seed=guests)
    started = time.perf_counter()
    plan = services.plan_create(forum=forum, seed=1, time_limit=services.MAX_TIME_LIMIT)
    wall = time.perf_counter() - started
    m = plan.metrics
    share = 100 * m["wished_themes_visited"] / max(1, m["wished_themes_bound"])
    plan_rows.append([f"{guests}/{tables}/{rounds}", round(wall, 2), m["seconds"], m["repeats"],
                      m["repeats_lower_bound"], f"{share:.1f} %", m["guests_without_wish"],
                      m["language_misses"]])
    seats = list(Seat.objects.filter(plan=plan, round=1).select_related("registration", "table"))
    tables_list = list(forum.tables.all())
    def move(state={"i": 0}):
        state["i"] += 1
        seat = seats[state["i"] % len(seats)]
        target = tables_list[(seat.table_id + state["i"]) % len(tables_list)]
        try:
            services.plan_move(plan=plan, registration=seat.registration, round=1, table=target)
        except services.SeatingError:
            pass
    move_ms, move_p95 = time_call(move, repeat=10)
    with translation.override("de"):
        routes = reverse("seating:print_routes", kwargs={"forum_id": forum.pk})
        tables_url = reverse("seating:print_tables", kwargs={"forum_id": forum.pk})
    for label, path in (("admin home (baseline)", "/admin/"),
                        ("plan by table", f"/admin/seating/{forum.pk}/"),
                        ("plan by person", f"/admin/seating/{forum.pk}/people/"),
                        ("table cards", tables_url), ("route cards", routes)):
        queries = get(path)
        median, p95 = time_call(lambda: client.get(path), repeat=5)
        page_rows.append([f"{guests} guests", label, queries, median, p95])
    page_rows.append([f"{guests} guests", "move + metrics", "-", move_ms, move_p95])

print_table("Planning from the database (time limit 10 s, seed 1)",
            ["guests/tables/rounds", "wall s", "planner s", "repeats", "repeats bound",
             "wished / bound", "without wish", "language misses"], plan_rows)
print_table("Organiser pages (Django test client, in-process)",
            ["size", "page", "queries", "median ms", "p95 ms"], page_rows)
"""


def main() -> None:
    env = prepared_database("seating")
    code = CODE.replace("BENCH_DIR", str(Path(__file__).resolve().parent))
    manage(env, "shell", "-c", code, quiet=False)


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
