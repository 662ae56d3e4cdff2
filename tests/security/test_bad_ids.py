"""Ids from URLs and forms: only ASCII digits that fit the database count. "²" passes
str.isdigit() and breaks int(); "٣" passes and becomes 3. Organiser forms are checked here,
the public ones by the fuzzing in test_fuzz.py."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.params import parse_id, search_text
from feedback.models import Answer
from forum import services
from forum.models import Registration
from tests.feedback.factories import add_answers, make_event, make_survey
from tests.forum.factories import make_forum, make_user

BAD = ["", " ", "abc", "²", "٣", "1.5", "-1", "1e3", "9" * 19, "\x00", "12\x00"]


@pytest.mark.parametrize("text", BAD)
def test_parse_id_refuses_what_is_not_an_id(text):
    assert parse_id(text) is None


@pytest.mark.parametrize(
    ("text", "number"), [("0", 0), ("42", 42), (" 7 ", 7), ("9" * 18, 10**18 - 1)]
)
def test_parse_id_reads_ascii_digits(text, number):
    assert parse_id(text) == number


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["abc", "²", "٣", "9" * 30])
def test_check_in_desk_answers_404_for_a_bad_registration_id(client, text):
    organiser = make_user(organiser=True)
    forum = make_forum(organisers=[organiser])
    person = services.registration_create(
        forum=forum, name="Amal", email="amal@example.org", language="ar", notify=False
    )
    client.force_login(organiser)

    response = client.post(
        reverse("forum:check_in", args=[forum.pk]), {"registration": text}, HTTP_HOST="testserver"
    )

    assert response.status_code == 404
    assert Registration.objects.get(pk=person.pk).checked_in_at is None  # "٣" is not 3


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["²", "٣", "9" * 30])
def test_dashboard_search_with_unusual_digits(client, query):
    organiser = make_user(organiser=True)
    forum = make_forum(organisers=[organiser])
    client.force_login(organiser)
    response = client.get(reverse("forum_dashboard", args=[forum.pk]), {"q": query})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["abc", "²", "٣", "9" * 30])
def test_moderation_answers_404_for_a_bad_answer_id(client, site_tree, text):
    survey = make_survey(make_event(site_tree["home"]["de"]))
    add_answers(survey, 3, texts=["Mehr Zeit"])
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "pw"))
    response = client.post(
        reverse("feedback_surveys:moderate", args=[survey.pk]),
        {"answer": text, "status": "approved"},
    )
    # Not found (Django's locale middleware turns a 404 under /admin/ into a redirect to the
    # language-prefixed path, which does not exist either), never a 500.
    assert response.status_code == 302
    assert response["Location"].startswith("/de/admin/")
    assert not Answer.objects.filter(moderation="approved").exists()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Olena", "Olena"),
        ("  Ole\x00na  ", "Olena"),  # NUL: PostgreSQL refuses it in a query (a 500 before)
        ("Ol\x1bena\n", "Olena"),
        ("Олена Коваленко", "Олена Коваленко"),
        ("سمير", "سمير"),
        ("x" * 300, "x" * 100),
    ],
)
def test_search_terms_lose_control_characters_only(typed, kept):
    assert search_text(typed) == kept
