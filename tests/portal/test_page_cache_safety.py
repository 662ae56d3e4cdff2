"""The page cache never weakens a response: a hit carries the same security headers as the
fresh page, and query strings it does not know cannot fill it."""

import logging

import pytest
from django.core.cache import cache
from django.test import override_settings

from core.log_filters import MaskSecrets, mask_secrets

SECURITY_HEADERS = (
    "X-Frame-Options",
    "Content-Security-Policy",
    "Vary",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "Cross-Origin-Opener-Policy",
    "Content-Language",
)


def _cached_keys() -> int:
    return len([key for key in cache._cache if ":page:" in key])  # locmem's own store


@override_settings(PAGE_CACHE_SECONDS=300, X_FRAME_OPTIONS="DENY")
@pytest.mark.parametrize("path", ["/de/", "/ar/", "/de/ankommen/", "/fa/ankommen/anmeldung/"])
def test_a_hit_carries_the_same_security_headers_as_a_fresh_page(client, site_tree, path):
    fresh = client.get(path)
    assert fresh.status_code == 200
    assert fresh["X-Page-Cache"] == "miss"
    hit = client.get(path)
    assert hit["X-Page-Cache"] == "hit"
    for header in SECURITY_HEADERS:
        if header == "Content-Language" and header not in fresh:
            continue
        assert header in fresh, header
        assert hit.get(header) == fresh[header], header
    assert hit["X-Frame-Options"] == "DENY"
    assert "Cookie" in hit["Vary"]
    assert hit.content == fresh.content


@override_settings(PAGE_CACHE_SECONDS=300)
def test_unknown_query_parameters_are_served_fresh_and_never_stored(client, site_tree):
    client.get("/de/")
    before = _cached_keys()
    for number in range(25):
        response = client.get(f"/de/?x={number}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert _cached_keys() == before
    # Known parameters still share one entry whatever their order.
    first = client.get("/de/ankommen/?page=1&year=2026")
    second = client.get("/de/ankommen/?year=2026&page=1")
    assert first.status_code == second.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert _cached_keys() == before + 1


@override_settings(PAGE_CACHE_SECONDS=300)
def test_free_text_search_is_not_cached(client, site_tree):
    before = _cached_keys()
    for word in ("wohnen", "arbeit", "sprache"):
        assert "X-Page-Cache" not in client.get(f"/de/search/?q={word}")
    assert _cached_keys() == before


SECRET_URLS = [
    ("/de/forum/r/AbC123-xyz_TOKEN/", "/de/forum/r/[masked]/"),
    ("/ar/forum/r/AbC123xyz/cancel/", "/ar/forum/r/[masked]/cancel/"),
    ("/de/forum/r/AbC123xyz/my-data.json", "/de/forum/r/[masked]/my-data.json"),
    ("/de/forum/check-in/Zq9-code/", "/de/forum/check-in/[masked]/"),
    ("/fa/feedback/sEcReT-token/", "/fa/feedback/[masked]/"),
    ("/de/accounts/confirm-email/MTI:1t:abc/", "/de/accounts/confirm-email/[masked]/"),
    ("/de/accounts/password/reset/key/1-set/", "/de/accounts/password/reset/key/[masked]/"),
]


@pytest.mark.parametrize(("url", "masked"), SECRET_URLS)
def test_secrets_in_paths_are_masked(url, masked):
    assert mask_secrets(f'"GET {url} HTTP/1.1" 404') == f'"GET {masked} HTTP/1.1" 404'


@pytest.mark.parametrize(
    "url", ["/de/feedback/s/walkin-key/", "/de/feedback/danke/walkin/", "/de/forum/3/register/"]
)
def test_public_paths_stay_readable(url):
    assert mask_secrets(url) == url


def test_django_warnings_and_runserver_lines_go_through_the_mask(client, db, capsys):
    handlers = logging.getLogger().handlers + logging.getLogger("django.server").handlers
    console = [h for h in handlers if any(isinstance(f, MaskSecrets) for f in h.filters)]
    assert console, "the console handler has no MaskSecrets filter"
    assert not logging.getLogger("django.request").handlers  # nothing writes around the mask
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        ("/de/forum/r/T0k3n/",),
        None,
    )
    for handler in console:
        for log_filter in handler.filters:
            log_filter.filter(record)
    assert record.getMessage() == "Not Found: /de/forum/r/[masked]/"
