"""The directory of local actors and their offers, on Open Referral HSDS 3.0.

Two kinds of record, for a reason:

- **Translatable snippets** (Organization, Service, Taxonomy, TaxonomyTerm) carry names and
  descriptions that people read in their own language. They use wagtail-localize's
  TranslatableMixin like the calendar's venues and categories, so editors translate them in
  the same workflow as pages and a missing translation falls back to German, as pages do.
  Every translation is a row of its own; the **HSDS id is the translation_key**, shared by a
  record and all its translations, so the API and the import speak of one record whatever the
  language. The row in the default locale (German) is the record's *canonical* row: every
  relation (an offer's actor, a term's taxonomy, locations, schedules, contacts ...) points at
  it, and wagtail-localize copies those relations unchanged into translations
  (`SynchronizedField`) instead of asking translators to pick related objects.
- **Language-neutral records** (Location, Address, ServiceAtLocation, Schedule, Contact,
  Phone, Language, Funding, Attribute) hold coordinates, times, numbers and links that do not
  change with the language. One row per HSDS record; its UUID primary key is its HSDS id.

Pages would give offers URLs and revisions, but 5,000 offers in nine locales would bloat the
page tree and its revisions, and offers are data the actors maintain, not content editors
write (GUIDE §1). Snippets keep editing in Wagtail without that weight."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from dateutil import rrule
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

# How long an entry counts as confirmed (issue 16.4: "not confirmed for 13 months").
STALE_AFTER_DAYS = 396


def canonical_locale() -> Q:
    """Relations point at the record's row in the default locale (see the module docstring)."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class OrganizationKind(models.TextChoices):
    ASSOCIATION = "association", _("association")
    AGENCY = "agency", _("agency")
    MIGRANT_SELF_ORGANISATION = "migrant_self_organisation", _("migrant self-organisation")
    VOLUNTEER_GROUP = "volunteer_group", _("volunteer group")
    MUNICIPAL_OFFICE = "municipal_office", _("municipal office")


class ServiceStatus(models.TextChoices):
    # The values are HSDS 3.0's own enumeration.
    ACTIVE = "active", _("active")
    INACTIVE = "inactive", _("inactive")
    DEFUNCT = "defunct", _("defunct")
    TEMPORARILY_CLOSED = "temporarily closed", _("temporarily closed")


class FundingType(models.TextChoices):
    MUNICIPAL = "municipal", _("municipal budget")
    STATE = "state", _("state or federal programme")
    EU = "eu", _("European Union")
    FOUNDATION = "foundation", _("foundation")
    DONATIONS = "donations", _("donations")
    MEMBERSHIP = "membership", _("membership fees")
    VOLUNTEER = "volunteer", _("voluntary work, no funding")
    OTHER = "other", _("other")


class HsdsQuerySet(models.QuerySet):
    def canonical(self):
        return self.filter(canonical_locale())

    def hsds_id(self, value: uuid.UUID):
        return self.canonical().filter(translation_key=value)


class Taxonomy(TranslatableMixin, models.Model):
    """A classification: fields of action, target groups, districts."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    uri = models.URLField(_("URI"), blank=True)
    version = models.CharField(_("version"), max_length=50, blank=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = HsdsQuerySet.as_manager()
    translatable_fields = [TranslatableField("name"), TranslatableField("description")]
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("uri"),
        FieldPanel("version"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TaxonomyTerm(TranslatableMixin, models.Model):
    taxonomy = models.ForeignKey(
        Taxonomy,
        on_delete=models.CASCADE,
        related_name="terms",
        limit_choices_to=canonical_locale,
        verbose_name=_("taxonomy"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to=canonical_locale,
        verbose_name=_("parent term"),
    )
    code = models.CharField(_("code"), max_length=100, blank=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    term_uri = models.URLField(_("URI"), blank=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = HsdsQuerySet.as_manager()
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("taxonomy"),
        SynchronizedField("parent"),
        SynchronizedField("code"),
    ]
    panels = [
        FieldPanel("taxonomy"),
        FieldPanel("parent"),
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("term_uri"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("taxonomy term")
        verbose_name_plural = _("taxonomy terms")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Organization(TranslatableMixin, models.Model):
    """An actor: an association, agency, migrant self-organisation, volunteer group or
    municipal office. Actors' own names are proper names: translations keep them (the demo
    does); descriptions are translated."""

    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("alternate name"), max_length=200, blank=True)
    description = models.TextField(_("description"))
    kind = models.CharField(_("kind"), max_length=40, choices=OrganizationKind.choices)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    legal_status = models.CharField(_("legal status"), max_length=100, blank=True)
    year_incorporated = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = HsdsQuerySet.as_manager()
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("alternate_name"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("email"),
        SynchronizedField("website"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
        FieldRowPanel([FieldPanel("legal_status"), FieldPanel("year_incorporated")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Service(TranslatableMixin, models.Model):
    """An offer of an actor. `assured_date` is when the actor last confirmed the entry."""

    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="services",
        limit_choices_to=canonical_locale,
        verbose_name=_("actor"),
    )
    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("alternate name"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("web address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    free_of_charge = models.BooleanField(_("free of charge"), default=False)
    fees_description = models.TextField(_("fees"), blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility_description = models.TextField(_("accessibility"), blank=True)
    childcare = models.BooleanField(_("childcare provided"), default=False)
    eligibility_description = models.TextField(_("who may take part"), blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    assured_date = models.DateField(_("last confirmed on"), null=True, blank=True)
    assurer_email = models.EmailField(_("confirmed by (e-mail)"), blank=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = HsdsQuerySet.as_manager()
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("alternate_name"),
        TranslatableField("description"),
        TranslatableField("fees_description"),
        TranslatableField("accessibility_description"),
        TranslatableField("eligibility_description"),
        SynchronizedField("organization"),
        SynchronizedField("status"),
        SynchronizedField("url"),
        SynchronizedField("email"),
        SynchronizedField("free_of_charge"),
        SynchronizedField("wheelchair_accessible"),
        SynchronizedField("childcare"),
        SynchronizedField("minimum_age"),
        SynchronizedField("maximum_age"),
        SynchronizedField("assured_date"),
    ]
    panels = [
        FieldPanel("organization"),
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("assured_date")]),
        FieldRowPanel([FieldPanel("url"), FieldPanel("email")]),
        MultiFieldPanel([FieldPanel("free_of_charge"), FieldPanel("fees_description")], _("Cost")),
        MultiFieldPanel(
            [FieldPanel("wheelchair_accessible"), FieldPanel("accessibility_description")],
            _("Accessibility"),
        ),
        FieldPanel("childcare"),
        MultiFieldPanel(
            [
                FieldPanel("eligibility_description"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
            ],
            _("Who may take part"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def is_stale(self, *, today: date) -> bool:
        return self.assured_date is None or (today - self.assured_date).days > STALE_AFTER_DAYS


class Neutral(models.Model):
    """A language-neutral HSDS record: its primary key is its HSDS id."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


