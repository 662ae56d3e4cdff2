import pytest

from tests.events.factories import make_calendar, make_category, make_venue
from tests.shared_tree import again, on_tree, shared

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


def build_calendar(tree: dict) -> dict:
    return {
        "index": make_calendar(tree),
        "categories": {slug: make_category(slug, names) for slug, names in CATEGORY_NAMES.items()},
        "venue": make_venue(),
    }


# Built once per worker on the shared tree (tests/shared_tree.py).
on_tree("calendar", build_calendar, again, module=__name__)


@pytest.fixture
def calendar(site_tree):
    return {"tree": site_tree, **(shared("calendar") or build_calendar(site_tree))}
