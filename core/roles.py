"""The staff roles. Each app declares what its roles may do in its own `roles.py`; core finds
those declarations the way the scheduler finds jobs, and sets up the groups.

An app's `roles.py` defines any of:

- `MODEL_PERMISSIONS = {ROLE: ["app_label.codename", ...]}`: Django model permissions;
- `PAGE_PERMISSIONS = {ROLE: ["add_page", ...]}`: Wagtail page permissions on the whole tree;
- `COLLECTION_PERMISSIONS = {ROLE: ["wagtaildocs.add_document", ...]}`: on the root collection.

Idempotent: runs after every migrate (core/signals.py) and by `manage.py setup_roles`.
Organisers' access to personal data is further limited per forum in the forum app, and
editors never get registration data: a role grants a kind of object, an app decides which
objects of it."""

import logging
from collections import defaultdict
from collections.abc import Iterator

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .discovery import app_modules

logger = logging.getLogger(__name__)

EDITORS = "Editors"
ORGANISERS = "Organisers"
REVIEWERS = "Reviewers"
ROLES = (EDITORS, ORGANISERS, REVIEWERS)

ADMIN_ACCESS = "wagtailadmin.access_admin"

# What every staff role needs whatever the apps: the admin, and for those who write pages,
# documents and images.
BASE_MODEL_PERMISSIONS = {role: [ADMIN_ACCESS] for role in ROLES}
BASE_COLLECTION_PERMISSIONS = {
    role: [
        *(f"wagtaildocs.{c}" for c in ("add_document", "change_document", "choose_document")),
        *(f"wagtailimages.{c}" for c in ("add_image", "change_image", "choose_image")),
    ]
    for role in (EDITORS, REVIEWERS)
}
BASE_PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ORGANISERS: ["add_page", "change_page"],
    REVIEWERS: ["add_page", "change_page", "publish_page"],
}


def _declarations() -> Iterator[object]:
    for _config, module in app_modules("roles"):
        yield module


def declared(attribute: str, base: dict[str, list[str]]) -> dict[str, list[str]]:
    """{role: [permission, ...]} from `base` and every app's `roles.<attribute>`."""
    merged: dict[str, list[str]] = defaultdict(list)
    for role, names in base.items():
        merged[role].extend(names)
    for module in _declarations():
        for role, names in getattr(module, attribute, {}).items():
            if role not in ROLES:
                raise ValueError(f"{module.__name__}.{attribute} names unknown role {role!r}")
            merged[role].extend(name for name in names if name not in merged[role])
    return dict(merged)


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".", 1)
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        logger.warning("Permission %s does not exist (yet); skipped.", dotted)
        return None


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    model_permissions = declared("MODEL_PERMISSIONS", BASE_MODEL_PERMISSIONS)
    page_permissions = declared("PAGE_PERMISSIONS", BASE_PAGE_PERMISSIONS)
    collection_permissions = declared("COLLECTION_PERMISSIONS", BASE_COLLECTION_PERMISSIONS)
    groups = {}
    root = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        wanted = [p for p in map(_permission, model_permissions.get(name, [])) if p]
        group.permissions.add(*wanted)
        if root is not None:
            for codename in page_permissions.get(name, []):
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
        if root_collection is not None:
            for permission in map(_permission, collection_permissions.get(name, [])):
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
    return groups
