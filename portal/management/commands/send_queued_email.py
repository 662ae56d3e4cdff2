from django.core.management.base import BaseCommand

from core.progress import progress
from portal.mail import deliver, pending_email_ids


class Command(BaseCommand):
    help = "Send stored e-mails that are due (first attempts that failed, and retries)."

    def handle(self, *args, **options):
        ids = pending_email_ids()
        sent = 0
        for email_id in progress(ids, total=len(ids), label="e-mails", out=self.stdout):
            sent += deliver(email_id)
        self.stdout.write(f"{sent} of {len(ids)} due e-mails sent.")
