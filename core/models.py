"""The review task type: group approval under the four-eyes rule (see core/review.py).

Nobody approves an object they created (its owner), last edited (the user of its latest
revision) or submitted for review (the workflow's `requested_by`), superusers included. They
may still request changes. The rule holds wherever Wagtail asks the task: the action buttons
in the editor's footer and on the dashboard (`get_actions`), the workflow action view, which
refuses a forged POST with PermissionDenied (`check_action` asks `get_actions`), and
`on_action` itself, which asks again after the editor has saved the approver's own changes
("approve" from the editor footer saves the form first), and the dashboard's "awaiting your
review" panel (`get_task_states_user_can_moderate`).

Also here: the e-mail outbox (`OutgoingEmail`, written and delivered by core/outbox.py)."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page


def is_own_work(obj, user, *, requested_by_id=None) -> bool:
    """Whether `user` created `obj`, made its latest revision, or (given `requested_by_id`)
    submitted it for review."""
    if user is None or not user.is_authenticated:
        return False
    if getattr(obj, "owner_id", None) == user.pk:
        return True
    latest = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
    if latest is not None and latest.user_id == user.pk:
        return True
    return requested_by_id is not None and requested_by_id == user.pk


def _requested_by_id(obj):
    state = getattr(obj, "current_workflow_state", None)
    return state.requested_by_id if state is not None else None


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    def may_approve(self, obj, user, *, requested_by_id=None) -> bool:
        return not is_own_work(obj, user, requested_by_id=requested_by_id)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if any(name == "approve" for name, _label, _modal in actions) and not self.may_approve(
            obj, user, requested_by_id=_requested_by_id(obj)
        ):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            workflow_state = task_state.workflow_state
            obj = type(workflow_state.content_object).objects.get(
                pk=workflow_state.content_object.pk
            )  # fresh: the editor may just have saved a revision by this user
            if not self.may_approve(obj, user, requested_by_id=workflow_state.requested_by_id):
                raise PermissionDenied(_("Nobody approves what they created or last edited."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """Without the pages the user may not approve: the dashboard offers nothing they
        cannot do. (Objects other than pages are left out only when the user submitted them;
        `get_actions` still applies the whole rule to them.)"""
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if not user.is_authenticated:
            return states
        own_pages = (
            Page.objects.filter(Q(owner=user) | Q(latest_revision__user=user))
            .annotate(key=Cast("pk", output_field=CharField()))
            .values("key")
        )
        return states.exclude(workflow_state__requested_by=user).exclude(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=own_pages,
        )

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; nobody approves what they created, last "
            "edited or submitted (four eyes)."
        )

    class Meta:
        verbose_name = _("four-eyes approval task")
        verbose_name_plural = _("four-eyes approval tasks")


class OutgoingEmail(models.Model):
    """One message in the outbox. See core/outbox.py.

    A service writes the row in its own transaction with what the message is (`kind`), for
    whom (`to`, `language`) and about what (`about`, `context`); the worker renders it
    (`rendered_at`) with the renderer its app declares for the kind and delivers it."""

    to = models.EmailField(_("recipient"))
    # "forum.confirmed", "feedback.invitation": which app's renderer writes the text; empty
    # for a message stored ready-made (subject and bodies given by the caller).
    kind = models.CharField(_("kind"), max_length=64, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    # What the renderer needs besides `about` (a message's text, an invitation's survey).
    context = models.JSONField(default=dict, blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    reply_to = models.EmailField(blank=True)
    attachments = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=100, blank=True)
    # Whom or what the message concerns ("forum.registration:42"), so that erasing a person's
    # data finds their messages, sent or not (`core.outbox.outbox_forget`).
    about = models.CharField(max_length=64, blank=True, db_index=True)
    # Secrets in the message (a personal feedback link's token) that the outbox keeps only
    # until the message has gone out: delivery replaces each of them in subject, bodies and
    # context with "[…]" and empties this list in the same UPDATE that sets `sent_at`.
    redact_after_send = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [
            models.Index(fields=["sent_at", "claimed_until"], name="outbox_pending_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {'sent' if self.sent_at else 'pending'}"
