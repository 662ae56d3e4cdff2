"""Never overbooked: hundreds of simultaneous registrations over HTTP against a live server
with real threads and real transactions (SQLite or PostgreSQL, whichever DATABASE_URL says).

The control run switches the seat guard off ("count, then insert") and must overbook:
otherwise this test could not tell a broken guard from a working one."""

import http.client
import re
import threading
from collections import Counter
from urllib.parse import urlencode, urlsplit

import pytest

from forum import services
from forum.models import Forum, Registration
from tests.forum.factories import make_forum

pytestmark = [pytest.mark.concurrency, pytest.mark.django_db(transaction=True)]

CLIENTS = 200
SEATS = 50


def _csrf(base: str, path: str) -> tuple[str, str]:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    html = response.read().decode()
    cookie = next(
        value.split(";")[0]
        for name, value in response.getheaders()
        if name.lower() == "set-cookie" and value.startswith("csrftoken=")
    )
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    connection.close()
    return cookie, token


def fire(base: str, forum: Forum, count: int) -> Counter:
    """`count` registrations released at the same instant from `count` threads."""
    path = f"/de/forum/{forum.pk}/register/"
    cookie, token = _csrf(base, path)
    parts = urlsplit(base)
    barrier = threading.Barrier(count)
    statuses: Counter = Counter()
    lock = threading.Lock()

    def one(index: int) -> None:
        body = urlencode(
            {
                "csrfmiddlewaretoken": token,
                "name": f"Person {index}",
                "email": f"person{index}@example.org",
                "language": ["de", "ar", "uk", "fa"][index % 4],
                "consent": "on",
            }
        )
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        barrier.wait()
        try:
            connection.request(
                "POST",
                path,
                body=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": cookie,
                    "Referer": base + path,
                },
            )
            status = connection.getresponse().status
        except OSError as error:
            status = type(error).__name__
        finally:
            connection.close()
        with lock:
            statuses[status] += 1

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.fixture
def open_forum(transactional_db, settings):
    settings.FORUM_REGISTRATION_RATE = ""  # one client address sends them all
    from tests.portal_tree import build_site_tree

    tree = build_site_tree(("de",))
    return make_forum(capacity=SEATS, themes=(), parent=tree["home"]["de"])


def test_never_overbooked_under_simultaneous_registrations(bounded_live_server, open_forum):
    statuses = fire(bounded_live_server, open_forum, CLIENTS)

    assert statuses == Counter({302: CLIENTS}), statuses  # every one answered, no errors
    counts = Counter(open_forum.registrations.values_list("status", flat=True))
    assert counts == {"confirmed": SEATS, "waitlisted": CLIENTS - SEATS}
    open_forum.refresh_from_db()
    assert open_forum.seats_taken == SEATS
    # Everyone got exactly one e-mail, in the outbox, and the waiting list has a clean order.
    from core.models import OutgoingEmail

    assert OutgoingEmail.objects.count() == CLIENTS
    queued = list(
        Registration.objects.filter(forum=open_forum, status="waitlisted").values_list(
            "queued_at", flat=True
        )
    )
    assert len(queued) == CLIENTS - SEATS and all(queued)


def test_control_without_the_guard_the_same_load_overbooks(
    bounded_live_server, open_forum, monkeypatch
):
    monkeypatch.setattr(services, "SEAT_GUARD", False)

    statuses = fire(bounded_live_server, open_forum, CLIENTS)

    assert statuses[302] == CLIENTS, statuses
    confirmed = open_forum.registrations.filter(status="confirmed").count()
    print(f"control run without the guard: {confirmed} confirmed for {SEATS} seats")
    assert confirmed > SEATS, (
        f"{confirmed} confirmed for {SEATS} seats: the test no longer detects overbooking"
    )
