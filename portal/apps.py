from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # The login receiver must be connected before the first login, which in a test or a
        # shell can come before the URLs (that import portal.accounts) are ever loaded.
        from . import (
            accounts,  # noqa: F401 - connects stamp_login
            checks,  # noqa: F401 - registers the deploy check of the site's address
        )
        from .signals import sync_site_after_migrate  # signals.py uses the app registry

        # The default Site follows SITE_URL after every migrate.
        post_migrate.connect(sync_site_after_migrate, sender=self)
