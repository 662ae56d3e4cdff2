"""The personal-data life cycle: erasure past retention (job and command), early erasure by
organisers, and a registrant's own download and deletion through the personal link."""

import io
import json
import re
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation

from feedback import services as feedback_services
from feedback.models import Invitation
from feedback.selectors.results import survey_results
from forum import public, services
from forum.links import make_token
from forum.models import Forum, Registration, RegistrationWish
from forum.privacy import personal_data_expire, registration_erase
from seating.models import Seat, SeatingPlan
from seating.services import plan_create
from tests.feedback.factories import add_answers, make_survey
from tests.feedback.factories import make_event as make_past_event
from tests.forum.factories import make_forum, make_user
from tests.outbox import rendered

pytestmark = pytest.mark.django_db

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


def traces(values: set[str]) -> dict[str, set[str]]:
    """Which of `values` occur anywhere in the database, in any text column of any table
    (case-insensitive), mapped to the table.column they were found in."""
    found: dict[str, set[str]] = {}
    wanted = {value.lower() for value in values}
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        columns = [f.attname for f in model._meta.concrete_fields if isinstance(f, TEXT_FIELDS)]
        if not columns:
            continue
        for row in model._default_manager.values_list(*columns):
            for column, value in zip(columns, row, strict=True):
                text = json.dumps(value) if not isinstance(value, str) else value
                for needle in wanted:
                    if text and needle in text.lower():
                        found.setdefault(needle, set()).add(f"{model._meta.db_table}.{column}")
    return found


def _person(forum, number: int, **fields) -> Registration:
    return services.registration_create(
        forum=forum,
        name=f"Zoryana Hrytsenko-{number}",
        email=f"zoryana{number}@example.net",
        phone=f"+49 151 9900{number:03d}",
        language=fields.pop("language", "uk"),
        comments=f"Rollstuhl-Zugang Nummer {number}",
        wishes=list(forum.themes.all()[:2]),
        needs=services.Needs(
            interpretation_language="uk",
            sign_language=True,
            step_free=True,
            childcare=True,
            children=2,
        ),
        source=Registration.Source.MANUAL,
        **fields,
    )


def _personal_values(registrations) -> set[str]:
    values = set()
    for registration in registrations:
        values |= {registration.name, registration.email, registration.phone, registration.comments}
    return values


def _figures(event) -> tuple:
    """Everything the statistics read, through the same public functions they use."""
    return (
        public.participation_by_event([event.pk]),
        public.participation_by_event_and_language([event.pk]),
    )


def _invited(survey) -> int:
    return survey_results(survey, language="de", public=False, with_participation=True).invited


def _statistics_pages(client) -> tuple[str, bytes]:
    cache.clear()  # the statistics are cached for a minute: compare fresh renderings
    with translation.override("en"):
        page = client.get(reverse("feedback:statistics"))
        csv = client.get(reverse("feedback:statistics_csv"))
    assert page.status_code == 200 and csv.status_code == 200
    numbers = re.findall(r"<td[^>]*>\s*([\d.,%\s–]+?)\s*</td>", page.content.decode())
    return " ".join(numbers), b"".join(csv.streaming_content).decode()


@pytest.fixture
def past_forum(site_tree, django_capture_on_commit_callbacks):
    """A forum 100 days after its event (retention 90): people confirmed, checked in,
    waiting, cancelled; a table plan; feedback invitations sent and answered."""
    event = make_past_event(site_tree["home"]["de"], days_ago=100)
    forum = make_forum(event=event, capacity=3, themes=("Arbeit", "Wohnen"), tables_per_theme=2)
    people = [_person(forum, n) for n in range(5)]  # 3 confirmed, 2 waiting
    services.registration_check_in(registration=people[0], now=people[0].forum.event.start)
    services.registration_check_in(registration=people[1], now=people[1].forum.event.start)
    services.registration_cancel(registration=people[2], by_organiser=True, notify=False)
    plan_create(forum=forum, by=None)
    survey = make_survey(event)
    with django_capture_on_commit_callbacks(execute=True):
        feedback_services.invitations_send(survey=survey, now=event.end + timedelta(hours=1))
    add_answers(survey, 2)
    return forum, people, survey


