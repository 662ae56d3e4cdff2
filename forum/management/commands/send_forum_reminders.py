from django.core.management.base import BaseCommand

from forum import services


class Command(BaseCommand):
    help = (
        "Send forum reminders that are due (confirmed, not yet reminded, event within the "
        "forum's lead time). Safe to run every few minutes: each person is reminded once."
    )

    def handle(self, *args, **options):
        sent = services.reminders_send(out=self.stdout)
        self.stdout.write(f"{sent} reminders sent.")
