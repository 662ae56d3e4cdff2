"""The feedback demo loader on the small test tree (not the whole demo)."""

import io

import pytest

from feedback import demo
from feedback.models import Answer, Moderation, Response, Survey

pytestmark = pytest.mark.django_db


def test_demo_builds_surveys_with_answers_and_is_idempotent(site_tree):
    out = io.StringIO()
    out.write("\n".join(demo.load()))
    event_surveys = Survey.objects.for_events()
    assert event_surveys.count() == 3
    assert Survey.objects.yearly().count() == 2
    assert event_surveys.published().count() >= 1
    assert Survey.objects.yearly().published().count() == 2
    published = event_surveys.published().get()
    assert published.responses.count() >= 5
    texts = Answer.objects.filter(question__survey=published).exclude(text="")
    assert texts.filter(moderation=Moderation.APPROVED).exists()
    assert texts.filter(moderation=Moderation.HIDDEN).exists()
    languages = set(Response.objects.values_list("language", flat=True))
    assert {"de", "ar", "fa"} <= languages
    for question in published.questions.all():
        assert len(question.text) == 9
    counts = (Survey.objects.count(), Response.objects.count(), Answer.objects.count())
    demo.load()
    assert (Survey.objects.count(), Response.objects.count(), Answer.objects.count()) == counts
    assert "yearly survey" in out.getvalue()
