"""EventPage rules: validation, occurrences kept in step with the live page, SEQUENCE, and the
editor (Wagtail admin) form with audiences and languages."""

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation

from events.models import EventOccurrence, EventPage
from tests.events.factories import berlin, make_event, soon

pytestmark = pytest.mark.django_db


def test_end_before_start_is_refused(calendar):
    page = EventPage(title="x", slug="x", start=berlin(2027, 3, 1, 18), end=berlin(2027, 3, 1, 17))
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth", "url_path", "locale", "translation_key"])
    assert "end" in error.value.message_dict


def test_repeating_event_needs_a_last_date_not_before_the_start(calendar):
    page = EventPage(
        title="x",
        slug="x",
        start=berlin(2027, 3, 1, 18),
        end=berlin(2027, 3, 1, 20),
        repeat="weekly",
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "repeat_until" in error.value.message_dict
    page.repeat_until = date(2027, 2, 1)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "repeat_until" in error.value.message_dict
    page.repeat_until = date(2040, 1, 1)
    with pytest.raises(ValidationError):
        page.clean()
    page.repeat_until = date(2027, 6, 1)
    page.repeat_interval = 0
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "repeat_interval" in error.value.message_dict
    page.repeat_interval = 3
    page.clean()


def test_unknown_time_zone_is_refused(calendar):
    page = EventPage(
        title="x",
        slug="x",
        start=berlin(2027, 3, 1, 18),
        end=berlin(2027, 3, 1, 20),
        time_zone="Mars/Olympus",
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "time_zone" in error.value.message_dict


def test_occurrences_follow_the_published_page(calendar):
    index = calendar["index"]["de"]
    page = make_event(
        index,
        title="Sprachcafé",
        start=berlin(2027, 1, 7, 18),
        repeat="weekly",
        repeat_until=date(2027, 1, 28),
        excluded=[date(2027, 1, 14)],
    )
    days = list(EventOccurrence.objects.filter(page=page).values_list("start__date", flat=True))
    assert len(days) == 3
    # A draft with other dates does not touch the live occurrences...
    draft = page.get_latest_revision_as_object() if page.latest_revision else page
    draft.repeat_until = date(2027, 3, 25)
    revision = draft.save_revision()
    assert EventOccurrence.objects.filter(page=page).count() == 3
    # ...publishing it does.
    revision.publish()
    assert EventOccurrence.objects.filter(page=page).count() == 11


def test_sequence_rises_when_what_calendars_show_changes(calendar):
    index = calendar["index"]["de"]
    page = make_event(index, title="Forum", start=soon(10))
    assert page.sequence == 0
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.sequence == 0  # nothing changed

    page.start = page.start + timedelta(hours=1)
    page.end = page.end + timedelta(hours=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.sequence == 1

    page.status = "cancelled"
    page.status_reason = "Raum nicht verfügbar"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.sequence == 2


def test_sequence_from_an_older_revision_never_goes_back(calendar):
    index = calendar["index"]["de"]
    page = make_event(index, title="Forum", start=soon(10))
    old = page.save_revision()  # carries sequence 0
    page.title = "Forum (neu)"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.sequence == 1
    old.publish()  # back to the old title: a change again
    page.refresh_from_db()
    assert page.sequence == 2


@pytest.fixture
def editor(client, calendar):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def _form_data(**overrides):
    data = {
        "title": "Werkstatt Wohnen",
        "slug": "werkstatt-wohnen",
        "summary": "",
        "start": "2027-03-04 18:00",
        "end": "2027-03-04 20:00",
        "time_zone": "Europe/Berlin",
        "repeat": "",
        "repeat_interval": "1",
        "repeat_until": "",
        "status": "scheduled",
        "status_reason": "",
        "body-count": "0",
        "excluded_dates-TOTAL_FORMS": "0",
        "excluded_dates-INITIAL_FORMS": "0",
        "excluded_dates-MIN_NUM_FORMS": "0",
        "excluded_dates-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "publish",
    }
    data.update(overrides)
    return data


def test_editor_refuses_an_end_before_the_start(editor, calendar):
    index = calendar["index"]["de"]
    response = editor.post(
        f"/admin/pages/add/events/eventpage/{index.pk}/",
        _form_data(end="2027-03-04 17:00"),
    )
    assert response.status_code == 200  # the form again, not a redirect
    with translation.override("de"):  # the editor works in German, the site's language
        message = translation.gettext("The end must not be before the start.")
    assert message in response.content.decode()
    assert not EventPage.objects.filter(slug="werkstatt-wohnen").exists()


def test_editor_saves_audiences_and_languages_as_rows(editor, calendar):
    index = calendar["index"]["de"]
    response = editor.post(
        f"/admin/pages/add/events/eventpage/{index.pk}/",
        _form_data(
            audiences=["newcomers", "families"],
            languages_spoken=["de", "ar"],
            languages_interpreted=["fa", "ar"],
            categories=[calendar["categories"]["buergerforum"]["de"].pk],
            repeat="weekly",
            repeat_until="2027-03-25",
            **{
                "excluded_dates-TOTAL_FORMS": "1",
                "excluded_dates-0-date": "2027-03-11",
                "excluded_dates-0-id": "",
                "excluded_dates-0-ORDER": "",
                "excluded_dates-0-DELETE": "",
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = EventPage.objects.get(slug="werkstatt-wohnen")
    assert page.live
    assert sorted(row.audience for row in page.event_audiences.all()) == ["families", "newcomers"]
    assert sorted((r.language, r.interpreted) for r in page.event_languages.all()) == [
        ("ar", False),
        ("de", False),
        ("fa", True),
    ]
    assert EventOccurrence.objects.filter(page=page).count() == 3  # 4, 18, 25 March
    # The edit form shows them again.
    edit = editor.get(f"/admin/pages/{page.pk}/edit/")
    html = edit.content.decode()
    assert edit.status_code == 200
    assert 'value="families"' in html and "checked" in html
    assert EventPage.objects.live().for_audience("families").filter(pk=page.pk).exists()


def test_editor_screens_render(editor, calendar):
    index = calendar["index"]["de"]
    add = editor.get(f"/admin/pages/add/events/eventpage/{index.pk}/")
    assert add.status_code == 200
    html = add.content.decode()
    assert '<option value="Europe/Berlin" selected>' in html
    assert 'name="audiences"' in html and 'name="languages_interpreted"' in html
    # Only this locale's categories are offered (not nine copies of each).
    assert html.count('name="categories"') == 2
    for url in ("/admin/snippets/events/venue/", "/admin/snippets/events/eventcategory/"):
        assert editor.get(url).status_code == 200
    assert (
        editor.get(f"/admin/snippets/events/venue/edit/{calendar['venue'].pk}/").status_code == 200
    )
