"""Printable table cards and personal route cards for organisers (A4 or A6, `?size=`).

Not in the Wagtail admin: the cards are printed for the public, so they use the site's
templates, the language prefix of the URL and the public CSP. Only organisers of the forum
(and superusers) may open them; anyone else gets 404, anonymous visitors the login page.
Personal data: the responses are private and never stored by a cache."""

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_info
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.params import parse_id
from events.models import EventPage

from . import selectors
from .models import SeatingPlan

SIZES = ("a4", "a6")


def _size(request: HttpRequest) -> str:
    size = request.GET.get("size", "a4").lower()
    return size if size in SIZES else "a4"


def _guest(request: HttpRequest) -> int | None:
    """`?guest=<registration id>`: one guest's card. Like a bad `?size=`, anything that is not
    an id is ignored (every card)."""
    return parse_id(request.GET.get("guest"))


def _plan(request: HttpRequest, forum_id: int) -> SeatingPlan:
    forum = get_object_or_404(selectors.forums_for(request.user), pk=forum_id)
    plan = SeatingPlan.objects.filter(forum=forum).first()
    if plan is None:
        raise Http404
    plan.forum = forum
    return plan


def _render(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    response = render(request, template, context)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _common(request: HttpRequest, plan: SeatingPlan, name: str) -> dict:
    size = _size(request)
    here = reverse(f"seating:{name}", kwargs={"forum_id": plan.forum_id})
    return {
        "forum": plan.forum,
        "plan": plan,
        "size": size,
        "size_links": [(s, s.upper(), f"{here}?size={s}", s == size) for s in SIZES],
        "admin_url": reverse("seating_admin:plan", args=[plan.forum_id]),
    }


@never_cache
@login_required
@require_safe
def print_tables(request: HttpRequest, forum_id: int) -> HttpResponse:
    plan = _plan(request, forum_id)
    data = selectors.plan_data(plan)
    return _render(
        request,
        "seating/print/tables.html",
        {**_common(request, plan, "print_tables"), "data": data},
    )


@dataclass(frozen=True)
class RouteCard:
    route: selectors.Route
    language: str
    direction: str
    event_title: str
    event_language: str


@never_cache
@login_required
@require_safe
def print_routes(request: HttpRequest, forum_id: int) -> HttpResponse:
    plan = _plan(request, forum_id)
    routes = selectors.print_routes(plan, registration_id=_guest(request))
    titles = dict(
        EventPage.objects.filter(
            translation_key=plan.forum.event.translation_key, live=True
        ).values_list("locale__language_code", "title")
    )
    fallback = plan.forum.event.locale.language_code if plan.forum.event.locale_id else "de"
    cards = []
    for route in routes:
        language = route.registration.language or "de"
        info = get_language_info(language)
        event_language = language if language in titles else fallback
        cards.append(
            RouteCard(
                route=route,
                language=language,
                direction="rtl" if info["bidi"] else "ltr",
                event_title=titles.get(language) or titles.get(fallback) or str(plan.forum),
                event_language=event_language,
            )
        )
    return _render(
        request,
        "seating/print/routes.html",
        {**_common(request, plan, "print_routes"), "cards": cards},
    )
