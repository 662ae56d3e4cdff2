"""Reads for the organiser dashboard: a fixed number of queries whatever the forum's size."""

from django.db.models import Count, Q, Sum

from .models import Forum, Registration, RegistrationStatus, RegistrationWish

CONFIRMED = Q(status=RegistrationStatus.CONFIRMED)
WAITING = Q(status=RegistrationStatus.WAITLISTED)


def forum_figures(forum: Forum) -> dict:
    """Status counts and needs, confirmed and waiting apart: one query."""
    both = {}
    for label, condition in (("confirmed", CONFIRMED), ("waiting", WAITING)):
        both.update(
            {
                f"sign_language_{label}": Count("pk", filter=condition & Q(sign_language=True)),
                f"step_free_{label}": Count("pk", filter=condition & Q(step_free=True)),
                f"childcare_{label}": Count("pk", filter=condition & Q(childcare=True)),
                f"children_{label}": Sum("children", filter=condition & Q(childcare=True)),
                f"interpretation_{label}": Count(
                    "pk", filter=condition & ~Q(interpretation_language="")
                ),
            }
        )
    figures = Registration.objects.filter(forum=forum).aggregate(
        confirmed=Count("pk", filter=CONFIRMED),
        waiting=Count("pk", filter=WAITING),
        pending=Count("pk", filter=Q(status=RegistrationStatus.PENDING)),
        cancelled=Count("pk", filter=Q(status=RegistrationStatus.CANCELLED)),
        expired=Count("pk", filter=Q(status=RegistrationStatus.EXPIRED)),
        checked_in=Count("pk", filter=CONFIRMED & Q(checked_in_at__isnull=False)),
        walk_ins=Count("pk", filter=CONFIRMED & Q(source="walk_in")),
        **both,
    )
    return {key: value or 0 for key, value in figures.items()}


def interpretation_counts(forum: Forum) -> list[dict]:
    """How many need interpretation into which language: one query."""
    rows = (
        Registration.objects.filter(forum=forum)
        .exclude(interpretation_language="")
        .values("interpretation_language")
        .annotate(confirmed=Count("pk", filter=CONFIRMED), waiting=Count("pk", filter=WAITING))
        .filter(Q(confirmed__gt=0) | Q(waiting__gt=0))
        .order_by("-confirmed", "interpretation_language")
    )
    return list(rows)


def theme_wish_counts(forum: Forum) -> list[dict]:
    """Per theme: first choices and all mentions among confirmed, mentions among waiting.
    Two queries (themes, counts)."""
    counts = {
        row["theme_id"]: row
        for row in RegistrationWish.objects.filter(registration__forum=forum)
        .values("theme_id")
        .annotate(
            first=Count("pk", filter=Q(rank=1, registration__status="confirmed")),
            confirmed=Count("pk", filter=Q(registration__status="confirmed")),
            waiting=Count("pk", filter=Q(registration__status="waitlisted")),
        )
        .order_by()
    }
    empty = {"first": 0, "confirmed": 0, "waiting": 0}
    return [{"theme": theme, **counts.get(theme.pk, empty)} for theme in forum.themes.all()]
