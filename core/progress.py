"""Progress of long work (demo loading, bulk data, reminders, erasure, invitations).

Services and loaders do not print: they take an optional `on_progress` callback and report
through `tracked()`. Commands own their output and pass a `ProgressPrinter`, which writes
"label: done/total (pct%) 1.2s" lines to their stdout."""

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")

# on_progress(label, done, total): called with done=0 when a stretch of work begins, then
# about twenty times and at its end.
OnProgress = Callable[[str, int, int], None]


def tracked(
    items: Iterable[T], *, total: int, label: str, on_progress: OnProgress | None, every: int = 0
) -> Iterator[T]:
    """Yield `items`, telling `on_progress` (if any) every `every` items (default: about
    twenty times) and at the end."""
    if on_progress is None:
        yield from items
        return
    step = every or max(1, total // 20)
    on_progress(label, 0, total)
    for done, item in enumerate(items, start=1):
        yield item
        if done % step == 0 or done == total:
            on_progress(label, done, total)


class ProgressPrinter:
    """An `on_progress` for commands: one line per report, timed from the stretch's start."""

    def __init__(self, out: TextIO):
        self.out = out
        self.started: dict[str, float] = {}

    def __call__(self, label: str, done: int, total: int) -> None:
        if done == 0:
            self.started[label] = time.monotonic()
            return
        seconds = time.monotonic() - self.started.get(label, time.monotonic())
        percent = 100 * done // max(total, 1)
        self.out.write(f"  {label}: {done}/{total} ({percent}%) {seconds:.1f}s\n")
        self.out.flush()


def progress(
    items: Iterable[T], *, total: int, label: str, out: TextIO | None = None, every: int = 0
) -> Iterator[T]:
    """For a command's own loops: `tracked()` printing to `out` (default stdout)."""
    printer = ProgressPrinter(out or sys.stdout)
    yield from tracked(items, total=total, label=label, on_progress=printer, every=every)
