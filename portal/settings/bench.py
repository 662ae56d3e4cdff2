"""Production-like settings for `make bench`: DEBUG off, whitenoise, no TLS redirect (loopback)."""

from .base import *  # noqa: F403
from .env import env_str

SECRET_KEY = env_str("SECRET_KEY", "bench-only-key-" + "x" * 40)
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
ACCOUNT_RATE_LIMITS = False
WHITENOISE_USE_FINDERS = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# bench/bench_weight.py measures what production sends: static files collected by the
# production storage (hashed names, .gz and .br beside each file), served by whitenoise.
if env_str("BENCH_COLLECTED_STATIC", ""):
    WHITENOISE_USE_FINDERS = False
    STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
