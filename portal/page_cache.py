"""Whole-page cache for anonymous visitors.

Newcomers on slow phones should get a page straight from the cache. A response is stored
only when it is personal to nobody: GET, no session cookie, 200, no Set-Cookie, no CSRF
token rendered into it, no private/no-store. (`Vary: Cookie` alone is fine: without a session
cookie every visitor gets the same page.) Any publish bumps a version number that is part of every
key, so the whole site is fresh at once, across all application servers sharing the cache.
A response's own `max-age` shortens its time in the cache (seat counts, for example)."""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_max_age

from .cache_versions import bump_version, current_version

VERSION = "pages"
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/", "/health/")
STORED_HEADERS = ("Content-Type", "Content-Language", "Last-Modified", "ETag", "Link")


def invalidate_page_cache() -> None:
    bump_version(VERSION)


def _key(request: HttpRequest, version: int) -> str:
    digest = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
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
        key = _key(request, current_version(VERSION))
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
                headers = {h: response[h] for h in STORED_HEADERS if h in response}
                cache.set(key, (response.content, headers), timeout)
            response["X-Page-Cache"] = "miss"
        return response
