from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.progress import ProgressPrinter
from forum import services
from forum.models import Forum


class Command(BaseCommand):
    help = (
        "Send a message to everyone confirmed for a forum (each framed in their language), "
        "through the e-mail outbox, with progress."
    )

    def add_arguments(self, parser):
        parser.add_argument("forum_id", type=int)
        parser.add_argument("--subject", required=True)
        parser.add_argument("--body-file", required=True, help="UTF-8 text file with the message")

    def handle(self, *args, forum_id, subject, body_file, **options):
        forum = Forum.objects.select_related("event").filter(pk=forum_id).first()
        if forum is None:
            raise CommandError(f"No forum with id {forum_id}.")
        try:
            body = Path(body_file).read_text(encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Cannot read {body_file}: {error.strerror}") from error
        sent = services.forum_message_confirmed(
            forum=forum,
            subject=subject,
            body=body,
            on_progress=ProgressPrinter(self.stdout),
        )
        self.stdout.write(f"{sent} messages stored in the outbox for delivery.")
