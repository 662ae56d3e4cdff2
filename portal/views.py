import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from core.i18n import active_locale

from .models_identity import identity_for
from .sitemap import sitemap_entries

RESULTS_PER_PAGE = 10


def _clean_query(raw: str) -> str:
    # Control characters never belong in a query and confuse search backends.
    return "".join(ch for ch in raw if ch.isprintable()).strip()


def _search_terms(query: str) -> str:
    # Full-text backends (SQLite FTS5, PostgreSQL tsquery) have their own operator syntax;
    # visitors type words, so anything but letters, digits and hyphens becomes a space.
    return " ".join(re.sub(r"[^\w-]+", " ", query).split())


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    query = _clean_query(request.GET.get("q", ""))
    context = {"query": query, "results": None, "error": None}
    status = 200
    if len(query) > settings.SEARCH_QUERY_MAX_LENGTH:
        context["error"] = _(
            "Your search is too long. Please use at most %(limit)d characters."
        ) % {"limit": settings.SEARCH_QUERY_MAX_LENGTH}
        context["query"] = query[: settings.SEARCH_QUERY_MAX_LENGTH]
        status = 400
    elif _search_terms(query):
        matches = (
            Page.objects.live()
            .public()
            .filter(locale=active_locale())
            .specific()
            .search(_search_terms(query), operator="and")
        )
        page_obj = Paginator(matches, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        context["results"] = page_obj
    return render(request, "portal/search.html", context, status=status)


@require_safe
def sitemap(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "portal/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def brand_css(request: HttpRequest) -> HttpResponse:
    """The municipality's colours (SiteIdentity) as custom properties. A stylesheet of its own
    because the public CSP allows no inline styles; the page links it with the identity's
    version, so it may be cached for a day and still changes with the next save."""
    identity = identity_for(Site.find_for_request(request))
    text = (
        f":root{{--accent:{identity['colour']}}}\n"
        "@media (prefers-color-scheme: dark){"
        f":root{{--accent-light:{identity['colour_dark']}}}}}\n"
    )
    response = HttpResponse(text, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def error_404(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def error_400(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "400.html", status=400)


def error_403(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "403.html", status=403)


def error_429(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "429.html", status=429)


def error_500(request: HttpRequest) -> HttpResponse:
    # Rendered without a RequestContext: the failure might be in a context processor.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)