def test_job_leaves_no_name_email_phone_or_need_and_the_same_statistics(past_forum, client):
    forum, people, survey = past_forum
    values = _personal_values(people)
    # The control: before the job, the scan finds every value (the harness can see them).
    assert set(traces(values)) == {value.lower() for value in values}
    assert rendered().filter(to__in=[p.email for p in people]).exists()
    assert Seat.objects.filter(plan__forum=forum).exists()
    figures_before = _figures(forum.event)
    pages_before = _statistics_pages(client)
    assert forum.event.title in pages_before[1]  # the event is in the figures compared
    assert figures_before[0][forum.event.pk].attended == 2
    invited_before = survey_results(
        survey, language="de", public=False, with_participation=True
    ).invited
    assert invited_before == 2

    out = io.StringIO()
    call_command("run_scheduled_jobs", "--only", "erase_personal_data_past_retention", stdout=out)

    assert "personal data of 5 registrations past retention erased" in out.getvalue()
    assert traces(values) == {}
    rows = Registration.objects.filter(forum=forum)
    assert rows.count() == 5
    assert not rows.filter(
        models.Q(sign_language=True)
        | models.Q(step_free=True)
        | models.Q(childcare=True)
        | models.Q(children__gt=0)
        | ~models.Q(interpretation_language="")
        | models.Q(user__isnull=False)
    ).exists()
    assert not RegistrationWish.objects.filter(registration__forum=forum).exists()
    assert not SeatingPlan.objects.filter(forum=forum).exists()
    assert not Invitation.objects.filter(registration_id__in=[p.pk for p in people]).exists()
    assert Forum.objects.get(pk=forum.pk).personal_data_erased_at is not None
    # The same numbers as before, on the pages and in the functions behind them.
    assert _figures(forum.event) == figures_before
    assert _statistics_pages(client) == pages_before
    assert (
        survey_results(survey, language="de", public=False, with_participation=True).invited
        == invited_before
    )
    assert survey.responses.count() == 2  # anonymous answers stay


def test_job_respects_each_forums_retention_and_repeats_harmlessly(site_tree):
    home = site_tree["home"]["de"]
    recent = make_forum(event=make_past_event(home, days_ago=10), capacity=5)
    short = make_forum(event=make_past_event(home, days_ago=10), capacity=5, retention_days=5)
    upcoming = make_forum(capacity=5, retention_days=0)
    kept = [_person(recent, 1), _person(upcoming, 2)]
    gone = _person(short, 3)

    assert personal_data_expire() == 1
    assert personal_data_expire() == 0  # nothing left to do: safe to repeat

    assert traces(_personal_values(kept)) != {}
    assert set(traces(_personal_values(kept))) == {v.lower() for v in _personal_values(kept)}
    assert traces(_personal_values([gone])) == {}


def test_erase_command_erases_one_forum_early_but_not_before_its_event(site_tree):
    ended = make_forum(event=make_past_event(site_tree["home"]["de"], days_ago=1), capacity=5)
    upcoming = make_forum(capacity=5)
    person, other = _person(ended, 1), _person(upcoming, 2)

    out = io.StringIO()
    call_command("erase_personal_data", "--dry-run", stdout=out)
    assert "0 forums due." in out.getvalue()
    call_command("erase_personal_data", "--forum", str(ended.pk), stdout=out)
    assert traces({person.email}) == {}
    with pytest.raises(Exception, match="not ended"):
        call_command("erase_personal_data", "--forum", str(upcoming.pk), stdout=out)
    assert traces({other.email}) != {}


