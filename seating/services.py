"""Writes of the table plan: plan (or re-plan), move a guest by hand, mark the round that has
started, publish. Keyword-only, typed; every write runs in one transaction and bumps the
plan's `version`.

What the planner (`seating.planner`) gets from the forum:

- tables: every table of the forum with its guest seats; its theme (tables without a theme
  get a theme of their own that nobody wishes); its host (hosts are not registrations and
  never move); the languages the organiser ticked for it.
- guests: the confirmed registrations, or only those checked in (the organiser chooses);
  wishes are their ranked theme wishes.
- languages a guest needs (`language_needs`): the interpretation language they asked for.
  With the rule "own language", people who registered in another language than German and
  asked for no interpretation also need their own language. Nobody *needs* German: the
  forum is held in German. Sign language is not a table language (interpreters move with
  the person), so it is not planned for.

Re-planning after a round has started (`plan.current_round = c`): people who already have
seats keep them in rounds 1..c (passed to the planner as `fixed`); only later rounds are
planned again. People who are new to the plan (late arrivals) sit from round c on. The
planner needs a table for every round, so for rounds before c a newcomer is pinned to a
table with a free seat, preferring themes they did not wish for (a wished theme "visited"
in a round they missed would count against them); these seats are stored with
`present=False`, shown as "joined later", and left out of the metrics.

The planner runs outside the transaction (a few seconds must not hold the database's write
lock); the result is written only if the plan did not change meanwhile.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from core import audit
from forum import public as forum_public

from .models import LanguageRule, PlanSource, Seat, SeatingPlan
from .planner import Guest, PlanningError, Table, compute_metrics, plan_tables

if TYPE_CHECKING:
    from forum.public import Forum, ForumTable, Registration

DEFAULT_TIME_LIMIT = 5.0
MIN_TIME_LIMIT = 0.5
MAX_TIME_LIMIT = 10.0


class SeatingError(Exception):
    """A plan or change that cannot be made; `message` is for the organiser, translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- what the planner sees ------------------------------------------------------------------


def planned_registrations(*, forum: Forum, source: str) -> QuerySet[Registration]:
    """The people a plan is made for: confirmed registrations, or those checked in."""
    return forum_public.guests_for_planning(forum, checked_in_only=source == PlanSource.CHECKED_IN)


def is_planned_for(registration: Registration, *, source: str) -> bool:
    """Would `planned_registrations` include this registration now?"""
    return forum_public.is_guest_for_planning(
        registration, checked_in_only=source == PlanSource.CHECKED_IN
    )


def language_needs(registration: Registration, *, rule: str) -> tuple[str, ...]:
    if registration.interpretation_language:
        return (registration.interpretation_language,)
    own = (registration.language or "").split("-")[0]
    if rule == LanguageRule.OWN_LANGUAGE and own and own != settings.LANGUAGE_CODE:
        return (own,)
    return ()


def theme_key(table: ForumTable) -> str:
    return f"theme-{table.theme_id}" if table.theme_id else f"table-{table.pk}"


def planner_table(table: ForumTable) -> Table:
    return Table(
        id=str(table.pk),
        theme=theme_key(table),
        seats=table.seats,
        host=f"host-{table.pk}" if (table.host or "").strip() else None,
        languages=tuple(table.languages or ()),
    )


def planner_guest(registration: Registration, *, rule: str) -> Guest:
    """Needs `registration.wishes` prefetched (ordered by rank)."""
    wishes = sorted(registration.wishes.all(), key=lambda wish: wish.rank)
    return Guest(
        id=str(registration.pk),
        wishes=tuple(f"theme-{wish.theme_id}" for wish in wishes),
        languages=language_needs(registration, rule=rule),
    )


def forum_tables(forum: Forum) -> list[ForumTable]:
    return list(forum_public.tables_of_forum(forum))


# --- metrics --------------------------------------------------------------------------------


Assignment = dict[int, list[int | None]]  # registration id -> table id per round


