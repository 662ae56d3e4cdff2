"""World-Café table planner: hard constraints, honest metrics, sound bounds, clear errors.

Pure Python (no database, no Django settings needed): run alone with
    .venv/bin/python -m pytest tests/seating/test_planner.py -p no:django
"""

from __future__ import annotations

import random
from collections import Counter
from itertools import product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seating import planner
from seating.planner import (
    Guest,
    PlanningError,
    Table,
    compute_metrics,
    instance_from_json,
    plan_tables,
    repeats_lower_bound,
    validate_instance,
    wished_themes_bound,
)

THEMES = ("A", "B", "C")
FAST = {"iterations": 3000, "time_limit": 30.0}  # small and never cut short by the clock
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def instances(draw, *, max_tables=4, max_seats=5, max_guests=12, max_rounds=4, pin=True):
    tables = [
        Table(
            id=f"t{i}",
            theme=draw(st.sampled_from(THEMES)),
            seats=draw(st.integers(0, max_seats)),
            host=f"h{i}" if draw(st.booleans()) else None,
            languages=tuple(draw(st.lists(st.sampled_from(("de", "ar", "uk")), unique=True))),
        )
        for i in range(draw(st.integers(1, max_tables)))
    ]
    n_guests = draw(st.integers(0, min(max_guests, sum(t.seats for t in tables))))
    guests = [
        Guest(
            id=f"g{i}",
            # "D" is on no table: a wish that no plan can meet.
            wishes=tuple(draw(st.lists(st.sampled_from((*THEMES, "D")), unique=True, max_size=3))),
            languages=tuple(draw(st.lists(st.sampled_from(("ar", "uk")), unique=True, max_size=1))),
        )
        for i in range(n_guests)
    ]
    rounds = draw(st.integers(1, max_rounds))
    fixed: dict[str, list[str | None]] = {}
    if pin:
        for r in range(rounds):
            free_seats = {t.id: t.seats for t in tables}
            for guest in guests:
                if draw(st.integers(0, 3)) == 0:
                    open_ids = [tid for tid, n in free_seats.items() if n > 0]
                    table_id = draw(st.sampled_from(open_ids))
                    free_seats[table_id] -= 1
                    fixed.setdefault(guest.id, [None] * rounds)[r] = table_id
    return tables, guests, rounds, fixed


def without_seconds(metrics):
    return {k: v for k, v in metrics.as_dict().items() if k != "seconds"}


# ---------------------------------------------------------------------------------------------
# Properties over random instances


@PROPERTY
@given(instances())
def test_plan_respects_hard_constraints_and_reports_true_metrics(instance):
    tables, guests, rounds, fixed = instance
    plan = plan_tables(tables=tables, guests=guests, rounds=rounds, fixed=fixed, **FAST)

    assert list(plan.assignments) == [g.id for g in guests]
    seats = {t.id: t.seats for t in tables}
    seated = Counter()
    for guest_id, row in plan.assignments.items():
        assert len(row) == rounds  # everyone sits somewhere in every round
        for r, table_id in enumerate(row):
            seated[(r, table_id)] += 1
            pinned = fixed.get(guest_id, [None] * rounds)[r]
            assert pinned in (None, table_id)  # already-seated people are not moved
    assert all(n <= seats[table_id] for (_, table_id), n in seated.items())
    # Hosts are not guests: they never appear in the assignments.
    assert not {t.host for t in tables} & set(plan.assignments)

    recomputed = compute_metrics(
        tables=tables, guests=guests, rounds=rounds, assignments=plan.assignments
    )
    assert without_seconds(recomputed) == without_seconds(plan.metrics)
    m = plan.metrics
    assert m.over_capacity == 0
    assert m.repeats >= m.repeats_lower_bound
    assert m.wished_themes_visited <= m.wished_themes_bound


@settings(max_examples=15, deadline=None)
@given(instances(), st.integers(0, 2**32))
def test_same_seed_gives_same_plan(instance, seed):
    tables, guests, rounds, fixed = instance
    first = plan_tables(tables=tables, guests=guests, rounds=rounds, fixed=fixed, seed=seed, **FAST)
    again = plan_tables(tables=tables, guests=guests, rounds=rounds, fixed=fixed, seed=seed, **FAST)
    assert first.assignments == again.assignments


