"""The planner ends early once the plan meets its bounds, and the command ends within its
time limit counted from the start of the process (issue #15.9). Speed itself is measured in
bench/bench_plan_tables_wall.py; these tests check the decisions, not the machine."""

from __future__ import annotations

import io
import json
import random
import time

import pytest

from seating import planner_cli
from seating.planner import Guest, Table, plan_tables

THEMES = ["A", "B", "C", "D", "E"]


def _easy():
    """Roomy: 40 guests at 10 tables of 8 for 3 rounds, one wish each: every bound is met."""
    tables = [Table(id=f"t{i}", theme=THEMES[i % 5], seats=8) for i in range(10)]
    guests = [Guest(id=f"g{i}", wishes=(THEMES[i % 5],)) for i in range(40)]
    return tables, guests


def test_an_easy_plan_stops_at_its_bounds_long_before_the_limit():
    tables, guests = _easy()
    started = time.perf_counter()
    plan = plan_tables(tables=tables, guests=guests, rounds=3, time_limit=30.0)
    assert plan.stopped == "bounds"
    assert time.perf_counter() - started < 10.0  # of 30: it did not wait for the clock
    m = plan.metrics
    assert m.repeats == m.repeats_lower_bound and m.table_revisits == 0
    assert m.wished_themes_visited == m.wished_themes_bound
    assert m.language_misses == 0 and m.guests_without_wish == 0
    assert plan.as_dict()["stopped"] == "bounds"


def test_same_seed_same_plan_with_the_early_stop():
    tables, guests = _easy()
    first = plan_tables(tables=tables, guests=guests, rounds=3, seed=4, time_limit=30.0)
    again = plan_tables(tables=tables, guests=guests, rounds=3, seed=4, time_limit=30.0)
    assert first.assignments == again.assignments


def test_unreachable_bounds_run_the_planned_search():
    # Negative control: five rounds at four tables force a revisit, so the bounds are never
    # met and the search runs its planned length (the early stop is not a blanket stop).
    tables = [Table(id=f"t{i}", theme=THEMES[i], seats=4) for i in range(4)]
    guests = [Guest(id=f"g{i}", wishes=(THEMES[i % 4],)) for i in range(12)]
    plan = plan_tables(tables=tables, guests=guests, rounds=5, iterations=5000, time_limit=30)
    assert plan.metrics.table_revisits > 0
    assert plan.stopped == "iterations"


def _hard():
    rng = random.Random(3)
    tables = [
        Table(id=f"t{i}", theme=THEMES[i % 4], seats=12, languages=("de", "ar")) for i in range(20)
    ]
    guests = [
        Guest(id=f"g{i}", wishes=tuple(rng.sample(THEMES[:4], 2)), languages=("uk",))
        for i in range(220)
    ]  # nobody offers Ukrainian: language misses are unavoidable, so no early stop
    return tables, guests


def test_a_deadline_already_past_still_gives_a_complete_plan():
    tables, guests = _hard()
    plan = plan_tables(
        tables=tables, guests=guests, rounds=4, time_limit=5.0, deadline=time.perf_counter()
    )
    assert plan.stopped == "time"
    assert all(len(row) == 4 for row in plan.assignments.values())
    assert plan.metrics.over_capacity == 0


@pytest.mark.parametrize(("spent", "stopped"), [(4.95, "time"), (0.0, "bounds")])
def test_the_command_counts_the_start_up(tmp_path, spent, stopped):
    """With 4.95 of 5 seconds spent before the command ran, only the construction is left;
    the same call with nothing spent on the easy instance stops at the bounds."""
    tables, guests = _hard() if spent else _easy()
    data = {
        "rounds": 4 if spent else 3,
        "tables": [
            {"id": t.id, "theme": t.theme, "seats": t.seats, "languages": list(t.languages)}
            for t in tables
        ],
        "guests": [
            {"id": g.id, "wishes": list(g.wishes), "languages": list(g.languages)} for g in guests
        ],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = io.StringIO()
    started = time.perf_counter()
    planner_cli.run(
        input=str(path),
        output=None,
        seed=0,
        time_limit=5.0,
        iterations=None,
        stdout=out,
        spent=spent,
    )
    assert json.loads(out.getvalue())["stopped"] == stopped
    if spent:
        assert time.perf_counter() - started < 3.0  # not the 5 s the limit alone would allow


def test_process_age_is_read_from_proc():
    age = planner_cli.seconds_since_start()
    assert 0.0 <= age < 24 * 3600


def test_manage_py_runs_the_planner_without_django(tmp_path):
    """manage.py's fast path: the same JSON, without loading Django (no settings needed)."""
    import subprocess
    import sys
    from pathlib import Path

    tables, guests = _easy()
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            {
                "rounds": 3,
                "tables": [{"id": t.id, "theme": t.theme, "seats": t.seats} for t in tables],
                "guests": [{"id": g.id, "wishes": list(g.wishes)} for g in guests],
            }
        ),
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "manage.py", "plan_tables", str(path)],
        cwd=root,
        capture_output=True,
        text=True,
        # Settings that do not exist: loading Django would fail.
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "no.such.settings"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["stopped"] == "bounds"
    bad = subprocess.run(
        [sys.executable, "manage.py", "plan_tables", str(tmp_path / "missing.json")],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "cannot read" in bad.stderr
