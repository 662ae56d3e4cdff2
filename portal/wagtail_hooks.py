from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.models import Page

from .accessibility_feedback import serve_statement
from .avatars import avatar_url
from .models_legal import AccessibilityFeedback, AccessibilityPage
from .translation_status import translation_status

hooks.register("get_avatar_url", avatar_url)  # initials, never Gravatar (portal/avatars.py)


@hooks.register("before_serve_page")
def accessibility_statement_with_its_form(page, request, serve_args, serve_kwargs):
    # The statement carries the barrier report form (portal/accessibility_feedback.py). Served
    # from here, so that the page model imports no view.
    if isinstance(page, AccessibilityPage):
        return serve_statement(page, request)
    return None


@permission_required("wagtailadmin.access_admin")
def translation_status_view(request, page_id=None):
    only_problems = request.GET.get("problems") == "1"
    sources = None
    page = None
    if page_id is not None:
        page = get_object_or_404(Page, pk=page_id)
        sources = Page.objects.filter(
            translation_key=page.translation_key, locale__language_code="de"
        )
    rows = translation_status(sources)
    if only_problems:
        rows = [row for row in rows if row.needs_work]
    return render(
        request,
        "portal/admin/translation_status.html",
        {
            "rows": rows,
            "page": page,
            "only_problems": only_problems,
            "languages": rows[0].cells if rows else [],
        },
    )


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("translation-status/", translation_status_view, name="translation_status"),
        path(
            "translation-status/<int:page_id>/",
            translation_status_view,
            name="translation_status_page",
        ),
    ]


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=900
    )


@hooks.register("register_page_header_buttons")
def translation_status_button(page, user, view_name=None, next_url=None):
    yield Button(
        _("Translation status"),
        reverse("translation_status_page", args=[page.pk]),
        icon_name="globe",
        priority=60,
    )


class AccessibilityFeedbackViewSet(ModelViewSet):
    """The reports about barriers, for the editors who answer them (read-only for them)."""

    model = AccessibilityFeedback
    icon = "help"
    menu_label = _("Accessibility feedback")
    menu_order = 910
    add_to_admin_menu = True
    list_display = ["created_at", "message", "location", "language", "email"]
    list_filter = ["language"]
    inspect_view_enabled = True
    form_fields = ["message", "location", "name", "email"]
    url_prefix = "accessibility-feedback"
    name = "accessibility_feedback"


@hooks.register("register_admin_viewset")
def accessibility_feedback_viewset():
    return AccessibilityFeedbackViewSet()
