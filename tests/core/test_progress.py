"""Progress: services report through a callback, commands print it."""

import io

from core.progress import ProgressPrinter, tracked


def test_tracked_reports_start_steps_and_end_and_yields_everything():
    calls = []
    items = list(
        tracked(range(7), total=7, label="x", on_progress=lambda *a: calls.append(a), every=3)
    )
    assert items == list(range(7))
    assert calls == [("x", 0, 7), ("x", 3, 7), ("x", 6, 7), ("x", 7, 7)]


def test_tracked_without_a_callback_is_silent():
    assert list(tracked([1, 2], total=2, label="x", on_progress=None)) == [1, 2]


def test_printer_writes_the_progress_lines_commands_always_wrote():
    out = io.StringIO()
    printer = ProgressPrinter(out)
    list(tracked(range(4), total=4, label="events", on_progress=printer, every=2))
    lines = out.getvalue().splitlines()
    assert [line.split(")")[0] for line in lines] == ["  events: 2/4 (50%", "  events: 4/4 (100%"]
    assert all(line.endswith("s") for line in lines)
