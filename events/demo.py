"""Demo calendar, read from events/demo/events.yaml: a "Veranstaltungen" section under every
home page, five translated categories, five venues with accessibility details, and 34 events
(30 coming, 4 past) in all nine languages, among them a weekly language café, a quarterly
steering group, a cancelled forum and the World-Café that the forum demo opens registration
for.

Dates are relative to the day the demo is loaded, and believable on any day: single events on
working days, series without holidays, the steering group in step with the minutes demo, all
venues in the one town of portal/demo/site.yaml. Idempotent: existing pages and snippets
(found by slug or by their fixed translation key) are left as they are."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from core.demo_data import (
    MONDAY_TO_FRIDAY,
    DemoDataError,
    check_translations,
    first_on_or_after,
    is_holiday,
    latest_weekday,
    nearest_day,
    read_demo_file,
    weekday_number,
)
from core.progress import OnProgress, tracked
from portal.models import HomePage

from .models import (
    EventAudience,
    EventCategory,
    EventExcludedDate,
    EventIndexPage,
    EventLanguage,
    EventPage,
    Venue,
)
from .recurrence import expand

NAMESPACE = uuid.UUID("6f1d3c1e-7a2b-4d7e-9a55-0c3e5b2f9d10")
BERLIN = ZoneInfo(settings.TIME_ZONE)
SOURCE = "events/demo/events.yaml"


def calendar_data() -> dict:
    data = read_demo_file("events", "events")
    check_translations(data, source=SOURCE)
    data["town"] = read_demo_file("portal", "site")["town"]
    for event in data["events"]:
        for key, table in (("category", "categories"), ("venue", "venues")):
            if event[key] not in data[table]:
                raise DemoDataError(f"{SOURCE}: {event['slug']}: unknown {key} {event[key]!r}")
        if ("day" in event) == ("next_meeting" in event):
            raise DemoDataError(f"{SOURCE}: {event['slug']}: give either `day` or `next_meeting`")
        if event.get("languages", "forum") not in data["language_sets"]:
            raise DemoDataError(
                f"{SOURCE}: {event['slug']}: unknown language set {event['languages']!r}"
            )
    return data


def load(*, on_progress: OnProgress | None = None) -> list[str]:
    """Build or update the calendars; returns what the command should tell the operator."""
    notes: list[str] = []
    data = calendar_data()
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    home = HomePage.objects.filter(locale=locales["de"], depth=2).first()
    if home is None:
        notes.append("no German home page: run the portal demo first; calendar skipped")
        return notes
    homes = {code: home.get_translation_or_none(locale) for code, locale in locales.items()}
    missing = [code for code, page in homes.items() if page is None]
    if missing:
        notes.append(f"no home page in {', '.join(missing)}: those calendars are skipped")
    languages = [code for code in locales if homes.get(code) is not None]
    indexes = _calendars(data, home, locales, languages)
    categories = _categories(data, locales)
    venues = _venues(data, locales)
    today = timezone.localdate()
    events = data["events"]
    for spec in tracked(
        events, total=len(events), label="events", on_progress=on_progress, every=5
    ):
        _event(
            data,
            spec,
            today=today,
            indexes=indexes,
            categories=categories,
            venues=venues,
            locales=locales,
            languages=languages,
        )
    return notes


def _calendars(data, home, locales, languages) -> dict[str, EventIndexPage]:
    texts = data["calendar"]
    source = EventIndexPage.objects.child_of(home).first()
    if source is None:
        source = home.add_child(
            instance=EventIndexPage(
                title=texts["title"]["de"],
                intro=texts["intro"]["de"],
                slug=texts["slug"],
                show_in_menus=True,
            )
        )
        source.save_revision().publish()
    result = {"de": source}
    for code in languages:
        if code == "de":
            continue
        existing = source.get_translation_or_none(locales[code])
        if existing is None:
            copy = source.copy_for_translation(locales[code]).specific
            copy.title, copy.intro = texts["title"][code], texts["intro"][code]
            copy.show_in_menus = True
            copy.save_revision().publish()
            existing = copy
        result[code] = existing.specific
    return result


def _snippet_translations(model, key: uuid.UUID, locales, new_source, texts) -> dict:
    """The snippet with translation key `key` in every locale, created where missing:
    `new_source` is the unsaved German original, `texts[code]` the fields of each language."""
    found = {item.locale_id: item for item in model.objects.filter(translation_key=key)}
    source = found.get(locales["de"].pk)
    if source is None:
        source = new_source
        source.translation_key = key
        source.locale = locales["de"]
        source.save()
    result = {"de": source}
    for code in locales:
        if code == "de":
            continue
        item = found.get(locales[code].pk)
        if item is None:
            item = source.copy_for_translation(locales[code])
            for name, value in texts[code].items():
                setattr(item, name, value)
            item.save()
        result[code] = item
    return result


def _categories(data, locales) -> dict[str, dict[str, EventCategory]]:
    result = {}
    for slug, names in data["categories"].items():
        existing = EventCategory.objects.filter(slug=slug, locale=locales["de"]).first()
        result[slug] = _snippet_translations(
            EventCategory,
            existing.translation_key if existing else uuid.uuid5(NAMESPACE, f"category-{slug}"),
            locales,
            existing or EventCategory(slug=slug, name=names["de"]),
            {code: {"name": name} for code, name in names.items()},
        )
    return result


def venue_key(slug: str) -> uuid.UUID:
    """The translation key of the demo venue `slug` (the same in every demo database)."""
    return uuid.uuid5(NAMESPACE, f"venue-{slug}")


def _venues(data, locales) -> dict[str, dict[str, Venue]]:
    town = data["town"]
    result = {}
    for slug, venue in data["venues"].items():
        fields = {k: v for k, v in venue.items() if k != "notes"}
        fields.update(postal_code=town["postal_code"], city=town["name"])
        result[slug] = _snippet_translations(
            Venue,
            venue_key(slug),
            locales,
            Venue(accessibility_notes=venue["notes"]["de"], **fields),
            {code: {"accessibility_notes": notes} for code, notes in venue["notes"].items()},
        )
    return result


def _texts(data, key, code: str) -> tuple[str, str]:
    """Title and summary: an event's own (`special`), or a format filled with a topic."""
    if isinstance(key, dict):
        texts = data["formats"][key["format"]]
        name = data["topics"][key["topic"]][code]
        return texts["title"][code].format(topic=name), texts["summary"][code].format(topic=name)
    texts = data["special"][key]
    return texts["title"][code], texts["summary"][code]


