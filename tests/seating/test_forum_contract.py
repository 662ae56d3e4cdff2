"""Seating reads forums and registrations only through `forum.public` (architecture #13), and
what it reads there agrees with itself: whom a plan is for, the tables, the organisers."""

from __future__ import annotations

import ast
import weakref
from pathlib import Path

import pytest

from forum import privacy, public
from forum.models import Registration
from seating import services, signals
from tests.seating.factories import add_guests, make_plan_forum, make_user

SEATING = Path(__file__).resolve().parents[2] / "seating"


def _forum_imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            module = node.module
            if module == "forum":
                names += [f"forum.{alias.name}" for alias in node.names]
            elif module.startswith("forum."):
                names.append(module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names if a.name.split(".")[0] == "forum"]
    return names


def test_seating_imports_nothing_of_forum_but_its_public_module():
    offenders = {
        str(path.relative_to(SEATING)): wrong
        for path in sorted(SEATING.rglob("*.py"))
        if "migrations" not in path.parts
        if (wrong := [name for name in _forum_imports(path) if name != "forum.public"])
    }
    assert offenders == {}


def test_control_a_reach_into_forum_models_is_caught(tmp_path):
    module = tmp_path / "reach.py"
    module.write_text(
        "from forum import public, services\n"
        "from forum.public import Forum\n"
        "def f():\n"
        "    from forum.models import Registration\n"
        "    import forum.selectors\n",
        encoding="utf-8",
    )
    assert _forum_imports(module) == [
        "forum.public",
        "forum.services",
        "forum.public",
        "forum.models",
        "forum.selectors",
    ]


def test_the_erasure_signal_is_the_public_one():
    assert privacy.personal_data_erased is public.personal_data_erased
    receivers = [entry[1] for entry in public.personal_data_erased.receivers]
    live = [r() if isinstance(r, weakref.ReferenceType) else r for r in receivers]
    assert signals._forget_seats in live


@pytest.mark.django_db
def test_guests_for_planning_and_is_guest_for_planning_agree():
    forum = make_plan_forum(tables=2, seats=10)
    add_guests(forum, 2)
    add_guests(forum, 2, checked_in=True)
    add_guests(forum, 1, status=Registration.Status.WAITLISTED)
    add_guests(forum, 1, status=Registration.Status.CANCELLED, checked_in=True)
    everyone = list(public.registrations_of_forum(forum))
    assert len(everyone) == 6
    for checked_in_only, expected in ((False, 4), (True, 2)):
        planned = list(public.guests_for_planning(forum, checked_in_only=checked_in_only))
        assert len(planned) == expected
        assert planned == sorted(planned, key=lambda r: (r.created_at, r.pk))
        assert {r.pk for r in planned} == {
            r.pk
            for r in everyone
            if public.is_guest_for_planning(r, checked_in_only=checked_in_only)
        }
    other = make_plan_forum(tables=1)
    add_guests(other, 3)
    assert not public.registrations_of_forum(forum).filter(forum=other).exists()
    assert len(services.planned_registrations(forum=forum, source="checked_in")) == 2


@pytest.mark.django_db
def test_tables_come_in_the_organisers_order_with_their_themes(django_assert_num_queries):
    forum = make_plan_forum(tables=3)
    forum.tables.filter(sort_order=0).update(sort_order=9)
    with django_assert_num_queries(1):
        tables = list(public.tables_of_forum(forum.pk))
        labels = [table.theme.name for table in tables]
    assert [table.sort_order for table in tables] == [1, 2, 9]
    assert labels == ["Sprache und Bildung", "Arbeit und Ausbildung", "Wohnen und Quartier"]


@pytest.mark.django_db
def test_forums_organised_by_organisers_and_superusers_only():
    organiser, stranger = make_user("orga"), make_user("other")
    admin = make_user("admin", is_superuser=True)
    mine, theirs = make_plan_forum(organisers=[organiser]), make_plan_forum()
    assert list(public.forums_organised_by(organiser)) == [mine]
    assert list(public.forums_organised_by(stranger)) == []
    assert set(public.forums_organised_by(admin)) == {mine, theirs}