def plan_metrics(
    *,
    tables: Sequence[ForumTable],
    registrations: Iterable[Registration],
    rounds: int,
    assignments: Assignment,
    absent: set[tuple[int, int]],
    rule: str,
) -> dict:
    """The planner's metrics of these seats (`seating.planner.compute_metrics`), with rounds a
    guest missed (`absent`: (registration id, round)) taken out: each becomes a table of its
    own that offers the guest's language, has no wished theme and meets nobody. The bounds
    stay sound (extra seats only lower the repeats bound; the wished-themes bound ignores
    absence, so it may be out of reach for late arrivals). `{"incomplete": True}` when a
    guest lacks a seat (a table was deleted after planning)."""
    p_tables = [planner_table(table) for table in tables]
    guests = []
    rows: dict[str, list[str]] = {}
    for registration in registrations:
        guest = planner_guest(registration, rule=rule)
        guests.append(guest)
        row = []
        for number, table_id in enumerate(assignments.get(registration.pk, []), start=1):
            if (registration.pk, number) in absent:
                virtual = f"absent-{registration.pk}-{number}"
                p_tables.append(
                    Table(id=virtual, theme=virtual, seats=1, languages=guest.languages)
                )
                row.append(virtual)
            else:
                row.append(str(table_id))
        rows[guest.id] = row
    try:
        metrics = compute_metrics(tables=p_tables, guests=guests, rounds=rounds, assignments=rows)
    except PlanningError:
        return {"incomplete": True, "guests": len(guests)}
    return {**metrics.as_dict(), "guests": len(guests), "incomplete": False}


def refresh_metrics(plan: SeatingPlan) -> dict:
    """Recompute `plan.metrics` from its stored seats (not saved)."""
    tables = forum_tables(plan.forum)
    assignments: Assignment = defaultdict(lambda: [None] * plan.rounds)
    absent: set[tuple[int, int]] = set()
    for registration_id, number, table_id, present in plan.seats.values_list(
        "registration_id", "round", "table_id", "present"
    ):
        if number <= plan.rounds:
            assignments[registration_id][number - 1] = table_id
        if not present:
            absent.add((registration_id, number))
    registrations = (
        forum_public.registrations_of_forum(plan.forum_id)
        .filter(pk__in=list(assignments))
        .prefetch_related("wishes")
    )
    seconds = plan.metrics.get("seconds", 0.0) if isinstance(plan.metrics, dict) else 0.0
    metrics = plan_metrics(
        tables=tables,
        registrations=registrations.order_by("created_at", "pk"),
        rounds=plan.rounds,
        assignments=dict(assignments),
        absent=absent,
        rule=plan.language_rule,
    )
    metrics["seconds"] = seconds
    return metrics


# --- plan and re-plan -----------------------------------------------------------------------


@dataclass(frozen=True)
class Pins:
    fixed: dict[str, tuple[str | None, ...]]
    absent: set[tuple[int, int]]  # (registration id, round): seat only for the planner


def _pins(
    *,
    plan: SeatingPlan | None,
    registrations: Sequence[Registration],
    tables: Sequence[ForumTable],
    rounds: int,
) -> Pins:
    """Seats that a re-plan must keep: rounds up to the started one. See the module doc."""
    if plan is None or plan.current_round == 0:
        return Pins(fixed={}, absent=set())
    started = min(plan.current_round, rounds)
    table_by_id = {table.pk: table for table in tables}
    kept: dict[int, dict[int, tuple[int, bool]]] = defaultdict(dict)
    for registration_id, number, table_id, present in plan.seats.filter(
        round__lte=started
    ).values_list("registration_id", "round", "table_id", "present"):
        kept[registration_id][number] = (table_id, present)
    taken: Counter[tuple[int, int]] = Counter()  # (round, table id) -> guests pinned there
    rows: dict[int, list[int | None]] = {}
    missed: list[tuple[Registration, int]] = []  # rounds a guest was not there
    for registration in registrations:
        row: list[int | None] = [None] * rounds
        seats = kept.get(registration.pk)
        for number in range(1, started + 1):
            table_id, present = (seats or {}).get(number, (None, True))
            if seats is None and number == started:
                continue  # a newcomer joins the running round: the planner seats them
            if seats is None or not present:
                missed.append((registration, number))
            elif table_id in table_by_id:
                row[number - 1] = table_id
                taken[(number, table_id)] += 1
        rows[registration.pk] = row
    absent: set[tuple[int, int]] = set()
    for registration, number in missed:
        wished = {wish.theme_id for wish in registration.wishes.all()}
        free = [table for table in tables if table.seats - taken[(number, table.pk)] > 0]
        if not free:
            continue  # the planner reports that there are more guests than seats
        table = min(
            free,
            key=lambda t: (t.theme_id in wished, taken[(number, t.pk)] - t.seats, t.sort_order),
        )
        rows[registration.pk][number - 1] = table.pk
        taken[(number, table.pk)] += 1
        absent.add((registration.pk, number))
    fixed = {
        str(registration_id): tuple(None if t is None else str(t) for t in row)
        for registration_id, row in rows.items()
        if any(t is not None for t in row)
    }
    return Pins(fixed=fixed, absent=absent)


