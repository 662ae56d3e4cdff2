"""Periodic jobs, run either by cron (`manage.py run_scheduled_jobs` every few minutes) or by
the task worker itself: `manage.py run_scheduled_jobs --in-worker` queues one task that runs
every app's jobs and queues its own next run, so a deployment with a worker needs no cron.

Each app lists its jobs in `<app>/jobs.py` as `JOBS = [callable, ...]`; each callable takes
`out` (a text stream) and is idempotent, so a run that comes twice or late does no harm."""

import importlib
import io
import logging
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import TextIO

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)


def all_jobs() -> Iterator[tuple[str, Callable[..., None]]]:
    for config in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{config.name}.jobs")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.jobs":
                raise
            continue
        for job in getattr(module, "JOBS", []):
            yield f"{config.label}.{job.__name__}", job


def run_jobs(*, out: TextIO, only: list[str] | None = None) -> int:
    """Run the jobs (all, or those named in `only`); returns how many failed."""
    failures = 0
    for name, job in all_jobs():
        if only and job.__name__ not in only and name not in only:
            continue
        started = time.monotonic()
        try:
            job(out=out)
        except Exception:  # noqa: BLE001 - one broken job must not stop the others
            failures += 1
            logger.exception("Scheduled job %s failed", name)
            out.write(f"{name}: failed (see log)\n")
            continue
        out.write(f"{name}: done in {time.monotonic() - started:.1f}s\n")
    return failures


def _queued_runs() -> int:
    """Runs of `scheduled_jobs` waiting in the database queue (0 for other backends)."""
    try:
        from django_tasks_db.models import DBTaskResult
    except ImportError:  # pragma: no cover - the database backend is a dependency
        return 0
    from django_tasks.base import TaskResultStatus

    return DBTaskResult.objects.filter(
        task_path=scheduled_jobs.module_path, status=TaskResultStatus.READY
    ).count()


def queue_next_run() -> bool:
    """Queue the next run unless one is waiting already (or the backend cannot defer)."""
    if not default_task_backend.supports_defer or _queued_runs():
        return False
    run_after = timezone.now() + timedelta(seconds=settings.SCHEDULED_JOBS_INTERVAL)
    scheduled_jobs.using(run_after=run_after).enqueue()
    return True


@task()
def scheduled_jobs() -> int:
    """Every app's jobs once, then the next run. Returns how many jobs failed."""
    out = io.StringIO()
    try:
        failures = run_jobs(out=out)
    finally:
        queue_next_run()
    logger.info("scheduled jobs: %s", out.getvalue().strip().replace("\n", "; "))
    return failures
