"""The forum's audit log in the admin: every recorded action on the forum's personal data,
newest first, and its CSV export. The forum's organisers and administrators only
(admin_views.forum_or_403: 403 for everyone else, organisers of other forums included)."""

import csv

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core import audit
from portal.views import error_403

from .admin_views import _breadcrumbs, forum_or_403
from .audit_actions import describe, label
from .exports import safe_cell

PER_PAGE = 100


def _rows(entries):
    for entry in entries:
        yield {
            "entry": entry,
            "when": timezone.localtime(entry.timestamp),
            "action": label(entry.action),
            "who": entry.user.get_full_name() or entry.user.get_username() if entry.user else "",
            "detail": describe(entry),
        }


@require_safe
def audit_log(request, forum_id: int):
    forum = forum_or_403(request, forum_id)
    if forum is None:
        return error_403(request)
    page = Paginator(audit.entries_for(forum), PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "forum/admin/audit.html",
        {
            "forum": forum,
            "page": page,
            "rows": list(_rows(page.object_list)),
            "header_title": _("Audit log"),
            "breadcrumbs_items": _breadcrumbs(forum, {"url": "", "label": _("Audit log")}),
            "csv_url": reverse("forum_audit_csv", args=[forum.pk]),
        },
    )


@require_safe
def audit_csv(request, forum_id: int):
    forum = forum_or_403(request, forum_id)
    if forum is None:
        return error_403(request)
    audit.record(instance=forum, action="forum.audit_export", user=request.user)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="audit-log-forum-{forum.pk}.csv"'
    response.write("\ufeff")  # Excel reads UTF-8 only with a byte-order mark
    writer = csv.writer(response)
    writer.writerow([_("Time"), _("Action"), _("By"), _("Details")])
    for row in _rows(audit.entries_for(forum).iterator(chunk_size=500)):
        writer.writerow(
            [
                row["when"].isoformat(timespec="seconds"),
                safe_cell(row["action"]),
                safe_cell(row["who"]),
                safe_cell(row["detail"]),
            ]
        )
    return response
