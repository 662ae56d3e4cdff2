"""Forums in the Wagtail admin: a snippet viewset for the forum settings (themes, tables,
organisers) and the organiser dashboard as custom admin views. And what the forum shows on
the calendar's pages (core/slots.py): the registration panel on an event page, the seats
left in its JSON-LD and on its calendar row, all from one seat lookup per event and request
and cached no longer than FORUM_SEAT_STATE_MAX_AGE.

Who sees what: the "Forums" menu needs the forum model permissions (Organisers have them,
Editors do not). Each organiser sees and edits only the forums they are listed on; the
dashboard with personal data checks the same (see admin_views.managed_forum)."""

from urllib.parse import urljoin

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    HistoryView,
    SnippetViewSet,
)

from core import slots
from core.page_cache import invalidate_page_cache

from . import admin_outbox, admin_views, audit_actions, audit_views, home_panel, public, services
from .admin_forms import ForumAdminForm
from .models import Forum


class ForumPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed per instance to the forum's own organisers."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        if not any(self.user_has_permission(user, action) for action in actions):
            return False
        return instance.organisers.filter(pk=user.pk).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if user.is_active and user.is_superuser:
            return Forum.objects.all()
        if not user.is_active or not any(self.user_has_permission(user, a) for a in actions):
            return Forum.objects.none()
        return Forum.objects.filter(organisers=user)


register_permission_policy(Forum, ForumPermissionPolicy(Forum))


class OwnForumMixin:
    def get_object(self, *args, **kwargs):
        # Wagtail's views differ: edit/delete pass a queryset, history passes nothing.
        forum = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, ["change", "view"], forum
        ):
            raise PermissionDenied
        return forum


class ForumEditView(OwnForumMixin, EditView):
    def save_instance(self):
        capacity_before = Forum.objects.filter(pk=self.object.pk).values_list(
            "capacity", flat=True
        )[0]
        instance = super().save_instance()
        if instance.capacity > capacity_before:
            services.waitlist_promote(forum=instance)
        invalidate_page_cache()  # seat counts and registration state on public pages
        return instance


class ForumCreateView(CreateView):
    def save_instance(self):
        instance = super().save_instance()
        if not self.request.user.is_superuser:
            instance.organisers.add(self.request.user)  # whoever creates it organises it
        invalidate_page_cache()
        return instance


class ForumDeleteView(OwnForumMixin, DeleteView):
    pass


class ForumHistoryView(OwnForumMixin, HistoryView):
    pass


class DashboardColumn(Column):
    cell_template_name = "forum/admin/dashboard_cell.html"

    def get_value(self, instance):
        return reverse("forum_dashboard", args=[instance.pk])


class SeatsColumn(Column):
    def get_value(self, instance):
        return f"{instance.seats_taken} / {instance.capacity}"


class ForumViewSet(SnippetViewSet):
    model = Forum
    icon = "group"
    menu_label = _("Forums")
    menu_name = "forums"
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    search_backend_name = None
    search_fields = ["event__title"]
    edit_handler = ObjectList(Forum.panels, base_form_class=ForumAdminForm)
    add_view_class = ForumCreateView
    edit_view_class = ForumEditView
    delete_view_class = ForumDeleteView
    history_view_class = ForumHistoryView
    list_display = [
        "__str__",
        Column("event_start", label=_("Date"), accessor="event.start"),
        SeatsColumn("seats", label=_("Seats taken")),
        DashboardColumn("dashboard", label=_("Registrations")),
    ]

    def get_queryset(self, request):
        return (
            Forum.objects.organised_by(request.user)
            .select_related("event")
            .order_by("-event__start")
        )


register_snippet(ForumViewSet)


@hooks.register("register_admin_urls")
def forum_admin_urls():
    return [
        path("forum/<int:forum_id>/", admin_views.dashboard, name="forum_dashboard"),
        path("forum/<int:forum_id>/export.csv", admin_views.export_csv, name="forum_export_csv"),
        path("forum/<int:forum_id>/export.xlsx", admin_views.export_xlsx, name="forum_export_xlsx"),
        path("forum/<int:forum_id>/add/", admin_views.add_registration, name="forum_add"),
        path("forum/<int:forum_id>/message/", admin_views.message_confirmed, name="forum_message"),
        path("forum/<int:forum_id>/erase/", admin_views.erase_personal_data, name="forum_erase"),
        path(
            "forum/<int:forum_id>/registrations/<int:registration_id>/cancel/",
            admin_views.cancel_registration,
            name="forum_cancel_registration",
        ),
        path("forum/<int:forum_id>/outbox/", admin_outbox.outbox, name="forum_outbox"),
        path(
            "forum/<int:forum_id>/registrations/<int:registration_id>/resend/",
            admin_outbox.resend_confirmation,
            name="forum_resend_confirmation",
        ),
        path(
            "forum/<int:forum_id>/registrations/<int:registration_id>/undo-check-in/",
            admin_views.undo_check_in,
            name="forum_undo_check_in",
        ),
        path("forum/<int:forum_id>/audit/", audit_views.audit_log, name="forum_audit"),
        path("forum/<int:forum_id>/audit.csv", audit_views.audit_csv, name="forum_audit_csv"),
    ]


