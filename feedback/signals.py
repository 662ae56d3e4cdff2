"""Feedback's part of erasing a registrant's personal data (forum/privacy.py): the invitation
loses its link to the registration and its token, so the old link stops working. The row
stays, so "invited" on the results page keeps its number."""

import secrets

from django.dispatch import receiver

from forum.public import personal_data_erased

from .models import Invitation


@receiver(personal_data_erased)
def _forget_invitations(sender, registration_ids, **kwargs):
    invitations = list(Invitation.objects.filter(registration_id__in=registration_ids))
    for invitation in invitations:
        invitation.registration_id = None
        invitation.token_hash = secrets.token_hex(32)  # random: matches no token ever sent
    Invitation.objects.bulk_update(invitations, ["registration_id", "token_hash"], batch_size=500)
