"""Participation figures: the public statistics page, its CSV, and the aggregation."""

import csv
import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventCategory
from feedback.selectors.statistics import by_category, event_statistics
from forum.public import Participation
from tests.feedback.factories import add_answers, fake_forum, make_event, make_survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def categories(site_tree):
    locale = site_tree["locales"]["de"]
    forum = EventCategory.objects.create(name="Bürgerforum", slug="buergerforum", locale=locale)
    workshop = EventCategory.objects.create(
        name="Fachwerkstatt", slug="fachwerkstatt", locale=locale
    )
    fa = site_tree["locales"]["fa"]
    EventCategory.objects.create(
        name="مجمع شهروندی", slug="buergerforum", locale=fa, translation_key=forum.translation_key
    )
    return {"forum": forum, "workshop": workshop}


def _events(site_tree, categories, count, *, start_day=3):
    home = site_tree["home"]["de"]
    return [
        make_event(
            home,
            title=f"Veranstaltung {n}",
            days_ago=start_day + n,
            categories=[categories["forum"] if n % 2 else categories["workshop"]],
        )
        for n in range(count)
    ]


def test_figures_per_event_year_and_category(monkeypatch, site_tree, categories):
    events = _events(site_tree, categories, 3)
    fake_forum(
        monkeypatch,
        participation={e.pk: Participation(10 + i, 8, 6) for i, e in enumerate(events)},
    )
    survey = make_survey(events[0])
    add_answers(survey, 4)
    statistics = event_statistics()
    assert len(statistics.rows) == 3
    total = sum((f.registered for _y, f in statistics.years))
    assert total == 10 + 11 + 12
    rows = {row.event_id: row for row in statistics.rows}
    assert rows[events[0].pk].figures.responses == 4
    assert rows[events[0].pk].figures.response_rate == 67  # 4 of 6, rounded, not truncated
    per_category = by_category(statistics.rows)
    assert per_category["buergerforum"].registered == 11
    assert per_category["fachwerkstatt"].registered == 10 + 12


def test_statistics_page_in_persian(client, monkeypatch, site_tree, categories):
    events = _events(site_tree, categories, 2)
    fake_forum(
        monkeypatch,
        participation={
            e.pk: {"de": Participation(5, 5, 3), "fa": Participation(5, 4, 4)} for e in events
        },
    )
    response = client.get("/fa/statistik/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fa"' in html and 'dir="rtl"' in html
    assert "مجمع شهروندی" in html  # category name in Persian
    assert 'role="img"' in html and "<table" in html
    assert "/fa/statistik/csv/?table=years" in html


def test_statistics_query_count_is_constant(
    client, monkeypatch, site_tree, categories, django_assert_max_num_queries
):
    fake_forum(monkeypatch)
    first = _events(site_tree, categories, 2)[0]
    add_answers(make_survey(first), 5)  # one row in the events table already
    with CaptureQueriesContext(connection) as small:
        assert client.get("/de/statistik/").status_code == 200
    more = _events(site_tree, categories, 30, start_day=40)
    for event in more[:3]:
        add_answers(make_survey(event), 5)
    cache.clear()  # the figures are kept for a minute: measure the real work
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get("/de/statistik/").status_code == 200


@pytest.mark.parametrize(("param", "status"), [("abc", 400), ("1999", 404)])
def test_bad_year_is_explained(client, monkeypatch, site_tree, categories, param, status):
    fake_forum(monkeypatch)
    _events(site_tree, categories, 1)
    response = client.get(f"/de/statistik/?year={param}")
    assert response.status_code == status
    assert 'role="alert"' in response.content.decode()


def test_csv_exports(client, monkeypatch, site_tree, categories):
    events = _events(site_tree, categories, 2)
    events[0].title = "=SUM(A1)"
    events[0].save_revision().publish()
    fake_forum(monkeypatch, participation={e.pk: Participation(3, 2, 1) for e in events})
    for table in ("events", "years", "categories", "languages"):
        response = client.get(f"/de/statistik/csv/?table={table}")
        assert response.status_code == 200, table
        rows = list(
            csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
        )
        assert len(rows) >= 2 or table == "languages"
        assert not any(cell.startswith("=") for row in rows for cell in row)
    assert client.get("/de/statistik/csv/?table=people").status_code == 400
    assert client.get("/de/statistik/csv/?year=x").status_code == 400


def test_open_yearly_survey_is_offered(client, monkeypatch, site_tree):
    from datetime import timedelta

    from django.utils import timezone

    from feedback import services

    fake_forum(monkeypatch)
    now = timezone.now()
    survey = services.yearly_survey_create(
        year=now.year, opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=20)
    )
    html = client.get("/uk/statistik/").content.decode()
    assert f"/uk/feedback/s/{survey.public_key}/" in html
    survey.closes_at = now - timedelta(minutes=1)
    survey.opens_at = now - timedelta(days=3)
    survey.save()
    assert survey.public_key not in client.get("/uk/statistik/").content.decode()
