"""A small fixed-window rate limit in the shared cache (Redis in production), per client IP."""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

UNITS = {"s": 1, "m": 60, "h": 3600}


def parse_rate(rate: str) -> tuple[int, int] | None:
    """ "20/10m" -> (20, 600). Empty or "0" switches the limit off."""
    rate = (rate or "").strip()
    if not rate or rate == "0":
        return None
    count, _slash, window = rate.partition("/")
    window = window or "1h"
    unit = UNITS.get(window[-1], 1) if not window[-1].isdigit() else 1
    amount = window[:-1] if not window[-1].isdigit() else window
    return int(count), int(amount or 1) * unit


def client_ip(request: HttpRequest) -> str:
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter().get_client_ip(request)  # honours the trusted-proxy settings
    except (PermissionDenied, Exception):  # noqa: BLE001 - never fail a request over this
        return request.META.get("REMOTE_ADDR", "unknown")


def allow(request: HttpRequest, *, scope: str, rate: str | None = None) -> bool:
    """Count this request; False once the client is over the limit for this window."""
    limit = parse_rate(rate if rate is not None else settings.FORUM_REGISTRATION_RATE)
    if limit is None:
        return True
    count, window = limit
    bucket = int(time.time() // window)
    key = f"ratelimit:{scope}:{client_ip(request)}:{bucket}"
    cache.add(key, 0, timeout=window + 5)
    try:
        hits = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 5)
        hits = 1
    return hits <= count
