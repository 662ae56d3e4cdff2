"""Periodic jobs, run either by cron (`manage.py run_scheduled_jobs` every few minutes) or by
the task worker itself: `manage.py run_scheduled_jobs --in-worker` queues one task that runs
every app's jobs and queues its own next run, so a deployment with a worker needs no cron.

A job is declared once, on the service it runs:

    @scheduled_job(name="send_forum_reminders", report="forum: {result} reminders sent")
    def reminders_send(*, now=None) -> int: ...

The service is called without arguments and must be idempotent, so a run that comes twice or
late does no harm; `report` turns what it returns into the one line the command prints and the
worker logs. Core finds the declarations by importing every app's service modules
(JOB_MODULES, through core.discovery), the way core/roles.py finds each app's roles."""

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django_tasks import default_task_backend, task

from .discovery import app_modules

logger = logging.getLogger(__name__)

# The modules in which apps declare jobs: their services (the forum keeps its erasure
# services in privacy.py).
JOB_MODULES = ("services", "privacy")


@dataclass(frozen=True)
class Job:
    name: str  # "<app label>.<job name>"; `--only` accepts either part after the dot or all
    run: Callable[[], Any]
    report: str = "{result}"

    @property
    def short_name(self) -> str:
        return self.name.split(".", 1)[-1]


@dataclass(frozen=True)
class Outcome:
    job: Job
    ok: bool
    seconds: float
    line: str  # what the job reports, or why it failed


_REGISTRY: dict[str, Job] = {}


def scheduled_job(*, name: str, report: str = "{result}") -> Callable:
    """Declare the decorated service as a periodic job. It stays an ordinary function."""

    def declare(service: Callable[[], Any]) -> Callable[[], Any]:
        label = service.__module__.split(".", 1)[0]
        _REGISTRY[f"{label}.{name}"] = Job(name=f"{label}.{name}", run=service, report=report)
        return service

    return declare


def all_jobs() -> list[Job]:
    """Every declared job, in INSTALLED_APPS order (importing the modules declares them)."""
    for module_name in JOB_MODULES:
        for _declaration in app_modules(module_name):
            pass
    order = {config.label: index for index, config in enumerate(apps.get_app_configs())}
    return sorted(_REGISTRY.values(), key=lambda job: order.get(job.name.split(".")[0], len(order)))


def run_jobs(*, only: Iterable[str] | None = None) -> Iterator[Outcome]:
    """Run the jobs (all, or those named in `only`), yielding one outcome each as it ends. A
    failing job is logged and reported, and the others still run."""
    wanted = set(only or ())
    for job in all_jobs():
        if wanted and job.name not in wanted and job.short_name not in wanted:
            continue
        started = time.monotonic()
        try:
            result = job.run()
        except Exception:  # noqa: BLE001 - one broken job must not stop the others
            logger.exception("Scheduled job %s failed", job.name)
            yield Outcome(job, False, time.monotonic() - started, "failed (see log)")
            continue
        yield Outcome(job, True, time.monotonic() - started, job.report.format(result=result))


def _queued_runs() -> int:
    """Runs of `scheduled_jobs` waiting in the database queue (0 for other backends)."""
    try:
        from django_tasks_db.models import DBTaskResult  # optional backend: may be absent
    except ImportError:  # pragma: no cover - the database backend is a dependency
        return 0
    from django_tasks.base import TaskResultStatus  # only needed with the backend above

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
    try:
        outcomes = list(run_jobs())
    finally:
        queue_next_run()
    logger.info("scheduled jobs: %s", "; ".join(f"{o.job.name}: {o.line}" for o in outcomes))
    return sum(not outcome.ok for outcome in outcomes)
