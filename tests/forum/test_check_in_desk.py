"""The check-in desk is safe: it admits people only inside the check-in window, a check-in
can be undone (at the desk and on the dashboard), walk-ins still work, refusals are clear
messages (never a 500), and the desk's search term stays on the desk."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forum import services
from forum.models import Registration
from portal.settings import base as base_settings
from tests.forum.factories import make_event, make_forum, make_user, tr

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def production_window(settings):
    """The window as deployed (the test settings open it a month ahead for other tests)."""
    settings.FORUM_CHECK_IN_OPENS_MINUTES = base_settings.FORUM_CHECK_IN_OPENS_MINUTES
    settings.FORUM_CHECK_IN_CLOSES_MINUTES = base_settings.FORUM_CHECK_IN_CLOSES_MINUTES


@pytest.fixture
def organiser(db):
    return make_user("desk-orga", organiser=True)


def forum_starting_in(delta, organiser, **kwargs):
    event = make_event(start=timezone.now() + delta, hours=3)
    return make_forum(capacity=5, event=event, organisers=[organiser], **kwargs)


def opens_on(html=True) -> str:
    """ "Check-in opens on " in the interface language (German), without the moment."""
    return tr("Check-in opens on %(moment)s.", html=html).split("%(moment)s")[0]


NOTHING_TO_UNDO = "This person has not been checked in, so there is nothing to undo."
UNDO = "Undo check-in"


def register(forum, name="Ada Lovelace", email="ada@example.org"):
    return services.registration_create(forum=forum, name=name, email=email, language="de")


def test_the_default_window_is_two_hours_before_and_after():
    assert base_settings.FORUM_CHECK_IN_OPENS_MINUTES == 120
    assert base_settings.FORUM_CHECK_IN_CLOSES_MINUTES == 120


def test_three_weeks_ahead_nobody_is_admitted(organiser):
    forum = forum_starting_in(timedelta(days=21), organiser)
    person = register(forum)
    with pytest.raises(services.CheckInClosed) as refused:
        services.registration_check_in(registration=person, by=organiser)
    assert str(refused.value.message).startswith(opens_on(html=False))
    person.refresh_from_db()
    assert person.checked_in_at is None
    assert not ModelLogEntry.objects.filter(action="forum.check_in").exists()


def test_window_edges(organiser):
    forum = forum_starting_in(timedelta(days=2), organiser)
    person = register(forum)
    start, end = forum.event.start, forum.event.end
    with pytest.raises(services.CheckInClosed):
        services.registration_check_in(
            registration=person, now=start - timedelta(minutes=121), by=organiser
        )
    outcome = services.registration_check_in(
        registration=person, now=start - timedelta(minutes=119), by=organiser
    )
    assert outcome.changed
    late = register(forum, name="Grace Hopper", email="grace@example.org")
    with pytest.raises(services.CheckInClosed) as refused:
        services.registration_check_in(
            registration=late, now=end + timedelta(minutes=121), by=organiser
        )
    assert str(refused.value.message) == tr("Check-in for this event has closed.", html=False)
    assert services.registration_check_in(
        registration=late, now=end + timedelta(minutes=119), by=organiser
    ).changed


def test_the_window_follows_the_settings(organiser, settings):
    forum = forum_starting_in(timedelta(hours=5), organiser)
    person = register(forum)
    with pytest.raises(services.CheckInClosed):
        services.registration_check_in(registration=person, by=organiser)
    settings.FORUM_CHECK_IN_OPENS_MINUTES = 6 * 60
    assert services.registration_check_in(registration=person, by=organiser).changed


def test_desk_refuses_early_check_in_with_a_message(client, organiser):
    forum = forum_starting_in(timedelta(days=21), organiser)
    person = register(forum)
    client.force_login(organiser)
    url = reverse("forum:check_in", args=[forum.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert b"data-desk-closed" in page.content
    response = client.post(url, {"registration": person.pk}, follow=True)
    assert response.status_code == 200
    assert opens_on() in response.content.decode()
    person.refresh_from_db()
    assert person.checked_in_at is None


def test_undo_at_the_desk(client, organiser):
    forum = forum_starting_in(timedelta(hours=1), organiser)
    person = register(forum)
    services.registration_check_in(registration=person, by=organiser)
    client.force_login(organiser)
    url = reverse("forum:check_in", args=[forum.pk])
    page = client.get(url, {"q": "Ada"})
    assert tr(UNDO) in page.content.decode()
    response = client.post(f"{url}?q=Ada", {"registration": person.pk, "action": "undo"})
    assert response.status_code == 302
    assert response["Location"].endswith("?q=Ada")
    person.refresh_from_db()
    assert person.checked_in_at is None and person.checked_in_by is None
    assert person.status == Registration.Status.CONFIRMED  # the seat stays
    entry = ModelLogEntry.objects.get(action="forum.check_in_undo")
    assert entry.user == organiser and entry.data["person"] == person.pk
    # A second undo: nothing to undo, said plainly.
    again = client.post(url, {"registration": person.pk, "action": "undo"}, follow=True)
    assert again.status_code == 200
    assert tr(NOTHING_TO_UNDO) in again.content.decode()


def test_undo_of_someone_never_checked_in_is_refused(organiser):
    forum = forum_starting_in(timedelta(hours=1), organiser)
    person = register(forum)
    with pytest.raises(services.NotCheckedIn):
        services.registration_check_in_undo(registration=person, by=organiser)
    assert not ModelLogEntry.objects.filter(action="forum.check_in_undo").exists()


def test_undo_on_the_dashboard(client, organiser):
    forum = forum_starting_in(timedelta(hours=1), organiser)
    person = register(forum)
    services.registration_check_in(registration=person, by=organiser)
    client.force_login(organiser)
    dashboard = client.get(reverse("forum_dashboard", args=[forum.pk]))
    undo_url = reverse("forum_undo_check_in", args=[forum.pk, person.pk])
    assert undo_url in dashboard.content.decode()
    response = client.post(undo_url, follow=True)
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.checked_in_at is None
    refused = client.post(undo_url, follow=True)
    assert refused.status_code == 200
    assert tr(NOTHING_TO_UNDO) in refused.content.decode()


def test_undo_needs_the_forums_organiser(client, organiser):
    forum = forum_starting_in(timedelta(hours=1), organiser)
    person = register(forum)
    services.registration_check_in(registration=person, by=organiser)
    client.force_login(make_user("other-orga", organiser=True))
    response = client.post(reverse("forum_undo_check_in", args=[forum.pk, person.pk]))
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.checked_in_at is not None


def test_walk_ins_still_work_inside_the_window(client, organiser):
    forum = forum_starting_in(timedelta(minutes=30), organiser)
    client.force_login(organiser)
    url = reverse("forum:check_in", args=[forum.pk])
    response = client.post(
        url, {"action": "walk_in", "name": "Walk In", "email": "", "language": "de"}
    )
    assert response.status_code == 302
    person = forum.registrations.get(name="Walk In")
    assert person.checked_in_at is not None
    assert ModelLogEntry.objects.filter(action="forum.walk_in", user=organiser).count() == 1


def test_walk_in_outside_the_window_is_refused_and_keeps_the_typing(client, organiser):
    forum = forum_starting_in(timedelta(days=21), organiser)
    client.force_login(organiser)
    url = reverse("forum:check_in", args=[forum.pk])
    response = client.post(
        url, {"action": "walk_in", "name": "Early Bird", "email": "", "language": "de"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert opens_on() in body
    assert 'value="Early Bird"' in body
    assert not forum.registrations.exists()


def test_scan_outside_the_window_answers_json_refusal(client, organiser):
    from forum.links import check_in_url

    forum = forum_starting_in(timedelta(days=21), organiser)
    person = register(forum)
    client.force_login(organiser)
    path = check_in_url(person).split("://", 1)[1].split("/", 1)[1]
    response = client.post("/" + path, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["result"] == "error"
    assert response.json()["message"].startswith(opens_on(html=False))


def test_the_desk_search_stays_on_the_desk(client, organiser):
    forum = forum_starting_in(timedelta(hours=1), organiser)
    register(forum, name="Zofia Nowak", email="zofia@example.org")
    client.force_login(organiser)
    body = client.get(reverse("forum:check_in", args=[forum.pk]), {"q": "Zofia"}).content.decode()
    site_search = re.search(r'<input id="site-search"[^>]*>', body).group(0)
    assert "Zofia" not in site_search
    desk_search = re.search(r'<input id="checkin-q"[^>]*>', body).group(0)
    assert 'value="Zofia"' in desk_search
    # Negative control: the site search itself still shows its own term.
    search = client.get(reverse("search"), {"q": "Zofia"})
    own = re.search(r'<input id="site-search"[^>]*>', search.content.decode()).group(0)
    assert 'value="Zofia"' in own


# --- the dashboard around the desk (issue 15, point 1) ------------------------------------


def test_dashboard_states_its_order_and_sorts_by_it(client, organiser):
    forum = forum_starting_in(timedelta(days=3), organiser)
    register(forum, name="Zora Zander", email="z@example.org")
    register(forum, name="Anna Adler", email="a@example.org")
    client.force_login(organiser)
    url = reverse("forum_dashboard", args=[forum.pk])
    by_date = client.get(url).content.decode()
    assert 'data-order="registered"' in by_date
    assert tr("Sorted by date of registration, oldest first.") in by_date
    assert by_date.index("Zora Zander") < by_date.index("Anna Adler")
    by_name = client.get(url, {"order": "name"}).content.decode()
    assert tr("Sorted by name, A to Z.") in by_name
    assert by_name.index("Anna Adler") < by_name.index("Zora Zander")
    junk = client.get(url, {"order": "<script>"})
    assert junk.status_code == 200 and 'data-order="registered"' in junk.content.decode()


def test_dashboard_shows_needs_in_the_readers_language_with_plurals(client, organiser):
    from django.utils import translation

    forum = forum_starting_in(timedelta(days=3), organiser)
    for i, children in enumerate((1, 3)):
        services.registration_create(
            forum=forum,
            name=f"Parent {i}",
            email=f"parent{i}@example.org",
            language="uk",
            needs=services.Needs(interpretation_language="uk", childcare=True, children=children),
        )
    client.force_login(organiser)
    with translation.override("de"):
        body = client.get(
            reverse("forum_dashboard", args=[forum.pk]), HTTP_ACCEPT_LANGUAGE="de"
        ).content.decode()
    needs_table = body.split('aria-labelledby="needs-heading"')[1].split("</table>")[0]
    assert "Ukrainisch" in needs_table and "Українська" not in needs_table
    assert "Kinderbetreuung: 1 Kind<" in body or "Kinderbetreuung: 1 Kind," in body
    assert "Kinderbetreuung: 3 Kinder" in body
    assert "1 Kinder" not in body
    assert f"data-title>{forum}</h1>" in body
