"""Core's part of the Wagtail admin: the outbox for administrators, and review's guard in the
page editor."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import outbox_admin
from .review import mark_opened_in_editor


@hooks.register("register_admin_urls")
def outbox_urls():
    return [
        path("outbox/", outbox_admin.outbox_list, name="core_outbox"),
        path("outbox/<int:email_id>/", outbox_admin.outbox_detail, name="core_outbox_detail"),
        path("outbox/<int:email_id>/html/", outbox_admin.outbox_html, name="core_outbox_html"),
    ]


class AdministratorsOnly(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def outbox_menu_item():
    return AdministratorsOnly(_("Outbox"), reverse("core_outbox"), icon_name="mail", order=900)


@hooks.register("before_edit_page")
def reviewed_pages_publish_only_through_review(request, page):
    # The edit view builds its permission tester before this hook and asks it again after the
    # form is saved; marking the instance lets a reviewed page's tester refuse "Publish" there,
    # where the person pressing it would publish their own, unseen change.
    mark_opened_in_editor(page)
