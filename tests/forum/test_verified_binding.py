"""A registration joins the signed-in account only for one of the account's verified addresses.

The hole this closes: a signed-in citizen who typed someone else's address got that person's
registration in "my registrations", with its personal link, so they could confirm it without
the mailbox (defeating the double opt-in) and later read, cancel or erase what the owner added.
Each check below is paired with a control that shows it fails on the old behaviour."""

import importlib

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps as django_apps
from django.db.models import Q

from forum import services, views
from forum.links import make_token
from forum.models import Registration
from tests.forum.factories import make_forum, make_user
from tests.outbox import rendered

Status = Registration.Status
pytestmark = pytest.mark.django_db

MY_REGISTRATIONS = "/de/forum/my-registrations/"
OWNER_PHONE = "+49 170 5550123"


@pytest.fixture
def forum(site_tree):
    return make_forum(capacity=5, double_opt_in=True, parent=site_tree["home"]["de"])


@pytest.fixture
def citizen():
    """Signed in, with one verified address (stored in other letter case than typed)."""
    user = make_user("bea", first_name="Bea", last_name="Bürgerin")
    EmailAddress.objects.create(user=user, email="Bea@Example.org", verified=True, primary=True)
    return user


def register(client, forum, email, name="Bea Bürgerin"):
    response = client.post(
        f"/de/forum/{forum.pk}/register/",
        {"name": name, "email": email, "language": "de", "consent": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return Registration.objects.get(forum=forum, email_normalised=email.strip().lower())


def listed(client) -> set[int]:
    response = client.get(MY_REGISTRATIONS)
    assert response.status_code == 200
    return {registration.pk for registration, _token in response.context["rows"]}


def assert_anonymous(registration: Registration) -> None:
    registration.refresh_from_db()
    assert registration.user_id is None, f"bound to account {registration.user_id}"


def old_registrations_of(user):
    """The listing before the fix: bound rows, or rows with a verified address."""
    emails = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    return Registration.objects.filter(
        Q(user=user) | Q(email_normalised__in=[email.lower() for email in emails])
    ).select_related("forum__event")


# --- (a) one's own verified address -------------------------------------------------------


def test_own_verified_address_binds_case_insensitively_and_is_listed(client, forum, citizen):
    client.force_login(citizen)
    registration = register(client, forum, " BEA@example.ORG ")

    assert registration.user == citizen
    # Signed in is no shortcut past the double opt-in: the e-mailed link still confirms.
    assert registration.status == Status.PENDING
    assert Registration.objects.get(pk=registration.pk).confirmed_at is None
    assert listed(client) == {registration.pk}
    assert make_token(registration) in client.get(MY_REGISTRATIONS).content.decode()


def test_service_binds_only_a_verified_address_of_the_account_itself(forum, citizen):
    own = services.registration_create(
        forum=forum, name="Bea", email="bea@EXAMPLE.org", language="de", user=citizen
    )
    other = make_user("olena")
    EmailAddress.objects.create(user=other, email="olena@example.org", verified=True)
    foreign = services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="uk", user=citizen
    )

    assert own.user == citizen
    assert foreign.user is None  # verified, but by another account


# --- (b) someone else's address -----------------------------------------------------------


def test_someone_elses_address_stays_anonymous_and_only_the_mailed_link_opens_it(
    client, forum, citizen
):
    owner = make_user("olena")
    EmailAddress.objects.create(user=owner, email="olena@example.org", verified=True)
    client.force_login(citizen)

    registration = register(client, forum, "olena@example.org", name="Olena Kovalenko")
    assert_anonymous(registration)
    assert registration.status == Status.PENDING  # not confirmed because someone is signed in
    token = make_token(registration)
    mail = rendered().get()
    assert mail.to == "olena@example.org" and token in mail.body_text

    # The owner adds personal details through her link.
    services.registration_update(
        registration=registration,
        language="uk",
        phone=OWNER_PHONE,
        needs=services.Needs(childcare=True, children=2, interpretation_language="uk"),
    )

    # Not in the registering account's list, and its link is not on that page.
    assert registration.pk not in listed(client)
    page = client.get(MY_REGISTRATIONS).content.decode()
    assert token not in page and f"/forum/r/{registration.pk}." not in page

    # Without the token the account reaches neither the personal page nor the data download.
    for forged in (f"{registration.pk}", f"{registration.pk}.", f"{registration.pk}.forged"):
        for path in (f"/de/forum/r/{forged}/", f"/de/forum/r/{forged}/my-data.json"):
            response = client.get(path)
            assert response.status_code == 404, path
            assert OWNER_PHONE not in response.content.decode()
        # ... and cannot confirm, cancel or erase it.
        assert client.post(f"/de/forum/r/{forged}/", {"action": "confirm"}).status_code == 404
        assert client.post(f"/de/forum/r/{forged}/cancel/").status_code == 404
        assert client.post(f"/de/forum/r/{forged}/delete/").status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.PENDING and registration.erased_at is None
    assert registration.phone == OWNER_PHONE
    forum.refresh_from_db()
    assert forum.seats_taken == 0

    # The owner's own account lists it (her verified address), and her link confirms it.
    client.force_login(owner)
    assert listed(client) == {registration.pk}
    client.logout()
    response = client.post(f"/de/forum/r/{token}/", {"action": "confirm"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert_anonymous(registration)  # following the link does not bind it either


# --- (c) one's own address, never verified ------------------------------------------------


@pytest.mark.parametrize("email_row", ["unverified", "none"])
def test_own_unverified_address_is_not_bound(client, forum, email_row):
    user = make_user("carl")  # User.email is carl@example.org
    if email_row == "unverified":
        EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    client.force_login(user)

    registration = register(client, forum, "carl@example.org", name="Carl")

    assert_anonymous(registration)
    assert registration.status == Status.PENDING
    assert listed(client) == set()


def test_verifying_the_address_later_lists_the_registration_without_binding_it(client, forum):
    user = make_user("carl")
    address = EmailAddress.objects.create(user=user, email=user.email, verified=False)
    client.force_login(user)
    registration = register(client, forum, "carl@example.org", name="Carl")
    assert listed(client) == set()

    address.verified = True
    address.save()

    assert listed(client) == {registration.pk}  # the mailbox is now proved
    assert_anonymous(registration)


# --- (d) controls: the checks above would catch the old behaviour -------------------------


def test_control_binding_check_fails_when_verification_is_skipped(
    client, forum, citizen, monkeypatch
):
    """With the verification check forced to "yes", a foreign address binds again: the
    `assert_anonymous` used above then fails."""
    monkeypatch.setattr(services, "has_verified_address", lambda **_kwargs: True)
    client.force_login(citizen)

    registration = register(client, forum, "olena@example.org", name="Olena Kovalenko")

    assert registration.user == citizen
    with pytest.raises(AssertionError, match="bound to account"):
        assert_anonymous(registration)


def test_control_listing_check_fails_with_the_old_listing(client, forum, citizen, monkeypatch):
    """A row bound to the account with a foreign address (what the old binding produced) is
    not listed; the old listing, which trusted `Registration.user`, lists it."""
    legacy = Registration.objects.create(
        forum=forum,
        status=Status.PENDING,
        name="Olena",
        email="olena@example.org",
        language="uk",
        user=citizen,
    )
    client.force_login(citizen)
    assert legacy.pk not in listed(client)

    monkeypatch.setattr(views, "registrations_of", old_registrations_of)
    assert legacy.pk in listed(client)


# --- the data migration -------------------------------------------------------------------


def test_migration_unbinds_registrations_without_a_verified_address(forum, citizen):
    migration = importlib.import_module(
        "forum.migrations.0003_unbind_registrations_without_verified_address"
    )
    carl = make_user("carl")
    EmailAddress.objects.create(user=carl, email=carl.email, verified=False)

    def row(email, user):
        return Registration.objects.create(
            forum=forum, status=Status.PENDING, name=email, email=email, language="de", user=user
        )

    own = row("BEA@example.org", citizen)
    foreign = row("olena@example.org", citizen)
    unverified = row("carl@example.org", carl)
    anonymous = row("dana@example.org", None)

    migration.unbind_unverified(django_apps, None)

    bindings = dict(Registration.objects.values_list("pk", "user_id"))
    assert bindings == {
        own.pk: citizen.pk,
        foreign.pk: None,
        unverified.pk: None,
        anonymous.pk: None,
    }
    # Reversible as a no-op.
    operation = migration.Migration.operations[0]
    assert operation.reversible and operation.reverse_code is not None
    operation.reverse_code(django_apps, None)
    assert dict(Registration.objects.values_list("pk", "user_id")) == bindings
