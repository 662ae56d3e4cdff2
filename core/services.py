"""The outbox's periodic work and health, declared for core's scheduler and /health/:
retrying due e-mail, purging what was sent long ago, and noticing a stuck queue. The outbox
itself is core/outbox.py; core's scheduler and health find these declarations in every app's
`services` module, core's own included."""

from django.utils import timezone

from .health import health_check
from .models import OutgoingEmail
from .outbox import deliver, pending_email_ids, purge_sent_email
from .scheduler import scheduled_job

# Unsent e-mail older than this means the worker or the mail server is stuck.
QUEUE_STALE_MINUTES = 30


@scheduled_job(
    name="send_queued_email", report="e-mail: {result[0]} of {result[1]} due messages sent"
)
def send_queued_email() -> tuple[int, int]:
    """Deliver what is due (new, or waiting for a retry); returns (sent, due)."""
    ids = pending_email_ids()
    return sum(deliver(email_id) for email_id in ids), len(ids)


@scheduled_job(
    name="purge_old_email", report="e-mail: {result} sent messages older than 30 days deleted"
)
def purge_old_email() -> int:
    return purge_sent_email()


@health_check("task_queue")
def outbox_moving() -> bool:
    """No unsent e-mail older than QUEUE_STALE_MINUTES."""
    cutoff = timezone.now() - timezone.timedelta(minutes=QUEUE_STALE_MINUTES)
    return not OutgoingEmail.objects.filter(sent_at__isnull=True, created_at__lt=cutoff).exists()
