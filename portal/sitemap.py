"""sitemap.xml with the pages of every locale, each with its alternates.

Wagtail's own sitemap lists only the default locale's tree; search engines need every
language and the hreflang links between them."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Page, Site


@dataclass(frozen=True)
class SitemapEntry:
    location: str
    lastmod: object
    alternates: list[tuple[str, str]]


def sitemap_entries(request: HttpRequest) -> list[SitemapEntry]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    roots = Page.objects.filter(translation_key=site.root_page.translation_key)
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    pages = (
        pages.live()
        .public()
        .exclude(view_restrictions__isnull=False)
        .select_related("locale")
        .only(
            "id",
            "url_path",
            "path",
            "depth",
            "last_published_at",
            "translation_key",
            "locale__language_code",
        )
        .order_by("path")
    )
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    by_key: dict = defaultdict(list)
    urls = {}
    for page in pages:
        urls[page.pk] = page.get_full_url(request)
        by_key[page.translation_key].append(page)
    entries = []
    for page in pages:
        siblings = sorted(
            by_key[page.translation_key], key=lambda p: order.get(p.locale.language_code, 99)
        )
        alternates = [(p.locale.language_code, urls[p.pk]) for p in siblings]
        default = next(
            (p for p in siblings if p.locale.language_code == settings.LANGUAGE_CODE), None
        )
        if default is not None:
            alternates.append(("x-default", urls[default.pk]))
        entries.append(SitemapEntry(urls[page.pk], page.last_published_at, alternates))
    return entries
