"""How the archive page renders its routes (MinutesIndexPage: the archive and each body's
page), as events/pages.py does for the calendar. Bad input gets a clear message in the
visitor's language with a 4xx status, and the form keeps what was typed.

Part of the page classes, not views: nothing routes here from urls.py. This module imports no
models, so that models.py imports it at the top; it reaches the data through the page it
serves (`index.minutes()`, `index.bodies()`) and the selectors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.i18n import text_direction

from .forms import ArchiveFilterForm
from .selectors import (
    ARCHIVE_PAGE_SIZE,
    BodyDirectory,
    archive_minutes,
    archive_years,
    mark_fallbacks,
)

if TYPE_CHECKING:  # annotations only: models.py imports this module
    from .models import MinutesIndexPage


def _render(index, request, context, *, template, status=200) -> HttpResponse:
    response = index.render(request, context_overrides=context, template=template)
    response.status_code = status
    return response


def _listing(
    request: HttpRequest, *, index: MinutesIndexPage, directory: BodyDirectory, fixed_body=None
) -> tuple[dict, int]:
    form = ArchiveFilterForm(request.GET)
    context = {
        "form": form,
        "years": archive_years(index=index, request=request),
        "bodies": [directory.localized(b, index.locale_id) for b in directory.sources()],
        "page_obj": None,
        "error": None,
        "selected_body": None,
        "query_string": "",
        "error_field": None,
        "filtered": False,
        "search_max_length": settings.SEARCH_QUERY_MAX_LENGTH,
        "record_language": settings.LANGUAGE_CODE,
        "record_dir": text_direction(settings.LANGUAGE_CODE),
    }
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    body = fixed_body
    if fixed_body is None and request.GET.get("body"):
        body = directory.by_slug(request.GET["body"]) if "body" not in form.errors else None
        if body is None:
            context["error"] = _(
                "There is no body with this name. Please choose one from the list."
            )
            context["error_field"] = "body"
            return context, 404
    if "q" in form.errors or "year" in form.errors:
        context["error_field"] = "q" if "q" in form.errors else "year"
        context["error"] = " ".join(
            str(message) for name in ("q", "year") for message in form.errors.get(name, [])
        )
        return context, 400
    context["selected_body"] = directory.localized(body, index.locale_id) if body else None
    minutes = archive_minutes(
        index=index,
        request=request,
        body_ids=directory.ids_of(body) if body else None,
        year=data.get("year"),
        query=data.get("q", ""),
    )
    paginator = Paginator(minutes, ARCHIVE_PAGE_SIZE)
    try:
        page_obj = paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        context["error"] = _("This page number is not valid.")
        return context, 400
    except EmptyPage:
        context["error"] = _("This page of the archive does not exist.")
        return context, 404
    mark_fallbacks(page_obj.object_list, index=index, request=request)
    for minutes_page in page_obj.object_list:
        minutes_page.body_shown = directory.name_for(minutes_page.body_id, index.locale_id)
    context["page_obj"] = page_obj
    kept = {k: v for k, v in (("q", data.get("q")), ("year", data.get("year"))) if v}
    if fixed_body is None and body is not None:
        kept["body"] = body.slug
    context["query_string"] = "&" + urlencode(kept) if kept else ""
    context["filtered"] = bool(kept)
    return context, 200


def archive_view(request: HttpRequest, *, index: MinutesIndexPage) -> HttpResponse:
    context, status = _listing(request, index=index, directory=BodyDirectory.load(index.bodies()))
    return _render(
        index, request, context, template="minutes/minutes_index_page.html", status=status
    )


def body_view(request: HttpRequest, *, index: MinutesIndexPage, slug: str) -> HttpResponse:
    directory = BodyDirectory.load(index.bodies())
    body = directory.by_slug(slug)
    if body is None:
        context = {"error": _("There is no body with this name."), "body": None}
        return _render(index, request, context, template="minutes/body_page.html", status=404)
    context, status = _listing(request, index=index, directory=directory, fixed_body=body)
    # Members are kept on the German body; translations only translate name and description.
    context.update(
        body=directory.localized(body, index.locale_id), members=list(body.members.all())
    )
    return _render(index, request, context, template="minutes/body_page.html", status=status)
