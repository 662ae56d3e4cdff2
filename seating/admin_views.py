"""Organisers' table-plan pages in the Wagtail admin.

Only organisers of a forum (and superusers) see its plan: any other forum answers 403, and
the admin menu item is hidden from staff who organise no forum. Thin: the rules live in
seating/services.py, the reads in seating/selectors.py."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from forum import public as forum_public
from portal.views import error_403

from . import selectors, services
from .forms import MoveForm, PlanForm, PrintForm, RoundForm
from .models import SeatingPlan

NAMESPACE = "seating_admin"


def url(name: str, *args) -> str:
    return reverse(f"{NAMESPACE}:{name}", args=args)


class SeatingAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": url("index"), "label": gettext_lazy("Table plans")},
            *self.extra_breadcrumbs(),
        ]

    def extra_breadcrumbs(self):
        return []


class IndexView(SeatingAdminMixin, TemplateView):
    template_name = "seating/admin/index.html"
    page_title = gettext_lazy("Table plans")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["forums"] = list(
            selectors.forums_for(self.request.user)
            .select_related("seating_plan")
            .order_by("-event__start")
        )
        return context


class ForumMixin(SeatingAdminMixin):
    """Loads the forum (404 unless the user organises it) and its plan, if any."""

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        self.forum = selectors.forums_for(request.user).filter(pk=kwargs["forum_id"]).first()
        if self.forum is None:
            # 403, not 404: inside /admin/ a 404 is answered with a redirect to the
            # language-prefixed path by LocaleMiddleware. Unknown forums look the same.
            return error_403(request)
        self.plan = (
            SeatingPlan.objects.filter(forum=self.forum)
            .select_related("planned_by", "changed_by")
            .first()
        )
        if self.plan is not None:
            self.plan.forum = self.forum
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.forum)

    def extra_breadcrumbs(self):
        return [{"url": url("plan", self.forum.pk), "label": str(self.forum)}]

    def back_to(self, view: str = "plan") -> HttpResponseRedirect:
        target = view if view in ("plan", "people") else "plan"
        return redirect(url(target, self.forum.pk))


class PlanView(ForumMixin, TemplateView):
    """The plan by table and round (or by person), metrics, and every action."""

    template_name = "seating/admin/plan.html"
    page_title = gettext_lazy("Table plan")
    view_name = "plan"

    def get(self, request, *args, **kwargs):
        return self.render_page()

    def plan_data(self) -> selectors.PlanData:
        if not hasattr(self, "_plan_data"):
            self._plan_data = selectors.plan_data(self.plan)
        return self._plan_data

    def render_page(self, *, status: int = 200, **forms) -> HttpResponse:
        context = self.get_context_data(**forms)
        return self.render_to_response(context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plan = self.plan
        context.update(
            forum=self.forum,
            plan=plan,
            view_name=self.view_name,
            move_url=url("move", self.forum.pk),
            plan_form=kwargs.get("plan_form") or PlanForm(initial=PlanForm.initial_for(plan)),
            print_form=PrintForm(initial={"language": _admin_language()}),
        )
        if plan is None:
            return context
        data = self.plan_data()
        context.update(
            data=data,
            figures=selectors.metric_figures(plan.metrics),
            unplanned=selectors.unplanned_count(plan),
            rounds_changed=plan.rounds != self.forum.rounds,
            move_form=kwargs.get("move_form") or MoveForm(data_for=data),
            round_form=RoundForm(initial={"current_round": plan.current_round}, rounds=plan.rounds),
        )
        return context


class PeopleView(PlanView):
    template_name = "seating/admin/people.html"
    page_title = gettext_lazy("Table plan by person")
    view_name = "people"


class PlanActionView(PlanView):
    """POST: plan or re-plan."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = PlanForm(request.POST)
        if not form.is_valid():
            return self.render_page(status=400, plan_form=form)
        data = form.cleaned_data
        try:
            plan = services.plan_create(
                forum=self.forum,
                by=request.user,
                source=data["source"],
                language_rule=data["language_rule"],
                seed=data["seed"],
                time_limit=float(data["time_limit"]),
            )
        except services.SeatingError as error:
            form.add_error(None, error.message)
            return self.render_page(status=409, plan_form=form)
        messages.success(
            request,
            _("The tables are planned for %(count)d people.")
            % {"count": plan.metrics.get("guests", 0)},
        )
        return self.back_to()


