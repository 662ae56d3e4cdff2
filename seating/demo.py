"""Demo content of the seating app: a published table plan for the demo World-Café (the
forum on the event "buergerforum-world-cafe", created by forum/demo.py) covering its
confirmed registrations.

Idempotent: an existing plan for exactly the confirmed registrations is left as it is (hand
moves survive); if the confirmed registrations changed, the tables are planned again with
the same seed. The plan is published either way."""

from core.progress import OnProgress
from events.models import EventPage
from forum.public import Forum

from . import services
from .models import SeatingPlan

EVENT_SLUG = "buergerforum-world-cafe"
SEED = 2027
ITERATIONS = 200_000  # the same plan on every machine: the search length, not the clock


def load(*, on_progress: OnProgress | None = None) -> list[str]:
    notes: list[str] = []
    event = EventPage.objects.filter(slug=EVENT_SLUG).order_by("pk").first()
    forum = (
        Forum.objects.filter(event__translation_key=event.translation_key).first()
        if event is not None
        else None
    )
    if forum is None:
        notes.append(f"seating: no forum on an event '{EVENT_SLUG}' (forum demo not loaded)")
        return notes
    wanted = set(
        services.planned_registrations(
            forum=forum, source=SeatingPlan.Source.CONFIRMED
        ).values_list("pk", flat=True)
    )
    plan = SeatingPlan.objects.filter(forum=forum).first()
    seated = set(plan.seats.values_list("registration_id", flat=True)) if plan else set()
    if not wanted:
        notes.append("seating: the demo forum has no confirmed registrations; no plan")
        return notes
    if plan is None or seated != wanted or plan.rounds != forum.rounds:
        plan = services.plan_create(
            forum=forum,
            seed=SEED,
            time_limit=services.MAX_TIME_LIMIT,
            iterations=ITERATIONS,
        )
        metrics = plan.metrics
        notes.append(
            f"seating: planned {metrics.get('guests')} guests at "
            f"{forum.tables.count()} tables in {plan.rounds} rounds "
            f"(repeats {metrics.get('repeats')}, wished themes "
            f"{metrics.get('wished_themes_visited')}/{metrics.get('wished_themes_bound')}, "
            f"language misses {metrics.get('language_misses')}, "
            f"{metrics.get('seconds')} s)"
        )
    else:
        notes.append("seating: the demo plan is up to date")
    if not plan.is_published:
        services.plan_publish(plan=plan)
        notes.append("seating: plan published")
    return notes
