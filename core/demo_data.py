"""What every demo loader shares: reading an app's demo data files (`<app>/demo/<name>.yaml`),
checking that translated texts exist in every language, and the calendar rules that keep the
demo believable on whatever day it is loaded (public holidays of North Rhine-Westphalia,
meetings on working days).

The data files are content, not code: translators and editors change them without touching
Python. A malformed file stops `load_demo` with the file and line to look at."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from django.apps import apps
from django.conf import settings

DEMO_FOLDER = "demo"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONDAY_TO_FRIDAY = (0, 1, 2, 3, 4)


class DemoDataError(Exception):
    """A demo data file is missing, malformed or incomplete (the message names file and line)."""


class _Loader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice (YAML would silently keep the last one, so a
    translation pasted twice would hide the first)."""

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice (first on line {seen[key]})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def demo_path(app_label: str, name: str) -> Path:
    """`<app folder>/demo/<name>.yaml`, next to the app's code (found from a checkout; the
    project is not installed as a package)."""
    return Path(apps.get_app_config(app_label).path) / DEMO_FOLDER / f"{name}.yaml"


def read_demo_file(app_label: str, name: str) -> Any:
    """The parsed content of `<app>/demo/<name>.yaml` (a dict or a list)."""
    path = demo_path(app_label, name)
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DemoDataError(f"{shown}: demo data file not found") from None
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{shown}:{mark.line + 1}:{mark.column + 1}" if mark else shown
        problem = error.problem or error.context or "not YAML"
        if error.context and error.problem:
            started = error.context_mark
            line = f" on line {started.line + 1}" if started and started is not mark else ""
            problem += f" ({error.context}{line})"
        raise DemoDataError(f"{where}: malformed YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise DemoDataError(f"{shown}: malformed YAML: {error}") from None
    if data is None:
        raise DemoDataError(f"{shown}: the file is empty")
    return data


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path(settings.BASE_DIR)))
    except (AttributeError, ValueError):
        return str(path)


def language_codes() -> tuple[str, ...]:
    return tuple(code for code, _name in settings.LANGUAGES)


def check_translations(
    data: Any, *, source: str, languages: Iterable[str] | None = None, partial: Iterable[str] = ()
) -> None:
    """Every mapping keyed by language codes (`{de: ..., en: ...}`) has every language, with a
    non-empty text. `partial` names the paths (as in the message) allowed to have fewer."""
    codes = set(languages or language_codes())
    allowed = set(partial)
    problems = []
    for path, mapping in _translated(data, codes, ""):
        if path in allowed:
            continue
        missing = sorted(codes - set(mapping))
        empty = sorted(code for code, text in mapping.items() if text in ("", None))
        if missing:
            problems.append(f"{path or '(top)'}: missing {', '.join(missing)}")
        if empty:
            problems.append(f"{path or '(top)'}: empty {', '.join(empty)}")
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise DemoDataError(f"{source}: incomplete translations:\n  {shown}{more}")


def _translated(node: Any, codes: set[str], path: str):
    if isinstance(node, dict):
        keys = set(node)
        if "de" in keys and keys <= codes:
            yield path, node
            return
        for key, value in node.items():
            yield from _translated(value, codes, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _translated(value, codes, f"{path}[{index}]")


# --- calendar rules -------------------------------------------------------------------------


def weekday_number(name: str | int) -> int:
    """0 for "monday" ... 6 for "sunday" (as in the data files)."""
    if isinstance(name, int):
        return name
    try:
        return WEEKDAYS.index(name.strip().lower())
    except ValueError:
        raise DemoDataError(
            f"unknown weekday {name!r} (use one of {', '.join(WEEKDAYS)})"
        ) from None


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm, "Meeus/Jones/Butcher")."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def public_holidays(year: int) -> dict[date, str]:
    """The public holidays of North Rhine-Westphalia."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): "Neujahr",
        easter - timedelta(days=2): "Karfreitag",
        easter + timedelta(days=1): "Ostermontag",
        date(year, 5, 1): "Tag der Arbeit",
        easter + timedelta(days=39): "Christi Himmelfahrt",
        easter + timedelta(days=50): "Pfingstmontag",
        easter + timedelta(days=60): "Fronleichnam",
        date(year, 10, 3): "Tag der Deutschen Einheit",
        date(year, 11, 1): "Allerheiligen",
        date(year, 12, 25): "1. Weihnachtstag",
        date(year, 12, 26): "2. Weihnachtstag",
    }


def is_holiday(day: date) -> bool:
    """A public holiday in NRW, or Christmas Eve or New Year's Eve: not legal holidays, but the
    town hall, the library and the community centres are closed and nobody holds a forum."""
    return (day.month, day.day) in ((12, 24), (12, 31)) or day in public_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() in MONDAY_TO_FRIDAY and not is_holiday(day)


def nearest_day(
    target: date,
    *,
    weekdays: Iterable[int] = MONDAY_TO_FRIDAY,
    fallback: Iterable[int] = (5,),
    days: int = 1,
    reach: int = 2,
) -> date:
    """The day nearest to `target` on which an event of `days` days can start: every one of its
    days on one of `weekdays` and no holiday. Within `reach` days of the target the preferred
    weekdays win (earlier on a tie), then the `fallback` weekdays (a forum moves to the
    Saturday rather than a week away); beyond that, the nearest preferred day."""
    preferred, spare = set(weekdays), set(fallback) | set(weekdays)

    def fits(start: date, allowed: set[int]) -> bool:
        span = [start + timedelta(days=n) for n in range(days)]
        return all(d.weekday() in allowed and not is_holiday(d) for d in span)

    near = sorted(range(-reach, reach + 1), key=lambda n: (abs(n), n))
    for allowed in (preferred, spare):
        for shift in near:
            if fits(target + timedelta(days=shift), allowed):
                return target + timedelta(days=shift)
    for shift in sorted(range(-31, 32), key=lambda n: (abs(n), n)):
        if fits(target + timedelta(days=shift), preferred):
            return target + timedelta(days=shift)
    raise DemoDataError(f"no day for an event near {target} on weekdays {sorted(preferred)}")


def first_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def latest_weekday(today: date, weekday: int, *, at_least_days_ago: int) -> date:
    """The latest `weekday` at least `at_least_days_ago` days before `today`."""
    last = today - timedelta(days=at_least_days_ago)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def working_day_on_or_before(day: date) -> date:
    """A meeting that would fall on a holiday (or a weekend) takes place the working day
    before."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
