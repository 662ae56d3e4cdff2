"""The demo loaders' shared helpers (core/demo_data.py): reading data files with a clear error,
complete translations, and the calendar rules."""

from datetime import date

import pytest
from dateutil.easter import easter

from core import demo_data
from core.demo_data import (
    DemoDataError,
    check_translations,
    is_holiday,
    latest_weekday,
    nearest_day,
    public_holidays,
    read_demo_file,
    working_day_on_or_before,
)


@pytest.fixture
def data_file(tmp_path, monkeypatch):
    """Write `<tmp>/demo/sample.yaml` and let read_demo_file find it there."""
    path = tmp_path / "demo" / "sample.yaml"
    path.parent.mkdir()
    monkeypatch.setattr(
        demo_data, "demo_path", lambda app, name: tmp_path / "demo" / f"{name}.yaml"
    )
    return path


def test_reads_a_data_file(data_file):
    data_file.write_text("title:\n  de: Grüß Gott\n  en: Hello\ntime: '16:00'\nday: 2025-09-11\n")
    assert read_demo_file("any", "sample") == {
        "title": {"de": "Grüß Gott", "en": "Hello"},
        "time": "16:00",
        "day": date(2025, 9, 11),
    }


def test_a_malformed_file_names_file_and_line(data_file):
    data_file.write_text("title:\n  de: Willkommen\n  en: [unclosed\nnext: 1\n")
    with pytest.raises(DemoDataError, match=r"sample\.yaml:\d+:\d+: malformed YAML"):
        read_demo_file("any", "sample")


def test_a_key_given_twice_is_an_error(data_file):
    data_file.write_text("title:\n  de: Eins\n  en: One\n  de: Zwei\n")
    with pytest.raises(DemoDataError, match=r"sample\.yaml:4:3: .*'de' twice \(first on line 2\)"):
        read_demo_file("any", "sample")


def test_a_missing_or_empty_file_says_so(data_file):
    with pytest.raises(DemoDataError, match="not found"):
        read_demo_file("any", "sample")
    data_file.write_text("# nothing yet\n")
    with pytest.raises(DemoDataError, match="empty"):
        read_demo_file("any", "sample")


def test_every_shipped_data_file_reads():
    for app, name in [
        ("portal", "welcome"),
        ("portal", "site"),
        ("events", "events"),
        ("minutes", "minutes"),
        ("forum", "forums"),
        ("feedback", "surveys"),
        ("directory", "taxonomies"),
        ("directory", "actors"),
        ("directory", "offers"),
    ]:
        assert read_demo_file(app, name)


def test_translations_must_be_complete():
    good = {"topics": [{"title": {"de": "Wohnen", "en": "Housing"}}]}
    check_translations(good, source="x.yaml", languages=["de", "en"])
    bad = {"topics": [{"title": {"de": "Wohnen", "en": ""}}, {"title": {"de": "Arbeit"}}]}
    with pytest.raises(DemoDataError) as error:
        check_translations(bad, source="x.yaml", languages=["de", "en"])
    assert "topics[0].title: empty en" in str(error.value)
    assert "topics[1].title: missing en" in str(error.value)
    check_translations(
        bad, source="x.yaml", languages=["de", "en"], partial=["topics[0].title", "topics[1].title"]
    )


def test_holidays_of_north_rhine_westphalia():
    for year in range(2024, 2036):
        sunday = easter(year)
        assert demo_data.easter_sunday(year) == sunday
        assert len(public_holidays(year)) == 11
    assert is_holiday(date(2026, 6, 4))  # Corpus Christi, a holiday in NRW
    assert is_holiday(date(2026, 12, 24)) and is_holiday(date(2026, 12, 31))
    assert not is_holiday(date(2026, 12, 23))


def test_nearest_day_for_a_forum():
    assert nearest_day(date(2026, 12, 24)) == date(2026, 12, 23)  # Christmas Eve: Wednesday
    assert nearest_day(date(2026, 12, 5)) == date(2026, 12, 4)  # Saturday: the Friday
    assert nearest_day(date(2026, 12, 6)) == date(2026, 12, 7)  # Sunday: the Monday
    # Monday 24 December 2029, the weekend before: the Saturday, not a week away.
    assert nearest_day(date(2029, 12, 24)) == date(2029, 12, 22)
    # A two-day conference never runs into a holiday or the weekend.
    assert nearest_day(date(2027, 5, 6), days=2) == date(2027, 5, 4)  # Ascension on Thursday


def test_meetings_in_the_past_on_working_days():
    assert latest_weekday(date(2026, 12, 3), 3, at_least_days_ago=4) == date(2026, 11, 26)
    assert latest_weekday(date(2026, 12, 7), 3, at_least_days_ago=4) == date(2026, 12, 3)
    assert working_day_on_or_before(date(2025, 5, 29)) == date(2025, 5, 28)  # Ascension
    assert working_day_on_or_before(date(2026, 12, 27)) == date(2026, 12, 23)
