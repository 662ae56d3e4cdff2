"""A version number for everything derived from events (ICS feeds). Publishing, unpublishing,
moving or deleting a page and saving a venue or category raise it; cached feeds are keyed by it,
so they stay cached exactly until an event changes, across all application servers that share
the cache."""

from django.core.cache import cache

VERSION_KEY = "events-feed-version"
FEED_TIMEOUT = 60 * 60  # also bounds how long "ended more than a year ago" may lag behind


def feed_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_feed_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)
