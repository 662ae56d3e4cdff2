"""Demo content of the feedback app, read from feedback/demo/surveys.yaml: three past events
(two citizen forums, a workshop, in all nine languages) with surveys and realistic answers in
many languages (one with published results), and the yearly satisfaction survey of the last
two years, published, so the statistics page compares them.

Attendance comes from the forum demo when it has forums for past events; answers are
created here directly (no personal data involved). Idempotent: surveys that already have
answers are left alone."""

import random
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from core.demo_data import check_translations, nearest_day, read_demo_file
from core.page_cache import invalidate_page_cache
from core.progress import OnProgress, tracked
from events import demo as calendar_demo
from events.models import EventCategory, EventIndexPage, EventPage, Venue
from portal.models import HomePage

from . import services
from .models import Answer, Moderation, QuestionKind, Response, Survey

SEED = 2026
SOURCE = "feedback/demo/surveys.yaml"


def feedback_data() -> dict:
    data = read_demo_file("feedback", "surveys")
    for event in data["events"]:
        check_translations(event["title"], source=f"{SOURCE}: {event['slug']}")
    return data


def load(*, on_progress: OnProgress | None = None) -> list[str]:
    notes: list[str] = []
    data = feedback_data()
    rng = random.Random(SEED)
    events = _past_events(data)
    notes.append(f"{len(events)} past events with feedback")
    for index, (event, spec) in enumerate(
        tracked(
            events,
            total=len(events),
            label="surveys after events",
            on_progress=on_progress,
            every=1,
        )
    ):
        survey = Survey.objects.filter(event=event).first() or services.survey_create_for_event(
            event=event
        )
        if not survey.responses.exists():
            _answer_event_survey(data, survey, rng, spec, hide_one=index == 0)
        if index == 0 and not survey.is_published:
            services.results_publish(survey=survey)
    for survey in _yearly_surveys(data):
        notes.append(f"yearly survey {survey.year}: {survey.responses.count()} answers")
        if not survey.is_published:
            services.results_publish(survey=survey)
    invalidate_page_cache()
    return notes


# --- events ---------------------------------------------------------------------------------


def _past_events(data: dict) -> list[tuple[EventPage, dict]]:
    """Two past citizen forums and a workshop: the calendar demo's own where it has them (its
    other past events, such as a steering-group meeting, get no survey), else this demo's."""
    specs = data["events"]
    organiser = calendar_demo.calendar_data()["organiser"]
    events = [_past_event(spec, organiser) for spec in specs]
    return list(zip(events, specs, strict=True))


def _calendar() -> EventIndexPage:
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=locale, depth=2)
    calendar = EventIndexPage.objects.child_of(home).first()
    if calendar is None:
        calendar = home.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
        calendar.save_revision().publish()
    return calendar


def _past_event(spec: dict, organiser: dict) -> EventPage:
    german = {"locale__language_code": settings.LANGUAGE_CODE}
    own = EventPage.objects.filter(slug=spec["slug"], **german).first()
    if own is not None:  # added by an earlier run: keep its survey
        return _demo_event(spec, organiser, own)
    calendar_event = EventPage.objects.filter(slug=spec["calendar_event"], **german).first()
    return calendar_event or _demo_event(spec, organiser, None)


def _venue(slug: str, locale) -> Venue | None:
    """The calendar demo's venue in `locale` (none when the calendar demo is not loaded)."""
    return Venue.objects.filter(
        translation_key=calendar_demo.venue_key(slug), locale=locale
    ).first()


def _demo_event(spec: dict, organiser: dict, event: EventPage | None) -> EventPage:
    if event is None:
        calendar = _calendar()
        day = nearest_day(timezone.localdate() - timedelta(days=spec["days_ago"]))
        start = timezone.make_aware(datetime.combine(day, time(17, 30)))
        event = calendar.add_child(
            instance=EventPage(
                title=spec["title"]["de"],
                slug=spec["slug"],
                start=start,
                end=start + timedelta(hours=3),
                venue=_venue(spec["venue"], calendar.locale),
                organiser_name=organiser["name"],
                organiser_email=organiser["email"],
                organiser_phone=organiser["phone"],
                live=False,
            )
        )
        category = EventCategory.objects.filter(slug=spec["category"], locale=event.locale).first()
        if category is not None:
            event.categories.set([category])
        event.save_revision().publish()
        event = EventPage.objects.get(pk=event.pk)
    for code, _name in settings.LANGUAGES:
        locale = Locale.objects.filter(language_code=code).first()
        if code == settings.LANGUAGE_CODE or locale is None:
            continue
        if event.get_translation_or_none(locale) is not None:
            continue
        with transaction.atomic():
            copy = event.copy_for_translation(locale, copy_parents=True).specific
            copy.title = spec["title"][code]
            copy.venue = _venue(spec["venue"], locale)
            copy.save_revision().publish()
            calendar_copy = copy.get_parent().specific
            if not calendar_copy.live:
                calendar_copy.save_revision().publish()
    return event


# --- answers --------------------------------------------------------------------------------


def _weighted(rng: random.Random, weights: dict | list):
    if isinstance(weights, dict):
        return rng.choices(list(weights), weights=list(weights.values()))[0]
    return rng.choices(range(1, len(weights) + 1), weights=weights)[0]


