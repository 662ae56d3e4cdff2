from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # The login receiver must be connected before the first login, which in a test or a
        # shell can come before the URLs (that import portal.accounts) are ever loaded.
        from . import accounts  # noqa: F401 - connects stamp_login
