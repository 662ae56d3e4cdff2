"""Writes of the feedback app: surveys, invitations, answers, moderation, publication."""

import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.outbox import outbox_add
from core.page_cache import invalidate_page_cache
from core.progress import OnProgress, tracked
from core.scheduler import scheduled_job
from events.models import EventPage, EventStatus
from forum import public as forum_public

from . import defaults
from .models import (
    DEFAULT_OPEN_DAYS,
    FREE_TEXT_MAX_LENGTH,
    Answer,
    Invitation,
    Moderation,
    Question,
    QuestionKind,
    Response,
    SpentToken,
    Survey,
    spent_digest,
    token_hash,
)
from .translations import SOURCE_LANGUAGE, normalise_language

logger = logging.getLogger(__name__)

TOKEN_BYTES = 32  # 256 bits


class SurveyNotOpen(Exception):
    """The survey has not opened yet or has closed."""


class AlreadyAnswered(Exception):
    """This link (or this browser) has answered already."""


# --- Surveys --------------------------------------------------------------------------------


def source_event(event: EventPage) -> EventPage:
    """The German original of an event page: surveys always hang on it."""
    if event.locale.language_code == SOURCE_LANGUAGE:
        return event
    original = event.get_translation_or_none(Locale.objects.get(language_code=SOURCE_LANGUAGE))
    return original.specific if original is not None else event


@transaction.atomic
def survey_create_for_event(
    *, event: EventPage, from_template: bool = True, closes_at: datetime | None = None
) -> Survey:
    event = source_event(event)
    survey = Survey(
        event=event,
        opens_at=event.start,
        closes_at=closes_at or event.end + timedelta(days=DEFAULT_OPEN_DAYS),
    )
    if from_template:
        survey.questions = defaults.event_questions()
    survey.full_clean()
    survey.save()
    return survey


@transaction.atomic
def yearly_survey_create(
    *, year: int, opens_at: datetime, closes_at: datetime, from_template: bool = True
) -> Survey:
    survey = Survey(
        year=year,
        title=defaults.yearly_title(year),
        intro=dict(defaults.YEARLY_INTRO),
        opens_at=opens_at,
        closes_at=closes_at,
    )
    if from_template:
        survey.questions = defaults.yearly_questions()
    survey.full_clean()
    survey.save()
    return survey


# --- Invitations ----------------------------------------------------------------------------


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def invitation_url(*, token: str, language: str) -> str:
    with translation.override(language):
        path = reverse("feedback:invitation", kwargs={"token": token})
    return f"{settings.SITE_URL}{path}"


def public_url(*, survey: Survey, language: str | None = None) -> str:
    """The walk-in link. Without a language it is unprefixed: the visitor's browser language
    decides (Django redirects to the prefixed URL)."""
    if language is None:
        with translation.override(SOURCE_LANGUAGE):
            path = reverse("feedback:public", kwargs={"key": survey.public_key})
        path = path.removeprefix(f"/{SOURCE_LANGUAGE}")
    else:
        with translation.override(language):
            path = reverse("feedback:public", kwargs={"key": survey.public_key})
    return f"{settings.SITE_URL}{path}"


def invitation_for_token(token: str) -> Invitation | None:
    if not token or len(token) > 100:
        return None
    return (
        Invitation.objects.select_related("survey", "survey__event")
        .filter(token_hash=token_hash(token), sent_at__isnull=False)
        .first()
    )


def token_is_spent(token: str) -> bool:
    return SpentToken.objects.filter(digest=spent_digest(token)).exists()


@dataclass
class InvitationReport:
    surveys: int = 0
    sent: int = 0
    already_sent: int = 0
    without_email: int = 0
    details: list[str] = field(default_factory=list)


def surveys_due_for_invitations(now: datetime | None = None):
    """Event surveys whose event has ended and that still accept answers."""
    now = now or timezone.now()
    return (
        Survey.objects.for_events()
        .filter(event__end__lte=now, closes_at__gt=now, event__live=True)
        .exclude(event__status=EventStatus.CANCELLED)
        .select_related("event")
        .order_by("event__end", "pk")
    )


def _event_titles(event: EventPage) -> dict[str, str]:
    """The event's title in each language it has been translated into (one query)."""
    titles = {
        page.locale.language_code: page.title
        for page in EventPage.objects.filter(translation_key=event.translation_key)
        .live()
        .select_related("locale")
        .only("title", "locale__language_code")
    }
    titles.setdefault(SOURCE_LANGUAGE, event.title)
    return titles


def _send_invitation(*, survey: Survey, attendee, titles: Mapping[str, str]) -> bool:
    """Send one attendee their link, exactly once. True if sent now."""
    language = normalise_language(attendee.language)
    with transaction.atomic():
        invitation, _created = Invitation.objects.get_or_create(
            survey=survey,
            registration_id=attendee.registration_id,
            defaults={"token_hash": token_hash(new_token())},
        )
        token = new_token()
        # The conditional update is the claim: of two parallel runs only one gets the row.
        claimed = Invitation.objects.filter(pk=invitation.pk, sent_at__isnull=True).update(
            sent_at=timezone.now(), token_hash=token_hash(token)
        )
        if not claimed:
            return False
        outbox_add(
            kind="feedback.invitation",
            to=attendee.email,
            language=language,
            about=forum_public.mail_about(attendee.registration_id),
            context={
                "survey": survey.pk,
                "name": attendee.name,
                "event_title": titles.get(language) or titles[SOURCE_LANGUAGE],
                "token": token,
            },
            # Once sent, the outbox forgets the link: nobody reading the database later can
            # use it, or recompute its SpentToken digest to find out that this person answered.
            redact_after_send=[token],
        )
    return True


