"""The calendar's fixed lists: event status, audiences and event languages. They import no
models, so that the modules the page classes use (forms, selectors, pages) can use them;
events.models re-exports them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", pgettext_lazy("event status", "Scheduled")
    CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")
    POSTPONED = "postponed", pgettext_lazy("event status", "Postponed")


class Audience(models.TextChoices):
    NEWCOMERS = "newcomers", _("Newcomers")
    FAMILIES = "families", _("Families")
    YOUTH = "youth", _("Young people")
    ASSOCIATIONS = "associations", _("Associations and initiatives")
    ADMINISTRATION = "administration", _("Administration")


# Languages that may be spoken or interpreted at an event: the site's nine plus the ones
# newcomers in German towns often need. (code, autonym, name in the visitor's language)
EVENT_LANGUAGES = [
    ("de", "Deutsch", _("German")),
    ("en", "English", _("English")),
    ("ar", "العربية", _("Arabic")),
    ("fa", "فارسی", _("Persian")),
    ("prs", "دری", _("Dari")),
    ("ps", "پښتو", _("Pashto")),
    ("ku", "Kurdî", _("Kurdish")),
    ("tr", "Türkçe", _("Turkish")),
    ("uk", "Українська", _("Ukrainian")),
    ("ru", "Русский", _("Russian")),
    ("ro", "Română", _("Romanian")),
    ("bg", "Български", _("Bulgarian")),
    ("pl", "Polski", _("Polish")),
    ("sq", "Shqip", _("Albanian")),
    ("ti", "ትግርኛ", _("Tigrinya")),
    ("so", "Soomaali", _("Somali")),
    ("fr", "Français", _("French")),
    ("gsg", "DGS", _("German Sign Language")),
]
LANGUAGE_CHOICES = [(code, autonym) for code, autonym, _name in EVENT_LANGUAGES]
LANGUAGE_AUTONYMS = dict(LANGUAGE_CHOICES)
LANGUAGE_NAMES = {code: name for code, _autonym, name in EVENT_LANGUAGES}
