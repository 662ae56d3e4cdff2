"""Calendar entries that follow the registration (issue #15.8): the cancellation e-mail takes
the event out of the registrant's calendar (METHOD:CANCEL, the same UID, a higher SEQUENCE),
and whoever waits sees their place in the queue, in the e-mail and on the personal page."""

import base64

import pytest
from django.core import mail
from icalendar import Calendar

from events.ics import event_calendar_bytes, event_uid
from forum import services
from forum.links import personal_url
from forum.models import Registration
from forum.selectors import waitlist_position
from tests.forum.factories import make_forum, people, tr
from tests.outbox import rendered

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(site_tree):
    return make_forum(capacity=1, parent=site_tree["home"]["de"], waitlist_enabled=True)


def _attachment(email, name: str) -> bytes:
    found = [a for a in email.attachments if a["name"] == name]
    assert found, f"no {name} in {[a['name'] for a in email.attachments]}"
    return base64.b64decode(found[0]["content"])


def _event(ics: bytes):
    calendar = Calendar.from_ical(ics)
    (entry,) = calendar.walk("VEVENT")
    return calendar, entry


def test_the_cancellation_removes_the_event_the_confirmation_added(forum):
    registration = services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="uk"
    )
    confirmation = rendered().get(kind="forum.confirmed")
    _calendar, added = _event(_attachment(confirmation, "event.ics"))

    services.registration_cancel(registration=registration)
    cancellation = rendered().get(kind="forum.cancelled")
    calendar, removed = _event(_attachment(cancellation, "cancel.ics"))

    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(removed["UID"]) == str(added["UID"]) == event_uid(forum.event)
    assert str(removed["STATUS"]) == "CANCELLED"
    assert int(removed["SEQUENCE"]) > int(added["SEQUENCE"])
    assert str(removed["ATTENDEE"]) == "mailto:olena@example.org"
    # The feed's entry has that UID too: one event, wherever it came from.
    _feed, listed = _event(event_calendar_bytes(forum.event, language="de"))
    assert str(listed["UID"]) == str(removed["UID"])
    # Negative control: the confirmation itself cancels nothing.
    assert "cancel.ics" not in {a["name"] for a in confirmation.attachments}


def test_the_cancellation_file_reaches_the_mailbox_as_a_calendar_cancel(
    forum, django_capture_on_commit_callbacks
):
    registration = services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="de"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=registration)
    (message,) = mail.outbox
    ((name, content, mimetype),) = [a for a in message.attachments if a[0] == "cancel.ics"]
    assert mimetype.startswith("text/calendar") and "method=CANCEL" in mimetype
    calendar = Calendar.from_ical(content)
    assert str(calendar["METHOD"]) == "CANCEL"
    assert b'text/calendar; method="CANCEL"' in message.message().as_bytes()  # as sent


def test_the_waiting_list_email_and_the_personal_page_show_the_place(forum, client):
    people(forum, 1)  # the one seat is taken
    waiting = [
        services.registration_create(
            forum=forum, name=f"W{number}", email=f"w{number}@example.org", language="de"
        )
        for number in range(3)
    ]
    assert [person.status for person in waiting] == [Registration.Status.WAITLISTED] * 3
    third = rendered().get(to="w2@example.org", kind="forum.waitlisted")
    assert (
        tr("Your place on the waiting list: %(position)s.", html=False) % {"position": 3}
        in third.body_text
    )
    response = client.get(personal_url(waiting[1], absolute=False))
    page = response.content.decode()
    assert tr("Place on the waiting list") in page and "<dd>2</dd>" in page
    # Negative control: someone with a seat has no place in the queue.
    seated = Registration.objects.filter(status=Registration.Status.CONFIRMED).get()
    assert waitlist_position(seated) == 0


def test_the_place_costs_one_query_however_long_the_list(forum, django_assert_num_queries):
    people(forum, 1)
    people(forum, 3, status=Registration.Status.WAITLISTED, start=10)
    last_of_three = Registration.objects.waitlisted().last()
    with django_assert_num_queries(1):
        assert waitlist_position(last_of_three) == 3
    people(forum, 300, status=Registration.Status.WAITLISTED, start=100)
    last_of_many = Registration.objects.waitlisted().last()
    with django_assert_num_queries(1):
        assert waitlist_position(last_of_many) == 303
