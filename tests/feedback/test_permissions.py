"""Who manages which survey (feedback/permissions.py): one rule, the same as a check and as a
queryset, and the forms that create or move surveys keep to it."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from core.roles import EDITORS, ORGANISERS, ensure_roles
from feedback import permissions, services
from feedback.admin_forms import StartSurveyForm
from feedback.models import Survey
from tests.feedback.factories import (
    add_answers,
    make_event,
    make_survey,
    survey_form_data,
    translate_event,
)
from tests.forum.factories import make_forum

pytestmark = pytest.mark.django_db

ALL = (
    permissions.VIEW,
    permissions.PUBLISH,
    permissions.CHANGE,
    permissions.ADD,
    permissions.DELETE,
)


def _user(name, group=None, **flags):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw", **flags)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def scene(site_tree):
    """Two forums with a survey each, an event survey without a forum, the yearly survey, and
    one person of every kind."""
    ensure_roles()
    home = site_tree["home"]["de"]
    users = {
        "organiser": _user("orga", ORGANISERS),
        "other_organiser": _user("otherorga", ORGANISERS),
        "translation_organiser": _user("faorga", ORGANISERS),
        "plain_organiser": _user("plainorga", ORGANISERS),  # organises no forum
        "editor": _user("editor", EDITORS),
        "organiser_with_yearly": _user("yearlyorga", ORGANISERS),
        "inactive_organiser": _user("gone", ORGANISERS, is_active=False),
        "admin": _user("admin", is_superuser=True, is_staff=True),
    }
    # An organiser whom an administrator also let run the yearly survey.
    users["organiser_with_yearly"].user_permissions.add(
        Permission.objects.get(content_type__app_label="feedback", codename="run_yearly_survey")
    )
    own_event = make_event(home, title="Forum Nord")
    other_event = make_event(home, title="Forum Süd")
    lonely_event = make_event(home, title="Fachtag ohne Forum")
    # The third forum hangs on the Persian translation of its event: the survey hangs on the
    # German original, and the forum's organisers still manage it.
    translated_event = make_event(home, title="Forum West")
    persian = translate_event(translated_event, "fa", title="Forum West (fa)")
    make_forum(event=own_event, organisers=[users["organiser"], users["inactive_organiser"]])
    make_forum(event=other_event, organisers=[users["other_organiser"]])
    make_forum(event=persian, organisers=[users["translation_organiser"]])
    surveys = {
        "own": make_survey(own_event),
        "other": make_survey(other_event),
        "no_forum": make_survey(lonely_event),
        "translated": make_survey(translated_event),
        "yearly": services.yearly_survey_create(
            year=2031,
            opens_at=timezone.now() - timedelta(days=1),
            closes_at=timezone.now() + timedelta(days=30),
        ),
    }
    return users, surveys


EXPECTED = {
    "organiser": {"own"},
    "other_organiser": {"other"},
    "translation_organiser": {"translated"},
    "plain_organiser": set(),
    "editor": {"yearly"},  # the yearly survey (feedback/roles.py), never an event's
    "organiser_with_yearly": {"yearly"},  # organises no forum
    "inactive_organiser": set(),
    "admin": {"own", "other", "no_forum", "translated", "yearly"},
}


def test_the_rule_and_its_queryset_agree_for_everyone(scene):
    users, surveys = scene
    from django.contrib.auth.models import AnonymousUser

    everyone = {**users, "anonymous": AnonymousUser()}
    for who, user in everyone.items():
        for permission in ALL:
            listed = set(
                permissions.surveys_managed_by(user, permission=permission).values_list(
                    "pk", flat=True
                )
            )
            for name, survey in surveys.items():
                fresh = Survey.objects.select_related("event").get(pk=survey.pk)
                allowed = permissions.can_manage_survey(user, fresh, permission=permission)
                assert allowed == (survey.pk in listed), (who, permission, name)
                assert allowed == (name in EXPECTED.get(who, set())), (who, permission, name)


def test_the_permission_policy_answers_per_survey(scene):
    users, surveys = scene
    policy = permissions.SurveyPermissionPolicy(Survey)
    organiser = users["organiser"]
    assert policy.user_has_permission_for_instance(organiser, "change", surveys["own"])
    assert not policy.user_has_permission_for_instance(organiser, "change", surveys["other"])
    assert not policy.user_has_permission_for_instance(organiser, "delete", surveys["yearly"])
    assert set(policy.instances_user_has_any_permission_for(organiser, ["change"])) == {
        surveys["own"]
    }


def test_starting_a_survey_only_for_ones_own_forum(scene, site_tree):
    users, _surveys = scene
    organiser = users["organiser"]
    home = site_tree["home"]["de"]
    mine = make_event(home, title="Noch ein Nordforum")
    make_forum(event=mine, organisers=[organiser])
    theirs = make_event(home, title="Noch ein Südforum")
    make_forum(event=theirs, organisers=[users["other_organiser"]])

    def form(user, **data):
        return StartSurveyForm({"from_template": "1", **data}, user=user)

    assert form(organiser, kind="event", event=mine.pk).is_valid()
    refused = form(organiser, kind="event", event=theirs.pk)
    assert not refused.is_valid() and "event" in refused.errors
    yearly = form(organiser, kind="yearly", year="2032")
    assert not yearly.is_valid() and "year" in yearly.errors
    assert form(users["admin"], kind="yearly", year="2032").is_valid()
    assert form(users["editor"], kind="yearly", year="2032").is_valid()
    refused = form(users["editor"], kind="event", event=mine.pk)  # editors: no event surveys
    assert not refused.is_valid() and "event" in refused.errors
    assert not form(None, kind="event", event=mine.pk).is_valid()  # no user: refused


def test_the_start_view_refuses_another_forums_event(client, scene, site_tree):
    users, _surveys = scene
    theirs = make_event(site_tree["home"]["de"], title="Fremdes Forum")
    make_forum(event=theirs, organisers=[users["other_organiser"]])
    client.force_login(users["organiser"])
    response = client.post(
        reverse("feedback_surveys:add"),
        {"kind": "event", "event": theirs.pk, "from_template": "1"},
    )
    assert response.status_code == 200  # the form again, with the explanation
    assert not Survey.objects.filter(event=theirs).exists()


def test_a_survey_cannot_be_moved_to_another_forums_event(client, scene):
    users, surveys = scene
    own, other_event = surveys["own"], surveys["other"].event
    surveys["other"].delete()  # the other event is free for a survey
    client.force_login(users["organiser"])
    url = reverse("feedback_surveys:edit", args=[own.pk])
    response = client.post(url, survey_form_data(own, event=other_event.pk))
    assert response.status_code == 200
    own.refresh_from_db()
    assert own.event_id != other_event.pk
    # ... nor turned into the yearly survey.
    response = client.post(url, survey_form_data(own, event="", year="2033", title_de="Jahr"))
    assert response.status_code == 200
    own.refresh_from_db()
    assert own.event_id is not None and own.year is None


def test_unpublished_yearly_figures_only_for_those_who_manage_the_yearly_survey(client, scene):
    users, surveys = scene
    yearly = surveys["yearly"]
    add_answers(yearly, 6)
    url = reverse("feedback_statistics:index")
    client.force_login(users["organiser"])
    assert client.get(url).context["yearly"].years == []
    for who in ("editor", "admin"):
        client.force_login(users[who])
        assert client.get(url).context["yearly"].years == [2031], who
