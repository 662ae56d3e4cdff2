"""The site's own address: the default Wagtail Site follows settings.SITE_URL.

Wagtail builds every absolute page URL (page.full_url, get_full_url: hreflang, sitemap,
JSON-LD, calendar texts, the printed source line, OParl `web`) from the Site record, not from
SITE_URL. Its migrations create that record as localhost:80; here it is set from SITE_URL
after every migrate (portal.signals), by load_demo and by ensure_source_home, and a deploy
check (portal.checks) reports when the two disagree."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_address(site_url: str | None = None) -> tuple[str, int]:
    """(hostname, port) of `site_url` (default settings.SITE_URL): the explicit port, else
    443 for https and 80 for http."""
    parsed = urlsplit(site_url if site_url is not None else settings.SITE_URL)
    hostname = (parsed.hostname or "").lower()
    if not hostname:
        raise ValueError(f"SITE_URL has no host: {site_url!r}")
    return hostname, parsed.port or DEFAULT_PORTS.get(parsed.scheme, 80)


def public_root_url(site_url: str | None = None) -> str:
    """SITE_URL as Wagtail writes a Site's root URL: scheme and host, the port only when it
    is not the scheme's default, no path, no trailing slash."""
    url = site_url if site_url is not None else settings.SITE_URL
    scheme = urlsplit(url).scheme.lower()
    hostname, port = site_address(url)
    return (
        f"{scheme}://{hostname}"
        if DEFAULT_PORTS.get(scheme) == port
        else (f"{scheme}://{hostname}:{port}")
    )


def sync_default_site(*, site_url: str | None = None) -> Site | None:
    """Give the default Site the hostname and port of SITE_URL. Idempotent (saves only on a
    change); creates nothing: without a default Site it returns None. Leaves the Site alone
    (and logs why) when another Site already holds that address."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_address(site_url)
    if (site.hostname, site.port) == (hostname, port):
        return site
    if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
        logger.warning(
            "The default Site stays %s:%s: another Site already has %s:%s.",
            site.hostname,
            site.port,
            hostname,
            port,
        )
        return site
    logger.info(
        "The default Site moves from %s:%s to %s:%s (SITE_URL).",
        site.hostname,
        site.port,
        hostname,
        port,
    )
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return site
