"""The staff roles and what each may do. Idempotent: run after every migrate and by
`manage.py setup_roles`. Each capability app lists its model permissions here."""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

logger = logging.getLogger(__name__)

EDITORS = "Editors"
ORGANISERS = "Organisers"
REVIEWERS = "Reviewers"

ADMIN_ACCESS = "wagtailadmin.access_admin"
DOCUMENT_PERMISSIONS = ["add_document", "change_document", "choose_document"]
IMAGE_PERMISSIONS = ["add_image", "change_image", "choose_image"]

# The calendar's snippets: editors and organisers keep venues and categories up to date.
EVENT_SNIPPET_PERMISSIONS = [
    f"events.{action}_{model}"
    for model in ("venue", "eventcategory")
    for action in ("add", "change", "view")
]

# Model permissions per role ("app_label.codename"). Organisers' personal-data access is further
# limited per forum in the forum app; editors never get registration data.
MODEL_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: [ADMIN_ACCESS, "minutes.add_body", "minutes.change_body", *EVENT_SNIPPET_PERMISSIONS],
    ORGANISERS: [ADMIN_ACCESS, *EVENT_SNIPPET_PERMISSIONS],
    # Only reviewers publish minutes: editors submit them for review (minutes/permissions.py).
    REVIEWERS: [
        ADMIN_ACCESS,
        "minutes.publish_minutes",
        "minutes.add_body",
        "minutes.change_body",
        "minutes.delete_body",
    ],
}
# Feedback: organisers build surveys, read results, moderate free texts and publish them.
MODEL_PERMISSIONS[ORGANISERS] += [
    "feedback.add_survey",
    "feedback.change_survey",
    "feedback.delete_survey",
    "feedback.view_results",
    "feedback.publish_results",
]
# Forum: organisers set up forums; registrations stay limited to each forum's own organisers
# (forum/wagtail_hooks.py, forum/admin_views.py).
MODEL_PERMISSIONS[ORGANISERS] += ["forum.add_forum", "forum.change_forum", "forum.view_forum"]
PAGE_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ORGANISERS: ["add_page", "change_page"],
    REVIEWERS: ["add_page", "change_page", "publish_page"],
}


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".", 1)
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        logger.warning("Permission %s does not exist (yet); skipped.", dotted)
        return None


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    groups = {}
    root = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name in (EDITORS, ORGANISERS, REVIEWERS):
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        wanted = [p for p in map(_permission, MODEL_PERMISSIONS.get(name, [])) if p]
        group.permissions.add(*wanted)
        if root is not None:
            for codename in PAGE_PERMISSIONS.get(name, []):
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
        if root_collection is not None and name in (EDITORS, REVIEWERS):
            for codename in DOCUMENT_PERMISSIONS + IMAGE_PERMISSIONS:
                app_label = "wagtaildocs" if codename.endswith("document") else "wagtailimages"
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    return groups
