"""Organisers' views in the Wagtail admin: start a survey, results with moderation and
publication, CSV, QR code for walk-ins, sending invitations, participation figures.

Every view about one survey first asks `feedback.permissions` whether this user may manage
it (organisers of the event's forum, administrators; the yearly survey: editors and
administrators). A refusal is a 403 page, the same for a survey of another forum and for an
id that does not exist (`PermissionDenied` would become Wagtail's redirect to the dashboard)."""

import io
import uuid

import segno
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.i18n import text_direction
from core.params import parse_id
from portal.views import error_403

from . import permissions, services
from .admin_forms import StartSurveyForm
from .csv_export import csv_response
from .models import Answer, Moderation, QuestionKind, Response, Survey
from .selectors.results import (
    free_texts_for_moderation,
    moderation_counts,
    survey_results,
    yearly_comparison,
)
from .selectors.statistics import statistics_context
from .tasks import send_feedback_invitations
from .translations import NATIVE_NAMES, SOURCE_LANGUAGE, normalise_language, pick

TEXTS_PER_PAGE = 25
URL_NAMESPACE = "feedback_surveys"


def url(name: str, *args) -> str:
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def _require(request, *codenames: str) -> None:
    if not any(request.user.has_perm(f"feedback.{codename}") for codename in codenames):
        raise PermissionDenied


def parse_uuid(text: str | None) -> uuid.UUID | None:
    """An answer's id (random, see feedback/models.py) from a form, or None."""
    try:
        return uuid.UUID((text or "").strip())
    except ValueError:
        return None


def managed_survey(request, pk, *, permission) -> Survey | None:
    """The survey `pk` if the signed-in user may do `permission` with it, else None."""
    survey_id = parse_id(str(pk))
    if survey_id is None:
        return None
    return (
        permissions.surveys_managed_by(request.user, permission=permission)
        .select_related("event")
        .filter(pk=survey_id)
        .first()
    )


def refuse(request) -> HttpResponse:
    return error_403(request)


class ManagedSurveyMixin:
    """For class-based views about one survey (`pk` in the URL): `self.survey`, or a 403
    before anything else runs (Wagtail's generic views load the object in `setup()`)."""

    survey_permission: str | tuple[str, ...] = permissions.VIEW

    def setup(self, request, *args, **kwargs):
        self.survey = managed_survey(request, kwargs.get("pk"), permission=self.survey_permission)
        if self.survey is None:
            View.setup(self, request, *args, **kwargs)
            return
        super().setup(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        if self.survey is None:
            return refuse(request)
        return super().dispatch(request, *args, **kwargs)


def _admin_language() -> str:
    return normalise_language(translation.get_language())


class SurveyAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "form"
    # The role's model permissions (any of them); views about one survey check the survey
    # itself through ManagedSurveyMixin instead.
    role_permissions: tuple[str, ...] = ()

    def dispatch(self, request, *args, **kwargs):
        if self.role_permissions:
            _require(request, *self.role_permissions)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": url("index"), "label": gettext_lazy("Surveys")},
            *self.extra_breadcrumbs(),
        ]

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_page_title()}]


class StartSurveyView(SurveyAdminMixin, FormView):
    """Replaces the generic "add" view: choose the event or year and the template, then edit
    the created survey in the normal editor."""

    template_name = "feedback/admin/start.html"
    form_class = StartSurveyForm
    role_permissions = (permissions.ADD,)
    page_title = gettext_lazy("New survey")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_initial(self):
        initial = super().get_initial()
        if self.request.GET.get("kind") == StartSurveyForm.KIND_YEARLY:
            initial["kind"] = StartSurveyForm.KIND_YEARLY
            initial["year"] = timezone.localdate().year
        return initial

    def form_valid(self, form):
        data = form.cleaned_data
        if data["kind"] == StartSurveyForm.KIND_EVENT:
            survey = services.survey_create_for_event(
                event=data["event"],
                from_template=data["from_template"],
                closes_at=data["closes_at"],
            )
        else:
            survey = services.yearly_survey_create(
                year=data["year"],
                opens_at=data["opens_at"],
                closes_at=data["closes_at"],
                from_template=data["from_template"],
            )
        messages.success(
            self.request, _("Survey “%(title)s” created. Check the questions.") % {"title": survey}
        )
        return redirect(url("edit", survey.pk))


