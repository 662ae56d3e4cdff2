"""The seating demo: plans and publishes the demo forum's tables, idempotently."""

import io

import pytest

from seating import demo
from seating.models import Seat, SeatingPlan
from tests.seating.factories import add_guests, make_event, make_plan_forum

pytestmark = pytest.mark.django_db


def test_without_the_forum_demo_it_says_so_and_does_nothing(db):
    out = io.StringIO()
    out.write("\n".join(demo.load()))
    assert "forum demo not loaded" in out.getvalue()
    assert not SeatingPlan.objects.exists()


def test_plans_and_publishes_the_demo_forum_once(monkeypatch):
    monkeypatch.setattr(demo, "ITERATIONS", 20_000)
    event = make_event()
    event.slug = demo.EVENT_SLUG
    event.save()
    forum = make_plan_forum(event=event, tables=6, seats=9, rounds=3)
    guests = add_guests(forum, 30)
    out = io.StringIO()
    out.write("\n".join(demo.load()))
    plan = SeatingPlan.objects.get(forum=forum)
    assert plan.is_published and plan.metrics["guests"] == 30
    assert Seat.objects.filter(plan=plan).count() == 90
    # Second run: nothing changes (a hand move would survive).
    version = plan.version
    out.write("\n".join(demo.load()))
    assert SeatingPlan.objects.get(pk=plan.pk).version == version
    assert "up to date" in out.getvalue()
    # New confirmed guests: planned again.
    add_guests(forum, 2)
    out.write("\n".join(demo.load()))
    plan.refresh_from_db()
    assert plan.metrics["guests"] == 32 and plan.is_published
    assert {s.registration_id for s in Seat.objects.filter(plan=plan)} >= {g.pk for g in guests}
