"""A home for organisers: "My forums" on the admin home (constant queries), the dashboard
link on the public event page for the forum's organisers only (and never in a shared cache),
initials avatars instead of Gravatar."""

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum import services
from tests.forum.factories import make_event, make_forum, make_user, people

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(db):
    return make_user("home-orga", organiser=True, first_name="Olga", last_name="Reiter")


def test_my_forums_on_the_admin_home(client, site_tree, organiser):
    home = site_tree["home"]["de"]
    forum = make_forum(capacity=8, organisers=[organiser], parent=home)
    foreign = make_forum(parent=home, event=make_event(parent=home, title="Fremdes Forum"))
    people(forum, 3)
    people(forum, 2, status="waitlisted", start=10)
    first = forum.registrations.filter(status="confirmed").first()
    services.registration_check_in(registration=first, by=organiser)
    client.force_login(organiser)
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-my-forums" in body
    row = body[body.index(f'data-forum="{forum.pk}"') :]
    row = row[: row.index("</tr>")]
    assert 'data-figure="seats">3 / 8<' in row
    assert 'data-figure="waiting">2<' in row
    assert 'data-figure="checked-in">1<' in row
    assert reverse("forum_dashboard", args=[forum.pk]) in row
    assert reverse("forum:check_in", args=[forum.pk]) in row
    assert reverse("forum_audit", args=[forum.pk]) in row
    assert f'data-forum="{foreign.pk}"' not in body


def test_my_forums_costs_the_same_for_one_and_five_forums(client, site_tree, organiser):
    home = site_tree["home"]["de"]
    make_forum(organisers=[organiser], parent=home)
    client.force_login(organiser)
    client.get(reverse("wagtailadmin_home"))  # warm caches (content types, site)
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("wagtailadmin_home"))
    for _ in range(4):
        forum = make_forum(organisers=[organiser], parent=home)
        people(forum, 3)
    with CaptureQueriesContext(connection) as five:
        body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert body.count("data-forum=") == 5
    assert len(five) == len(one), [q["sql"] for q in five.captured_queries][-10:]


def test_no_panel_for_editors(client, site_tree):
    from django.contrib.auth.models import Group

    from core.roles import EDITORS, ensure_roles

    ensure_roles()
    editor = make_user("home-editor")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert "data-my-forums" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_event_page_links_its_organisers_to_the_dashboard(client, site_tree, organiser, settings):
    settings.PAGE_CACHE_SECONDS = 300
    forum = make_forum(organisers=[organiser], parent=site_tree["home"]["de"])
    url = forum.event.url
    link = reverse("forum_dashboard", args=[forum.pk])

    anonymous = client.get(url)
    assert anonymous.status_code == 200 and anonymous["X-Page-Cache"] == "miss"
    assert link not in anonymous.content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"  # the anonymous page is still cached

    client.force_login(make_user("home-citizen"))
    assert link not in client.get(url).content.decode()

    client.force_login(organiser)
    response = client.get(url)
    assert link in response.content.decode()
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"
    assert "max-age=0" in response["Cache-Control"]  # no shared cache keeps this one

    client.logout()
    again = client.get(url)
    assert link not in again.content.decode()  # the cache never learnt it
    assert again["X-Page-Cache"] == "hit"


def test_gravatar_is_off_and_avatars_are_initials(client, organiser):
    assert django_settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    client.force_login(organiser)
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "gravatar" not in body.lower()
    assert 'src="data:image/svg+xml;base64,' in body
    from portal.avatars import initials

    assert initials(organiser) == "OR"
    assert initials(make_user("zoe")) == "ZO"


def test_ended_forums_drop_off_after_two_weeks(client, site_tree, organiser):
    home = site_tree["home"]["de"]
    old = make_forum(
        organisers=[organiser],
        event=make_event(parent=home, start=timezone.now() - timedelta(days=30)),
    )
    client.force_login(organiser)
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'data-forum="{old.pk}"' not in body
