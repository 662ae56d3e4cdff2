"""Demo content of the forum app: the World-Café citizen forum on the events demo's event
"buergerforum-world-cafe", with four themes in nine languages, twelve tables, the demo
organiser and about forty (fictional) registrations in mixed languages with varied needs.

Idempotent: an existing forum, its themes, tables and registrations are left as they are."""

import random
from datetime import timedelta
from typing import TextIO

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core.progress import progress

from .models import Forum, ForumTable, Registration, RegistrationWish, Theme, normalise_email

EVENT_SLUG = "buergerforum-world-cafe"
ORGANISER_USERNAME = "orga"

THEMES = [
    {
        "de": "Arbeit und Ausbildung",
        "en": "Work and training",
        "ar": "العمل والتدريب المهني",
        "fa": "کار و آموزش حرفه‌ای",
        "tr": "İş ve meslek eğitimi",
        "uk": "Робота і професійне навчання",
        "ru": "Работа и профессиональное обучение",
        "ro": "Muncă și formare profesională",
        "bg": "Работа и професионално обучение",
    },
    {
        "de": "Sprache und Bildung",
        "en": "Language and education",
        "ar": "اللغة والتعليم",
        "fa": "زبان و آموزش",
        "tr": "Dil ve eğitim",
        "uk": "Мова та освіта",
        "ru": "Язык и образование",
        "ro": "Limbă și educație",
        "bg": "Език и образование",
    },
    {
        "de": "Wohnen und Quartier",
        "en": "Housing and neighbourhood",
        "ar": "السكن والحي",
        "fa": "مسکن و محله",
        "tr": "Konut ve mahalle",
        "uk": "Житло та район",
        "ru": "Жильё и район",
        "ro": "Locuință și cartier",
        "bg": "Жилище и квартал",
    },
    {
        "de": "Teilhabe und Engagement",
        "en": "Participation and engagement",
        "ar": "المشاركة والانخراط المجتمعي",
        "fa": "مشارکت و فعالیت اجتماعی",
        "tr": "Katılım ve gönüllü çalışma",
        "uk": "Участь і громадська активність",
        "ru": "Участие и общественная активность",
        "ro": "Participare și implicare",
        "bg": "Участие и гражданска активност",
    },
]

# (host, languages at the table) for the three tables of each theme
TABLES = [
    [
        ("Sabine Krüger", ["de", "en"]),
        ("Yusuf Demir", ["de", "tr"]),
        ("Layla Haddad", ["de", "ar"]),
    ],
    [
        ("Thomas Becker", ["de"]),
        ("Oksana Melnyk", ["de", "uk", "ru"]),
        ("Farid Rahimi", ["de", "fa"]),
    ],
    [
        ("Monika Schulz", ["de", "en"]),
        ("Ahmad Al-Masri", ["de", "ar"]),
        ("Elena Popescu", ["de", "ro"]),
    ],
    [
        ("Jonas Weber", ["de"]),
        ("Iryna Bondarenko", ["de", "uk"]),
        ("Dimitar Petrov", ["de", "bg", "ru"]),
    ],
]

# Fictional people: (name, language of messages)
PEOPLE = [
    ("Amira Haddad", "ar"),
    ("Khaled Nasser", "ar"),
    ("Rania Saleh", "ar"),
    ("Omar Yassin", "ar"),
    ("Nour Al-Hassan", "ar"),
    ("Samir Aziz", "ar"),
    ("Olena Kovalenko", "uk"),
    ("Andrii Shevchuk", "uk"),
    ("Tetiana Hnatiuk", "uk"),
    ("Mykola Bondar", "uk"),
    ("Iryna Savchenko", "uk"),
    ("Zahra Ahmadi", "fa"),
    ("Reza Karimi", "fa"),
    ("Maryam Hosseini", "fa"),
    ("Ali Rezaei", "fa"),
    ("Elif Yılmaz", "tr"),
    ("Mehmet Kaya", "tr"),
    ("Ayşe Demir", "tr"),
    ("Emre Çelik", "tr"),
    ("Natalia Ivanova", "ru"),
    ("Sergei Morozov", "ru"),
    ("Anna Kuznetsova", "ru"),
    ("Ioana Popa", "ro"),
    ("Andrei Ionescu", "ro"),
    ("Maria Dumitrescu", "ro"),
    ("Georgi Dimitrov", "bg"),
    ("Desislava Ivanova", "bg"),
    ("Petar Georgiev", "bg"),
    ("Grace Mensah", "en"),
    ("Daniel Okafor", "en"),
    ("Priya Nair", "en"),
    ("Julia Schmidt", "de"),
    ("Lukas Hoffmann", "de"),
    ("Sarah Wagner", "de"),
    ("Michael Braun", "de"),
    ("Katharina Zimmermann", "de"),
    ("Stefan Richter", "de"),
    ("Hannah Koch", "de"),
    ("Fatma Öztürk", "de"),
    ("Wolfgang Schäfer", "de"),
]


def load(*, out: TextIO) -> None:
    from events.models import EventPage

    event = EventPage.objects.filter(slug=EVENT_SLUG, locale__language_code="de").first()
    if event is None:
        out.write(
            f"  forum: no event with slug '{EVENT_SLUG}' (events demo not loaded); "
            "no forum created\n"
        )
        return
    with transaction.atomic():
        forum = Forum.objects.filter(event__translation_key=event.translation_key).first()
        if forum is None:
            forum = Forum(
                event=event,
                capacity=120,
                rounds=3,
                round_minutes=25,
                registration_opens=timezone.now() - timedelta(days=14),
                registration_closes=event.start - timedelta(days=1),
                waitlist_enabled=True,
                double_opt_in=True,
                reminder_hours=48,
                ask_comments=True,
            )
            forum.save()
            out.write(f"  forum: World-Café forum on '{event.title}'\n")
        organiser = get_user_model().objects.filter(username=ORGANISER_USERNAME).first()
        if organiser is not None:
            forum.organisers.add(organiser)
        themes = _themes(forum)
        _tables(forum, themes)
        _registrations(forum, themes, out)


def _themes(forum: Forum) -> list[Theme]:
    existing = list(forum.themes.all())
    if existing:
        return existing
    return [
        Theme.objects.create(
            forum=forum,
            name=names["de"],
            name_translations={code: name for code, name in names.items() if code != "de"},
            sort_order=position,
        )
        for position, names in enumerate(THEMES)
    ]


def _tables(forum: Forum, themes: list[Theme]) -> None:
    if forum.tables.exists():
        return
    number = 0
    for theme, tables in zip(themes, TABLES, strict=False):
        for host, languages in tables:
            number += 1
            ForumTable.objects.create(
                forum=forum,
                theme=theme,
                name=f"Tisch {number}",
                host=host,
                seats=9,
                languages=languages,
                sort_order=number,
            )


def _registrations(forum: Forum, themes: list[Theme], out: TextIO) -> None:
    if forum.registrations.exists():
        return
    chance = random.Random(2027)  # the same demo every time
    now = timezone.now()
    confirmed = 0
    for index, (name, language) in progress(
        list(enumerate(PEOPLE)), total=len(PEOPLE), label="forum registrations", out=out, every=10
    ):
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
            sign_language=index == 34,
            step_free=chance.random() < 0.12,
            childcare=childcare,
            children=chance.randint(1, 3) if childcare else 0,
            comments="Ich komme mit meiner Nachbarin." if index == 31 else "",
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
    out.write(f"  forum: {len(PEOPLE)} registrations, {confirmed} confirmed\n")


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
