from django.core.management.base import BaseCommand

from core.roles import ensure_roles


class Command(BaseCommand):
    help = "Create or update the staff groups (Editors, Organisers, Reviewers) and their rights."

    def handle(self, *args, **options):
        for name, group in ensure_roles().items():
            self.stdout.write(f"{name}: {group.permissions.count()} model permissions")
