"""The minutes demo on top of the small test tree (the portal demo is not loaded here)."""

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import WorkflowState

from minutes import demo
from minutes.models import Body, Meeting, MinutesIndexPage, MinutesPage
from tests.minutes.factories import make_user

pytestmark = pytest.mark.django_db


LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_demo_loads_bodies_minutes_and_a_draft_in_review(client, site_tree):
    editor = make_user("redaktion@example.org", "Editors")
    demo.load()
    *MINUTES, DRAFT = demo.story(demo.minutes_data(), timezone.localdate())
    assert DRAFT["draft"] and not any(spec["draft"] for spec in MINUTES)

    german = {b.slug: b for b in Body.objects.filter(locale__language_code="de")}
    assert set(german) == {"lenkungsgruppe", "integrationsrat", "ag-wohnen"}
    assert german["lenkungsgruppe"].members.count() == 6
    arabic = Body.objects.get(locale__language_code="ar", slug="lenkungsgruppe")
    assert arabic.name == "مجموعة توجيه مفهوم الاندماج"
    assert arabic.translation_key == german["lenkungsgruppe"].translation_key

    published = MinutesPage.objects.live().filter(locale__language_code="de")
    assert published.count() == len(MINUTES) >= 8
    assert len({p.meeting_date.year for p in published}) >= 2
    quarterly = published.filter(body=german["lenkungsgruppe"]).count()
    assert quarterly >= 4
    # Every test-tree language gets translated titles and summaries.
    for code in ("en", "ar", "fa", "tr", "uk"):
        assert MinutesPage.objects.live().filter(locale__language_code=code).count() == len(MINUTES)
    assert MinutesIndexPage.objects.filter(show_in_menus=True).count() >= 6
    (with_correction,) = [spec for spec in MINUTES if spec["correction"]]
    corrected = MinutesPage.objects.get(slug=with_correction["slug"], locale__language_code="ar")
    assert corrected.corrected_at is not None and corrected.correction_note

    draft = MinutesPage.objects.get(slug=DRAFT["slug"])
    assert not draft.live
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor

    assert Meeting.objects.filter(deleted=False).count() == len(MINUTES)
    archive = client.get("/de/protokolle/").content.decode()
    assert "ENTWURF" not in archive and DRAFT["slug"] not in archive
    api = client.get("/oparl/v1.1/body/1/meeting").json()
    assert api["pagination"]["totalElements"] == len(MINUTES)

    # Idempotent: a second run adds nothing.
    counts = (MinutesPage.objects.count(), Body.objects.count(), Meeting.objects.count())
    demo.load()
    assert (MinutesPage.objects.count(), Body.objects.count(), Meeting.objects.count()) == counts
    assert WorkflowState.objects.filter(object_id=str(draft.pk)).count() == 1


def test_demo_texts_exist_in_every_language():
    for spec in demo.minutes_data()["minutes"]:
        assert set(spec["summary"]) == set(LANGUAGES), spec["key"]
        if "correction" in spec:
            assert set(spec["correction"]) == set(LANGUAGES), spec["key"]


def test_tiny_pdf_is_a_pdf():
    content = demo.tiny_pdf(["Protokoll", "Sitzung vom 14.03.2024"])
    assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    assert b"/Type /Catalog" in content and b"startxref" in content