@PROPERTY
@given(st.integers(1, 5), st.integers(1, 6), st.data())
def test_no_revisits_when_tables_are_equal_and_rounds_do_not_exceed_them(n_tables, seats, data):
    # Then a revisit-free plan always exists (guest i sits at table (i + r) mod tables).
    rounds = data.draw(st.integers(1, n_tables))
    n_guests = data.draw(st.integers(0, n_tables * seats))
    tables = [Table(id=f"t{i}", theme=THEMES[i % 3], seats=seats) for i in range(n_tables)]
    guests = [Guest(id=f"g{i}", wishes=("A",)) for i in range(n_guests)]
    plan = plan_tables(tables=tables, guests=guests, rounds=rounds, **FAST)
    assert plan.metrics.table_revisits == 0


@PROPERTY
@given(instances(max_tables=3, max_seats=3, max_guests=4, max_rounds=2, pin=False))
def test_bounds_hold_for_every_possible_plan(instance):
    tables, guests, rounds, _ = instance
    best = brute_force(tables=tables, guests=guests, rounds=rounds)
    seats = [t.seats for t in tables]
    assert best["repeats"] >= repeats_lower_bound(
        seats=seats, guest_count=len(guests), rounds=rounds
    )
    if best["repeats_without_revisits"] is not None:
        assert best["repeats_without_revisits"] >= repeats_lower_bound(
            seats=seats, guest_count=len(guests), rounds=rounds, without_revisits=True
        )
    assert best["wished"] <= wished_themes_bound(tables=tables, guests=guests, rounds=rounds)


@PROPERTY
@given(instances(max_tables=3, max_seats=3, max_guests=4, max_rounds=2, pin=False))
def test_planner_finds_the_best_revisits_and_repeats_on_tiny_events(instance):
    tables, guests, rounds, _ = instance
    best = brute_force(tables=tables, guests=guests, rounds=rounds)
    m = plan_tables(tables=tables, guests=guests, rounds=rounds, **FAST).metrics
    assert (m.table_revisits, m.repeats) == best["revisits_then_repeats"]


def brute_force(*, tables, guests, rounds):
    """Every seat-respecting plan of a tiny event: best repeats, with and without revisits,
    best wished themes, best (revisits, repeats)."""
    n = len(tables)
    offered = {t.theme for t in tables if t.seats > 0}
    wanted = [offered.intersection(g.wishes) for g in guests]
    one_round = [
        choice
        for choice in product(range(n), repeat=len(guests))
        if all(Counter(choice)[t] <= tables[t].seats for t in range(n))
    ]
    result = {"repeats": None, "repeats_without_revisits": None, "wished": 0}
    lexicographic = None
    for plan in product(one_round, repeat=rounds):
        meetings = Counter(
            (a, b)
            for choice in plan
            for a in range(len(guests))
            for b in range(a + 1, len(guests))
            if choice[a] == choice[b]
        )
        repeats = sum(m - 1 for m in meetings.values())
        revisits = sum(len(rows) - len(set(rows)) for rows in zip(*plan, strict=True))  # per guest
        wished = sum(
            len(wanted[g] & {tables[choice[g]].theme for choice in plan})
            for g in range(len(guests))
        )
        result["repeats"] = min(
            repeats, result["repeats"] if result["repeats"] is not None else repeats
        )
        if revisits == 0:
            previous = result["repeats_without_revisits"]
            result["repeats_without_revisits"] = (
                repeats if previous is None else min(previous, repeats)
            )
        result["wished"] = max(result["wished"], wished)
        key = (revisits, repeats)
        lexicographic = key if lexicographic is None else min(lexicographic, key)
    result["revisits_then_repeats"] = lexicographic
    return result


