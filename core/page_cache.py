"""Whole-page cache for anonymous visitors.

Newcomers on slow phones should get a page straight from the cache. A response is stored
only when it is personal to nobody: GET, no session cookie, 200, no Set-Cookie, no CSRF
token rendered into it, no private/no-store. (`Vary: Cookie` alone is fine: without a session
cookie every visitor gets the same page.) Any publish bumps a version number that is part of every
key, so the whole site is fresh at once, across all application servers sharing the cache.
A response's own `max-age` shortens its time in the cache (seat counts, for example).

A hit answers with every header the fresh response had (X-Frame-Options, CSP, Vary,
Referrer-Policy, ...), so the cache can never weaken a security header. Only the query
parameters in PAGE_CACHE_QUERY_PARAMETERS, whose values come from small sets (page numbers,
years, category slugs), enter the key; a request with any other parameter (`?x=<random>`,
free-text search) is served fresh and not stored, so junk cannot fill the cache."""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_max_age
from django.utils.http import urlencode

from .cache_versions import bump_version, current_version

VERSION = "pages"
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/", "/health/")
# Headers a hit must not repeat: they belong to one response, not to the page.
UNSTORED_HEADERS = {"set-cookie", "x-page-cache", "date"}


def invalidate_page_cache() -> None:
    bump_version(VERSION)


def _known_query(request: HttpRequest) -> str | None:
    """The query string the key uses, canonically ordered; None if a parameter is unknown."""
    known = settings.PAGE_CACHE_QUERY_PARAMETERS
    if any(name not in known for name in request.GET):
        return None
    return urlencode(sorted(request.GET.lists()), doseq=True)


def _key(request: HttpRequest, query: str, version: int) -> str:
    # Browsers (Accept names text/html) and feed readers get the same Atom feed under different
    # content types (minutes/feeds.py: Chromium applies the XSLT only to a generic XML type).
    browser = "text/html" in request.headers.get("Accept", "")
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}#{int(browser)}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page:{version}:{digest}"


def _cacheable_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path.startswith(SKIP_PREFIXES)
        and "/accounts/" not in request.path
    )


def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        query = _known_query(request)
        if query is None:
            return self.get_response(request)
        key = _key(request, query, current_version(VERSION))
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(request, response):
            timeout = get_max_age(response)
            timeout = seconds if timeout is None else min(timeout, seconds)
            if timeout > 0:
                headers = {
                    name: value
                    for name, value in response.items()
                    if name.lower() not in UNSTORED_HEADERS
                }
                cache.set(key, (response.content, headers), timeout)
            response["X-Page-Cache"] = "miss"
        return response
