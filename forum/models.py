"""World-Café forums, their themes and tables, and the registrations people submit.

A Forum hangs off one event page (and thereby all its translations). Registrations are plain
rows, never page content. The seat counter `Forum.seats_taken` is the only source of truth for
"how many are confirmed": it changes only inside forum/services.py, by a guarded conditional
UPDATE, and a CheckConstraint keeps it within the capacity whatever code runs."""

import secrets
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.models import Orderable

from core.i18n import language_name
from core.params import parse_id

LANGUAGE_CHOICES = list(settings.LANGUAGES)  # native names: each person finds their own


class LanguagesField(models.JSONField):
    """A list of language codes, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=LANGUAGE_CHOICES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def new_link_key() -> str:
    return secrets.token_hex(16)  # 128 bits, part of every signed personal link


class ForumQuerySet(models.QuerySet):
    def for_event(self, event) -> "ForumQuerySet":
        """The forum of an event page or of any of its translations."""
        return self.filter(event__translation_key=event.translation_key)

    def for_registration(self) -> "ForumQuerySet":
        """What taking a registration reads: the forum row and its event's dates and status.
        The whole event page (some fifty columns over two tables) costs more to load than the
        rest of a registration."""
        own = [field.name for field in self.model._meta.concrete_fields]
        return self.select_related("event").only(
            *own, "event__start", "event__end", "event__status", "event__live"
        )

    def organised_by(self, user) -> "ForumQuerySet":
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(organisers=user)

    def with_counts(self) -> "ForumQuerySet":
        return self.annotate(
            waitlist_length=Count("registrations", filter=Q(registrations__status="waitlisted")),
            pending_count=Count("registrations", filter=Q(registrations__status="pending")),
            attended_count=Count(
                "registrations",
                filter=Q(registrations__status="confirmed")
                & Q(registrations__checked_in_at__isnull=False),
            ),
        )


class Forum(ClusterableModel):
    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="forum",
        help_text=_("The event page this World-Café belongs to (any of its translations)."),
    )
    rounds = models.PositiveSmallIntegerField(_("rounds"), default=3)
    round_minutes = models.PositiveSmallIntegerField(_("minutes per round"), default=20)
    capacity = models.PositiveIntegerField(_("capacity"), help_text=_("Seats for participants."))
    # Changed only by forum/services.py through guarded conditional UPDATEs; never saved from
    # a form (see save()).
    seats_taken = models.PositiveIntegerField(_("seats taken"), default=0, editable=False)
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration stays open until the event starts."),
    )
    waitlist_enabled = models.BooleanField(_("waiting list"), default=True)
    double_opt_in = models.BooleanField(
        _("e-mail confirmation required"),
        default=True,
        help_text=_("People confirm their registration through a link in an e-mail."),
    )
    reminder_hours = models.PositiveSmallIntegerField(_("reminder lead time (hours)"), default=48)
    ask_phone = models.BooleanField(_("ask for a phone number"), default=True)
    ask_theme_wishes = models.BooleanField(_("ask for theme wishes"), default=True)
    ask_needs = models.BooleanField(
        _("ask about needs"),
        default=True,
        help_text=_("Interpretation, sign language, step-free access, childcare."),
    )
    ask_comments = models.BooleanField(_("ask for comments"), default=False)
    retention_days = models.PositiveSmallIntegerField(
        _("keep personal data for (days after the event)"), default=90
    )
    # Set when forum/privacy.py erased the registrants' personal data (on time or early).
    personal_data_erased_at = models.DateTimeField(
        _("personal data deleted"), null=True, blank=True, editable=False
    )
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organisers"),
        related_name="organised_forums",
        blank=True,
        help_text=_("Only these people see registrations and check people in."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ForumQuerySet.as_manager()

    panels = [
        FieldPanel("event"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("double_opt_in"),
                FieldPanel("reminder_hours"),
            ],
            _("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("ask_phone"),
                FieldPanel("ask_theme_wishes"),
                FieldPanel("ask_needs"),
                FieldPanel("ask_comments"),
            ],
            _("Questions"),
        ),
        FieldRowPanel([FieldPanel("rounds"), FieldPanel("round_minutes")], _("World-Café")),
        InlinePanel("themes", label=_("Themes")),
        InlinePanel("tables", label=_("Tables")),
        FieldPanel("organisers"),
        FieldPanel("retention_days"),
    ]

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        ordering = ["-event__start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(seats_taken__lte=models.F("capacity")),
                name="forum_seats_within_capacity",
            ),
        ]

    def __str__(self) -> str:
        return self.event.title if self.event_id else str(_("forum"))

    def save(self, *args, **kwargs):
        # A form holds a stale copy of the seat counter: writing it back would undo seats
        # taken meanwhile and open the door to overbooking. Only services touch it.
        if self.pk and not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "seats_taken"
            ] + [relation.get_accessor_name() for relation in get_all_child_relations(self)]
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        opens, closes = self.registration_opens, self.registration_closes
        if opens and closes and closes <= opens:
            raise ValidationError(
                {"registration_closes": _("Registration must close after it opens.")}
            )
        if self.pk and self.capacity is not None:
            taken = type(self).objects.filter(pk=self.pk).values_list("seats_taken", flat=True)
            taken = taken.first() or 0
            if self.capacity < taken:
                raise ValidationError(
                    {
                        "capacity": _(
                            "%(taken)d people are confirmed already; the capacity cannot be "
                            "lower. Cancel registrations first."
                        )
                        % {"taken": taken}
                    }
                )
        if self.event_id:
            clash = (
                type(self)
                .objects.filter(event__translation_key=self.event.translation_key)
                .exclude(pk=self.pk)
            )
            if clash.exists():
                raise ValidationError(
                    {"event": _("This event (or a translation of it) has a forum already.")}
                )

    @property
    def seats_left(self) -> int:
        return max(0, self.capacity - self.seats_taken)

    @property
    def starts_at(self):
        return self.event.start

    def window_open(self, now=None) -> bool:
        """Registration window: opened, not closed, event not begun and not cancelled."""
        now = now or timezone.now()
        if getattr(self.event, "status", "scheduled") == "cancelled":
            return False
        if self.registration_opens and now < self.registration_opens:
            return False
        if self.registration_closes and now >= self.registration_closes:
            return False
        return now < self.event.start

    def accepts_registrations(self, now=None) -> bool:
        return self.window_open(now) and (self.seats_left > 0 or self.waitlist_enabled)

    def event_ended(self, now=None) -> bool:
        """Personal data may be erased from then on (forum/privacy.py)."""
        return self.event.end <= (now or timezone.now())

    def retention_until(self):
        return self.event.end + timedelta(days=self.retention_days)


class Theme(Orderable):
    forum = ParentalKey(Forum, related_name="themes", on_delete=models.CASCADE)
    name = models.CharField(_("name (German)"), max_length=200)
    name_translations = models.JSONField(
        _("translated names"),
        default=dict,
        blank=True,
        help_text=_('For example {"en": "Work and training", "uk": "Робота і навчання"}.'),
    )

    panels = [FieldPanel("name"), FieldPanel("name_translations")]

    class Meta(Orderable.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name

    def label(self, language: str | None = None) -> str:
        language = (language or get_language() or "de").split("-")[0]
        translations = self.name_translations if isinstance(self.name_translations, dict) else {}
        return translations.get(language) or self.name


class ForumTable(Orderable):
    forum = ParentalKey(Forum, related_name="tables", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=100, help_text=_("For example “Table 3”."))
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tables",
    )
    host = models.CharField(_("host"), max_length=200, blank=True)
    seats = models.PositiveSmallIntegerField(_("seats"), default=10)
    languages = LanguagesField(_("languages spoken at the table"), default=list, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("seats")]),
        FieldPanel("theme"),
        FieldPanel("host"),
        FieldPanel("languages"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("table")
        verbose_name_plural = _("tables")

    def __str__(self) -> str:
        return self.name


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for e-mail confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired (not confirmed in time)")


ACTIVE_STATUSES = (
    RegistrationStatus.PENDING,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITLISTED,
)


class RegistrationSource(models.TextChoices):
    ONLINE = "online", _("Online form")
    MANUAL = "manual", _("Added by an organiser")
    WALK_IN = "walk_in", _("Walk-in")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=RegistrationStatus.WAITLISTED).order_by("queued_at", "pk")

    def search(self, query: str):
        query = (query or "").strip()
        if not query:
            return self
        condition = Q()
        for word in query.split()[:5]:
            condition &= Q(name__icontains=word) | Q(email_normalised__icontains=word.lower())
        if (number := parse_id(query)) is not None:
            condition |= Q(pk=number)
        return self.filter(condition)


class Registration(models.Model):
    Status = RegistrationStatus
    Source = RegistrationSource

    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="registrations")
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, db_index=True
    )
    source = models.CharField(
        _("source"),
        max_length=10,
        choices=RegistrationSource.choices,
        default=RegistrationSource.ONLINE,
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    email_normalised = models.CharField(max_length=254, blank=True, editable=False)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    language = models.CharField(
        _("language for messages"), max_length=10, choices=LANGUAGE_CHOICES, default="de"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_registrations",
    )
    interpretation_language = models.CharField(
        _("interpretation into"), max_length=10, choices=LANGUAGE_CHOICES, blank=True
    )
    sign_language = models.BooleanField(_("sign language interpreting"), default=False)
    step_free = models.BooleanField(_("step-free access"), default=False)
    childcare = models.BooleanField(_("childcare"), default=False)
    children = models.PositiveSmallIntegerField(_("children needing care"), default=0)
    comments = models.TextField(_("comments"), blank=True, max_length=1000)
    link_key = models.CharField(max_length=32, default=new_link_key, editable=False)
    consent_at = models.DateTimeField(_("privacy consent given"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    queued_at = models.DateTimeField(_("on waiting list since"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancel_reason = models.CharField(max_length=20, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Personal data removed (forum/privacy.py): the row stays only as a number in the counts.
    erased_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["forum", "email_normalised"],
                condition=Q(status__in=["pending", "confirmed", "waitlisted"])
                & ~Q(email_normalised=""),
                name="forum_one_active_registration_per_email",
            ),
            models.CheckConstraint(
                condition=Q(childcare=True) | Q(children=0),
                name="forum_children_only_with_childcare",
            ),
        ]
        indexes = [
            models.Index(fields=["forum", "status", "queued_at"], name="forum_reg_status_idx"),
            models.Index(fields=["forum", "email_normalised"], name="forum_reg_email_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_status_display()}"

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def needs_summary(self) -> list[str]:
        """Short labels of this person's needs, in the active language."""
        labels = []
        if self.interpretation_language:
            labels.append(
                _("Interpretation: %(language)s")
                % {"language": language_name(self.interpretation_language)}
            )
        if self.sign_language:
            labels.append(str(_("Sign language")))
        if self.step_free:
            labels.append(str(_("Step-free access")))
        if self.childcare:
            labels.append(
                ngettext(
                    "Childcare: %(count)d child", "Childcare: %(count)d children", self.children
                )
                % {"count": self.children}
            )
        return labels


class RegistrationWish(models.Model):
    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="wishes")
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="wishes")
    rank = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["registration", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["registration", "rank"], name="forum_wish_rank_once"),
            models.UniqueConstraint(fields=["registration", "theme"], name="forum_wish_theme_once"),
        ]

    def __str__(self) -> str:
        return f"{self.rank}. {self.theme}"
