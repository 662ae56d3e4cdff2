"""Site-wide page types: the home page of each locale, newcomer welcome topics, plain pages."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.i18n import public_only

from .blocks import ContentStreamBlock


class HomePage(Page):
    """Root of one locale's tree. Other apps hang their index pages below it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # A page that has no live translation in the requested language is served from the
        # source (German) tree, so a shared link never dead-ends; the template says so.
        try:
            return super().route(request, path_components)
        except Http404:
            source = self.get_translation_or_none(Locale.get_default())
            if not path_components or source is None or source.pk == self.pk:
                raise
            return source.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        welcome_index = public_only(WelcomeIndexPage.objects.child_of(self).live(), request).first()
        context["welcome_index"] = welcome_index
        context["welcome_topics"] = (
            public_only(WelcomePage.objects.child_of(welcome_index).live(), request).order_by(
                "path"
            )
            if welcome_index
            else WelcomePage.objects.none()
        )
        return context


class WelcomeIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.WelcomePage"]

    class Meta:
        verbose_name = _("welcome section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = public_only(
            WelcomePage.objects.child_of(self).live(), request
        ).order_by("path")
        return context


class WelcomePage(Page):
    """One newcomer topic (registration office, language courses, health, ...)."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    # A pictogram beside the title: read at a glance by someone who cannot yet read the
    # language. Drawn inline (templates/portal/includes/pictogram.html), no image request.
    pictogram = models.CharField(
        _("pictogram"),
        max_length=20,
        blank=True,
        choices=[
            ("registration", _("Registration, documents")),
            ("language", _("Language, courses")),
            ("school", _("School, childcare")),
            ("health", _("Health")),
            ("work", _("Work, recognition")),
            ("advice", _("Advice, help")),
            ("housing", _("Housing")),
            ("money", _("Money, benefits")),
            ("transport", _("Getting around")),
            ("family", _("Family")),
        ],
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("pictogram"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["portal.WelcomeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("welcome topic")


class StandardPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["portal.HomePage", "portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


from .models_identity import SiteIdentity  # noqa: E402, F401 - registered with the portal app
from .models_legal import (  # noqa: E402, F401 - Impressum, privacy, accessibility, entry pages
    AccessibilityFeedback,
    AccessibilityPage,
    EasyLanguagePage,
    ImprintPage,
    LegalSettings,
    PrivacyPage,
    SignLanguagePage,
)
