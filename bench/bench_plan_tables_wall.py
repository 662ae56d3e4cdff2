"""Wall time of the whole `manage.py plan_tables --time-limit T` command (issue #15.9).

    python bench/bench_plan_tables_wall.py [--time-limit 5] [--runs 3] [--repo PATH]

Writes the 220-guest, 20-table, 4-round instance of bench_planner.py (and an easy one that
meets its bounds quickly) as JSON, runs the command as a fresh process, and prints a Markdown
table: wall seconds from process start to exit (start-up included, as a user waits for it),
the planner's own seconds, why it stopped, and the plan's figures. `--repo` runs another
checkout's manage.py (e.g. the code before the change, extracted with `git archive`) with
this repository's Python.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_planner import make_instance  # noqa: E402


def _instance_json(*, guests: int, tables: int, rounds: int, seed: int) -> dict:
    table_list, guest_list = make_instance(guests=guests, tables=tables, seed=seed)
    return {
        "rounds": rounds,
        "tables": [
            {
                "id": t.id,
                "theme": t.theme,
                "seats": t.seats,
                "host": t.host,
                "languages": list(t.languages),
            }
            for t in table_list
        ],
        "guests": [
            {"id": g.id, "wishes": list(g.wishes), "languages": list(g.languages)}
            for g in guest_list
        ],
    }


def _easy() -> dict:
    """Roomy: 40 guests, 10 tables of 8, 3 rounds, one wish each, no language needs."""
    themes = ["A", "B", "C", "D", "E"]
    return {
        "rounds": 3,
        "tables": [{"id": f"t{i}", "theme": themes[i % 5], "seats": 8} for i in range(10)],
        "guests": [{"id": f"g{i}", "wishes": [themes[i % 5]]} for i in range(40)],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--time-limit", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repo", default=str(ROOT), help="checkout whose manage.py to run")
    args = parser.parse_args()
    instances = {
        "220/20/4": _instance_json(guests=220, tables=20, rounds=4, seed=1001),
        "easy 40/10/3": _easy(),
    }
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    print(f"`plan_tables --time-limit {args.time_limit:g}` in {args.repo}")
    print()
    print("| instance | run | wall s | planner s | stopped | repeats | wished / bound | misses |")
    print("|---|---:|---:|---:|---|---:|---:|---:|")
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, data in instances.items():
            path = Path(folder) / "instance.json"
            path.write_text(json.dumps(data), encoding="utf-8")
            for run in range(1, args.runs + 1):
                started = time.perf_counter()
                result = subprocess.run(
                    [
                        sys.executable,
                        "manage.py",
                        "plan_tables",
                        str(path),
                        "--time-limit",
                        str(args.time_limit),
                    ],
                    cwd=args.repo,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                wall = time.perf_counter() - started
                worst = max(worst, wall)
                plan = json.loads(result.stdout)
                m = plan["metrics"]
                print(
                    f"| {name} | {run} | {wall:.2f} | {m['seconds']:.2f} | "
                    f"{plan.get('stopped', '(not reported)')} | {m['repeats']} | "
                    f"{m['wished_themes_visited']} / {m['wished_themes_bound']} | "
                    f"{m['language_misses']} |"
                )
    load = os.getloadavg()[0]
    print()
    print(f"Worst wall time {worst:.2f} s (limit {args.time_limit:g} s); load average {load:.1f}.")
    return 0 if worst <= args.time_limit else 1


if __name__ == "__main__":
    sys.exit(main())
