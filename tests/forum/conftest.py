import pytest


@pytest.fixture
def forum(db):
    from tests.forum.factories import make_forum

    return make_forum(capacity=3)