def test_registrant_downloads_what_is_stored_as_json(client, forum):
    registration = _person(forum, 7, language="en")
    token = make_token(registration)

    response = client.get(reverse("forum:personal_data", kwargs={"token": token}))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["registration"]["name"] == registration.name
    assert data["registration"]["email"] == registration.email
    assert data["registration"]["phone"] == registration.phone
    assert data["needs"] == {
        "interpretation_into": "uk",
        "sign_language": True,
        "step_free_access": True,
        "childcare": True,
        "children_needing_care": 2,
    }
    assert [wish["rank"] for wish in data["theme_wishes"]] == [1, 2]
    assert data["forum"]["personal_data_deleted_on"] == forum.retention_until().date().isoformat()
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert client.get(reverse("forum:personal_data", kwargs={"token": forged})).status_code == 404


def test_registrant_deletes_their_data_and_the_seat_goes_to_the_waiting_list(client, forum):
    confirmed = [_person(forum, n) for n in range(3)]  # capacity 3
    waiting = _person(forum, 9)
    assert waiting.status == Registration.Status.WAITLISTED
    leaving = confirmed[1]
    token = make_token(leaving)
    url = reverse("forum:erase", kwargs={"token": token})

    assert client.get(url).status_code == 200  # asks first
    assert traces({leaving.email}) != {}
    response = client.post(url)

    assert response.status_code == 302
    assert response["Location"] == reverse("forum:erased")
    assert traces(_personal_values([leaving])) == {}
    leaving.refresh_from_db()
    assert leaving.status == Registration.Status.CANCELLED
    assert leaving.cancel_reason == "erased" and leaving.erased_at is not None
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED  # moved up, and told by e-mail
    assert Forum.objects.get(pk=forum.pk).seats_taken == 3
    # The old link is dead, and the others keep theirs.
    assert client.get(reverse("forum:personal", kwargs={"token": token})).status_code == 404
    assert traces({confirmed[0].email}) != {}


def test_erasing_twice_changes_nothing(forum):
    registration = _person(forum, 1)
    registration_erase(registration=registration)
    first = Registration.objects.values().get(pk=registration.pk)
    registration_erase(registration=Registration.objects.get(pk=registration.pk))
    assert Registration.objects.values().get(pk=registration.pk) == first


def test_organiser_erases_a_past_forum_early_from_the_dashboard(client, site_tree):
    organiser = make_user(organiser=True)
    past = make_forum(
        event=make_past_event(site_tree["home"]["de"], days_ago=2), organisers=[organiser]
    )
    upcoming = make_forum(organisers=[organiser])
    person, other = _person(past, 1), _person(upcoming, 2)
    client.force_login(organiser)

    refused = client.post(reverse("forum_erase", args=[upcoming.pk]))
    assert refused.status_code == 409
    assert traces({other.email}) != {}

    assert client.get(reverse("forum_erase", args=[past.pk])).status_code == 200
    response = client.post(reverse("forum_erase", args=[past.pk]))
    assert response.status_code == 302
    assert traces(_personal_values([person])) == {}
    dashboard = client.get(reverse("forum_dashboard", args=[past.pk]))
    assert b"data-erased" in dashboard.content
    assert Registration.objects.filter(forum=past).count() == 1  # still counted


def test_someone_elses_organiser_cannot_erase(client, site_tree):
    past = make_forum(event=make_past_event(site_tree["home"]["de"], days_ago=2))
    person = _person(past, 1)
    client.force_login(make_user(organiser=True))
    response = client.post(reverse("forum_erase", args=[past.pk]))
    assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's "denied"
    assert traces({person.email}) != {}


def test_privacy_notice_states_the_retention_that_applies(client):
    forum = make_forum(retention_days=30)
    with translation.override("en"):
        page = client.get(reverse("forum:register", args=[forum.pk])).content.decode()
    until = forum.event.end + timedelta(days=30)
    with translation.override("en"):
        from django.utils.formats import date_format

        expected = date_format(timezone.localtime(until), "DATE_FORMAT")
    assert "30 days after the event" in page
    assert expected in page
