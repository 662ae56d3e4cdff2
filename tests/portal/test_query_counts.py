"""Public pages cost the same number of queries however much content exists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import WelcomePage

pytestmark = pytest.mark.django_db

PAGES = [
    "/de/",
    "/ar/",
    "/de/ankommen/",
    "/ar/ankommen/",
    "/de/ankommen/anmeldung/",
    "/uk/ankommen/anmeldung/",
    "/de/search/?q=Anmeldung",
]


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_topics(index, count: int) -> None:
    for number in range(count):
        index.add_child(
            instance=WelcomePage(
                title=f"Thema {number}", slug=f"thema-{number}", summary="Anmeldung"
            )
        )


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_content(client, site_tree, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    small = count_queries(client, url)
    add_topics(site_tree["welcome_index"]["de"], 25)
    large = count_queries(client, url)
    assert large == small, f"{url}: {small} queries with 1 topic, {large} with 26"
    assert small <= 22, f"{url}: {small} queries"  # fallback pages route through two trees
