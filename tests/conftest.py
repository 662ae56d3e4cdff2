import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    from tests.portal_tree import build_site_tree

    return build_site_tree()
