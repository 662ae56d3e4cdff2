"""Aggregated results: organisers' numbers, the public section on the event page, the yearly
comparison."""

from datetime import timedelta

import pytest
from django.utils import timezone

from feedback import services
from feedback.models import Answer
from feedback.selectors.results import aggregate_answers, survey_results, yearly_comparison
from tests.feedback.factories import add_answers, make_event, make_survey, questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(site_tree):
    return make_event(site_tree["home"]["de"], translations=("fa",))


@pytest.fixture
def survey(event):
    return make_survey(event)


def _submit(survey, **answers):
    by_key = questions(survey)
    return services.response_submit(
        survey=survey, answers={by_key[k].pk: v for k, v in answers.items()}, language="de"
    )


def test_totals_and_mean(survey):
    for value, heard in [(5, "o1"), (4, "o1"), (2, "o3"), (5, "o2")]:
        _submit(survey, satisfaction=value, heard=heard)
    results = survey_results(survey, language="de", public=False)
    by_key = {r.question.key: r for r in results.questions}
    assert results.total == 4
    assert by_key["satisfaction"].mean == pytest.approx(4.0)
    assert [o.count for o in by_key["satisfaction"].options] == [0, 1, 0, 1, 2]
    assert [(o.key, o.count, o.percent) for o in by_key["heard"].options] == [
        ("o1", 2, 50.0),
        ("o2", 1, 25.0),
        ("o3", 1, 25.0),
    ]
    assert by_key["language_support"].answered == 0


def test_multiple_choice_counts_per_option_not_per_combination():
    now = timezone.now()
    survey = services.yearly_survey_create(
        year=2025, opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=1)
    )
    for choice in (["o1", "o2"], ["o1"], ["o2", "o3"]):
        _submit(survey, satisfaction=3, channels=choice)
    channels = questions(survey)["channels"]
    aggregates = aggregate_answers([channels])
    assert aggregates.answered[channels.pk] == 3
    assert dict(aggregates.counts[channels.pk]) == {"o1": 2, "o2": 2, "o3": 1}
    result = next(
        r for r in survey_results(survey, language="en", public=False).questions if r.is_multiple
    )
    # Several answers possible: each share on its own (67 + 67 + 33 need not add up to 100).
    assert [o.percent for o in result.options][:3] == [67, 67, 33]


def test_public_results_hide_breakdown_below_five(survey):
    add_answers(survey, 4, texts=["gut"])
    public = survey_results(survey, language="de", public=True)
    assert public.too_few and public.total == 4 and public.questions == []
    add_answers(survey, 1, seed=9, texts=["super"])
    public = survey_results(survey, language="de", public=True)
    assert not public.too_few
    by_key = {r.question.key: r for r in public.questions}
    assert not by_key["satisfaction"].too_few and by_key["satisfaction"].chart
    assert by_key["improve"].texts == []  # nothing approved yet


def test_public_results_show_only_approved_texts(survey):
    add_answers(survey, 6, texts=["Mehr Pausen bitte", "Herr X war unfreundlich"])
    first = Answer.objects.filter(text="Mehr Pausen bitte").first()
    services.answer_moderate(answer=first, status="approved")
    hidden = Answer.objects.filter(text="Herr X war unfreundlich").first()
    services.answer_moderate(answer=hidden, status="hidden")
    public = survey_results(survey, language="de", public=True)
    texts = [t.text for r in public.questions for t in r.texts]
    assert texts == ["Mehr Pausen bitte"]


def test_event_page_shows_published_results_in_its_language(client, survey, event):
    add_answers(survey, 6, texts=["Mehr Pausen bitte"])
    services.answer_moderate(answer=Answer.objects.exclude(text="").first(), status="approved")
    page = client.get(event.url)
    assert page.status_code == 200
    assert "feedback-results" not in page.content.decode()  # not yet published
    services.results_publish(survey=survey)
    page = client.get(event.url)
    html = page.content.decode()
    assert 'class="feedback-results"' in html
    assert "Mehr Pausen bitte" in html
    assert 'role="img"' in html
    persian = event.get_translations().get(locale__language_code="fa").specific
    fa_html = client.get(persian.url).content.decode()
    assert "به طور کلی چقدر از این رویداد راضی هستید؟" in fa_html
    assert 'direction="rtl"' in fa_html


def test_event_page_query_count_does_not_grow(client, survey, event, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add_answers(survey, 6, texts=["a"])
    services.results_publish(survey=survey)
    with CaptureQueriesContext(connection) as small:
        client.get(event.url)
    add_answers(survey, 150, texts=["b", "c"], seed=5)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(event.url).status_code == 200


def test_yearly_comparison_by_question_key(site_tree):
    now = timezone.now()
    surveys = {}
    for year, offset in ((2024, 400), (2025, 30)):
        surveys[year] = services.yearly_survey_create(
            year=year,
            opens_at=now - timedelta(days=offset),
            closes_at=now + timedelta(days=5),
        )
    for _ in range(5):
        _submit(surveys[2024], satisfaction=2, heard="o3")
        _submit(surveys[2025], satisfaction=4, heard="o1")
    comparison = yearly_comparison(language="de", public=False)
    assert comparison.years == [2024, 2025]
    satisfaction = next(k for k in comparison.keys if k.key == "satisfaction")
    assert [p.mean for p in satisfaction.points] == [2.0, 4.0]
    heard = next(k for k in comparison.keys if k.key == "heard")
    assert [p.percents["o1"] for p in heard.points] == [0.0, 100.0]
    assert "improve" not in [k.key for k in comparison.keys]
    assert yearly_comparison(language="de", public=True).years == []
    services.results_publish(survey=surveys[2025])
    assert yearly_comparison(language="de", public=True).years == [2025]
