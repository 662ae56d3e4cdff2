"""What the staff roles may do in the portal (discovered by core.roles)."""

from core.roles import EDITORS

# Editors read the reports about barriers sent through the accessibility statement (they
# answer them); nobody but administrators changes or deletes one.
MODEL_PERMISSIONS = {EDITORS: ["portal.view_accessibilityfeedback"]}