@PROPERTY
@given(instances(max_guests=10), st.integers(0, 1000))
def test_incremental_costs_match_a_full_recount(instance, seed):
    # The search trusts its delta evaluation; a wrong delta would silently steer it.
    tables, guests, rounds, fixed = instance
    search = planner._Search(
        tables=tables, guests=guests, rounds=rounds, fixed=fixed, rng=random.Random(seed)
    )
    search.construct()
    rng = random.Random(seed)
    free = [(g, r) for g in range(len(guests)) for r in range(rounds) if search.fixed[g][r] < 0]
    for _ in range(30 if free else 0):
        g, r = rng.choice(free)
        a, b = search.where[g][r], rng.randrange(len(tables))
        at_b = [h for h in search.members[r][b] if search.fixed[h][r] < 0]
        before = search.cost()
        if a == b or tables[b].seats == 0:
            continue
        if len(search.members[r][b]) < tables[b].seats:
            change = search.delta(g, r, a, b, -1) + planner.W_BALANCE * (
                len(search.members[r][b]) - len(search.members[r][a]) + 1
            )
            search.unplace(g, r)
            search.place(g, r, b)
        elif at_b:
            h = rng.choice(at_b)
            change = search.delta(g, r, a, b, h) + search.delta(h, r, b, a, g)
            search.swap(g, h, r)
        else:
            continue
        assert search.cost() - before == change
        group = search.group_swap_delta(r, a, b)
        if group is not None:
            before = search.cost()
            search.group_swap(r, a, b)
            assert search.cost() - before == group


# ---------------------------------------------------------------------------------------------
# Re-planning, time limit


def test_replanning_keeps_the_people_already_seated():
    tables = [Table(id=f"t{i}", theme=THEMES[i % 3], seats=5) for i in range(6)]
    guests = [Guest(id=f"g{i}", wishes=(THEMES[i % 3],)) for i in range(27)]
    first = plan_tables(tables=tables, guests=guests, rounds=3, seed=1, **FAST)
    fixed = {guest_id: [row[0], None, None] for guest_id, row in first.assignments.items()}
    again = plan_tables(tables=tables, guests=guests, rounds=3, seed=2, fixed=fixed, **FAST)
    assert {g: row[0] for g, row in again.assignments.items()} == {
        g: row[0] for g, row in first.assignments.items()
    }
    assert again.metrics.repeats == 0


def test_stops_at_the_time_limit_with_a_complete_plan():
    rng = random.Random(3)
    tables = [Table(id=f"t{i}", theme=THEMES[i % 3], seats=11) for i in range(30)]
    guests = [Guest(id=f"g{i}", wishes=(rng.choice(THEMES),)) for i in range(300)]
    plan = plan_tables(tables=tables, guests=guests, rounds=4, time_limit=0.3)
    assert plan.metrics.seconds < 2.0  # construction is always finished, the search stops
    assert all(len(row) == 4 for row in plan.assignments.values())
    assert plan.metrics.over_capacity == 0


# ---------------------------------------------------------------------------------------------
# Quality on small instances where the best answer is known


def test_zero_repeats_where_achievable():
    # 12 guests, 4 tables of 3, 3 rounds: the 3 guests of a table can go to 3 different
    # other tables each round, so nobody need meet anyone twice.
    tables = [Table(id=f"t{i}", theme=THEMES[i % 3], seats=3) for i in range(4)]
    guests = [Guest(id=f"g{i}") for i in range(12)]
    m = plan_tables(tables=tables, guests=guests, rounds=3, **FAST).metrics
    assert (m.repeats, m.max_pair_meetings, m.table_revisits) == (0, 1, 0)
    assert m.repeats_lower_bound == 0


def test_reaches_the_lower_bound_when_repeats_are_forced():
    # 8 guests at 2 tables of 4 for 2 rounds without revisits: each table's guests all move
    # to the other table together, 2 * C(4, 2) = 12 repeats, and the bound says so.
    tables = [Table(id="t1", theme="A", seats=4), Table(id="t2", theme="B", seats=4)]
    guests = [Guest(id=f"g{i}") for i in range(8)]
    m = plan_tables(tables=tables, guests=guests, rounds=2, **FAST).metrics
    assert (m.repeats, m.repeats_lower_bound, m.repeats_gap, m.table_revisits) == (12, 12, 0, 0)


