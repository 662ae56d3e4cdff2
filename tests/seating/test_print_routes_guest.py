"""`?guest=` of the route cards: only an id in ASCII digits picks one guest's card.

"²" passes str.isdigit() but int() rejects it (a server error), and int("٣") is 3, so a
guest id typed in other digits picked a card. Such values are ignored like a bad `?size=`."""

import pytest

from forum.models import Registration
from seating import services
from tests.seating.factories import add_guests, make_plan_forum, make_user
from tests.seating.test_views import QUICK, print_url

pytestmark = pytest.mark.django_db

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.fixture
def forum():
    organiser = make_user("orga", organiser=True)
    forum = make_plan_forum(tables=2, seats=4, rounds=1, organisers=[organiser])
    add_guests(forum, 5)
    services.plan_create(forum=forum, seed=1, **QUICK)
    forum.organiser = organiser
    return forum


def _cards(client, forum, guest):
    response = client.get(print_url("routes", forum), {"guest": guest})
    assert response.status_code == 200
    return response.content.decode().count("seating-card--route")


def test_guest_id_in_other_digits_or_too_long_is_ignored(client, forum):
    client.force_login(forum.organiser)
    guest = Registration.objects.filter(forum=forum).order_by("pk").last()
    everyone = Registration.objects.filter(forum=forum).count()
    assert _cards(client, forum, str(guest.pk)) == 1
    for bad in ("²", str(guest.pk).translate(ARABIC_INDIC), "9" * 19, str(2**63), "x"):
        assert _cards(client, forum, bad) == everyone, bad
