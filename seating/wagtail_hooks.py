"""Admin menu "Table plans" (only for people who organise a forum, and superusers) and the
organisers' plan pages under /admin/seating/; and a confirmed guest's published table route
on the forum's personal page (the slot "personal_page_sections", core/slots.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton
from wagtail.log_actions import LogFormatter

from core.slots import Contribution
from forum.public import Forum, is_guest_for_planning

from . import admin_views as views
from .selectors import forums_for

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("<int:forum_id>/", views.PlanView.as_view(), name="plan"),
    path("<int:forum_id>/people/", views.PeopleView.as_view(), name="people"),
    path("<int:forum_id>/plan/", views.PlanActionView.as_view(), name="plan_action"),
    path("<int:forum_id>/move/", views.MoveView.as_view(), name="move"),
    path("<int:forum_id>/round/", views.RoundView.as_view(), name="round"),
    path("<int:forum_id>/publish/", views.PublishView.as_view(), name="publish"),
    path("<int:forum_id>/print/", views.PrintView.as_view(), name="print"),
]


@hooks.register("register_admin_urls")
def seating_admin_urls():
    return [path("seating/", include((urlpatterns, views.NAMESPACE), namespace=views.NAMESPACE))]


class OrganisersMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        cached = getattr(request, "_seating_menu_shown", None)
        if cached is None:
            cached = user.is_superuser or forums_for(user).exists()
            request._seating_menu_shown = cached
        return cached


@hooks.register("register_admin_menu_item")
def seating_menu_item():
    return OrganisersMenuItem(
        _("Table plans"), reverse(f"{views.NAMESPACE}:index"), icon_name="table", order=240
    )


@hooks.register("register_snippet_listing_buttons")
def table_plan_button(snippet, user, next_url=None):
    """ "Table plan" beside each forum in the forum app's listing (which shows only the
    forums the user organises)."""
    if isinstance(snippet, Forum):
        yield ListingButton(
            _("Table plan"),
            reverse(f"{views.NAMESPACE}:plan", args=[snippet.pk]),
            icon_name="table",
            priority=6,
        )


@hooks.register("register_log_actions")
def seating_log_actions(actions):
    """Table moves appear on the forum's audit log and history (core/audit.py)."""

    @actions.register_action("seating.table_move")
    class TableMove(LogFormatter):
        label = _("Moved to another table")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if data.get("erased"):
                return f"{self.label}: " + str(_("(personal data deleted)"))
            return f"{self.label}: {data.get('name', '')} → {data.get('table', '')}"


@hooks.register("teilhabe_personal_page_sections")
def table_route(request, registration):
    """What {% personal_route registration %} shows, to the guests a plan is made for (the
    confirmed ones; two queries)."""
    if not is_guest_for_planning(registration):
        return None
    return Contribution(
        template="seating/includes/personal_route.html", context={"registration": registration}
    )