def _canonical_fk(model, related_name: str, verbose_name, *, required: bool = False):
    return models.ForeignKey(
        model,
        on_delete=models.CASCADE,
        null=not required,
        blank=not required,
        related_name=related_name,
        limit_choices_to=canonical_locale,
        verbose_name=verbose_name,
    )


class Location(Neutral):
    class Type(models.TextChoices):
        PHYSICAL = "physical", _("physical")
        POSTAL = "postal", _("postal")
        VIRTUAL = "virtual", _("virtual")

    organization = _canonical_fk(Organization, "locations", _("actor"))
    location_type = models.CharField(
        _("type"), max_length=10, choices=Type.choices, default=Type.PHYSICAL
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    step_free = models.BooleanField(_("step-free access"), default=False)
    accessibility_description = models.TextField(_("accessibility notes"), blank=True)

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Address(Neutral):
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="addresses", verbose_name=_("location")
    )
    address_1 = models.CharField(_("street and number"), max_length=200)
    address_2 = models.CharField(_("address line 2"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100)
    region = models.CharField(_("district"), max_length=100, blank=True)
    state_province = models.CharField(_("state"), max_length=100, default="Nordrhein-Westfalen")
    postal_code = models.CharField(_("postal code"), max_length=10)
    country = models.CharField(_("country"), max_length=2, default="DE")
    address_type = models.CharField(
        _("type"), max_length=10, choices=Location.Type.choices, default=Location.Type.PHYSICAL
    )

    class Meta:
        verbose_name = _("address")
        verbose_name_plural = _("addresses")

    def __str__(self) -> str:
        return f"{self.address_1}, {self.postal_code} {self.city}"


class ServiceAtLocation(Neutral):
    service = _canonical_fk(Service, "service_at_locations", _("offer"), required=True)
    location = models.ForeignKey(
        Location,
        on_delete=models.CASCADE,
        related_name="service_at_locations",
        verbose_name=_("location"),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("offer at a location")
        verbose_name_plural = _("offers at locations")
        constraints = [
            models.UniqueConstraint(fields=["service", "location"], name="unique_service_location")
        ]

    def __str__(self) -> str:
        return f"{self.service} @ {self.location}"


class Schedule(Neutral):
    """When an offer takes place: an RFC 5545 rule like the calendar's series (weekly or
    monthly, by weekday), expanded with dateutil.rrule as events/recurrence.py does."""

    class Freq(models.TextChoices):
        WEEKLY = "WEEKLY", _("weekly")
        MONTHLY = "MONTHLY", _("monthly")

    service = _canonical_fk(Service, "schedules", _("offer"))
    service_at_location = models.ForeignKey(
        ServiceAtLocation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="schedules",
        verbose_name=_("offer at a location"),
    )
    freq = models.CharField(_("frequency"), max_length=10, choices=Freq.choices, blank=True)
    interval = models.PositiveSmallIntegerField(_("every"), default=1)
    # "MO,WE" or, monthly, "2TU" / "-1FR" (as RRULE's BYDAY)
    byday = models.CharField(_("weekdays (RRULE BYDAY)"), max_length=60, blank=True)
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    dtstart = models.DateField(_("first day"), null=True, blank=True)
    until = models.DateField(_("last day"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("schedule")
        verbose_name_plural = _("schedules")

    def __str__(self) -> str:
        return self.description or f"{self.freq} {self.byday}".strip()

    def rule(self) -> rrule.rrule | None:
        if not self.freq or not self.dtstart:
            return None
        opens = self.opens_at or time()
        return rrule.rrulestr(
            self.rrule_text(), dtstart=datetime.combine(self.dtstart, opens), cache=False
        )

    def rrule_text(self) -> str:
        parts = [f"FREQ={self.freq}", f"INTERVAL={max(1, self.interval)}"]
        if self.byday:
            parts.append(f"BYDAY={self.byday}")
        if self.until:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        return ";".join(parts)

    def occurrences(self, *, start: date, end: date) -> list[datetime]:
        """Naive local start times between start and end (both included)."""
        rule = self.rule()
        if rule is None:
            return []
        return rule.between(
            datetime.combine(start, time()), datetime.combine(end, time.max), inc=True
        )


class ContactQuerySet(models.QuerySet):
    def publishable(self):
        """An organisation's contacts, and a volunteer's personal ones only with recorded,
        not withdrawn consent (issue 16.10)."""
        return self.filter(
            Q(is_personal=False) | Q(consent_at__isnull=False, consent_withdrawn_at__isnull=True)
        )


class Contact(Neutral):
    """A contact person or desk. `is_personal` marks a volunteer's own name, e-mail and phone:
    shown only with recorded consent, which the person may withdraw."""

    organization = _canonical_fk(Organization, "contacts", _("actor"))
    service = _canonical_fk(Service, "contacts", _("offer"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    title = models.CharField(_("role"), max_length=200, blank=True)
    department = models.CharField(_("department"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    is_personal = models.BooleanField(
        _("personal contact data"),
        default=False,
        help_text=_("A volunteer's own name, e-mail or phone: shown only with consent."),
    )
    consent_at = models.DateTimeField(_("consent recorded on"), null=True, blank=True)
    consent_withdrawn_at = models.DateTimeField(_("consent withdrawn on"), null=True, blank=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name or self.department or self.email or str(self.id)

    @property
    def publishable(self) -> bool:
        return not self.is_personal or (
            self.consent_at is not None and self.consent_withdrawn_at is None
        )


class PhoneQuerySet(models.QuerySet):
    def publishable(self):
        """A phone of a personal contact follows that contact's consent."""
        return self.filter(
            Q(contact__isnull=True)
            | Q(contact__is_personal=False)
            | Q(contact__consent_at__isnull=False, contact__consent_withdrawn_at__isnull=True)
        )


class Phone(Neutral):
    organization = _canonical_fk(Organization, "phones", _("actor"))
    service = _canonical_fk(Service, "phones", _("offer"))
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, null=True, blank=True, related_name="phones"
    )
    contact = models.ForeignKey(
        Contact, on_delete=models.CASCADE, null=True, blank=True, related_name="phones"
    )
    number = models.CharField(_("number"), max_length=40)
    extension = models.PositiveIntegerField(_("extension"), null=True, blank=True)
    type = models.CharField(_("type"), max_length=20, blank=True)  # voice, fax, text, ...
    description = models.CharField(_("description"), max_length=200, blank=True)

    objects = PhoneQuerySet.as_manager()

    class Meta:
        verbose_name = _("phone")
        verbose_name_plural = _("phones")

    def __str__(self) -> str:
        return self.number


class Language(Neutral):
    """A language an offer is held in (BCP 47 code, e.g. "ar", "uk")."""

    service = _canonical_fk(Service, "languages", _("offer"), required=True)
    code = models.CharField(_("language code"), max_length=20)
    name = models.CharField(_("language"), max_length=100, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        constraints = [
            models.UniqueConstraint(fields=["service", "code"], name="unique_service_language")
        ]

    def __str__(self) -> str:
        return self.name or self.code


class Funding(Neutral):
    organization = _canonical_fk(Organization, "funding", _("actor"))
    service = _canonical_fk(Service, "funding", _("offer"))
    source = models.TextField(_("source"), blank=True)
    funding_type = models.CharField(
        _("funding type"), max_length=20, choices=FundingType.choices, default=FundingType.OTHER
    )

    class Meta:
        verbose_name = _("funding")
        verbose_name_plural = _("funding")

    def __str__(self) -> str:
        return self.source or self.get_funding_type_display()


class Attribute(Neutral):
    """HSDS's link between an offer and a taxonomy term (field of action, target group,
    district)."""

    service = _canonical_fk(Service, "attributes", _("offer"), required=True)
    taxonomy_term = _canonical_fk(TaxonomyTerm, "attributes", _("taxonomy term"), required=True)
    value = models.CharField(_("value"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("classification")
        verbose_name_plural = _("classifications")
        constraints = [
            models.UniqueConstraint(fields=["service", "taxonomy_term"], name="unique_service_term")
        ]

    def __str__(self) -> str:
        return f"{self.service} – {self.taxonomy_term}"
