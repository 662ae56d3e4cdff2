"""Surveys, invitations and answers: the rules in feedback.services."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from feedback import services
from feedback.models import (
    Answer,
    Invitation,
    QuestionKind,
    Response,
    SpentToken,
    Survey,
    spent_digest,
    token_hash,
)
from tests.feedback.factories import (
    add_answers,
    attendee,
    fake_forum,
    make_event,
    make_survey,
    questions,
)
from tests.outbox import rendered

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(site_tree):
    return make_event(site_tree["home"]["de"], translations=("fa", "ar"))


@pytest.fixture
def survey(event):
    return make_survey(event)


def test_default_template_has_the_five_questions_in_nine_languages(survey):
    by_key = questions(survey)
    assert list(by_key) == ["satisfaction", "heard", "language_support", "come_again", "improve"]
    assert by_key["satisfaction"].kind == QuestionKind.SCALE
    assert by_key["satisfaction"].required
    assert by_key["improve"].kind == QuestionKind.TEXT
    assert not by_key["improve"].required
    for question in by_key.values():
        assert len(question.text) == 9, question.key
        for option in question.options:
            assert len(option["text"]) == 9
    assert survey.translation_gaps() == {}


def test_survey_hangs_on_the_german_original_and_closes_after_the_event(event):
    persian = event.get_translation(event.locale.__class__.objects.get(language_code="fa"))
    survey = services.survey_create_for_event(event=persian.specific)
    assert survey.event_id == event.pk
    assert survey.closes_at > event.end
    assert survey.opens_at == event.start


def test_a_survey_needs_an_event_or_a_year():
    survey = Survey(closes_at=timezone.now() + timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        survey.full_clean()
    assert "event" in error.value.message_dict


def test_yearly_survey_has_title_and_template():
    now = timezone.now()
    survey = services.yearly_survey_create(
        year=2025, opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=30)
    )
    assert survey.is_yearly
    assert "2025" in survey.title["fa"]
    kinds = [q.kind for q in survey.questions.all()]
    assert QuestionKind.MULTIPLE in kinds


def test_answers_are_stored_without_identity(survey):
    by_key = questions(survey)
    response = services.response_submit(
        survey=survey,
        answers={
            by_key["satisfaction"].pk: 4,
            by_key["heard"].pk: "o2",
            by_key["improve"].pk: "  Mehr Pausen  ",
        },
        language="fa",
    )
    field_names = {f.name for f in Response._meta.get_fields()}
    assert not field_names & {"invitation", "registration", "email", "name", "user"}
    assert response.language == "fa"
    rows = {a.question.key: a for a in response.answers.select_related("question")}
    assert rows["satisfaction"].value == 4
    assert rows["heard"].choice == "o2"
    assert rows["improve"].text == "Mehr Pausen"
    assert "language_support" not in rows  # optional, not answered


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("satisfaction", 6, "out_of_range"),
        ("satisfaction", 0, "out_of_range"),
        ("heard", "o9", "unknown_option"),
        ("improve", "x" * 2001, "too_long"),
    ],
)
def test_bad_answers_are_refused(survey, key, value, code):
    by_key = questions(survey)
    answers = {by_key["satisfaction"].pk: 3, by_key[key].pk: value}
    with pytest.raises(ValidationError) as error:
        services.response_submit(survey=survey, answers=answers, language="de")
    assert by_key[key].pk in error.value.message_dict
    assert Response.objects.count() == 0


def test_required_answer_missing(survey):
    with pytest.raises(ValidationError) as error:
        services.response_submit(survey=survey, answers={}, language="de")
    assert list(error.value.message_dict) == [questions(survey)["satisfaction"].pk]


def test_multiple_choice_rows_per_option(site_tree):
    now = timezone.now()
    survey = services.yearly_survey_create(
        year=2024, opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=3)
    )
    by_key = questions(survey)
    services.response_submit(
        survey=survey,
        answers={by_key["satisfaction"].pk: 5, by_key["channels"].pk: ["o1", "o3", "o1"]},
        language="de",
    )
    assert sorted(
        Answer.objects.filter(question=by_key["channels"]).values_list("choice", flat=True)
    ) == [
        "o1",
        "o3",
    ]


def test_closed_survey_takes_no_answers(survey):
    with pytest.raises(services.SurveyNotOpen):
        services.response_submit(
            survey=survey,
            answers={questions(survey)["satisfaction"].pk: 3},
            language="de",
            now=survey.closes_at + timedelta(seconds=1),
        )


def test_invitations_are_sent_once_in_the_attendees_language(
    monkeypatch, survey, event, django_capture_on_commit_callbacks
):
    people = [attendee(11, language="fa"), attendee(12, language="de"), attendee(13, email="")]
    fake_forum(monkeypatch, attendees=people)
    with django_capture_on_commit_callbacks(execute=True):
        report = services.invitations_send()
    assert (report.sent, report.without_email) == (2, 1)
    assert Invitation.objects.filter(survey=survey, sent_at__isnull=False).count() == 2
    subjects = {m.to[0]: m for m in mail.outbox}
    persian = subjects["person11@example.org"]
    assert "/fa/feedback/" in persian.body
    assert f"({'fa'})" in persian.subject  # the Persian title of the event
    assert "/de/feedback/" in subjects["person12@example.org"].body

    with django_capture_on_commit_callbacks(execute=True):
        again = services.invitations_send()
    assert again.sent == 0
    assert again.already_sent == 2
    assert len(mail.outbox) == 2
    assert rendered().count() == 2


def test_no_invitations_before_the_event_ends(monkeypatch, site_tree):
    upcoming = make_event(site_tree["home"]["de"], days_ago=-2)
    make_survey(upcoming)
    fake_forum(monkeypatch, attendees=[attendee(1)])
    assert services.invitations_send().sent == 0


def test_no_invitations_after_the_survey_closed(monkeypatch, survey):
    fake_forum(monkeypatch, attendees=[attendee(1)])
    assert services.invitations_send(now=survey.closes_at + timedelta(hours=1)).sent == 0


def _token_from_mail(message) -> str:
    body = getattr(message, "body_text", None) or message.body
    return body.split("/feedback/")[1].split("/")[0]


def test_personal_link_answers_once_and_cannot_be_traced(monkeypatch, survey):
    fake_forum(monkeypatch, attendees=[attendee(21, language="ar")])
    services.invitations_send()
    token = _token_from_mail(rendered().get())
    assert len(token) >= 43  # 256 bits, URL-safe
    invitation = services.invitation_for_token(token)
    assert invitation is not None and invitation.registration_id == 21
    assert invitation.token_hash == token_hash(token) != token
    answers = {questions(survey)["satisfaction"].pk: 5}
    services.response_submit(survey=survey, answers=answers, language="ar", token=token)
    assert services.token_is_spent(token)
    spent = SpentToken.objects.get()
    # The used-link marker cannot be matched to the invitation without the link itself.
    assert spent.digest == spent_digest(token) != invitation.token_hash
    with pytest.raises(services.AlreadyAnswered):
        services.response_submit(survey=survey, answers=answers, language="ar", token=token)
    assert Response.objects.count() == 1


def test_unknown_or_absurd_tokens_find_nothing(survey):
    assert services.invitation_for_token("nope") is None
    assert services.invitation_for_token("x" * 5000) is None


def test_moderation_and_publication(survey):
    add_answers(survey, 3, texts=["Gut", "Mehr Zeit"])
    answer = Answer.objects.exclude(text="").first()
    services.answer_moderate(answer=answer, status="approved")
    answer.refresh_from_db()
    assert answer.moderation == "approved"
    with pytest.raises(ValidationError):
        services.answer_moderate(answer=answer, status="shown-to-everyone")
    scale_answer = Answer.objects.filter(text="").first()
    with pytest.raises(ValidationError):
        services.answer_moderate(answer=scale_answer, status="approved")
    services.results_publish(survey=survey)
    assert Survey.objects.published().get() == survey
    services.results_unpublish(survey=survey)
    assert not Survey.objects.published().exists()
