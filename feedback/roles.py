"""What the staff roles may do with feedback (discovered by core.roles). Which surveys an
organiser may manage is decided per forum in feedback/permissions.py."""

from core.roles import ORGANISERS

# Organisers build surveys, read results, moderate free texts and publish them.
MODEL_PERMISSIONS = {
    ORGANISERS: [
        "feedback.add_survey",
        "feedback.change_survey",
        "feedback.delete_survey",
        "feedback.view_results",
        "feedback.publish_results",
    ]
}
