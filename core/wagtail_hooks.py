"""Core's pages in the Wagtail admin: the outbox, for administrators."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import outbox_admin


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
