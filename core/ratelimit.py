"""One fixed-window rate limit for the whole site, kept in the shared cache (Redis in
production, so every application server counts together), per client IP.

The client IP comes from allauth's adapter, so it honours the same trusted-proxy settings
(ALLAUTH_TRUSTED_PROXY_COUNT, ALLAUTH_TRUSTED_CLIENT_IP_HEADER) as allauth's own login limits.
The cache key holds a keyed hash of the address, never the address itself.

Rates are written "count/window": "20/10m", "60/1h", "5/30s", "100/600" (seconds); a bare
"20" means "20/1h". Empty, "0" or a count of 0 switch the limit off.
"""

import re
import time

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
RATE_PATTERN = re.compile(r"(\d+)(?:/(\d*)([smhd]?))?")


def parse_rate(rate: str | None) -> tuple[int, int] | None:
    """ "20/10m" -> (20, 600); None when the limit is off. A malformed rate raises ValueError
    rather than quietly meaning something else."""
    rate = (rate or "").replace(" ", "")
    if not rate:
        return None
    match = RATE_PATTERN.fullmatch(rate)
    if match is None:
        raise ValueError(f"Rate {rate!r} is not of the form 'count/window', e.g. '20/10m'.")
    count, amount, unit = match.groups()
    if int(count) == 0:
        return None
    if amount is None:  # "20": per hour
        return int(count), UNITS["h"]
    seconds = int(amount or 1) * UNITS[unit]
    if seconds == 0:
        raise ValueError(f"Rate {rate!r} has an empty window.")
    return int(count), seconds


def client_ip(request: HttpRequest) -> str:
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter().get_client_ip(request)  # honours the trusted-proxy settings
    except (PermissionDenied, Exception):  # noqa: BLE001 - never fail a request over this
        return request.META.get("REMOTE_ADDR", "unknown")


def client_key(request: HttpRequest) -> str:
    """The client's address as it appears in cache keys: keyed with SECRET_KEY, so the key
    cannot be turned back into the address by hashing all 2**32 IPv4 addresses."""
    digest = salted_hmac("core.ratelimit", client_ip(request), algorithm="sha256")
    return digest.hexdigest()[:32]


def allow(request: HttpRequest, *, scope: str, rate: str | None) -> bool:
    """Count this request; False once the client is over the limit for this window.

    `scope` separates counters (one per form, or per survey: "feedback-public:12"); `rate`
    usually comes from a setting, so that it can be changed per deployment."""
    limit = parse_rate(rate)
    if limit is None:
        return True
    count, window = limit
    bucket = int(time.time() // window)
    key = f"ratelimit:{scope}:{client_key(request)}:{bucket}"
    cache.add(key, 0, timeout=window + 5)
    try:
        hits = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 5)
        hits = 1
    return hits <= count
