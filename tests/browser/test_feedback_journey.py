"""An attendee answers the feedback survey in Persian through their personal link; using the
link again is refused politely; an organiser approves one free text and publishes; the event
page shows it. axe-core on the survey form and the results in Persian and German."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.models import OutgoingEmail
from core.roles import ORGANISERS, ensure_roles
from feedback import services
from feedback.models import Answer
from forum import services as forum_services
from forum.models import Registration
from tests.feedback.factories import add_answers, make_event, make_survey
from tests.forum.factories import make_forum
from tests.portal_tree import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

PERSIAN_TEXT = "لطفاً جلسه بعدی را عصر برگزار کنید تا شاغلان هم بیایند."
PASSWORD = "feedback-organiser-9"


@pytest.fixture
def setting(transactional_db, mailoutbox):
    tree = build_site_tree()
    event = make_event(tree["home"]["de"], title="Bürgerforum Wohnen", translations=("fa",))
    forum = make_forum(event=event, capacity=30)
    registration = forum_services.registration_create(
        forum=forum,
        name="Parisa",
        email="parisa@example.org",
        language="fa",
        source=Registration.Source.MANUAL,
        notify=False,
    )
    forum_services.registration_check_in(
        registration=registration, now=registration.forum.event.start
    )
    survey = make_survey(event)
    add_answers(survey, 5, texts=["Gut organisiert."])  # enough answers for a breakdown
    OutgoingEmail.objects.all().delete()
    assert services.invitations_send().sent == 1
    # The outbox forgets the token once the mail is delivered; the delivered mail has it.
    assert "/fa/feedback/[…]/" in OutgoingEmail.objects.get(to="parisa@example.org").body_text
    body = next(m.body for m in mailoutbox if m.to == ["parisa@example.org"])
    link = re.search(r"https?://\S+/fa/feedback/[\w-]+/", body).group(0)
    ensure_roles()
    organiser = get_user_model().objects.create_user(
        "orga", "orga@example.org", PASSWORD, first_name="Oskar"
    )
    organiser.groups.add(Group.objects.get(name=ORGANISERS))
    EmailAddress.objects.create(user=organiser, email=organiser.email, verified=True, primary=True)
    forum.organisers.add(organiser)  # surveys belong to their forum's organisers
    persian_event = event.get_translations().get(locale__language_code="fa")
    return {
        "survey": survey,
        "path": link.split("://", 1)[1].split("/", 1)[1],
        "event_de": event.url,
        "event_fa": persian_event.url,
    }


def test_persian_attendee_answers_and_organiser_publishes(page, live_server, setting, axe_check):
    survey = setting["survey"]
    url = f"{live_server.url}/{setting['path']}"

    # The personal link opens the survey in Persian, right to left.
    page.goto(url)
    html = page.locator("html")
    assert html.get_attribute("lang") == "fa" and html.get_attribute("dir") == "rtl"
    form = page.locator("form.survey__form")
    assert "به طور کلی چقدر از این رویداد راضی هستید؟" in form.inner_text()
    axe_check(page, "survey form fa")

    # Sending without the required answer: explained, and the typed text stays.
    page.locator("textarea").fill(PERSIAN_TEXT)
    form.locator("button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    assert page.locator("textarea").input_value() == PERSIAN_TEXT
    axe_check(page, "survey form fa with errors")

    page.locator(".question--scale label").nth(4).click()  # 5 – very satisfied
    page.locator(".question--single").first.locator("label").first.click()  # yes, heard
    page.locator("form.survey__form button[type=submit]").click()
    page.wait_for_url(f"**/fa/feedback/danke/{survey.public_key}/")
    assert page.locator("html").get_attribute("dir") == "rtl"

    # The same link again: a polite refusal, no form.
    response = page.goto(url)
    assert response.status == 410
    assert page.locator("form.survey__form").count() == 0
    assert page.locator("h1").inner_text().strip()
    axe_check(page, "used link fa")

    # The organiser logs in through allauth, approves the Persian text and publishes.
    page.goto(
        f"{live_server.url}/de/accounts/login/?next=/admin/feedback/surveys/results/{survey.pk}/"
    )
    page.locator("input[name=login]").fill("orga@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"**/admin/feedback/surveys/results/{survey.pk}/**")
    item = page.locator(".feedback-admin__text").filter(has_text=PERSIAN_TEXT)
    item.locator("button[value=approved]").click()
    page.wait_for_url(f"**/admin/feedback/surveys/results/{survey.pk}/**")
    answer = Answer.objects.get(text=PERSIAN_TEXT)
    assert answer.moderation == "approved"
    page.locator("form[action$='/publish/'] button").click()
    page.wait_for_url(f"**/admin/feedback/surveys/results/{survey.pk}/")

    # Everyone sees the aggregate results, with the approved text only.
    page.goto(f"{live_server.url}{setting['event_fa']}")
    results = page.locator(".feedback-results")
    assert PERSIAN_TEXT in results.inner_text()
    assert "Gut organisiert." not in results.inner_text()  # never approved
    assert results.locator("svg[role=img]").count() >= 4
    assert results.locator("table").count() >= 4
    axe_check(page, "event results fa")

    page.goto(f"{live_server.url}{setting['event_de']}")
    assert PERSIAN_TEXT in page.locator(".feedback-results").inner_text()
    axe_check(page, "event results de")


def test_german_public_form_and_statistics_pass_axe(page, live_server, setting, axe_check):
    survey = setting["survey"]
    page.goto(f"{live_server.url}/de/feedback/s/{survey.public_key}/")
    assert page.locator("html").get_attribute("lang") == "de"
    axe_check(page, "survey form de")
    page.locator("form.survey__form button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    axe_check(page, "survey form de with errors")
    for language in ("de", "fa"):
        page.goto(f"{live_server.url}/{language}/statistik/")
        assert page.locator("svg[role=img]").count() >= 1
        axe_check(page, f"statistics {language}")
