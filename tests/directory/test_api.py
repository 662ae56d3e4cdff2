"""The HSDS 3.0 API: every endpoint valid against the specification's schemas (with a broken
document as a negative control), pages, filters, bad input, CORS, ETag, consent, and a
constant number of queries."""

from __future__ import annotations

import uuid

import pytest

from directory import services as directory_services
from directory.models import Contact, Service
from tests.directory.factories import (
    make_full_service,
    make_organization,
    make_service,
    make_taxonomy,
    make_term,
    translate,
)
from tests.directory.hsds_schema import errors
from tests.security.world import PERSONAL_MARKERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer():
    return make_full_service()


def get(client, url, **headers):
    return client.get(url, headers=headers)


def test_every_endpoint_is_valid_hsds(client, offer):
    org = offer.organization
    checks = [
        ("/api/hsds/", "root", False),
        ("/api/hsds/services", "compiled/service_list.json", True),
        (f"/api/hsds/services/{offer.translation_key}", "compiled/service.json", False),
        ("/api/hsds/organizations", "compiled/organization_list.json", True),
        (f"/api/hsds/organizations/{org.translation_key}", "compiled/organization.json", False),
        ("/api/hsds/taxonomies", "taxonomy.json", True),
        ("/api/hsds/taxonomy_terms", "taxonomy_term.json", True),
        ("/api/hsds/service_at_locations", "compiled/service_at_location_list.json", True),
    ]
    for url, schema, page in checks:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/json")
        document = response.json()
        assert errors(document, schema, page=page) == [], url
        if page:
            assert document["total_items"] >= 1 and document["contents"], url


def test_a_broken_document_fails_validation(client, offer):
    """Negative control: the validator does reject what the schema forbids."""
    document = client.get(f"/api/hsds/services/{offer.translation_key}").json()
    broken = dict(document, status="open", id="not-a-uuid")
    del broken["name"]
    problems = " ".join(errors(broken, "compiled/service.json"))
    assert "'name' is a required property" in problems
    assert "'open' is not one of" in problems
    assert "is not a 'uuid'" in problems
    page = client.get("/api/hsds/services").json()
    del page["total_items"]
    page["contents"][0]["minimum_age"] = "twelve"
    problems = " ".join(errors(page, "compiled/service_list.json", page=True))
    assert "'total_items' is a required property" in problems
    assert "'twelve' is not of type 'number'" in problems


def test_the_full_service_carries_its_records(client, offer):
    data = client.get(f"/api/hsds/services/{offer.translation_key}").json()
    assert data["id"] == str(offer.translation_key)
    assert data["organization"]["id"] == str(offer.organization.translation_key)
    assert data["schedules"][0]["byday"] == "TU,TH"
    assert data["schedules"][0]["opens_at"] == "09:00"
    location = data["service_at_locations"][0]["location"]
    assert location["latitude"] == 51.5136
    assert location["addresses"][0]["postal_code"] == "45999"
    assert [lang["code"] for lang in data["languages"]] == ["ar"]
    assert data["cost_options"][0]["amount"] == 0
    assert data["attributes"][0]["taxonomy_term"]["name"].startswith("Sprache")


def test_personal_contacts_only_with_consent_and_withdrawable(client, offer):
    url = f"/api/hsds/services/{offer.translation_key}"
    body = client.get(url).content.decode()
    assert "Vera Volunteer" in body and "+49 2999 200" in body
    assert "Beratungsstelle" in body
    assert not [m for m in PERSONAL_MARKERS if m in body]
    vera = Contact.objects.get(name="Vera Volunteer")
    directory_services.contact_withdraw_consent(contact=vera)
    body = client.get(url).content.decode()
    assert "Vera Volunteer" not in body and "+49 2999 200" not in body
    assert Contact.objects.get(pk=vera.pk).consent_at is not None  # the record stays
    directory_services.contact_record_consent(contact=vera)
    assert "Vera Volunteer" in client.get(url).content.decode()


def test_pages(client):
    org = make_organization()
    for _ in range(5):
        make_service(organization=org)
    first = client.get("/api/hsds/services?per_page=2").json()
    assert (first["total_items"], first["total_pages"], first["size"]) == (5, 3, 2)
    assert first["first_page"] and not first["last_page"] and not first["empty"]
    last = client.get("/api/hsds/services?per_page=2&page=3").json()
    assert last["size"] == 1 and last["last_page"] and last["page_number"] == 3
    names = [s["name"] for s in first["contents"]] + [s["name"] for s in last["contents"]]
    assert len(set(names)) == 3
    assert client.get("/api/hsds/services?per_page=2&page=4").status_code == 404
    empty = client.get("/api/hsds/taxonomies").json()
    assert empty["empty"] and empty["total_items"] == 0 and empty["contents"] == []


