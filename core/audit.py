"""The audit trail: who did what and when, to whose data, in Wagtail's own log tables.

Every app records its actions on personal data through `record`, against the object the
organisers work on (for forums: the Forum, so the entries show in the forum's Wagtail history
and on its audit page). An entry about one person carries that person's id under `PERSON` and,
to make the log readable, their name under `NAME`. When their data is erased,
`forget_people` reduces every such entry to the fact and the time: the action, the timestamp
and who acted stay, the data about the person goes (`{"erased": true}`). Entries are never
deleted, so the log still shows that something happened.

Page publication steps (submit, approve, reject, publish, unpublish) are logged by Wagtail
itself as PageLogEntry rows; nothing here duplicates them.

Each app registers the labels and messages of its actions with the `register_log_actions`
hook (see forum/wagtail_hooks.py), so Wagtail's history views can show them."""

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

PERSON = "person"
NAME = "name"
ERASED = {"erased": True}


def record(
    *,
    instance: Model,
    action: str,
    user=None,
    person: int | None = None,
    name: str = "",
    data: dict | None = None,
) -> ModelLogEntry | None:
    """Log `action` on `instance` by `user` (anonymous or None: nobody signed in).

    `data` must hold no personal data other than the person's id and name, which go in
    `person`/`name` so erasure can find and remove them."""
    payload = dict(data or {})
    if person is not None:
        payload[PERSON] = person
        if name:
            payload[NAME] = name
    acting = user if getattr(user, "pk", None) else None
    return log(instance=instance, action=action, user=acting, data=payload)


def entries_for(instance: Model) -> QuerySet[ModelLogEntry]:
    """The object's log, newest first, with who acted (one query)."""
    return (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        )
        .select_related("user")
        .order_by("-timestamp", "-pk")
    )


def forget_people(*, model: type[Model], person_ids: Iterable[int]) -> int:
    """Erasure: entries about these people keep only the action, the time and who acted."""
    ids = list(person_ids)
    if not ids:
        return 0
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    return ModelLogEntry.objects.filter(
        content_type=content_type, **{f"data__{PERSON}__in": ids}
    ).update(data=ERASED)
