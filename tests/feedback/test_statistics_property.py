"""Numbers that agree (issue #15.2), over generated data sets.

A fixed set of events (three years, several categories, one with two categories, one
without, one still running and one to come) gets generated registrations, check-ins and
feedback answers in random languages. Then, on the public page, the admin page and every
CSV: each year's totals equal the sums over its languages, its categories and its events,
and all of them equal what was generated — counted here independently, from the data. The
running and the future event are the negative controls: a check-in there is no public
participation yet (the issue's "counts at once"), and nothing of theirs may appear."""

import csv
import io
from collections import Counter
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from events.models import EventCategory
from feedback.models import Response
from forum.models import Forum, Registration
from tests.feedback.factories import make_event, make_survey

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en", "ar", "fa", "tr", "uk", "ru", "ro", "bg"]
STATUSES = ["confirmed", "waitlisted", "cancelled"]
# (days ago, categories, counted): years apart; the last two have not ended yet.
EVENTS = [
    (20, ["a"], True),
    (45, ["b", "a"], True),
    (400, ["b"], True),
    (430, [], True),
    (800, ["c"], True),
    (0, ["a"], False),  # running now: started an hour ago
    (-10, ["a"], False),  # in ten days
]


@pytest.fixture
def world(site_tree):
    home = site_tree["home"]["de"]
    de = site_tree["locales"]["de"]
    categories = {
        key: EventCategory.objects.create(name=f"Art {key.upper()}", slug=f"art-{key}", locale=de)
        for key in "abc"
    }
    events = []
    for days_ago, keys, counted in EVENTS:
        event = make_event(
            home,
            title=f"Veranstaltung {days_ago}",
            days_ago=days_ago,
            hours=3,
            categories=[categories[key] for key in keys],
        )
        if days_ago == 0:
            event.start = timezone.now() - timedelta(hours=1)
            event.end = event.start + timedelta(hours=3)
            event.save_revision().publish()
        forum = Forum.objects.create(event=event, capacity=10_000, double_opt_in=False)
        survey = make_survey(event) if counted else None
        events.append((event, forum, survey, counted))
    return events


registrations = st.lists(
    st.tuples(
        st.sampled_from(LANGUAGES), st.sampled_from(STATUSES), st.booleans()
    ),  # language, status, checked in
    max_size=12,
)
answers = st.lists(st.sampled_from(LANGUAGES), max_size=6)
data_sets = st.lists(st.tuples(registrations, answers), min_size=len(EVENTS), max_size=len(EVENTS))


def _csv(client, query):
    response = client.get(f"/de/statistik/csv/?{query}")
    assert response.status_code == 200, query
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


def _sums(rows, first_number):
    """Column sums of registrations, confirmed, attended, answers."""
    return [sum(int(row[first_number + i]) for row in rows) for i in range(4)]


def _store(world, data):
    now = timezone.now()
    for (event, forum, survey, _counted), (people, languages) in zip(world, data, strict=True):
        Registration.objects.bulk_create(
            Registration(
                forum=forum,
                status=status,
                name=f"P {index}",
                email=f"p{index}-{forum.pk}@example.org",
                email_normalised=f"p{index}-{forum.pk}@example.org",
                language=language,
                created_at=now,
                confirmed_at=now if status == "confirmed" else None,
                queued_at=now + timedelta(microseconds=index) if status == "waitlisted" else None,
                checked_in_at=now if checked_in and status == "confirmed" else None,
            )
            for index, (language, status, checked_in) in enumerate(people)
        )
        if survey is not None:
            Response.objects.bulk_create(
                Response(survey=survey, language=language) for language in languages
            )


def _expected(world, data):
    """What was generated, counted per year and language without the code under test."""
    zone = timezone.get_current_timezone()
    years: dict[int, Counter] = {}
    languages: dict[int, dict[str, Counter]] = {}
    for (event, _forum, _survey, counted), (people, answered) in zip(world, data, strict=True):
        if not counted:
            continue
        year = event.start.astimezone(zone).year
        total = years.setdefault(year, Counter())
        total["events"] += 1
        for language, status, checked_in in people:
            if status == "cancelled":
                continue  # a cancelled registration is no participation in any table
            cell = languages.setdefault(year, {}).setdefault(language, Counter())
            for counter in (total, cell):
                if status != "cancelled":
                    counter["registered"] += 1
                if status == "confirmed":
                    counter["confirmed"] += 1
                    counter["attended"] += checked_in
        for language in answered:
            for counter in (total, languages.setdefault(year, {}).setdefault(language, Counter())):
                counter["responses"] += 1
    return years, languages


def test_every_table_adds_up_to_the_year(client, admin_client, world):
    @settings(
        max_examples=10,
        deadline=None,
        # Each example renders pages and CSVs (about a second): no minutes-long shrinking.
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(data_sets)
    def check(data):
        with transaction.atomic():
            _store(world, data)
            cache.clear()  # the figures are kept for a minute
            years, by_language = _expected(world, data)
            _check_pages_and_csv(client, admin_client, years, by_language)
            transaction.set_rollback(True)

    check()


def _check_pages_and_csv(client, admin_client, years, by_language):
    fields = ["registered", "confirmed", "attended", "responses"]
    header, year_rows = _csv(client, "table=years")
    assert {int(row[0]): [int(v) for v in row[1:]] for row in year_rows} == {
        year: [totals["events"]] + [totals[f] for f in fields] for year, totals in years.items()
    }
    for year, totals in years.items():
        want = [totals[f] for f in fields]
        # CSV tables of the year: events, categories, languages each add up to the year.
        _h, events = _csv(client, f"table=events&year={year}")
        assert _sums(events, 3) == want
        assert len(events) == totals["events"]
        _h, categories = _csv(client, f"table=categories&year={year}")
        assert _sums(categories, 2) == want
        assert sum(int(row[1]) for row in categories) == totals["events"]
        assert not any(cell.startswith("art-") for row in categories + events for cell in row)
        _h, languages = _csv(client, f"table=languages&year={year}")
        assert _sums(languages, 1) == want
        assert len(languages) == len(by_language.get(year, {}))
        for page, url in (
            (client, f"/de/statistik/?year={year}"),
            (admin_client, f"/admin/feedback/statistics/?year={year}"),
        ):
            response = page.get(url)
            assert response.status_code == 200, url
            context = response.context
            shown = dict(context["years"])[year]
            assert [getattr(shown, f) for f in fields] == want
            for table in ("categories", "languages"):
                cells = [item[-1] for item in context[table]]
                assert [sum(getattr(c, f) for c in cells) for f in fields] == want, table
            total = context["categories_total"]
            assert [getattr(total, f) for f in fields] == want
            per_language = {code: f for code, _name, f in context["languages"]}
            assert {
                code: [f.registered, f.attended, f.responses] for code, f in per_language.items()
            } == {
                code: [c["registered"], c["attended"], c["responses"]]
                for code, c in by_language.get(year, {}).items()
            }
