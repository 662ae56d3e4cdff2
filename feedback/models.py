"""Surveys after events and the yearly satisfaction survey.

Plain models, not pages: questions are edited by organisers in the admin, answers are
submitted data. Answers carry no identity.

How a personal link stays anonymous
-----------------------------------
- `Invitation.token_hash` is sha256("invite:" + token); the token itself (256 random bits) is
  never stored by this app. The e-mail that carries it sits in the outbox only until it is
  delivered: delivery replaces the token with "[…]" in the stored subject and bodies in the
  same UPDATE that sets `sent_at` (core/outbox.py, `redact_after_send`); a message given up
  on is redacted too. Forum erasure deletes the stored e-mails later anyway.
- A used link leaves `SpentToken.digest` = sha256("spent:" + token): a second digest that
  only someone holding the token can match to the invitation.
- `SpentToken`, `Response` and `Answer` have random UUID4 keys, no time of day
  (`Response.submitted_on` is a date; the others have no time at all) and no key in common:
  answering adds those rows and changes nothing else, no invitation is marked "used at"
  (tests/feedback/test_anonymity.py replays the attack that worked before).

What someone with a full copy of the database (a dump, a backup, read access) learns
-------------------------------------------------------------------------------------
Can learn:
- who was invited to which survey and when (`Invitation`, the registrations until their
  erasure, the delivered e-mail's recipient, subject and date until the outbox purge);
- how many links were used, how many answers came through personal and public links, and per
  response its language, its day and its answers, free texts included: a text that names
  its writer names them in the database too (moderation hides it from the public only);
- by inference in small groups: the response's language against the invitees' languages
  (`Registration.language`), or a day on which one person answered, can single someone out
  (public results wait for `PUBLIC_MIN_ANSWERS`; the database does not).

Cannot learn (from the database alone):
- a working link: no token is stored, in the outbox not after delivery (an e-mail still
  waiting for delivery holds its token until then);
- whose link was used: digests can't be matched to invitations without the token;
- which response came with which used link, or from which invitee: no shared key, no
  sequence, no timestamp finer than a day.

Residual risk: the storage engine keeps its own record of insertion order. SQLite gives each
row a hidden rowid even with a UUID key (Django can't create WITHOUT ROWID tables);
PostgreSQL stores new rows roughly in arrival order in the heap (pg_dump writes them so) and
stamps each row with its transaction id (xmin), which a SpentToken shares with the Response
stored with it. Alone this links nothing, because the used links can't be attributed; but
someone who has the database *and* a person's link from elsewhere (their mailbox, a mail
server's copy) can tie that link to its response. Rows that existed before the switch to
random ids were copied in a shuffled order (migration 0003); the order of new rows is not
ours to control (a periodic rewrite of the tables in id order, e.g. PostgreSQL's CLUSTER,
would remove it; not done)."""

import hashlib
import secrets
import uuid
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from .fields import TranslatedOptionsField, TranslatedTextField
from .translations import LANGUAGE_CODES, SOURCE_LANGUAGE, missing_languages, pick

FREE_TEXT_MAX_LENGTH = 2000
DEFAULT_OPEN_DAYS = 21


def new_public_key() -> str:
    return secrets.token_urlsafe(12)


def token_hash(token: str) -> str:
    """What an invitation stores: enough to recognise the link, never to rebuild it."""
    return hashlib.sha256(f"invite:{token}".encode()).hexdigest()


def spent_digest(token: str) -> str:
    """What marks a used link: a second digest that cannot be matched to `token_hash`."""
    return hashlib.sha256(f"spent:{token}".encode()).hexdigest()


class SurveyQuerySet(models.QuerySet):
    def for_events(self):
        return self.filter(event__isnull=False)

    def yearly(self):
        return self.filter(event__isnull=True, year__isnull=False)

    def published(self):
        return self.filter(results_published_at__isnull=False)

    def open_at(self, when=None):
        when = when or timezone.now()
        return self.filter(Q(opens_at__isnull=True) | Q(opens_at__lte=when), closes_at__gt=when)


