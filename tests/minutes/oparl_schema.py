"""A focused validator for OParl 1.1 output, driven by the specification's own JSON schemas
(/work/shared/data/oparl-1.1.1, or OPARL_SCHEMA_DIR): required properties, property types
(string, integer, boolean, array, object), `type` patterns, date/date-time formats, and the
objects embedded in properties that carry a `schema`. Every object, embedded ones included,
must carry `created` and `modified` (the specification's text). Deleted objects keep only
`id`, `type`, `created`, `modified` and `deleted: true` (OParl 1.1, "Gelöschte Objekte")."""

import datetime
import json
import os
import re
from functools import cache
from pathlib import Path

SCHEMA_DIR = Path(os.environ.get("OPARL_SCHEMA_DIR", "/work/shared/data/oparl-1.1.1"))
TYPE_PREFIX = "https://schema.oparl.org/1.1/"
TOMBSTONE_KEYS = {"id", "type", "created", "modified", "deleted"}
JSON_TYPES = {
    "string": str,
    "integer": int,
    "boolean": bool,
    "array": list,
    "object": dict,
    "number": (int, float),
}


@cache
def schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _is_type(value, json_type: str) -> bool:
    if json_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if json_type == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, JSON_TYPES[json_type])


def _check_format(value: str, fmt: str | None, where: str, errors: list) -> None:
    if fmt == "date-time":
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            errors.append(f"{where}: {value!r} is not an ISO 8601 date-time")
            return
        if parsed.tzinfo is None:
            errors.append(f"{where}: {value!r} has no time zone")
    elif fmt == "date":
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            errors.append(f"{where}: {value!r} is not an ISO 8601 date")
    elif fmt == "url" and not re.match(r"^https?://", value):
        errors.append(f"{where}: {value!r} is not an absolute URL")


def validate(obj, kind: str, where: str = "") -> list[str]:
    """Problems with `obj` as an OParl object of `kind` ("Meeting", ...); [] when valid."""
    where = where or kind
    errors: list[str] = []
    if not isinstance(obj, dict):
        return [f"{where}: not an object"]
    definition = schema(kind)
    if obj.get("type") != TYPE_PREFIX + kind:
        errors.append(f"{where}: type {obj.get('type')!r} is not {TYPE_PREFIX + kind}")
    for key in ("created", "modified"):
        if key not in obj:
            errors.append(f"{where}: '{key}' missing (every object carries it)")
    if obj.get("deleted") is True:
        extra = set(obj) - TOMBSTONE_KEYS
        if extra:
            errors.append(f"{where}: deleted object still has {sorted(extra)}")
        required = ["id", "type", "created", "modified"]
    else:
        required = definition.get("required", [])
    for key in required:
        if key not in obj:
            errors.append(f"{where}: required '{key}' missing")
    properties = definition.get("properties", {})
    for key, value in obj.items():
        spec = properties.get(key)
        if spec is None:
            errors.append(f"{where}: '{key}' is not an OParl {kind} property")
            continue
        if value is None:
            errors.append(f"{where}: '{key}' is null (leave it out instead)")
            continue
        json_type = spec.get("type")
        if json_type and not _is_type(value, json_type):
            errors.append(f"{where}: '{key}' should be {json_type}, is {type(value).__name__}")
            continue
        if "pattern" in spec and isinstance(value, str) and not re.match(spec["pattern"], value):
            errors.append(f"{where}: '{key}' {value!r} does not match {spec['pattern']}")
        if isinstance(value, str):
            _check_format(value, spec.get("format"), f"{where}.{key}", errors)
        if json_type == "object" and "schema" in spec:
            errors += validate(value, spec["schema"].removesuffix(".json"), f"{where}.{key}")
        if json_type == "array":
            items = spec.get("items", {})
            for index, item in enumerate(value):
                item_where = f"{where}.{key}[{index}]"
                if items.get("type") == "object" and "schema" in items:
                    errors += validate(item, items["schema"].removesuffix(".json"), item_where)
                elif items.get("type") and not _is_type(item, items["type"]):
                    errors.append(f"{item_where}: should be {items['type']}")
                elif isinstance(item, str):
                    _check_format(item, items.get("format"), item_where, errors)
    return errors


def validate_list(page: dict, kind: str, where: str = "") -> list[str]:
    """An external object list page: data, pagination, links (links.next on all but the last)."""
    where = where or f"list of {kind}"
    errors = []
    for key in ("data", "pagination", "links"):
        if key not in page:
            errors.append(f"{where}: '{key}' missing")
    if errors:
        return errors
    for index, item in enumerate(page["data"]):
        errors += validate(item, kind, f"{where}.data[{index}]")
    pagination = page["pagination"]
    if pagination.get("currentPage", 1) < pagination.get("totalPages", 1) and not page["links"].get(
        "next"
    ):
        errors.append(f"{where}: links.next missing before the last page")
    return errors
