"""Attachments of minutes that are not published are not downloadable by the public."""

import pytest

from core.roles import EDITORS
from minutes.models import MinutesAttachment, MinutesPage
from tests.minutes.factories import make_document, make_minutes, make_user

pytestmark = pytest.mark.django_db


def download(client, document) -> int:
    return client.get(document.url).status_code


def test_attachment_of_a_draft_is_withheld_until_published(client, minutes_tree):
    document = make_document(title="Entwurf", name="entwurf.pdf")
    page = make_minutes(
        minutes_tree["archive"]["de"],
        body=minutes_tree["steering"],
        attachments=[document],
        live=False,
    )
    assert download(client, document) == 404

    page.get_latest_revision().publish()
    assert download(client, document) == 200

    MinutesPage.objects.get(pk=page.pk).unpublish()
    assert download(client, document) == 404


def test_staff_can_review_withheld_attachments(client, minutes_tree):
    document = make_document()
    make_minutes(
        minutes_tree["archive"]["de"],
        body=minutes_tree["steering"],
        attachments=[document],
        live=False,
    )
    client.force_login(make_user("redaktion@example.org", EDITORS))
    assert download(client, document) == 200


def test_attachment_added_in_an_unpublished_revision_is_withheld(client, minutes_tree):
    page = make_minutes(minutes_tree["archive"]["de"], body=minutes_tree["steering"])
    document = make_document(title="Neue Anlage", name="neu.pdf")
    draft = MinutesPage.objects.get(pk=page.pk)
    draft.attachments.add(MinutesAttachment(document=document))
    draft.save_revision()  # a live page: the new attachment lives only in the revision
    assert not MinutesAttachment.objects.filter(document=document).exists()
    assert download(client, document) == 404
    MinutesPage.objects.get(pk=page.pk).get_latest_revision().publish()
    assert download(client, document) == 200


def test_documents_never_claimed_by_minutes_follow_wagtails_rules(client, minutes_tree):
    document = make_document(title="Flyer", name="flyer.pdf")
    assert download(client, document) == 200


def test_restricted_minutes_keep_their_attachments_private(client, minutes_tree):
    from wagtail.models import PageViewRestriction

    document = make_document()
    page = make_minutes(
        minutes_tree["archive"]["de"], body=minutes_tree["steering"], attachments=[document]
    )
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert download(client, document) == 404
