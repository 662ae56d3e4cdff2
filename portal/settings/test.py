import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Rate limits are tested explicitly where they matter; elsewhere they would make tests flaky.
ACCOUNT_RATE_LIMITS = False
# Tests measure real work (query counts); the page cache has tests of its own.
PAGE_CACHE_SECONDS = 0
# An in-process cache, whatever REDIS_URL says: every test clears the cache, and with a shared
# Redis one pytest-xdist worker (or another engineer's run) would empty the other's.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Everything a test run writes is its own: one name per run (TEST_DB_SUFFIX, else pytest-xdist's
# run id, else the process id) and per pytest-xdist worker (gw0, gw1, ...), so parallel
# workers and parallel runs never share a database file, a PostgreSQL database or a media
# folder. tests/conftest.py removes the media folder when the run ends.
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
TEST_RUN = (
    os.environ.get("TEST_DB_SUFFIX")
    or os.environ.get("PYTEST_XDIST_TESTRUNUID", "")[:12]
    or str(os.getpid())
)
TEST_NAME = f"{TEST_RUN}_{TEST_WORKER}" if TEST_WORKER else TEST_RUN

MEDIA_ROOT = VAR_DIR / f"test-media-{TEST_NAME}"  # noqa: F405
BACKUP_DIR = MEDIA_ROOT / "backups"
STORAGES["dbbackup"]["OPTIONS"] = {"location": str(BACKUP_DIR)}  # noqa: F405

# A file (not :memory:) so that live-server threads and concurrency tests use real, separate
# connections with WAL, as production SQLite does.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    TEST_DATABASE = VAR_DIR / f"test-{TEST_NAME}.sqlite3"  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(TEST_DATABASE)}  # noqa: F405
else:
    DATABASES["default"]["TEST"] = {"NAME": f"test_teilhabe_{TEST_NAME}"}  # noqa: F405
    # A test database need not survive a power cut: commits return without waiting for the
    # disk (same isolation and visibility; transactional tests, live servers and the
    # concurrency tests commit thousands of times).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405

# The suite's forums start ten days ahead (tests/forum/factories.py) and many tests check
# people in; they keep doing so with a desk open a month ahead. The check-in window's own
# tests (tests/forum/test_check_in_desk.py) set the production defaults back with the
# `settings` fixture, and test those defaults in base.py.
FORUM_CHECK_IN_OPENS_MINUTES = 60 * 24 * 30
