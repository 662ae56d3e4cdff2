"""Build (or bring up to date) the demo municipality. Idempotent: run it as often as you like.

Every capability app may contribute a `demo.py` with `load(*, on_progress) -> list[str]`
(the lines it has to tell the operator; this command prints them and the progress); they run in the
order of INSTALLED_APPS, the portal first because the others hang below its home pages. The
content is data: each loader reads its app's `demo/*.yaml` (see core/demo_data.py), and a
broken data file stops the command with the file and line to fix."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.demo_data import DemoDataError
from core.discovery import app_modules
from core.progress import ProgressPrinter


class Command(BaseCommand):
    help = "Load the demo municipality (pages in nine languages, events, forums, minutes)."

    def handle(self, *args, **options):
        loaders = [(config.label, module) for config, module in app_modules("demo")]
        for index, (label, module) in enumerate(loaders, start=1):
            started = time.monotonic()
            self.stdout.write(self.style.MIGRATE_HEADING(f"[{index}/{len(loaders)}] {label}"))
            try:
                with transaction.atomic():
                    notes = module.load(on_progress=ProgressPrinter(self.stdout))
                for note in notes:
                    self.stdout.write(f"  {note}")
            except DemoDataError as error:
                raise CommandError(f"{label} demo: {error}") from None
            self.stdout.write(f"  done in {time.monotonic() - started:.1f}s")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
