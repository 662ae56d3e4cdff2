"""The German home page every other tree hangs on."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import HomePage
from .site_address import site_address, sync_default_site


def ensure_source_home() -> HomePage:
    """The home page in the source language, created (and made the site's root) when the
    database is empty, so load-data commands work on a freshly migrated database. The default
    Site has the address of SITE_URL afterwards."""
    locale = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is not None:
        sync_default_site()
        return home
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Teilhabe", slug="teilhabe", locale=locale))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        hostname, port = site_address()
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.save()
        if not isinstance(placeholder.specific, HomePage):
            placeholder.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    sync_default_site()
    return home
