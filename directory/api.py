"""The HSDS 3.0 API under /api/hsds/: read-only JSON, open to every origin (CORS).

Lists come in HSDS pages (`contents`, `total_items`, `total_pages`, `page_number`, `size`,
`first_page`, `last_page`, `empty`), `page` from 1 and `per_page` up to 100. Filters:
`modified_after` (ISO 8601 date or date-time), `taxonomy_term_id`, `taxonomy_id`,
`organization_id` (HSDS ids), `search` (in names), and `locale` (one of the site's nine
languages; texts without a translation stay German, as pages do). Any other parameter, a
malformed value or an id that names nothing is a JSON 400 naming the parameter; an unknown
record or a page past the end is a JSON 404. Every answer has an ETag and a matching
If-None-Match gets 304."""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Callable
from datetime import datetime, time
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from . import hsds, selectors
from .models import Organization, Service, Taxonomy, TaxonomyTerm

HSDS_VERSION = "3.0"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
COMMON = {"page", "per_page", "locale"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter


def _json(data: dict, *, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        content_type="application/json; charset=utf-8",
        status=status,
    )
    response["Access-Control-Allow-Origin"] = "*"
    # The shared page cache keeps only a few headers and would drop the CORS header.
    response["Cache-Control"] = "no-cache"
    response["Vary"] = "Accept-Language"
    return response


def _error(error: ApiError) -> HttpResponse:
    body = {"error": {"status": error.status, "message": error.message}}
    if error.parameter:
        body["error"]["parameter"] = error.parameter
    return _json(body, status=error.status)


def hsds_view(*, allowed: set[str] = frozenset()) -> Callable:
    """GET/HEAD (OPTIONS for CORS preflights), only the named parameters, errors as JSON,
    ETag and 304."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                response["Access-Control-Allow-Origin"] = "*"
                response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
                response["Access-Control-Allow-Headers"] = "If-None-Match"
                response["Access-Control-Max-Age"] = "86400"
                return response
            if request.method not in ("GET", "HEAD"):
                response = _error(ApiError(405, _("This API is read-only: use GET.")))
                response["Allow"] = "GET, HEAD, OPTIONS"
                return response
            try:
                unknown = sorted(set(request.GET) - allowed - COMMON)
                if unknown:
                    raise ApiError(400, _("Unknown parameter."), unknown[0][:100])
                response = _json(view(request, *args, **kwargs))
            except ApiError as error:
                if error.status == 404:
                    # Django's LocaleMiddleware turns a 404 outside the language prefixes into
                    # a redirect to /de/... (the page tree's catch-all matches there). It asks
                    # the request's URLconf whether languages are in use: this one has none.
                    request.urlconf = "directory.urls_api"
                return _error(error)
            tag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
            response["ETag"] = tag
            sent = [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]
            if tag in sent or f"W/{tag}" in sent or "*" in sent:
                not_modified = HttpResponse(status=304)
                for header in ("ETag", "Access-Control-Allow-Origin", "Cache-Control", "Vary"):
                    not_modified[header] = response[header]
                return not_modified
            return response

        return wrapper

    return decorate


# --- parameters ---------------------------------------------------------------------------


def _one(request: HttpRequest, name: str) -> str | None:
    values = request.GET.getlist(name)
    if len(values) > 1:
        raise ApiError(400, _("Give this parameter only once."), name)
    return values[0] if values else None


def _positive(request: HttpRequest, name: str, default: int, maximum: int) -> int:
    value = _one(request, name)
    if value is None:
        return default
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= maximum:
        raise ApiError(
            400, _("Expected a whole number from 1 to %(max)s.") % {"max": maximum}, name
        )
    return int(value)


def language(request: HttpRequest) -> str:
    value = _one(request, "locale")
    if value is None:
        return settings.LANGUAGE_CODE
    if value not in dict(settings.LANGUAGES):
        raise ApiError(400, _("Unknown language."), "locale")
    return value


def modified_after(request: HttpRequest) -> datetime | None:
    value = _one(request, "modified_after")
    if value is None:
        return None
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)) is not None:
            moment = datetime.combine(day, time())
    except ValueError:
        moment = None
    if moment is None:
        raise ApiError(400, _("Expected an ISO 8601 date or date-time."), "modified_after")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _hsds_id(value: str, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except (ValueError, AttributeError):
        raise ApiError(400, _("Expected an HSDS id (a UUID)."), name) from None


def referenced(request: HttpRequest, name: str, model):
    """The canonical record a filter names; an id naming nothing is a 400, not an empty list,
    so a typo is not mistaken for "no offers"."""
    value = _one(request, name)
    if value is None:
        return None
    found = model.objects.hsds_id(_hsds_id(value, name)).first()
    if found is None:
        raise ApiError(400, _("No record has this id."), name)
    return found


def search(request: HttpRequest) -> str:
    value = _one(request, "search") or ""
    if len(value) > 200:
        raise ApiError(400, _("The search text is too long."), "search")
    return value.strip()


def paginate(request: HttpRequest, queryset, build: Callable[[list], list]) -> dict:
    page = _positive(request, "page", 1, 10**6)
    per_page = _positive(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = queryset.count()
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise ApiError(404, _("There is no such page."), "page")
    items = list(queryset[(page - 1) * per_page : page * per_page])
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(items),
        "first_page": page == 1,
        "last_page": page == pages,
        "empty": total == 0,
        "contents": build(items),
    }


def _record(queryset, value: str):
    try:
        key = uuid.UUID(value)
    except ValueError:
        raise ApiError(404, _("There is no such record.")) from None
    found = queryset.filter(translation_key=key).first()
    if found is None:
        raise ApiError(404, _("There is no such record."))
    return found


# --- endpoints ------------------------------------------------------------------------------


@hsds_view()
def root(request: HttpRequest) -> dict:
    return {
        "version": HSDS_VERSION,
        "profile": "https://docs.openreferral.org/en/v3.0/",
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    }


SERVICE_FILTERS = {"modified_after", "taxonomy_term_id", "taxonomy_id", "organization_id", "search"}


@hsds_view(allowed=SERVICE_FILTERS)
def service_list(request: HttpRequest) -> dict:
    lang = language(request)
    queryset = selectors.services(
        modified_after=modified_after(request),
        taxonomy_term=referenced(request, "taxonomy_term_id", TaxonomyTerm),
        taxonomy=referenced(request, "taxonomy_id", Taxonomy),
        organization=referenced(request, "organization_id", Organization),
        search=search(request),
    )

    def build(items: list[Service]) -> list:
        texts = selectors.texts(Service, (s.translation_key for s in items), language=lang)
        org_texts = selectors.texts(
            Organization, (s.organization.translation_key for s in items), language=lang
        )
        return [hsds.service_flat(s, texts, org_texts) for s in items]

    return paginate(request, queryset, build)


@hsds_view()
def service_detail(request: HttpRequest, service_id: str) -> dict:
    lang = language(request)
    service = _record(selectors.service_full(selectors.services()), service_id)
    terms = [a.taxonomy_term.translation_key for a in service.attributes.all()]
    return hsds.service_full(
        service,
        selectors.texts(Service, [service.translation_key], language=lang),
        selectors.texts(Organization, [service.organization.translation_key], language=lang),
        selectors.texts(TaxonomyTerm, terms, language=lang),
    )


@hsds_view(allowed={"modified_after", "search"})
def organization_list(request: HttpRequest) -> dict:
    lang = language(request)
    queryset = selectors.organizations(
        modified_after=modified_after(request), search=search(request)
    )

    def build(items: list[Organization]) -> list:
        texts = selectors.texts(Organization, (o.translation_key for o in items), language=lang)
        return [hsds.organization_flat(o, texts) for o in items]

    return paginate(request, queryset, build)


@hsds_view()
def organization_detail(request: HttpRequest, organization_id: str) -> dict:
    lang = language(request)
    org = _record(selectors.organization_full(selectors.organizations()), organization_id)
    return hsds.organization_full(
        org,
        selectors.texts(Organization, [org.translation_key], language=lang),
        selectors.texts(Service, (s.translation_key for s in org.services.all()), language=lang),
    )


@hsds_view(allowed={"search"})
def taxonomy_list(request: HttpRequest) -> dict:
    lang = language(request)

    def build(items: list[Taxonomy]) -> list:
        texts = selectors.texts(Taxonomy, (t.translation_key for t in items), language=lang)
        return [hsds.taxonomy(t, texts) for t in items]

    return paginate(request, selectors.taxonomies(search=search(request)), build)


@hsds_view(allowed={"taxonomy_id", "search"})
def taxonomy_term_list(request: HttpRequest) -> dict:
    lang = language(request)
    queryset = selectors.taxonomy_terms(
        taxonomy=referenced(request, "taxonomy_id", Taxonomy), search=search(request)
    )

    def build(items: list[TaxonomyTerm]) -> list:
        texts = selectors.texts(TaxonomyTerm, (t.translation_key for t in items), language=lang)
        return [hsds.taxonomy_term(t, texts) for t in items]

    return paginate(request, queryset, build)


@hsds_view(allowed={"modified_after", "taxonomy_term_id", "organization_id"})
def service_at_location_list(request: HttpRequest) -> dict:
    lang = language(request)
    queryset = selectors.service_at_locations(
        modified_after=modified_after(request),
        taxonomy_term=referenced(request, "taxonomy_term_id", TaxonomyTerm),
        organization=referenced(request, "organization_id", Organization),
    )

    def build(items: list) -> list:
        texts = selectors.texts(Service, (i.service.translation_key for i in items), language=lang)
        org_texts = selectors.texts(
            Organization, (i.service.organization.translation_key for i in items), language=lang
        )
        result = []
        for item in items:
            data = hsds.service_at_location(item, nested=False)
            data["service"] = hsds.service_flat(item.service, texts, org_texts)
            result.append(data)
        return result

    return paginate(request, queryset, build)
