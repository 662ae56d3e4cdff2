"""`manage.py plan_tables` without Django: the planner is pure Python, and starting Django
took most of the wall time (7.8 s of a 8.6 s run with `--time-limit 5` on a busy machine,
bench/bench_plan_tables_wall.py). manage.py hands the command to `main` before loading
Django; the Django command (seating/management/commands/plan_tables.py) uses the same
functions, for `call_command` and `manage.py help`.

The time limit is the wall time of the whole process: what start-up took is subtracted, and
a reserve is kept for writing the plan."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from .planner import PlanningError, instance_from_json, plan_tables

# Kept back for what follows the search: the metrics, the JSON, leaving the interpreter.
RESERVE = 0.25
USAGE = "plan_tables INPUT.json [--output OUT.json] [--seed N] [--time-limit S] [--iterations N]"


class CliError(Exception):
    """A one-line message for the person at the terminal."""


def add_arguments(parser) -> None:
    parser.add_argument("input", help='JSON file with rounds, tables and guests ("-": stdin)')
    parser.add_argument("--output", help="write the plan here instead of stdout")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same plan")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=5.0,
        help="end within this many seconds of wall time, counted from the start of the "
        "process (start-up, reading and writing included); the search stops earlier once "
        "the plan meets its bounds",
    )
    parser.add_argument(
        "--iterations",
        type=int,
        help="search length (default: grows with the event); the same seed and iterations "
        "give the same plan unless the time limit cuts the search short",
    )


def seconds_since_start() -> float:
    """Seconds since this process started (Linux: /proc; elsewhere 0, i.e. from now)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime
    except (OSError, ValueError, IndexError):
        return 0.0
    return max(0.0, now - started)


def run(
    *,
    input: str,
    output: str | None,
    seed: int,
    time_limit: float,
    iterations: int | None,
    stdout: TextIO,
    spent: float = 0.0,
) -> None:
    """Plan `input` and write the JSON. `spent`: seconds of the time limit already used
    before this call (`main` passes the process's age; `call_command` inside a long-lived
    process counts from the call)."""
    if time_limit <= 0:
        raise CliError("--time-limit must be positive")
    if iterations is not None and iterations < 0:
        raise CliError("--iterations must not be negative")
    deadline = time.perf_counter() + time_limit - spent - RESERVE
    data = _read_json(input)
    try:
        instance = instance_from_json(data)
        plan = plan_tables(
            tables=instance.tables,
            guests=instance.guests,
            rounds=instance.rounds,
            fixed=instance.fixed,
            seed=seed,
            time_limit=time_limit,
            iterations=iterations,
            deadline=deadline,
        )
    except PlanningError as error:
        raise CliError(f"{_label(input)}: {error}") from error
    text = json.dumps(plan.as_dict(), ensure_ascii=False, indent=2)
    if output:
        try:
            Path(output).write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            raise CliError(f"cannot write {output}: {error.strerror}") from error
    else:
        stdout.write(text + "\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="manage.py plan_tables",
        usage=USAGE,
        description="Plan which guest sits at which World-Café table in each round.",
    )
    add_arguments(parser)
    options = parser.parse_args(argv)
    try:
        run(
            input=options.input,
            output=options.output,
            seed=options.seed,
            time_limit=options.time_limit,
            iterations=options.iterations,
            stdout=sys.stdout,
            spent=seconds_since_start(),
        )
    except CliError as error:
        sys.stderr.write(f"CommandError: {error}\n")
        return 1
    return 0


def _label(name: str) -> str:
    return "stdin" if name == "-" else name


def _read_json(name: str) -> Any:
    label = _label(name)
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as error:
        raise CliError(f"cannot read {label}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise CliError(f"{label}: not UTF-8 text ({error.reason})") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CliError(
            f"{label}: malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from error