class Survey(ClusterableModel):
    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Leave empty for the yearly satisfaction survey."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        unique=True,
        help_text=_("Only for the yearly satisfaction survey."),
    )
    title = TranslatedTextField(
        _("title"), blank=True, help_text=_("Event surveys use the event's title when empty.")
    )
    intro = TranslatedTextField(_("introduction"), blank=True, multiline=True)
    opens_at = models.DateTimeField(
        _("opens"),
        null=True,
        blank=True,
        help_text=_("Event surveys open when the event starts if left empty."),
    )
    closes_at = models.DateTimeField(
        _("closes"),
        blank=True,
        help_text=_("Answers are accepted until then. Default: three weeks after the event."),
    )
    public_link_enabled = models.BooleanField(
        _("public link and QR code for walk-ins"), default=True
    )
    public_key = models.CharField(
        max_length=32, unique=True, editable=False, default=new_public_key
    )
    results_published_at = models.DateTimeField(
        _("results published"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SurveyQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("event"), FieldPanel("year")],
            _("Event or year"),
        ),
        FieldPanel("title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            _("Open period"),
        ),
        FieldPanel("public_link_enabled"),
        InlinePanel("questions", label=_("question"), heading=_("Questions")),
    ]

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["-created_at"]
        permissions = [
            ("view_results", _("Can see survey results and export them")),
            ("publish_results", _("Can moderate free texts and publish survey results")),
            # Which surveys: those of the forums one organises (feedback/permissions.py);
            # this one adds the yearly satisfaction survey, which belongs to no forum.
            ("run_yearly_survey", _("Can run the yearly satisfaction survey")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(event__isnull=False) | Q(year__isnull=False),
                name="feedback_survey_event_or_year",
            ),
        ]

    def __str__(self) -> str:
        return self.display_title().text

    @property
    def is_yearly(self) -> bool:
        return self.event_id is None

    def display_title(self, language: str | None = None, event_title=None):
        """The survey's own title, else the event's (`event_title`: a LocalText of the
        translated event page, if the caller has it)."""
        local = pick(self.title, language)
        if local.text:
            return local
        if event_title is not None and event_title.text:
            return event_title
        if self.event_id:
            return pick({SOURCE_LANGUAGE: self.event.title}, SOURCE_LANGUAGE)
        return pick({SOURCE_LANGUAGE: f"Zufriedenheitsbefragung {self.year}"}, SOURCE_LANGUAGE)

    def clean(self):
        super().clean()
        if self.event_id is None and self.year is None:
            raise ValidationError(
                {"event": _("Choose an event, or give a year for the yearly survey.")}
            )
        if self.event_id is not None and self.year is not None:
            raise ValidationError(
                {"year": _("A survey after an event has no year of its own; leave it empty.")}
            )
        if self.event_id is not None:
            event = self.event
            if self.opens_at is None:
                self.opens_at = event.start
            if self.closes_at is None:
                self.closes_at = event.end + timedelta(days=DEFAULT_OPEN_DAYS)
            if self.closes_at <= event.end:
                raise ValidationError({"closes_at": _("The survey must close after the event.")})
        else:
            if self.opens_at is None:
                raise ValidationError({"opens_at": _("The yearly survey needs an opening date.")})
            if not self.title.get(SOURCE_LANGUAGE):
                raise ValidationError({"title": _("The yearly survey needs a German title.")})
        if self.closes_at is None:
            raise ValidationError({"closes_at": _("Give a closing date.")})
        if self.opens_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The survey must close after it opens.")})

    def is_open(self, when=None) -> bool:
        when = when or timezone.now()
        return (self.opens_at is None or self.opens_at <= when) and when < self.closes_at

    def has_opened(self, when=None) -> bool:
        when = when or timezone.now()
        return self.opens_at is None or self.opens_at <= when

    @property
    def is_published(self) -> bool:
        return self.results_published_at is not None

    def translation_gaps(self) -> dict[str, int]:
        """How many texts each language lacks (the German source counts as the reference)."""
        gaps = dict.fromkeys(LANGUAGE_CODES, 0)
        texts = [self.title, self.intro]
        for question in self.questions.all():
            texts += [question.text, question.help_text, question.scale_low_label]
            texts += [question.scale_high_label]
            texts += [option.get("text") for option in question.options or []]
        for value in texts:
            for code in missing_languages(value):
                gaps[code] += 1
        return {code: count for code, count in gaps.items() if count}


