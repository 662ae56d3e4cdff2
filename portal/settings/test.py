import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
# Rate limits are tested explicitly where they matter; elsewhere they would make tests flaky.
ACCOUNT_RATE_LIMITS = False
# Tests measure real work (query counts); the page cache has tests of its own.
PAGE_CACHE_SECONDS = 0

# A file (not :memory:) so that live-server threads and concurrency tests use real, separate
# connections with WAL, as production SQLite does. One file per process: parallel runs don't
# collide.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")  # noqa: F405
    }
else:
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": f"test_teilhabe_{os.environ.get('TEST_DB_SUFFIX', os.getpid())}"
    }

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
