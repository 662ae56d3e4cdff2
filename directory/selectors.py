"""Reads of the directory, each a constant number of queries however many records exist.

Lists are built from canonical (German) rows; `texts()` then fetches the translated names and
descriptions of one page of records in one query, and each field falls back to German where a
translation is missing, as pages do."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db.models import Prefetch, QuerySet

from .models import (
    Address,
    Attribute,
    Contact,
    Location,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)

TEXT_FIELDS = {
    Service: (
        "name",
        "alternate_name",
        "description",
        "fees_description",
        "accessibility_description",
        "eligibility_description",
    ),
    Organization: ("name", "alternate_name", "description"),
    Taxonomy: ("name", "description"),
    TaxonomyTerm: ("name", "description"),
}


def texts(model, keys: Iterable[uuid.UUID], *, language: str) -> dict[uuid.UUID, dict]:
    """translation_key -> {field: text} in `language`, non-empty texts only (one query; none
    for German, whose texts are on the canonical rows)."""
    keys = set(keys)
    if language == settings.LANGUAGE_CODE or not keys:
        return {}
    fields = TEXT_FIELDS[model]
    rows = model.objects.filter(translation_key__in=keys, locale__language_code=language).values(
        "translation_key", *fields
    )
    return {row["translation_key"]: {f: row[f] for f in fields if row[f]} for row in rows}


def services(
    *,
    modified_after: datetime | None = None,
    taxonomy_term: TaxonomyTerm | None = None,
    taxonomy: Taxonomy | None = None,
    organization: Organization | None = None,
    search: str = "",
) -> QuerySet[Service]:
    queryset = Service.objects.canonical().select_related("organization")
    if modified_after:
        queryset = queryset.filter(modified_at__gt=modified_after)
    if taxonomy_term:
        queryset = queryset.filter(attributes__taxonomy_term=taxonomy_term)
    if taxonomy:
        queryset = queryset.filter(attributes__taxonomy_term__taxonomy=taxonomy).distinct()
    if organization:
        queryset = queryset.filter(organization=organization)
    if search:
        queryset = queryset.filter(name__icontains=search)
    return queryset.order_by("name", "pk")


def public_contacts() -> Prefetch:
    return Prefetch(
        "contacts",
        queryset=Contact.objects.publishable()
        .prefetch_related(Prefetch("phones", queryset=Phone.objects.order_by("number")))
        .order_by("name", "id"),
    )


def _locations(prefix: str = "") -> list:
    return [Prefetch(f"{prefix}addresses", queryset=Address.objects.order_by("id"))]


def service_full(queryset: QuerySet[Service]) -> QuerySet[Service]:
    """Everything the full HSDS service carries, personal contacts only with consent."""
    return queryset.prefetch_related(
        Prefetch("phones", queryset=Phone.objects.publishable().order_by("number")),
        "schedules",
        "languages",
        "funding",
        public_contacts(),
        Prefetch(
            "service_at_locations",
            queryset=ServiceAtLocation.objects.select_related("location").prefetch_related(
                Prefetch("location__addresses", queryset=Address.objects.order_by("id")),
                "schedules",
            ),
        ),
        Prefetch(
            "attributes",
            queryset=Attribute.objects.select_related(
                "taxonomy_term__taxonomy", "taxonomy_term__parent"
            ).order_by("taxonomy_term__name"),
        ),
    )


def organizations(*, modified_after: datetime | None = None, search: str = ""):
    queryset = Organization.objects.canonical()
    if modified_after:
        queryset = queryset.filter(modified_at__gt=modified_after)
    if search:
        queryset = queryset.filter(name__icontains=search)
    return queryset.order_by("name", "pk")


def organization_full(queryset: QuerySet[Organization]) -> QuerySet[Organization]:
    return queryset.prefetch_related(
        "funding",
        public_contacts(),
        Prefetch("phones", queryset=Phone.objects.publishable().order_by("number")),
        Prefetch(
            "locations",
            queryset=Location.objects.prefetch_related(*_locations()).order_by("name"),
        ),
        Prefetch("services", queryset=Service.objects.canonical().order_by("name")),
    )


def taxonomies(*, search: str = ""):
    queryset = Taxonomy.objects.canonical()
    if search:
        queryset = queryset.filter(name__icontains=search)
    return queryset.order_by("name", "pk")


def taxonomy_terms(*, taxonomy: Taxonomy | None = None, search: str = ""):
    queryset = TaxonomyTerm.objects.canonical().select_related("taxonomy", "parent")
    if taxonomy:
        queryset = queryset.filter(taxonomy=taxonomy)
    if search:
        queryset = queryset.filter(name__icontains=search)
    return queryset.order_by("taxonomy__name", "name", "pk")


def service_at_locations(
    *,
    modified_after: datetime | None = None,
    taxonomy_term: TaxonomyTerm | None = None,
    organization: Organization | None = None,
):
    queryset = ServiceAtLocation.objects.filter(
        service__locale__language_code=settings.LANGUAGE_CODE
    ).select_related("service__organization", "location")
    if modified_after:
        queryset = queryset.filter(modified_at__gt=modified_after)
    if taxonomy_term:
        queryset = queryset.filter(service__attributes__taxonomy_term=taxonomy_term)
    if organization:
        queryset = queryset.filter(service__organization=organization)
    return queryset.order_by("service__name", "id")