class ResultsView(ManagedSurveyMixin, SurveyAdminMixin, TemplateView):
    template_name = "feedback/admin/results.html"
    survey_permission = permissions.VIEW

    def get_page_title(self):
        return _("Results: %(survey)s") % {"survey": self.survey}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = _admin_language()
        survey = self.survey
        results = survey_results(survey, language=language, public=False, with_participation=True)
        status = self.request.GET.get("status", "")
        if status not in Moderation.values:
            status = ""
        texts = free_texts_for_moderation(survey, status=status or None)
        page = Paginator(texts, TEXTS_PER_PAGE).get_page(self.request.GET.get("page"))
        labels = dict(Moderation.choices)
        text_items = [
            {
                "answer": answer,
                "question": pick(answer.question.text, language),
                "lang": answer.response.language,
                "dir": text_direction(answer.response.language),
                "language_name": NATIVE_NAMES.get(answer.response.language, ""),
                "moderation_label": labels.get(answer.moderation, answer.moderation),
            }
            for answer in page.object_list
        ]
        public_url = services.public_url(survey=survey)
        counts = moderation_counts(survey)
        context.update(
            {
                "survey": survey,
                "results": results,
                "text_page": page,
                "text_items": text_items,
                "status": status,
                "statuses": [
                    (value, label, counts.get(value, 0)) for value, label in Moderation.choices
                ],
                "public_url": public_url,
                "can_publish": permissions.can_manage_survey(
                    self.request.user, survey, permission=permissions.PUBLISH
                ),
                "can_invite": survey.event_id is not None
                and permissions.can_manage_survey(
                    self.request.user, survey, permission=permissions.CHANGE
                )
                and survey.event.end <= timezone.now()
                and survey.is_open(),
                "yearly": yearly_comparison(language=language, public=False)
                if survey.is_yearly
                else None,
                "edit_url": url("edit", survey.pk),
                "csv_url": url("results_csv", survey.pk),
                "qr_url": url("qr", survey.pk),
                "publish_url": url("publish", survey.pk),
                "invite_url": url("invite", survey.pk),
                "moderate_url": url("moderate", survey.pk),
                "event_url": survey.event.get_url(self.request) if survey.event_id else "",
                "now": timezone.now(),
                "next_url": self.request.get_full_path(),
            }
        )
        return context


def _back(request, survey: Survey) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return url("results", survey.pk)


class SurveyActionView(ManagedSurveyMixin, View):
    """A POST about one survey. The survey is checked before the method, so whoever may not
    manage it learns nothing more from a GET."""

    http_method_names = ["post"]


