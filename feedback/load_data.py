"""Feedback part of `manage.py generate_load_data` (volume for benchmarks, not content):

* `--answers N`: one survey after a past event (default template) with N anonymous answers,
  about a third with a free text, a tenth through the public link. For the results page.
* `--past-events N`: N past events over the last four years in the demo categories; every
  third gets a survey with 5–25 answers. For the participation statistics page.

Answers are inserted in bulk (what a person could have submitted through the form)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from core.progress import OnProgress, tracked
from events.bulk import EventSpec, bulk_create_events
from events.load_data import KINDS, TOPICS, ensure_calendar, ensure_categories
from events.models import EventPage

from . import defaults
from .models import Answer, Moderation, QuestionKind, Response, Survey

CHUNK = 2000
LANGUAGES = [code for code, _name in settings.LANGUAGES]
TEXTS = [
    "Mehr Zeit für die Diskussion an den Tischen.",
    "Bitte die Unterlagen früher verschicken.",
    "Kinderbetreuung wäre hilfreich.",
    "شكرًا، شعرت بأن رأيي مهم.",
    "کاش جلسه عصرها برگزار شود.",
    "Більше інформації заздалегідь, будь ласка.",
    "Çocuk bakımı olsaydı daha kolay katılırdım.",
]


def add_arguments(parser) -> None:
    parser.add_argument(
        "--answers",
        type=int,
        default=0,
        metavar="N",
        help="Add one survey after a past event with N answers.",
    )
    parser.add_argument(
        "--past-events",
        type=int,
        default=0,
        metavar="N",
        help="Add N past events (last four years); every third gets a survey with answers.",
    )


def generate(*, options: dict, on_progress: OnProgress | None = None) -> list[str]:
    notes: list[str] = []
    answers = options.get("answers") or 0
    past = options.get("past_events") or 0
    if answers <= 0 and past <= 0:
        notes.append("nothing requested (--answers N, --past-events N)")
        return notes
    if past > 0:
        events = create_past_events(past, on_progress=on_progress)
        rng = random.Random(past)
        with_survey = events[::3]
        for event in tracked(
            with_survey,
            total=len(with_survey),
            label="surveys on past events",
            on_progress=on_progress,
        ):
            survey = _survey_for(event)
            add_answers(survey, rng.randint(5, 25), rng=rng)
        notes.append(f"{len(events)} past events, {len(with_survey)} with answers")
    if answers > 0:
        events = create_past_events(
            1, on_progress=on_progress, first_number=900000 + answers, days_ago=20
        )
        survey = _survey_for(events[0])
        add_answers(survey, answers, rng=random.Random(answers), on_progress=on_progress)
        notes.append(f"survey {survey.pk}: {answers} answers")
    return notes


def _survey_for(event) -> Survey:
    survey = Survey(
        event=event,
        opens_at=event.start,
        closes_at=event.end + timedelta(days=21),
    )
    survey.save()
    for question in defaults.event_questions():
        question.survey = survey
        question.save()
    return survey


def create_past_events(
    count: int,
    *,
    on_progress: OnProgress | None = None,
    first_number: int = 500000,
    days_ago: int = 0,
):
    """Past events through the events app's bulk helper (German calendar, demo categories)."""
    index = ensure_calendar()
    categories = ensure_categories(index.locale)
    zone = ZoneInfo(settings.TIME_ZONE)
    today = timezone.localdate()
    span = 4 * 365
    specs = []
    for number in range(count):
        day = today - timedelta(days=days_ago or (2 + (number * span) // max(count, 1)))
        start = datetime.combine(day, time(17)).replace(tzinfo=zone)
        slug, kind = KINDS[number % len(KINDS)]
        topic = TOPICS[(number // len(KINDS)) % len(TOPICS)]
        specs.append(
            EventSpec(
                title=f"{kind}: {topic} (vergangen {first_number + number})",
                slug=f"vergangen-{first_number + number}",
                start=start,
                end=start + timedelta(hours=3),
                category_ids=[categories[slug].pk],
                organiser_name="Integrationsbüro",
            )
        )
    bulk_create_events(index, specs, on_progress=on_progress)
    slugs = [spec.slug for spec in specs]
    return list(EventPage.objects.filter(slug__in=slugs).order_by("start"))


def add_answers(
    survey: Survey, count: int, *, rng: random.Random, on_progress: OnProgress | None = None
):
    questions = list(survey.questions.all())
    submitted = timezone.localdate(survey.opens_at)
    numbers = list(range(count))
    chunks = [numbers[i : i + CHUNK] for i in range(0, count, CHUNK)]
    for chunk in tracked(
        chunks, total=len(chunks), label="answers", on_progress=on_progress, every=1
    ):
        responses = Response.objects.bulk_create(
            [
                Response(
                    survey=survey,
                    language=rng.choice(LANGUAGES),
                    via_public_link=rng.random() < 0.1,
                    submitted_on=submitted + timedelta(days=rng.randint(0, 10)),
                )
                for _ in chunk
            ]
        )
        rows = []
        for response in responses:
            for question in questions:
                if question.kind == QuestionKind.SCALE:
                    rows.append(
                        Answer(
                            response=response,
                            question=question,
                            value=rng.choices(range(1, 6), weights=[1, 2, 4, 6, 4])[0],
                        )
                    )
                elif question.kind == QuestionKind.SINGLE:
                    if rng.random() < 0.9:
                        rows.append(
                            Answer(
                                response=response,
                                question=question,
                                choice=rng.choice(question.option_keys),
                            )
                        )
                elif question.kind == QuestionKind.MULTIPLE:
                    for key in rng.sample(question.option_keys, 2):
                        rows.append(Answer(response=response, question=question, choice=key))
                elif rng.random() < 0.33:
                    rows.append(
                        Answer(
                            response=response,
                            question=question,
                            text=rng.choice(TEXTS),
                            moderation=rng.choice(
                                [Moderation.PENDING, Moderation.APPROVED, Moderation.HIDDEN]
                            ),
                        )
                    )
        Answer.objects.bulk_create(rows, batch_size=5000)