def _check_time_limit(time_limit: float) -> float:
    if not MIN_TIME_LIMIT <= time_limit <= MAX_TIME_LIMIT:
        raise SeatingError(
            _("The time limit must be between %(low)s and %(high)s seconds.")
            % {"low": MIN_TIME_LIMIT, "high": MAX_TIME_LIMIT}
        )
    return time_limit


def plan_create(
    *,
    forum: Forum,
    by=None,
    source: str = PlanSource.CONFIRMED,
    language_rule: str = LanguageRule.INTERPRETATION,
    seed: int = 0,
    time_limit: float = DEFAULT_TIME_LIMIT,
    iterations: int | None = None,
    now=None,
) -> SeatingPlan:
    """Plan the tables of `forum` (or re-plan: see the module doc) and store the plan.

    Replaces the current plan; its assignments are kept in `previous`. The published flag
    and the started round stay as they are. The same seed gives the same plan unless the
    time limit cuts the search short (`iterations`: the planner's search length, for tests
    and the demo). Raises SeatingError."""
    if source not in PlanSource.values:
        raise SeatingError(_("Choose whom to plan for."))
    if language_rule not in LanguageRule.values:
        raise SeatingError(_("Choose how language needs are taken into account."))
    if seed < 0:
        raise SeatingError(_("The seed must be a whole number of at least 0."))
    _check_time_limit(time_limit)
    now = now or timezone.now()
    existing = SeatingPlan.objects.filter(forum=forum).first()
    known_version = existing.version if existing else None
    rounds = forum.rounds
    if rounds < 1:
        raise SeatingError(_("The forum has no rounds. Set the number of rounds first."))
    tables = forum_tables(forum)
    registrations = list(
        planned_registrations(forum=forum, source=source).prefetch_related("wishes")
    )
    if not tables:
        raise SeatingError(_("This forum has no tables yet. Add tables to the forum first."))
    if not registrations:
        raise SeatingError(_("Nobody to plan for: no registration matches your choice."))
    seats = sum(table.seats for table in tables)
    if len(registrations) > seats:
        raise SeatingError(
            _(
                "%(guests)d people but only %(seats)d guest seats per round. Add tables or "
                "seats to the forum first."
            )
            % {"guests": len(registrations), "seats": seats}
        )
    pins = _pins(plan=existing, registrations=registrations, tables=tables, rounds=rounds)
    try:
        result = plan_tables(
            tables=[planner_table(table) for table in tables],
            guests=[planner_guest(r, rule=language_rule) for r in registrations],
            rounds=rounds,
            seed=seed,
            time_limit=time_limit,
            fixed=pins.fixed,
            iterations=iterations,
        )
    except PlanningError as error:
        raise SeatingError(_("No plan is possible: %(reason)s") % {"reason": str(error)}) from error
    assignments: Assignment = {
        int(guest_id): [int(table_id) for table_id in row]
        for guest_id, row in result.assignments.items()
    }
    metrics = plan_metrics(
        tables=tables,
        registrations=registrations,
        rounds=rounds,
        assignments=assignments,
        absent=pins.absent,
        rule=language_rule,
    )
    metrics["seconds"] = result.metrics.seconds
    try:
        with transaction.atomic():
            plan = SeatingPlan.objects.select_for_update().filter(forum=forum).first()
            if (plan.version if plan else None) != known_version:
                raise SeatingError(
                    _("Someone changed the plan while it was being made. Please try again.")
                )
            if plan is None:
                plan = SeatingPlan(forum=forum, planned_at=now, version=0)
            else:
                plan.previous = _snapshot(plan)
                plan.seats.all().delete()
            plan.rounds = rounds
            plan.current_round = min(plan.current_round, rounds)
            plan.source = source
            plan.language_rule = language_rule
            plan.seed = seed
            plan.metrics = metrics
            plan.version += 1
            plan.planned_at = plan.changed_at = now
            plan.planned_by = plan.changed_by = by if _is_user(by) else None
            plan.save()
            Seat.objects.bulk_create(
                Seat(
                    plan=plan,
                    registration_id=registration_id,
                    round=number,
                    table_id=table_id,
                    present=(registration_id, number) not in pins.absent,
                )
                for registration_id, row in assignments.items()
                for number, table_id in enumerate(row, start=1)
            )
    except IntegrityError as error:  # two first plans at once: one wins
        raise SeatingError(
            _("Someone changed the plan while it was being made. Please try again.")
        ) from error
    return plan


