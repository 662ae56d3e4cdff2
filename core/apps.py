from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Infrastructure that no capability owns: outbox, rate limits, caches, scheduler,
    parameters, i18n helpers, progress output, review workflow, roles, health, backups.
    It imports no app of the project; apps plug into it (jobs, roles, review)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
