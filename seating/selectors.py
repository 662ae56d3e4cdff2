"""Reads of the table plan for the organisers' views, the print cards and the personal page.
Every function costs a constant number of queries, however many guests the plan has."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from forum import public as forum_public

from .models import Seat, SeatingPlan
from .services import forum_tables, is_planned_for, planned_registrations

if TYPE_CHECKING:
    from forum.public import Forum, ForumTable, Registration

GUEST_FIELDS = (
    "id",
    "name",
    "status",
    "language",
    "interpretation_language",
    "checked_in_at",
    "created_at",
)


def forums_for(user) -> QuerySet[Forum]:
    """Forums whose plans `user` may see and change: organisers of that forum, superusers."""
    return forum_public.forums_organised_by(user).select_related("event")


@dataclass
class Cell:
    round: int
    seats: int
    guests: list[Registration] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.guests)

    @property
    def full(self) -> bool:
        return self.count >= self.seats


@dataclass
class TableRow:
    table: ForumTable
    cells: list[Cell]


@dataclass
class Stop:
    round: int
    table: ForumTable | None
    present: bool = True


@dataclass
class Route:
    registration: Registration
    stops: list[Stop]
    still_planned: bool = True  # still confirmed (and checked in, if planned for those)

    @property
    def complete(self) -> bool:
        return all(stop.table is not None for stop in self.stops)


@dataclass
class PlanData:
    plan: SeatingPlan
    tables: list[ForumTable]
    rows: list[TableRow]  # by table: one cell per round
    routes: list[Route]  # by person, in name order
    rounds: list[int]

    @property
    def dropped(self) -> list[Route]:
        return [route for route in self.routes if not route.still_planned]

    @property
    def incomplete(self) -> list[Route]:
        return [route for route in self.routes if not route.complete]


def plan_data(plan: SeatingPlan) -> PlanData:
    """Tables x rounds and each guest's route: two queries."""
    tables = forum_tables(plan.forum)
    table_by_id = {table.pk: table for table in tables}
    rounds = list(plan.round_numbers)
    seats = (
        Seat.objects.filter(plan=plan, round__lte=plan.rounds)
        .select_related("registration")
        .only("round", "table_id", "present", "registration_id", *_guest_fields())
        .order_by("registration__name", "registration_id", "round")
    )
    cells = {(table.pk, r): Cell(round=r, seats=table.seats) for table in tables for r in rounds}
    stops: dict[int, dict[int, Stop]] = defaultdict(dict)
    guests: dict[int, Registration] = {}
    for seat in seats:
        guests.setdefault(seat.registration_id, seat.registration)
        table = table_by_id.get(seat.table_id)
        stops[seat.registration_id][seat.round] = Stop(
            round=seat.round, table=table, present=seat.present
        )
        if table is not None and seat.present:
            cells[(table.pk, seat.round)].guests.append(seat.registration)
    rows = [TableRow(table=table, cells=[cells[(table.pk, r)] for r in rounds]) for table in tables]
    routes = [
        Route(
            registration=registration,
            stops=[stops[registration_id].get(r, Stop(round=r, table=None)) for r in rounds],
            still_planned=is_planned_for(registration, source=plan.source),
        )
        for registration_id, registration in guests.items()
    ]
    return PlanData(plan=plan, tables=tables, rows=rows, routes=routes, rounds=rounds)


def _guest_fields() -> list[str]:
    return [f"registration__{name}" for name in GUEST_FIELDS]


def unplanned_count(plan: SeatingPlan) -> int:
    """People the plan would include now but who have no seat (late arrivals): one query."""
    return (
        planned_registrations(forum=plan.forum, source=plan.source)
        .exclude(plan_seats__plan=plan)
        .count()
    )


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int | float
    note: str = ""
    bound: int | None = None  # draws a bar value/bound

    @property
    def percent(self) -> int | None:
        if self.bound is None:
            return None
        return round(100 * self.value / self.bound) if self.bound else 100


def metric_figures(metrics: dict) -> list[Figure]:
    """The metrics panel: what each number means, in the organiser's language."""
    if not metrics or metrics.get("incomplete"):
        return []
    guests = metrics.get("guests", 0)
    figures = [
        Figure(
            "repeats",
            _("Repeated encounters"),
            metrics["repeats"],
            _(
                "Two people sharing a table in a second round count once. At least "
                "%(bound)d are unavoidable with these tables."
            )
            % {"bound": metrics["repeats_lower_bound"]},
        ),
        Figure(
            "max_pair_meetings",
            _("Most rounds two people share"),
            metrics["max_pair_meetings"],
            _("1 means nobody meets anyone twice."),
        ),
        Figure(
            "wished_themes_visited",
            _("Wished themes visited"),
            metrics["wished_themes_visited"],
            _(
                "Summed over all guests; the bar compares with the most any plan can "
                "reach (%(bound)d)."
            )
            % {"bound": metrics["wished_themes_bound"]},
            bound=metrics["wished_themes_bound"],
        ),
        Figure(
            "guests_with_wish",
            _("Guests who visit at least one wished theme"),
            guests - metrics["guests_without_wish"],
            _("%(count)d guests visit none of their wished themes.")
            % {"count": metrics["guests_without_wish"]},
            bound=guests,
        ),
        Figure(
            "language_misses",
            _("Language misses"),
            metrics["language_misses"],
            _(
                "Rounds in which someone who needs a language sits at a table that does "
                "not offer it."
            ),
        ),
    ]
    if metrics.get("table_revisits"):
        figures.append(
            Figure(
                "table_revisits",
                _("Table revisits"),
                metrics["table_revisits"],
                _("Someone sits at the same table in two rounds."),
            )
        )
    if metrics.get("over_capacity"):
        figures.append(
            Figure(
                "over_capacity",
                _("Seats over capacity"),
                metrics["over_capacity"],
                _("Guests beyond a table's seats, summed over tables and rounds."),
            )
        )
    return figures


# --- print cards ----------------------------------------------------------------------------


def print_routes(plan: SeatingPlan, *, registration_id: int | None = None) -> list[Route]:
    """Route cards: every planned guest still planned (or just one), in name order."""
    data = plan_data(plan)
    routes = [route for route in data.routes if route.still_planned]
    if registration_id is not None:
        routes = [r for r in routes if r.registration.pk == registration_id]
    return routes


# --- the guest's own page -------------------------------------------------------------------


@dataclass(frozen=True)
class PersonalRoute:
    plan: SeatingPlan
    stops: list[Stop]

    @property
    def seated(self) -> bool:
        return any(stop.table is not None for stop in self.stops)


def personal_route(registration: Registration) -> PersonalRoute | None:
    """The published route of a confirmed guest (two queries), None before publication or
    for anyone not confirmed. A confirmed guest without seats gets a route with no stops."""
    if registration is None or registration.status != registration.Status.CONFIRMED:
        return None
    plan = (
        SeatingPlan.objects.filter(forum_id=registration.forum_id, is_published=True)
        .prefetch_related(
            Prefetch(
                "seats",
                queryset=Seat.objects.filter(registration_id=registration.pk)
                .select_related("table__theme")
                .order_by("round"),
                to_attr="own_seats",
            )
        )
        .first()
    )
    if plan is None:
        return None
    by_round = {seat.round: seat for seat in plan.own_seats}
    if not by_round:
        return PersonalRoute(plan=plan, stops=[])
    stops = [
        Stop(
            round=r,
            table=by_round[r].table if r in by_round and by_round[r].present else None,
            present=r in by_round and by_round[r].present,
        )
        for r in plan.round_numbers
    ]
    return PersonalRoute(plan=plan, stops=stops)
