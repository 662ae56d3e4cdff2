"""World-Café table planner: who sits at which table in which round.

Hosts stay at their table (they are not guests); guests move between rounds. The planner
keeps every table within its seats and every guest seated in every round, and then, in this
order of importance:

1. nobody sits at the same table twice (achievable whenever rounds <= tables, seats allowing),
2. few repeated encounters (two guests sharing a table in more than one round),
3. nobody with wishes visits none of their wished themes,
4. many wished themes visited (each guest counts distinct wished themes),
5. guests who need a language sit at tables offering it,
6. tables evenly filled (a tie-break: fewer pairs meet at all).

Method: a greedy construction round by round (fixed seats first, then each guest takes the
cheapest table), then simulated annealing with incremental (delta) evaluation over four
kinds of proposals: move a guest to a free seat; swap two guests of one round; exchange two
guests who sit at each other's tables in two rounds (keeps everyone's set of tables, the
only move that works when guests must visit nearly every table); swap the guests of two
whole tables in one round (changes no encounters; helps when repeats are forced). A share of
the proposals targets known trouble spots (a repeat, a language miss, a missing wish).
The objective is a weighted sum whose weights (`_weights`) make every level outweigh all
that one proposal can change on the levels below it, so the search is lexicographic. Small
events get several independent starts and keep the best.

Determinism: the search runs a number of iterations fixed by the instance size (or the
`iterations` argument) and draws all randomness from `random.Random(seed)`, so the same
input and seed give the same plan. The time limit is only a safety stop; when it is hit the
best plan found so far is returned and the result then depends on machine speed.

Pure Python, no Django: the management command `plan_tables` and the product reuse it.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .planner_metrics import (
    Guest,
    Metrics,
    PlanningError,
    Table,
    compute_metrics,
    offered_themes,
    repeats_lower_bound,
    wished_themes_bound,
)

__all__ = [
    "Guest",
    "Instance",
    "Metrics",
    "Plan",
    "PlanningError",
    "Table",
    "compute_metrics",
    "instance_from_json",
    "plan_tables",
    "repeats_lower_bound",
    "validate_instance",
    "wished_themes_bound",
]

Fixed = Mapping[str, Sequence[str | None]]


@dataclass(frozen=True)
class Instance:
    tables: tuple[Table, ...]
    guests: tuple[Guest, ...]
    rounds: int
    fixed: dict[str, tuple[str | None, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    assignments: dict[str, list[str]]  # guest id -> table id per round
    metrics: Metrics
    # Why the search ended: "bounds" (the plan meets every bound: no revisits, the fewest
    # repeats possible, every wished theme the bound allows, no language misses; nothing left
    # to gain but the tie-break), "iterations" (the planned search length) or "time".
    stopped: str = "iterations"

    def as_dict(self) -> dict[str, Any]:
        return {
            "assignments": self.assignments,
            "metrics": self.metrics.as_dict(),
            "stopped": self.stopped,
        }


# ---------------------------------------------------------------------------------------------
# Input checks


def validate_instance(
    *,
    tables: Sequence[Table],
    guests: Sequence[Guest],
    rounds: int,
    fixed: Fixed | None = None,
) -> None:
    """Raise PlanningError (one-line message) for input no plan can satisfy."""
    if isinstance(rounds, bool) or not isinstance(rounds, int) or rounds < 1:
        raise PlanningError(f"rounds must be a whole number of at least 1, got {rounds!r}")
    _no_duplicates(kind="table", ids=[t.id for t in tables])
    _no_duplicates(kind="guest", ids=[g.id for g in guests])
    guest_ids = {g.id for g in guests}
    hosted: dict[str, str] = {}
    for table in tables:
        if table.seats < 0:
            raise PlanningError(f"table {table.id!r} has negative seats ({table.seats})")
        if table.host is None:
            continue
        if table.host in hosted:
            raise PlanningError(
                f"host {table.host!r} cannot host both {hosted[table.host]!r} and {table.id!r}"
            )
        if table.host in guest_ids:
            raise PlanningError(f"{table.host!r} is both a host and a guest; hosts do not move")
        hosted[table.host] = table.id
    seats = sum(t.seats for t in tables)
    if len(guests) > seats:
        raise PlanningError(f"{len(guests)} guests but only {seats} guest seats per round")
    _check_fixed(tables=tables, guest_ids=guest_ids, rounds=rounds, fixed=fixed or {})


def _no_duplicates(*, kind: str, ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise PlanningError(f"duplicate {kind} id {item!r}")
        seen.add(item)


def _check_fixed(
    *, tables: Sequence[Table], guest_ids: set[str], rounds: int, fixed: Fixed
) -> None:
    seats = {t.id: t.seats for t in tables}
    taken: dict[tuple[int, str], int] = {}
    for guest_id, row in fixed.items():
        if guest_id not in guest_ids:
            raise PlanningError(f"fixed seats name unknown guest {guest_id!r}")
        if isinstance(row, str) or len(row) != rounds:
            raise PlanningError(
                f"fixed seats of {guest_id!r} need one entry per round ({rounds}), got {row!r}"
            )
        for r, table_id in enumerate(row):
            if table_id is None:
                continue
            if table_id not in seats:
                raise PlanningError(
                    f"fixed seat of {guest_id!r} in round {r + 1} names unknown table {table_id!r}"
                )
            taken[(r, table_id)] = taken.get((r, table_id), 0) + 1
            if taken[(r, table_id)] > seats[table_id]:
                raise PlanningError(
                    f"more guests fixed at table {table_id!r} in round {r + 1} than its "
                    f"{seats[table_id]} seats"
                )


def instance_from_json(data: Any) -> Instance:
    """Parse the planner's JSON input (already decoded) into a checked Instance.

    Shape: {"rounds": int, "tables": [{"id", "theme", "seats", "host"?, "languages"?}],
    "guests": [{"id", "wishes"?, "languages"?}], "fixed"?: {guest id: [table id or null per
    round]}}. Unknown keys are ignored. Raises PlanningError naming the offending field.
    """
    if not isinstance(data, dict):
        raise PlanningError(f"input must be a JSON object, got {_json_type(data)}")
    rounds = _field(data, "rounds", int, where="input")
    tables = tuple(
        Table(
            id=_field(item, "id", str, where=where),
            theme=_field(item, "theme", str, where=where),
            seats=_field(item, "seats", int, where=where),
            host=_field(item, "host", str, where=where, default=None),
            languages=_strings(item, "languages", where=where),
        )
        for where, item in _objects(data, "tables")
    )
    guests = tuple(
        Guest(
            id=_field(item, "id", str, where=where),
            wishes=_strings(item, "wishes", where=where),
            languages=_strings(item, "languages", where=where),
        )
        for where, item in _objects(data, "guests")
    )
    fixed_data = data.get("fixed", {})
    if not isinstance(fixed_data, dict):
        raise PlanningError(f"fixed must be an object, got {_json_type(fixed_data)}")
    fixed: dict[str, tuple[str | None, ...]] = {}
    for guest_id, row in fixed_data.items():
        if not isinstance(row, list) or not all(x is None or isinstance(x, str) for x in row):
            raise PlanningError(f"fixed[{guest_id!r}] must be a list of table ids or null")
        fixed[guest_id] = tuple(row)
    validate_instance(tables=tables, guests=guests, rounds=rounds, fixed=fixed)
    return Instance(tables=tables, guests=guests, rounds=rounds, fixed=fixed)


_MISSING = object()


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _field(
    item: dict[str, Any], key: str, kind: type, *, where: str, default: Any = _MISSING
) -> Any:
    value = item.get(key, _MISSING)
    if value is _MISSING or (value is None and default is None):
        if default is _MISSING:
            raise PlanningError(f"{where} is missing {key!r}")
        return default
    # bool is an int in Python, but "seats": true is a mistake, not one seat.
    if not isinstance(value, kind) or isinstance(value, bool):
        article = "a whole number" if kind is int else "a string"
        raise PlanningError(f"{where}.{key} must be {article}, got {_json_type(value)}")
    return value


def _strings(item: dict[str, Any], key: str, *, where: str) -> tuple[str, ...]:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise PlanningError(f"{where}.{key} must be a list of strings")
    return tuple(value)


def _objects(data: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
    value = data.get(key, _MISSING)
    if value is _MISSING:
        raise PlanningError(f"input is missing {key!r}")
    if not isinstance(value, list):
        raise PlanningError(f"{key} must be a list, got {_json_type(value)}")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise PlanningError(f"{key}[{i}] must be an object, got {_json_type(item)}")
    return [(f"{key}[{i}]", item) for i, item in enumerate(value)]


# ---------------------------------------------------------------------------------------------
# Planning


def plan_tables(
    *,
    tables: Sequence[Table],
    guests: Sequence[Guest],
    rounds: int,
    seed: int = 0,
    time_limit: float = 5.0,
    fixed: Fixed | None = None,
    iterations: int | None = None,
    deadline: float | None = None,
) -> Plan:
    """Plan all rounds. `fixed` pins guests to tables for some rounds (None = free), e.g.
    the people already seated when re-planning after a round started.

    `iterations` is the total search length; by default ITERATIONS_PER_SLOT per free
    (guest, round), at least MIN_ITERATIONS and at most MAX_ITERATIONS. When the budget
    holds several such runs (small events) it is spent on up to MAX_STARTS independent
    starts and the best plan wins: on small, tight events one long run can get stuck where
    another start does not.

    The search stops early once the plan meets its bounds (`Plan.stopped == "bounds"`).
    `deadline` (a `time.perf_counter()` value) ends it earlier than `time_limit` when the
    caller's own clock started before this call (the command counts its start-up).
    """
    started = time.perf_counter()
    deadline = min(started + time_limit, deadline if deadline is not None else math.inf)
    validate_instance(tables=tables, guests=guests, rounds=rounds, fixed=fixed)
    fixed = fixed or {}
    pinned = sum(1 for row in fixed.values() for table_id in row if table_id is not None)
    per_start = ITERATIONS_PER_SLOT * (len(guests) * rounds - pinned)
    if iterations is None:
        total = min(MAX_ITERATIONS, max(MIN_ITERATIONS, per_start))
    else:
        total = iterations
    starts = max(1, min(MAX_STARTS, total // max(1, per_start)))
    rng = random.Random(seed)
    best: _Search | None = None
    best_cost = 0
    stopped = "iterations"
    for _ in range(starts):
        search = _Search(tables=tables, guests=guests, rounds=rounds, fixed=fixed, rng=rng)
        search.construct()
        goal = search.goal(
            repeats=repeats_lower_bound(
                seats=[t.seats for t in tables],
                guest_count=len(guests),
                rounds=rounds,
                without_revisits=True,
            ),
            wished=wished_themes_bound(tables=tables, guests=guests, rounds=rounds),
        )
        if search.anneal(iterations=total // starts, deadline=deadline, goal=goal):
            stopped = "bounds"
        cost = search.cost()
        if best is None or cost < best_cost:
            best, best_cost = search, cost
        if stopped == "bounds":
            break  # another start cannot do better on anything but the tie-break
        if time.perf_counter() > deadline:
            stopped = "time"
            break
    assert best is not None  # starts >= 1
    if stopped == "iterations" and best.timed_out:
        stopped = "time"
    assignments = {
        guest.id: [tables[t].id for t in best.where[g]] for g, guest in enumerate(guests)
    }
    metrics = compute_metrics(tables=tables, guests=guests, rounds=rounds, assignments=assignments)
    seconds = round(time.perf_counter() - started, 3)
    return Plan(assignments=assignments, metrics=replace(metrics, seconds=seconds), stopped=stopped)


W_BALANCE = 1  # weight of the tie-break; the other weights depend on the seats (_weights)

ITERATIONS_PER_SLOT = 400  # search length per free (guest, round) and start
MIN_ITERATIONS = 400_000  # small events get several starts (about a second in all)
MAX_STARTS = 8
# Large events: about 2 s for 500 guests and 5 rounds on an idle 2-core machine, which leaves
# room under the default 5 s limit on a busy one (the measured events need far fewer).
MAX_ITERATIONS = 400_000
FOCUS = 0.3  # share of proposals that repair a trouble spot
DOUBLE_SWAPS = 0.1  # share that exchange two guests in two rounds (see try_double_swap)
GROUP_SWAPS = 0.05  # share of proposals that swap the guests of two whole tables
CHECK_EVERY = 1024  # iterations between clock checks and temperature updates
# Start temperature in units of one language miss: hotter starts, which trade repeats and
# wishes early, measured worse (fewer wished themes, more language misses); tight events
# escape through double and whole-table swaps and several starts instead.
START_TEMPERATURE = 1.0
END_TEMPERATURE = 2.0  # in cost units, the balance level: the end is a descent


class _Search:
    """Mutable plan with incremental bookkeeping. Guests, tables, themes and rounds are
    indexes; `where[g][r]` is guest g's table in round r (-1 while unplaced)."""

    def __init__(
        self,
        *,
        tables: Sequence[Table],
        guests: Sequence[Guest],
        rounds: int,
        fixed: Fixed,
        rng: random.Random,
    ) -> None:
        self.rng = rng
        self.rounds = rounds
        n_tables, n_guests = len(tables), len(guests)
        self.seats = [t.seats for t in tables]
        self.open_tables = [t for t in range(n_tables) if self.seats[t] > 0]
        theme_index = {theme: i for i, theme in enumerate(dict.fromkeys(t.theme for t in tables))}
        self.theme = [theme_index[t.theme] for t in tables]
        offered = set(offered_themes(tables=tables))
        self.wished = [bytearray(len(theme_index)) for _ in guests]
        for g, guest in enumerate(guests):
            for theme in guest.wishes:
                if theme in offered:
                    self.wished[g][theme_index[theme]] = 1
        self.has_wish = [any(w) for w in self.wished]
        self.lang_ok = [
            bytearray(
                not guest.languages or bool(set(guest.languages) & set(table.languages))
                for table in tables
            )
            for guest in guests
        ]
        table_index = {t.id: i for i, t in enumerate(tables)}
        self.fixed = [[-1] * rounds for _ in guests]
        for g, guest in enumerate(guests):
            for r, table_id in enumerate(fixed.get(guest.id, ())):
                if table_id is not None:
                    self.fixed[g][r] = table_index[table_id]
        # Tables worth proposing to a guest: those with a wished theme, those offering a
        # language the guest needs.
        self.wish_tables = [
            [t for t in self.open_tables if self.wished[g][self.theme[t]]] for g in range(n_guests)
        ]
        self.language_tables = [
            [t for t in self.open_tables if self.lang_ok[g][t]] if guest.languages else []
            for g, guest in enumerate(guests)
        ]
        self.wants = [
            min(rounds, sum(self.wished[g])) for g in range(n_guests)
        ]  # distinct wished themes a guest could visit at most
        (self.w_language, self.w_wish, self.w_no_wish, self.w_repeat, self.w_revisit) = _weights(
            max_seats=max(self.seats, default=0)
        )

        counts = bytearray if rounds < 256 else _IntList  # a pair meets at most `rounds` times
        self.where = [[-1] * rounds for _ in guests]
        self.members: list[list[list[int]]] = [[[] for _ in tables] for _ in range(rounds)]
        self.meet = [counts(n_guests) for _ in guests]
        self.table_visits = [counts(n_tables) for _ in guests]
        self.theme_visits = [counts(len(theme_index)) for _ in guests]
        self.wished_visited = [0] * n_guests
        self.timed_out = False  # anneal hit the deadline

    # -- bookkeeping -----------------------------------------------------------------------

    def place(self, g: int, r: int, t: int) -> None:
        meet, meet_g = self.meet, self.meet[g]
        for h in self.members[r][t]:
            meet_g[h] += 1
            meet[h][g] += 1
        self.members[r][t].append(g)
        self.where[g][r] = t
        self.table_visits[g][t] += 1
        theme = self.theme[t]
        if self.wished[g][theme] and not self.theme_visits[g][theme]:
            self.wished_visited[g] += 1
        self.theme_visits[g][theme] += 1

    def unplace(self, g: int, r: int) -> None:
        t = self.where[g][r]
        members = self.members[r][t]
        members.remove(g)
        meet, meet_g = self.meet, self.meet[g]
        for h in members:
            meet_g[h] -= 1
            meet[h][g] -= 1
        self.where[g][r] = -1
        self.table_visits[g][t] -= 1
        theme = self.theme[t]
        self.theme_visits[g][theme] -= 1
        if self.wished[g][theme] and not self.theme_visits[g][theme]:
            self.wished_visited[g] -= 1

    def cost(self) -> int:
        """The objective from scratch (tests compare it with the incremental deltas)."""
        total = repeats_twice = 0
        for g, row in enumerate(self.where):
            total += self.w_revisit * sum(max(0, n - 1) for n in self.table_visits[g])
            repeats_twice += sum(max(0, n - 1) for n in self.meet[g])  # each pair twice
            total += self.w_no_wish * (self.has_wish[g] and not self.wished_visited[g])
            total -= self.w_wish * self.wished_visited[g]
            total += self.w_language * sum(1 for t in row if not self.lang_ok[g][t])
        total += self.w_repeat * repeats_twice // 2
        for tables in self.members:
            total += W_BALANCE * sum(len(m) * (len(m) - 1) // 2 for m in tables)
        return total

    def delta(self, g: int, r: int, a: int, b: int, partner: int) -> int:
        """Cost change when guest g goes from table a to b in round r, ignoring the occupancy
        term and the pair (g, partner): for a swap, partner goes the other way at the same
        time, so the two halves add up exactly."""
        meet_g = self.meet[g]
        # meet_g[g] is always 0, so g itself never counts at its old table.
        repeats = sum(1 for h in self.members[r][b] if meet_g[h] and h != partner) - sum(
            1 for h in self.members[r][a] if meet_g[h] >= 2
        )
        return self.w_repeat * repeats + self.seat_delta(g, a, b)

    def seat_delta(self, g: int, a: int, b: int) -> int:
        """The part of g's move from table a to b that does not depend on who sits there."""
        visits = self.table_visits[g]
        change = self.w_revisit * ((visits[b] >= 1) - (visits[a] >= 2))
        theme_a, theme_b = self.theme[a], self.theme[b]
        if theme_a != theme_b:
            wished, seen = self.wished[g], self.theme_visits[g]
            gained = (wished[theme_b] and not seen[theme_b]) - (
                wished[theme_a] and seen[theme_a] == 1
            )
            if gained:
                change -= self.w_wish * gained
                if self.has_wish[g]:
                    before = self.wished_visited[g]
                    change += self.w_no_wish * ((before + gained == 0) - (before == 0))
        ok = self.lang_ok[g]
        return change + self.w_language * (ok[a] - ok[b])

    def group_swap_delta(self, r: int, a: int, b: int) -> int | None:
        """Cost change when the guests of tables a and b trade tables in round r, or None if
        not allowed (a fixed guest, or too few seats). Nobody meets anyone new, so when
        repeats cannot be avoided this rearranges themes and languages without touching
        the pairs that meet."""
        at_a, at_b = self.members[r][a], self.members[r][b]
        if len(at_a) > self.seats[b] or len(at_b) > self.seats[a]:
            return None
        fixed = self.fixed
        if any(fixed[g][r] >= 0 for g in at_a) or any(fixed[g][r] >= 0 for g in at_b):
            return None
        return sum(self.seat_delta(g, a, b) for g in at_a) + sum(
            self.seat_delta(g, b, a) for g in at_b
        )

    def group_swap(self, r: int, a: int, b: int) -> None:
        at_a, at_b = self.members[r][a][:], self.members[r][b][:]
        for g in at_a + at_b:
            self.unplace(g, r)
        for g in at_a:
            self.place(g, r, b)
        for g in at_b:
            self.place(g, r, a)

    # -- construction ----------------------------------------------------------------------

    def construct(self) -> None:
        """Fixed seats first, then round by round each free guest takes the cheapest table
        with a free seat. Guests who need a language choose first: they have fewest good
        tables. Ties go to the emptier table, so tables fill evenly."""
        rounds = range(self.rounds)
        for g, row in enumerate(self.fixed):
            for r in rounds:
                if row[r] >= 0:
                    self.place(g, r, row[r])
        for r in rounds:
            free = [g for g in range(len(self.where)) if self.fixed[g][r] < 0]
            self.rng.shuffle(free)
            free.sort(key=lambda g: not self.language_tables[g])
            for g in free:
                self.place(g, r, self._cheapest_table(g, r))

    def _cheapest_table(self, g: int, r: int) -> int:
        # Count, per table of round r, how many of its guests g has met already.
        met_here = [0] * len(self.seats)
        for other_round, t in enumerate(self.where[g]):
            if t >= 0 and other_round != r:
                for h in self.members[other_round][t]:
                    if h != g and self.where[h][r] >= 0:
                        met_here[self.where[h][r]] += 1
        visits, ok = self.table_visits[g], self.lang_ok[g]
        wished, seen = self.wished[g], self.theme_visits[g]
        no_wish_yet = self.has_wish[g] and not self.wished_visited[g]
        best, best_key = -1, None
        for t in self.open_tables:
            seated = len(self.members[r][t])
            if seated >= self.seats[t]:
                continue
            theme = self.theme[t]
            new_wish = wished[theme] and not seen[theme]
            cost = (
                self.w_revisit * visits[t]
                + self.w_repeat * met_here[t]
                - (self.w_wish + self.w_no_wish * no_wish_yet) * new_wish
                + self.w_language * (not ok[t])
            )
            key = (cost, seated / self.seats[t])
            if best_key is None or key < best_key:
                best, best_key = t, key
        return best

    # -- search ----------------------------------------------------------------------------

    def goal(self, *, repeats: int, wished: int) -> int:
        """The cost, without the tie-break, of a plan that meets every bound: no revisits,
        `repeats` (the lower bound), `wished` themes visited (the upper bound), nobody
        without a wished theme, no language misses. No plan costs less (the bounds are
        sound), so reaching it ends the search: only the tie-break could still improve."""
        return self.w_repeat * repeats - self.w_wish * wished

    def balance(self) -> int:
        return W_BALANCE * sum(
            len(m) * (len(m) - 1) // 2 for tables in self.members for m in tables
        )

    def anneal(self, *, iterations: int, deadline: float, goal: int | None = None) -> bool:
        """Simulated annealing with geometric cooling, keeping the best plan seen. A share
        FOCUS of the proposals start from a known trouble spot (a repeat, a language miss, a
        missing wished theme; the list is refreshed about once per pass over all seats), the
        rest from a random guest in a random round, sent half of the time to a table with a
        wished theme. The guest is then moved or swapped, or exchanged over two rounds
        (DOUBLE_SWAPS), or their whole table swapped (GROUP_SWAPS).

        Returns whether the plan met `goal` (see `goal`); checked with the clock, every
        CHECK_EVERY proposals, so the same seed still gives the same plan."""
        slots = [
            (g, r) for r in range(self.rounds) for g, row in enumerate(self.fixed) if row[r] < 0
        ]
        if goal is not None and self.cost() - self.balance() <= goal:
            return True  # the construction already meets every bound
        if not slots or len(self.open_tables) < 2 or iterations <= 0:
            return False
        rng = self.rng
        # int(rand() * n) instead of randrange(n): this loop is the hot path, and it is as
        # deterministic.
        rand, exp = rng.random, math.exp
        where, members, seats, fixed = self.where, self.members, self.seats, self.fixed
        rounds = self.rounds
        wish_tables, open_tables, delta = self.wish_tables, self.open_tables, self.delta
        cost = best_cost = self.cost()
        best = [row[:] for row in where]
        start = START_TEMPERATURE * self.w_language
        cooling = (min(start, END_TEMPERATURE) / start) ** (1 / max(1, iterations))
        temperature = start
        trouble: list[tuple[int, int, list[int]]] = []
        # Finding trouble spots costs about as much as one proposal per seat: refresh them
        # about once per pass over all seats.
        refresh_every = CHECK_EVERY * max(1, len(slots) // CHECK_EVERY)
        met = False
        for it in range(iterations):
            if it % CHECK_EVERY == 0:
                temperature = start * cooling**it
                if cost < best_cost:
                    best_cost, best = cost, [row[:] for row in where]
                    if goal is not None and cost - self.balance() <= goal:
                        met = True
                        break
                if time.perf_counter() > deadline:
                    self.timed_out = True
                    break
                if it % refresh_every == 0:
                    trouble = self._trouble_spots()
            if trouble and rand() < FOCUS:
                g, r, choices = trouble[int(rand() * len(trouble))]
            else:
                g, r = slots[int(rand() * len(slots))]
                choices = wish_tables[g] if wish_tables[g] and rand() < 0.5 else open_tables
            a = where[g][r]
            if rounds > 1 and rand() < DOUBLE_SWAPS:
                change = self.try_double_swap(g, r, temperature)
                cost += change or 0
                continue
            b = choices[int(rand() * len(choices))]
            if b == a:
                continue
            if rand() < GROUP_SWAPS:
                group_change = self.group_swap_delta(r, a, b)
                if group_change is not None and (
                    group_change <= 0 or rand() < exp(-group_change / temperature)
                ):
                    self.group_swap(r, a, b)
                    cost += group_change
                continue
            at_b = members[r][b]
            if len(at_b) < seats[b] and (not at_b or rand() < 0.5):
                h = -1
                change = delta(g, r, a, b, -1) + W_BALANCE * (len(at_b) - len(members[r][a]) + 1)
            else:
                if not at_b:
                    continue
                h = at_b[int(rand() * len(at_b))]
                if fixed[h][r] >= 0:
                    continue
                change = delta(g, r, a, b, h) + delta(h, r, b, a, g)
            if change > 0 and rand() >= exp(-change / temperature):
                continue
            self.unplace(g, r)
            if h >= 0:
                self.unplace(h, r)
                self.place(h, r, a)
            self.place(g, r, b)
            cost += change
        if cost > best_cost:
            self._restore(best)
        return met

    def try_double_swap(self, g: int, r: int, temperature: float) -> int | None:
        """Exchange g with a guest h who sits, in another round, exactly where g sits and vice
        versa; both keep the set of tables they visit. When everyone must visit (almost)
        every table, single swaps all create revisits and only this move gets through.
        Returns the cost change if the exchange was made."""
        where, fixed, rand = self.where, self.fixed, self.rng.random
        other = int(rand() * (self.rounds - 1))
        other += other >= r
        a, b = where[g][r], where[g][other]
        if a == b or fixed[g][other] >= 0:
            return None
        partners = [
            h
            for h in self.members[r][b]
            if where[h][other] == a and fixed[h][r] < 0 and fixed[h][other] < 0
        ]
        if not partners:
            return None
        h = partners[int(rand() * len(partners))]
        change = self.delta(g, r, a, b, h) + self.delta(h, r, b, a, g)
        self.swap(g, h, r)
        change += self.delta(g, other, b, a, h) + self.delta(h, other, a, b, g)
        if change > 0 and rand() >= math.exp(-change / temperature):
            self.swap(g, h, r)  # undo
            return None
        self.swap(g, h, other)
        return change

    def swap(self, g: int, h: int, r: int) -> None:
        a, b = self.where[g][r], self.where[h][r]
        self.unplace(g, r)
        self.unplace(h, r)
        self.place(h, r, a)
        self.place(g, r, b)

    def _trouble_spots(self) -> list[tuple[int, int, list[int]]]:
        """Free (guest, round) seats worth moving, each with the tables to try."""
        spots = []
        for g, row in enumerate(self.where):
            fixed, meet_g, seen = self.fixed[g], self.meet[g], self.theme_visits[g]
            short_of_wishes = self.wished_visited[g] < self.wants[g]
            visits = self.table_visits[g]
            # Counting zeros and ones runs in C; most guests have neither problem.
            revisits = len(visits) > visits.count(0) + visits.count(1)
            repeats = len(meet_g) > meet_g.count(0) + meet_g.count(1)
            for r, t in enumerate(row):
                if fixed[r] >= 0:
                    continue
                if (revisits and visits[t] > 1) or (
                    repeats and any(meet_g[h] > 1 for h in self.members[r][t])
                ):
                    spots.append((g, r, self.open_tables))
                if self.language_tables[g] and not self.lang_ok[g][t]:
                    spots.append((g, r, self.language_tables[g]))
                theme = self.theme[t]
                if short_of_wishes and (not self.wished[g][theme] or seen[theme] > 1):
                    spots.append((g, r, self.wish_tables[g]))
        return spots

    def _restore(self, where: list[list[int]]) -> None:
        for r in range(self.rounds):
            for g in range(len(where)):
                self.unplace(g, r)
        for g, row in enumerate(where):
            for r, t in enumerate(row):
                self.place(g, r, t)


def _weights(*, max_seats: int) -> tuple[int, int, int, int, int]:
    """Weights of language misses, wished themes, guests without a wish, repeats and revisits
    (the balance term weighs 1), chosen so that no single proposal can trade one unit of a
    level for any gain on the levels below it: the search is lexicographic.

    One proposal moves at most `touched` guest-rounds (a whole-table swap up to 2 * seats
    guests, a double swap 2 guests in 2 rounds), and each moved guest-round changes language
    misses, wished themes and guests without a wish by at most 1. The balance term changes
    by at most max_seats. So if each weight is (touched + 2) times the one below, everything
    below a level changes by less than its weight. Repeats change by at most 2 * max_seats
    per moved guest-round (only plain and double swaps change who meets), 8 * max_seats in all.
    """
    touched = max(4, 2 * max_seats)
    language = max_seats + 1
    wish = (touched + 2) * language
    no_wish = (touched + 2) * wish
    repeat = (touched + 2) * no_wish
    revisit = (8 * max_seats + 2) * repeat
    return language, wish, no_wish, repeat, revisit


class _IntList(list):
    """Counter row for more than 255 rounds, where a bytearray would overflow."""

    def __init__(self, size: int) -> None:
        super().__init__([0] * size)
