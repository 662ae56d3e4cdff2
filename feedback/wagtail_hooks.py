"""Admin menu "Feedback": surveys (editor, results, moderation, publication) and the
participation figures.

The listing shows only the surveys the user may manage, and every view about one survey
(edit, delete, history, usage, results, ...) checks it first (feedback/permissions.py; a 403
otherwise). The permission policy registered here gives Wagtail the same per-survey answer
wherever it asks (the edit view's delete button, choosers)."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem
from wagtail.permissions import register_permission_policy

from core.slots import Contribution

from . import admin_views, permissions
from .admin_forms import SurveyAdminForm
from .models import Response, Survey
from .translations import NATIVE_NAMES

register_permission_policy(Survey, permissions.SurveyPermissionPolicy(Survey))


def _status(survey: Survey) -> str:
    now = timezone.now()
    if not survey.has_opened(now):
        state = _("Not yet open")
    elif survey.is_open(now):
        state = _("Open")
    else:
        state = _("Closed")
    if survey.is_published:
        state = f"{state} · {_('results published')}"
    return state


def _translations(survey: Survey) -> str:
    gaps = survey.translation_gaps()
    if not gaps:
        return _("Complete")
    return _("Missing: %(languages)s") % {
        "languages": ", ".join(f"{NATIVE_NAMES[code]} ({count})" for code, count in gaps.items())
    }


LISTED = (permissions.VIEW, permissions.CHANGE, permissions.DELETE)


class SurveyIndexView(IndexView):
    def get_base_queryset(self):
        managed = permissions.surveys_managed_by(self.request.user, permission=LISTED)
        return (
            super()
            .get_base_queryset()
            .filter(pk__in=managed.values("pk"))
            .select_related("event")
            .prefetch_related("questions")
            # A correlated count: evaluated only for the rows of the listed page.
            .annotate(
                response_count=Coalesce(
                    Subquery(
                        Response.objects.filter(survey=OuterRef("pk"))
                        .order_by()
                        .values("survey")
                        .annotate(n=Count("pk"))
                        .values("n")
                    ),
                    0,
                )
            )
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm("feedback.view_results"):
            buttons.insert(
                0,
                ButtonMenuItem(
                    _("Results"),
                    url=admin_views.url("results", instance.pk),
                    icon_name="table",
                    priority=5,
                ),
            )
        return buttons


class SurveyEditView(admin_views.ManagedSurveyMixin, EditView):
    survey_permission = permissions.CHANGE

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("feedback.view_results"):
            buttons.append(
                HeaderButton(
                    _("Results"), url=admin_views.url("results", self.object.pk), icon_name="table"
                )
            )
        return buttons


class SurveyDeleteView(admin_views.ManagedSurveyMixin, DeleteView):
    survey_permission = permissions.DELETE


class SurveyHistoryView(admin_views.ManagedSurveyMixin, HistoryView):
    survey_permission = permissions.CHANGE


class SurveyUsageView(admin_views.ManagedSurveyMixin, UsageView):
    survey_permission = permissions.CHANGE


class SurveyViewSet(ModelViewSet):
    model = Survey
    name = admin_views.URL_NAMESPACE
    url_prefix = "feedback/surveys"
    icon = "form"
    menu_label = _("Surveys")
    index_view_class = SurveyIndexView
    edit_view_class = SurveyEditView
    delete_view_class = SurveyDeleteView
    history_view_class = SurveyHistoryView
    usage_view_class = SurveyUsageView
    copy_view_enabled = False
    list_display = [
        "__str__",
        Column("year", label=_("Year")),
        Column("closes_at", label=_("Closes")),
        Column("status", label=_("Status"), accessor=_status),
        Column("response_count", label=_("Answers")),
        Column("translations", label=_("Translations"), accessor=_translations),
    ]
    list_filter = []
    search_fields = None

    def get_edit_handler(self):
        return ObjectList(Survey.panels, base_form_class=SurveyAdminForm).bind_to_model(Survey)

    @property
    def add_view(self):
        return admin_views.StartSurveyView.as_view()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("results/<int:pk>/", admin_views.ResultsView.as_view(), name="results"),
            path("results/<int:pk>/csv/", admin_views.results_csv, name="results_csv"),
            path("results/<int:pk>/moderate/", admin_views.ModerateView.as_view(), name="moderate"),
            path("results/<int:pk>/publish/", admin_views.PublishView.as_view(), name="publish"),
            path("results/<int:pk>/invite/", admin_views.InviteView.as_view(), name="invite"),
            path("results/<int:pk>/qr.svg", admin_views.qr_code, name="qr"),
        ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("feedback.view_results")


class StatisticsViewSet(ViewSet):
    name = "feedback_statistics"
    url_prefix = "feedback/statistics"
    icon = "table"
    menu_label = _("Participation figures")
    menu_item_class = StatisticsMenuItem

    def get_urlpatterns(self):
        return [path("", admin_views.StatisticsAdminView.as_view(), name="index")]


class FeedbackGroup(ViewSetGroup):
    menu_label = _("Feedback")
    menu_icon = "form"
    menu_order = 250
    items = (SurveyViewSet, StatisticsViewSet)


@hooks.register("register_admin_viewset")
def register_feedback_viewsets():
    return FeedbackGroup()


@hooks.register("teilhabe_event_page_panels")
def event_results_panel(request, page):
    """The published results below an event page's body (core/slots.py). The template
    renders nothing until results are published; they change only when an organiser
    publishes, which empties the page cache, so no lifetime of their own."""
    return Contribution(
        template="feedback/includes/event_results.html", context={"event": page}, position="results"
    )
