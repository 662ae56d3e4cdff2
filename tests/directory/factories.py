"""Small directory records for tests (no demo loading)."""

from __future__ import annotations

import itertools
from datetime import date, time

from wagtail.models import Locale

from directory.models import (
    Address,
    Attribute,
    Contact,
    Funding,
    FundingType,
    Language,
    Location,
    Organization,
    OrganizationKind,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)

_numbers = itertools.count(1)


def locale(code: str = "de") -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def make_taxonomy(name: str = "Handlungsfelder") -> Taxonomy:
    return Taxonomy.objects.create(name=name, description=f"{name} der Stadt", locale=locale())


def make_term(taxonomy: Taxonomy | None = None, name: str | None = None) -> TaxonomyTerm:
    taxonomy = taxonomy or make_taxonomy()
    name = name or f"Sprache {next(_numbers)}"
    return TaxonomyTerm.objects.create(
        taxonomy=taxonomy, name=name, description=f"Angebote: {name}", locale=locale()
    )


def make_organization(name: str | None = None, **fields) -> Organization:
    defaults = {
        "name": name or f"Verein {next(_numbers)}",
        "description": "Ein Verein in Ruhrbrück.",
        "kind": OrganizationKind.ASSOCIATION,
        "email": "info@verein.example.org",
        "locale": locale(),
    }
    return Organization.objects.create(**(defaults | fields))


def make_service(organization: Organization | None = None, **fields) -> Service:
    defaults = {
        "organization": organization or make_organization(),
        "name": f"Deutschkurs {next(_numbers)}",
        "description": "Deutsch für Mütter, mit Kinderbetreuung.",
        "assured_date": date(2026, 3, 1),
        "childcare": True,
        "free_of_charge": True,
        "locale": locale(),
    }
    return Service.objects.create(**(defaults | fields))


def translate(record, code: str, **texts):
    """A translation row of a translatable record (shares its translation_key)."""
    copy = record.copy_for_translation(locale(code))
    for field, value in texts.items():
        setattr(copy, field, value)
    copy.save()
    return copy


def make_full_service(*, term: TaxonomyTerm | None = None, **fields) -> Service:
    """An offer with every kind of related record, a consenting and a silent volunteer."""
    service = make_service(**fields)
    org = service.organization
    place = Location.objects.create(
        organization=org,
        name="Stadtteilzentrum",
        latitude="51.513600",
        longitude="7.465300",
        step_free=True,
    )
    Address.objects.create(
        location=place, address_1="Marktstraße 1", city="Ruhrbrück", postal_code="45999"
    )
    at = ServiceAtLocation.objects.create(service=service, location=place)
    Schedule.objects.create(
        service=service,
        service_at_location=at,
        freq=Schedule.Freq.WEEKLY,
        byday="TU,TH",
        opens_at=time(9),
        closes_at=time(11, 30),
        dtstart=date(2026, 1, 6),
        until=date(2026, 12, 17),
    )
    Language.objects.create(service=service, code="ar", name="العربية")
    Funding.objects.create(
        service=service, source="Stadt Ruhrbrück", funding_type=FundingType.MUNICIPAL
    )
    Phone.objects.create(service=service, number="+49 2999 100")
    Contact.objects.create(
        service=service, department="Beratungsstelle", email="beratung@example.org"
    )
    agreed = Contact.objects.create(
        service=service, name="Vera Volunteer", is_personal=True, consent_at="2026-01-01T10:00Z"
    )
    Phone.objects.create(contact=agreed, number="+49 2999 200")
    from tests.security.world import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE

    silent = Contact.objects.create(
        service=service, name=SECRET_NAME, email=SECRET_EMAIL, is_personal=True
    )
    Phone.objects.create(contact=silent, number=SECRET_PHONE)
    Attribute.objects.create(service=service, taxonomy_term=term or make_term())
    return service
