import shutil
from pathlib import Path

import pytest
from django.core.cache import cache
from hypothesis import settings

from tests.shared_tree import BLOCK, shared, wanted_kind

# The suite is reproducible: property tests draw the same examples on every run (CI included).
# `pytest --hypothesis-profile=explore` searches new examples when you want to hunt for bugs.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True, max_examples=500)
settings.load_profile("repeatable")

# --- Markers the suite applies itself -------------------------------------------------------
#
# no_db:  the test never touches the database (no django_db marker, no db/transactional_db/
#         live_server or other fixture that needs the test database, not a Django TestCase).
#         The PostgreSQL pass in .ci/run leaves these out: they cannot behave differently there.
# serial: the test needs the machine to itself (see docs/ci-timing.md); `make test` runs these
#         after the parallel part, one at a time. Concurrency tests are serial automatically.

# Every fixture that gives database access depends on django_db_setup; live_server asks for
# transactional_db at run time. (django_db_blocker is in every test's closure: pytest-django's
# autouse fixtures use it.)
DB_FIXTURES = {"django_db_setup", "live_server"}


def _db_kind(item) -> str:
    """'testcase' (rolled back after the test), 'transactional' (flushed) or 'none'."""
    from pytest_django.django_compat import is_django_unittest

    names = set(getattr(item, "fixturenames", ()))
    if is_django_unittest(item):
        from django.test import TestCase

        return "testcase" if issubclass(item.cls, TestCase) else "transactional"
    marker = item.get_closest_marker("django_db")
    if marker is None and not DB_FIXTURES & names:
        return "none"
    if names & {"transactional_db", "live_server", "django_db_reset_sequences"}:
        return "transactional"
    if marker is not None and (
        marker.kwargs.get("transaction")
        or marker.kwargs.get("reset_sequences")
        or (marker.args and marker.args[0])
    ):
        return "transactional"
    return "testcase"


def _tree_kind(item):
    """What the test needs of the shared tree (tests/shared_tree.py), or None."""
    if _db_kind(item) != "testcase":
        return None
    return wanted_kind(item)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Runs before `-m` deselects and before pytest-django's own (stable) sort, which puts
    rolled-back tests first, then transactional ones, then those without a database."""
    for item in items:
        if item.get_closest_marker("concurrency"):
            item.add_marker(pytest.mark.serial)
        if _db_kind(item) == "none":
            item.add_marker(pytest.mark.no_db)
    # Among the rolled-back tests, those on the shared tree go first, grouped by what they
    # need of it, so that each worker builds each kind once (stable sorts keep the file order
    # otherwise).
    order = {"testcase": 0, "transactional": 1, "none": 2}

    def key(item):
        kind = _tree_kind(item)
        return (order[_db_kind(item)], kind is None, kind or ())

    items.sort(key=key)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Runs before the test's fixtures, while no test transaction is open: open the shared
    tree's transaction for a test that uses the tree, roll it back before any other test that
    uses the database."""
    if _db_kind(item) == "none":
        return
    BLOCK.wanted = _tree_kind(item)
    if BLOCK.wanted is None:
        BLOCK.close()
    elif BLOCK.blocker is not None and not BLOCK.is_open(BLOCK.wanted):
        BLOCK.open(BLOCK.wanted)


@pytest.fixture(scope="session")
def _shared_tree_block(django_db_setup, django_db_blocker):
    BLOCK.blocker = django_db_blocker
    if BLOCK.wanted is not None:
        BLOCK.open(BLOCK.wanted)  # the first test on the tree: the database exists only now
    yield BLOCK
    BLOCK.close()


@pytest.fixture
def site_tree(_shared_tree_block, db):
    tree = shared("site_tree")
    if tree is not None:
        return tree
    from tests.portal_tree import build_site_tree

    return build_site_tree()


# --- Per test and per run -------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test databases, plus a faster flush on PostgreSQL (below)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        _delete_instead_of_truncate()


def _delete_instead_of_truncate():
    """After each transactional test Django empties every table. On PostgreSQL it does so with
    one TRUNCATE of all ~110 tables, which takes 3-4 s however little they hold (new files for
    every table and index); that was most of the PostgreSQL pass's extra time. Here the tables
    that hold rows are found with one query and emptied with DELETE: the same empty tables
    (every foreign key is DEFERRABLE INITIALLY DEFERRED, so the order does not matter), in
    milliseconds. Sequences are left alone either way (reset_sequences keeps Django's way)."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    truncate = DatabaseOperations.sql_flush
    if getattr(truncate, "deletes", False):
        return

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade or not tables:
            return truncate(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        tables = sorted(tables)
        probe = " UNION ALL ".join(
            f"(SELECT {index} FROM {self.quote_name(table)} LIMIT 1)"  # noqa: S608
            for index, table in enumerate(tables)
        )
        with self.connection.cursor() as cursor:
            cursor.execute(probe)
            filled = [tables[index] for (index,) in cursor.fetchall()]
        return ["SET CONSTRAINTS ALL DEFERRED;"] + [
            f"DELETE FROM {self.quote_name(table)};" for table in filled
        ]

    sql_flush.deletes = True
    DatabaseOperations.sql_flush = sql_flush


@pytest.fixture(scope="session")
def django_db_modify_db_settings_xdist_suffix():
    """portal/settings/test.py already names the test database per pytest-xdist worker."""


def pytest_sessionfinish(session):
    """Remove this run's (this worker's) media folder; see portal/settings/test.py."""
    from django.conf import settings as django_settings

    if not django_settings.configured:
        return
    media = Path(django_settings.MEDIA_ROOT)
    if media.name.startswith("test-media-"):
        shutil.rmtree(media, ignore_errors=True)
