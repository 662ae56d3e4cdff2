"""The directory demo (the one test that loads it): 40 actors and 120 offers in the demo town,
German and English complete, a few stale, volunteers without consent hidden, idempotent, and
valid HSDS at the API."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.demo_data import read_demo_file
from directory import demo
from directory.models import STALE_AFTER_DAYS, Address, Contact, Organization, Service
from tests.directory.hsds_schema import errors

pytestmark = pytest.mark.django_db


def test_the_directory_demo(client):
    demo.load()
    before = (Organization.objects.count(), Service.objects.count(), Contact.objects.count())
    demo.load()
    assert (
        Organization.objects.count(),
        Service.objects.count(),
        Contact.objects.count(),
    ) == before

    offers = Service.objects.canonical()
    assert Organization.objects.canonical().count() >= 40 and offers.count() >= 120
    assert set(Organization.objects.values_list("kind", flat=True)) == {
        "association",
        "agency",
        "migrant_self_organisation",
        "volunteer_group",
        "municipal_office",
    }
    english = Service.objects.filter(locale__language_code="en")
    assert english.count() == offers.count()
    assert not english.filter(name__in=offers.values("name")).exists()  # really translated
    # Actors' own names are the same in every language.
    assert set(
        Organization.objects.filter(locale__language_code="en").values_list("name", flat=True)
    ) == set(Organization.objects.canonical().values_list("name", flat=True))
    cutoff = timezone.localdate() - timedelta(days=STALE_AFTER_DAYS)
    stale = offers.filter(assured_date__lt=cutoff).count()
    assert 3 <= stale < offers.count() // 4
    town = read_demo_file("portal", "site")["town"]
    assert set(Address.objects.values_list("postal_code", "city").distinct()) == {
        (town["postal_code"], town["name"])
    }
    assert Contact.objects.filter(is_personal=True, consent_at__isnull=True).exists()

    page = client.get("/api/hsds/services?per_page=100&locale=ar").json()
    assert page["total_items"] == offers.count()
    assert errors(page, "compiled/service_list.json", page=True) == []
    body = client.get("/api/hsds/organizations?per_page=100").content.decode()
    assert "Farid Ahmadi" not in body and "Ingrid Sommer" not in body
