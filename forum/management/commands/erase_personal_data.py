from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.progress import ProgressPrinter
from forum import privacy
from forum.models import Forum


class Command(BaseCommand):
    help = (
        "Erase registrants' personal data of forums past their retention period (the same as "
        "the scheduled job). With --forum, erase one forum now, even before its retention "
        "period is over (the event must have ended)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forum", type=int, help="erase this forum now (id)")
        parser.add_argument(
            "--dry-run", action="store_true", help="only list the forums that are due"
        )

    def handle(self, *args, forum=None, dry_run=False, **options):
        now = timezone.now()
        if forum is not None:
            target = Forum.objects.select_related("event").filter(pk=forum).first()
            if target is None:
                raise CommandError(f"There is no forum {forum}.")
            forums = [target]
        else:
            forums = privacy.forums_past_retention(now)
        if dry_run:
            for item in forums:
                self.stdout.write(f"{item.pk}\t{item}\tdue since {item.retention_until():%Y-%m-%d}")
            self.stdout.write(f"{len(forums)} forums due.")
            return
        if forum is not None:
            try:
                erased = privacy.forum_personal_data_erase(forum=forums[0], now=now)
            except privacy.ErasureNotYet:
                raise CommandError("This forum's event has not ended yet.") from None
        else:
            erased = privacy.personal_data_expire(now=now, on_progress=ProgressPrinter(self.stdout))
        self.stdout.write(f"Personal data of {erased} registrations erased.")