def _snapshot(plan: SeatingPlan) -> dict:
    rows: dict[str, list[int | None]] = defaultdict(lambda: [None] * plan.rounds)
    for registration_id, number, table_id in plan.seats.values_list(
        "registration_id", "round", "table_id"
    ):
        if number <= plan.rounds:
            rows[str(registration_id)][number - 1] = table_id
    return {"planned_at": plan.planned_at.isoformat(), "assignments": dict(rows)}


def _is_user(by) -> bool:
    return by is not None and getattr(by, "is_authenticated", False)


def _touch(plan: SeatingPlan, *, by, now, fields: Sequence[str]) -> None:
    plan.version += 1
    plan.changed_at = now
    plan.changed_by = by if _is_user(by) else None
    plan.save(update_fields=[*fields, "version", "changed_at", "changed_by"])


# --- hand changes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    plan: SeatingPlan
    seat: Seat
    changed: bool


def plan_move(
    *,
    plan: SeatingPlan,
    registration: Registration,
    round: int,
    table: ForumTable,
    by=None,
    now=None,
) -> Move:
    """Seat `registration` at `table` in `round`; refuses a table whose seats are all taken
    in that round. Recomputes the metrics. Raises SeatingError."""
    now = now or timezone.now()
    if table.forum_id != plan.forum_id:
        raise SeatingError(_("This table belongs to another forum."))
    if not 1 <= round <= plan.rounds:
        raise SeatingError(_("This plan has rounds 1 to %(rounds)d.") % {"rounds": plan.rounds})
    with transaction.atomic():
        plan = SeatingPlan.objects.select_for_update().select_related("forum").get(pk=plan.pk)
        seat = plan.seats.filter(registration=registration, round=round).first()
        if seat is None:
            raise SeatingError(
                _("%(name)s has no seat in this plan. Re-plan to seat people who came later.")
                % {"name": registration.name}
            )
        if seat.table_id == table.pk and seat.present:
            return Move(plan=plan, seat=seat, changed=False)
        taken = plan.seats.filter(round=round, table=table, present=True).count()
        if taken >= table.seats:
            raise SeatingError(
                _(
                    "%(table)s is full in round %(round)d: all %(seats)d seats are taken. "
                    "Move someone else away first, or choose another table."
                )
                % {"table": table.name, "round": round, "seats": table.seats}
            )
        seat.table = table
        seat.present = True
        seat.save(update_fields=["table", "present"])
        plan.metrics = refresh_metrics(plan)
        _touch(plan, by=by, now=now, fields=["metrics"])
        # On the forum's audit log, like every other action on its people (core/audit.py).
        audit.record(
            instance=plan.forum,
            action="seating.table_move",
            user=by,
            person=registration.pk,
            name=registration.name,
            data={"round": round, "table": table.name},
        )
    return Move(plan=plan, seat=seat, changed=True)


def plan_set_current_round(*, plan: SeatingPlan, round: int, by=None, now=None) -> SeatingPlan:
    """Mark round `round` as started (0: not started). Re-planning keeps rounds up to it."""
    if not 0 <= round <= plan.rounds:
        raise SeatingError(_("This plan has rounds 1 to %(rounds)d.") % {"rounds": plan.rounds})
    with transaction.atomic():
        plan = SeatingPlan.objects.select_for_update().get(pk=plan.pk)
        plan.current_round = round
        _touch(plan, by=by, now=now or timezone.now(), fields=["current_round"])
    return plan


def plan_publish(*, plan: SeatingPlan, by=None, now=None) -> SeatingPlan:
    """Confirmed guests see their route on their personal page from now on."""
    now = now or timezone.now()
    with transaction.atomic():
        plan = SeatingPlan.objects.select_for_update().get(pk=plan.pk)
        if not plan.is_published:
            plan.is_published = True
            plan.published_at = now
            _touch(plan, by=by, now=now, fields=["is_published", "published_at"])
    return plan


def plan_unpublish(*, plan: SeatingPlan, by=None, now=None) -> SeatingPlan:
    with transaction.atomic():
        plan = SeatingPlan.objects.select_for_update().get(pk=plan.pk)
        if plan.is_published:
            plan.is_published = False
            plan.published_at = None
            _touch(plan, by=by, now=now or timezone.now(), fields=["is_published", "published_at"])
    return plan
