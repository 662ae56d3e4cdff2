"""The table plan of a forum: one current plan per forum, a seat per (registration, round).

Guests, tables and themes belong to the forum app; this app only points at them. The plan
keeps the metrics of its current seats (recomputed after every hand move), who planned and
changed it, whether guests may see it, and which round has started (re-planning never moves
people out of a started round). Of earlier plans only the assignments of the one replaced
last are kept (`previous`), as a small JSON record, so that an organiser can see what a
re-plan changed; no history beyond that."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from forum import public as forum_public


class PlanSource(models.TextChoices):
    CONFIRMED = "confirmed", _("All confirmed registrations")
    CHECKED_IN = "checked_in", _("Only people who have checked in")


class LanguageRule(models.TextChoices):
    """Which language a guest needs at the table (the planner's `Guest.languages`)."""

    INTERPRETATION = "interpretation", _("Only people who asked for interpretation")
    OWN_LANGUAGE = (
        "own_language",
        _("Also people who registered in another language than German"),
    )


class SeatingPlanQuerySet(models.QuerySet):
    def organised_by(self, user) -> "SeatingPlanQuerySet":
        return self.filter(forum__in=forum_public.forums_organised_by(user))


class SeatingPlan(models.Model):
    Source = PlanSource
    LanguageRule = LanguageRule

    forum = models.OneToOneField(
        "forum.Forum", on_delete=models.CASCADE, related_name="seating_plan"
    )
    rounds = models.PositiveSmallIntegerField(_("rounds"))
    source = models.CharField(
        _("planned for"), max_length=12, choices=PlanSource.choices, default=PlanSource.CONFIRMED
    )
    language_rule = models.CharField(
        _("language needs"),
        max_length=16,
        choices=LanguageRule.choices,
        default=LanguageRule.INTERPRETATION,
    )
    seed = models.PositiveIntegerField(_("seed"), default=0)
    current_round = models.PositiveSmallIntegerField(
        _("current round"),
        default=0,
        help_text=_("0: the World Café has not started. Re-planning keeps started rounds."),
    )
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    metrics = models.JSONField(_("metrics"), default=dict, blank=True)
    # Incremented by every write: a re-plan computed from an older state is refused.
    version = models.PositiveIntegerField(default=1)
    planned_at = models.DateTimeField(_("planned"))
    planned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("last changed"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # {"planned_at": ISO time, "assignments": {registration id: [table id or null per round]}}
    previous = models.JSONField(default=dict, blank=True, editable=False)

    objects = SeatingPlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("table plan")
        verbose_name_plural = _("table plans")
        constraints = [
            models.CheckConstraint(
                condition=Q(current_round__lte=models.F("rounds")),
                name="seating_current_round_within_rounds",
            ),
            models.CheckConstraint(condition=Q(rounds__gte=1), name="seating_rounds_positive"),
        ]

    def __str__(self) -> str:
        return str(_("Table plan: %(forum)s") % {"forum": self.forum})

    @property
    def round_numbers(self) -> range:
        return range(1, self.rounds + 1)


class Seat(models.Model):
    """Where one guest sits in one round. `present` is False for a round that had already
    passed when the guest was added by a re-plan (a late arrival): the planner needs a table
    for every round, but the guest was not there; views show no table and the metrics do not
    count that seat."""

    plan = models.ForeignKey(SeatingPlan, on_delete=models.CASCADE, related_name="seats")
    registration = models.ForeignKey(
        "forum.Registration", on_delete=models.CASCADE, related_name="plan_seats"
    )
    round = models.PositiveSmallIntegerField(_("round"))
    table = models.ForeignKey(
        "forum.ForumTable", on_delete=models.CASCADE, related_name="plan_seats"
    )
    present = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("seat")
        verbose_name_plural = _("seats")
        ordering = ["plan", "round", "table", "registration"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "registration", "round"], name="seating_one_seat_per_round"
            ),
            models.CheckConstraint(condition=Q(round__gte=1), name="seating_round_positive"),
        ]
        indexes = [
            models.Index(fields=["plan", "round", "table"], name="seating_seat_table_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.registration_id}@{self.table_id} r{self.round}"
