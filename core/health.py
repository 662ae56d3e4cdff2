"""GET /health/: is the database, the cache and the task queue working? For load balancers and
monitoring. Says "ok"/"error" per component and nothing about hosts, versions or errors.

Core checks the database and the cache; an app adds a check for what it owns with
`@health_check(name)` in its services module (the outbox's "task_queue" check is in
core/services.py), found like scheduled jobs."""

import logging
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .discovery import app_modules

logger = logging.getLogger(__name__)

CHECKS: dict[str, Callable[[], bool]] = {}


def health_check(name: str) -> Callable:
    """Declare the decorated function (no arguments, True when healthy) as component `name`."""

    def declare(check: Callable[[], bool]) -> Callable[[], bool]:
        CHECKS[name] = check
        return check

    return declare


@health_check("database")
def _database() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone()[0] == 1


@health_check("cache")
def _cache() -> bool:
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    return ok


def all_checks() -> dict[str, Callable[[], bool]]:
    """Core's checks and those the apps declare (importing their services declares them)."""
    for _declaration in app_modules("services"):
        pass
    return CHECKS


@never_cache
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    results = {}
    for name, check in all_checks().items():
        try:
            results[name] = "ok" if check() else "error"
        except Exception:  # noqa: BLE001 - any failure is "error"; details go to the log only
            logger.exception("Health check %s failed", name)
            results[name] = "error"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503
    )