class MoveView(PlanView):
    """GET: the move form alone (prefilled from the grid's links); POST: move."""

    template_name = "seating/admin/move.html"
    page_title = gettext_lazy("Move someone")

    def get(self, request, *args, **kwargs):
        if self.plan is None:
            raise Http404
        initial = {key: request.GET.get(key) for key in ("guest", "round") if request.GET.get(key)}
        return self.render_page(move_form=MoveForm(initial=initial, data_for=self.plan_data()))

    def post(self, request, *args, **kwargs):
        if self.plan is None:
            raise Http404
        form = MoveForm(request.POST, data_for=self.plan_data())
        back = request.POST.get("back", "plan")
        if not form.is_valid():
            return self.render_page(status=400, move_form=form)
        registration = get_object_or_404(
            forum_public.registrations_of_forum(self.forum), pk=form.cleaned_data["guest"]
        )
        table = get_object_or_404(
            forum_public.tables_of_forum(self.forum), pk=form.cleaned_data["table"]
        )
        try:
            move = services.plan_move(
                plan=self.plan,
                registration=registration,
                round=form.cleaned_data["round"],
                table=table,
                by=request.user,
            )
        except services.SeatingError as error:
            form.add_error("table", error.message)
            return self.render_page(status=409, move_form=form)
        if move.changed:
            messages.success(
                request,
                _("%(name)s sits at %(table)s in round %(round)d now.")
                % {"name": registration.name, "table": table.name, "round": move.seat.round},
            )
        else:
            messages.info(
                request,
                _("%(name)s sits at %(table)s in round %(round)d already.")
                % {"name": registration.name, "table": table.name, "round": move.seat.round},
            )
        return self.back_to(back)


class RoundView(ForumMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if self.plan is None:
            raise Http404
        form = RoundForm(request.POST, rounds=self.plan.rounds)
        if form.is_valid():
            number = form.cleaned_data["current_round"]
            services.plan_set_current_round(plan=self.plan, round=number, by=request.user)
            if number:
                messages.success(
                    request,
                    _(
                        "Round %(number)d has started. Re-planning keeps everyone's seats up "
                        "to this round."
                    )
                    % {"number": number},
                )
            else:
                messages.success(request, _("The World Café has not started."))
        else:
            messages.error(request, _("Choose a round of this plan."))
        return self.back_to(request.POST.get("back", "plan"))


class PublishView(ForumMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if self.plan is None:
            raise Http404
        if request.POST.get("action") == "unpublish":
            services.plan_unpublish(plan=self.plan, by=request.user)
            messages.success(request, _("Guests no longer see their tables."))
        else:
            services.plan_publish(plan=self.plan, by=request.user)
            messages.success(
                request, _("Published: confirmed guests see their tables on their personal page.")
            )
        return self.back_to(request.POST.get("back", "plan"))


class PrintView(ForumMixin, View):
    """GET: sends the organiser to the print page in the chosen language and size."""

    def get(self, request, *args, **kwargs):
        if self.plan is None:
            raise Http404
        form = PrintForm(request.GET)
        if not form.is_valid():
            messages.error(request, _("Choose the cards, the paper size and a language."))
            return self.back_to()
        data = form.cleaned_data
        name = "print_tables" if data["kind"] == "tables" else "print_routes"
        with translation.override(data["language"]):
            target = reverse(f"seating:{name}", kwargs={"forum_id": self.forum.pk})
        return redirect(f"{target}?{urlencode({'size': data['size']})}")


def _admin_language() -> str:
    return (translation.get_language() or "de").split("-")[0]
