"""python manage.py plan_tables INPUT.json [--output OUT.json] [--seed N] [--time-limit S]
                                          [--iterations N]

Plans a World Café from a JSON file (format: `seating.planner.instance_from_json`) and writes
{"assignments": ..., "metrics": ...} as JSON to --output or stdout. Use "-" to read stdin.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from seating.planner import PlanningError, instance_from_json, plan_tables


class Command(BaseCommand):
    help = "Plan which guest sits at which World-Café table in each round."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("input", help='JSON file with rounds, tables and guests ("-": stdin)')
        parser.add_argument("--output", help="write the plan here instead of stdout")
        parser.add_argument("--seed", type=int, default=0, help="same seed, same plan")
        parser.add_argument(
            "--time-limit", type=float, default=5.0, help="stop searching after this many seconds"
        )
        parser.add_argument(
            "--iterations",
            type=int,
            help="search length (default: grows with the event); the same seed and iterations "
            "give the same plan unless the time limit cuts the search short",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["time_limit"] <= 0:
            raise CommandError("--time-limit must be positive")
        if options["iterations"] is not None and options["iterations"] < 0:
            raise CommandError("--iterations must not be negative")
        data = _read_json(options["input"])
        try:
            instance = instance_from_json(data)
            plan = plan_tables(
                tables=instance.tables,
                guests=instance.guests,
                rounds=instance.rounds,
                fixed=instance.fixed,
                seed=options["seed"],
                time_limit=options["time_limit"],
                iterations=options["iterations"],
            )
        except PlanningError as error:
            raise CommandError(f"{_label(options['input'])}: {error}") from error
        text = json.dumps(plan.as_dict(), ensure_ascii=False, indent=2)
        if options["output"]:
            try:
                Path(options["output"]).write_text(text + "\n", encoding="utf-8")
            except OSError as error:
                raise CommandError(f"cannot write {options['output']}: {error.strerror}") from error
        else:
            self.stdout.write(text)


def _label(name: str) -> str:
    return "stdin" if name == "-" else name


def _read_json(name: str) -> Any:
    label = _label(name)
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot read {label}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise CommandError(f"{label}: not UTF-8 text ({error.reason})") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{label}: malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from error
