"""Version numbers in the shared cache (Redis in production) for data cached under keys that
must all go stale at once: the version is part of every key, and raising it retires the old
entries on every application server. Nothing has to be found and deleted, and a request that
read old data while a change committed stores it under a version nobody asks for again."""

import time

from django.core.cache import cache


def _key(name: str) -> str:
    return f"version:{name}"


def current_version(name: str) -> int:
    version = cache.get(_key(name))
    if version is None:
        # Start from the clock, not from 1: a version evicted from the cache must not come
        # back as a number that entries still in the cache were stored under.
        cache.add(_key(name), time.time_ns(), timeout=None)
        version = cache.get(_key(name))
    return version if version is not None else time.time_ns()


def bump_version(name: str) -> None:
    try:
        cache.incr(_key(name))
    except ValueError:  # not in the cache (never read, or evicted)
        cache.set(_key(name), time.time_ns(), timeout=None)
