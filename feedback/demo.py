"""Demo content of the feedback app: three past events (two citizen forums, a workshop, in all
nine languages) with surveys and realistic answers in many languages (one with published
results), and the yearly satisfaction survey of the last two years, published, so the
statistics page compares them.

Attendance comes from the forum demo when it has forums for past events; answers are
created here directly (no personal data involved). Idempotent: surveys that already have
answers are left alone."""

import random
from datetime import datetime, time, timedelta
from typing import TextIO

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from core.page_cache import invalidate_page_cache
from core.progress import progress
from events.models import EventCategory, EventIndexPage, EventPage
from portal.models import HomePage

from . import services
from .models import Answer, Moderation, QuestionKind, Response, Survey

SEED = 2026
LANGUAGE_WEIGHTS = {
    "de": 45,
    "ar": 15,
    "fa": 10,
    "uk": 10,
    "tr": 8,
    "ru": 5,
    "en": 3,
    "ro": 2,
    "bg": 2,
}

# Past events this demo adds when the calendar has too few of its own.
DEMO_EVENTS = [
    {
        "slug": "buergerforum-wohnen-nachbarschaft",
        "days_ago": 38,
        "category": "buergerforum",
        "title": {
            "de": "Bürgerforum: Wohnen und Nachbarschaft",
            "en": "Citizens' forum: housing and neighbourhood",
            "ar": "منتدى المواطنين: السكن والجوار",
            "fa": "مجمع شهروندی: مسکن و همسایگی",
            "tr": "Vatandaş forumu: Konut ve komşuluk",
            "uk": "Громадський форум: житло та сусідство",
            "ru": "Гражданский форум: жильё и соседство",
            "ro": "Forumul cetățenilor: locuință și vecinătate",
            "bg": "Граждански форум: жилища и съседство",
        },
        "answers": 27,
        "satisfaction": [1, 2, 5, 11, 8],
    },
    {
        "slug": "fachwerkstatt-sprache-bildung",
        "days_ago": 24,
        "category": "fachwerkstatt",
        "title": {
            "de": "Fachwerkstatt: Sprache und Bildung",
            "en": "Expert workshop: language and education",
            "ar": "ورشة عمل متخصصة: اللغة والتعليم",
            "fa": "کارگاه تخصصی: زبان و آموزش",
            "tr": "Uzman atölyesi: Dil ve eğitim",
            "uk": "Фахова майстерня: мова та освіта",
            "ru": "Экспертный семинар: язык и образование",
            "ro": "Atelier de specialitate: limbă și educație",
            "bg": "Експертен семинар: език и образование",
        },
        "answers": 14,
        "satisfaction": [0, 1, 3, 6, 4],
    },
    {
        "slug": "buergerforum-arbeit-ausbildung",
        "days_ago": 9,
        "category": "buergerforum",
        "title": {
            "de": "Bürgerforum: Arbeit und Ausbildung",
            "en": "Citizens' forum: work and vocational training",
            "ar": "منتدى المواطنين: العمل والتدريب المهني",
            "fa": "مجمع شهروندی: کار و آموزش حرفه‌ای",
            "tr": "Vatandaş forumu: İş ve mesleki eğitim",
            "uk": "Громадський форум: робота та професійне навчання",
            "ru": "Гражданский форум: работа и профессиональное обучение",
            "ro": "Forumul cetățenilor: muncă și formare profesională",
            "bg": "Граждански форум: работа и професионално обучение",
        },
        "answers": 18,
        "satisfaction": [1, 1, 4, 8, 5],
    },
]

EVENT_TEXTS = {
    "de": [
        "Mehr Zeit für die Diskussion an den Tischen.",
        "Die Unterlagen bitte ein paar Tage früher verschicken.",
        "Kinderbetreuung wäre toll, dann kann ich öfter kommen.",
        "Sehr gute Moderation, vielen Dank!",
        "Der Raum war zu laut, man hat sich an den Tischen schlecht verstanden.",
        "Bitte auch abends oder am Wochenende anbieten.",
    ],
    "en": [
        "Please send the documents a few days earlier.",
        "More time for questions at the end would help.",
    ],
    "ar": [
        "نحتاج إلى مترجم للغة العربية على كل طاولة.",
        "شكرًا، شعرت بأن رأيي مهم.",
    ],
    "fa": [
        "کاش جلسه عصرها برگزار شود تا شاغلان هم بتوانند بیایند.",
        "ترجمه فارسی خیلی کمک کرد، ممنون.",
    ],
    "tr": [
        "Çocuk bakımı olsaydı daha kolay katılırdım.",
        "Masalarda daha fazla zaman olmalı.",
    ],
    "uk": [
        "Дякую! Було б добре мати перекладача українською на кожному столі.",
        "Більше інформації заздалегідь, будь ласка.",
    ],
    "ru": ["Хотелось бы получить материалы заранее.", "Очень полезная встреча, спасибо."],
    "ro": ["Mi-ar plăcea ca întâlnirea să fie seara.", "Mulțumesc pentru traducere!"],
    "bg": ["Повече време за въпроси, моля.", "Добра организация, благодаря."],
}
# Names a person: the kind of text organisers hide.
TEXT_TO_HIDE = "Herr M. vom Sozialamt war unfreundlich zu mir, das muss Konsequenzen haben."

