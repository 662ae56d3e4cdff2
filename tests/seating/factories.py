"""Builders for table-plan tests: a forum with themed tables and confirmed guests with wishes.

Built on the forum's own test builders (tests/forum/factories.py)."""

import itertools

from django.db.models import F
from django.utils import timezone

from forum.models import Forum, ForumTable, Registration, RegistrationWish, Theme
from tests.forum.factories import make_event, make_user  # noqa: F401 (re-exported)

_counter = itertools.count(1)

THEMES = (
    "Wohnen und Quartier",
    "Sprache und Bildung",
    "Arbeit und Ausbildung",
    "Gesundheit",
    "Begegnung und Ehrenamt",
)


def make_plan_forum(
    *,
    tables=5,
    seats=8,
    rounds=3,
    themes=THEMES,
    organisers=(),
    languages=(("de", "ar"), ("de",), ("de", "uk"), ("de", "fa"), ("de", "tr")),
    event=None,
    parent=None,
) -> Forum:
    """A forum with `tables` tables (theme i % len(themes)), `seats` guest seats each."""
    event = event or make_event(parent=parent)
    forum = Forum(event=event, capacity=tables * seats + 50, rounds=rounds, double_opt_in=False)
    forum.save()
    theme_rows = [
        Theme.objects.create(
            forum=forum,
            name=name,
            sort_order=i,
            name_translations={"ar": f"{name} (ar)", "en": f"{name} (en)"},
        )
        for i, name in enumerate(themes)
    ]
    for i in range(tables):
        ForumTable.objects.create(
            forum=forum,
            name=f"Tisch {i + 1}",
            theme=theme_rows[i % len(theme_rows)],
            host=f"Gastgeberin {i + 1}",
            seats=seats,
            languages=list(languages[i % len(languages)]),
            sort_order=i,
        )
    if organisers:
        forum.organisers.add(*organisers)
    return Forum.objects.select_related("event").get(pk=forum.pk)


def add_guests(
    forum: Forum,
    count: int,
    *,
    status=Registration.Status.CONFIRMED,
    checked_in=False,
    language="de",
    interpretation="",
    wishes=2,
) -> list[Registration]:
    """Confirmed guests (straight into the tables), each wishing `wishes` themes."""
    now = timezone.now()
    start = next(_counter) * 10_000
    rows = [
        Registration(
            forum=forum,
            status=status,
            name=f"Gast {start + i}",
            email=f"gast{start + i}@example.org",
            email_normalised=f"gast{start + i}@example.org",
            language=language,
            interpretation_language=interpretation,
            created_at=now,
            confirmed_at=now if status == Registration.Status.CONFIRMED else None,
            checked_in_at=now if checked_in else None,
        )
        for i in range(count)
    ]
    Registration.objects.bulk_create(rows)
    rows = list(
        Registration.objects.filter(
            forum=forum, email_normalised__in=[r.email_normalised for r in rows]
        ).order_by("pk")
    )
    themes = list(forum.themes.order_by("sort_order"))
    wish_rows = []
    for i, registration in enumerate(rows):
        for rank in range(min(wishes, len(themes))):
            wish_rows.append(
                RegistrationWish(
                    registration=registration,
                    theme=themes[(i + rank) % len(themes)],
                    rank=rank + 1,
                )
            )
    RegistrationWish.objects.bulk_create(wish_rows)
    if status == Registration.Status.CONFIRMED:
        Forum.objects.filter(pk=forum.pk).update(seats_taken=F("seats_taken") + count)
    return rows
