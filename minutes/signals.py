"""Keep the published record, the review workflow and document claims in step with what
editors do in Wagtail."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.page_cache import invalidate_page_cache

from . import services
from .models import Body, MinutesAttachment, MinutesIndexPage, MinutesPage
from .review import ensure_minutes_workflow


@receiver(page_published, sender=MinutesPage)
def _minutes_published(sender, instance, **kwargs):
    services.minutes_correction_stamp(page=instance)
    services.meeting_record_publish(page=instance)


@receiver(page_unpublished, sender=MinutesPage)
def _minutes_unpublished(sender, instance, **kwargs):
    services.meeting_record_withdraw(key=instance.translation_key)
    services.minutes_translations_withdraw(page=instance)


@receiver(post_delete, sender=MinutesPage)
def _minutes_deleted(sender, instance, **kwargs):
    if services.is_source(instance):
        services.meeting_record_withdraw(key=instance.translation_key)


@receiver(post_page_move)
def _page_moved(sender, instance, **kwargs):
    # A move can put minutes under a view restriction or take them out of one.
    for page in MinutesPage.objects.descendant_of(instance, inclusive=True).live():
        services.meeting_record_publish(page=page)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _restriction_changed(sender, instance, **kwargs):
    try:
        page = instance.page
    except Page.DoesNotExist:  # the page is being deleted together with its restriction
        return
    for minutes in MinutesPage.objects.descendant_of(page, inclusive=True):
        services.meeting_record_publish(page=minutes)


@receiver(post_save, sender=Revision)
def _revision_saved(sender, instance, created, **kwargs):
    if created and instance.content_type.model_class() is MinutesPage:
        attachments = (instance.content or {}).get("attachments") or []
        services.documents_claim(document_ids=[a.get("document") for a in attachments])


@receiver(post_save, sender=MinutesAttachment)
def _attachment_saved(sender, instance, **kwargs):
    services.documents_claim(document_ids=[instance.document_id])


@receiver(post_save, sender=MinutesIndexPage)
def _archive_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_minutes_workflow()


@receiver(post_save, sender=Body)
def _body_saved(sender, instance, **kwargs):
    invalidate_page_cache()


@receiver(post_delete, sender=Body)
def _body_deleted(sender, instance, **kwargs):
    services.body_tombstone(body=instance)
    invalidate_page_cache()


@receiver(post_migrate)
def _workflow_after_migrate(sender, app_config, **kwargs):
    # After the last app's migrations, when groups, pages and workflow tables all exist.
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if app_config is with_models[-1]:
        ensure_minutes_workflow()
