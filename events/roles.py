"""What the staff roles may do in the calendar (discovered by core.roles)."""

from core.roles import EDITORS, ORGANISERS

# Editors and organisers keep venues and categories up to date.
SNIPPET_PERMISSIONS = [
    f"events.{action}_{model}"
    for model in ("venue", "eventcategory")
    for action in ("add", "change", "view")
]
MODEL_PERMISSIONS = {EDITORS: SNIPPET_PERMISSIONS, ORGANISERS: SNIPPET_PERMISSIONS}