def _body(data, code: str) -> str:
    return json.dumps([{"type": "paragraph", "value": f"<p>{data['practical'][code]}</p>"}])


def first_day(spec: dict, today: date) -> date:
    """The day an event (a series: its first occurrence) takes place, see the data file."""
    if "next_meeting" in spec:
        rule = spec["next_meeting"]
        last = latest_weekday(
            today, weekday_number(rule["last_met"]), at_least_days_ago=rule["at_least_days_ago"]
        )
        day = last + timedelta(weeks=rule["weeks_later"])
        while is_holiday(day):
            day += timedelta(weeks=1)
        return day
    day = today + timedelta(days=spec["day"])
    if spec.get("repeat"):
        if "weekday" in spec:
            day = first_on_or_after(day, weekday_number(spec["weekday"]))
        while is_holiday(day):
            day += timedelta(weeks=1)
        return day
    weekdays = [weekday_number(w) for w in spec.get("weekdays", MONDAY_TO_FRIDAY)]
    days = 2 if spec["hours"] > 24 else 1
    return nearest_day(day, weekdays=weekdays, days=days)


def _excluded(page: EventPage) -> list[date]:
    """Occurrences of a series on holidays, and of a weekly one between Christmas Eve and New
    Year's Day."""
    days = []
    for occurrence in expand(
        start=page.start,
        end=page.end,
        time_zone=page.time_zone,
        all_day=page.all_day,
        repeat=page.repeat,
        interval=page.repeat_interval,
        until=page.repeat_until,
    ):
        day = occurrence.start.date()
        between_the_years = (day.month == 12 and day.day >= 24) or (day.month, day.day) == (1, 1)
        if is_holiday(day) or (page.repeat == "weekly" and between_the_years):
            days.append(day)
    return days


def _event(data, spec, *, today, indexes, categories, venues, locales, languages) -> None:
    slug, key, category, venue = spec["slug"], spec["texts"], spec["category"], spec["venue"]
    index = indexes["de"]
    source = EventPage.objects.child_of(index).filter(slug=slug).first()
    if source is None:
        day = first_day(spec, today)
        start = datetime.combine(day, time.fromisoformat(spec["time"])).replace(tzinfo=BERLIN)
        title, summary = _texts(data, key, "de")
        organiser = data["organiser"]
        page = EventPage(
            title=title,
            slug=slug,
            summary=summary,
            body=_body(data, "de"),
            start=start,
            end=start + timedelta(hours=spec["hours"]),
            all_day=bool(spec.get("all_day")),
            venue=venues[venue]["de"],
            online_url=spec.get("online_url", ""),
            registration_url=spec.get("registration_url", ""),
            cost=data["conference_cost"]["de"] if spec.get("cost") else "",
            organiser_name=organiser["name"],
            organiser_email=organiser["email"],
            organiser_phone=organiser["phone"],
        )
        if spec.get("cancelled"):
            page.status = "cancelled"
            page.status_reason = data["cancel_reason"]["de"]
        if spec.get("repeat"):
            page.repeat = spec["repeat"]
            page.repeat_interval = spec.get("interval", 1)
            page.repeat_until = day + timedelta(days=spec["until_days"])
            page.excluded_dates = [EventExcludedDate(date=d) for d in _excluded(page)]
        page.categories = [categories[category]["de"]]
        audiences = spec.get("audiences") or ["newcomers", "families"]
        page.event_audiences = [EventAudience(audience=a) for a in audiences]
        language_set = data["language_sets"][spec.get("languages", "forum")]
        spoken, interpreted = language_set["languages"], language_set["interpreted"]
        page.event_languages = [EventLanguage(language=c) for c in spoken] + [
            EventLanguage(language=c, interpreted=True) for c in interpreted if c not in spoken
        ]
        source = index.add_child(instance=page)
        source.save_revision().publish()
        source = EventPage.objects.get(pk=source.pk)
    for code in languages:
        if code == "de" or source.get_translation_or_none(locales[code]) is not None:
            continue
        copy = source.copy_for_translation(locales[code]).specific
        copy.title, copy.summary = _texts(data, key, code)
        copy.body = _body(data, code)
        copy.categories = [categories[category][code]]
        copy.venue = venues[venue][code]
        if copy.status == "cancelled":
            copy.status_reason = data["cancel_reason"][code]
        if copy.cost:
            copy.cost = data["conference_cost"][code]
        copy.save_revision().publish()