def test_everyone_gets_a_wish_when_the_seats_allow_it():
    # A has seats for exactly the six guests who want only A. The others list A first, but
    # every seat they take at A leaves an A-only guest without any wish: they must get B.
    tables = [Table(id=f"t{i}", theme=theme, seats=3) for i, theme in enumerate("ABCDEF")]
    guests = [Guest(id=f"b{i}", wishes=("A", "B")) for i in range(6)] + [
        Guest(id=f"a{i}", wishes=("A",)) for i in range(6)
    ]
    m = plan_tables(tables=tables, guests=guests, rounds=2, **FAST).metrics
    assert m.guests_without_wish == 0
    assert m.wished_themes_bound == 12  # A: 3 seats * 2 rounds, B: the same
    assert m.wished_themes_visited == 12
    assert m.repeats == 0


def test_language_needs_are_met_when_possible():
    # Three guests need Arabic, three tables offer it: they can rotate between those
    # tables without meeting twice.
    tables = [
        Table(
            id=f"t{i}", theme=THEMES[i % 3], seats=3, languages=("de", "ar") if i < 3 else ("de",)
        )
        for i in range(5)
    ]
    guests = [Guest(id=f"g{i}", languages=("ar",) if i < 3 else ()) for i in range(12)]
    m = plan_tables(tables=tables, guests=guests, rounds=2, **FAST).metrics
    assert (m.language_misses, m.repeats, m.table_revisits) == (0, 0, 0)


# ---------------------------------------------------------------------------------------------
# Bounds by hand


@pytest.mark.parametrize(
    ("seats", "guests", "rounds", "without_revisits", "expected"),
    [
        # Fewer seats per table than tables: nothing forces a repeat.
        ([6] * 10, 60, 3, True, 0),
        ([5, 5], 8, 1, False, 0),  # one round: nobody meets twice
        # 4 + 4 guests, 2 tables, 2 rounds. Pigeonhole: 4 guests of a table into 2 tables
        # share at least 2 pairs, times 2 tables = 4 (rounds - 1 = 1). Without revisits
        # they all go to the one other table: C(4, 2) * 2 = 12.
        ([4, 4], 8, 2, False, 4),
        ([4, 4], 8, 2, True, 12),
        # 10 guests into 3 tables: 4 + 3 + 3 = 6 + 3 + 3 = 12 pairs, times 3 tables = 36 per
        # round pair, times rounds - 1 = 2: 72.
        ([10, 10, 10], 30, 3, False, 72),
        # Pair counting wins: 3 pairs per round, 6 rounds = 18 meetings, only C(6, 2) = 15
        # pairs exist, so at least 3 are repeats. (Pigeonhole gives 0: 2 guests, 3 tables.)
        ([2, 2, 2], 6, 6, False, 3),
        # One table: everybody meets everybody every round, C(5, 2) * (3 - 1) = 20.
        ([5], 5, 3, False, 20),
        ([5, 0, 0], 5, 3, False, 20),  # tables without seats do not help
    ],
)
def test_repeats_lower_bound_by_hand(seats, guests, rounds, without_revisits, expected):
    assert (
        repeats_lower_bound(
            seats=seats, guest_count=guests, rounds=rounds, without_revisits=without_revisits
        )
        == expected
    )


def test_wished_themes_bound_by_hand():
    a_and_b = [Table(id="a", theme="A", seats=1), Table(id="b", theme="B", seats=10)]
    guests = [Guest(id=f"x{i}", wishes=("A",)) for i in range(2)] + [
        Guest(id=f"y{i}", wishes=("A", "B")) for i in range(2)
    ]
    # A has 1 seat * 2 rounds = 2 visits; x0 and x1 take them, y0 and y1 get B only. The
    # simple bounds say min(1 + 1 + 2 + 2, 2 + 20) = 6; the flow knows it is 4.
    assert wished_themes_bound(tables=a_and_b, guests=guests, rounds=2) == 4
    # Each guest counts at most `rounds` distinct themes.
    many = [Guest(id="g", wishes=("A", "B", "C"))]
    abc = [Table(id=t, theme=t.upper(), seats=1) for t in "abc"]
    assert wished_themes_bound(tables=abc, guests=many, rounds=2) == 2
    # A theme only on a table without seats, or on no table, cannot be visited.
    closed = [Table(id="a", theme="A", seats=0), Table(id="b", theme="B", seats=3)]
    assert (
        wished_themes_bound(tables=closed, guests=[Guest(id="g", wishes=("A", "Z"))], rounds=3) == 0
    )


