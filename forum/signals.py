"""Retire the cached registration view of forums (selectors.forum_for_registration) whenever
a forum, one of its themes or an event page changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from core.cache_versions import bump_version

from .models import Forum, Theme
from .selectors import CONFIG_VERSION


@receiver(post_save, sender=Forum)
@receiver(post_delete, sender=Forum)
@receiver(post_save, sender=Theme)
@receiver(post_delete, sender=Theme)
@receiver(page_published)
@receiver(page_unpublished)
def _forum_changed(sender, **kwargs):
    bump_version(CONFIG_VERSION)
