from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeatingConfig(AppConfig):
    """World-Café table plans for forums: who sits where in each round, and the planner."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "seating"
    verbose_name = _("Table plans")

    def ready(self):
        from . import signals  # noqa: F401 - receivers connect once the models are loaded
