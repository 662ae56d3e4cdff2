"""Records as HSDS 3.0 JSON objects (the shapes of the schemas in
/work/shared/data/hsds-3.0/compiled; tests validate every endpoint against them).

Empty values are left out rather than sent as null or "": the schemas type most fields as
plain strings or numbers, and "" is no valid `uri` or `email`. `texts` maps a translation key
to translated names and descriptions (selectors.texts); a field without one keeps German."""

from __future__ import annotations

from typing import Any

from .models import (
    Address,
    Attribute,
    Contact,
    Funding,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)


def _clean(data: dict[str, Any], *, keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k in keep or v not in (None, "")}


def _text(record, texts: dict, field: str) -> str:
    return texts.get(record.translation_key, {}).get(field) or getattr(record, field)


def organization_flat(org: Organization, texts: dict) -> dict:
    return _clean(
        {
            "id": str(org.translation_key),
            "name": _text(org, texts, "name"),
            "alternate_name": _text(org, texts, "alternate_name"),
            "description": _text(org, texts, "description"),
            "email": org.email,
            "website": org.website,
            "legal_status": org.legal_status or org.get_kind_display(),
            "year_incorporated": org.year_incorporated,
        },
        keep=("id", "name", "description"),
    )


def service_flat(service: Service, texts: dict, org_texts: dict) -> dict:
    data = _clean(
        {
            "id": str(service.translation_key),
            "organization_id": str(service.organization.translation_key),
            "name": _text(service, texts, "name"),
            "alternate_name": _text(service, texts, "alternate_name"),
            "description": _text(service, texts, "description"),
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "fees_description": _text(service, texts, "fees_description"),
            "eligibility_description": _text(service, texts, "eligibility_description"),
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.assured_date.isoformat() if service.assured_date else None,
            "assurer_email": service.assurer_email,
            "last_modified": service.modified_at.isoformat(),
        },
        keep=("id", "name", "status"),
    )
    data["organization"] = organization_flat(service.organization, org_texts)
    return data


def phone(item: Phone) -> dict:
    return _clean(
        {
            "id": str(item.id),
            "contact_id": str(item.contact_id) if item.contact_id else None,
            "location_id": str(item.location_id) if item.location_id else None,
            "number": item.number,
            "extension": item.extension,
            "type": item.type,
            "description": item.description,
        },
        keep=("id", "number"),
    )


def contact(item: Contact) -> dict:
    return _clean(
        {
            "id": str(item.id),
            "name": item.name,
            "title": item.title,
            "department": item.department,
            "email": item.email,
            "phones": [phone(p) for p in item.phones.all()],
        }
    )


def schedule(item: Schedule) -> dict:
    return _clean(
        {
            "id": str(item.id),
            "service_at_location_id": str(item.service_at_location_id)
            if item.service_at_location_id
            else None,
            "freq": item.freq,
            "interval": item.interval if item.freq else None,
            "byday": item.byday,
            "dtstart": item.dtstart.isoformat() if item.dtstart else None,
            "until": item.until.isoformat() if item.until else None,
            "opens_at": item.opens_at.strftime("%H:%M") if item.opens_at else None,
            "closes_at": item.closes_at.strftime("%H:%M") if item.closes_at else None,
            "description": item.description,
            "notes": item.notes,
        }
    )


def address(item: Address) -> dict:
    return {
        "id": str(item.id),
        "location_id": str(item.location_id),
        "address_1": item.address_1,
        **_clean({"address_2": item.address_2, "region": item.region}),
        "city": item.city,
        "state_province": item.state_province,
        "postal_code": item.postal_code,
        "country": item.country,
        "address_type": item.address_type,
    }


