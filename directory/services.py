"""Writes of the directory: keyword-only, typed, in transactions."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from .models import Contact, Service


@transaction.atomic
def contact_record_consent(*, contact: Contact) -> Contact:
    """The person agreed to show their own contact data; a new consent replaces a withdrawn
    one."""
    contact.consent_at = timezone.now()
    contact.consent_withdrawn_at = None
    contact.save(update_fields=["consent_at", "consent_withdrawn_at", "modified_at"])
    return contact


@transaction.atomic
def contact_withdraw_consent(*, contact: Contact) -> Contact:
    """From now on the contact is hidden everywhere public (API included); the date of the
    original consent stays on record."""
    contact.consent_withdrawn_at = timezone.now()
    contact.save(update_fields=["consent_withdrawn_at", "modified_at"])
    return contact


@transaction.atomic
def service_confirm(*, service: Service, on: date | None = None, by_email: str = "") -> Service:
    """The actor confirmed the offer: `assured_date` on the record and all its translations
    (they share it, see models.py)."""
    day = on or timezone.localdate()
    Service.objects.filter(translation_key=service.translation_key).update(
        assured_date=day, assurer_email=by_email, modified_at=timezone.now()
    )
    service.refresh_from_db()
    return service
