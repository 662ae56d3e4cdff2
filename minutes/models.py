"""Public meeting minutes.

Three layers:

* **Bodies** (steering group, integration council, working groups) are translatable snippets
  with their public members: officials and representatives in their public role.
* **Minutes pages** are what editors write: one page per meeting, below the archive page of
  each language. They pass a review workflow before they go live (see `workflow.py`,
  `permissions.py`). The German page is the record; translations carry the translated title,
  plain-language summary and correction note, the rest is synchronised from the German page.
* **The published record** (`Meeting`, `AgendaItem`, `MeetingFile`) is written only by
  `services.py` when German minutes are published, withdrawn or deleted. It holds nothing that
  has not been published, keeps tombstones of what was withdrawn, and is what the OParl API
  reads.
"""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.review import ReviewedPagePermissionTester

from . import feeds, pages
from .blocks import AgendaStreamBlock
from .review import MINUTES_REVIEW
from .selectors import minutes_page_context


class BodyKind(models.TextChoices):
    STEERING_GROUP = "steering_group", _("Steering group")
    COUNCIL = "council", _("Council")
    WORKING_GROUP = "working_group", _("Working group")


class Body(TranslatableMixin, ClusterableModel):
    """A body that meets and publishes minutes. Filters and URLs use `slug`, which is the same
    in every translation of the body."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=50, blank=True)
    slug = models.SlugField(_("slug"), max_length=80)
    kind = models.CharField(
        _("kind of body"), max_length=20, choices=BodyKind.choices, default=BodyKind.WORKING_GROUP
    )
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldPanel("kind"),
        FieldPanel("description"),
        InlinePanel("members", label=_("Public members")),
    ]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_body_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name


class BodyMember(Orderable):
    """A public member of a body: an official or a representative of an organisation, listed
    with their public role. Private citizens are not listed by name."""

    body = ParentalKey(Body, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=100, help_text=_("For example “Chair”."))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("public member")
        verbose_name_plural = _("public members")

    def __str__(self) -> str:
        return f"{self.name} ({self.role})"


class ReviewedPageMixin:
    """Publishing needs the reviewers' right on top of Wagtail's publish permission."""

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self, rule=MINUTES_REVIEW)

    def bodies(self):
        """Every body in every language: where the selectors start (they import no models,
        so that the page classes can import them and keep their routes here)."""
        return Body.objects.all()


class MinutesIndexPage(ReviewedPageMixin, RoutablePageMixin, Page):
    """The archive of one language: all published minutes, a page per body, Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["minutes.MinutesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("minutes archive")

    def minutes(self):
        """The minutes of this archive (all states; the selectors narrow them down)."""
        return MinutesPage.objects.child_of(self)

    def route(self, request, path_components):
        # German minutes without a translation are listed in every archive (selectors.
        # published_minutes) under this archive's address; serve them from the German
        # archive, whatever its slug, so the link works and base.html shows the notice.
        try:
            return super().route(request, path_components)
        except Http404:
            default = Locale.get_default()
            if len(path_components) != 1 or self.locale_id == default.pk:
                raise
            source = MinutesIndexPage.objects.filter(
                translation_key=self.translation_key, locale=default
            ).first()
            if source is None:
                raise
            return source.route(request, path_components)

    @path("")
    def archive(self, request):
        return pages.archive_view(request, index=self)

    @path("gremium/<slug:slug>/")
    def body_page(self, request, slug):
        return pages.body_view(request, index=self, slug=slug)

    @path("feed/")
    def feed(self, request):
        return feeds.MinutesFeed()(request, index=self, slug=None)

    @path("gremium/<slug:slug>/feed/")
    def body_feed(self, request, slug):
        return feeds.MinutesFeed()(request, index=self, slug=slug)


def _local(date: datetime.date, time: datetime.time | None) -> datetime.datetime:
    return datetime.datetime.combine(date, time or datetime.time(0, 0)).replace(
        tzinfo=ZoneInfo(settings.TIME_ZONE)
    )


class MinutesPage(ReviewedPageMixin, Page):
    """The minutes of one meeting of a body."""

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.PROTECT, related_name="minutes_pages"
    )
    meeting_date = models.DateField(_("date of the meeting"))
    start_time = models.TimeField(_("start"), null=True, blank=True)
    end_time = models.TimeField(_("end"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event in the calendar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attendees_count = models.PositiveIntegerField(_("number of attendees"), null=True, blank=True)
    participating_organisations = models.TextField(
        _("participating organisations"), blank=True, help_text=_("One organisation per line.")
    )
    summary = models.TextField(
        _("summary in plain language"),
        help_text=_("Short sentences, everyday words. This part is translated."),
    )
    agenda = StreamField(AgendaStreamBlock(), verbose_name=_("agenda items"))
    correction_note = models.TextField(
        _("correction note"),
        blank=True,
        help_text=_(
            "Only when correcting published minutes: what was corrected and why. Shown as "
            "“corrected on <date>” once the correction is published."
        ),
    )
    # Stamped when a correction is published (services.minutes_correction_stamp); kept when
    # an older revision is loaded, see with_content_json.
    corrected_at = models.DateTimeField(null=True, blank=True, editable=False)
    correction_stamped_note = models.TextField(blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("body"),
                FieldRowPanel(
                    [FieldPanel("meeting_date"), FieldPanel("start_time"), FieldPanel("end_time")]
                ),
                FieldPanel("place"),
                FieldPanel("event"),
            ],
            _("Meeting"),
        ),
        MultiFieldPanel(
            [FieldPanel("attendees_count"), FieldPanel("participating_organisations")],
            _("Participants"),
        ),
        FieldPanel("summary"),
        FieldPanel("agenda"),
        InlinePanel("attachments", label=_("Attachments")),
        FieldPanel("correction_note"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("agenda"),
        index.SearchField("participating_organisations"),
        index.FilterField("body"),
        index.FilterField("meeting_date"),
    ]
    # The German minutes are the record. Translations carry title, plain-language summary and
    # correction note; everything else follows the German page.
    override_translatable_fields = [
        SynchronizedField("body"),
        SynchronizedField("place"),
        SynchronizedField("participating_organisations"),
        SynchronizedField("agenda"),
    ]
    parent_page_types = ["minutes.MinutesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")
        permissions = [("publish_minutes", "Can publish minutes (after review)")]

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValidationError({"end_time": _("The end must not be before the start.")})

    def with_content_json(self, content):
        page = super().with_content_json(content)
        # The correction stamp belongs to the published history, not to a revision.
        page.corrected_at = self.corrected_at
        page.correction_stamped_note = self.correction_stamped_note
        return page

    @property
    def start(self) -> datetime.datetime:
        return _local(self.meeting_date, self.start_time)

    @property
    def end(self) -> datetime.datetime | None:
        return _local(self.meeting_date, self.end_time) if self.end_time else None

    @property
    def organisations(self) -> list[str]:
        return [
            line.strip() for line in self.participating_organisations.splitlines() if line.strip()
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(minutes_page_context(page=self, request=request))
        return context


class MinutesAttachment(Orderable):
    """A document beside the minutes (signed PDF, presentation, list of participants'
    organisations). Downloadable by the public only while minutes that list it are live."""

    page = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("link text"), max_length=200, blank=True, help_text=_("Leave empty for the title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    @property
    def label(self) -> str:
        return self.title or self.document.title


class ClaimedDocument(models.Model):
    """A document that minutes refer to in some revision, published or not. Such documents are
    withheld from the public until live minutes list them (wagtail_hooks.py)."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, related_name="+"
    )
    claimed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"document {self.document_id}"


# --- The published record (written by services.py only) -----------------------------------


class RecordQuerySet(models.QuerySet):
    def changed(
        self, *, created_since=None, created_until=None, modified_since=None, modified_until=None
    ):
        queryset = self
        if created_since is not None:
            queryset = queryset.filter(created__gte=created_since)
        if created_until is not None:
            queryset = queryset.filter(created__lte=created_until)
        if modified_since is not None:
            queryset = queryset.filter(modified__gte=modified_since)
        if modified_until is not None:
            queryset = queryset.filter(modified__lte=modified_until)
        return queryset


class MeetingQuerySet(RecordQuerySet):
    def published(self, restricted_paths: list[str] = ()):
        """Meetings whose minutes are live and public right now."""
        queryset = self.filter(deleted=False, page__live=True)
        for prefix in restricted_paths:
            queryset = queryset.exclude(page__path__startswith=prefix)
        return queryset

    def published_or_deleted(self, restricted_paths: list[str] = ()):
        """For OParl lists with `modified_since`: published meetings and tombstones."""
        visible = self.published(restricted_paths).values("pk")
        return self.filter(models.Q(deleted=True) | models.Q(pk__in=visible))


class Meeting(models.Model):
    """A meeting of a body, as published: date, place, linked event, agenda items in order."""

    key = models.UUIDField(
        unique=True, default=uuid.uuid4, editable=False
    )  # minutes translation_key
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    page = models.OneToOneField(
        MinutesPage, null=True, on_delete=models.SET_NULL, related_name="meeting_record"
    )
    event = models.ForeignKey(
        "events.EventPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=255, blank=True)
    start = models.DateTimeField(null=True)
    end = models.DateTimeField(null=True)
    place = models.CharField(max_length=200, blank=True)
    created = models.DateTimeField()
    modified = models.DateTimeField(db_index=True)
    deleted = models.BooleanField(default=False)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    key = models.CharField(max_length=64)  # the block id in the minutes' agenda
    order = models.PositiveIntegerField()
    number = models.CharField(max_length=20, blank=True)
    name = models.CharField(max_length=300)
    result = models.CharField(max_length=100, blank=True)
    resolution_text = models.TextField(blank=True)
    created = models.DateTimeField()
    modified = models.DateTimeField(db_index=True)
    deleted = models.BooleanField(default=False)

    objects = RecordQuerySet.as_manager()

    class Meta:
        ordering = ["meeting_id", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "key"], name="unique_agenda_item_key")
        ]

    def __str__(self) -> str:
        return self.name


class FileRole(models.TextChoices):
    PROTOCOL = "protocol", "resultsProtocol"
    AUXILIARY = "auxiliary", "auxiliaryFile"


class MeetingFile(models.Model):
    """A file of a meeting: the minutes themselves as HTML (the results protocol) or an
    attachment."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="files")
    key = models.CharField(max_length=64)  # "protocol" or "document-<id>"
    role = models.CharField(max_length=10, choices=FileRole.choices)
    document = models.ForeignKey(
        get_document_model_string(), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    order = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=255, blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    mime_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(null=True)
    sha1 = models.CharField(max_length=40, blank=True)
    created = models.DateTimeField()
    modified = models.DateTimeField(db_index=True)
    deleted = models.BooleanField(default=False)

    objects = RecordQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "key"], name="unique_meeting_file_key")
        ]

    def __str__(self) -> str:
        return self.name


class BodyTombstone(models.Model):
    """What OParl keeps of a deleted body (Organization): id and creation time."""

    body_id = models.BigIntegerField(unique=True)
    created = models.DateTimeField()
    modified = models.DateTimeField()

    objects = RecordQuerySet.as_manager()

    def __str__(self) -> str:
        return f"body {self.body_id} (deleted)"
