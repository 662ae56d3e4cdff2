"""Events part of `manage.py generate_load_data`: `--events N` adds N live events to the German
calendar, spread from a month ago over the next two years, in the demo's categories and venues
(created if missing), with audiences, languages, a few weekly series and a few cancellations.
Works on an empty, freshly migrated database too (it creates a home page and the calendar)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from core.progress import OnProgress
from portal.home import ensure_source_home

from .bulk import EventSpec, bulk_create_events
from .models import Audience, EventCategory, EventIndexPage, Venue

SPREAD_DAYS = 760
TOPICS = [
    "Wohnen",
    "Arbeit und Ausbildung",
    "Schule und Kita",
    "Gesundheit",
    "Sprache",
    "Sport und Vereine",
    "Kultur",
    "Nachbarschaft",
    "Ehrenamt",
    "Mobilität",
]
KINDS = [
    ("buergerforum", "Bürgerforum"),
    ("fachwerkstatt", "Fachwerkstatt"),
    ("sprachcafe", "Sprachcafé"),
    ("lenkungsgruppe", "Lenkungsgruppe"),
    ("konferenz", "Konferenz"),
]
LANGUAGE_SETS = [["de"], ["de", "ar"], ["de", "tr"], ["de", "uk", "ru"], ["de", "fa", "prs"]]


def add_arguments(parser) -> None:
    parser.add_argument(
        "--events", type=int, default=0, metavar="N", help="Add N events to the calendar."
    )
    parser.add_argument(
        "--events-seed", type=int, default=7, help="Random seed for the events (default 7)."
    )


def generate(*, options: dict, on_progress: OnProgress | None = None) -> list[str]:
    notes: list[str] = []
    count = options.get("events") or 0
    if count <= 0:
        notes.append("no events requested (--events N)")
        return notes
    index = ensure_calendar()
    categories = ensure_categories(index.locale)
    venues = ensure_venues(index.locale)
    specs = event_specs(
        count, categories, venues, seed=options.get("events_seed", 7), first_number=index.numchild
    )
    created = bulk_create_events(index, specs, on_progress=on_progress)
    notes.append(f"{created} events under {index.url_path}")
    return notes


def ensure_calendar() -> EventIndexPage:
    """The German calendar, creating the home page it hangs on when the database is empty."""
    home = ensure_source_home()
    locale = home.locale
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=EventIndexPage(
                title="Veranstaltungen", slug="veranstaltungen", show_in_menus=True, locale=locale
            )
        )
    return index


def ensure_categories(locale: Locale) -> dict[str, EventCategory]:
    found = {c.slug: c for c in EventCategory.objects.filter(locale=locale)}
    for slug, name in KINDS:
        if slug not in found:
            found[slug] = EventCategory.objects.create(slug=slug, name=name, locale=locale)
    return found


def ensure_venues(locale: Locale) -> list[Venue]:
    venues = list(Venue.objects.filter(locale=locale)[:10])
    if not venues:
        venues = [
            Venue.objects.create(
                name=f"Begegnungsstätte {number}",
                street=f"Hauptstraße {number}",
                postal_code="44135",
                city="Ruhrbrück",
                step_free=number % 2 == 0,
                hearing_loop=number % 3 == 0,
                locale=locale,
            )
            for number in range(1, 6)
        ]
    return venues


def event_specs(count: int, categories: dict, venues: list, *, seed: int, first_number: int = 0):
    rng = random.Random(seed)  # deterministic: the same data on every machine
    zone = ZoneInfo(settings.TIME_ZONE)
    today = timezone.localdate()
    first_day = today - timedelta(days=30)
    audiences = [choice.value for choice in Audience]
    for number in range(count):
        day = first_day + timedelta(days=(number * SPREAD_DAYS) // max(count, 1))
        hour = rng.choice([9, 10, 14, 16, 17, 18, 19])
        start = datetime.combine(day, time(hour)).replace(tzinfo=zone)
        slug, kind = KINDS[number % len(KINDS)]
        topic = TOPICS[(number // len(KINDS)) % len(TOPICS)]
        repeat = {}
        if number % 50 == 7:  # a few weekly series of two months
            repeat = {"repeat": "weekly", "repeat_until": day + timedelta(days=56)}
        status = "cancelled" if number % 40 == 13 else "scheduled"
        yield EventSpec(
            title=f"{kind}: {topic} ({first_number + number + 1})",
            slug=f"last-{first_number + number + 1}",
            summary=f"{kind} zum Thema {topic}. Alle sind willkommen.",
            start=start,
            end=start + timedelta(hours=rng.choice([1, 2, 2, 3])),
            venue_id=rng.choice(venues).pk,
            category_ids=[categories[slug].pk],
            audiences=rng.sample(audiences, k=rng.randint(1, 2)),
            languages=rng.choice(LANGUAGE_SETS),
            status=status,
            status_reason="Raum nicht verfügbar." if status == "cancelled" else "",
            organiser_name="Integrationsbüro",
            **repeat,
        )