@hooks.register("register_log_actions")
def forum_log_actions(actions):
    audit_actions.register(actions)


@hooks.register("construct_homepage_panels")
def my_forums_panel(request, panels):
    if request.user.has_perm("forum.view_forum") or request.user.is_superuser:
        panels.append(home_panel.MyForumsPanel())


@hooks.register("register_snippet_listing_buttons")
def dashboard_button(snippet, user, next_url=None):
    if isinstance(snippet, Forum):
        yield ListingButton(
            _("Registrations"),
            reverse("forum_dashboard", args=[snippet.pk]),
            icon_name="list-ul",
            priority=5,
        )


# --- slots on the calendar's pages ---------------------------------------------------------


def _box(request, page) -> public.ForumBox | None:
    """The event's forum box, looked up once per request for the panel and the JSON-LD."""
    return slots.request_memo(
        request,
        ("forum.box", page.pk),
        lambda: public.forum_boxes_for_events([page]).get(page.pk),
    )


@hooks.register("teilhabe_event_page_panels")
def registration_panel(request, page):
    box = _box(request, page)
    if box is None:
        return None
    return slots.Contribution(
        template="forum/includes/event_registration.html",
        context={"box": box},
        position="registration",
        max_age=settings.FORUM_SEAT_STATE_MAX_AGE,  # seats change with every registration
    )


@hooks.register("teilhabe_event_page_panels")
def dashboard_link(request, page):
    """The event's organisers see a link to their dashboard. Only on a signed-in request
    (anonymous ones never touch the session, so their cached pages stay as they are), and
    with max_age=0, so no shared cache keeps a page that shows it."""
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return None
    box = _box(request, page)
    user = request.user
    if box is None or not user.is_authenticated:
        return None
    if not Forum.objects.organised_by(user).filter(pk=box.forum_id).exists():
        return None
    return slots.Contribution(
        template="forum/includes/dashboard_link.html",
        context={"dashboard_url": reverse("forum_dashboard", args=[box.forum_id])},
        position="registration",
        order=10,
        max_age=0,
    )


@hooks.register("teilhabe_event_json_ld")
def seats_in_json_ld(request, page):
    box = _box(request, page)
    if box is None:
        return None
    seats_left = max(0, box.state.seats_left)
    page_url = page.get_full_url(request) or ""
    # Registration happens here, not at an external link: the offer points at the form.
    offer = {
        "@type": "Offer",
        "url": urljoin(page_url, reverse("forum:register", args=[box.forum_id])),
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock"
        if seats_left
        else "https://schema.org/SoldOut",
    }
    if not page.cost:
        offer["price"] = "0"
    return slots.Contribution(
        data={
            "maximumAttendeeCapacity": box.state.capacity,
            "remainingAttendeeCapacity": seats_left,
            "offers": offer,
        },
        max_age=settings.FORUM_SEAT_STATE_MAX_AGE,
    )


@hooks.register("teilhabe_event_row_badges")
def seats_badges(request, pages):
    """Seats left on every calendar row with a forum: one query for the whole list."""
    return {
        page_id: slots.Contribution(
            template="forum/includes/seats_badge.html",
            context={"state": state},
            max_age=settings.FORUM_SEAT_STATE_MAX_AGE,
        )
        for page_id, state in public.forum_states_for_events(pages).items()
    }


@hooks.register("teilhabe_privacy_retention")
def registration_retention(request, page):
    """The privacy notice's row for registrations: the default period, and the range the
    forums that still hold personal data really use (one query)."""
    from django.db.models import Max, Min
    from django.utils.translation import ngettext

    default = Forum._meta.get_field("retention_days").default
    span = Forum.objects.filter(personal_data_erased_at__isnull=True).aggregate(
        low=Min("retention_days"), high=Max("retention_days")
    )
    low, high = span["low"] or default, span["high"] or default
    period = ngettext(
        "%(count)d day after the event.", "%(count)d days after the event.", default
    ) % {"count": default}
    if (low, high) != (default, default):
        period += " " + str(
            _("(set per forum; at present between %(low)d and %(high)d days)")
            % {"low": low, "high": high}
        )
    hours = int(services.PENDING_TTL.total_seconds() // 3600)
    period += " " + ngettext(
        "Unconfirmed registrations expire after %(count)d hour.",
        "Unconfirmed registrations expire after %(count)d hours.",
        hours,
    ) % {"count": hours}
    row = {
        "data": str(
            _("Registrations for forums: name, e-mail, phone and needs if given, comments")
        ),
        "purpose": str(_("Seats, confirmations, reminders, check-in and interpretation.")),
        "period": period,
    }
    return slots.Contribution(data={"rows": [row]})
