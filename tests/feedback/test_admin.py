"""The organisers' side in the Wagtail admin."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from core.roles import ORGANISERS, ensure_roles
from feedback.models import Answer, Question, Survey
from forum.public import Participation
from tests.feedback.factories import add_answers, fake_forum, make_event, make_survey, questions
from tests.feedback.factories import survey_form_data as _edit_data
from tests.forum.factories import make_forum

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"feedback_surveys:{name}", args=args)


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def event(site_tree):
    return make_event(site_tree["home"]["de"], translations=("fa",))


@pytest.fixture
def survey(event):
    return make_survey(event)


def test_listing_and_editor_render(admin_client, survey):
    response = admin_client.get(url("index"))
    assert response.status_code == 200
    assert "Bürgerforum Wohnen" in response.content.decode()
    edit = admin_client.get(url("edit", survey.pk))
    assert edit.status_code == 200
    html = edit.content.decode()
    # Every question text has an input per language, each marked with its language.
    assert 'name="questions-0-text_fa"' in html and 'lang="fa" dir="rtl"' in html
    # German first, the other eight in a disclosure whose summary counts them.
    assert html.count('class="translated-field__translations"') >= 5
    assert html.count('name="questions-0-text_') == 9


def test_start_a_survey_from_the_template(admin_client, site_tree):
    event = make_event(site_tree["home"]["de"], title="Fachwerkstatt Sprache")
    response = admin_client.post(
        url("add"), {"kind": "event", "event": event.pk, "from_template": "1"}
    )
    survey = Survey.objects.get(event=event)
    assert response.status_code == 302
    assert response["Location"] == url("edit", survey.pk)
    assert survey.questions.count() == 5
    again = admin_client.post(
        url("add"), {"kind": "event", "event": event.pk, "from_template": "1"}
    )
    assert again.status_code == 200
    assert Survey.objects.filter(event=event).count() == 1


def test_start_yearly_survey_without_year_is_an_error(admin_client, site_tree):
    response = admin_client.post(url("add"), {"kind": "yearly", "from_template": "1"})
    assert response.status_code == 200
    assert Survey.objects.count() == 0
    response = admin_client.post(
        url("add"), {"kind": "yearly", "year": "2026", "from_template": "1"}
    )
    assert response.status_code == 302
    assert Survey.objects.get().year == 2026


def test_editor_saves_translations(admin_client, survey):
    heard_index = [q.key for q in survey.questions.all()].index("heard")
    data = _edit_data(survey, **{f"questions-{heard_index}-text_uk": "Вас почули?"})
    response = admin_client.post(url("edit", survey.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert questions(survey)["heard"].text["uk"] == "Вас почули?"


def test_option_lines_must_match_the_german_ones(admin_client, survey):
    heard_index = [q.key for q in survey.questions.all()].index("heard")
    data = _edit_data(survey, **{f"questions-{heard_index}-options_tr": "Evet\nHayır"})
    response = admin_client.post(url("edit", survey.pk), data)
    assert response.status_code == 200
    assert questions(survey)["heard"].options[1]["text"]["tr"] == "Kısmen"


def test_structure_is_locked_once_answers_exist(admin_client, survey):
    add_answers(survey, 2, texts=["Gut"])
    items = [q.key for q in survey.questions.all()]
    heard = items.index("heard")
    deleting = _edit_data(survey, **{f"questions-{heard}-DELETE": "1"})
    response = admin_client.post(url("edit", survey.pk), deleting)
    assert response.status_code == 200  # an explanation, not a 500
    assert Question.objects.filter(survey=survey, key="heard").exists()
    retyping = _edit_data(survey, **{f"questions-{heard}-kind": "multiple"})
    assert admin_client.post(url("edit", survey.pk), retyping).status_code == 200
    assert questions(survey)["heard"].kind == "single"
    fixing_typo = _edit_data(survey, **{f"questions-{heard}-text_en": "Were you heard?"})
    assert admin_client.post(url("edit", survey.pk), fixing_typo).status_code == 302
    assert questions(survey)["heard"].text["en"] == "Were you heard?"


def test_deleting_a_survey_with_answers_works(admin_client, survey):
    add_answers(survey, 3)
    response = admin_client.post(url("delete", survey.pk))
    assert response.status_code == 302
    assert not Survey.objects.exists() and not Answer.objects.exists()


def test_results_page(admin_client, monkeypatch, survey):
    fake_forum(monkeypatch, participation={survey.event_id: Participation(30, 25, 20)})
    add_answers(survey, 8, texts=["Mehr Pausen", "=HYPERLINK(1)"])
    add_answers(survey, 2, via_public_link=True, seed=2)
    response = admin_client.get(url("results", survey.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="img"' in html and "<desc" in html
    assert "40 %" in html  # 8 personal answers / 20 attended
    assert "Mehr Pausen" in html
    assert url("qr", survey.pk) in html


def test_results_query_count_does_not_grow(admin_client, survey, django_assert_max_num_queries):
    add_answers(survey, 5, texts=["a", "b"])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert admin_client.get(url("results", survey.pk)).status_code == 200
    add_answers(survey, 120, texts=["c", "d", "e"], seed=3)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert admin_client.get(url("results", survey.pk)).status_code == 200


def test_moderation_and_publication(admin_client, survey):
    add_answers(survey, 6, texts=["Bitte mehr Zeit für Fragen", "Max Mustermann, Tel 0171"])
    approve = Answer.objects.get(
        text="Bitte mehr Zeit für Fragen", response__in=survey.responses.all()[:1]
    )
    response = admin_client.post(
        url("moderate", survey.pk), {"answer": approve.pk, "status": "approved"}
    )
    assert response.status_code == 302
    approve.refresh_from_db()
    assert approve.moderation == "approved"
    bad = admin_client.post(url("moderate", survey.pk), {"answer": approve.pk, "status": "public"})
    assert bad.status_code == 302
    approve.refresh_from_db()
    assert approve.moderation == "approved"
    assert admin_client.post(url("publish", survey.pk)).status_code == 302
    survey.refresh_from_db()
    assert survey.is_published


def test_csv_is_formula_safe(admin_client, survey):
    add_answers(survey, 3, texts=["=cmd|' /C calc'!A0", "+1", "Gut"])
    response = admin_client.get(url("results_csv", survey.pk))
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert len(rows) == 4
    cells = [cell for row in rows for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'+1" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    summary = admin_client.get(url("results_csv", survey.pk) + "?kind=summary")
    summary_rows = list(
        csv.reader(io.StringIO(b"".join(summary.streaming_content).decode("utf-8-sig")))
    )
    assert summary_rows[0][0]
    assert len(summary_rows) > 10


def test_qr_code(admin_client, survey):
    response = admin_client.get(url("qr", survey.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content


def test_invite_now_enqueues_the_task(admin_client, monkeypatch, survey):
    from tests.feedback.factories import attendee

    fake_forum(monkeypatch, attendees=[attendee(1), attendee(2, language="uk")])
    response = admin_client.post(url("invite", survey.pk))
    assert response.status_code == 302
    assert survey.invitations.filter(sent_at__isnull=False).count() == 2


def test_organisers_may_run_surveys_but_anonymous_users_may_not(client, survey):
    ensure_roles()
    organiser = get_user_model().objects.create_user("orga", "orga@example.org", "pw")
    organiser.groups.add(Group.objects.get(name=ORGANISERS))
    # Surveys are scoped to the forum of their event (feedback/permissions.py): this organiser
    # runs the event's forum.
    make_forum(event=survey.event, organisers=[organiser])
    assert client.get(url("results", survey.pk)).status_code == 302  # to the login
    client.force_login(organiser)
    assert client.get(url("index")).status_code == 200
    assert client.get(url("results", survey.pk)).status_code == 200
    assert client.post(url("publish", survey.pk)).status_code == 302
    survey.refresh_from_db()
    assert survey.is_published


def test_admin_statistics(admin_client, monkeypatch, survey):
    fake_forum(monkeypatch, participation={survey.event_id: Participation(12, 10, 9)})
    add_answers(survey, 4)
    response = admin_client.get(reverse("feedback_statistics:index"))
    assert response.status_code == 200
    assert "Bürgerforum Wohnen" in response.content.decode()


def test_survey_with_answers_stays_with_its_event(admin_client, survey, site_tree):
    add_answers(survey, 1)
    other = make_event(site_tree["home"]["de"], title="Anderes Forum")
    data = _edit_data(survey, event=other.pk)
    assert admin_client.post(url("edit", survey.pk), data).status_code == 200
    survey.refresh_from_db()
    assert survey.event_id != other.pk