def test_filters(client):
    term, other_term = make_term(), make_term()
    with_term = make_full_service(term=term)
    other = make_full_service(term=other_term)
    ids = lambda url: {s["id"] for s in client.get(url).json()["contents"]}  # noqa: E731
    assert ids(f"/api/hsds/services?taxonomy_term_id={term.translation_key}") == {
        str(with_term.translation_key)
    }
    org_key = other.organization.translation_key
    assert ids(f"/api/hsds/services?organization_id={org_key}") == {str(other.translation_key)}
    Service.objects.filter(pk=other.pk).update(modified_at="2020-01-01T00:00Z")
    assert ids("/api/hsds/services?modified_after=2025-01-01") == {str(with_term.translation_key)}
    assert ids("/api/hsds/services?modified_after=2019-12-31T12:00:00Z") == {
        str(with_term.translation_key),
        str(other.translation_key),
    }
    sal = ids(f"/api/hsds/service_at_locations?organization_id={org_key}")
    assert sal == {str(other.service_at_locations.get().id)}
    taxonomy_key = term.taxonomy.translation_key
    assert ids(f"/api/hsds/taxonomy_terms?taxonomy_id={taxonomy_key}") == {
        str(term.translation_key)
    }


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("modified_after=yesterday", "modified_after"),
        ("modified_after=2026-13-45", "modified_after"),
        ("taxonomy_term_id=42", "taxonomy_term_id"),
        # Ids that name nothing (fixed: pytest-xdist workers must collect the same tests).
        ("taxonomy_term_id=3f1c2a9e-5b7d-4e2a-9c41-7d0e6b8a2f15", "taxonomy_term_id"),
        ("organization_id=8a6d4b2c-1e3f-4a5b-8c7d-9e0f1a2b3c4d", "organization_id"),
        ("organization_id=<script>", "organization_id"),
        ("page=0", "page"),
        ("page=abc", "page"),
        ("per_page=101", "per_page"),
        ("page=1&page=2", "page"),
        ("locale=xx", "locale"),
        ("colour=red", "colour"),
    ],
)
def test_bad_input_is_a_json_400(client, query, parameter):
    response = client.get(f"/api/hsds/services?{query}")
    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == "*"
    error = response.json()["error"]
    assert error["parameter"] == parameter and error["message"]


def test_unknown_records_are_404(client):
    for url in (
        f"/api/hsds/services/{uuid.uuid4()}",
        "/api/hsds/services/not-an-id",
        f"/api/hsds/organizations/{uuid.uuid4()}",
    ):
        response = client.get(url)
        assert response.status_code == 404 and response.json()["error"]["status"] == 404


def test_a_translation_of_an_offer_is_not_a_second_offer(client, offer):
    translate(offer, "en", name="German for mothers")
    translate(offer.organization, "en")
    data = client.get("/api/hsds/services").json()
    assert data["total_items"] == 1
    assert data["contents"][0]["name"] == offer.name
    english = client.get("/api/hsds/services?locale=en").json()["contents"][0]
    assert english["name"] == "German for mothers"
    assert english["id"] == str(offer.translation_key)
    # A language without a translation falls back to German, field by field.
    assert client.get("/api/hsds/services?locale=ar").json()["contents"][0]["name"] == offer.name


def test_cors_etag_and_304(client, offer):
    response = client.get("/api/hsds/services")
    assert response["Access-Control-Allow-Origin"] == "*"
    tag = response["ETag"]
    assert tag.startswith('"')
    again = get(client, "/api/hsds/services", if_none_match=tag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == tag and again["Access-Control-Allow-Origin"] == "*"
    # A change makes a new tag: the old one no longer matches.
    Service.objects.filter(pk=offer.pk).update(name="Neuer Name")
    changed = get(client, "/api/hsds/services", if_none_match=tag)
    assert changed.status_code == 200 and changed["ETag"] != tag
    preflight = client.options("/api/hsds/services")
    assert preflight.status_code == 204 and preflight["Access-Control-Allow-Origin"] == "*"
    assert client.post("/api/hsds/services").status_code in (403, 405)


def _grow(count: int, term, taxonomy) -> None:
    for _ in range(count):
        service = make_full_service(term=term)
        translate(service, "en", name=f"{service.name} (en)")
        translate(service.organization, "en")
        make_term(taxonomy)


@pytest.mark.parametrize("locale", ["de", "en"])
def test_constant_queries(client, django_assert_num_queries, locale):
    taxonomy = make_taxonomy()
    term = make_term(taxonomy)
    expected = {}
    for size in (1, 6):
        _grow(size if size == 1 else size - 1, term, taxonomy)
        offer = Service.objects.canonical().last()
        org = offer.organization
        urls = {
            "root": "/api/hsds/",
            "services": "/api/hsds/services",
            "filtered": f"/api/hsds/services?taxonomy_term_id={term.translation_key}",
            "service": f"/api/hsds/services/{offer.translation_key}",
            "organizations": "/api/hsds/organizations",
            "organization": f"/api/hsds/organizations/{org.translation_key}",
            "taxonomies": "/api/hsds/taxonomies",
            "terms": "/api/hsds/taxonomy_terms",
            "sal": "/api/hsds/service_at_locations",
        }
        for name, url in urls.items():
            url = f"{url}{'&' if '?' in url else '?'}locale={locale}"
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200, url
            if name in expected:
                with django_assert_num_queries(expected[name]):
                    client.get(url)
            expected.setdefault(name, len(captured))
    assert Service.objects.canonical().count() == 6


def test_error_messages_in_the_visitors_language(client):
    german = client.get("/api/hsds/services?page=x", headers={"accept-language": "de"})
    assert german.json()["error"]["message"] == "Erwartet wird eine ganze Zahl von 1 bis 1000000."
    arabic = client.get("/api/hsds/services?locale=xx", headers={"accept-language": "ar"})
    assert arabic.json()["error"]["message"] == "لغة غير معروفة."
