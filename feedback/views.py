"""Public views: answering a survey (personal or public link), thanks, statistics."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.signing import BadSignature
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from core import ratelimit

from . import services
from .forms import SurveyAnswerForm
from .models import Survey
from .selectors.statistics import statistics_csv_response, statistics_page_context
from .translations import (
    LANGUAGE_CODES,
    NATIVE_NAMES,
    SOURCE_LANGUAGE,
    LocalText,
    normalise_language,
    pick,
)

COOKIE_SALT = "feedback.answered"


def _cookie_name(survey: Survey) -> str:
    return f"feedback_{survey.public_key}"


def _over_rate_limit(request: HttpRequest, survey: Survey) -> bool:
    """Count answers sent from one client address to one survey per hour (the site's shared
    rate limit: cache-based, shared by all application servers when the cache is Redis). A
    venue's Wi-Fi shares one address, so the limit is generous (FEEDBACK_PUBLIC_RATE_LIMIT;
    0 switches it off)."""
    per_hour = getattr(settings, "FEEDBACK_PUBLIC_RATE_LIMIT", 30)
    return not ratelimit.allow(request, scope=f"feedback-public:{survey.pk}", rate=f"{per_hour}/1h")


def _event_title(survey: Survey, language: str) -> LocalText | None:
    """The event's title in `language` when it has been translated, else the German one."""
    if survey.event_id is None:
        return None
    translated = (
        type(survey.event)
        .objects.filter(
            translation_key=survey.event.translation_key, locale__language_code=language
        )
        .live()
        .values_list("title", flat=True)
        .first()
    )
    if translated:
        return LocalText(translated, language)
    return LocalText(survey.event.title, SOURCE_LANGUAGE)


def _message(request, *, survey: Survey | None, title: str, text: str, status: int, **extra):
    context = {"survey": survey, "message_title": title, "message_text": text, **extra}
    return render(request, "feedback/survey_message.html", context, status=status)


def _closed(request, survey: Survey) -> HttpResponse:
    if not survey.has_opened():
        return _message(
            request,
            survey=survey,
            title=_("This survey has not opened yet"),
            text=_("You can answer from %(date)s on. Please come back then.")
            % {"date": _date(survey.opens_at)},
            status=403,
        )
    return _message(
        request,
        survey=survey,
        title=_("This survey is closed"),
        text=_("Answers were accepted until %(date)s. Thank you for your interest.")
        % {"date": _date(survey.closes_at)},
        status=410,
    )


def _date(value) -> str:
    return date_format(timezone.localtime(value), "DATETIME_FORMAT")


def _language_links(request: HttpRequest, url_name: str, **kwargs) -> list[dict]:
    links = []
    current = translation.get_language()
    for code in LANGUAGE_CODES:
        with translation.override(code):
            url = reverse(url_name, kwargs=kwargs)
        links.append(
            {"code": code, "name": NATIVE_NAMES[code], "url": url, "current": code == current}
        )
    return links


def _render_form(
    request, *, survey, form, language, personal, status=200, language_links=None, notice=""
):
    context = {
        "notice": notice,
        "survey": survey,
        "form": form,
        "fields": form.question_fields(),
        "title": survey.display_title(language, _event_title(survey, language)),
        "intro": _pick_intro(survey, language),
        "personal": personal,
        "language_links": language_links or [],
        "error_count": sum(len(errors) for errors in form.errors.values()) if form.is_bound else 0,
    }
    return render(request, "feedback/survey_form.html", context, status=status)


def _pick_intro(survey: Survey, language: str):
    return pick(survey.intro, language)


