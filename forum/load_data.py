"""Forum part of `manage.py generate_load_data`: `--registrations N` adds one World-Café forum
with N registrations (90 % of them confirmed, the rest on the waiting list, in the nine
languages, with theme wishes and needs) on a new event in the German calendar. Used by
bench/bench_forum.py for the dashboard at 5,000 registrations."""

from __future__ import annotations

import random
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.progress import OnProgress, tracked
from events.load_data import ensure_calendar
from events.models import EventIndexPage, EventPage

from .demo import THEMES
from .models import Forum, ForumTable, Registration, RegistrationWish, Theme

CHUNK = 1000
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def add_arguments(parser) -> None:
    parser.add_argument(
        "--registrations",
        type=int,
        default=0,
        metavar="N",
        help="Add a forum with N registrations.",
    )
    parser.add_argument(
        "--forum-capacity",
        type=int,
        default=None,
        metavar="SEATS",
        help="Seats of that forum (default: 90%% of the registrations).",
    )
    parser.add_argument(
        "--forum-organiser",
        default="orga",
        metavar="USERNAME",
        help="Make this user an organiser of the forum (default: orga, if it exists).",
    )


def _calendar():
    index = EventIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if index is not None:
        return index
    return ensure_calendar()


def generate(*, options: dict, on_progress: OnProgress | None = None) -> list[str]:
    notes: list[str] = []
    count = options.get("registrations") or 0
    if count <= 0:
        notes.append("no registrations requested (--registrations N)")
        return notes
    index = _calendar()
    if index is None:
        notes.append("no calendar to put the forum's event in; nothing created")
        return notes
    forum = create_forum(
        index=index,
        count=count,
        capacity=options.get("forum_capacity") or max(1, count * 9 // 10),
        organiser=options.get("forum_organiser") or "",
        on_progress=on_progress,
    )
    notes.append(f"forum {forum.pk}: {count} registrations, {forum.seats_taken} confirmed")
    return notes


def create_forum(
    *, index, count: int, capacity: int, organiser: str, on_progress: OnProgress | None = None
) -> Forum:
    chance = random.Random(count)
    start = (timezone.now() + timedelta(days=30)).replace(minute=0, second=0, microsecond=0)
    event = index.add_child(
        instance=EventPage(
            title=f"Lastforum mit {count} Anmeldungen",
            slug=f"lastforum-{count}-{timezone.now():%Y%m%d%H%M%S}",
            start=start,
            end=start + timedelta(hours=4),
        )
    )
    event.save_revision().publish()
    forum = Forum(event=event, capacity=max(capacity, 1), rounds=3, round_minutes=20)
    forum.save()
    user = get_user_model().objects.filter(username=organiser).first() if organiser else None
    if user is not None:
        forum.organisers.add(user)
    themes = [
        Theme.objects.create(
            forum=forum,
            name=names["de"],
            name_translations={k: v for k, v in names.items() if k != "de"},
            sort_order=i,
        )
        for i, names in enumerate(THEMES)
    ]
    ForumTable.objects.bulk_create(
        ForumTable(forum=forum, theme=themes[n % 4], name=f"Tisch {n + 1}", seats=10, sort_order=n)
        for n in range(12)
    )
    confirmed_seats = min(count, forum.capacity)
    now = timezone.now()
    numbers = list(range(count))
    chunks = [numbers[i : i + CHUNK] for i in range(0, count, CHUNK)]
    for chunk in tracked(
        chunks, total=len(chunks), label="registrations", on_progress=on_progress, every=1
    ):
        rows = []
        for number in chunk:
            language = LANGUAGES[number % len(LANGUAGES)]
            status = (
                Registration.Status.CONFIRMED
                if number < confirmed_seats
                else Registration.Status.WAITLISTED
            )
            childcare = chance.random() < 0.12
            moment = now - timedelta(seconds=count - number)
            email = f"last{forum.pk}-{number}@example.org"
            rows.append(
                Registration(
                    forum=forum,
                    status=status,
                    name=f"Teilnehmende {number}",
                    email=email,
                    email_normalised=email,
                    phone=f"+49 2999 {100000 + number}" if number % 3 == 0 else "",
                    language=language,
                    interpretation_language=language
                    if language not in ("de", "en") and chance.random() < 0.4
                    else "",
                    sign_language=chance.random() < 0.01,
                    step_free=chance.random() < 0.08,
                    childcare=childcare,
                    children=chance.randint(1, 3) if childcare else 0,
                    consent_at=moment,
                    created_at=moment,
                    confirmed_at=moment if status == Registration.Status.CONFIRMED else None,
                    queued_at=moment if status == Registration.Status.WAITLISTED else None,
                )
            )
        created = Registration.objects.bulk_create(rows)
        wishes = []
        for registration in created:
            for rank, theme in enumerate(chance.sample(themes, k=chance.randint(0, 3)), 1):
                wishes.append(RegistrationWish(registration=registration, theme=theme, rank=rank))
        RegistrationWish.objects.bulk_create(wishes)
    Forum.objects.filter(pk=forum.pk).update(seats_taken=confirmed_seats)
    forum.refresh_from_db()
    return forum
