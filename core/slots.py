"""Slots: named places on a hub's pages that the apps above it fill.

A hub (events, forum's personal page, portal's home page) never imports the apps that sit
above it. Instead it offers a slot, and each app that has something to show there answers
it from its own `wagtail_hooks.py`, the way pretix's core sends a signal that its plugins
answer. A slot is a Wagtail hook named `teilhabe_<slot name>`:

    from wagtail import hooks
    from core.slots import Contribution

    @hooks.register("teilhabe_event_page_panels")
    def registration_panel(request, page):
        return Contribution(
            template="forum/includes/event_registration.html",  # the app's own template
            context={"box": ...},
            position="registration",
            max_age=60,  # seat counts age quickly
        )

The slots (every one is declared in SLOTS below; rendering or filling an undeclared name is
an error):

    event_page_panels(request, page)         events: sections of an event page. Positions:
                                             "registration" below the facts (when nothing is
                                             contributed there, the page shows the event's
                                             own external registration link), "results"
                                             below the body. Forum: registration and seats;
                                             feedback: published results.
    event_row_badges(request, pages)         events: a line at the end of a calendar row.
                                             Bulk: called once for all rows of the page and
                                             answers {page.pk: contribution}. Forum: seats
                                             left / fully booked.
    event_json_ld(request, page)             events: keys added to the event's schema.org
                                             JSON-LD (`data`). Forum: maximum and remaining
                                             attendee capacity.
    home_page_sections(request, home)        portal: sections of the home page below the
                                             introduction. Events: the next three events.
    personal_page_sections(request, registration)
                                             forum: sections of a registrant's personal page
                                             (behind the e-mailed link) below the ticket.
                                             Seating: the published table route.
    privacy_retention(request, page)         portal: rows of the privacy notice's table of
                                             storage periods (`data={"rows": [{"data",
                                             "purpose", "period"}]}`, texts in the active
                                             language, figures from the code's own values).
                                             Forum: registrations.

A hub's template renders a slot with `{% load slots %}{% slot "event_page_panels" page
position="registration" %}` (core/templatetags/slots.py); a view that shows a list calls
`prefetch(request, "event_row_badges", pages)` before rendering it, and code that needs a data
slot calls `collect(request, "event_json_ld", page)`.

What a hook returns: None (nothing to show), one Contribution, or a list of them; a bulk
slot's hook returns a mapping from the objects' pk to any of these. A Contribution carries

- `template` (a template of the contributing app, e.g. "forum/includes/x.html", rendered
  like `{% include %}`: it sees the page's context plus `context`; it may render nothing)
  or `html` (already rendered; a plain str is escaped) — or, for a data slot such as
  event_json_ld, `data` (a mapping the hub merges into its own);
- `order`: contributions are shown in ascending order (ties keep the hooks' order, which
  follows INSTALLED_APPS and `hooks.register(..., order=)`);
- `position`, for slots that have positions;
- `max_age`: how many seconds a page showing it may be cached (None: no limit of its own).

Cache lifetime: a response's `max-age` becomes the smallest `max_age` of the contributions
collected while building it (collected means shown: only the view that renders a bulk slot's
rows prefetches them), never longer than a max-age it already has. SlotCacheMiddleware applies
it, inside the anonymous page cache, so that cache keeps the page no longer than that either.
It is the only place that does, for every page that shows a slot: a middleware rather than
each page's serve(), because those pages belong to three apps and none can forget it.

Cost: hooks of a one-object slot run once per object and request, whichever positions the
template renders; a bulk slot's hooks run once per `prefetch` (the calendar prefetches its
rows), so a list costs the same number of queries however long it is. Contributors that fill
several slots of one page from the same lookup share it through `request_memo`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.template import Context
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks

HOOK_PREFIX = "teilhabe_"
REQUEST_ATTRIBUTE = "_teilhabe_slots"


@dataclass(frozen=True)
class Slot:
    name: str
    bulk: bool = False  # the hook gets a list of objects and answers {pk: contribution}
    data: bool = False  # contributions carry `data`, not HTML
    positions: tuple[str, ...] = ()

    @property
    def hook(self) -> str:
        return HOOK_PREFIX + self.name


SLOTS: dict[str, Slot] = {
    slot.name: slot
    for slot in (
        Slot("event_page_panels", positions=("registration", "results")),
        Slot("event_row_badges", bulk=True),
        Slot("event_json_ld", data=True),
        Slot("home_page_sections"),
        Slot("personal_page_sections"),
        Slot("privacy_retention", data=True),
    )
}


@dataclass(frozen=True)
class Contribution:
    template: str = ""
    context: Mapping[str, Any] = field(default_factory=dict)
    html: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    order: int = 0
    position: str = ""
    max_age: int | None = None


class _RequestState:
    __slots__ = ("found", "max_age", "memo")

    def __init__(self) -> None:
        self.found: dict[tuple[str, Any], list[Contribution]] = {}
        self.max_age: int | None = None
        self.memo: dict[Any, Any] = {}


def _state(request: HttpRequest | None) -> _RequestState | None:
    if request is None:
        return None
    state = getattr(request, REQUEST_ATTRIBUTE, None)
    if state is None:
        state = _RequestState()
        setattr(request, REQUEST_ATTRIBUTE, state)
    return state


def get_slot(name: str) -> Slot:
    try:
        return SLOTS[name]
    except KeyError:
        raise ImproperlyConfigured(f"No slot named {name!r}; slots: {', '.join(SLOTS)}") from None


def _key(obj: Any) -> Any:
    pk = getattr(obj, "pk", None)
    return id(obj) if pk is None else pk


def _as_list(slot: Slot, hook: Callable, answer: Any) -> list[Contribution]:
    if answer is None:
        return []
    items = [answer] if isinstance(answer, Contribution) else list(answer)
    for item in items:
        problem = None
        if not isinstance(item, Contribution):
            problem = f"returned {item!r}, not a Contribution"
        elif slot.data and not item.data:
            problem = "returned a Contribution without data"
        elif not slot.data and bool(item.template) == bool(item.html):
            problem = "must return either a template or html"
        elif item.position not in (slot.positions or ("",)):
            problem = f"named position {item.position!r}; positions: {slot.positions}"
        elif item.max_age is not None and item.max_age < 0:
            problem = f"returned max_age={item.max_age}"
        if problem:
            name = getattr(hook, "__qualname__", repr(hook))
            raise ImproperlyConfigured(f"Slot {slot.name!r}: {hook.__module__}.{name} {problem}")
    return items


def _record(state: _RequestState | None, found: Iterable[Contribution]) -> None:
    if state is None:
        return
    for item in found:
        if item.max_age is not None and (state.max_age is None or item.max_age < state.max_age):
            state.max_age = item.max_age


def prefetch(request: HttpRequest | None, name: str, objects: Iterable) -> None:
    """Ask a bulk slot's hooks once for all `objects` (the rows a page is about to show)."""
    slot = get_slot(name)
    state = _state(request)
    if state is None:  # nothing could read them later
        raise ImproperlyConfigured("prefetch() needs the request of the page it renders")
    objects = list({_key(obj): obj for obj in objects}.values())  # a series' dates: one page
    found: dict[Any, list[Contribution]] = {_key(obj): [] for obj in objects}
    if objects:
        for hook in hooks.get_hooks(slot.hook):
            answers = hook(request, objects) or {}
            for key, answer in answers.items():
                if key in found:
                    found[key].extend(_as_list(slot, hook, answer))
    for key, items in found.items():
        items.sort(key=lambda item: item.order)
        state.found[(name, key)] = items
        _record(state, items)


