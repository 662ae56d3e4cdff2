"""manage.py import_hsds PATH: HSDS 3.0 JSON or a folder with the CSV package, all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.progress import ProgressPrinter
from directory.importer import ImportFailed, import_path


class Command(BaseCommand):
    help = "Import HSDS 3.0 data (a JSON file or a CSV package folder); idempotent, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        self.stdout.write(f"Reading {path} ...")
        try:
            counts, warnings = import_path(path, on_progress=ProgressPrinter(self.stdout))
        except ImportFailed as failed:
            shown = "\n  ".join(failed.problems[:50])
            more = (
                f"\n  ... and {len(failed.problems) - 50} more" if len(failed.problems) > 50 else ""
            )
            raise CommandError(f"Nothing was imported:\n  {shown}{more}") from None
        for warning in warnings:
            self.stderr.write(f"warning: {warning}")
        for table, count in counts.items():
            self.stdout.write(f"  {table}: {count} records")
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"Imported {total} records."))
