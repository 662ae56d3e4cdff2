"""What the staff roles may do in the directory (discovered by core.roles).

Editors keep the directory: actors, offers and every record that belongs to them. Actors
maintaining their own entries (issue 16.3) get a role of their own later."""

from core.roles import EDITORS

MODELS = (
    "organization",
    "service",
    "location",
    "address",
    "serviceatlocation",
    "schedule",
    "contact",
    "phone",
    "language",
    "funding",
    "taxonomy",
    "taxonomyterm",
    "attribute",
)
MODEL_PERMISSIONS = {
    EDITORS: [
        f"directory.{action}_{model}"
        for model in MODELS
        for action in ("add", "change", "delete", "view")
    ]
}
