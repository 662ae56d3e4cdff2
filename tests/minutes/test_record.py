"""The published record behind the API, corrections, and withdrawal of translations."""

import pytest
from django.utils import timezone

from minutes.models import AgendaItem, Meeting, MeetingFile, MinutesPage
from tests.minutes.factories import agenda, make_document, make_minutes, translate_minutes

pytestmark = pytest.mark.django_db


def republish(page, **changes):
    page = MinutesPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return MinutesPage.objects.get(pk=page.pk)


def test_publishing_writes_the_record(minutes_tree):
    document = make_document()
    page = make_minutes(
        minutes_tree["archive"]["de"], body=minutes_tree["steering"], attachments=[document]
    )
    meeting = Meeting.objects.get(key=page.translation_key)
    assert (meeting.body, meeting.page_id, meeting.name) == (
        minutes_tree["steering"],
        page.pk,
        page.title,
    )
    assert timezone.localtime(meeting.start).isoformat() == "2025-03-12T17:00:00+01:00"
    items = list(meeting.agenda_items.order_by("order"))
    assert [(i.order, i.number, i.result) for i in items] == [
        (1, "TOP 1", "beschlossen"),
        (2, "TOP 2", "beschlossen"),
    ]
    files = {f.key: f for f in meeting.files.all()}
    assert files["protocol"].mime_type == "text/html"
    attachment = files[f"document-{document.pk}"]
    assert (attachment.mime_type, attachment.size) == ("application/pdf", len(b"%PDF-1.4 test"))
    assert attachment.sha1 == document.file_hash


def test_a_draft_writes_nothing(minutes_tree):
    make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"], live=False)
    assert not Meeting.objects.exists()
    assert not AgendaItem.objects.exists()


def test_translations_do_not_make_meetings(minutes_tree):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"])
    translate_minutes(page, minutes_tree["locales"]["ar"], title="محضر", summary="ملخص")
    translate_minutes(page, minutes_tree["locales"]["en"], title="Minutes", summary="Summary")
    assert Meeting.objects.count() == 1


def test_republishing_updates_only_what_changed(minutes_tree):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"])
    meeting = Meeting.objects.get(key=page.translation_key)
    first, second = meeting.agenda_items.order_by("order")
    blocks = list(page.agenda.raw_data)
    blocks[1]["value"]["title"] = "Zeitplan (geändert)"
    republish(page, agenda=blocks)
    first_again, second_again = AgendaItem.objects.filter(meeting=meeting).order_by("order")
    assert (first_again.pk, first_again.modified) == (first.pk, first.modified)
    assert second_again.pk == second.pk and second_again.modified > second.modified
    assert Meeting.objects.get(pk=meeting.pk).modified > meeting.modified


def test_removed_agenda_item_and_attachment_disappear(minutes_tree):
    document = make_document()
    page = make_minutes(
        minutes_tree["archive"]["de"], body=minutes_tree["steering"], attachments=[document]
    )
    meeting = Meeting.objects.get(key=page.translation_key)
    page = MinutesPage.objects.get(pk=page.pk)
    page.agenda = agenda("Nur noch ein Punkt")
    page.attachments.clear()
    page.save_revision().publish()
    live_items = AgendaItem.objects.filter(meeting=meeting, deleted=False)
    assert [i.name for i in live_items] == ["Nur noch ein Punkt"]
    gone = MeetingFile.objects.get(meeting=meeting, key=f"document-{document.pk}")
    assert gone.deleted


def test_unpublishing_german_minutes_withdraws_record_and_translations(minutes_tree):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"])
    arabic = translate_minutes(page, minutes_tree["locales"]["ar"], title="محضر", summary="ملخص")
    page.unpublish()
    meeting = Meeting.objects.get(key=page.translation_key)
    assert meeting.deleted
    assert not meeting.agenda_items.filter(deleted=False).exists()
    assert not meeting.files.filter(deleted=False).exists()
    assert not MinutesPage.objects.get(pk=arabic.pk).live


def test_deleting_minutes_keeps_a_tombstone(minutes_tree):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"])
    key = page.translation_key
    page.delete()
    meeting = Meeting.objects.get(key=key)
    assert meeting.deleted and meeting.page_id is None


def test_a_published_correction_is_stamped_and_shown(client, minutes_tree):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"])
    arabic = translate_minutes(page, minutes_tree["locales"]["ar"], title="محضر", summary="ملخص")
    assert MinutesPage.objects.get(pk=page.pk).corrected_at is None
    page = republish(page, correction_note="TOP 2: Datum berichtigt.")
    assert page.corrected_at == page.last_published_at
    assert MinutesPage.objects.get(pk=arabic.pk).corrected_at == page.corrected_at

    response = client.get(page.url)
    assert b"minutes-correction" in response.content
    assert b"TOP 2: Datum berichtigt." in response.content
    # The Arabic page has no translated note yet: it shows the German one, marked as German.
    arabic_page = client.get(MinutesPage.objects.get(pk=arabic.pk).url).content.decode()
    assert '<span lang="de" dir="ltr">TOP 2: Datum berichtigt.</span>' in arabic_page

    # Loading an older revision into the editor must not lose the stamp.
    stamped = page.corrected_at
    republish(page, title="Neuer Titel")
    assert MinutesPage.objects.get(pk=page.pk).corrected_at == stamped


def test_a_note_on_first_publication_is_no_correction(client, minutes_tree):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"], live=False)
    page.correction_note = "Noch nichts korrigiert."
    page.save_revision().publish()
    page = MinutesPage.objects.get(pk=page.pk)
    assert page.corrected_at is None
    assert b"minutes-correction" not in client.get(page.url).content
