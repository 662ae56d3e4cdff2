"""import_hsds: the specification's examples (JSON and CSV) import, twice gives the same
records, and a malformed line stops everything with its file and line."""

from __future__ import annotations

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from directory import importer
from directory.models import Contact, Organization, Phone, Schedule, Service, ServiceAtLocation
from tests.directory.factories import locale
from tests.directory.hsds_schema import schema_dir

pytestmark = pytest.mark.django_db
MODELS = (Organization, Service, ServiceAtLocation, Schedule, Contact, Phone)


@pytest.fixture(autouse=True)
def german():
    locale("de")


def examples() -> Path:
    return schema_dir() / "examples"


def counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in MODELS)


def run(path) -> str:
    out = StringIO()
    call_command("import_hsds", str(path), stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.parametrize("name", ["csv", "service_full.json", "organization_full.json"])
def test_examples_import_twice_to_the_same_records(name):
    output = run(examples() / name)
    assert "services: 1 records" in output and "Imported" in output
    first = counts()
    assert first[:2] == (1, 1) if name != "organization_full.json" else first[0] == 1
    run(examples() / name)
    assert counts() == first


def test_the_imported_service_is_the_example():
    run(examples() / "service_full.json")
    service = Service.objects.get()
    assert str(service.translation_key) == "ac148810-d857-441c-9679-408f346de14b"
    assert service.locale.language_code == "de"
    assert service.schedules.exists()
    # A named contact is personal data without recorded consent: stored, never published.
    assert Contact.objects.filter(is_personal=True).exists()
    assert not Contact.objects.publishable().filter(is_personal=True).exists()


def test_a_malformed_csv_line_names_the_line_and_stores_nothing(tmp_path):
    folder = tmp_path / "package"
    shutil.copytree(examples() / "csv", folder)
    services = folder / "services.csv"
    lines = services.read_text(encoding="utf-8").splitlines()
    bad = lines[1].replace(",active,", ",open,")
    services.write_text("\n".join([*lines, bad.replace("ac148810", "bc148810")]) + "\n")
    with pytest.raises(CommandError) as error:
        run(folder)
    assert "services.csv:3: status: 'open' is not one of" in str(error.value)
    assert "Nothing was imported" in str(error.value)
    assert counts() == (0,) * len(MODELS)


def test_broken_csv_quoting_and_field_counts(tmp_path):
    folder = tmp_path / "package"
    folder.mkdir()
    (folder / "organizations.csv").write_text(
        "id,name,description\n"
        "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,Verein,Gut\n"
        "only,two\n"
        '5c4d79d7-cc55-470e-9f1f-8cad074e4892,"Verein "B,x\n'
    )
    with pytest.raises(importer.ImportFailed) as error:
        importer.import_path(folder)
    problems = " ".join(error.value.problems)
    assert "organizations.csv:3: 2 fields, the header has 3" in problems
    assert "organizations.csv:4: malformed CSV" in problems
    assert Organization.objects.count() == 0


def test_malformed_json_and_oversized_files(tmp_path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x",\n "name": }')
    with pytest.raises(importer.ImportFailed, match=r"broken.json:2:\d+: not JSON"):
        importer.import_path(broken)
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 100)
    with pytest.raises(importer.ImportFailed, match="more than the limit of 100"):
        importer.import_path(examples() / "service_full.json")
    assert Service.objects.count() == 0


def test_a_bad_nested_value_names_its_json_path(tmp_path):
    import json

    document = json.loads((examples() / "service_full.json").read_text())
    document["schedules"][0]["opens_at"] = "half past nine"
    path = tmp_path / "service.json"
    path.write_text(json.dumps(document))
    with pytest.raises(importer.ImportFailed) as error:
        importer.import_path(path)
    assert "service.json: (top).schedules[0]: opens_at: 'half past nine' is not a valid time" in (
        str(error.value)
    )
    assert Service.objects.count() == 0
