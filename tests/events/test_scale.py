"""Query counts of the calendar pages do not grow with the number of events (10 vs 2,000),
and the bulk generator builds a consistent page tree."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from events.bulk import bulk_create_events
from events.load_data import ensure_categories, ensure_venues, event_specs
from events.models import EventOccurrence, EventPage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 30


def _add_events(index, count: int, seed: int):
    categories = ensure_categories(index.locale)
    venues = ensure_venues(index.locale)
    specs = list(event_specs(count, categories, venues, seed=seed))
    # Unique slugs per batch.
    for spec in specs:
        spec.slug = f"{spec.slug}-{seed}"
    bulk_create_events(index, specs)


def _count(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, URL resolver)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_page_query_counts_do_not_grow_with_the_number_of_events(calendar, client):
    index = calendar["index"]["de"]
    _add_events(index, 10, seed=1)
    first = EventPage.objects.filter(slug__endswith="-1").order_by("start").first()
    month = (timezone.localdate() - timedelta(days=30)).replace(day=1)
    urls = {
        "list": "/de/veranstaltungen/",
        "list, filtered": "/de/veranstaltungen/?category=buergerforum&language=de",
        "list, page 2": "/de/veranstaltungen/?page=1",
        "month": f"/de/veranstaltungen/month/{month.year}/{month.month}/",
        "past": "/de/veranstaltungen/past/",
        "event": first.url,
        "home": "/de/",
        "list, Turkish": "/tr/veranstaltungen/",
    }
    small = {name: _count(client, url) for name, url in urls.items()}

    _add_events(index, 1990, seed=2)
    assert EventPage.objects.count() == 2000
    large = {name: _count(client, url) for name, url in urls.items()}
    print("\nqueries per page (10 events / 2000 events):")
    for name in urls:
        print(f"  {name}: {small[name]} / {large[name]}")
    assert large == small
    assert max(large.values()) <= MAX_QUERIES
    # The big list really shows more: 20 rows on the first page.
    html = client.get("/de/veranstaltungen/").content.decode()
    assert html.count('<li class="event-row') == 20


def test_bulk_tree_is_consistent_and_pages_work(calendar, client):
    index = calendar["index"]["de"]
    _add_events(index, 120, seed=3)
    assert Page.find_problems() == ([], [], [], [], [])
    index.refresh_from_db()
    assert index.numchild == 120
    page = EventPage.objects.filter(repeat="weekly").first()
    assert page.occurrences.count() > 1
    assert client.get(page.url).status_code == 200
    # Editing a bulk page in Wagtail works like any other page.
    page.title = "Geändert"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.title == "Geändert" and page.sequence == 0  # first fingerprint: no bump
    page.title = "Nochmals geändert"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.sequence == 1
    # A normal child added after bulk ones gets a free path.
    from tests.events.factories import make_event, soon

    extra = make_event(index, title="Danach", start=soon(4))
    assert extra.get_parent().pk == index.pk
    assert Page.find_problems() == ([], [], [], [], [])


def test_generate_load_data_command_on_an_empty_database(db):
    call_command("generate_load_data", events=25, verbosity=0)
    assert EventPage.objects.live().count() == 25
    assert EventOccurrence.objects.count() >= 25
    page = EventPage.objects.first()
    assert page.url.startswith("/de/")
    # Running it again adds more, never duplicates slugs.
    call_command("generate_load_data", events=5, verbosity=0)
    assert EventPage.objects.count() == 30
