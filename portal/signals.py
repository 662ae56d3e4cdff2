"""Receivers of the portal app, connected in PortalConfig.ready()."""

from .site_address import sync_default_site


def sync_site_after_migrate(sender, using="default", **kwargs):
    """After every migrate the default Site has the address of SITE_URL (Wagtail's own
    migration creates it as localhost:80). Only once per migrate: for the portal app."""
    if using != "default":
        return
    sync_default_site()
