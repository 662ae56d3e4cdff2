"""Minutes speed at 1,000 published minutes: the archive page (first page, a year, a body, a
later page) uncached and cached, and the OParl lists (meetings with embedded agenda items and
files, agenda items, files, a filtered incremental sync) as served by gunicorn."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    RESULT_HEADERS,
    gunicorn,
    load_test,
    prepared_database,
    print_table,
    request,
    result_row,
)

MINUTES = 1000
CONCURRENCY = 8
REQUESTS = 300


def main() -> None:
    env = prepared_database("minutes", commands=[["generate_load_data", "--minutes", str(MINUTES)]])
    archive = "/de/protokolle/"
    pages = [
        ("archive /de/protokolle/", archive),
        ("archive, one year", f"{archive}?year=2022"),
        ("archive, one body", f"{archive}?body=lenkungsgruppe"),
        ("archive, page 25", f"{archive}?page=25"),
        ("body page", f"{archive}gremium/ag-wohnen/"),
        ("Atom feed", f"{archive}feed/"),
    ]
    api = [
        ("OParl meetings (100 per page)", "/oparl/v1.1/body/1/meeting"),
        ("OParl meetings, page 5", "/oparl/v1.1/body/1/meeting?page=5"),
        (
            "OParl meetings, modified_since",
            "/oparl/v1.1/body/1/meeting?modified_since=2020-01-01T00%3A00%3A00%2B01%3A00",
        ),
        ("OParl agenda items", "/oparl/v1.1/body/1/agendaitem"),
        ("OParl files", "/oparl/v1.1/body/1/file"),
        ("OParl organizations", "/oparl/v1.1/body/1/organization"),
    ]
    rows = []
    with gunicorn(env, extra_env={"PAGE_CACHE_SECONDS": "0"}) as base:
        for label, path in [*pages, *api]:
            status, _ = request(base + path)
            assert status == 200, (path, status)
            rows.append(
                result_row(
                    f"{label} (uncached)" if path.startswith("/de/") else label,
                    load_test(base + path, concurrency=CONCURRENCY, requests=REQUESTS),
                )
            )
    with gunicorn(env) as base:
        for label, path in pages[:2]:
            rows.append(
                result_row(
                    f"{label} (page cache)",
                    load_test(base + path, concurrency=CONCURRENCY, requests=REQUESTS * 3),
                )
            )
    print_table(
        f"Minutes archive and OParl API at {MINUTES:,} minutes (gunicorn, 2 workers, loopback)",
        RESULT_HEADERS,
        rows,
    )


if __name__ == "__main__":
    main()
