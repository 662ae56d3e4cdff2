"""Bulk data for speed and scale measurements: `manage.py generate_load_data --events 5000`.

A small framework shared by the apps: every app may provide `<app>/load_data.py` with
`add_arguments(parser)` (its options, e.g. --events, --registrations) and
`generate(*, options, on_progress) -> list[str]` (the lines to print). They run in
INSTALLED_APPS order (events before the forums that hang on them), each in one transaction,
with progress lines and timings. Unlike load_demo this is
not content for people to read: it is volume."""

import time
from types import ModuleType

from django.core.management.base import BaseCommand
from django.db import transaction

from core.discovery import app_modules
from core.progress import ProgressPrinter


def load_data_modules() -> list[tuple[str, ModuleType]]:
    return [(config.label, module) for config, module in app_modules("load_data")]


class Command(BaseCommand):
    help = "Generate bulk data for benchmarks and scale tests (see each app's load_data.py)."

    def add_arguments(self, parser):
        for label, module in load_data_modules():
            group = parser.add_argument_group(label)
            module.add_arguments(group)

    def handle(self, *args, **options):
        for label, module in load_data_modules():
            started = time.monotonic()
            self.stdout.write(self.style.MIGRATE_HEADING(f"{label}"))
            with transaction.atomic():
                notes = module.generate(options=options, on_progress=ProgressPrinter(self.stdout))
            for note in notes:
                self.stdout.write(f"  {note}")
            self.stdout.write(f"  {label} done in {time.monotonic() - started:.1f}s")
        self.stdout.write(self.style.SUCCESS("Load data is ready."))
