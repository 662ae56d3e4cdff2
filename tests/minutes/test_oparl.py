"""The OParl 1.1 API: valid against the specification's schemas, only published data,
pagination with filters kept, tombstones, CORS, JSON errors."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from minutes.models import Body, Meeting
from tests.minutes.factories import make_body, make_document, make_minutes, translate_minutes
from tests.minutes.oparl_schema import validate, validate_list

pytestmark = pytest.mark.django_db

BASE = "/oparl/v1.1/"


@pytest.fixture
def published(minutes_tree):
    archive = minutes_tree["archive"]["de"]
    document = make_document()
    first = make_minutes(
        archive,
        body=minutes_tree["steering"],
        date=datetime.date(2024, 3, 14),
        attachments=[document],
    )
    translate_minutes(first, minutes_tree["locales"]["ar"], title="محضر", summary="ملخص")
    second = make_minutes(
        archive, body=minutes_tree["housing"], date=datetime.date(2025, 4, 29), items=("Wohnen",)
    )
    draft = make_minutes(
        archive,
        body=minutes_tree["steering"],
        date=datetime.date(2025, 9, 11),
        title="Geheimer Entwurf",
        items=("Entwurfspunkt Zebra",),
        attachments=[make_document(title="Entwurf Anlage", name="entwurf.pdf")],
        live=False,
    )
    return {**minutes_tree, "first": first, "second": second, "draft": draft, "document": document}


def get(client, path, **params):
    response = client.get(path if path.startswith("http") else BASE + path, params)
    assert response["Access-Control-Allow-Origin"] == "*", path
    assert response["Content-Type"] == "application/json; charset=utf-8", path
    return response


def crawl(client, url) -> list[dict]:
    """All pages of an external list, following links.next."""
    pages = []
    while url:
        response = get(client, url)
        assert response.status_code == 200, url
        page = response.json()
        pages.append(page)
        url = page["links"].get("next")
    return pages


def test_system_and_body_are_valid(client, published):
    system = get(client, "system").json()
    assert validate(system, "System") == []
    assert system["oparlVersion"] == "https://schema.oparl.org/1.1/"
    bodies = get(client, system["body"]).json()
    assert validate_list(bodies, "Body") == []
    body = bodies["data"][0]
    assert get(client, body["id"]).json() == body
    for key in ("organization", "person", "meeting", "paper", "agendaItem", "file"):
        assert get(client, body[key]).status_code == 200, key


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("organization", "Organization"),
        ("meeting", "Meeting"),
        ("agendaItem", "AgendaItem"),
        ("file", "File"),
        ("person", "Person"),
        ("paper", "Paper"),
    ],
)
def test_every_list_and_object_validates_against_the_schema(client, published, key, kind):
    body = get(client, "body/1").json()
    for page in crawl(client, body[key] + "?elementsPerPage=1"):
        assert validate_list(page, kind) == []
        for item in page["data"]:
            single = get(client, item["id"])
            assert single.status_code == 200
            assert validate(single.json(), kind) == []


def test_meeting_embeds_protocol_attachments_agenda_and_location(client, published):
    meetings = get(client, "body/1/meeting").json()["data"]
    first = next(m for m in meetings if m["start"].startswith("2024-03-14"))
    assert first["resultsProtocol"]["mimeType"] == "text/html"
    assert first["resultsProtocol"]["accessUrl"].endswith(published["first"].url)
    assert [f["name"] for f in first["auxiliaryFile"]] == ["Protokoll (PDF)"]
    assert first["auxiliaryFile"][0]["accessUrl"].endswith(published["document"].url)
    assert [item["order"] for item in first["agendaItem"]] == [1, 2]
    assert first["agendaItem"][0]["result"] == "beschlossen"
    assert first["location"]["description"] == "Rathaus Ruhrbrück, Sitzungssaal 2"
    assert first["start"] == "2024-03-14T17:00:00+01:00"
    assert first["organization"] == [
        f"http://testserver{BASE}organization/{published['steering'].pk}"
    ]
    location = get(client, first["location"]["id"]).json()
    assert validate(location, "Location") == []


def test_only_published_minutes_appear(client, published):
    text = b"".join(
        get(client, path).content
        for path in ("body/1/meeting", "body/1/agendaitem", "body/1/file", "body/1/organization")
    )
    assert b"Geheimer Entwurf" not in text
    assert b"Entwurfspunkt Zebra" not in text
    assert b"Entwurf Anlage" not in text
    assert get(client, "body/1/meeting").json()["pagination"]["totalElements"] == 2
    # The Arabic translation is the same meeting, not a second one.
    assert Meeting.objects.count() == 2


def test_translated_body_is_one_organization(client, published):
    data = get(client, "body/1/organization").json()["data"]
    assert sorted(o["name"] for o in data) == ["AG Wohnen", "Lenkungsgruppe Integrationskonzept"]
    assert data[0]["classification"] in {"Lenkungsgruppe", "Arbeitsgruppe"}


def test_pagination_keeps_filters_and_elements_per_page(client, published):
    since = "2020-01-01T00:00:00+01:00"
    page = get(client, "body/1/agendaitem", created_since=since, elementsPerPage="2").json()
    assert page["pagination"] == {
        "totalElements": 3,
        "elementsPerPage": 2,
        "currentPage": 1,
        "totalPages": 2,
    }
    next_url = page["links"]["next"]
    query = parse_qs(urlsplit(next_url).query)
    assert query["created_since"] == [since]
    assert query["elementsPerPage"] == ["2"]
    assert query["page"] == ["2"]
    last = get(client, next_url).json()
    assert "next" not in last["links"]
    assert len(last["data"]) == 1
    assert parse_qs(urlsplit(last["links"]["prev"]).query)["created_since"] == [since]


def test_unencoded_plus_in_a_filter_is_understood(client, published):
    # "+01:00" sent without encoding arrives as " 01:00".
    response = client.get(BASE + "body/1/meeting?modified_since=2020-01-01T00:00:00+01:00")
    assert response.status_code == 200
    assert response.json()["pagination"]["totalElements"] == 2


def test_created_and_modified_filters_select(client, published):
    future = (timezone.now() + datetime.timedelta(days=1)).isoformat()
    assert get(client, "body/1/meeting", created_since=future).json()["data"] == []
    assert len(get(client, "body/1/meeting", created_until=future).json()["data"]) == 2
    assert get(client, "body/1/file", modified_since=future).json()["data"] == []
    past = "2000-01-01T00:00:00+00:00"
    assert get(client, "body/1/meeting", modified_until=past).json()["data"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"modified_since": "yesterday"},
        {"created_since": "2024-13-45T99:00:00"},
        {"created_until": "2024-01-01T00:00:00+99:00"},
        {"modified_until": ""},
        {"page": "two"},
        {"page": "0"},
        {"elementsPerPage": "many"},
        {"elementsPerPage": "-5"},
    ],
)
def test_malformed_parameters_are_400_json(client, published, params):
    response = get(client, "body/1/meeting", **params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == 400
    assert error["parameter"] in params
    assert error["message"]


def test_page_past_the_end_is_404_json(client, published):
    response = get(client, "body/1/meeting", page="99")
    assert response.status_code == 404
    assert response.json()["error"]["parameter"] == "page"


@pytest.mark.parametrize(
    "path",
    [
        "meeting/999999",
        "file/999999",
        "agendaitem/999999",
        "organization/999999",
        "body/2",
        "nonsense/x",
    ],
)
def test_unknown_objects_are_404_json(client, published, path):
    response = get(client, path)
    assert response.status_code == 404
    assert "error" in response.json()


def test_api_is_read_only(client, published):
    response = client.post(BASE + "body/1/meeting")
    assert response.status_code == 405
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(BASE + "body/1/meeting")
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_withdrawn_minutes_become_tombstones(client, published):
    before = timezone.now()
    meeting = Meeting.objects.get(key=published["first"].translation_key)
    meeting_url = f"http://testserver{BASE}meeting/{meeting.pk}"
    published["first"].unpublish()

    plain = get(client, "body/1/meeting").json()
    assert [m["id"] for m in plain["data"]] != [] and meeting_url not in [
        m["id"] for m in plain["data"]
    ]

    since = before.isoformat()
    changed = get(client, "body/1/meeting", modified_since=since).json()
    assert validate_list(changed, "Meeting") == []
    tombstone = next(m for m in changed["data"] if m["id"] == meeting_url)
    assert tombstone["deleted"] is True
    assert set(tombstone) == {"id", "type", "created", "modified", "deleted"}
    assert datetime.datetime.fromisoformat(tombstone["modified"]) >= before.replace(microsecond=0)

    single = get(client, meeting_url)
    assert single.status_code == 200 and single.json()["deleted"] is True

    files = get(client, "body/1/file", modified_since=since).json()["data"]
    assert files and all(f["deleted"] for f in files)
    assert (
        get(client, "body/1/file").json()["pagination"]["totalElements"] == 1
    )  # second's protocol
    # Agenda items are sub-objects: they simply disappear.
    items = get(client, "body/1/agendaitem", modified_since=since).json()["data"]
    assert items == []


def test_deleted_minutes_page_leaves_a_tombstone(client, published):
    meeting = Meeting.objects.get(key=published["second"].translation_key)
    published["second"].delete()
    data = get(client, "body/1/meeting", modified_since="2000-01-01T00:00:00Z").json()["data"]
    entry = next(m for m in data if m["id"].endswith(f"/meeting/{meeting.pk}"))
    assert entry["deleted"] is True


def test_republished_minutes_come_back_with_the_same_id(client, published):
    meeting = Meeting.objects.get(key=published["first"].translation_key)
    published["first"].unpublish()
    page = type(published["first"]).objects.get(pk=published["first"].pk)
    page.save_revision().publish()
    again = get(client, f"meeting/{meeting.pk}").json()
    assert again.get("deleted") is False
    assert again["created"] == get(client, "body/1/meeting").json()["data"][0]["created"]


def test_deleted_body_is_an_organization_tombstone(client, published):
    body = make_body(name="AG Sprache", slug="ag-sprache", kind="working_group")
    body_id = body.pk
    Body.objects.filter(pk=body_id).delete()
    plain = get(client, "body/1/organization").json()["data"]
    assert all(not o["id"].endswith(f"/organization/{body_id}") for o in plain)
    changed = get(client, "body/1/organization", modified_since="2000-01-01T00:00:00Z").json()
    assert validate_list(changed, "Organization") == []
    gone = next(o for o in changed["data"] if o["id"].endswith(f"/organization/{body_id}"))
    assert gone["deleted"] is True
    assert get(client, f"organization/{body_id}").json()["deleted"] is True


def test_organization_meeting_list(client, published):
    org = get(client, f"organization/{published['housing'].pk}").json()
    meetings = get(client, org["meeting"]).json()
    assert validate_list(meetings, "Meeting") == []
    assert [m["name"] for m in meetings["data"]] == [published["second"].title]


def test_restricted_minutes_are_not_in_the_api(client, published):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=published["second"], restriction_type=PageViewRestriction.LOGIN
    )
    names = [m.get("name") for m in get(client, "body/1/meeting").json()["data"]]
    assert published["second"].title not in names
    assert published["first"].title in names
