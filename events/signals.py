from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.page_cache import invalidate_page_cache

from .cache import bump_feed_version
from .models import EventCategory, Venue


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    # Any page: a renamed calendar or home page changes the event URLs in the feeds too.
    bump_feed_version()


@receiver(post_delete)
def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_feed_version()


@receiver(post_save, sender=Venue)
@receiver(post_save, sender=EventCategory)
@receiver(post_delete, sender=Venue)
@receiver(post_delete, sender=EventCategory)
def _snippet_changed(sender, **kwargs):
    bump_feed_version()
    invalidate_page_cache()