# ---------------------------------------------------------------------------------------------
# Metrics of hand-edited plans


def test_compute_metrics_measures_a_hand_edited_plan():
    tables = [
        Table(id="t1", theme="A", seats=1, languages=("ar",)),
        Table(id="t2", theme="B", seats=2),
    ]
    guests = [
        Guest(id="g1", wishes=("A",), languages=("ar",)),
        Guest(id="g2", wishes=("A",)),
        Guest(id="g3"),
    ]
    # The organiser overfilled t1 in round 2 and left g2 and g3 where they were.
    assignments = {"g1": ["t2", "t1"], "g2": ["t1", "t1"], "g3": ["t2", "t2"]}
    m = compute_metrics(tables=tables, guests=guests, rounds=2, assignments=assignments)
    assert m.repeats == 0  # g1 meets g3 in round 1 and g2 in round 2: each pair once
    assert m.max_pair_meetings == 1
    assert m.over_capacity == 1
    assert m.table_revisits == 2  # g2 at t1 twice, g3 at t2 twice
    assert m.language_misses == 1  # g1 at t2 in round 1
    assert (m.wished_themes_visited, m.guests_without_wish) == (2, 0)
    assert m.seconds == 0.0


@pytest.mark.parametrize(
    ("assignments", "message"),
    [
        ({"g1": ["t1", "t1"]}, "guest 'g2' needs 2 table(s), got none"),
        ({"g1": ["t1"], "g2": ["t1", "t1"]}, "guest 'g1' needs 2 table(s), got 1"),
        ({"g1": ["t1", "t9"], "g2": ["t1", "t1"]}, "unknown table 't9'"),
        ({"g1": ["t1", "t1"], "g2": ["t1", "t1"], "zz": ["t1", "t1"]}, "unknown guest 'zz'"),
    ],
)
def test_compute_metrics_rejects_incomplete_assignments(assignments, message):
    tables = [Table(id="t1", theme="A", seats=2)]
    guests = [Guest(id="g1"), Guest(id="g2")]
    with pytest.raises(PlanningError, match=message.replace("(", r"\(").replace(")", r"\)")):
        compute_metrics(tables=tables, guests=guests, rounds=2, assignments=assignments)


# ---------------------------------------------------------------------------------------------
# Impossible input


def _tables(*seats):
    return [
        Table(id=f"t{i + 1}", theme="A", seats=s, host=f"h{i + 1}") for i, s in enumerate(seats)
    ]


@pytest.mark.parametrize(
    ("tables", "guests", "rounds", "fixed", "message"),
    [
        (_tables(3), [Guest(id="g1")], 0, None, "rounds must be a whole number of at least 1"),
        (_tables(1), [Guest(id="g1"), Guest(id="g2")], 2, None, "2 guests but only 1 guest seats"),
        (_tables(2, 2), [Guest(id="g1")], 2, {"g1": ["t1", "t7"]}, "names unknown table 't7'"),
        (_tables(2), [Guest(id="g1")], 2, {"g9": ["t1", None]}, "unknown guest 'g9'"),
        (_tables(2), [Guest(id="g1")], 2, {"g1": ["t1"]}, "one entry per round"),
        (
            _tables(1, 1),
            [Guest(id="g1"), Guest(id="g2")],
            1,
            {"g1": ["t1"], "g2": ["t1"]},
            "more guests fixed at table 't1' in round 1",
        ),
        (_tables(2, 2) + _tables(1), [Guest(id="g1")], 1, None, "duplicate table id 't1'"),
        (_tables(2), [Guest(id="g1"), Guest(id="g1")], 1, None, "duplicate guest id 'g1'"),
        (_tables(2, -1), [Guest(id="g1")], 1, None, "table 't2' has negative seats"),
        (_tables(2), [Guest(id="h1")], 1, None, "'h1' is both a host and a guest"),
        (
            [
                Table(id="t1", theme="A", seats=2, host="h"),
                Table(id="t2", theme="B", seats=2, host="h"),
            ],
            [],
            1,
            None,
            "host 'h' cannot host both 't1' and 't2'",
        ),
    ],
)
def test_impossible_instances_raise_a_one_line_message(tables, guests, rounds, fixed, message):
    with pytest.raises(PlanningError) as caught:
        validate_instance(tables=tables, guests=guests, rounds=rounds, fixed=fixed)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    with pytest.raises(PlanningError):  # the planner checks too
        plan_tables(tables=tables, guests=guests, rounds=rounds, fixed=fixed, **FAST)


