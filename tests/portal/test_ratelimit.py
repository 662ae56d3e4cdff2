"""core.ratelimit: the one rate limit behind forum registration and public feedback."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from core import ratelimit

IP = "203.0.113.77"


def request_from(address=IP, **headers):
    return RequestFactory().post("/", REMOTE_ADDR=address, **headers)


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        ("20/10m", (20, 600)),
        ("20/m", (20, 60)),
        ("5/30s", (5, 30)),
        ("60/1h", (60, 3600)),
        ("100/600", (100, 600)),
        ("3/2d", (3, 172800)),
        ("20", (20, 3600)),
        (" 20 / 10m ", (20, 600)),
    ],
)
def test_rates_are_count_per_window(rate, expected):
    assert ratelimit.parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["", None, "0", "0/1h", "   "])
def test_empty_or_zero_switches_the_limit_off(rate):
    assert ratelimit.parse_rate(rate) is None


@pytest.mark.parametrize("rate", ["ten/1h", "20/10x", "20/1h/ip", "-1/1h", "20/0m", "20/h1"])
def test_a_malformed_rate_is_refused_instead_of_guessed(rate):
    with pytest.raises(ValueError, match="Rate"):
        ratelimit.parse_rate(rate)


def test_the_limit_refuses_the_request_after_count():
    answers = [ratelimit.allow(request_from(), scope="t", rate="3/10m") for _ in range(5)]
    assert answers == [True, True, True, False, False]


def test_an_off_limit_never_refuses_and_counts_nothing():
    assert all(ratelimit.allow(request_from(), scope="t", rate="") for _ in range(50))
    assert all(ratelimit.allow(request_from(), scope="t", rate="0/1h") for _ in range(50))
    assert not cache._cache  # noqa: SLF001 - LocMemCache: nothing was written


def test_scopes_and_addresses_count_separately():
    assert ratelimit.allow(request_from(), scope="a", rate="1/1h")
    assert not ratelimit.allow(request_from(), scope="a", rate="1/1h")
    assert ratelimit.allow(request_from(), scope="b", rate="1/1h")
    assert ratelimit.allow(request_from("198.51.100.1"), scope="a", rate="1/1h")


def test_a_new_window_starts_a_new_count(monkeypatch):
    now = [1_000_000 * 600.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    assert ratelimit.allow(request_from(), scope="t", rate="1/10m")
    now[0] += 599
    assert not ratelimit.allow(request_from(), scope="t", rate="1/10m")
    now[0] += 1
    assert ratelimit.allow(request_from(), scope="t", rate="1/10m")


def test_no_raw_address_is_stored_in_the_cache():
    ratelimit.allow(request_from(), scope="t", rate="5/1h")
    stored = cache._cache  # noqa: SLF001 - LocMemCache's dict of key -> pickled value
    assert len(stored) == 1
    key = next(iter(stored))
    assert IP not in key
    assert "203-0-113-77" not in key and "203_0_113_77" not in key
    assert ratelimit.client_key(request_from()) in key


def test_the_address_hash_is_keyed_with_the_secret(settings):
    plain = ratelimit.client_key(request_from())
    settings.SECRET_KEY = "another-secret"  # noqa: S105
    assert ratelimit.client_key(request_from()) != plain


def test_behind_a_trusted_proxy_each_visitor_counts_on_their_own(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"

    def visitor(address):
        return request_from(proxy, HTTP_X_FORWARDED_FOR=address)

    assert ratelimit.allow(visitor("198.51.100.1"), scope="t", rate="1/1h")
    assert not ratelimit.allow(visitor("198.51.100.1"), scope="t", rate="1/1h")
    assert ratelimit.allow(visitor("198.51.100.2"), scope="t", rate="1/1h")


def test_without_a_trusted_proxy_a_forged_header_changes_nothing(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert ratelimit.allow(
        request_from(HTTP_X_FORWARDED_FOR="198.51.100.1"), scope="t", rate="1/1h"
    )
    assert not ratelimit.allow(
        request_from(HTTP_X_FORWARDED_FOR="198.51.100.2"), scope="t", rate="1/1h"
    )
