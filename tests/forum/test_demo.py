"""The forum demo: attached to the events demo's World-Café event, idempotent."""

import io

import pytest

from forum import demo
from forum.models import Forum, Registration
from tests.forum.factories import make_event, make_user

pytestmark = pytest.mark.django_db


def test_without_the_event_it_creates_nothing_and_says_so(site_tree):
    out = io.StringIO()
    out.write("\n".join(demo.load()))
    assert "buergerforum-world-cafe" in out.getvalue()
    assert not Forum.objects.exists()


def test_demo_forum_with_themes_tables_registrations_and_organiser(site_tree):
    event = make_event(parent=site_tree["home"]["de"], slug=demo.EVENT_SLUG)
    organiser = make_user("orga", organiser=True)
    demo.load()
    demo.load()  # twice: nothing doubled

    forum = Forum.objects.get()
    assert forum.event_id == event.pk and forum.capacity == 120
    assert list(forum.organisers.all()) == [organiser]
    assert [t.name for t in forum.themes.all()] == [
        "Arbeit und Ausbildung",
        "Sprache und Bildung",
        "Wohnen und Quartier",
        "Teilhabe und Engagement",
    ]
    assert all(len(t.name_translations) == 8 for t in forum.themes.all())
    assert forum.tables.count() == 12
    registrations = forum.registrations.all()
    assert registrations.count() == 40
    assert len({r.language for r in registrations}) == 9
    assert all(r.email.endswith("@example.org") for r in registrations)
    assert registrations.exclude(interpretation_language="").exists()
    assert registrations.filter(childcare=True, children__gt=0).exists()
    assert forum.seats_taken == registrations.filter(status=Registration.Status.CONFIRMED).count()


def test_load_data_builds_a_large_consistent_forum(site_tree):
    from forum import load_data
    from tests.forum.factories import event_index

    event_index(site_tree["home"]["de"])
    out = io.StringIO()
    out.write(
        "\n".join(load_data.generate(options={"registrations": 250, "forum_organiser": "nobody"}))
    )
    forum = Forum.objects.get()
    assert forum.registrations.count() == 250
    confirmed = forum.registrations.filter(status="confirmed").count()
    assert confirmed == forum.seats_taken == 225 == forum.capacity
    assert forum.registrations.filter(status="waitlisted").count() == 25
    assert forum.event.live
    assert "250 registrations" in out.getvalue()
    out.write("\n".join(load_data.generate(options={"registrations": 0})))
    assert Forum.objects.count() == 1
