"""The pages every German public website must carry, as page types editors write and translate:
Impressum (DDG §5), privacy notice (GDPR art. 13), accessibility statement (BITV 2.0 §7, EU
directive 2016/2102) with its feedback form, and the entry pages in Leichte Sprache and in
German Sign Language (BITV 2.0 §4). Each lives once directly below a language's home page;
the footer finds them by type (portal/legal.py).

The feedback people send about barriers is submitted data, so it is a plain model, never a page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentStreamBlock
from .blocks_legal import EntryStreamBlock, LegalStreamBlock


@register_setting(icon="mail")
class LegalSettings(BaseSiteSetting):
    accessibility_feedback_email = models.EmailField(
        _("address for accessibility feedback"),
        blank=True,
        help_text=_(
            "Reports about barriers sent through the accessibility statement go to this "
            "address (they are also kept in the admin)."
        ),
    )

    class Meta:
        verbose_name = _("legal and accessibility")


class _SinglePage(Page):
    """Once per language, directly below its home page, without children."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    # Each subclass has its own `body`; the statement adds its status fields to these panels.
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True


class ImprintPage(_SinglePage):
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    template = "portal/legal_page.html"

    class Meta:
        verbose_name = _("imprint")


class PrivacyPage(_SinglePage):
    body = StreamField(LegalStreamBlock(), verbose_name=_("content"), blank=True)

    template = "portal/legal_page.html"

    class Meta:
        verbose_name = _("privacy notice")


class Conformance(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AccessibilityPage(_SinglePage):
    conformance = models.CharField(
        _("conformance status"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_("Measured against BITV 2.0 (EN 301 549, WCAG 2.1 level AA)."),
    )
    statement_date = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("last reviewed on"))
    method = models.CharField(
        _("how it was assessed"), max_length=300, blank=True, help_text=_("E.g. self-assessment.")
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("content"),
        blank=True,
        help_text=_("Known barriers, alternatives, and the enforcement body."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("conformance"),
                FieldPanel("statement_date"),
                FieldPanel("reviewed_on"),
                FieldPanel("method"),
            ],
            heading=_("Status"),
        ),
        FieldPanel("body"),
    ]
    template = "portal/accessibility_page.html"

    class Meta:
        verbose_name = _("accessibility statement")

    # GET and POST (the barrier report form) are answered by portal/accessibility_feedback.py,
    # through the before_serve_page hook in portal/wagtail_hooks.py.


class EasyLanguagePage(_SinglePage):
    body = StreamField(EntryStreamBlock(), verbose_name=_("content"), blank=True)

    template = "portal/entry_page.html"

    class Meta:
        verbose_name = _("entry page in easy language")


class SignLanguagePage(_SinglePage):
    body = StreamField(EntryStreamBlock(), verbose_name=_("content"), blank=True)

    template = "portal/entry_page.html"

    class Meta:
        verbose_name = _("entry page in sign language")


class AccessibilityFeedback(models.Model):
    """A report about a barrier, sent through the accessibility statement. Name and address
    are optional (an answer needs them); deleted after ACCESSIBILITY_FEEDBACK_RETENTION_DAYS."""

    message = models.TextField(_("message"))
    location = models.CharField(_("where"), max_length=500, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language"), max_length=10)
    page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("accessibility feedback")
        verbose_name_plural = _("accessibility feedback")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.created_at:%Y-%m-%d}"


LEGAL_PAGE_TYPES = {
    "imprint": ImprintPage,
    "privacy": PrivacyPage,
    "accessibility": AccessibilityPage,
    "easy_language": EasyLanguagePage,
    "sign_language": SignLanguagePage,
}
