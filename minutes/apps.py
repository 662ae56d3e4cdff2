from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinutesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "minutes"
    verbose_name = _("Minutes")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers once the registry is ready
