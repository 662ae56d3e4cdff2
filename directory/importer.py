"""Import of HSDS 3.0 data: a JSON file (one service or organization, a list of them, or an
HSDS page with `contents`) or the tabular CSV package (a folder of `services.csv`,
`organizations.csv`, ...).

Both are first read into the same tables of rows, each row knowing where it came from
("services.csv:7", "service_list.json: contents[2].phones[0]"). Every row is checked, then all
are written in one transaction: one error and nothing is stored. Records are matched by their
HSDS id, so importing the same data again changes nothing (idempotent).

Privacy: a contact with a person's name is imported as personal data without consent (hidden
from every public view) until an editor records the person's consent."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.dateparse import parse_date, parse_datetime, parse_time
from wagtail.models import Locale

from core.progress import OnProgress, tracked

from .models import (
    Address,
    Attribute,
    Contact,
    Funding,
    Language,
    Location,
    Organization,
    OrganizationKind,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
)

MAX_FILE_BYTES = getattr(settings, "DIRECTORY_IMPORT_MAX_BYTES", 20 * 1024 * 1024)
# The order of writing: what a row refers to is written before it.
TABLES = (
    "taxonomies",
    "taxonomy_terms",
    "organizations",
    "services",
    "locations",
    "addresses",
    "service_at_location",
    "schedules",
    "contacts",
    "phones",
    "languages",
    "funding",
    "attributes",
)


class ImportFailed(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Row:
    data: dict[str, Any]
    where: str


@dataclass
class Bundle:
    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLES})
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, table: str, data: dict, where: str) -> None:
        self.tables[table].append(Row(data, where))


# --- reading ----------------------------------------------------------------------------------


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFailed([f"{path.name}: {size} bytes, more than the limit of {MAX_FILE_BYTES}"])


def read(path: Path) -> Bundle:
    if path.is_dir():
        return read_csv_package(path)
    if not path.exists():
        raise ImportFailed([f"{path}: no such file or folder"])
    return read_json(path)


def read_csv_package(folder: Path) -> Bundle:
    bundle = Bundle()
    found = False
    for table in TABLES:
        path = folder / f"{table}.csv"
        if not path.exists():
            continue
        found = True
        _check_size(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportFailed([f"{path.name}: not UTF-8 ({error.reason})"]) from None
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader, None)
            if header is None:
                continue
            header = [h.strip() for h in header]
            if "id" not in header:
                bundle.problems.append(f"{path.name}:1: the header has no 'id' column")
                continue
            while True:
                line = reader.line_num + 1
                try:
                    values = next(reader)
                except StopIteration:
                    break
                if not any(v.strip() for v in values):
                    continue
                if len(values) != len(header):
                    bundle.problems.append(
                        f"{path.name}:{line}: {len(values)} fields, the header has {len(header)}"
                    )
                    continue
                bundle.add(table, dict(zip(header, values, strict=True)), f"{path.name}:{line}")
        except csv.Error as error:
            bundle.problems.append(f"{path.name}:{reader.line_num}: malformed CSV ({error})")
    if not found:
        raise ImportFailed([f"{folder}: no HSDS CSV files (services.csv, organizations.csv, ...)"])
    return bundle


def read_json(path: Path) -> Bundle:
    _check_size(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ImportFailed([f"{path.name}: not UTF-8 ({error.reason})"]) from None
    except json.JSONDecodeError as error:
        raise ImportFailed(
            [f"{path.name}:{error.lineno}:{error.colno}: not JSON ({error.msg})"]
        ) from None
    bundle = Bundle()
    name = path.name
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        items, prefix = document["contents"], "contents"
    elif isinstance(document, list):
        items, prefix = document, ""
    else:
        items, prefix = [document], None
    for index, item in enumerate(items):
        where = f"{name}: {prefix}[{index}]" if prefix is not None else f"{name}: (top)"
        if not isinstance(item, dict):
            bundle.problems.append(f"{where}: expected an object")
        elif "status" in item or "organization_id" in item and "services" not in item:
            _service(bundle, item, where)
        elif "taxonomy_id" in item or "taxonomy_detail" in item:
            _term(bundle, item, where)
        elif "services" in item or "website" in item or "locations" in item:
            _organization(bundle, item, where)
        elif set(item) <= {"id", "name", "description", "uri", "version", "metadata"}:
            bundle.add("taxonomies", item, where)
        else:
            _organization(bundle, item, where)
    return bundle


def _children(item: dict, key: str, where: str) -> list[tuple[dict, str]]:
    value = item.get(key) or []
    if not isinstance(value, list):
        return []
    return [(v, f"{where}.{key}[{i}]") for i, v in enumerate(value) if isinstance(v, dict)]


def _term(bundle: Bundle, item: dict, where: str) -> None:
    detail = item.get("taxonomy_detail")
    if isinstance(detail, dict) and detail.get("id"):
        bundle.add("taxonomies", detail, f"{where}.taxonomy_detail")
        item = {**item, "taxonomy_id": item.get("taxonomy_id") or detail["id"]}
    bundle.add("taxonomy_terms", item, where)


def _organization(bundle: Bundle, item: dict, where: str) -> None:
    bundle.add("organizations", item, where)
    org = {"organization_id": item.get("id")}
    for child, at in _children(item, "locations", where):
        _location(bundle, {**child, **org}, at)
    for key, table in (("funding", "funding"), ("phones", "phones")):
        for child, at in _children(item, key, where):
            bundle.add(table, {**child, **org}, at)
    for child, at in _children(item, "contacts", where):
        _contact(bundle, {**child, **org}, at)
    for child, at in _children(item, "services", where):
        _service(bundle, {**child, **org}, at)


def _location(bundle: Bundle, item: dict, where: str) -> None:
    bundle.add("locations", item, where)
    for child, at in _children(item, "addresses", where):
        bundle.add("addresses", {**child, "location_id": item.get("id")}, at)


def _contact(bundle: Bundle, item: dict, where: str) -> None:
    bundle.add("contacts", item, where)
    for child, at in _children(item, "phones", where):
        bundle.add("phones", {**child, "contact_id": item.get("id")}, at)


def _service(bundle: Bundle, item: dict, where: str) -> None:
    org = item.get("organization")
    if isinstance(org, dict) and org.get("id"):
        bundle.add("organizations", org, f"{where}.organization")
        item = {**item, "organization_id": item.get("organization_id") or org["id"]}
    bundle.add("services", item, where)
    link = {"service_id": item.get("id")}
    for key, table in (("phones", "phones"), ("languages", "languages"), ("funding", "funding")):
        for child, at in _children(item, key, where):
            bundle.add(table, {**child, **link}, at)
    for child, at in _children(item, "schedules", where):
        bundle.add("schedules", {**child, **link}, at)
    for child, at in _children(item, "contacts", where):
        _contact(bundle, {**child, **link}, at)
    for child, at in _children(item, "service_at_locations", where):
        location = child.get("location")
        if isinstance(location, dict) and location.get("id"):
            _location(bundle, location, f"{at}.location")
            child = {**child, "location_id": child.get("location_id") or location["id"]}
        bundle.add("service_at_location", {**child, **link}, at)
        for schedule, s_at in _children(child, "schedules", at):
            bundle.add(
                "schedules", {**schedule, **link, "service_at_location_id": child.get("id")}, s_at
            )
    for child, at in _children(item, "attributes", where):
        term = child.get("taxonomy_term")
        if isinstance(term, dict) and term.get("id"):
            _term(bundle, term, f"{at}.taxonomy_term")
        bundle.add("attributes", {**child, "link_id": item.get("id")}, at)


# --- checking and writing -------------------------------------------------------------------


class RowError(Exception):
    pass


def _text(data: dict, key: str, *, required: bool = False, limit: int | None = None) -> str:
    value = data.get(key)
    value = "" if value is None else str(value).strip()
    if required and not value:
        raise RowError(f"{key}: required")
    if limit and len(value) > limit:
        raise RowError(f"{key}: longer than {limit} characters")
    return value


def _uuid(data: dict, key: str, *, required: bool = False) -> uuid.UUID | None:
    value = _text(data, key, required=required)
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        raise RowError(f"{key}: {value[:60]!r} is not a UUID") from None


def _parsed(data: dict, key: str, parse: Callable, kind: str):
    value = _text(data, key)
    if not value:
        return None
    try:
        result = parse(value)
    except ValueError:
        result = None
    if result is None:
        raise RowError(f"{key}: {value[:60]!r} is not a valid {kind}")
    return result


def _date(data: dict, key: str) -> date | None:
    def parse(value: str):
        moment = parse_datetime(value)
        return moment.date() if moment else parse_date(value)

    return _parsed(data, key, parse, "date")


def _time(data: dict, key: str) -> time | None:
    return _parsed(data, key, lambda v: parse_time(v.removesuffix("Z")), "time")


def _number(data: dict, key: str, *, integer: bool = True):
    value = _text(data, key)
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise RowError(f"{key}: {value[:60]!r} is not a number") from None
    if integer:
        if number != number.to_integral_value() or not 0 <= number <= 32767:
            raise RowError(f"{key}: {value[:60]!r} is not a whole number from 0 to 32767")
        return int(number)
    return number


def _coordinate(data: dict, key: str, bound: int, warnings: list[str], where: str):
    number = _number(data, key, integer=False)
    if number is not None and not -bound <= number <= bound:
        # The specification's own example has latitude 100: left out, not fatal.
        warnings.append(f"{where}: {key} {number} is out of range, left out")
        return None
    return number.quantize(Decimal("0.000001")) if number is not None else None


@dataclass
class Writer:
    locale: Locale
    known: dict[str, dict[uuid.UUID, Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def ref(self, table: str, model, key: uuid.UUID | None, where: str, name: str):
        """The record `key` names: imported in this run or already stored. An unknown optional
        reference is dropped with a warning (HSDS packages often point outside themselves)."""
        if key is None:
            return None
        found = self.known.get(table, {}).get(key)
        if found is None:
            if hasattr(model, "translation_key"):
                found = model.objects.filter(translation_key=key, locale=self.locale).first()
            else:
                found = model.objects.filter(pk=key).first()
        if found is None:
            self.warnings.append(f"{where}: {name} {key} names no record, left out")
        return found

    def keep(self, table: str, key: uuid.UUID, record) -> None:
        self.known.setdefault(table, {})[key] = record
        self.counts[table] = self.counts.get(table, 0) + 1

    def translatable(self, model, key: uuid.UUID, values: dict):
        record, _ = model.objects.update_or_create(
            translation_key=key, locale=self.locale, defaults=values
        )
        return record

    def neutral(self, model, key: uuid.UUID, values: dict):
        record, _ = model.objects.update_or_create(id=key, defaults=values)
        return record

    # one method per table -----------------------------------------------------------------

    def taxonomies(self, d: dict, where: str):
        return self.translatable(
            Taxonomy,
            _uuid(d, "id", required=True),
            {
                "name": _text(d, "name", required=True, limit=200),
                "description": _text(d, "description"),
                "uri": _text(d, "uri", limit=200),
                "version": _text(d, "version", limit=50),
            },
        )

    def taxonomy_terms(self, d: dict, where: str):
        taxonomy = self.ref("taxonomies", Taxonomy, _uuid(d, "taxonomy_id"), where, "taxonomy_id")
        if taxonomy is None:
            # HSDS allows a term with only a taxonomy name: it gets a taxonomy of that name.
            name = _text(d, "taxonomy", limit=200) or "HSDS"
            key = uuid.uuid5(uuid.NAMESPACE_URL, f"hsds-taxonomy:{name}")
            taxonomy = self.translatable(Taxonomy, key, {"name": name, "description": name})
        return self.translatable(
            TaxonomyTerm,
            _uuid(d, "id", required=True),
            {
                "taxonomy": taxonomy,
                "code": _text(d, "code", limit=100),
                "name": _text(d, "name", required=True, limit=200),
                "description": _text(d, "description"),
                "term_uri": _text(d, "term_uri", limit=200),
            },
        )

    def organizations(self, d: dict, where: str):
        kind = _text(d, "kind") or OrganizationKind.ASSOCIATION
        if kind not in OrganizationKind.values:
            raise RowError(
                f"kind: {kind[:60]!r} is not one of {', '.join(OrganizationKind.values)}"
            )
        return self.translatable(
            Organization,
            _uuid(d, "id", required=True),
            {
                "name": _text(d, "name", required=True, limit=200),
                "alternate_name": _text(d, "alternate_name", limit=200),
                "description": _text(d, "description"),
                "kind": kind,
                "email": _text(d, "email", limit=254),
                "website": _text(d, "website", limit=200),
                "legal_status": _text(d, "legal_status", limit=100),
                "year_incorporated": _number(d, "year_incorporated"),
            },
        )

    def services(self, d: dict, where: str):
        status = _text(d, "status", required=True)
        if status not in ServiceStatus.values:
            raise RowError(
                f"status: {status[:60]!r} is not one of {', '.join(ServiceStatus.values)}"
            )
        org_key = _uuid(d, "organization_id", required=True)
        org = self.ref("organizations", Organization, org_key, where, "organization_id")
        if org is None:
            raise RowError(f"organization_id: {org_key} names no organization")
        return self.translatable(
            Service,
            _uuid(d, "id", required=True),
            {
                "organization": org,
                "name": _text(d, "name", required=True, limit=200),
                "alternate_name": _text(d, "alternate_name", limit=200),
                "description": _text(d, "description"),
                "url": _text(d, "url", limit=200),
                "email": _text(d, "email", limit=254),
                "status": status,
                "fees_description": _text(d, "fees_description"),
                "eligibility_description": _text(d, "eligibility_description"),
                "minimum_age": _number(d, "minimum_age"),
                "maximum_age": _number(d, "maximum_age"),
                "assured_date": _date(d, "assured_date"),
                "assurer_email": _text(d, "assurer_email", limit=254),
            },
        )

    def locations(self, d: dict, where: str):
        kind = _text(d, "location_type") or "physical"
        if kind not in Location.Type.values:
            raise RowError(f"location_type: {kind[:60]!r} is not physical, postal or virtual")
        org = self.ref(
            "organizations", Organization, _uuid(d, "organization_id"), where, "organization_id"
        )
        return self.neutral(
            Location,
            _uuid(d, "id", required=True),
            {
                "organization": org,
                "location_type": kind,
                "name": _text(d, "name", limit=200) or _text(d, "id"),
                "description": _text(d, "description"),
                "latitude": _coordinate(d, "latitude", 90, self.warnings, where),
                "longitude": _coordinate(d, "longitude", 180, self.warnings, where),
            },
        )

    def addresses(self, d: dict, where: str):
        location = self.ref(
            "locations", Location, _uuid(d, "location_id", required=True), where, "location_id"
        )
        if location is None:
            raise RowError("location_id: names no location")
        kind = _text(d, "address_type") or "physical"
        if kind not in Location.Type.values:
            raise RowError(f"address_type: {kind[:60]!r} is not physical, postal or virtual")
        return self.neutral(
            Address,
            _uuid(d, "id", required=True),
            {
                "location": location,
                "address_1": _text(d, "address_1", required=True, limit=200),
                "address_2": _text(d, "address_2", limit=200),
                "city": _text(d, "city", required=True, limit=100),
                "region": _text(d, "region", limit=100),
                "state_province": _text(d, "state_province", limit=100),
                "postal_code": _text(d, "postal_code", required=True, limit=10),
                "country": _text(d, "country", required=True, limit=2),
                "address_type": kind,
            },
        )

    def service_at_location(self, d: dict, where: str):
        service = self.ref(
            "services", Service, _uuid(d, "service_id", required=True), where, "service_id"
        )
        location = self.ref(
            "locations", Location, _uuid(d, "location_id", required=True), where, "location_id"
        )
        if service is None or location is None:
            raise RowError("service_id and location_id must name a service and a location")
        return self.neutral(
            ServiceAtLocation,
            _uuid(d, "id", required=True),
            {"service": service, "location": location, "description": _text(d, "description")},
        )

    def schedules(self, d: dict, where: str):
        freq = _text(d, "freq").upper()
        if freq and freq not in Schedule.Freq.values:
            raise RowError(f"freq: {freq[:60]!r} is not WEEKLY or MONTHLY")
        return self.neutral(
            Schedule,
            _uuid(d, "id", required=True),
            {
                "service": self.ref(
                    "services", Service, _uuid(d, "service_id"), where, "service_id"
                ),
                "service_at_location": self.ref(
                    "service_at_location",
                    ServiceAtLocation,
                    _uuid(d, "service_at_location_id"),
                    where,
                    "service_at_location_id",
                ),
                "freq": freq,
                "interval": _number(d, "interval") or 1,
                "byday": _text(d, "byday", limit=60),
                "opens_at": _time(d, "opens_at"),
                "closes_at": _time(d, "closes_at"),
                "dtstart": _date(d, "dtstart"),
                "until": _date(d, "until"),
                "description": _text(d, "description"),
                "notes": _text(d, "notes"),
            },
        )

    def contacts(self, d: dict, where: str):
        name = _text(d, "name", limit=200)
        return self.neutral(
            Contact,
            _uuid(d, "id", required=True),
            {
                "organization": self.ref(
                    "organizations",
                    Organization,
                    _uuid(d, "organization_id"),
                    where,
                    "organization_id",
                ),
                "service": self.ref(
                    "services", Service, _uuid(d, "service_id"), where, "service_id"
                ),
                "name": name,
                "title": _text(d, "title", limit=200),
                "department": _text(d, "department", limit=200),
                "email": _text(d, "email", limit=254),
                "is_personal": bool(name),
            },
        )

    def phones(self, d: dict, where: str):
        return self.neutral(
            Phone,
            _uuid(d, "id", required=True),
            {
                "organization": self.ref(
                    "organizations",
                    Organization,
                    _uuid(d, "organization_id"),
                    where,
                    "organization_id",
                ),
                "service": self.ref(
                    "services", Service, _uuid(d, "service_id"), where, "service_id"
                ),
                "location": self.ref(
                    "locations", Location, _uuid(d, "location_id"), where, "location_id"
                ),
                "contact": self.ref(
                    "contacts", Contact, _uuid(d, "contact_id"), where, "contact_id"
                ),
                "number": _text(d, "number", required=True, limit=40).strip('"'),
                "extension": _number(d, "extension"),
                "type": _text(d, "type", limit=20),
                "description": _text(d, "description", limit=200),
            },
        )

    def languages(self, d: dict, where: str):
        service = self.ref("services", Service, _uuid(d, "service_id"), where, "service_id")
        if service is None:
            self.warnings.append(f"{where}: a language of no offer, left out")
            return None
        return self.neutral(
            Language,
            _uuid(d, "id", required=True),
            {
                "service": service,
                "code": _text(d, "code", required=True, limit=20),
                "name": _text(d, "name", limit=100),
                "note": _text(d, "note", limit=200),
            },
        )

    def funding(self, d: dict, where: str):
        return self.neutral(
            Funding,
            _uuid(d, "id", required=True),
            {
                "organization": self.ref(
                    "organizations",
                    Organization,
                    _uuid(d, "organization_id"),
                    where,
                    "organization_id",
                ),
                "service": self.ref(
                    "services", Service, _uuid(d, "service_id"), where, "service_id"
                ),
                "source": _text(d, "source", limit=2000),
            },
        )

    def attributes(self, d: dict, where: str):
        service = self.ref("services", Service, _uuid(d, "link_id"), where, "link_id")
        term = self.ref(
            "taxonomy_terms", TaxonomyTerm, _uuid(d, "taxonomy_term_id"), where, "taxonomy_term_id"
        )
        if service is None or term is None:
            self.warnings.append(f"{where}: an attribute of no known offer or term, left out")
            return None
        return self.neutral(
            Attribute,
            _uuid(d, "id", required=True),
            {"service": service, "taxonomy_term": term, "value": _text(d, "value", limit=200)},
        )


def import_bundle(bundle: Bundle, *, on_progress: OnProgress | None = None) -> dict[str, int]:
    """Write every row in one transaction; any problem and nothing is stored (ImportFailed
    lists them all, each with its file and line)."""
    problems = list(bundle.problems)
    if problems:
        raise ImportFailed(problems)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    writer = Writer(locale=locale)
    with transaction.atomic():
        for table in TABLES:
            rows = bundle.tables[table]
            seen: set[str] = set()
            for row in tracked(rows, total=len(rows), label=table, on_progress=on_progress):
                key = str(row.data.get("id", ""))
                if key and key in seen:
                    continue  # the same nested record again (e.g. one organization per service)
                seen.add(key)
                try:
                    with transaction.atomic():
                        record = getattr(writer, table)(row.data, row.where)
                except RowError as error:
                    problems.append(f"{row.where}: {error}")
                    continue
                if record is not None:
                    writer.keep(table, _uuid(row.data, "id"), record)
        if problems:
            raise ImportFailed(problems)
    bundle.warnings.extend(writer.warnings)
    return writer.counts


def import_path(
    path: Path, *, on_progress: OnProgress | None = None
) -> tuple[dict[str, int], list[str]]:
    bundle = read(path)
    counts = import_bundle(bundle, on_progress=on_progress)
    return counts, bundle.warnings