class ModerateView(SurveyActionView):
    survey_permission = permissions.PUBLISH

    def post(self, request, pk):
        survey = self.survey
        answer_id = parse_uuid(request.POST.get("answer"))
        if answer_id is None:
            raise Http404
        answer = get_object_or_404(
            Answer.objects.select_related("question__survey"),
            pk=answer_id,
            question__survey=survey,
        )
        try:
            services.answer_moderate(answer=answer, status=request.POST.get("status", ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(f"{_back(request, survey)}#text-{answer.pk}")


class PublishView(SurveyActionView):
    survey_permission = permissions.PUBLISH

    def post(self, request, pk):
        survey = self.survey
        if request.POST.get("action") == "unpublish":
            services.results_unpublish(survey=survey)
            messages.success(request, _("The results are no longer public."))
        else:
            services.results_publish(survey=survey)
            if survey.event_id:
                messages.success(
                    request,
                    _("Results published on the event page (approved free texts only)."),
                )
            else:
                messages.success(request, _("Results published on the statistics page."))
        return redirect(url("results", survey.pk))


class InviteView(SurveyActionView):
    survey_permission = permissions.CHANGE

    def post(self, request, pk):
        survey = self.survey
        if survey.event_id is None:
            raise Http404
        send_feedback_invitations.enqueue(survey_id=survey.pk)
        messages.success(
            request,
            _("Invitations are being sent. Everyone who attended gets one e-mail, once."),
        )
        return redirect(url("results", survey.pk))


def qr_code(request, pk):
    """The walk-in link as an SVG QR code, to print on a poster or show on a screen."""
    survey = managed_survey(request, pk, permission=(permissions.VIEW, permissions.CHANGE))
    if survey is None:
        return refuse(request)
    if not survey.public_link_enabled:
        raise Http404
    link = services.public_url(survey=survey)
    buffer = io.BytesIO()
    segno.make(link, error="m").save(
        buffer, kind="svg", scale=8, border=4, title=str(survey), xmldecl=True
    )
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="feedback-{survey.pk}-qr.svg"'
    return response


def results_csv(request, pk):
    """One row per response (multiple choice joined with "; "), or the summary per option."""
    survey = managed_survey(request, pk, permission=permissions.VIEW)
    if survey is None:
        return refuse(request)
    language = _admin_language()
    questions = list(survey.questions.all())
    if request.GET.get("kind") == "summary":
        results = survey_results(survey, language=language, public=False, with_texts=False)
        rows = [[_("Question"), _("Answer"), _("Count"), _("Percent"), _("Mean")]]
        for result in results.questions:
            if result.is_text:
                rows.append([result.text.text, _("(free text)"), result.answered, "", ""])
                continue
            for option in result.options:
                rows.append([result.text.text, option.label.text, option.count, option.percent, ""])
            if result.mean is not None:
                rows.append(
                    [result.text.text, _("Mean"), result.answered, "", round(result.mean, 2)]
                )
        return csv_response(rows, filename=f"feedback-{survey.pk}-summary.csv")
    return csv_response(
        _response_rows(survey, questions, language), filename=f"feedback-{survey.pk}-answers.csv"
    )


def _response_rows(survey, questions, language):
    labels = {
        q.pk: {o["key"]: pick(o.get("text"), language).text for o in q.options} for q in questions
    }
    header = [_("Answer no."), _("Date"), _("Language"), _("Through the public link")]
    header += [pick(q.text, language).text for q in questions]
    header += [_("Free text reviewed") if q.kind == QuestionKind.TEXT else None for q in questions]
    yield [cell for cell in header if cell is not None]
    # By day, then by the random id: the numbers say nothing about the order of arrival.
    responses = (
        Response.objects.filter(survey=survey)
        .order_by("submitted_on", "pk")
        .values_list("pk", "submitted_on", "language", "via_public_link")
    )
    answers = (
        Answer.objects.filter(response__survey=survey)
        .order_by("response__submitted_on", "response_id", "pk")
        .values_list("response_id", "question_id", "value", "choice", "text", "moderation")
        .iterator(chunk_size=5000)
    )
    pending = next(answers, None)
    for number, (pk, submitted_on, lang, public) in enumerate(responses.iterator(), start=1):
        cells: dict[int, list[str]] = {}
        moderation: dict[int, str] = {}
        while pending is not None and pending[0] == pk:
            _response, question_id, value, choice, text, status = pending
            if value is not None:
                cells.setdefault(question_id, []).append(str(value))
            elif choice:
                cells.setdefault(question_id, []).append(labels[question_id].get(choice, choice))
            elif text:
                cells.setdefault(question_id, []).append(text)
                moderation[question_id] = Moderation(status).label
            pending = next(answers, None)
        row = [number, submitted_on.isoformat(), lang, public]
        row += ["; ".join(cells.get(q.pk, [])) for q in questions]
        row += [moderation.get(q.pk, "") for q in questions if q.kind == QuestionKind.TEXT]
        yield row


class StatisticsAdminView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/statistics.html"
    header_icon = "table"
    page_title = gettext_lazy("Participation figures")

    def dispatch(self, request, *args, **kwargs):
        _require(request, "view_results")
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            statistics_context(
                request=self.request,
                year_param=self.request.GET.get("year"),
                page_param=self.request.GET.get("page"),
                public=False,
                # Unpublished yearly results only for those who manage the yearly survey.
                unpublished_yearly=permissions.may_manage_yearly(self.request.user),
            )
        )
        with translation.override(SOURCE_LANGUAGE):
            context["public_url"] = reverse("feedback:statistics")
        context["csv_url"] = reverse("feedback:statistics_csv")
        return context

    def render_to_response(self, context, **kwargs):
        kwargs.setdefault("status", context.get("status", 200))
        return super().render_to_response(context, **kwargs)