@scheduled_job(
    name="send_feedback_invitations",
    report="feedback: {result.sent} invitation(s) sent for {result.surveys} due survey(s)",
)
def invitations_send(
    *,
    survey: Survey | None = None,
    now: datetime | None = None,
    on_progress: OnProgress | None = None,
) -> InvitationReport:
    """Invite every attendee of every ended event with an open survey; idempotent.

    Attendees come from `forum.public.attendees_for_event` (checked in, or confirmed when
    nobody was checked in). Each invitation is stamped `sent_at` in the same transaction that
    stores its e-mail in the outbox, so a crash never sends twice or loses one."""
    report = InvitationReport()
    surveys = surveys_due_for_invitations(now)
    if survey is not None:
        surveys = surveys.filter(pk=survey.pk)
    for current in surveys:
        report.surveys += 1
        attendees = forum_public.attendees_for_event(current.event)
        done = set(
            Invitation.objects.filter(survey=current, sent_at__isnull=False).values_list(
                "registration_id", flat=True
            )
        )
        todo = []
        for attendee in attendees:
            if attendee.registration_id in done:
                report.already_sent += 1
            elif not attendee.email:
                report.without_email += 1
            else:
                todo.append(attendee)
        if not todo:
            continue
        titles = _event_titles(current.event)
        label = f"survey {current.pk} ({current.event.title[:40]})"
        sent_here = 0
        for attendee in tracked(todo, total=len(todo), label=label, on_progress=on_progress):
            try:
                if _send_invitation(survey=current, attendee=attendee, titles=titles):
                    sent_here += 1
                else:
                    report.already_sent += 1
            except IntegrityError:
                # A parallel run created the same invitation a moment earlier: theirs counts.
                report.already_sent += 1
        report.sent += sent_here
        report.details.append(f"{label}: {sent_here} sent")
    return report


# --- Answers --------------------------------------------------------------------------------


def _validate(question: Question, value) -> list:
    """Defence in depth behind the form: what the database may hold for `question`."""
    if value in (None, "", [], ()):
        if question.required:
            raise ValidationError(_("Please answer this question."), code="required")
        return []
    if question.kind == QuestionKind.SCALE:
        try:
            number = int(value)
        except (TypeError, ValueError) as error:
            raise ValidationError(_("Please choose a value on the scale."), "invalid") from error
        if not 1 <= number <= question.scale_max:
            raise ValidationError(
                _("Please choose a value from 1 to %(max)d.") % {"max": question.scale_max},
                code="out_of_range",
            )
        return [Answer(question=question, value=number)]
    if question.is_choice:
        keys = [value] if isinstance(value, str) else list(value)
        if question.kind == QuestionKind.SINGLE and len(keys) != 1:
            raise ValidationError(_("Please choose one option."), code="invalid")
        unknown = [key for key in keys if key not in question.option_keys]
        if unknown:
            raise ValidationError(
                _("Please choose one of the options shown."), code="unknown_option"
            )
        return [Answer(question=question, choice=key) for key in dict.fromkeys(keys)]
    text = str(value).strip()
    if len(text) > FREE_TEXT_MAX_LENGTH:
        raise ValidationError(
            _("Please shorten your text to at most %(max)d characters.")
            % {"max": FREE_TEXT_MAX_LENGTH},
            code="too_long",
        )
    if not text:
        if question.required:
            raise ValidationError(_("Please answer this question."), code="required")
        return []
    return [Answer(question=question, text=text)]


def response_submit(
    *,
    survey: Survey,
    answers: Mapping[int, object],
    language: str,
    token: str | None = None,
    via_public_link: bool = False,
    now: datetime | None = None,
) -> Response:
    """Store one person's answers without identity.

    With `token` (a personal link) the link is spent in the same transaction, so a link
    answers at most once even when submitted twice at the same moment (unique digest)."""
    now = now or timezone.now()
    if not survey.is_open(now):
        raise SurveyNotOpen
    questions = list(survey.questions.all())
    rows: list[Answer] = []
    errors = {}
    for question in questions:
        try:
            rows += _validate(question, answers.get(question.pk))
        except ValidationError as error:
            errors[question.pk] = error.messages
    if errors:
        raise ValidationError(errors)
    try:
        with transaction.atomic():
            if token is not None:
                SpentToken.objects.create(survey=survey, digest=spent_digest(token))
            response = Response.objects.create(
                survey=survey,
                language=normalise_language(language),
                via_public_link=via_public_link,
                submitted_on=timezone.localdate(now),
            )
            for row in rows:
                row.response = response
            Answer.objects.bulk_create(rows)
    except IntegrityError as error:
        raise AlreadyAnswered from error
    return response


# --- Moderation and publication -------------------------------------------------------------


def answer_moderate(*, answer: Answer, status: str) -> Answer:
    if status not in Moderation.values:
        raise ValidationError(_("Unknown moderation status."))
    if not answer.text:
        raise ValidationError(_("Only free-text answers are moderated."))
    Answer.objects.filter(pk=answer.pk).update(moderation=status)
    answer.moderation = status
    survey = answer.question.survey
    if survey.is_published:
        invalidate_page_cache()
    return answer


def results_publish(*, survey: Survey, now: datetime | None = None) -> Survey:
    survey.results_published_at = now or timezone.now()
    Survey.objects.filter(pk=survey.pk).update(results_published_at=survey.results_published_at)
    invalidate_page_cache()
    return survey


def results_unpublish(*, survey: Survey) -> Survey:
    survey.results_published_at = None
    Survey.objects.filter(pk=survey.pk).update(results_published_at=None)
    invalidate_page_cache()
    return survey
