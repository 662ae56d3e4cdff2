"""The OParl 1.1 API under /oparl/v1.1/: read-only JSON, open to every origin (CORS).

Lists are paginated (`page`, `elementsPerPage` up to 100), filter by `created_since`,
`created_until`, `modified_since`, `modified_until` (ISO 8601 date-times; the filters stay in
every `links` URL), sort by id, and list deleted objects (`deleted: true`) only when
`modified_since` is given. Bad input is a JSON error with status 400; unknown objects and
pages past the end are JSON 404s."""

import datetime
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.http import urlencode
from wagtail.models import Locale

from . import oparl
from .models import Body, BodyTombstone, Meeting

FILTERS = ("created_since", "created_until", "modified_since", "modified_until")
DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 100


class ApiError(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter


def json_response(data: dict, *, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        content_type="application/json; charset=utf-8",
        status=status,
    )
    response["Access-Control-Allow-Origin"] = "*"
    # The shared page cache keeps only a few headers and would serve hits without the CORS
    # header, so API responses stay out of it.
    response["Cache-Control"] = "no-cache"
    return response


def error_response(error: ApiError) -> HttpResponse:
    body = {"error": {"status": error.status, "message": error.message}}
    if error.parameter:
        body["error"]["parameter"] = error.parameter
    return json_response(body, status=error.status)


def oparl_view(view: Callable) -> Callable:
    """GET/HEAD only (OPTIONS answers CORS preflights), errors as JSON."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Max-Age"] = "86400"
            return response
        if request.method not in ("GET", "HEAD"):
            response = error_response(ApiError(405, "This API is read-only: use GET."))
            response["Allow"] = "GET, HEAD, OPTIONS"
            return response
        try:
            return view(request, *args, **kwargs)
        except ApiError as error:
            return error_response(error)

    return wrapper


# --- List parameters and pagination --------------------------------------------------------


def parse_moment(raw: str, parameter: str) -> datetime.datetime:
    """An ISO 8601 date-time (a date means its midnight). A `+` that arrived unencoded became
    a space; it is read as `+` again."""
    text = raw.strip()
    if " " in text and "T" in text:
        text = text.replace(" ", "+")
    try:
        value = parse_datetime(text)
        if value is None:
            day = parse_date(text)
            if day is not None:
                value = datetime.datetime.combine(day, datetime.time(0, 0))
    except ValueError:
        value = None
    if value is None:
        raise ApiError(
            400,
            f"'{parameter}' must be an ISO 8601 date-time such as 2024-01-01T00:00:00+01:00.",
            parameter,
        )
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


@dataclass
class ListParams:
    filters: dict[str, datetime.datetime]
    kept: dict[str, str]  # what goes into every link
    per_page: int
    page: int

    @property
    def include_deleted(self) -> bool:
        return "modified_since" in self.filters


def list_params(request: HttpRequest) -> ListParams:
    filters, kept = {}, {}
    for name in FILTERS:
        raw = request.GET.get(name)
        if raw is None:
            continue
        filters[name] = parse_moment(raw, name)
        kept[name] = oparl.iso(filters[name])
    per_page = DEFAULT_PER_PAGE
    if "elementsPerPage" in request.GET:
        try:
            per_page = int(request.GET["elementsPerPage"])
        except ValueError:
            raise ApiError(
                400, "'elementsPerPage' must be a whole number.", "elementsPerPage"
            ) from None
        if per_page < 1:
            raise ApiError(400, "'elementsPerPage' must be at least 1.", "elementsPerPage")
        per_page = min(per_page, MAX_PER_PAGE)
        kept["elementsPerPage"] = str(per_page)
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        raise ApiError(400, "'page' must be a whole number.", "page") from None
    if page < 1:
        raise ApiError(400, "'page' must be at least 1.", "page")
    return ListParams(filters=filters, kept=kept, per_page=per_page, page=page)


def paginated(request: HttpRequest, params: ListParams, rows, serialize: Callable) -> dict:
    """One list page in OParl's format; `rows` is a QuerySet (sliced in the database) or a
    list."""
    total = len(rows) if isinstance(rows, list) else rows.count()
    pages = max(1, math.ceil(total / params.per_page))
    if params.page > pages:
        raise ApiError(404, f"This list has {pages} page(s).", "page")
    start = (params.page - 1) * params.per_page
    chunk = list(rows[start : start + params.per_page])
    base = request.build_absolute_uri(request.path)

    def link(number: int) -> str:
        query = dict(params.kept)
        if number > 1:
            query["page"] = str(number)
        return f"{base}?{urlencode(query)}" if query else base

    links = {"first": link(1), "self": link(params.page), "last": link(pages)}
    if params.page > 1:
        links["prev"] = link(params.page - 1)
    if params.page < pages:
        links["next"] = link(params.page + 1)
    return {
        "data": [serialize(row) for row in chunk],
        "pagination": {
            "totalElements": total,
            "elementsPerPage": params.per_page,
            "currentPage": params.page,
            "totalPages": pages,
        },
        "links": links,
    }


def _check_body(body_id: str) -> None:
    if body_id != oparl.BODY_ID:
        raise ApiError(404, "There is no such body.")


def _source_body(pk: int) -> Body | None:
    return (
        Body.objects.filter(pk=pk, locale=Locale.get_default()).prefetch_related("members").first()
    )


# --- Views --------------------------------------------------------------------------------


@oparl_view
def system(request):
    return json_response(oparl.system_json(oparl.Context.for_request(request)))


@oparl_view
def body_list(request):
    ctx = oparl.Context.for_request(request)
    params = list_params(request)
    created, modified = oparl._times()
    rows = [None] if _within(params.filters, created, modified) else []
    return json_response(paginated(request, params, rows, lambda _row: oparl.body_json(ctx)))


def _within(filters: dict, created, modified) -> bool:
    checks = {
        "created_since": lambda v: created >= v,
        "created_until": lambda v: created <= v,
        "modified_since": lambda v: modified >= v,
        "modified_until": lambda v: modified <= v,
    }
    return all(checks[name](value) for name, value in filters.items())


@oparl_view
def body(request, body_id):
    _check_body(body_id)
    return json_response(oparl.body_json(oparl.Context.for_request(request)))


@oparl_view
def body_organizations(request, body_id):
    _check_body(body_id)
    ctx = oparl.Context.for_request(request)
    params = list_params(request)
    rows = oparl.organizations(include_deleted=params.include_deleted, filters=params.filters)
    return json_response(
        paginated(request, params, rows, lambda row: oparl.organization_json(ctx, row))
    )


@oparl_view
def body_meetings(request, body_id):
    _check_body(body_id)
    return _meeting_list(request, body_ids=None)


@oparl_view
def organization_meetings(request, pk):
    body = _source_body(pk)
    if body is None:
        raise ApiError(404, "There is no such organization.")
    return _meeting_list(request, body_ids=[body.pk])


def _meeting_list(request, *, body_ids):
    ctx = oparl.Context.for_request(request)
    params = list_params(request)
    rows = oparl.meetings(
        ctx, include_deleted=params.include_deleted, filters=params.filters, body_ids=body_ids
    )
    return json_response(paginated(request, params, rows, lambda row: oparl.meeting_json(ctx, row)))


@oparl_view
def body_agenda_items(request, body_id):
    _check_body(body_id)
    ctx = oparl.Context.for_request(request)
    params = list_params(request)
    rows = oparl.agenda_items(ctx, filters=params.filters)
    return json_response(
        paginated(request, params, rows, lambda row: oparl.agenda_item_json(ctx, row))
    )


@oparl_view
def body_files(request, body_id):
    _check_body(body_id)
    ctx = oparl.Context.for_request(request)
    params = list_params(request)
    rows = oparl.files(ctx, include_deleted=params.include_deleted, filters=params.filters)
    return json_response(paginated(request, params, rows, lambda row: oparl.file_json(ctx, row)))


@oparl_view
def body_empty_list(request, body_id):
    """Persons and papers: not published by this platform, so the lists are empty."""
    _check_body(body_id)
    params = list_params(request)
    return json_response(paginated(request, params, [], lambda row: row))


@oparl_view
def organization(request, pk):
    ctx = oparl.Context.for_request(request)
    body = _source_body(pk)
    if body is not None:
        return json_response(oparl.organization_json(ctx, body))
    gone = BodyTombstone.objects.filter(body_id=pk).first()
    if gone is not None:
        return json_response(oparl.organization_json(ctx, gone))
    raise ApiError(404, "There is no such organization.")


def _meeting_or_404(ctx, pk) -> Meeting:
    meeting = oparl.meetings(ctx, include_deleted=True, filters={}).filter(pk=pk).first()
    if meeting is None:
        raise ApiError(404, "There is no such meeting.")
    return meeting


@oparl_view
def meeting(request, pk):
    ctx = oparl.Context.for_request(request)
    return json_response(oparl.meeting_json(ctx, _meeting_or_404(ctx, pk)))


@oparl_view
def location(request, pk):
    ctx = oparl.Context.for_request(request)
    found = _meeting_or_404(ctx, pk)
    if found.deleted or not found.place:
        raise ApiError(404, "There is no such location.")
    return json_response(oparl.location_json(ctx, found))


@oparl_view
def agenda_item(request, pk):
    ctx = oparl.Context.for_request(request)
    item = oparl.agenda_items(ctx, filters={}).filter(pk=pk).first()
    if item is None:
        raise ApiError(404, "There is no such agenda item.")
    return json_response(oparl.agenda_item_json(ctx, item))


@oparl_view
def file(request, pk):
    ctx = oparl.Context.for_request(request)
    item = oparl.files(ctx, include_deleted=True, filters={}).filter(pk=pk).first()
    if item is None:
        raise ApiError(404, "There is no such file.")
    return json_response(oparl.file_json(ctx, item))


@oparl_view
def not_found(request, rest=""):
    raise ApiError(404, "There is nothing at this address. Start at /oparl/v1.1/system.")
