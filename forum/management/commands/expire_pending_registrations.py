from django.core.management.base import BaseCommand

from forum import services


class Command(BaseCommand):
    help = "Expire registrations that were not confirmed by e-mail within 24 hours."

    def handle(self, *args, **options):
        self.stdout.write(f"{services.pending_expire()} unconfirmed registrations expired.")
