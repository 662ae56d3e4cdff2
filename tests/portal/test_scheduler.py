"""Periodic jobs in the task worker: one self-repeating task, never two waiting at once."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core import scheduler

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def waiting_runs():
    return DBTaskResult.objects.filter(
        task_path=scheduler.scheduled_jobs.module_path, status=TaskResultStatus.READY
    )


@override_settings(TASKS=DATABASE_TASKS, SCHEDULED_JOBS_INTERVAL=600)
def test_in_worker_queues_one_run_for_later_and_only_one():
    out = io.StringIO()
    call_command("run_scheduled_jobs", "--in-worker", stdout=out)
    call_command("run_scheduled_jobs", "--in-worker", stdout=out)

    assert waiting_runs().count() == 1
    run = waiting_runs().get()
    assert (run.run_after - run.enqueued_at).total_seconds() == pytest.approx(600, abs=5)
    assert "queued already" in out.getvalue()


@override_settings(TASKS=DATABASE_TASKS)
def test_the_task_runs_every_job_and_queues_its_next_run(monkeypatch):
    ran = []
    one = scheduler.Job(name="a.one", run=lambda: ran.append("one"))
    monkeypatch.setattr(scheduler, "all_jobs", lambda: [one])

    failures = scheduler.scheduled_jobs.call()

    assert failures == 0 and ran == ["one"]
    assert waiting_runs().count() == 1


@override_settings(TASKS=DATABASE_TASKS)
def test_a_failing_job_does_not_stop_the_others_or_the_next_run(monkeypatch):
    ran = []

    def broken():
        raise RuntimeError("boom")

    jobs = [
        scheduler.Job(name="a.broken", run=broken),
        scheduler.Job(name="a.fine", run=lambda: ran.append("fine")),
    ]
    monkeypatch.setattr(scheduler, "all_jobs", lambda: jobs)

    assert scheduler.scheduled_jobs.call() == 1
    assert ran == ["fine"]
    assert waiting_runs().count() == 1


def test_in_worker_refuses_a_backend_that_cannot_run_later():
    # The test settings use the immediate backend, which cannot defer.
    with pytest.raises(CommandError, match="TASKS_BACKEND"):
        call_command("run_scheduled_jobs", "--in-worker", stdout=io.StringIO())
    assert not waiting_runs().exists()


def test_every_apps_jobs_are_found():
    names = {job.name for job in scheduler.all_jobs()}
    assert {
        "core.send_queued_email",
        "forum.send_forum_reminders",
        "forum.erase_personal_data_past_retention",
        "forum.expire_pending_registrations",
        "core.purge_old_email",
        "portal.purge_old_accessibility_feedback",
        "feedback.send_feedback_invitations",
    } <= names


def test_a_job_is_its_service_and_only_runs_what_is_named(monkeypatch):
    """Declared once: the job is the service function itself, and `--only` picks by name."""
    from forum import services

    jobs = {job.name: job for job in scheduler.all_jobs()}
    assert jobs["forum.send_forum_reminders"].run is services.reminders_send
    ran = []
    fake = [
        scheduler.Job(name="a.one", run=lambda: ran.append("one") or 1, report="one: {result}"),
        scheduler.Job(name="b.two", run=lambda: ran.append("two") or 2, report="two: {result}"),
    ]
    monkeypatch.setattr(scheduler, "all_jobs", lambda: fake)
    out = io.StringIO()
    call_command("run_scheduled_jobs", "--only", "two", stdout=out)
    assert ran == ["two"]
    assert "two: 2" in out.getvalue() and "b.two: done in" in out.getvalue()
    assert "a.one" not in out.getvalue() and "one: 1" not in out.getvalue()
