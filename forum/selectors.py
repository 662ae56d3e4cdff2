"""Reads: the forum as a registration sees it (cached), the registrations that belong to an
account, and the organiser dashboard's figures (a fixed number of queries whatever the forum's
size)."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, Count, Q, Sum, Value
from django.db.models.functions import Cast, Concat

from core.cache_versions import current_version
from core.outbox import outbox_rows

from .models import (
    Forum,
    Registration,
    RegistrationQuerySet,
    RegistrationStatus,
    RegistrationWish,
    normalise_email,
)
from .public import MAIL_ABOUT_PREFIX

CONFIG_VERSION = "forum-config"  # raised by forum/signals.py whenever a forum or event changes
CONFIG_SECONDS = 300

CONFIRMED = Q(status=RegistrationStatus.CONFIRMED)
WAITING = Q(status=RegistrationStatus.WAITLISTED)


def forum_for_registration(forum_id: int) -> Forum | None:
    """The live forum with its themes and its event's dates and status, from the shared cache.
    Loading them costs more than the rest of a registration. The seat counter in the copy may
    be old: seats are only ever taken by a guarded UPDATE in the database (services)."""
    key = f"forum:registration:{current_version(CONFIG_VERSION)}:{forum_id}"
    forum = cache.get(key)
    if forum is None:
        forum = (
            Forum.objects.for_registration()
            .prefetch_related("themes")
            .filter(pk=forum_id, event__live=True)
            .first()
        )
        if forum is not None:  # unknown ids are not remembered: anyone can make them up
            cache.set(key, forum, CONFIG_SECONDS)
    return forum


def verified_email_keys(user) -> frozenset[str]:
    """The forum's e-mail keys (`normalise_email`) of the account's verified addresses. An
    account speaks for an address only once it has proved it can read that mailbox: these
    are the only registrations it may join, list and open. Empty for anonymous visitors."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    addresses = EmailAddress.objects.filter(user=user, verified=True).values_list(
        "email", flat=True
    )
    return frozenset(key for key in map(normalise_email, addresses) if key)


def has_verified_address(*, user, email: str) -> bool:
    """Whether `email` is (after the forum's normalisation) a verified address of `user`."""
    key = normalise_email(email)
    return bool(key) and key in verified_email_keys(user)


def registrations_of(user) -> RegistrationQuerySet:
    """What "my registrations" lists: those made with one of the account's verified addresses,
    whoever was signed in when they were made. `Registration.user` alone never lets an
    account in: a row bound before the binding checked the address, or one whose address
    was removed from the account since, is not listed."""
    keys = verified_email_keys(user)
    if not keys:
        return Registration.objects.none()
    return Registration.objects.filter(email_normalised__in=keys).select_related("forum__event")


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


def waitlist_position(registration: Registration) -> int:
    """The registrant's place on the waiting list (1 = next to get a seat), 0 if not waiting.
    One query however long the list is: those queued earlier, ties broken by id (the order in
    which `_fill_from_waitlist` promotes)."""
    if registration.status != RegistrationStatus.WAITLISTED or registration.queued_at is None:
        return 0
    ahead = Registration.objects.filter(
        WAITING,
        Q(queued_at__lt=registration.queued_at)
        | Q(queued_at=registration.queued_at, pk__lt=registration.pk),
        forum_id=registration.forum_id,
    ).count()
    return ahead + 1


def outbox_of(forum: Forum):
    """The outbox's messages to this forum's registrants, newest first (one query: the
    registrations' outbox tags, `public.mail_about`, are a subquery)."""
    tags = (
        Registration.objects.filter(forum_id=forum.pk)
        .annotate(tag=Concat(Value(MAIL_ABOUT_PREFIX), Cast("pk", CharField())))
        .values("tag")
    )
    return outbox_rows(about=tags)


def confirmed_languages(forum: Forum) -> dict[str, int]:
    """How many confirmed people with an address read each language (one query), the
    site's default language first."""
    rows = (
        forum.registrations.confirmed()
        .exclude(email="")
        .values_list("language")
        .annotate(count=Count("pk"))
        .order_by("language")
    )
    counts = dict(rows)
    return dict(sorted(counts.items(), key=lambda item: item[0] != settings.LANGUAGE_CODE))
