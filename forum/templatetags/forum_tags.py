from dataclasses import dataclass

from django import template
from django.db.models import Count, Q
from django.utils import timezone

from forum.middleware import mark_seat_state_shown
from forum.public import ForumState, state_of_forum

register = template.Library()


@dataclass(frozen=True)
class ForumBox:
    forum_id: int
    state: ForumState
    not_yet_open: bool


@register.simple_tag(takes_context=True)
def forum_for_event(context, event) -> ForumBox | None:
    """The seat state shown on an event page (one query). Marks the response for a short
    cache time, so the numbers shown are at most a minute old."""
    from forum.models import Forum

    if event is None or not getattr(event, "translation_key", None):
        return None
    forum = (
        Forum.objects.filter(event__translation_key=event.translation_key)
        .select_related("event")
        .annotate(
            waitlist_length=Count("registrations", filter=Q(registrations__status="waitlisted"))
        )
        .first()
    )
    if forum is None:
        return None
    mark_seat_state_shown(context.get("request"))
    now = timezone.now()
    return ForumBox(
        forum_id=forum.pk,
        state=state_of_forum(forum, now),
        not_yet_open=bool(forum.registration_opens and now < forum.registration_opens),
    )


@register.inclusion_tag("forum/includes/field.html")
def form_field(field):
    return {"field": field}
