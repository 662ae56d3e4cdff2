"""Which documents the public may download.

A document becomes a minutes document as soon as any revision of any minutes lists it as an
attachment (ClaimedDocument, recorded when the revision is saved). From then on anonymous
visitors get it only while live, public minutes list it; staff with admin access always get
it (to review drafts). Documents that minutes never claimed follow Wagtail's own rules."""

from django.contrib.auth.models import AnonymousUser

from core.i18n import public_only

from .models import ClaimedDocument, MinutesPage


def may_download(*, document, user=None) -> bool:
    user = user or AnonymousUser()
    if user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin")):
        return True
    if not ClaimedDocument.objects.filter(document_id=document.pk).exists():
        return True
    listing = MinutesPage.objects.live().filter(attachments__document_id=document.pk)
    return public_only(listing).exists()
