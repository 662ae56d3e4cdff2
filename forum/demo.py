"""Demo content of the forum app, read from forum/demo/forums.yaml: the World-Café citizen
forum on the events demo's event "buergerforum-world-cafe", with four themes in nine
languages, twelve tables, the demo organiser and about forty (fictional) registrations in
mixed languages with varied needs.

Idempotent: an existing forum, its themes, tables and registrations are left as they are."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core.demo_data import check_translations, read_demo_file
from core.progress import OnProgress, tracked
from events.models import EventPage

from .models import Forum, ForumTable, Registration, RegistrationWish, Theme, normalise_email


def forum_data() -> dict:
    data = read_demo_file("forum", "forums")
    check_translations(data, source="forum/demo/forums.yaml")
    return data


def __getattr__(name: str):
    """`EVENT_SLUG` and `THEMES` (names per language), for the load-data generator and tests."""
    if name == "EVENT_SLUG":
        return forum_data()["event"]
    if name == "THEMES":
        return [theme["name"] for theme in forum_data()["themes"]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(*, on_progress: OnProgress | None = None) -> list[str]:
    notes: list[str] = []
    data = forum_data()
    slug, config = data["event"], data["forum"]
    event = EventPage.objects.filter(slug=slug, locale__language_code="de").first()
    if event is None:
        notes.append(
            f"forum: no event with slug '{slug}' (events demo not loaded); no forum created"
        )
        return notes
    with transaction.atomic():
        forum = Forum.objects.filter(event__translation_key=event.translation_key).first()
        if forum is None:
            forum = Forum(
                event=event,
                capacity=config["capacity"],
                rounds=config["rounds"],
                round_minutes=config["round_minutes"],
                registration_opens=timezone.now()
                - timedelta(days=config["registration_opened_days_ago"]),
                registration_closes=event.start - timedelta(days=1),
                waitlist_enabled=True,
                double_opt_in=True,
                reminder_hours=config["reminder_hours"],
                ask_comments=True,
            )
            forum.save()
            notes.append(f"forum: World-Café forum on '{event.title}'")
        organiser = get_user_model().objects.filter(username=data["organiser"]).first()
        if organiser is not None:
            forum.organisers.add(organiser)
        themes = _themes(forum, data["themes"])
        _tables(forum, themes, data["themes"], seats=config["seats_per_table"])
        notes += _registrations(forum, themes, data["people"], on_progress)
    return notes


def _themes(forum: Forum, specs: list[dict]) -> list[Theme]:
    existing = list(forum.themes.all())
    if existing:
        return existing
    return [
        Theme.objects.create(
            forum=forum,
            name=spec["name"]["de"],
            name_translations={code: name for code, name in spec["name"].items() if code != "de"},
            sort_order=position,
        )
        for position, spec in enumerate(specs)
    ]


def _tables(forum: Forum, themes: list[Theme], specs: list[dict], *, seats: int) -> None:
    if forum.tables.exists():
        return
    number = 0
    for theme, spec in zip(themes, specs, strict=False):
        for table in spec["tables"]:
            number += 1
            ForumTable.objects.create(
                forum=forum,
                theme=theme,
                name=f"Tisch {number}",
                host=table["host"],
                seats=seats,
                languages=table["languages"],
                sort_order=number,
            )


def _registrations(
    forum: Forum, themes: list[Theme], people: list[dict], on_progress: OnProgress | None
) -> list[str]:
    if forum.registrations.exists():
        return []
    chance = random.Random(2027)  # the same demo every time
    now = timezone.now()
    confirmed = 0
    for index, person in tracked(
        list(enumerate(people)),
        total=len(people),
        label="forum registrations",
        on_progress=on_progress,
        every=10,
    ):
        name, language = person["name"], person["language"]
        status = Registration.Status.CONFIRMED
        if index % 13 == 5:
            status = Registration.Status.PENDING
        elif index % 17 == 3:
            status = Registration.Status.CANCELLED
        created = now - timedelta(days=chance.randint(0, 12), minutes=chance.randint(0, 1400))
        if status == Registration.Status.PENDING:
            created = now - timedelta(hours=chance.randint(1, 20))
        interpretation = ""
        if language not in ("de", "en") and chance.random() < 0.6:
            interpretation = language
        childcare = chance.random() < 0.2
        email = "{}@example.org".format(
            ".".join(part.lower() for part in name.split()).translate(_ASCII)
        )
        registration = Registration(
            forum=forum,
            status=status,
            name=name,
            email=email,
            email_normalised=normalise_email(email),
            phone=f"+49 2999 {1000 + index * 37}" if chance.random() < 0.5 else "",
            language=language,
            interpretation_language=interpretation,
            sign_language=bool(person.get("sign_language")),
            step_free=chance.random() < 0.12,
            childcare=childcare,
            children=chance.randint(1, 3) if childcare else 0,
            comments=person.get("comment", ""),
            consent_at=created,
            created_at=created,
            confirmed_at=created + timedelta(minutes=7)
            if status == Registration.Status.CONFIRMED
            else None,
            cancelled_at=now - timedelta(days=1)
            if status == Registration.Status.CANCELLED
            else None,
            cancel_reason="self" if status == Registration.Status.CANCELLED else "",
        )
        registration.save()
        confirmed += status == Registration.Status.CONFIRMED
        wished = chance.sample(themes, k=chance.randint(1, 3))
        RegistrationWish.objects.bulk_create(
            RegistrationWish(registration=registration, theme=theme, rank=rank)
            for rank, theme in enumerate(wished, start=1)
        )
    # The seat counter follows the rows created here (a guarded update, like every seat).
    Forum.objects.filter(pk=forum.pk, seats_taken__lte=F("capacity") - confirmed).update(
        seats_taken=F("seats_taken") + confirmed
    )
    return [f"forum: {len(people)} registrations, {confirmed} confirmed"]


_ASCII = str.maketrans(
    {
        "ı": "i",
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ö": "oe",
        "ü": "ue",
        "ä": "ae",
        "ß": "ss",
        "Ö": "oe",
        "Ç": "c",
        "-": "",
    }
)
