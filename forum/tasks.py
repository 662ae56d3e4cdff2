"""Background work of the forum app (django_tasks): rendering registration e-mails into the
outbox. Periodic work (reminders, expiry, erasure) is in jobs.py and runs through the
scheduler; the organiser's message to participants is a task beside its service."""

from django.db import transaction
from django_tasks import task

from . import emails
from .models import Registration


@task()
def send_registration_email(registration_id: int, kind: str, extra: dict | None = None) -> bool:
    """Render one e-mail in the registrant's language and store it in the outbox."""
    registration = (
        Registration.objects.select_related("forum__event").filter(pk=registration_id).first()
    )
    if registration is None:  # deleted meanwhile (retention period over)
        return False
    with transaction.atomic():  # a savepoint when run inside the caller's transaction
        emails.send_registration_email(registration=registration, kind=kind, **(extra or {}))
    return True