class QuestionKind(models.TextChoices):
    SCALE = "scale", _("Scale (1 to n)")
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TEXT = "text", _("Free text")


class Question(Orderable):
    survey = ParentalKey(Survey, related_name="questions", on_delete=models.CASCADE)
    key = models.SlugField(
        _("key"),
        max_length=50,
        blank=True,
        help_text=_(
            "Optional. Questions with the same key are compared across the yearly surveys."
        ),
    )
    kind = models.CharField(
        _("type"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.SCALE
    )
    required = models.BooleanField(_("answer required"), default=False)
    text = TranslatedTextField(_("question"))
    help_text = TranslatedTextField(_("hint"), blank=True)
    options = TranslatedOptionsField(
        _("options"),
        blank=True,
        help_text=_(
            "Single and multiple choice: one option per line, the same order in every "
            "language. Once answers have come in, correct spelling and translations only."
        ),
    )
    scale_max = models.PositiveSmallIntegerField(
        _("scale from 1 to"),
        default=5,
        help_text=_("Scale questions only (3 to 10)."),
    )
    scale_low_label = TranslatedTextField(_("label of the lowest value"), blank=True)
    scale_high_label = TranslatedTextField(_("label of the highest value"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("required"), FieldPanel("key")]),
        FieldPanel("text"),
        FieldPanel("help_text"),
        FieldPanel("options"),
        FieldRowPanel([FieldPanel("scale_max")]),
        FieldPanel("scale_low_label"),
        FieldPanel("scale_high_label"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return pick(self.text, SOURCE_LANGUAGE).text

    def clean(self):
        super().clean()
        if self.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE) and len(self.options) < 2:
            raise ValidationError({"options": _("A choice question needs at least two options.")})
        if self.kind == QuestionKind.SCALE and not 3 <= self.scale_max <= 10:
            raise ValidationError({"scale_max": _("A scale goes from 1 to between 3 and 10.")})
        if self.kind not in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            self.options = []

    @property
    def is_choice(self) -> bool:
        return self.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE)

    @property
    def option_keys(self) -> list[str]:
        return [option["key"] for option in self.options or []]

    def scale_values(self) -> list[int]:
        return list(range(1, self.scale_max + 1))


class Invitation(models.Model):
    """One attendee's personal link to one survey. Sent once (`sent_at`: when the link was
    sent, never touched again; nothing here says whether or when it was used)."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitations")
    # Emptied with the registrant's personal data (forum/privacy.py): the invitation then only
    # counts towards "invited".
    registration_id = models.PositiveBigIntegerField(null=True, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "registration_id"], name="feedback_one_invitation_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"Invitation {self.pk} to survey {self.survey_id}"


class SpentToken(models.Model):
    """A personal link that has been used. Deliberately without time or invitation, and with a
    random id: the order of used links is not the order of anything."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64, unique=True)

    def __str__(self) -> str:
        return f"Used link {self.pk}"


class Response(models.Model):
    """One person's answers, without anything that identifies them: a random id (no order of
    arrival) and the day, not the moment, it came in."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    submitted_on = models.DateField(default=timezone.localdate)
    language = models.CharField(max_length=8)
    via_public_link = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["survey", "via_public_link"])]

    def __str__(self) -> str:
        return f"Response {self.pk} to survey {self.survey_id}"


class Moderation(models.TextChoices):
    PENDING = "pending", _("Not yet reviewed")
    APPROVED = "approved", _("Approved for publication")
    HIDDEN = "hidden", _("Hidden")


class Answer(models.Model):
    """One answer to one question: a scale value, one chosen option (a multiple-choice answer
    has a row per option, so totals per option are a GROUP BY), or a free text. A random id,
    like its response: a sequence here would order the responses by arrival again."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="answers")
    value = models.SmallIntegerField(null=True, blank=True)
    choice = models.CharField(max_length=32, blank=True)
    text = models.TextField(blank=True, max_length=FREE_TEXT_MAX_LENGTH)
    moderation = models.CharField(
        max_length=10, choices=Moderation.choices, default=Moderation.PENDING
    )

    class Meta:
        indexes = [
            models.Index(fields=["question", "choice", "value"]),
            models.Index(fields=["question", "moderation"]),
        ]

    def __str__(self) -> str:
        return f"Answer {self.pk} to question {self.question_id}"
