import pytest

from portal.translation_status import Status, translation_status

pytestmark = pytest.mark.django_db


def statuses(tree, page_key):
    rows = {row.source.pk: row for row in translation_status()}
    return {cell.language: cell.status for cell in rows[tree[page_key]["de"].pk].cells}


def test_missing_draft_outdated_and_current(site_tree):
    topic = statuses(site_tree, "topic")
    assert topic["uk"] == Status.MISSING
    assert topic["ar"] == Status.CURRENT
    site_tree["topic"]["en"].unpublish()
    source = site_tree["topic"]["de"]
    source.title = "Anmeldung (neu)"
    source.save_revision().publish()
    topic = statuses(site_tree, "topic")
    assert topic["en"] == Status.DRAFT
    assert topic["ar"] == Status.OUTDATED
    assert topic["ru"] == Status.MISSING  # not a test locale: missing as well


def test_editors_see_the_report_per_page(admin_client, site_tree):
    response = admin_client.get(f"/admin/translation-status/{site_tree['topic']['de'].pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "translation-missing" in content and "Anmeldung" in content


def test_report_is_not_public(client, site_tree):
    assert client.get("/admin/translation-status/").status_code == 302
