"""Keep seat counts on cached pages fresh.

The event page includes the forum's seats-left box. A page rendered with it gets a short
`max-age`, so the anonymous page cache (and browsers) keep it at most a minute instead of the
site-wide cache time."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_max_age, patch_cache_control

REQUEST_FLAG = "_forum_seat_state_shown"


def mark_seat_state_shown(request: HttpRequest | None) -> None:
    if request is not None:
        setattr(request, REQUEST_FLAG, True)


class SeatStateCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, REQUEST_FLAG, False):
            seconds = settings.FORUM_SEAT_STATE_MAX_AGE
            current = get_max_age(response)
            if current is None or current > seconds:
                patch_cache_control(response, max_age=seconds)
        return response
