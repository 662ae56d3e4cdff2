"""Core reactions: any publish clears the page cache; the roles are set up after migrate."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.page_cache import invalidate_page_cache
from core.roles import ensure_roles


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _content_changed(sender, **kwargs):
    invalidate_page_cache()


@receiver(post_delete)
def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_page_cache()


@receiver(post_migrate)
def _roles_after_migrate(sender, app_config, **kwargs):
    # Roles reference permissions of every app: set them up once, after the last app's
    # permissions exist.
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if app_config is with_models[-1]:
        ensure_roles()
