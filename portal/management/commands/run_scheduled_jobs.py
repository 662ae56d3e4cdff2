from django.core.management.base import BaseCommand, CommandError

from core import scheduler


class Command(BaseCommand):
    help = (
        "Run every app's periodic jobs once (reminders, retries, retention). Safe to repeat. "
        "With --in-worker, hand them to the task worker instead, which repeats them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--only", nargs="*", help="job names to run (default: all)")
        parser.add_argument(
            "--in-worker",
            action="store_true",
            help="queue the self-repeating task for the database task worker and return",
        )

    def handle(self, *args, only=None, in_worker=False, **options):
        if in_worker:
            if scheduler.queue_next_run():
                self.stdout.write("Scheduled jobs queued for the task worker; they repeat.")
                return
            if not scheduler.default_task_backend.supports_defer:
                raise CommandError(
                    "The task backend cannot run tasks later: set TASKS_BACKEND to "
                    "django_tasks_db.DatabaseBackend, or run this command from cron."
                )
            self.stdout.write("A run is queued already; nothing to do.")
            return
        failures = 0
        for outcome in scheduler.run_jobs(only=only):
            if outcome.ok:
                self.stdout.write(outcome.line)
                self.stdout.write(f"{outcome.job.name}: done in {outcome.seconds:.1f}s")
            else:
                failures += 1
                self.stdout.write(f"{outcome.job.name}: {outcome.line}")
        if failures:
            raise SystemExit(1)
