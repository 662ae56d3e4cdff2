"""Background work of the forum app (django_tasks): reminders, expiry, organiser messages."""

from django_tasks import task

from . import services
from .models import Forum


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
