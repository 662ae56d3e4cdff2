"""What the World-Café planner works with and what it measures: the input records, the
metrics of a plan, and the two bounds that tell an organiser how good a plan could be.

Pure Python, no Django: the product calls `compute_metrics` after an organiser moves someone
by hand, and the planner (`seating.planner`) reports the same numbers for its own plans.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass


class PlanningError(ValueError):
    """Input that no table plan can satisfy. The message is one line, fit to show a user."""


@dataclass(frozen=True)
class Table:
    id: str
    theme: str
    seats: int  # guest seats; the host sits there too but is not counted
    host: str | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Guest:
    id: str
    wishes: tuple[str, ...] = ()  # themes, most wanted first
    languages: tuple[str, ...] = ()  # the guest needs one of these at the table


@dataclass(frozen=True)
class Metrics:
    """How good a plan is. Counts are over the whole event (all rounds).

    - repeats: sum over guest pairs of max(0, meetings - 1).
    - repeats_lower_bound: no plan of the same kind has fewer repeats: if this plan has no
      table revisits, no seat-respecting plan without revisits; otherwise no seat-respecting
      plan at all (see `repeats_lower_bound`). So `repeats_gap` (the distance) is never
      negative. The planner avoids revisits first, so for its plans the bound is usually the
      stronger one.
    - max_pair_meetings: most rounds any two guests share a table (1 = nobody meets twice).
    - wished_themes_visited: sum over guests of distinct wished themes visited.
    - wished_themes_bound: no plan visits more (see `wished_themes_bound`).
    - guests_without_wish: guests with at least one wish that some table offers who visit
      none of their wished themes. (Wishes no table offers cannot be met by any plan.)
    - language_misses: (guest, round) seats at a table offering none of the languages the
      guest needs; guests who need no language never miss.
    - table_revisits: sum over guests and tables of max(0, visits - 1). The planner keeps it
      at 0 whenever rounds <= tables allow it; a hand edit may not.
    - over_capacity: guests beyond a table's seats, summed over tables and rounds. Always 0
      for planner output; a hand edit can overfill a table.
    - seconds: planning time; 0.0 when the metrics were recomputed from assignments.
    """

    repeats: int
    repeats_lower_bound: int
    max_pair_meetings: int
    wished_themes_visited: int
    wished_themes_bound: int
    guests_without_wish: int
    language_misses: int
    table_revisits: int
    over_capacity: int
    seconds: float = 0.0

    @property
    def repeats_gap(self) -> int:
        return self.repeats - self.repeats_lower_bound

    def as_dict(self) -> dict[str, int | float]:
        return {**asdict(self), "repeats_gap": self.repeats_gap}


def offered_themes(*, tables: Sequence[Table]) -> list[str]:
    """Themes someone can actually visit (a table with at least one seat), in table order."""
    return list(dict.fromkeys(t.theme for t in tables if t.seats > 0))


def compute_metrics(
    *,
    tables: Sequence[Table],
    guests: Sequence[Guest],
    rounds: int,
    assignments: Mapping[str, Sequence[str]],
) -> Metrics:
    """Metrics of `assignments` (guest id -> table id per round), recomputed from scratch.

    Raises PlanningError when the assignments do not seat every guest in every round at a
    known table; overfull tables and revisits are measured, not refused, because an
    organiser may do that on purpose.
    """
    table_by_id = {t.id: t for t in tables}
    guest_ids = {g.id for g in guests}
    for guest_id in assignments:
        if guest_id not in guest_ids:
            raise PlanningError(f"assignments name unknown guest {guest_id!r}")
    seated: dict[tuple[int, str], list[int]] = defaultdict(list)  # (round, table) -> guests
    for index, guest in enumerate(guests):
        row = assignments.get(guest.id)
        if row is None or len(row) != rounds:
            got = "none" if row is None else len(row)
            raise PlanningError(f"guest {guest.id!r} needs {rounds} table(s), got {got}")
        for r, table_id in enumerate(row):
            if table_id not in table_by_id:
                raise PlanningError(f"guest {guest.id!r} is seated at unknown table {table_id!r}")
            seated[(r, table_id)].append(index)

    meetings: Counter[tuple[int, int]] = Counter()
    for members in seated.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                meetings[(a, b)] += 1
    over_capacity = sum(
        max(0, len(members) - table_by_id[table_id].seats)
        for (_, table_id), members in seated.items()
    )

    offered = set(offered_themes(tables=tables))
    visited_total = without_wish = language_misses = revisits = 0
    for guest in guests:
        row = [table_by_id[table_id] for table_id in assignments[guest.id]]
        wanted = offered.intersection(guest.wishes)
        visited = len(wanted.intersection(t.theme for t in row))
        visited_total += visited
        without_wish += bool(wanted) and not visited
        if guest.languages:
            language_misses += sum(1 for t in row if not set(guest.languages) & set(t.languages))
        revisits += sum(n - 1 for n in Counter(t.id for t in row).values())

    return Metrics(
        repeats=sum(n - 1 for n in meetings.values()),
        repeats_lower_bound=repeats_lower_bound(
            seats=[t.seats for t in tables],
            guest_count=len(guests),
            rounds=rounds,
            without_revisits=revisits == 0,
        ),
        max_pair_meetings=max(meetings.values(), default=0),
        wished_themes_visited=visited_total,
        wished_themes_bound=wished_themes_bound(tables=tables, guests=guests, rounds=rounds),
        guests_without_wish=without_wish,
        language_misses=language_misses,
        table_revisits=revisits,
        over_capacity=over_capacity,
    )


def _min_fill_cost(*, caps: Sequence[int], total: int, marginal: Callable[[int], int]) -> int:
    """Least sum of f(n_t) over tables with sum(n_t) == total and 0 <= n_t <= caps[t], where
    f(n + 1) - f(n) = marginal(n) is non-decreasing (f convex): then adding guests one at a
    time where the next one costs least is optimal. None feasible (total > seats) -> 0."""
    if total > sum(caps):
        return 0
    heap = [(marginal(0), t) for t, cap in enumerate(caps) if cap > 0]
    heapq.heapify(heap)
    filled = [0] * len(caps)
    cost = 0
    for _ in range(total):
        step, t = heapq.heappop(heap)
        cost += step
        filled[t] += 1
        if filled[t] < caps[t]:
            heapq.heappush(heap, (marginal(filled[t]), t))
    return cost


def repeats_lower_bound(
    *, seats: Sequence[int], guest_count: int, rounds: int, without_revisits: bool = False
) -> int:
    """No plan that respects the seats (and, with `without_revisits`, seats nobody at the
    same table twice) has fewer repeats than this. The larger of two bounds:

    1. Pair counting. A round with n_t guests at table t creates sum_t C(n_t, 2) meetings,
       at least P = the least such sum over seat-respecting occupancies (spread the guests as
       evenly as the seats allow). With m_p meetings of pair p,
       repeats = sum_p max(0, m_p - 1) >= rounds * P - C(G, 2), as at most C(G, 2) pairs exist.

    2. Pigeonhole between two rounds. Take rounds r < r' and the n_t guests at table t in r.
       In r' they spread over at most B tables (B = tables with a seat; B - 1 without
       revisits, as none of them may return to t), so at least
       h(n_t) = sum of C(q, 2) over the most even split of n_t into B parts of them meet
       again: more than B guests at one table cannot all be separated. Summed over tables,
       every pair of rounds has >= c = min over occupancies of sum_t h(n_t) pairs meeting
       in both. Summing over the C(R, 2) round pairs counts pair p C(m_p, 2) times, and
       C(m_p, 2) <= (R / 2) * (m_p - 1) because m_p <= R, so
       repeats >= C(R, 2) * c * 2 / R = (R - 1) * c.

    Both minima over occupancies are exact (convex costs, greedy filling). Fixed seats only
    restrict plans further, so the bound stays sound for re-planning.
    """
    if rounds < 2 or guest_count < 2:
        return 0
    tables_with_seats = sum(1 for s in seats if s > 0)
    bins = (
        tables_with_seats - 1 if without_revisits and tables_with_seats > 1 else tables_with_seats
    )
    per_round_pairs = _min_fill_cost(caps=seats, total=guest_count, marginal=lambda n: n)
    by_pairs = rounds * per_round_pairs - guest_count * (guest_count - 1) // 2
    both_rounds = _min_fill_cost(caps=seats, total=guest_count, marginal=lambda n: n // bins)
    return max(0, by_pairs, (rounds - 1) * both_rounds)


def wished_themes_bound(*, tables: Sequence[Table], guests: Sequence[Guest], rounds: int) -> int:
    """No plan visits more wished themes (summed over guests) than this maximum flow:

    source -> guest (capacity min(rounds, wished themes on offer)) -> each wished theme
    (capacity 1: only distinct themes count) -> sink (capacity rounds * seats of that theme's
    tables: every guest who visits the theme uses at least one of those seat-rounds).

    Any plan yields such a flow (guest -> theme carries 1 when visited), so the maximum flow
    bounds it. It is at most the simple bounds sum_g min(rounds, wishes_g) and
    sum_theme rounds * seats_theme. It ignores revisits, repeats and fixed seats, so it can
    be out of reach when those bind. Guests with the same wished themes are merged into one
    node with multiplied capacities; that gives the same flow value.
    """
    seats_by_theme: dict[str, int] = defaultdict(int)
    for table in tables:
        seats_by_theme[table.theme] += table.seats
    offered = set(offered_themes(tables=tables))
    groups: Counter[tuple[str, ...]] = Counter()
    for guest in guests:
        wanted = tuple(sorted(offered.intersection(guest.wishes)))
        if wanted:
            groups[wanted] += 1
    if not groups:
        return 0
    themes = sorted({theme for wanted in groups for theme in wanted})
    theme_node = {theme: 2 + len(groups) + i for i, theme in enumerate(themes)}
    flow = _MaxFlow(size=2 + len(groups) + len(themes))
    source, sink = 0, 1
    for i, (wanted, count) in enumerate(groups.items()):
        flow.add_edge(source, 2 + i, count * min(rounds, len(wanted)))
        for theme in wanted:
            flow.add_edge(2 + i, theme_node[theme], count)
    for theme in themes:
        flow.add_edge(theme_node[theme], sink, rounds * seats_by_theme[theme])
    return flow.max_flow(source, sink)


class _MaxFlow:
    """Dinic's algorithm; the graphs here have a few hundred nodes at most."""

    def __init__(self, *, size: int) -> None:
        self.edges: list[list[int]] = [[] for _ in range(size)]  # node -> edge ids
        self.to: list[int] = []
        self.cap: list[int] = []

    def add_edge(self, a: int, b: int, cap: int) -> None:
        # Edge e and its reverse e ^ 1 are stored next to each other.
        self.edges[a].append(len(self.to))
        self.to.append(b)
        self.cap.append(cap)
        self.edges[b].append(len(self.to))
        self.to.append(a)
        self.cap.append(0)

    def max_flow(self, source: int, sink: int) -> int:
        total = 0
        while True:
            level = self._levels(source)
            if level[sink] < 0:
                return total
            cursor = [0] * len(self.edges)
            while pushed := self._augment(source, sink, level, cursor):
                total += pushed

    def _levels(self, source: int) -> list[int]:
        level = [-1] * len(self.edges)
        level[source] = 0
        queue = deque([source])
        while queue:
            node = queue.popleft()
            for e in self.edges[node]:
                if self.cap[e] > 0 and level[self.to[e]] < 0:
                    level[self.to[e]] = level[node] + 1
                    queue.append(self.to[e])
        return level

    def _augment(self, source: int, sink: int, level: list[int], cursor: list[int]) -> int:
        """One augmenting path along increasing levels; iterative, because residual paths
        can zig-zag through many themes and Python's recursion limit is small."""
        path: list[int] = []  # edge ids from source
        node = source
        while node != sink:
            edges = self.edges[node]
            while cursor[node] < len(edges):
                e = edges[cursor[node]]
                if self.cap[e] > 0 and level[self.to[e]] == level[node] + 1:
                    break
                cursor[node] += 1
            else:  # dead end: never try this node again in this phase, step back
                level[node] = -1
                if not path:
                    return 0
                node = self.to[path.pop() ^ 1]
                cursor[node] += 1
                continue
            path.append(e)
            node = self.to[e]
        pushed = min(self.cap[e] for e in path)
        for e in path:
            self.cap[e] -= pushed
            self.cap[e ^ 1] += pushed
        return pushed
