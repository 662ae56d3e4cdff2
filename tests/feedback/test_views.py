"""Answering through the personal link and the public link: the respondent's view."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from feedback import services
from feedback.models import Response, SpentToken
from tests.feedback.factories import attendee, fake_forum, make_event, make_survey, questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(site_tree):
    return make_survey(make_event(site_tree["home"]["de"], translations=("fa",)))


@pytest.fixture
def token(monkeypatch, survey):
    fake_forum(monkeypatch, attendees=[attendee(7, language="fa")])
    from tests.outbox import rendered

    services.invitations_send()
    body = rendered().get().body_text
    return body.split("/feedback/")[1].split("/")[0]


def _post(client, url, survey, **overrides):
    by_key = questions(survey)
    data = {
        f"q{by_key['satisfaction'].pk}": "4",
        f"q{by_key['heard'].pk}": "o1",
        f"q{by_key['improve'].pk}": "Mehr Dolmetscher bitte",
    }
    for key, value in overrides.items():
        if value is None:
            data.pop(f"q{by_key[key].pk}", None)
        else:
            data[f"q{by_key[key].pk}"] = value
    return client.post(url, data)


def test_personal_link_shows_the_form_in_persian(client, survey, token):
    response = client.get(f"/fa/feedback/{token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fa"' in html and 'dir="rtl"' in html
    assert "به طور کلی چقدر از این رویداد راضی هستید؟" in html
    assert "خیلی راضی هستم" in html  # the scale's top label
    assert "(fa)" in html  # the event's Persian title
    assert '<h1 lang="de"' not in html  # ... marked as Persian, not as a German fallback
    assert "no-store" in response["Cache-Control"]
    form = html.split('<form method="post"')[1].split("</form>")[0]
    assert " required" not in form  # the server explains, in the respondent's language
    assert 'dir="rtl"' in html


def test_personal_link_answers_once(client, survey, token):
    url = f"/fa/feedback/{token}/"
    response = _post(client, url, survey)
    assert response.status_code == 302
    assert response["Location"] == f"/fa/feedback/danke/{survey.public_key}/"
    stored = Response.objects.get()
    assert stored.language == "fa" and not stored.via_public_link
    second = client.get(url)
    assert second.status_code == 410
    assert 'lang="fa"' in second.content.decode()
    assert "<form" not in second.content.decode().split("<main")[1]
    again = _post(client, url, survey)
    assert again.status_code == 410
    assert Response.objects.count() == 1


def test_unknown_link_is_a_friendly_404(client, survey):
    response = client.get("/de/feedback/" + "A" * 43 + "/")
    assert response.status_code == 404
    assert "survey--message" in response.content.decode()


def test_closed_survey_says_so(client, survey, token):
    survey.closes_at = timezone.now() - timedelta(minutes=1)
    survey.opens_at = survey.closes_at - timedelta(days=2)
    survey.save()
    response = client.get(f"/de/feedback/{token}/")
    assert response.status_code == 410
    assert SpentToken.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "field_key"),
    [
        ({"satisfaction": "9"}, "satisfaction"),
        ({"satisfaction": "viel"}, "satisfaction"),
        ({"satisfaction": None}, "satisfaction"),
        ({"heard": "o7"}, "heard"),
        ({"improve": "ü" * 2500}, "improve"),
    ],
)
def test_bad_input_keeps_what_was_typed(client, survey, token, overrides, field_key):
    url = f"/de/feedback/{token}/"
    response = _post(client, url, survey, **overrides)
    assert response.status_code == 400
    html = response.content.decode()
    by_key = questions(survey)
    assert f'id="q-{by_key[field_key].pk}-error"' in html
    assert 'class="error-summary"' in html
    # What was typed is still there.
    if field_key != "improve":
        assert "Mehr Dolmetscher bitte" in html
    else:
        assert "ü" * 2500 in html
    if field_key != "heard":
        assert 'value="o1" id' in html and "checked" in html
    assert Response.objects.count() == 0
    assert SpentToken.objects.count() == 0


def test_error_messages_are_in_the_respondents_language(client, survey, token):
    response = _post(client, f"/fa/feedback/{token}/", survey, satisfaction=None)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'lang="fa"' in html


def test_public_link_one_answer_per_browser(client, survey):
    url = f"/de/feedback/s/{survey.public_key}/"
    assert client.get(url).status_code == 200
    response = _post(client, url, survey)
    assert response.status_code == 302
    assert f"feedback_{survey.public_key}" in response.cookies
    assert Response.objects.get().via_public_link
    again = client.get(url)
    assert again.status_code == 200
    assert "<form" not in again.content.decode().split("<main")[1]
    assert _post(client, url, survey).status_code == 200
    assert Response.objects.count() == 1


def test_unprefixed_public_link_follows_the_browser_language(client, survey):
    response = client.get(f"/feedback/s/{survey.public_key}/", HTTP_ACCEPT_LANGUAGE="fa")
    assert response.status_code == 302
    assert response["Location"] == f"/fa/feedback/s/{survey.public_key}/"
    assert services.public_url(survey=survey).endswith(f"/feedback/s/{survey.public_key}/")
    assert "/de/" not in services.public_url(survey=survey)


def test_disabled_public_link_is_404(client, survey):
    survey.public_link_enabled = False
    survey.save()
    assert client.get(f"/de/feedback/s/{survey.public_key}/").status_code == 404


@override_settings(FEEDBACK_PUBLIC_RATE_LIMIT=2)
def test_public_link_rate_limit_answers_429_in_the_visitors_language(client, survey):
    from django.test import Client

    url = f"/fa/feedback/s/{survey.public_key}/"
    for _ in range(2):
        assert _post(Client(), url, survey).status_code == 302
    blocked = _post(Client(), url, survey)
    assert blocked.status_code == 429
    html = blocked.content.decode()
    assert 'lang="fa"' in html
    assert "Mehr Dolmetscher bitte" in html  # nothing typed is lost
    assert 'role="alert"' in html
    assert Response.objects.count() == 2


RATE_NOTICE = (
    "Many answers have just been sent from this network, so yours was not saved "
    "yet. Please wait a while and send it again – everything you entered is still "
    "here. Or ask the organisers for a paper form."
)


@override_settings(FEEDBACK_PUBLIC_RATE_LIMIT=2)
def test_public_link_rate_limit_explains_in_arabic_and_stores_nothing(survey):
    from django.test import Client
    from django.utils.html import escape
    from django.utils.translation import gettext, override

    from feedback.models import Answer

    with override("ar"):
        expected = escape(gettext(RATE_NOTICE))
    assert expected != escape(RATE_NOTICE)  # the catalogue is compiled: this is Arabic
    url = f"/ar/feedback/s/{survey.public_key}/"
    for _ in range(2):
        assert _post(Client(), url, survey).status_code == 302
    answers = Answer.objects.count()
    blocked = _post(Client(), url, survey, improve="Bitte mehr Sitzplätze")
    assert blocked.status_code == 429
    html = blocked.content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert expected in html
    assert escape(RATE_NOTICE) not in html
    assert "Bitte mehr Sitzplätze" in html  # what was typed comes back ...
    assert Response.objects.count() == 2  # ... but nothing of it was stored
    assert Answer.objects.count() == answers
    assert not Answer.objects.filter(text="Bitte mehr Sitzplätze").exists()


@override_settings(FEEDBACK_PUBLIC_RATE_LIMIT=1)
def test_public_link_rate_limit_counts_per_survey(site_tree, survey):
    from django.test import Client

    other = make_survey(make_event(site_tree["home"]["de"], title="Nachbarschaftsfest"))
    first = f"/de/feedback/s/{survey.public_key}/"
    assert _post(Client(), first, survey).status_code == 302
    assert _post(Client(), first, survey).status_code == 429
    second = f"/de/feedback/s/{other.public_key}/"
    assert _post(Client(), second, other).status_code == 302
    assert Response.objects.filter(survey=other).count() == 1


@override_settings(FEEDBACK_PUBLIC_RATE_LIMIT=1, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_public_link_rate_limit_sees_visitors_behind_the_trusted_proxy(survey):
    from django.test import Client

    url = f"/de/feedback/s/{survey.public_key}/"

    def through_proxy(address):
        return Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=address)

    assert _post(through_proxy("198.51.100.1"), url, survey).status_code == 302
    assert _post(through_proxy("198.51.100.1"), url, survey).status_code == 429
    assert _post(through_proxy("198.51.100.2"), url, survey).status_code == 302
    assert Response.objects.count() == 2


@override_settings(FEEDBACK_PUBLIC_RATE_LIMIT=0)
def test_public_link_rate_limit_of_zero_is_off(survey):
    from django.test import Client

    url = f"/de/feedback/s/{survey.public_key}/"
    for _ in range(5):
        assert _post(Client(), url, survey).status_code == 302
    assert Response.objects.count() == 5


def test_thanks_page_links_to_statistics(client, survey):
    response = client.get(f"/de/feedback/danke/{survey.public_key}/")
    assert response.status_code == 200
    assert "/de/statistik/" in response.content.decode()
