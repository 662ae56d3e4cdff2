"""What the staff roles may do with minutes (discovered by core.roles)."""

from core.roles import EDITORS, REVIEWERS

MODEL_PERMISSIONS = {
    EDITORS: ["minutes.add_body", "minutes.change_body"],
    # Only reviewers publish minutes: editors submit them for review (minutes/review.py).
    REVIEWERS: [
        "minutes.publish_minutes",
        "minutes.add_body",
        "minutes.change_body",
        "minutes.delete_body",
    ],
}
