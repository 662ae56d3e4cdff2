"""Public registration pages, personal links, "my registrations", bad input."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from forum import services
from forum.links import CHECK_IN, make_token
from forum.models import Registration
from tests.forum.factories import make_forum, make_user, tr
from tests.outbox import rendered

Status = Registration.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(site_tree):
    return site_tree


@pytest.fixture
def forum(tree):
    return make_forum(capacity=2, double_opt_in=True, parent=tree["home"]["de"])


def url(forum, language="de"):
    return f"/{language}/forum/{forum.pk}/register/"


def form_data(**overrides):
    data = {
        "name": "Olena Kovalenko",
        "email": "olena@example.org",
        "language": "uk",
        "phone": "+49 170 1234567",
        "interpretation_language": "uk",
        "childcare": "on",
        "children": "2",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


# --- the form -----------------------------------------------------------------------------


def test_form_shows_languages_in_their_own_names_and_the_privacy_notice(client, forum):
    response = client.get(url(forum, "uk"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<option value="ar" lang="ar">العربية</option>' in html
    assert '<option value="uk" selected lang="uk">Українська</option>' in html
    assert "90" in html and 'id="privacy-notice"' in html
    assert "private" in response["Cache-Control"]
    assert 'name="wish_1"' in html and "Arbeit und Ausbildung (uk)" in html


def test_logged_in_citizen_gets_details_prefilled(client, forum):
    from allauth.account.models import EmailAddress

    user = make_user("bea", first_name="Bea", last_name="Bürgerin")
    # Bound to the account because the address is a verified one (test_verified_binding.py).
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.force_login(user)
    html = client.get(url(forum)).content.decode()
    assert 'value="Bea Bürgerin"' in html
    assert 'value="bea@example.org"' in html
    assert "/de/forum/my-registrations/" in html
    response = client.post(url(forum), form_data(name="Bea Bürgerin", email="bea@example.org"))
    assert Registration.objects.get().user == user
    thanks = client.get(response["Location"]).content.decode()
    assert "/de/forum/my-registrations/" in thanks


def test_unpublished_event_has_no_registration_page(client, forum):
    forum.event.unpublish()
    assert client.get(url(forum)).status_code == 404


def test_valid_submission_creates_a_pending_registration_and_an_email_in_its_language(
    client, forum
):
    theme = forum.themes.first()
    response = client.post(url(forum), form_data(wish_1=theme.pk))
    assert response.status_code == 302
    assert response["Location"].endswith("?status=pending")
    registration = Registration.objects.get()
    assert registration.status == Status.PENDING
    assert registration.language == "uk" and registration.children == 2
    assert registration.consent_at is not None
    assert list(registration.wishes.values_list("theme_id", flat=True)) == [theme.pk]
    mail = rendered().get()
    assert mail.to == "olena@example.org"
    assert 'lang="uk"' in mail.body_html
    link = re.search(r"http://\S+/uk/forum/r/\S+/", mail.body_text).group(0)
    page = client.get(link.split("8000", 1)[-1] if "8000" in link else link)
    assert page.status_code == 200


def test_thanks_page_has_no_personal_data_and_is_cacheable(client, forum):
    client.post(url(forum), form_data())
    response = client.get(f"/de/forum/{forum.pk}/registered/?status=pending")
    assert response.status_code == 200
    assert b"olena" not in response.content.lower()
    assert "private" not in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"email": "not-an-address"}, "email"),
        ({"consent": None}, "consent"),
        ({"children": "0"}, "children"),
        ({"phone": "call me maybe"}, "phone"),
        ({"language": "xx"}, "language"),
    ],
)
def test_bad_input_is_a_400_that_keeps_what_was_typed(client, forum, overrides, field):
    response = client.post(url(forum, "ar"), form_data(**overrides))
    assert response.status_code == 400
    html = response.content.decode()
    assert field in response.context["form"].errors
    assert 'id="form-errors"' in html and 'aria-invalid="true"' in html
    if field != "name":
        assert 'value="Olena Kovalenko"' in html
    assert not Registration.objects.exists()


def test_same_wish_twice_is_refused(client, forum):
    theme = forum.themes.first()
    response = client.post(url(forum), form_data(wish_1=theme.pk, wish_2=theme.pk))
    assert response.status_code == 400
    assert "wish_2" in response.context["form"].errors


def test_registered_email_gets_a_clear_message_and_the_link_again(client, forum):
    client.post(url(forum), form_data())
    Registration.objects.update(created_at=timezone.now() - timedelta(minutes=10))
    response = client.post(url(forum), form_data(name="Someone Else"))
    assert response.status_code == 409
    assert (
        tr(
            "This e-mail address is already registered for this forum. We have "
            "sent the link to your registration to this address again."
        )
        in response.content.decode()
    )
    assert 'value="Someone Else"' in response.content.decode()
    assert Registration.objects.count() == 1
    assert rendered().count() == 2  # the first confirmation and the link again


def test_double_click_counts_once_and_answers_like_the_first(client, forum):
    first = client.post(url(forum), form_data())
    second = client.post(url(forum), form_data())
    assert second.status_code == 302
    assert second["Location"] == first["Location"]
    assert Registration.objects.count() == 1


def test_honeypot_pretends_success_and_stores_nothing(client, forum):
    response = client.post(url(forum), form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Registration.objects.exists()
    assert not rendered().exists()


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_rate_limit_answers_429_in_the_visitors_language(client, forum, settings, language):
    settings.FORUM_REGISTRATION_RATE = "2/10m"
    for number in range(2):
        client.post(url(forum, language), form_data(email=f"p{number}@example.org"))
    response = client.post(url(forum, language), form_data(email="p3@example.org"))
    assert response.status_code == 429
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    message = (
        "Too many registrations from your network in a short time. "
        "Please wait a few minutes and try again."
    )
    assert tr(message, language) != tr(message, "en")  # the catalogue is compiled
    assert tr(message, language) in html
    assert tr(message, "en") not in html
    assert 'value="p3@example.org"' in html
    assert Registration.objects.count() == 2


def test_closed_forum_refuses_with_a_message(client, tree):
    forum = make_forum(
        parent=tree["home"]["de"], registration_closes=timezone.now() - timedelta(days=1)
    )
    assert tr("Registration for this forum is closed.") in client.get(url(forum)).content.decode()
    response = client.post(url(forum), form_data())
    assert response.status_code == 409
    assert not Registration.objects.exists()


def test_full_forum_without_waiting_list_refuses(client, tree):
    forum = make_forum(parent=tree["home"]["de"], capacity=1, waitlist_enabled=False)
    services.registration_create(forum=forum, name="A", email="a@example.org", language="de")
    response = client.post(url(forum), form_data())
    assert response.status_code == 409
    assert Registration.objects.count() == 1


# --- personal link ------------------------------------------------------------------------


@pytest.fixture
def pending(forum):
    return services.registration_create(
        forum=forum, name="Olena", email="olena@example.org", language="uk"
    )


def personal(registration, name="forum:personal"):
    with override("de"):  # explicit: the test client leaves the last request's language active
        return reverse(name, kwargs={"token": make_token(registration)})


def test_personal_page_is_private_and_offers_confirmation(client, pending):
    response = client.get(personal(pending))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert b'name="action" value="confirm"' in response.content


def test_following_the_link_confirms_once(client, pending):
    page = personal(pending)
    response = client.post(page, {"action": "confirm"}, follow=True)
    pending.refresh_from_db()
    assert pending.status == Status.CONFIRMED
    assert b'data-status="confirmed"' in response.content
    assert b'<img src="data:image/svg+xml' in response.content  # the QR code
    again = client.post(page, {"action": "confirm"}, follow=True)
    assert (
        tr("Your registration was confirmed already. Nothing else to do.") in again.content.decode()
    )


@pytest.mark.parametrize(
    "token",
    ["garbage", "1", "999999.abc", "1.AAAAAAAAAAAAAAAAAAAAAAAA", "%00", "1." + "x" * 200],
)
def test_forged_or_broken_links_get_a_clear_page_never_a_500(client, pending, token):
    response = client.get(f"/uk/forum/r/{token}/")
    assert response.status_code == 404
    assert tr("This link does not work", "uk") in response.content.decode()
    assert client.post(f"/uk/forum/r/{token}/cancel/").status_code == 404


def test_check_in_code_is_not_a_personal_link(client, pending):
    code = make_token(pending, CHECK_IN)
    assert client.get(f"/uk/forum/r/{code}/").status_code == 404


def test_changing_needs_through_the_link(client, pending):
    page = personal(pending)
    response = client.post(
        page, {"action": "update", "language": "ar", "step_free": "on", "phone": ""}
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.language == "ar" and pending.step_free
    bad = client.post(page, {"action": "update", "language": "ar", "childcare": "on"})
    assert bad.status_code == 400


def test_cancel_asks_first_then_cancels_and_a_reused_link_says_so(client, forum, pending):
    services.registration_confirm(registration=pending)
    cancel_url = personal(pending, "forum:cancel")
    assert 'action=""' not in client.get(cancel_url).content.decode()  # a page that asks first
    assert tr("Yes, cancel my registration") in client.get(cancel_url).content.decode()
    response = client.post(cancel_url, follow=True)
    pending.refresh_from_db()
    assert pending.status == Status.CANCELLED
    assert (
        tr("Your registration is cancelled. Thank you for telling us.") in response.content.decode()
    )
    forum.refresh_from_db()
    assert forum.seats_taken == 0
    again = client.post(cancel_url, follow=True)
    assert tr("This registration was cancelled already.") in again.content.decode()
    assert client.get(personal(pending)).status_code == 200


def test_expired_pending_registration_says_so(client, forum):
    old = services.registration_create(
        forum=forum,
        name="Old",
        email="old@example.org",
        language="de",
        now=timezone.now() - timedelta(hours=30),
    )
    page = personal(old)
    expired = tr(
        "This registration was not confirmed within 24 hours and has expired. "
        "Please register again."
    )
    assert expired in client.get(page).content.decode()
    response = client.post(page, {"action": "confirm"}, follow=True)
    assert expired in response.content.decode()
    old.refresh_from_db()
    assert old.status == Status.EXPIRED


# --- my registrations ---------------------------------------------------------------------


def test_my_registrations_needs_login_and_shows_only_mine(client, forum):
    from allauth.account.models import EmailAddress

    assert client.get("/de/forum/my-registrations/").status_code == 302
    user = make_user("olena")
    EmailAddress.objects.create(user=user, email="olena@example.org", verified=True, primary=True)
    services.registration_create(
        forum=forum, name="Olena", email="Olena@example.org", language="uk"
    )
    services.registration_create(
        forum=forum, name="Other", email="other@example.org", language="de"
    )
    client.force_login(user)
    response = client.get("/de/forum/my-registrations/")
    assert response.status_code == 200
    assert len(response.context["rows"]) == 1
    assert b"/forum/r/" in response.content


# --- the event page -----------------------------------------------------------------------


def test_event_page_shows_seats_and_waiting_list_without_csrf_and_briefly_cached(client, tree):
    forum = make_forum(parent=tree["home"]["de"], capacity=1)
    services.registration_create(forum=forum, name="A", email="anna@example.org", language="de")
    services.registration_create(forum=forum, name="B", email="bert@example.org", language="de")
    response = client.get(forum.event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-seats-left="0"' in html and 'data-waiting="1"' in html
    assert f"/de/forum/{forum.pk}/register/" in html
    assert "csrfmiddlewaretoken" not in html
    assert "max-age=60" in response["Cache-Control"]
    assert "anna@example.org" not in html and "bert@example.org" not in html
    assert '"remainingAttendeeCapacity":0' in html.replace(" ", "")
