"""Whatever a client posts to the survey form, the answer is a page in the respondent's
language (a stored response or an explanation), never a server error, and nothing invalid
is stored."""

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.models import Answer, Response
from tests.feedback.factories import make_event, make_survey, questions

pytestmark = pytest.mark.django_db

values = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["1", "5", "6", "0", "-1", "o1", "o3", "o9", "", " ", "x" * 2100]),
    st.lists(st.sampled_from(["o1", "o2", "o7", "", "1"]), max_size=4),
)


@pytest.fixture
def survey(site_tree):
    return make_survey(make_event(site_tree["home"]["de"]))


@override_settings(FEEDBACK_PUBLIC_RATE_LIMIT=10_000)
def test_any_post_is_answered_politely(client, survey):
    by_key = questions(survey)
    url = f"/fa/feedback/s/{survey.public_key}/"

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.dictionaries(st.sampled_from(list(by_key)), values, max_size=5))
    def check(posted):
        data = {}
        for key, value in posted.items():
            if value is not None:
                data[f"q{by_key[key].pk}"] = value
        client.cookies.clear()
        before = Response.objects.count()
        response = client.post(url, data)
        assert response.status_code in (302, 400), response.status_code
        if response.status_code == 400:
            assert Response.objects.count() == before
            assert 'class="error-summary"' in response.content.decode()
        for answer in Answer.objects.select_related("question"):
            question = answer.question
            if question.kind == "scale":
                assert 1 <= answer.value <= question.scale_max
            elif question.is_choice:
                assert answer.choice in question.option_keys
            else:
                assert 0 < len(answer.text) <= 2000

    check()
