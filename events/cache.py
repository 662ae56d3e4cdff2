"""A version number for everything derived from events (ICS feeds). Publishing, unpublishing,
moving or deleting a page and saving a venue or category raise it; cached feeds are keyed by it,
so they stay cached exactly until an event changes, across all application servers that share
the cache."""

from core.cache_versions import bump_version, current_version

VERSION = "events-feed"
FEED_TIMEOUT = 60 * 60  # also bounds how long "ended more than a year ago" may lag behind


def feed_version() -> int:
    return current_version(VERSION)


def bump_feed_version() -> None:
    bump_version(VERSION)
