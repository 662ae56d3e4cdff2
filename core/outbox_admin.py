"""Every stored e-mail, readable in the browser, for administrators: in development the mail
"server" is the console, so this is where a developer reads what the site sent (`make run`
prints the address). Organisers see their own forum's messages, without the texts, on the
forum dashboard."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .models import OutgoingEmail
from .outbox import outbox_rows, status_of

PER_PAGE = 50
# The message's own HTML, shown alone: no script, nothing fetched, styles inline only.
MESSAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"


def _administrator(request) -> None:
    if not request.user.is_superuser:
        raise PermissionDenied


def _breadcrumbs(*extra) -> list[dict]:
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("core_outbox"), "label": _("Outbox")},
        *extra,
    ]


@require_safe
def outbox_list(request):
    _administrator(request)
    page = Paginator(outbox_rows(), PER_PAGE).get_page(request.GET.get("p"))
    rows = [{"email": email, "status": status_of(email)} for email in page.object_list]
    return TemplateResponse(
        request,
        "core/outbox_list.html",
        {
            "page": page,
            "rows": rows,
            "header_title": _("Outbox"),
            "breadcrumbs_items": [*_breadcrumbs()[:-1], {"url": "", "label": _("Outbox")}],
        },
    )


@require_safe
def outbox_detail(request, email_id: int):
    _administrator(request)
    email = get_object_or_404(OutgoingEmail, pk=email_id)
    return TemplateResponse(
        request,
        "core/outbox_detail.html",
        {
            "email": email,
            "status": status_of(email),
            "header_title": email.subject or email.kind,
            "breadcrumbs_items": _breadcrumbs({"url": "", "label": f"#{email.pk}"}),
        },
    )


@require_safe
def outbox_html(request, email_id: int):
    _administrator(request)
    email = get_object_or_404(OutgoingEmail, pk=email_id)
    response = HttpResponse(email.body_html or "", content_type="text/html; charset=utf-8")
    response["Content-Security-Policy"] = MESSAGE_CSP
    response["Cache-Control"] = "private, no-store"
    return response
