"""Organiser dashboard, exports, forum admin and the check-in desk: who may see what, counts,
constant queries, formula-safe exports."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum import services
from forum.links import CHECK_IN, make_token
from forum.models import Forum, Registration
from tests.forum.factories import make_forum, make_user, people
from tests.outbox import rendered

Status = Registration.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(db):
    return make_user("orga", organiser=True)


@pytest.fixture
def forum(site_tree, organiser):
    return make_forum(capacity=5, organisers=[organiser], parent=site_tree["home"]["de"])


def register(forum, email, **kwargs):
    kwargs.setdefault("name", email.split("@")[0].title())
    kwargs.setdefault("language", "de")
    return services.registration_create(forum=forum, email=email, **kwargs)


def dashboard_url(forum):
    return reverse("forum_dashboard", args=[forum.pk])


# --- who sees what ------------------------------------------------------------------------


def test_organiser_of_the_forum_sees_the_dashboard(client, forum, organiser):
    register(forum, "ada@example.org")
    client.force_login(organiser)
    response = client.get(dashboard_url(forum))
    assert response.status_code == 200
    assert b"ada@example.org" in response.content


@pytest.mark.parametrize("role", ["other_organiser", "editor", "citizen"])
def test_nobody_else_sees_personal_data(client, forum, role):
    from django.contrib.auth.models import Group

    from core.roles import EDITORS, ensure_roles

    register(forum, "ada@example.org")
    if role == "other_organiser":
        user = make_user("other", organiser=True)
    elif role == "editor":
        ensure_roles()
        user = make_user("editor")
        user.groups.add(Group.objects.get(name=EDITORS))
    else:
        user = make_user("citizen")
    client.force_login(user)
    for url in (
        dashboard_url(forum),
        reverse("forum_export_csv", args=[forum.pk]),
        reverse("forum_export_xlsx", args=[forum.pk]),
        reverse("forum_add", args=[forum.pk]),
        reverse("forum:check_in", args=[forum.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"ada@example.org" not in response.content
    listing = client.get(reverse("wagtailsnippets_forum_forum:list"))
    assert str(forum).encode() not in listing.content or listing.status_code != 200
    edit = client.get(reverse("wagtailsnippets_forum_forum:edit", args=[forum.pk]))
    assert edit.status_code in (302, 403)


def test_organiser_lists_and_edits_only_own_forums(client, forum, organiser, site_tree):
    from tests.forum.factories import make_event

    foreign = make_forum(event=make_event(parent=site_tree["home"]["de"], title="Fremdes Forum"))
    client.force_login(organiser)
    listing = client.get(reverse("wagtailsnippets_forum_forum:list"))
    assert listing.status_code == 200
    assert str(forum).encode() in listing.content
    assert foreign.event.title.encode() not in listing.content
    assert (
        client.get(reverse("wagtailsnippets_forum_forum:edit", args=[forum.pk])).status_code == 200
    )
    refused = client.get(reverse("wagtailsnippets_forum_forum:edit", args=[foreign.pk]))
    assert refused.status_code in (302, 403)  # Wagtail turns PermissionDenied into a redirect
    assert b"Fremdes Forum" not in refused.content


# --- figures ------------------------------------------------------------------------------


def test_dashboard_counts_theme_wishes_and_needs(client, forum, organiser):
    work, language = list(forum.themes.all())
    register(
        forum,
        "a@example.org",
        wishes=[work, language],
        needs=services.Needs(interpretation_language="ar", childcare=True, children=2),
    )
    register(
        forum,
        "b@example.org",
        wishes=[language],
        needs=services.Needs(interpretation_language="ar", step_free=True),
    )
    register(forum, "c@example.org", needs=services.Needs(interpretation_language="uk"))
    cancelled = register(forum, "d@example.org", needs=services.Needs(sign_language=True))
    services.registration_cancel(registration=cancelled)
    client.force_login(organiser)
    context = client.get(dashboard_url(forum)).context
    figures = context["figures"]
    assert figures["confirmed"] == 3 and figures["cancelled"] == 1
    assert figures["children_confirmed"] == 2 and figures["childcare_confirmed"] == 1
    assert figures["step_free_confirmed"] == 1 and figures["sign_language_confirmed"] == 0
    by_language = {
        row["interpretation_language"]: row["confirmed"] for row in context["interpretation"]
    }
    assert by_language == {"ar": 2, "uk": 1}
    themes = {row["theme"].name: (row["first"], row["confirmed"]) for row in context["themes"]}
    assert themes == {"Arbeit und Ausbildung": (1, 1), "Sprache und Bildung": (1, 2)}


def test_dashboard_search_and_status_filter(client, forum, organiser):
    register(forum, "ada@example.org", name="Ada Lovelace")
    register(forum, "grace@example.org", name="Grace Hopper")
    client.force_login(organiser)
    found = client.get(dashboard_url(forum), {"q": "hopper"}).context["people"]
    assert [p.name for p in found] == ["Grace Hopper"]
    none = client.get(dashboard_url(forum), {"status": "waitlisted"}).context["people"]
    assert none == []


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("name", ["forum_dashboard", "forum_export_csv", "forum_export_xlsx"])
def test_query_count_does_not_grow_with_registrations(client, site_tree, organiser, name):
    small = make_forum(capacity=2000, organisers=[organiser], parent=site_tree["home"]["de"])
    large = make_forum(capacity=2000, organisers=[organiser], parent=site_tree["home"]["de"])
    for forum, count in ((small, 3), (large, 600)):
        rows = people(forum, count)
        from forum.models import RegistrationWish

        theme = forum.themes.first()
        RegistrationWish.objects.bulk_create(
            RegistrationWish(registration=row, theme=theme, rank=1)
            for row in Registration.objects.filter(forum=forum)
        )
        assert len(rows) == count
    client.force_login(organiser)
    client.get(reverse(name, args=[small.pk]))  # warm session and content types
    assert _queries(client, reverse(name, args=[small.pk])) == _queries(
        client, reverse(name, args=[large.pk])
    )


# --- exports ------------------------------------------------------------------------------


@pytest.fixture
def tricky(forum):
    register(forum, "evil@example.org", name='=HYPERLINK("http://x","klick")', phone="+49 170 1")
    register(forum, "olena@example.org", name="Олена Коваленко", language="uk")
    register(forum, "at@example.org", name="@SUM(1)", comments="-2+3")
    return forum


def test_csv_export_is_formula_safe_and_readable_by_excel(client, tricky, organiser):
    client.force_login(organiser)
    response = client.get(reverse("forum_export_csv", args=[tricky.pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    names = [row[2] for row in table[1:]]
    assert names == ['\'=HYPERLINK("http://x","klick")', "Олена Коваленко", "'@SUM(1)"]
    assert table[1][4] == "'+49 170 1"
    assert table[3][14] == "'-2+3"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in table for cell in row)


def test_xlsx_export_is_formula_safe(client, tricky, organiser):
    from openpyxl import load_workbook

    client.force_login(organiser)
    response = client.get(reverse("forum_export_xlsx", args=[tricky.pk]))
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][2] == '\'=HYPERLINK("http://x","klick")'
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert values[2][2] == "Олена Коваленко"


# --- actions ------------------------------------------------------------------------------


def test_manual_add_and_cancel_with_promotion(client, site_tree, organiser):
    forum = make_forum(capacity=1, organisers=[organiser], parent=site_tree["home"]["de"])
    client.force_login(organiser)
    add = reverse("forum_add", args=[forum.pk])
    data = {"name": "Per Telefon", "email": "tel@example.org", "language": "ar", "consent": "on"}
    assert client.post(add, data).status_code == 302
    assert client.post(add, {**data, "email": "second@example.org"}).status_code == 302
    first, second = Registration.objects.order_by("pk")
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITLISTED)
    assert first.source == Registration.Source.MANUAL
    assert not rendered().exists()  # "send e-mail" was not ticked
    duplicate = client.post(add, data)
    assert duplicate.status_code == 400
    cancel = reverse("forum_cancel_registration", args=[forum.pk, first.pk])
    assert client.get(cancel).status_code == 405
    client.post(cancel)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Status.CANCELLED and first.cancel_reason == "organiser"
    assert second.status == Status.CONFIRMED


def test_message_to_everyone_confirmed_goes_through_the_outbox(
    client, forum, organiser, django_capture_on_commit_callbacks
):
    register(forum, "a@example.org", language="ar")
    register(forum, "b@example.org", language="uk")
    client.force_login(organiser)
    rendered().all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("forum_message", args=[forum.pk]),
            {"subject": "Neuer Raum", "body": "Wir treffen uns in Raum 2."},
        )
    assert response.status_code == 302
    mails = rendered().filter(subject__contains="Neuer Raum")
    assert sorted(mails.values_list("to", flat=True)) == ["a@example.org", "b@example.org"]
    assert 'lang="ar" dir="rtl"' in mails.get(to="a@example.org").body_html


def test_creating_a_forum_in_the_admin_makes_the_creator_an_organiser(client, site_tree):
    from tests.forum.factories import make_event

    organiser = make_user("neu", organiser=True)
    event = make_event(parent=site_tree["home"]["de"])
    client.force_login(organiser)
    response = client.post(
        reverse("wagtailsnippets_forum_forum:add"),
        {
            "event": event.pk,
            "capacity": 40,
            "rounds": 3,
            "round_minutes": 20,
            "reminder_hours": 48,
            "retention_days": 90,
            "waitlist_enabled": "on",
            "double_opt_in": "on",
            "themes-TOTAL_FORMS": 1,
            "themes-INITIAL_FORMS": 0,
            "themes-MIN_NUM_FORMS": 0,
            "themes-MAX_NUM_FORMS": 1000,
            "themes-0-name": "Wohnen",
            "themes-0-name_translations": '{"en": "Housing"}',
            "themes-0-ORDER": 1,
            "tables-TOTAL_FORMS": 0,
            "tables-INITIAL_FORMS": 0,
            "tables-MIN_NUM_FORMS": 0,
            "tables-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    forum = Forum.objects.get(event=event)
    assert list(forum.organisers.all()) == [organiser]
    assert forum.themes.get().label("en") == "Housing"


def test_raising_capacity_in_the_admin_moves_people_up(client, site_tree, organiser):
    forum = make_forum(capacity=1, organisers=[organiser], parent=site_tree["home"]["de"])
    register(forum, "a@example.org")
    waiting = register(forum, "b@example.org")
    client.force_login(organiser)
    edit = client.get(reverse("wagtailsnippets_forum_forum:edit", args=[forum.pk]))
    form = edit.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or value is False:
            continue
        if name == "organisers":
            value = [getattr(user, "pk", user) for user in value]
        data[name] = value if value is not True else "on"
    for prefix, formset in form.formsets.items():
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": len(formset.forms),
                f"{prefix}-INITIAL_FORMS": len(formset.forms),
                f"{prefix}-MIN_NUM_FORMS": 0,
                f"{prefix}-MAX_NUM_FORMS": 1000,
            }
        )
        for index, child in enumerate(formset.forms):
            for name in child.fields:
                value = child.initial.get(name)
                if name in ("id", "forum"):
                    value = getattr(child.instance, f"{name}_id" if name == "forum" else "pk")
                if name == "languages":
                    value = value or []
                if name == "name_translations":
                    value = json.dumps(value or {})
                if value not in (None, ""):
                    data[f"{prefix}-{index}-{name}"] = value
            data[f"{prefix}-{index}-ORDER"] = index + 1
    data["capacity"] = 2
    response = client.post(reverse("wagtailsnippets_forum_forum:edit", args=[forum.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    forum.refresh_from_db()
    assert forum.seats_taken == 2


# --- check-in desk ------------------------------------------------------------------------


def test_check_in_desk_search_mark_once_and_walk_in(client, forum, organiser):
    person = register(forum, "ada@example.org", name="Ada Lovelace")
    desk = reverse("forum:check_in", args=[forum.pk])
    assert client.get(desk).status_code == 302  # to the login
    client.force_login(organiser)
    found = client.get(desk, {"q": "lovelace"})
    assert [p.pk for p in found.context["results"]] == [person.pk]
    client.post(desk, {"registration": person.pk})
    person.refresh_from_db()
    first_time = person.checked_in_at
    assert first_time and person.checked_in_by == organiser
    again = client.post(desk, {"registration": person.pk}, follow=True)
    person.refresh_from_db()
    assert person.checked_in_at == first_time
    assert [m.level_tag for m in again.context["messages"]][-1] == "warning"  # "already at …"
    walk_in = client.post(
        desk, {"action": "walk_in", "name": "Spontan", "email": "", "language": "fa"}
    )
    assert walk_in.status_code == 302
    assert Registration.objects.get(name="Spontan").checked_in_at is not None
    assert client.post(desk, {"action": "walk_in", "name": ""}).status_code == 400


def test_scanning_a_code_checks_in_once_and_forged_codes_fail(client, forum, organiser):
    person = register(forum, "ada@example.org")
    scan = reverse("forum:check_in_scan", kwargs={"code": make_token(person, CHECK_IN)})
    client.force_login(organiser)
    assert b"Ada" in client.get(scan).content
    first = client.post(scan, HTTP_ACCEPT="application/json").json()
    second = client.post(scan, HTTP_ACCEPT="application/json").json()
    assert (first["result"], second["result"]) == ("checked_in", "already")
    forged = client.post(
        reverse("forum:check_in_scan", kwargs={"code": f"{person.pk}.forged"}),
        HTTP_ACCEPT="application/json",
    )
    assert forged.status_code == 404 and forged.json()["result"] == "error"
    personal_link = make_token(person)  # the personal link is no check-in code
    assert (
        client.get(reverse("forum:check_in_scan", kwargs={"code": personal_link})).status_code
        == 404
    )


def test_scanning_someone_elses_forum_is_forbidden(client, forum, site_tree):
    person = register(forum, "ada@example.org")
    stranger = make_user("stranger", organiser=True)
    client.force_login(stranger)
    scan = reverse("forum:check_in_scan", kwargs={"code": make_token(person, CHECK_IN)})
    assert client.post(scan).status_code == 403
    person.refresh_from_db()
    assert person.checked_in_at is None
