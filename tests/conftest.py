import pytest
from django.core.cache import cache
from hypothesis import settings

# The suite is reproducible: property tests draw the same examples on every run (CI included).
# `pytest --hypothesis-profile=explore` searches new examples when you want to hunt for bugs.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True, max_examples=500)
settings.load_profile("repeatable")


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    from tests.portal_tree import build_site_tree

    return build_site_tree()