def test_empty_event_is_a_plan():
    plan = plan_tables(tables=_tables(3), guests=[], rounds=2, **FAST)
    assert plan.assignments == {}
    assert plan.metrics.repeats == plan.metrics.wished_themes_bound == 0


# ---------------------------------------------------------------------------------------------
# JSON input

VALID = {
    "rounds": 2,
    "tables": [
        {
            "id": "t1",
            "theme": "Wohnen und Quartier",
            "seats": 2,
            "host": "h1",
            "languages": ["de", "ar"],
        },
        {"id": "t2", "theme": "Sprache und Bildung", "seats": 2, "host": None},
    ],
    "guests": [
        {"id": "g1", "wishes": ["Wohnen und Quartier"], "languages": ["ar"]},
        {"id": "g2"},
    ],
}


def test_instance_from_json_reads_the_documented_format():
    instance = instance_from_json(VALID)
    assert instance.rounds == 2
    assert instance.tables[0] == Table(
        id="t1", theme="Wohnen und Quartier", seats=2, host="h1", languages=("de", "ar")
    )
    assert instance.tables[1].host is None
    assert instance.guests[1] == Guest(id="g2", wishes=(), languages=())
    assert instance.fixed == {}
    with_fixed = instance_from_json({**VALID, "fixed": {"g1": ["t1", None]}})
    assert with_fixed.fixed == {"g1": ("t1", None)}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "input must be a JSON object, got array"),
        ({k: v for k, v in VALID.items() if k != "rounds"}, "input is missing 'rounds'"),
        ({k: v for k, v in VALID.items() if k != "guests"}, "input is missing 'guests'"),
        ({**VALID, "rounds": "4"}, "input.rounds must be a whole number, got string"),
        ({**VALID, "rounds": 2.5}, "input.rounds must be a whole number, got number"),
        ({**VALID, "rounds": True}, "input.rounds must be a whole number, got boolean"),
        ({**VALID, "rounds": 0}, "rounds must be a whole number of at least 1"),
        ({**VALID, "tables": {"t1": 3}}, "tables must be a list, got object"),
        ({**VALID, "tables": ["t1"]}, "tables[0] must be an object, got string"),
        ({**VALID, "tables": [{"id": "t1", "seats": 2}]}, "tables[0] is missing 'theme'"),
        (
            {**VALID, "tables": [{"id": "t1", "theme": "A", "seats": "2"}]},
            "tables[0].seats must be a whole number",
        ),
        (
            {**VALID, "tables": [{"id": 1, "theme": "A", "seats": 2}]},
            "tables[0].id must be a string",
        ),
        (
            {**VALID, "tables": [{"id": "t1", "theme": "A", "seats": 2, "languages": "de"}]},
            "tables[0].languages must be a list of strings",
        ),
        (
            {**VALID, "guests": [{"id": "g1", "wishes": [1]}]},
            "guests[0].wishes must be a list of strings",
        ),
        ({**VALID, "guests": [{"wishes": []}]}, "guests[0] is missing 'id'"),
        ({**VALID, "fixed": ["g1"]}, "fixed must be an object, got array"),
        ({**VALID, "fixed": {"g1": "t1"}}, "fixed['g1'] must be a list of table ids or null"),
        ({**VALID, "fixed": {"g1": ["t1", "t9"]}}, "names unknown table 't9'"),
        (
            {**VALID, "guests": [{"id": f"g{i}"} for i in range(5)]},
            "5 guests but only 4 guest seats",
        ),
    ],
)
def test_instance_from_json_names_the_problem(data, message):
    with pytest.raises(PlanningError) as caught:
        instance_from_json(data)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
