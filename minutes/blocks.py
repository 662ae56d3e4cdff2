"""The agenda of a meeting as editors write it in the minutes: one block per agenda item with
its discussion, decisions and responsibilities (who does what by when)."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class Outcome:
    """What became of an agenda item. OParl's `result` carries the German label."""

    NOTED = "noted"
    DECIDED = "decided"
    DEFERRED = "deferred"
    REJECTED = "rejected"

    CHOICES = [
        (NOTED, _("Noted")),
        (DECIDED, _("Decided")),
        (DEFERRED, _("Deferred")),
        (REJECTED, _("Rejected")),
    ]
    # The record's vocabulary (OParl `result`), independent of interface translations.
    GERMAN = {
        NOTED: "zur Kenntnis genommen",
        DECIDED: "beschlossen",
        DEFERRED: "vertagt",
        REJECTED: "abgelehnt",
    }


# No document links inside the text: attachments are listed beside the minutes, where the
# document rules (nothing downloadable before publication) apply.
DISCUSSION_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class ResponsibilityBlock(blocks.StructBlock):
    who = blocks.CharBlock(
        label=_("Who"),
        max_length=200,
        help_text=_(
            "An office, organisation or member of the body in their public role. "
            "Never a private person."
        ),
    )
    what = blocks.CharBlock(label=_("What"), max_length=300)
    due = blocks.DateBlock(label=_("By when"), required=False)

    class Meta:
        label = _("Responsibility")
        icon = "user"


class AgendaItemBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Number"), max_length=20, required=False, help_text=_("For example “TOP 3”.")
    )
    title = blocks.CharBlock(label=_("Agenda item"), max_length=300)
    outcome = blocks.ChoiceBlock(choices=Outcome.CHOICES, required=False, label=_("Outcome"))
    discussion = blocks.RichTextBlock(
        features=DISCUSSION_FEATURES, required=False, label=_("Discussion")
    )
    decisions = blocks.ListBlock(
        blocks.TextBlock(label=_("Decision")), default=[], label=_("Decisions")
    )
    responsibilities = blocks.ListBlock(
        ResponsibilityBlock(), default=[], label=_("Responsibilities")
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["outcome_label"] = dict(Outcome.CHOICES).get(value.get("outcome"), "")
        return context

    class Meta:
        label = _("Agenda item")
        icon = "list-ol"
        template = "minutes/blocks/agenda_item.html"


class AgendaStreamBlock(blocks.StreamBlock):
    """At least one agenda item, checked when the form is sent. Not as `min_num`: Wagtail's
    editor shows a `min_num` error live, so a new minutes form greeted the editor with a red
    "minimum 1 item" before anything was typed (issue #15)."""

    item = AgendaItemBlock()

    def clean(self, value):
        # Drafts may be saved unfinished (Wagtail defers required checks for them).
        if self.required and not self.is_deferred_validation and not len(value):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("Please add at least one agenda item."))]
                )
            )
        return super().clean(value)
