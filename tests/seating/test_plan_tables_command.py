"""`manage.py plan_tables`: JSON in, JSON plan out, one-line CommandError for bad input.

No database: the command only reads and writes files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]
# A fixed, small search that the clock never cuts short, so runs repeat exactly.
FAST = {"iterations": 100_000, "time_limit": 60.0}

INPUT = {
    "rounds": 3,
    "tables": [
        {
            "id": "t1",
            "theme": "Wohnen und Quartier",
            "seats": 4,
            "host": "h1",
            "languages": ["de", "ar"],
        },
        {"id": "t2", "theme": "Sprache und Bildung", "seats": 4, "host": "h2", "languages": ["de"]},
        {
            "id": "t3",
            "theme": "Arbeit und Ausbildung",
            "seats": 4,
            "host": "h3",
            "languages": ["de", "uk"],
        },
        {
            "id": "t4",
            "theme": "Gesundheit und Pflege",
            "seats": 4,
            "host": None,
            "languages": ["de"],
        },
    ],
    "guests": [
        {"id": f"g{i}", "wishes": ["Wohnen und Quartier", "Sprache und Bildung"], "languages": []}
        for i in range(10)
    ]
    + [{"id": "g10", "wishes": ["Arbeit und Ausbildung"], "languages": ["ar"]}],
}


def write(tmp_path: Path, data: object, name: str = "input.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_writes_the_plan_to_the_output_file(tmp_path):
    out = tmp_path / "plan.json"
    call_command("plan_tables", str(write(tmp_path, INPUT)), output=str(out), **FAST)
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert set(plan["assignments"]) == {g["id"] for g in INPUT["guests"]}
    assert all(len(row) == 3 for row in plan["assignments"].values())
    for name in (
        "repeats",
        "repeats_lower_bound",
        "max_pair_meetings",
        "wished_themes_visited",
        "wished_themes_bound",
        "guests_without_wish",
        "language_misses",
        "seconds",
    ):
        assert name in plan["metrics"]
    assert plan["metrics"]["repeats"] == 0


def test_prints_to_stdout_and_is_repeatable_with_a_seed(tmp_path):
    path = str(write(tmp_path, INPUT))
    runs = []
    for _ in range(2):
        stdout = StringIO()
        call_command("plan_tables", path, seed=7, stdout=stdout, **FAST)
        runs.append(json.loads(stdout.getvalue())["assignments"])
    assert runs[0] == runs[1]


def _without(key):
    return {k: v for k, v in INPUT.items() if k != key}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"rounds": 3, "tables": [', "malformed JSON at line 1 column"),
        ("[]", "input must be a JSON object"),
        (_without("tables"), "input is missing 'tables'"),
        ({**INPUT, "rounds": 0}, "rounds must be a whole number of at least 1"),
        ({**INPUT, "rounds": "3"}, "input.rounds must be a whole number, got string"),
        (
            {**INPUT, "tables": [{"id": "t1", "theme": "A", "seats": "4"}]},
            "tables[0].seats must be",
        ),
        ({**INPUT, "tables": INPUT["tables"][:2]}, "11 guests but only 8 guest seats per round"),
        ({**INPUT, "fixed": {"g1": ["t9", None, None]}}, "names unknown table 't9'"),
    ],
)
def test_bad_input_raises_a_one_line_command_error(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(CommandError) as caught:
        call_command("plan_tables", str(path))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_and_bad_time_limit(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("plan_tables", str(tmp_path / "nope.json"))
    with pytest.raises(CommandError, match="--time-limit must be positive"):
        call_command("plan_tables", str(write(tmp_path, INPUT)), time_limit=0)
    with pytest.raises(CommandError, match="--iterations must not be negative"):
        call_command("plan_tables", str(write(tmp_path, INPUT)), iterations=-1)


def test_exit_code_is_non_zero_on_bad_input(tmp_path):
    path = write(tmp_path, {**INPUT, "rounds": 0})
    result = subprocess.run(
        [sys.executable, "manage.py", "plan_tables", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        check=False,
    )
    assert result.returncode != 0
    assert "rounds must be a whole number of at least 1" in result.stderr
    assert result.stdout == ""


def test_reads_stdin_when_the_input_is_a_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", StringIO(json.dumps(INPUT)))
    stdout = StringIO()
    call_command("plan_tables", "-", stdout=stdout, **FAST)
    assert len(json.loads(stdout.getvalue())["assignments"]) == 11
    monkeypatch.setattr(sys, "stdin", StringIO("{"))
    with pytest.raises(CommandError, match="stdin: malformed JSON"):
        call_command("plan_tables", "-")
