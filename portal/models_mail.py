from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    """One message in the outbox. See portal/mail.py."""

    to = models.EmailField(_("recipient"))
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
    # data (forum/privacy.py) finds their messages, sent or not.
    about = models.CharField(max_length=64, blank=True, db_index=True)
    # Secrets in the message (a personal feedback link's token) that the outbox keeps only
    # until the message has gone out: delivery replaces each of them in subject and bodies
    # with "[…]" and empties this list in the same UPDATE that sets `sent_at` (portal/mail.py).
    redact_after_send = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [
            models.Index(fields=["sent_at", "claimed_until"], name="outbox_pending_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {'sent' if self.sent_at else 'pending'}"