def collect(
    request: HttpRequest | None, name: str, obj: Any, *, position: str = ""
) -> list[Contribution]:
    """The contributions to slot `name` for `obj`, in order (optionally one position's).
    Asks the hooks once per object and request; a bulk slot's come from `prefetch`, or else
    from asking its hooks about this one object."""
    slot = get_slot(name)
    if position and position not in slot.positions:
        raise ImproperlyConfigured(f"Slot {name!r} has no position {position!r}")
    state = _state(request)
    key = _key(obj)
    found = state.found.get((name, key)) if state is not None else None
    if found is None:
        found = []
        for hook in hooks.get_hooks(slot.hook):
            answer = (hook(request, [obj]) or {}).get(key) if slot.bulk else hook(request, obj)
            found.extend(_as_list(slot, hook, answer))
        found.sort(key=lambda item: item.order)
        if state is not None:
            state.found[(name, key)] = found
        _record(state, found)
    return [item for item in found if not position or item.position == position]


def render(context: Context, contributions: Iterable[Contribution]) -> SafeString:
    """HTML of `contributions`, each template rendered like `{% include %}` would."""
    parts = []
    for item in contributions:
        if item.template:
            template = context.template.engine.get_template(item.template)
            with context.push(**item.context):
                parts.append(template.render(context))
        else:
            parts.append(conditional_escape(item.html))
    return mark_safe("".join(parts))  # noqa: S308 - rendered templates and escaped html


def request_memo(request: HttpRequest | None, key: Any, compute: Callable[[], Any]) -> Any:
    """`compute()` once per request and `key`: one lookup for several slots of a page."""
    state = _state(request)
    if state is None:
        return compute()
    if key not in state.memo:
        state.memo[key] = compute()
    return state.memo[key]


def max_age(request: HttpRequest) -> int | None:
    """The smallest `max_age` of the contributions collected for this request, or None."""
    state = getattr(request, REQUEST_ATTRIBUTE, None)
    return state.max_age if state is not None else None


def patch_response(request: HttpRequest, response: HttpResponse) -> None:
    """Shorten the response's max-age to what its slot contributions allow."""
    seconds = max_age(request)
    if seconds is None:
        return
    current = get_max_age(response)
    if current is None or current > seconds:
        patch_cache_control(response, max_age=seconds)


class SlotCacheMiddleware:
    """Applies `patch_response` to every response (template responses are rendered by then).
    Sits inside AnonymousPageCacheMiddleware, which reads the max-age it sets."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        patch_response(request, response)
        return response
