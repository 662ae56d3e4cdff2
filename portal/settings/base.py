"""Settings shared by every deployment. What differs between deployments comes from
environment variables (see README, "Deployment")."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("TEILHABE_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

INSTALLED_APPS = [
    "core",
    "portal",
    "events",
    "forum",
    "directory",
    "seating",
    "feedback",
    "minutes",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "dbbackup",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "core.page_cache.AnonymousPageCacheMiddleware",
    "core.slots.SlotCacheMiddleware",  # inside the page cache: slot contributions set max-age
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.accounts.StaffSessionLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
# SQLite is the embedded default so that a bare machine runs the whole site. WAL lets readers
# work beside a writer; IMMEDIATE takes the write lock at BEGIN so that parallel writers queue
# on the busy timeout instead of failing with "database is locked" half-way through.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 30,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
}


def database_from_env(default_path: Path) -> dict:
    url = env_str("DATABASE_URL") or f"sqlite:///{default_path}"
    config = dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = dict(SQLITE_OPTIONS)
        config["CONN_MAX_AGE"] = 0
    else:
        # Survive a database restart without restarting the application.
        config["CONN_HEALTH_CHECKS"] = env_bool("DB_CONN_HEALTH_CHECKS", True)
    return config


DATABASES = {"default": database_from_env(VAR_DIR / "teilhabe.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DBBACKUP_CONNECTOR_MAPPING = {"django.db.backends.sqlite3": "core.backup.SqliteWalSafeConnector"}

# --- Cache --------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "teilhabe",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},  # a cache outage degrades, never 500s
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# Query parameters with few possible values that the page cache keeps apart; a request with
# any other parameter (free-text search, timestamps, junk) is not cached. See page_cache.py.
PAGE_CACHE_QUERY_PARAMETERS = frozenset(
    ["page", "year", "month", "category", "audience", "language", "from", "to", "body"]
    + ["table", "size", "elementsPerPage"]
)
# Pages showing a forum's seats left are cached at most this long.
FORUM_SEAT_STATE_MAX_AGE = env_int("FORUM_SEAT_STATE_MAX_AGE", 60)
# Registration submissions per client IP ("count/window", window in s, m or h; empty: off).
# Generous: a whole language course may register from one community-centre network.
FORUM_REGISTRATION_RATE = env_str("FORUM_REGISTRATION_RATE", "30/10m")
# The check-in desk admits people from this many minutes before the event starts until this
# many minutes after it ends (forum/services.py, check_in_window). One policy for the whole
# deployment, so it needs no migration and no organiser can open the desk weeks early.
FORUM_CHECK_IN_OPENS_MINUTES = env_int("FORUM_CHECK_IN_OPENS_MINUTES", 120)
FORUM_CHECK_IN_CLOSES_MINUTES = env_int("FORUM_CHECK_IN_CLOSES_MINUTES", 120)

# --- Background work ----------------------------------------------------------------------
# Immediate (in the request) unless TASKS_BACKEND names another one, e.g.
# "django_tasks_db.DatabaseBackend" to measure the request path as production runs it.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

# How often the task worker runs the periodic jobs (`run_scheduled_jobs --in-worker`).
SCHEDULED_JOBS_INTERVAL = env_int("SCHEDULED_JOBS_INTERVAL", 300)

# --- Authentication -----------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# Failed logins are limited per account (key) tightly and per address loosely: a community
# centre's Wi-Fi puts a whole course behind one IP, and five typos there must not lock out
# everyone else, while guessing one account's password stays slow. A blocked login is a 429.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "60/15m/ip,5/5m/key",
    "signup": "10/h/ip",
    "confirm_email": "3/10m/key",
    "reset_password": "5/h/ip,3/h/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Teilhabe] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Teilhabe"
# The Wagtail admin has no login form of its own: it sends people to allauth, so e-mail
# verification, rate limits and MFA apply to staff too.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"  # private pages send visitors to allauth too
# Passwords are reset and changed in allauth only (rate-limited, verified addresses only).
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# Staff (anyone who can open the admin) are signed out a working day after their login.
STAFF_SESSION_SECONDS = env_int("STAFF_SESSION_SECONDS", 10 * 3600)

# --- Internationalisation -----------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("ro", "Română"),
    ("bg", "Български"),
]
LANGUAGE_NAMES_GERMAN = {
    "de": _("German"),
    "en": _("English"),
    "ar": _("Arabic"),
    "fa": _("Persian"),
    "tr": _("Turkish"),
    "uk": _("Ukrainian"),
    "ru": _("Russian"),
    "ro": _("Romanian"),
    "bg": _("Bulgarian"),
}
RTL_LANGUAGES = {"ar", "fa"}
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# An untranslated copy must never go live: translations stay drafts until someone
# translates and publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(VAR_DIR / "backups")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # `manage.py dbbackup` / `mediabackup` write here; point it at off-site storage in production.
    "dbbackup": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(BACKUP_DIR)},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# --- E-mail -------------------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Teilhabe <teilhabe@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Teilhabe")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # documents go through permission checks
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: it is a third-party request (and blocked by the CSP); Wagtail then shows its
# initials avatar for everyone without an uploaded one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES[:2]

# --- OParl API of the minutes (/oparl/v1.1/) ----------------------------------------------
# The municipality the platform belongs to (OParl "Body"); its bodies are OParl organisations.
OPARL_BODY_NAME = env_str("OPARL_BODY_NAME", WAGTAIL_SITE_NAME)
OPARL_BODY_SHORT_NAME = env_str("OPARL_BODY_SHORT_NAME")
OPARL_AGS = env_str("OPARL_AGS")  # Amtlicher Gemeindeschlüssel, eight digits
OPARL_CONTACT_EMAIL = env_str("OPARL_CONTACT_EMAIL")
OPARL_LICENSE = env_str("OPARL_LICENSE", "https://creativecommons.org/licenses/by/4.0/")

# --- Security (stricter values in production.py) -----------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview uses a same-origin iframe
SESSION_COOKIE_HTTPONLY = True

# Length cap on free-text search queries; longer ones get a 400 page.
SEARCH_QUERY_MAX_LENGTH = 200

# Answers to one survey's public (walk-in) link from one address per hour. A venue's Wi-Fi
# puts everyone behind one address, so keep it well above the size of an event.
FEEDBACK_PUBLIC_RATE_LIMIT = env_int("FEEDBACK_PUBLIC_RATE_LIMIT", 60)

# Reports about barriers through the accessibility statement, per client IP ("count/window" as
# FORUM_REGISTRATION_RATE), and how long they are kept (the privacy notice shows both).
ACCESSIBILITY_FEEDBACK_RATE = env_str("ACCESSIBILITY_FEEDBACK_RATE", "5/10m")
ACCESSIBILITY_FEEDBACK_RETENTION_DAYS = env_int("ACCESSIBILITY_FEEDBACK_RETENTION_DAYS", 365)
# What the operator keeps of the server's logs and backups. The platform does not rotate them
# itself (journald/logrotate and the backup job do); the privacy notice states these figures,
# so set them to what the deployment really does.
LOG_RETENTION_DAYS = env_int("LOG_RETENTION_DAYS", 14)
BACKUP_RETENTION_DAYS = env_int("BACKUP_RETENTION_DAYS", 30)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # Personal links and tokens in URL paths are masked before anything is written.
    "filters": {"mask_secrets": {"()": "core.log_filters.MaskSecrets"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["mask_secrets"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Replace Django's own handlers, which would write request paths unmasked.
        "django": {"handlers": [], "propagate": True},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        # One line per task and per page save drowns out what matters.
        "django_tasks": {"level": env_str("TASKS_LOG_LEVEL", "WARNING")},
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}