def _handle(request, *, survey: Survey, token: str | None, language_links) -> HttpResponse:
    language = normalise_language(translation.get_language())
    questions = list(survey.questions.all())
    personal = token is not None
    if request.method != "POST":
        form = SurveyAnswerForm(questions=questions, language=language)
        return _render_form(
            request,
            survey=survey,
            form=form,
            language=language,
            personal=personal,
            language_links=language_links,
        )
    form = SurveyAnswerForm(request.POST, questions=questions, language=language)
    if form.is_valid():
        try:
            services.response_submit(
                survey=survey,
                answers=form.answers(),
                language=language,
                token=token,
                via_public_link=not personal,
            )
        except services.SurveyNotOpen:
            return _closed(request, survey)
        except services.AlreadyAnswered:
            return _already(request, survey, personal=personal)
        except ValidationError as error:
            form.add_service_errors(_errors_by_id(error))
        else:
            response = redirect("feedback:thanks", key=survey.public_key)
            if not personal:
                response.set_signed_cookie(
                    _cookie_name(survey),
                    "1",
                    salt=COOKIE_SALT,
                    max_age=max(int((survey.closes_at - timezone.now()).total_seconds()), 60),
                    httponly=True,
                    samesite="Lax",
                    secure=request.is_secure(),
                )
            return response
    return _render_form(
        request,
        survey=survey,
        form=form,
        language=language,
        personal=personal,
        status=400,
        language_links=language_links,
    )


def _errors_by_id(error: ValidationError) -> dict[int, list[str]]:
    if hasattr(error, "error_dict"):
        return {
            int(key): [str(m) for e in errors for m in e.messages]
            for key, errors in error.error_dict.items()
        }
    return {}


def _already(request, survey: Survey, *, personal: bool) -> HttpResponse:
    if personal:
        text = _(
            "Your answers from this link have already arrived – thank you! Each link can be "
            "used once, so that every voice counts once."
        )
        status = 410
    else:
        text = _(
            "Answers from this browser have already arrived – thank you! Each person can "
            "answer once."
        )
        status = 200
    return _message(
        request,
        survey=survey,
        title=_("You have already answered"),
        text=text,
        status=status,
        show_statistics_link=True,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def invitation_survey(request: HttpRequest, token: str) -> HttpResponse:
    invitation = services.invitation_for_token(token)
    if invitation is None:
        return _message(
            request,
            survey=None,
            title=_("This link is not valid"),
            text=_(
                "Please check that you opened the whole link from your e-mail. "
                "If it still does not work, the organisers can help."
            ),
            status=404,
        )
    survey = invitation.survey
    if services.token_is_spent(token):
        return _already(request, survey, personal=True)
    if not survey.is_open():
        return _closed(request, survey)
    return _handle(
        request,
        survey=survey,
        token=token,
        language_links=_language_links(request, "feedback:invitation", token=token),
    )


def _public_survey(key: str) -> Survey | None:
    return (
        Survey.objects.select_related("event")
        .filter(public_key=key, public_link_enabled=True)
        .first()
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def public_survey(request: HttpRequest, key: str) -> HttpResponse:
    survey = _public_survey(key)
    if survey is None:
        return _message(
            request,
            survey=None,
            title=_("Survey not found"),
            text=_("This survey does not exist or takes no answers through this link."),
            status=404,
        )
    try:
        answered = request.get_signed_cookie(_cookie_name(survey), salt=COOKIE_SALT) == "1"
    except (KeyError, BadSignature):
        answered = False
    if answered:
        return _already(request, survey, personal=False)
    if not survey.is_open():
        return _closed(request, survey)
    if request.method == "POST" and _over_rate_limit(request, survey):
        # Nothing is stored, but what the person typed comes back with the explanation.
        language = normalise_language(translation.get_language())
        form = SurveyAnswerForm(
            request.POST, questions=list(survey.questions.all()), language=language
        )
        form.is_valid()
        return _render_form(
            request,
            survey=survey,
            form=form,
            language=language,
            personal=False,
            status=429,
            language_links=_language_links(request, "feedback:public", key=key),
            notice=_(
                "Many answers have just been sent from this network, so yours was not saved "
                "yet. Please wait a while and send it again – everything you entered is still "
                "here. Or ask the organisers for a paper form."
            ),
        )
    return _handle(
        request,
        survey=survey,
        token=None,
        language_links=_language_links(request, "feedback:public", key=key),
    )


@require_safe
def thanks(request: HttpRequest, key: str) -> HttpResponse:
    survey = Survey.objects.select_related("event").filter(public_key=key).first()
    return render(request, "feedback/thanks.html", {"survey": survey})


@require_safe
def statistics(request: HttpRequest) -> HttpResponse:
    context = statistics_page_context(request)
    return render(request, "feedback/statistics.html", context, status=context["status"])


@require_safe
def statistics_csv(request: HttpRequest) -> HttpResponse:
    return statistics_csv_response(request)
