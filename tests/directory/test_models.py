"""Schedules as RRULEs, staleness, consent, the admin's snippets and wagtail-localize."""

from datetime import date, datetime, time

import pytest
from django.contrib.auth import get_user_model
from wagtail_localize.models import TranslationSource

from directory.models import Contact, Schedule, Service
from tests.directory.factories import locale, make_full_service, make_service

pytestmark = pytest.mark.django_db


def test_a_weekly_schedule_expands_with_dateutil():
    schedule = Schedule(
        freq="WEEKLY",
        byday="TU,TH",
        opens_at=time(9),
        dtstart=date(2026, 1, 5),
        until=date(2026, 1, 31),
    )
    assert schedule.rrule_text() == "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;UNTIL=20260131T235959"
    days = schedule.occurrences(start=date(2026, 1, 1), end=date(2026, 2, 28))
    assert days[0] == datetime(2026, 1, 6, 9) and days[-1] == datetime(2026, 1, 29, 9)
    assert len(days) == 8  # nothing after `until`


def test_a_monthly_schedule_by_weekday_position():
    schedule = Schedule(freq="MONTHLY", byday="-1SA", opens_at=time(11), dtstart=date(2026, 1, 1))
    days = schedule.occurrences(start=date(2026, 1, 1), end=date(2026, 3, 31))
    assert [d.date() for d in days] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 28)]
    assert (
        Schedule(freq="", byday="MO").occurrences(start=date(2026, 1, 1), end=date(2026, 2, 1))
        == []
    )


def test_stale_after_thirteen_months():
    service = make_service(assured_date=date(2025, 1, 1))
    assert service.is_stale(today=date(2026, 2, 5))
    assert not service.is_stale(today=date(2025, 12, 1))
    assert Service(assured_date=None).is_stale(today=date(2026, 1, 1))


def test_publishable_contacts():
    make_full_service()
    shown = set(Contact.objects.publishable().values_list("name", flat=True))
    assert "Vera Volunteer" in shown and "Zarah Geheimname" not in shown


def test_wagtail_localize_keeps_relations_on_the_canonical_rows(admin_client):
    """A translation made with wagtail-localize shares the HSDS id and points at the German
    actor (SynchronizedField), so it never becomes a second offer."""
    service = make_full_service()
    english = locale("en")
    source, _ = TranslationSource.get_or_create_from_instance(service)
    source.create_or_update_translation(english, fallback=True)
    translation = Service.objects.get(locale=english)
    assert translation.translation_key == service.translation_key
    assert translation.organization_id == service.organization_id
    assert Service.objects.canonical().count() == 1


def test_editors_edit_the_directory_in_wagtail(admin_client):
    service = make_full_service()
    for url in (
        "/admin/snippets/directory/service/",
        f"/admin/snippets/directory/service/edit/{service.pk}/",
        "/admin/snippets/directory/organization/add/",
        "/admin/snippets/directory/contact/",
        "/admin/snippets/directory/schedule/",
    ):
        assert admin_client.get(url).status_code == 200, url
    assert get_user_model().objects.filter(is_superuser=True).exists()


def test_editors_may_edit_the_directory(client):
    from django.contrib.auth.models import Group

    from core.roles import EDITORS, ensure_roles

    ensure_roles()
    editor = get_user_model().objects.create_user(username="ed", password="pw-123456789")
    editor.groups.add(Group.objects.get(name=EDITORS))
    assert editor.has_perm("directory.change_service") and editor.has_perm("directory.add_contact")
    client.force_login(editor)
    assert client.get("/admin/snippets/directory/service/").status_code == 200
    citizen = get_user_model().objects.create_user(username="cit", password="pw-123456789")
    assert not citizen.has_perm("directory.change_service")
