"""Demo directory, read from directory/demo/{taxonomies,actors,offers}.yaml: three taxonomies
(fields of action, target groups, districts), 40 actors of five kinds and 120 offers in the one
town of portal/demo/site.yaml, each actor at a location with an address and coordinates within
the town's radius, offers with schedules, languages, funding and contacts (a few volunteers
without recorded consent, so their data is stored but never published), and a few actors
whose offers were last confirmed more than 13 months ago.

Translations are rows of their own in every language that has a text (see models.py);
actors' names stay as they are. Idempotent: records have fixed HSDS ids (uuid5 of their key)
and are updated in place."""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from core.demo_data import DemoDataError, check_translations, read_demo_file
from core.progress import OnProgress, tracked

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

NAMESPACE = uuid.UUID("1b0e6a52-3f7c-4b57-9d0c-5e8f2a6c4d31")
REQUIRED = ("de", "en")  # complete in German and English; the rest where the data has them


def key(*parts: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join(parts))


def directory_data() -> dict:
    data = {
        "taxonomies": read_demo_file("directory", "taxonomies")["taxonomies"],
        "actors": read_demo_file("directory", "actors")["actors"],
        "offers": read_demo_file("directory", "offers")["offers"],
        "town": read_demo_file("portal", "site")["town"],
    }
    check_translations(data["taxonomies"], source="directory/demo/taxonomies.yaml")
    for name in ("actors", "offers"):
        check_translations(data[name], source=f"directory/demo/{name}.yaml", languages=REQUIRED)
    terms = {t["key"] for tax in data["taxonomies"] for t in tax["terms"]}
    for actor in data["actors"]:
        for offer in actor["offers"]:
            if offer not in data["offers"]:
                raise DemoDataError(
                    f"directory/demo/actors.yaml: {actor['name']}: no offer {offer!r}"
                )
        if actor["district"] not in terms:
            raise DemoDataError(f"directory/demo/actors.yaml: {actor['name']}: no district")
    for name, offer in data["offers"].items():
        missing = set(offer["fields"] + offer["groups"]) - terms
        if missing:
            raise DemoDataError(f"directory/demo/offers.yaml: {name}: unknown terms {missing}")
    return data


def _translatable(model, hsds_id: uuid.UUID, locales: dict, texts: dict, common: dict):
    """The canonical German row and a translation row for every language with a text in
    `texts` ({field: {lang: text}}); a missing field falls back to German."""
    german = {f: v["de"] for f, v in texts.items()}
    canonical, _ = model.objects.update_or_create(
        translation_key=hsds_id, locale=locales["de"], defaults=german | common
    )
    for code, locale in locales.items():
        if code == "de" or not any(code in v for v in texts.values()):
            continue
        values = {f: v.get(code) or v["de"] for f, v in texts.items()}
        model.objects.update_or_create(
            translation_key=hsds_id, locale=locale, defaults=values | common
        )
    return canonical


def _terms(data: dict, locales: dict) -> dict[str, TaxonomyTerm]:
    found = {}
    for tax in data["taxonomies"]:
        taxonomy = _translatable(
            Taxonomy,
            key("taxonomy", tax["key"]),
            locales,
            {"name": tax["name"], "description": tax["description"]},
            {},
        )
        for term in tax["terms"]:
            found[term["key"]] = _translatable(
                TaxonomyTerm,
                key("term", term["key"]),
                locales,
                {"name": term["name"], "description": term["name"]},
                {"taxonomy": taxonomy, "code": term["key"]},
            )
    return found


def _place(town: dict, index: int, total: int) -> tuple[str, str]:
    """Coordinates on a spiral around the town centre, inside its radius."""
    radius = town["radius_metres"] * 0.8 * (index + 1) / total
    angle = index * 2.39996  # the golden angle spreads the points evenly
    lat0, lon0 = float(town["centre"]["latitude"]), float(town["centre"]["longitude"])
    lat = lat0 + radius * math.cos(angle) / 111_320
    lon = lon0 + radius * math.sin(angle) / (111_320 * math.cos(math.radians(lat0)))
    return f"{lat:.6f}", f"{lon:.6f}"


