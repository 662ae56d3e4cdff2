"""The archive and the OParl lists cost the same number of queries with 30 or 1,000 minutes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from minutes.load_data import bulk_create_minutes, ensure_bodies
from tests.minutes.factories import make_minutes

pytestmark = pytest.mark.django_db

SMALL, LARGE = 30, 1000
PAGES = [
    "/de/protokolle/",
    "/de/protokolle/?year={year}",
    "/de/protokolle/?page=2",
    "/de/protokolle/?body=lenkungsgruppe",
    "/de/protokolle/?q=Zeitplan",
    "/de/protokolle/gremium/lenkungsgruppe/",
    "/de/protokolle/feed/",
    "/de/protokolle/gremium/ag-wohnen/feed/",
]
API = [
    "/oparl/v1.1/body/1/meeting",
    "/oparl/v1.1/body/1/meeting?elementsPerPage=10&page=2&created_since=2000-01-01T00:00:00Z",
    "/oparl/v1.1/body/1/meeting?modified_since=2000-01-01T00:00:00Z",
    "/oparl/v1.1/body/1/agendaitem",
    "/oparl/v1.1/body/1/file",
    "/oparl/v1.1/body/1/file?modified_since=2000-01-01T00:00:00Z",
    "/oparl/v1.1/body/1/organization",
    "/oparl/v1.1/body/1",
    "/oparl/v1.1/system",
]


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_query_counts_do_not_grow_with_the_archive(client, minutes_tree):
    archive = minutes_tree["archive"]["de"]
    for number in range(2):  # indexed for search, with an attachment-free record
        make_minutes(archive, body=minutes_tree["steering"], slug=f"indexed-{number}")
    bodies = ensure_bodies(archive.locale)
    bulk_create_minutes(archive, bodies, SMALL - 2, seed=1)
    organization = f"/oparl/v1.1/organization/{minutes_tree['steering'].pk}/meeting"
    year = (timezone.localdate() - datetime.timedelta(days=100)).year  # has minutes either way
    urls = [*(url.format(year=year) for url in PAGES), *API, organization]
    for url in urls:
        client.get(url)  # warm per-process caches (content types, site root paths)
    small = {url: count_queries(client, url) for url in urls}

    bulk_create_minutes(archive, bodies, LARGE - SMALL, seed=2)
    large = {url: count_queries(client, url) for url in urls}

    grown = {url: (small[url], large[url]) for url in urls if large[url] != small[url]}
    assert not grown, f"queries grew (small, large): {grown}"
    for url in urls[: len(PAGES)]:
        assert small[url] <= 25, f"{url}: {small[url]} queries"
    for url in [*API, organization]:
        assert small[url] <= 10, f"{url}: {small[url]} queries"
    print("\nqueries per request at 1,000 minutes:")
    for url in urls:
        print(f"  {large[url]:3d}  {url}")