def _answers_for(question, rng: random.Random, satisfaction: int) -> list[Answer]:
    """Plausible answers that agree with the person's overall satisfaction."""
    if question.kind == QuestionKind.SCALE:
        return [Answer(question=question, value=satisfaction)]
    if question.kind == QuestionKind.SINGLE:
        keys = question.option_keys
        happy = satisfaction >= 4
        if question.key == "language_support" and rng.random() < 0.35:
            return [Answer(question=question, choice=keys[-1])]  # did not need any
        if rng.random() < 0.12:
            return []  # optional, skipped
        weights = [6, 3, 1] if happy else [2, 4, 3]
        weights = (weights + [1] * len(keys))[: len(keys)]
        return [Answer(question=question, choice=rng.choices(keys, weights=weights)[0])]
    if question.kind == QuestionKind.MULTIPLE:
        count = rng.choice([1, 1, 2, 2, 3])
        weights = [5, 4, 6, 3, 4][: len(question.option_keys)]
        chosen = set()
        while len(chosen) < min(count, len(question.option_keys)):
            chosen.add(rng.choices(question.option_keys, weights=weights)[0])
        return [Answer(question=question, choice=key) for key in sorted(chosen)]
    return []


def _create_responses(
    survey: Survey,
    *,
    rng: random.Random,
    count: int,
    satisfaction: list[int],
    weights: dict[str, int],
    texts: dict[str, list[str]],
    text_share: float,
    public_share: float,
    days: int,
) -> list[Answer]:
    questions = list(survey.questions.all())
    start = timezone.localdate(survey.opens_at or timezone.now())
    end = min(timezone.localdate(), timezone.localdate(survey.closes_at))
    span = max((end - start).days, 0)
    responses = Response.objects.bulk_create(
        [
            Response(
                survey=survey,
                language=_weighted(rng, weights),
                via_public_link=rng.random() < public_share,
                submitted_on=start + timedelta(days=min(rng.randint(0, days), span)),
            )
            for _ in range(count)
        ]
    )
    rows: list[Answer] = []
    free_texts: list[Answer] = []
    for response in responses:
        value = _weighted(rng, satisfaction)
        own: list[Answer] = []
        for question in questions:
            if question.kind == QuestionKind.TEXT:
                pool = texts.get(response.language) or texts["de"]
                if rng.random() < text_share:
                    answer = Answer(question=question, text=rng.choice(pool))
                    free_texts.append(answer)
                    own.append(answer)
                continue
            own.extend(_answers_for(question, rng, value))
        for answer in own:
            answer.response = response
        rows.extend(own)
    Answer.objects.bulk_create(rows)
    return free_texts


def _answer_event_survey(
    data: dict, survey: Survey, rng: random.Random, spec: dict, *, hide_one: bool
) -> None:
    free_texts = _create_responses(
        survey,
        rng=rng,
        count=spec["answers"],
        satisfaction=spec["satisfaction"],
        weights=data["language_weights"],
        texts=data["event_texts"],
        text_share=0.45,
        public_share=0.15,
        days=6,
    )
    hidden = data["text_to_hide"] if hide_one else ""
    _moderate(free_texts, rng, hidden_text=hidden, survey=survey)


def _moderate(free_texts, rng: random.Random, *, hidden_text: str, survey: Survey) -> None:
    """Organisers have read most texts: approve the helpful ones, and add `hidden_text` (one
    naming a person), hidden, when given."""
    approved = [a.pk for a in free_texts if rng.random() < 0.6]
    Answer.objects.filter(pk__in=approved).update(moderation=Moderation.APPROVED)
    if hidden_text and free_texts:
        question = free_texts[0].question
        response = Response.objects.create(
            survey=survey,
            language="de",
            submitted_on=timezone.localdate(survey.opens_at or timezone.now()),
        )
        satisfaction = next(q for q in survey.questions.all() if q.kind == QuestionKind.SCALE)
        Answer.objects.bulk_create(
            [
                Answer(response=response, question=satisfaction, value=1),
                Answer(
                    response=response,
                    question=question,
                    text=hidden_text,
                    moderation=Moderation.HIDDEN,
                ),
            ]
        )


def _yearly_surveys(data: dict) -> list[Survey]:
    """The last two completed yearly surveys (mid-September to mid-November)."""
    today = timezone.localdate()
    last = today.year if today >= today.replace(month=11, day=16) else today.year - 1
    surveys = []
    for profile in sorted(data["yearly"], key=lambda p: -p["years_ago"]):
        year = last - profile["years_ago"]
        survey = Survey.objects.filter(year=year).first()
        if survey is None:
            opens = timezone.make_aware(datetime(year, 9, 15, 8, 0))
            survey = services.yearly_survey_create(
                year=year, opens_at=opens, closes_at=timezone.make_aware(datetime(year, 11, 16))
            )
        if not survey.responses.exists():
            rng = random.Random(SEED + year)
            free_texts = _create_responses(
                survey,
                rng=rng,
                count=profile["answers"],
                satisfaction=profile["satisfaction"],
                weights=data["language_weights"],
                texts=data["yearly_texts"],
                text_share=0.3,
                public_share=1.0,
                days=60,
            )
            _moderate(free_texts, rng, hidden_text="", survey=survey)
        surveys.append(survey)
    return surveys
