import importlib
import logging
import time

from django.apps import apps
from django.core.management.base import BaseCommand

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run every app's periodic jobs once (reminders, retries, retention). Safe to repeat."

    def add_arguments(self, parser):
        parser.add_argument("--only", nargs="*", help="job names to run (default: all)")

    def handle(self, *args, only=None, **options):
        failures = 0
        for config in apps.get_app_configs():
            try:
                module = importlib.import_module(f"{config.name}.jobs")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.jobs":
                    raise
                continue
            for job in getattr(module, "JOBS", []):
                name = f"{config.label}.{job.__name__}"
                if only and job.__name__ not in only and name not in only:
                    continue
                started = time.monotonic()
                try:
                    job(out=self.stdout)
                except Exception:  # noqa: BLE001 - one broken job must not stop the others
                    failures += 1
                    logger.exception("Scheduled job %s failed", name)
                    self.stderr.write(f"{name}: failed (see log)")
                    continue
                self.stdout.write(f"{name}: done in {time.monotonic() - started:.1f}s")
        if failures:
            raise SystemExit(1)
