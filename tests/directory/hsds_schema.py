"""Validating API answers against the HSDS 3.0 schemas (HSDS_SCHEMA_DIR, default
/work/shared/data/hsds-3.0). `$ref`s resolve through a referencing Registry over every schema
file, under the addresses the specification's own OpenAPI file uses."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
PAGE_KEYS = (
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
)


def schema_dir() -> Path:
    return Path(os.environ.get("HSDS_SCHEMA_DIR", "/work/shared/data/hsds-3.0"))


@functools.cache
def registry() -> Registry:
    folder = schema_dir()
    if not (folder / "openapi.json").exists():
        raise FileNotFoundError(
            f"No HSDS 3.0 schemas in {folder}: set HSDS_SCHEMA_DIR to the specification's "
            "schema folder (with openapi.json and compiled/)"
        )
    resources = []
    for path in sorted(folder.glob("*.json")) + sorted(folder.glob("compiled/*.json")):
        uri = BASE + str(path.relative_to(folder))
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((uri, Resource.from_contents(contents, default_specification=DRAFT202012)))
    openapi = json.loads((folder / "openapi.json").read_text(encoding="utf-8"))
    page = openapi["components"]["schemas"]["Page"]
    resources.append(
        (BASE + "page", Resource.from_contents(page, default_specification=DRAFT202012))
    )
    return Registry().with_resources(resources)


def root_schema() -> dict:
    openapi = json.loads((schema_dir() / "openapi.json").read_text(encoding="utf-8"))
    return openapi["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def _validator(schema: dict) -> Draft202012Validator:
    return Draft202012Validator(schema, registry=registry(), format_checker=FormatChecker())


def errors(document, schema_name: str, *, page: bool = False) -> list[str]:
    """Messages of every violation (empty when valid). `schema_name` is a file under the
    schema folder, e.g. "compiled/service_list.json" or "taxonomy.json"; `page` wraps it in
    an HSDS page whose `contents` are such items."""
    if schema_name == "root":
        schema = {**root_schema(), "required": ["version", "openapi_url"]}
    elif page:
        schema = {
            "allOf": [{"$ref": BASE + "page"}],
            "type": "object",
            "required": [*PAGE_KEYS, "contents"],
            "properties": {"contents": {"type": "array", "items": {"$ref": BASE + schema_name}}},
        }
    else:
        schema = {"$ref": BASE + schema_name}
    found = _validator(schema).iter_errors(document)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in found]
