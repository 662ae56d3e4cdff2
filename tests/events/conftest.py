import pytest

from tests.events.factories import make_calendar, make_category, make_venue

CATEGORY_NAMES = {
    "sprachcafe": {
        "de": "Sprachcafé",
        "en": "Language café",
        "ar": "مقهى اللغة",
        "uk": "Мовне кафе",
        "fa": "کافه زبان",
        "tr": "Dil kafesi",
    },
    "buergerforum": {
        "de": "Bürgerforum",
        "en": "Citizen forum",
        "ar": "منتدى المواطنين",
        "uk": "Громадський форум",
        "fa": "انجمن شهروندی",
        "tr": "Vatandaş forumu",
    },
}


@pytest.fixture
def calendar(site_tree):
    return {
        "tree": site_tree,
        "index": make_calendar(site_tree),
        "categories": {slug: make_category(slug, names) for slug, names in CATEGORY_NAMES.items()},
        "venue": make_venue(),
    }
