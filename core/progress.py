"""Progress lines for long management commands (demo loading, bulk data, mass e-mail)."""

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


def progress(
    items: Iterable[T], *, total: int, label: str, out: TextIO | None = None, every: int = 0
) -> Iterator[T]:
    """Yield `items`, printing "label: done/total (pct%)" about twenty times and at the end."""
    out = out or sys.stdout
    step = every or max(1, total // 20)
    started = time.monotonic()
    for done, item in enumerate(items, start=1):
        yield item
        if done % step == 0 or done == total:
            percent = 100 * done // max(total, 1)
            out.write(f"  {label}: {done}/{total} ({percent}%) {time.monotonic() - started:.1f}s\n")
            out.flush()


# How a service reports progress without knowing where it goes: called with (done, total).
# The caller (a command, a task) decides what to print or log; services never take streams.
ProgressCallback = Callable[[int, int], None]


def printer(out: TextIO, *, label: str) -> ProgressCallback:
    """A ProgressCallback that writes "label: done/total (pct%)" lines to `out`."""
    started = time.monotonic()

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        out.write(f"  {label}: {done}/{total} ({percent}%) {time.monotonic() - started:.1f}s\n")
        out.flush()

    return report
