"""Small builders for feedback tests: past events, surveys, answers, fake attendees."""

import itertools
import random
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from events.models import EventIndexPage, EventPage
from feedback import services
from feedback.models import Question, QuestionKind, Response, Survey
from forum.public import Attendee, Participation
from tests.events import factories as events_factories
from tests.portal_tree import _translate

_counter = itertools.count(1)


def calendar(home) -> EventIndexPage:
    existing = EventIndexPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    return home.add_child(instance=EventIndexPage(title="Termine", slug="termine"))


def make_event(
    home,
    *,
    title="Bürgerforum Wohnen",
    days_ago=3,
    hours=3,
    translations=(),
    categories=(),
    **fields,
) -> EventPage:
    """A past event (`days_ago`) in the calendar below `home`."""
    start = timezone.now() - timedelta(days=days_ago)
    event = events_factories.make_event(
        calendar(home),
        title=title,
        slug=f"veranstaltung-{next(_counter)}",
        start=start,
        end=start + timedelta(hours=hours),
        categories=categories,
        organiser_email="orga@example.org",
        **fields,
    )
    for code in translations:
        translate_event(event, code, title=f"{title} ({code})")
    return event


def translate_event(event, code, *, title):
    locale = Locale.objects.get(language_code=code)
    index = event.get_parent().specific
    if index.get_translation_or_none(locale) is None:
        _translate(index, locale, title=f"Calendar {code}")
    return _translate(event, locale, title=title)


def make_survey(event, **kwargs) -> Survey:
    return services.survey_create_for_event(event=event, **kwargs)


def questions(survey) -> dict[str, Question]:
    return {q.key or str(q.pk): q for q in survey.questions.all()}


def add_answers(survey, count, *, seed=1, language="de", via_public_link=False, texts=()):
    """`count` plausible responses straight through the service (validated like the form)."""
    rng = random.Random(seed)
    by_key = questions(survey)
    when = min(timezone.now(), survey.closes_at - timedelta(seconds=1))
    for index in range(count):
        answers = {}
        for question in by_key.values():
            if question.kind == QuestionKind.SCALE:
                answers[question.pk] = rng.randint(1, question.scale_max)
            elif question.kind == QuestionKind.SINGLE:
                answers[question.pk] = rng.choice(question.option_keys)
            elif question.kind == QuestionKind.MULTIPLE:
                answers[question.pk] = rng.sample(question.option_keys, 2)
            elif texts:
                answers[question.pk] = texts[index % len(texts)]
        services.response_submit(
            survey=survey,
            answers=answers,
            language=language,
            via_public_link=via_public_link,
            now=when,
        )
    return Response.objects.filter(survey=survey)


def survey_form_data(survey, **changes):
    """POST data of the survey editor as Wagtail renders it."""
    from feedback.fields import OptionsWidget
    from feedback.translations import LANGUAGE_CODES

    data = {
        "event": survey.event_id or "",
        "year": survey.year or "",
        "opens_at": survey.opens_at.strftime("%Y-%m-%d %H:%M") if survey.opens_at else "",
        "closes_at": survey.closes_at.strftime("%Y-%m-%d %H:%M"),
        "public_link_enabled": "on",
    }
    for name in ("title", "intro"):
        for code in LANGUAGE_CODES:
            data[f"{name}_{code}"] = getattr(survey, name).get(code, "")
    items = list(survey.questions.all())
    data.update(
        {
            "questions-TOTAL_FORMS": len(items),
            "questions-INITIAL_FORMS": len(items),
            "questions-MIN_NUM_FORMS": 0,
            "questions-MAX_NUM_FORMS": 1000,
        }
    )
    for index, question in enumerate(items):
        prefix = f"questions-{index}-"
        data[prefix + "id"] = question.pk
        data[prefix + "ORDER"] = index + 1
        data[prefix + "DELETE"] = ""
        data[prefix + "kind"] = question.kind
        data[prefix + "key"] = question.key
        if question.required:
            data[prefix + "required"] = "on"
        data[prefix + "scale_max"] = question.scale_max
        for field in ("text", "help_text", "scale_low_label", "scale_high_label"):
            for code in LANGUAGE_CODES:
                data[f"{prefix}{field}_{code}"] = getattr(question, field).get(code, "")
        for code, lines in zip(LANGUAGE_CODES, OptionsWidget().decompress(question.options)):
            data[f"{prefix}options_{code}"] = lines
    for key, value in changes.items():
        data[key] = value
    return data


def attendee(registration_id, *, language="de", name=None, email=None, checked_in=True):
    return Attendee(
        registration_id=registration_id,
        name=name or f"Person {registration_id}",
        email=email if email is not None else f"person{registration_id}@example.org",
        language=language,
        checked_in=checked_in,
    )


def fake_forum(monkeypatch, *, attendees=None, participation=None):
    """Stand in for forum.public where a test needs exact figures. `participation` maps an
    event page id to its Participation (counted as German) or to {language: Participation}."""
    from forum import public

    cells = {
        event_id: value if isinstance(value, dict) else {"de": value}
        for event_id, value in (participation or {}).items()
    }

    def by_event(event_ids=None):
        result = {}
        for event_id, languages in cells.items():
            if event_ids is None or event_id in set(event_ids):
                values = list(languages.values())
                result[event_id] = Participation(
                    sum(v.registered for v in values),
                    sum(v.confirmed for v in values),
                    sum(v.attended for v in values),
                )
        return result

    monkeypatch.setattr(public, "attendees_for_event", lambda event: list(attendees or []))
    monkeypatch.setattr(public, "participation_by_event", by_event)
    monkeypatch.setattr(
        public,
        "participation_by_event_and_language",
        lambda event_ids: {k: dict(v) for k, v in cells.items() if k in set(event_ids)},
    )


__all__ = [
    "Participation",
    "make_event",
    "make_survey",
    "add_answers",
    "attendee",
    "fake_forum",
    "survey_form_data",
]