def _schedule(service: Service, at: ServiceAtLocation, spec: dict, today: date) -> None:
    description = spec.get("description", {}).get("de", "")
    Schedule.objects.update_or_create(
        id=key("schedule", str(service.translation_key)),
        defaults={
            "service": service,
            "service_at_location": at,
            "freq": spec["freq"],
            "byday": str(spec["byday"]),
            "opens_at": time.fromisoformat(spec["opens"]),
            "closes_at": time.fromisoformat(spec["closes"]),
            "dtstart": today.replace(month=1, day=1),
            "until": today.replace(month=12, day=31) + timedelta(days=365),
            "description": description,
        },
    )


def load(*, on_progress: OnProgress | None = None) -> list[str]:
    data = directory_data()
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    terms = _terms(data, locales)
    town = data["town"]
    today = timezone.localdate()
    actors = data["actors"]
    offers = 0
    for index, actor in enumerate(
        tracked(actors, total=len(actors), label="actors", on_progress=on_progress, every=10)
    ):
        slug = actor["name"]
        names = dict.fromkeys(actor["description"], actor["name"])
        org = _translatable(
            Organization,
            key("actor", slug),
            locales,
            {"name": names, "description": actor["description"]},
            {"kind": actor["kind"], "email": f"kontakt{index + 1}@ruhrbrueck.example.org"},
        )
        lat, lon = _place(town, index, len(actors))
        place, _ = Location.objects.update_or_create(
            id=key("location", slug),
            defaults={
                "organization": org,
                "name": actor["name"],
                "latitude": lat,
                "longitude": lon,
                "step_free": index % 3 != 0,
            },
        )
        Address.objects.update_or_create(
            id=key("address", slug),
            defaults={
                "location": place,
                "address_1": actor["street"],
                "city": town["name"],
                "postal_code": town["postal_code"],
                "region": terms[actor["district"]].name,
            },
        )
        Funding.objects.update_or_create(
            id=key("funding", slug),
            defaults={"organization": org, "funding_type": actor["funding"]},
        )
        Contact.objects.update_or_create(
            id=key("contact", slug),
            defaults={"organization": org, "department": "Kontakt", "email": org.email},
        )
        Phone.objects.update_or_create(
            id=key("phone", slug),
            defaults={"organization": org, "number": f"+49 2999 {4000 + index * 7}"},
        )
        if actor.get("volunteer"):
            person, _ = Contact.objects.update_or_create(
                id=key("volunteer", slug),
                defaults={
                    "organization": org,
                    "name": actor["volunteer"],
                    "title": "Ehrenamtliche Ansprechperson",
                    "is_personal": True,
                    "consent_at": timezone.make_aware(datetime(today.year - 1, 11, 2, 10))
                    if actor.get("consent")
                    else None,
                },
            )
            Phone.objects.update_or_create(
                id=key("volunteer-phone", slug),
                defaults={"contact": person, "number": f"+49 170 55{index:03d}12"},
            )
        for number, offer_key in enumerate(actor["offers"]):
            spec = data["offers"][offer_key]
            assured = today - timedelta(
                days=420 + number * 30 if actor.get("stale") else (index * 11 + number * 5) % 300
            )
            texts = {"name": spec["name"], "description": spec["description"]}
            if spec.get("fees"):
                texts["fees_description"] = spec["fees"]
            ages = spec.get("ages") or [None, None]
            service = _translatable(
                Service,
                key("offer", slug, offer_key),
                locales,
                texts,
                {
                    "organization": org,
                    "free_of_charge": bool(spec.get("free")),
                    "childcare": bool(spec.get("childcare")),
                    "wheelchair_accessible": place.step_free,
                    "assured_date": assured,
                    "minimum_age": ages[0],
                    "maximum_age": ages[1],
                },
            )
            at, _ = ServiceAtLocation.objects.update_or_create(
                id=key("at", str(service.translation_key)),
                defaults={"service": service, "location": place},
            )
            _schedule(service, at, spec["schedule"], today)
            for code in ["de", *spec.get("languages", [])]:
                Language.objects.update_or_create(
                    service=service,
                    code=code,
                    create_defaults={"id": key("lang", str(service.translation_key), code)},
                )
            for term_key in [*spec["fields"], *spec["groups"], actor["district"]]:
                Attribute.objects.update_or_create(
                    service=service,
                    taxonomy_term=terms[term_key],
                    create_defaults={"id": key("attr", str(service.translation_key), term_key)},
                )
            offers += 1
    return [f"{len(actors)} actors, {offers} offers"]
