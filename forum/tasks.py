"""Background work of the forum app (django_tasks): reminders, expiry, organiser messages."""

from django.db import transaction
from django_tasks import task

from . import emails, services
from .models import Forum, Registration


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


@task()
def send_forum_reminders() -> int:
    return services.reminders_send()


@task()
def expire_pending_registrations() -> int:
    return services.pending_expire()


@task()
def message_confirmed(forum_id: int, subject: str, body: str) -> int:
    forum = Forum.objects.select_related("event").get(pk=forum_id)
    return services.forum_message_confirmed(forum=forum, subject=subject, body=body)
