"""The municipality's identity on every page: its name, crest and colours (issue 14).

One `SiteIdentity` per Wagtail Site, edited under Settings in the admin. Every page reads it,
so it is kept in the shared cache (one dict, no query on a warm cache) under a version that
every save raises: all application servers see a change at once."""

from django.conf import settings
from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import models
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.cache_versions import bump_version, current_version

CACHE_NAME = "site-identity"
COLOUR = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Give a colour as # and six hex digits, e.g. #0b5c8a.")
)
DEFAULTS = {
    "service_name": "Teilhabe",
    "town_name": "",
    "colour": "#0b5c8a",
    "colour_dark": "#7cc4f0",
}


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    service_name = models.CharField(
        _("name of the service"), max_length=60, default=DEFAULTS["service_name"]
    )
    town_name = models.CharField(
        _("name of the municipality"),
        max_length=80,
        blank=True,
        help_text=_("Shown beside the crest, e.g. “Stadt Ruhrbrück”."),
    )
    crest = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("crest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The coat of arms or logo in the header (SVG or PNG, upright)."),
    )
    colour = models.CharField(
        _("main colour"),
        max_length=7,
        default=DEFAULTS["colour"],
        validators=[COLOUR],
        help_text=_("Header and buttons; white text must be readable on it (contrast 4.5:1)."),
    )
    colour_dark = models.CharField(
        _("main colour in dark mode"),
        max_length=7,
        default=DEFAULTS["colour_dark"],
        validators=[COLOUR],
        help_text=_("Links and buttons on a dark background; a light shade of the main colour."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("service_name"), FieldPanel("town_name"), FieldPanel("crest")]),
        MultiFieldPanel([FieldPanel("colour"), FieldPanel("colour_dark")], heading=_("colours")),
    ]

    class Meta:
        verbose_name = _("name, crest and colours")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        bump_version(CACHE_NAME)


def default_crest_url() -> str:
    return static("portal/crest.svg")


def identity_for(site) -> dict:
    """The identity of `site` (a Wagtail Site or None) as plain values, from the cache."""
    site_id = getattr(site, "pk", None)
    key = f"site-identity:{site_id}:{current_version(CACHE_NAME)}"
    found = cache.get(key)
    if found is not None:
        return found
    values = dict(DEFAULTS, crest_url=default_crest_url())
    record = (
        SiteIdentity.objects.select_related("crest").filter(site_id=site_id).first()
        if site_id is not None
        else None
    )
    if record is not None:
        values.update(
            service_name=record.service_name,
            town_name=record.town_name,
            colour=record.colour,
            colour_dark=record.colour_dark,
        )
        if record.crest is not None:
            values["crest_url"] = record.crest.file.url
    values["version"] = current_version(CACHE_NAME)
    cache.set(key, values, timeout=getattr(settings, "SITE_IDENTITY_SECONDS", 3600))
    return values
