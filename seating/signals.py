"""Table plans hold who sat with whom: erasing personal data (forum/privacy.py, announced by
`forum.public.personal_data_erased`) removes the people's seats, and a whole forum's erasure
removes its plan."""

from django.dispatch import receiver

from forum.public import personal_data_erased

from .models import Seat, SeatingPlan


@receiver(personal_data_erased)
def _forget_seats(sender, registration_ids, forum=None, **kwargs):
    if forum is not None:
        SeatingPlan.objects.filter(forum=forum).delete()
    Seat.objects.filter(registration_id__in=registration_ids).delete()
