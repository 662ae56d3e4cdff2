"""GET /health/: is the database, the cache and the task queue working? For load balancers and
monitoring. Says "ok"/"error" per component and nothing about hosts, versions or errors."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.models import OutgoingEmail

logger = logging.getLogger(__name__)
# Unsent e-mail older than this means the worker or the mail server is stuck.
QUEUE_STALE_MINUTES = 30


def _database() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone()[0] == 1


def _cache() -> bool:
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    return ok


def _task_queue() -> bool:
    cutoff = timezone.now() - timezone.timedelta(minutes=QUEUE_STALE_MINUTES)
    return not OutgoingEmail.objects.filter(sent_at__isnull=True, created_at__lt=cutoff).exists()


CHECKS = {"database": _database, "cache": _cache, "task_queue": _task_queue}


@never_cache
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "error"
        except Exception:  # noqa: BLE001 - any failure is "error"; details go to the log only
            logger.exception("Health check %s failed", name)
            results[name] = "error"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503
    )