def location(item: Location, *, nested: bool = True) -> dict:
    data = _clean(
        {
            "id": str(item.id),
            "location_type": item.location_type,
            "name": item.name,
            "description": item.description,
            "latitude": float(item.latitude) if item.latitude is not None else None,
            "longitude": float(item.longitude) if item.longitude is not None else None,
        }
    )
    if nested:
        data["addresses"] = [address(a) for a in item.addresses.all()]
        notes = item.accessibility_description or ("step-free" if item.step_free else "")
        if notes:
            data["accessibility"] = [
                {"id": str(item.id), "location_id": str(item.id), "description": notes}
            ]
    return data


def language(item: Language) -> dict:
    return _clean({"id": str(item.id), "name": item.name, "code": item.code, "note": item.note})


def funding(item: Funding) -> dict:
    return {"id": str(item.id), "source": item.source or item.get_funding_type_display()}


def attribute(item: Attribute, service: Service, term_texts: dict) -> dict:
    term = item.taxonomy_term
    return _clean(
        {
            "id": str(item.id),
            "link_id": str(service.translation_key),
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": str(term.translation_key),
            "value": item.value,
            "taxonomy_term": taxonomy_term(term, term_texts),
        }
    )


def service_at_location(
    item: ServiceAtLocation, *, service: Service | None = None, nested: bool = True
) -> dict:
    service = service or item.service
    data = _clean(
        {
            "id": str(item.id),
            "service_id": str(service.translation_key),
            "location_id": str(item.location_id),
            "description": item.description,
        }
    )
    data["location"] = location(item.location, nested=nested)
    if nested:
        data["schedules"] = [schedule(s) for s in item.schedules.all()]
    return data


def service_full(service: Service, texts: dict, org_texts: dict, term_texts: dict) -> dict:
    data = service_flat(service, texts, org_texts)
    data["phones"] = [phone(p) for p in service.phones.all()]
    data["schedules"] = [schedule(s) for s in service.schedules.all()]
    data["service_at_locations"] = [
        service_at_location(sal, service=service) for sal in service.service_at_locations.all()
    ]
    data["languages"] = [language(lang) for lang in service.languages.all()]
    data["funding"] = [funding(f) for f in service.funding.all()]
    data["contacts"] = [contact(c) for c in service.contacts.all()]
    data["attributes"] = [attribute(a, service, term_texts) for a in service.attributes.all()]
    data["cost_options"] = (
        [{"id": str(service.translation_key), "amount": 0, "currency": "EUR", "option": "free"}]
        if service.free_of_charge
        else []
    )
    return data


def organization_full(org: Organization, texts: dict, service_texts: dict) -> dict:
    data = organization_flat(org, texts)
    data["funding"] = [funding(f) for f in org.funding.all()]
    data["contacts"] = [contact(c) for c in org.contacts.all()]
    data["phones"] = [phone(p) for p in org.phones.all()]
    data["locations"] = [location(loc) for loc in org.locations.all()]
    data["services"] = [
        _clean(
            {
                "id": str(s.translation_key),
                "organization_id": str(org.translation_key),
                "name": _text(s, service_texts, "name"),
                "description": _text(s, service_texts, "description"),
                "status": s.status,
                "assured_date": s.assured_date.isoformat() if s.assured_date else None,
            },
            keep=("id", "name", "status"),
        )
        for s in org.services.all()
    ]
    return data


def taxonomy(item: Taxonomy, texts: dict) -> dict:
    return _clean(
        {
            "id": str(item.translation_key),
            "name": _text(item, texts, "name"),
            "description": _text(item, texts, "description"),
            "uri": item.uri,
            "version": item.version,
        },
        keep=("id", "name", "description"),
    )


def taxonomy_term(item: TaxonomyTerm, texts: dict) -> dict:
    return _clean(
        {
            "id": str(item.translation_key),
            "code": item.code,
            "name": _text(item, texts, "name"),
            "description": _text(item, texts, "description"),
            "parent_id": str(item.parent.translation_key) if item.parent_id else None,
            "taxonomy": item.taxonomy.name,
            "taxonomy_id": str(item.taxonomy.translation_key),
            "term_uri": item.term_uri,
        },
        keep=("id", "name", "description"),
    )
