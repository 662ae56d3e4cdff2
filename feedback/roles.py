"""What the staff roles may do with feedback (discovered by core.roles). Which surveys each
may manage is decided per survey in feedback/permissions.py: organisers those of the forums
they organise, editors the yearly satisfaction survey (`run_yearly_survey`), never an event's."""

from core.roles import EDITORS, ORGANISERS

# Build surveys, read results, moderate free texts and publish them.
SURVEY_PERMISSIONS = [
    "feedback.add_survey",
    "feedback.change_survey",
    "feedback.delete_survey",
    "feedback.view_results",
    "feedback.publish_results",
]
MODEL_PERMISSIONS = {
    ORGANISERS: SURVEY_PERMISSIONS,
    EDITORS: [*SURVEY_PERMISSIONS, "feedback.run_yearly_survey"],
}