YEARLY_TEXTS = {
    "de": [
        "Mehr Informationen in einfacher Sprache.",
        "Beteiligung auch online ermöglichen.",
        "Die Termine früher bekannt geben.",
    ],
    "ar": ["المزيد من المعلومات بلغتي على موقع المدينة."],
    "fa": ["اطلاع‌رسانی در شبکه‌های اجتماعی بیشتر شود."],
    "tr": ["Danışma merkezlerinde daha fazla bilgi verilmeli."],
    "uk": ["Більше заходів у вихідні дні."],
    "ru": ["Больше встреч в районах, а не только в ратуше."],
    "en": ["Invite people personally, not only by poster."],
    "ro": ["Mai multe informații în limba română."],
    "bg": ["Повече информация на български език."],
}
# Satisfaction with the chances to take part, by year: a little better each year.
YEARLY_PROFILE = {0: ([9, 18, 34, 27, 12], 118), 1: ([6, 14, 31, 36, 17], 142)}


def load(*, out: TextIO) -> None:
    rng = random.Random(SEED)
    events = _past_events(out)
    for index, (event, spec) in enumerate(
        progress(events, total=len(events), label="surveys after events", out=out, every=1)
    ):
        survey = Survey.objects.filter(event=event).first() or services.survey_create_for_event(
            event=event
        )
        if not survey.responses.exists():
            _answer_event_survey(survey, rng, spec)
        if index == 0 and not survey.is_published:
            services.results_publish(survey=survey)
    for survey in _yearly_surveys(out):
        if not survey.is_published:
            services.results_publish(survey=survey)
    invalidate_page_cache()


# --- events ---------------------------------------------------------------------------------


def _past_events(out: TextIO) -> list[tuple[EventPage, dict]]:
    """The demo's own past citizen forums and workshop (the calendar's other past events,
    such as a steering-group meeting, get no survey)."""
    events = [_demo_event(spec) for spec in DEMO_EVENTS]
    out.write(f"  {len(events)} past events with feedback\n")
    return list(zip(events, DEMO_EVENTS, strict=True))


def _calendar() -> EventIndexPage:
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=locale, depth=2)
    calendar = EventIndexPage.objects.child_of(home).first()
    if calendar is None:
        calendar = home.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
        calendar.save_revision().publish()
    return calendar


def _demo_event(spec: dict) -> EventPage:
    event = EventPage.objects.filter(slug=spec["slug"]).first()
    if event is None:
        calendar = _calendar()
        day = timezone.localdate() - timedelta(days=spec["days_ago"])
        start = timezone.make_aware(datetime.combine(day, time(17, 30)))
        event = calendar.add_child(
            instance=EventPage(
                title=spec["title"]["de"],
                slug=spec["slug"],
                start=start,
                end=start + timedelta(hours=3),
                organiser_name="Integrationsbüro der Stadt",
                organiser_email="integration@example.org",
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
                language=_weighted(rng, LANGUAGE_WEIGHTS),
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


def _answer_event_survey(survey: Survey, rng: random.Random, spec: dict) -> None:
    free_texts = _create_responses(
        survey,
        rng=rng,
        count=spec["answers"],
        satisfaction=spec["satisfaction"],
        texts=EVENT_TEXTS,
        text_share=0.45,
        public_share=0.15,
        days=6,
    )
    _moderate(free_texts, rng, hide_one=spec is DEMO_EVENTS[0], survey=survey)


def _moderate(free_texts, rng: random.Random, *, hide_one: bool, survey: Survey) -> None:
    """Organisers have read most texts: approve the helpful ones, hide one naming a person."""
    approved = [a.pk for a in free_texts if rng.random() < 0.6]
    Answer.objects.filter(pk__in=approved).update(moderation=Moderation.APPROVED)
    if hide_one and free_texts:
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
                    text=TEXT_TO_HIDE,
                    moderation=Moderation.HIDDEN,
                ),
            ]
        )


def _yearly_surveys(out: TextIO) -> list[Survey]:
    """The last two completed yearly surveys (mid-September to mid-November)."""
    today = timezone.localdate()
    last = today.year if today >= today.replace(month=11, day=16) else today.year - 1
    surveys = []
    for offset, year in enumerate((last - 1, last)):
        survey = Survey.objects.filter(year=year).first()
        if survey is None:
            opens = timezone.make_aware(datetime(year, 9, 15, 8, 0))
            survey = services.yearly_survey_create(
                year=year, opens_at=opens, closes_at=timezone.make_aware(datetime(year, 11, 16))
            )
        if not survey.responses.exists():
            satisfaction, count = YEARLY_PROFILE[offset]
            rng = random.Random(SEED + year)
            free_texts = _create_responses(
                survey,
                rng=rng,
                count=count,
                satisfaction=satisfaction,
                texts=YEARLY_TEXTS,
                text_share=0.3,
                public_share=1.0,
                days=60,
            )
            _moderate(free_texts, rng, hide_one=False, survey=survey)
        surveys.append(survey)
        out.write(f"  yearly survey {year}: {survey.responses.count()} answers\n")
    return surveys
