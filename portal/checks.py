"""Deploy checks of the portal (`manage.py check --deploy`). Their messages are for whoever
runs the command and stay in English, as Django's own checks do."""

from django.conf import settings
from django.core.checks import Error, register
from django.db import DatabaseError

from .site_address import public_root_url


@register("sites", deploy=True)
def check_site_address(app_configs=None, **kwargs):
    """The default Wagtail Site must have the address of SITE_URL: every absolute page URL
    (sitemap, hreflang, JSON-LD, calendar links, OParl `web`) is built from it. No database
    yet, or no Site in it, is no error: migrate creates the Site and sets its address."""
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []
    if site is None:
        return []
    expected = public_root_url(settings.SITE_URL)
    if site.root_url == expected:
        return []
    return [
        Error(
            f"The default site's address {site.root_url} is not SITE_URL {expected}.",
            hint="Run manage.py migrate, or update the site in Settings → Sites.",
            obj=site,
            id="portal.E001",
        )
    ]
