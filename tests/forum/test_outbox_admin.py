"""The outbox, visible (issue #15.7): organisers see what was sent to their forum's people
and can send a confirmation again; administrators read every message; the organisers'
message is written once, translated per language, previewed and sent in each language."""

import pytest
from django.urls import reverse

from core.models import OutgoingEmail
from core.outbox import MAX_ATTEMPTS
from forum import privacy, services
from forum.models import Registration
from forum.public import mail_about
from tests.forum.factories import make_forum, make_user, tr
from tests.outbox import rendered

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(db):
    return make_user("orga-outbox", organiser=True)


@pytest.fixture
def forum(site_tree, organiser):
    return make_forum(capacity=5, parent=site_tree["home"]["de"], organisers=[organiser])


def register(forum, email, language="de"):
    return services.registration_create(forum=forum, name="P", email=email, language=language)


def test_organisers_see_status_attempts_and_language_of_their_forums_messages(
    client, forum, organiser, site_tree, django_assert_max_num_queries
):
    olena = register(forum, "olena@example.org", "uk")
    register(forum, "amir@example.org", "fa")
    OutgoingEmail.objects.filter(to="amir@example.org").update(attempts=MAX_ATTEMPTS)
    other_forum = make_forum(parent=site_tree["home"]["de"])
    register(other_forum, "fremd@example.org")
    client.force_login(organiser)
    url = reverse("forum_outbox", args=[forum.pk])
    response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "olena@example.org" in page and "amir@example.org" in page
    assert "fremd@example.org" not in page  # another forum's people: not here
    assert 'data-language="uk"' in page and "Українська" in page
    assert 'data-status="given_up"' in page and 'data-status="waiting"' in page
    assert tr("Send confirmation again") in page
    # The texts (and with them the personal links) stay hidden.
    body = rendered().get(about=mail_about(olena.pk)).body_text
    link = next(line for line in body.splitlines() if "/forum/r/" in line)
    assert link.strip() not in page
    # One page costs the same however many messages there are.
    with django_assert_max_num_queries(30) as small:
        client.get(url)
    for number in range(20):
        register(forum, f"mehr{number}@example.org")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)


def test_an_organiser_of_another_forum_gets_403(client, forum, site_tree):
    stranger = make_user("orga-fremd", organiser=True)
    make_forum(parent=site_tree["home"]["de"], organisers=[stranger])
    olena = register(forum, "olena@example.org")
    client.force_login(stranger)
    assert client.get(reverse("forum_outbox", args=[forum.pk])).status_code == 403
    resend = reverse("forum_resend_confirmation", args=[forum.pk, olena.pk])
    assert client.post(resend).status_code == 403
    assert OutgoingEmail.objects.count() == 1  # nothing sent on their behalf


def test_resend_stores_the_current_confirmation_again(client, forum, organiser):
    olena = register(forum, "olena@example.org", "uk")
    client.force_login(organiser)
    response = client.post(reverse("forum_resend_confirmation", args=[forum.pk, olena.pk]))
    assert response.status_code == 302
    kinds = list(
        OutgoingEmail.objects.filter(to="olena@example.org")
        .order_by("pk")
        .values_list("kind", "language")
    )
    assert kinds == [("forum.confirmed", "uk"), ("forum.confirmed", "uk")]


def test_resend_to_an_erased_registration_is_refused_clearly(client, forum, organiser):
    olena = register(forum, "olena@example.org")
    privacy.registration_erase(registration=olena)
    client.force_login(organiser)
    response = client.post(reverse("forum_resend_confirmation", args=[forum.pk, olena.pk]))
    assert response.status_code == 409
    assert tr(str(services.Erased.default_message)) in response.content.decode()
    assert not OutgoingEmail.objects.exists()


def test_resend_to_a_cancelled_registration_is_refused(client, forum, organiser):
    olena = register(forum, "olena@example.org")
    services.registration_cancel(registration=olena, notify=False)
    client.force_login(organiser)
    before = OutgoingEmail.objects.count()
    response = client.post(reverse("forum_resend_confirmation", args=[forum.pk, olena.pk]))
    assert response.status_code == 409 and OutgoingEmail.objects.count() == before
    assert (
        client.get(reverse("forum_resend_confirmation", args=[forum.pk, olena.pk])).status_code
        == 405
    )


def test_administrators_read_every_message_in_the_browser(admin_client, forum):
    olena = register(forum, "olena@example.org", "uk")
    email = rendered().get(about=mail_about(olena.pk))
    listing = admin_client.get(reverse("core_outbox")).content.decode()
    assert "olena@example.org" in listing
    detail = admin_client.get(reverse("core_outbox_detail", args=[email.pk])).content.decode()
    assert email.body_text.splitlines()[0] in detail
    html = admin_client.get(reverse("core_outbox_html", args=[email.pk]))
    assert html.content.decode() == email.body_html
    assert "script-src" not in html["Content-Security-Policy"]
    assert "default-src 'none'" in html["Content-Security-Policy"]


def test_organisers_cannot_read_the_whole_outbox(client, forum, organiser):
    register(forum, "olena@example.org")
    client.force_login(organiser)
    response = client.get(reverse("core_outbox"))
    assert response.status_code == 302  # Wagtail sends staff without the right away
    assert "olena@example.org" not in response.content.decode()


def test_a_message_written_once_goes_out_in_each_language(
    client, forum, organiser, django_capture_on_commit_callbacks
):
    register(forum, "a@example.org", "ar")
    register(forum, "u@example.org", "uk")
    register(forum, "d@example.org", "de")
    client.force_login(organiser)
    url = reverse("forum_message", args=[forum.pk])
    form = client.get(url).content.decode()
    assert 'name="body_ar"' in form and 'name="body_uk"' in form and 'name="body_de"' not in form
    OutgoingEmail.objects.all().delete()
    data = {
        "subject": "Neuer Raum",
        "body": "Wir treffen uns in Raum 2.",
        "subject_ar": "غرفة جديدة",
        "body_ar": "نلتقي في الغرفة 2.",
    }
    preview = client.post(url, {**data, "preview": "1"})
    page = preview.content.decode()
    assert preview.status_code == 200 and not OutgoingEmail.objects.exists()  # nothing stored
    assert "نلتقي في الغرفة 2." in page and 'dir="rtl"' in page
    assert page.count('class="forum-message__preview"') == 3
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    mails = {email.to: email for email in rendered().filter(kind="forum.message")}
    assert "نلتقي في الغرفة 2." in mails["a@example.org"].body_text
    assert "غرفة جديدة" in mails["a@example.org"].subject
    assert "Wir treffen uns in Raum 2." in mails["u@example.org"].body_text  # no translation
    assert "Wir treffen uns in Raum 2." in mails["d@example.org"].body_text
    assert Registration.objects.count() == 3
