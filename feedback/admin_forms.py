"""Admin forms: starting a survey, and the survey editor's rules once answers exist."""

from datetime import datetime, time, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput, AdminPageChooser

from events.models import EventPage

from . import permissions
from .models import Answer, Question, Response, Survey
from .services import source_event

NOT_YOURS_EVENT = _(
    "You can only run surveys for events whose forum you organise. Ask an administrator "
    "to add you to the forum's organisers."
)
NOT_YOURS_YEARLY = _("Only editors and administrators run the yearly satisfaction survey.")


def check_scope(*, user, event, field_errors: dict) -> None:
    """What a form is about to create or move a survey to must be the user's to manage
    (feedback.permissions): an event whose forum they organise, or the yearly survey."""
    candidate = Survey(event=event)
    if permissions.can_manage_survey(user, candidate, permission=permissions.CHANGE):
        return
    if event is None:
        field_errors["year"] = NOT_YOURS_YEARLY
    else:
        field_errors["event"] = NOT_YOURS_EVENT


class SurveyAdminForm(WagtailAdminModelForm):
    """The survey editor. Once answers have come in, the structure is fixed: questions with
    answers can't be removed or change type, choice questions keep their number of options
    (texts and translations can still be corrected). Otherwise stored answers would change
    meaning or point at nothing."""

    def clean_event(self):
        event = self.cleaned_data.get("event")
        if event is None:
            return None
        event = source_event(event.specific)
        clash = Survey.objects.filter(event=event).exclude(pk=self.instance.pk).first()
        if clash is not None:
            raise ValidationError(_("This event already has a survey."))
        return event

    def clean(self):
        data = super().clean()
        if "event" in data:
            # Moving a survey to another event (or making it the yearly one) needs the right
            # to manage it there too: no survey handed to another forum's attendees.
            errors = {}
            check_scope(user=self.for_user, event=data["event"], field_errors=errors)
            for name, message in errors.items():
                self.add_error(name if name in self.fields else None, message)
        return data

    def is_valid(self):
        valid = super().is_valid()
        if not self.instance.pk or "questions" not in getattr(self, "formsets", {}):
            return valid
        if not Response.objects.filter(survey_id=self.instance.pk).exists():
            return valid
        original = Survey.objects.filter(pk=self.instance.pk).values("event_id", "year").get()
        data = getattr(self, "cleaned_data", {})
        locked = False
        if "event" in data and getattr(data["event"], "pk", None) != original["event_id"]:
            self.add_error("event", _("The survey has answers: it stays with its event."))
            locked = True
        if "year" in data and data["year"] != original["year"]:
            self.add_error("year", _("The survey has answers: its year can't change."))
            locked = True
        answered = set(
            Answer.objects.filter(question__survey_id=self.instance.pk)
            .values_list("question_id", flat=True)
            .distinct()
        )
        stored = {q.pk: q for q in Question.objects.filter(survey_id=self.instance.pk)}
        formset = self.formsets["questions"]
        for form in formset.forms:
            original = stored.get(form.instance.pk)
            if original is None or original.pk not in answered:
                continue
            if formset.can_delete and formset._should_delete_form(form):
                form.add_error(None, _("This question already has answers and can't be removed."))
                locked = True
                continue
            data = getattr(form, "cleaned_data", {}) or {}
            if "kind" in data and data["kind"] != original.kind:
                form.add_error("kind", _("The type can't change once there are answers."))
                locked = True
            if (
                "scale_max" in data
                and original.kind == "scale"
                and data["scale_max"] != original.scale_max
            ):
                form.add_error("scale_max", _("The scale can't change once there are answers."))
                locked = True
            if (
                original.is_choice
                and "options" in data
                and len(data["options"]) != len(original.options)
            ):
                form.add_error(
                    "options",
                    _(
                        "This question has answers: keep its %(count)d options (you can "
                        "still correct their texts and translations)."
                    )
                    % {"count": len(original.options)},
                )
                locked = True
        return valid and not locked


def _default_close(event: EventPage | None) -> datetime:
    base = event.end if event is not None else timezone.now()
    return base + timedelta(days=21)


class StartSurveyForm(forms.Form):
    """First step: which event (or which year), and start from the template or empty."""

    KIND_EVENT = "event"
    KIND_YEARLY = "yearly"

    kind = forms.ChoiceField(
        label=_("Kind of survey"),
        choices=[
            (KIND_EVENT, _("Feedback after an event")),
            (KIND_YEARLY, _("Yearly satisfaction survey")),
        ],
        widget=forms.RadioSelect,
        initial=KIND_EVENT,
    )
    event = forms.ModelChoiceField(
        label=_("Event"),
        queryset=EventPage.objects.all(),
        required=False,
        widget=AdminPageChooser(target_models=[EventPage]),
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    opens_at = forms.DateTimeField(
        label=_("Opens"), required=False, widget=AdminDateTimeInput, help_text=_("Yearly survey")
    )
    closes_at = forms.DateTimeField(
        label=_("Closes"),
        required=False,
        widget=AdminDateTimeInput,
        help_text=_("Default: three weeks after the event (or after opening)."),
    )
    from_template = forms.TypedChoiceField(
        label=_("Questions"),
        choices=[
            ("1", _("Start from the template (in nine languages)")),
            ("0", _("Start with no questions")),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        initial="1",
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        data = super().clean()
        errors = {}
        if data.get("kind") == self.KIND_EVENT and data.get("event") is not None:
            check_scope(
                user=self.user, event=source_event(data["event"].specific), field_errors=errors
            )
        elif data.get("kind") == self.KIND_YEARLY:
            check_scope(user=self.user, event=None, field_errors=errors)
        for name, message in errors.items():
            self.add_error(name, message)
        if errors:
            return data
        if data.get("kind") == self.KIND_EVENT:
            event = data.get("event")
            if event is None:
                self.add_error("event", _("Choose the event."))
                return data
            event = source_event(event.specific)
            data["event"] = event
            if Survey.objects.filter(event=event).exists():
                self.add_error("event", _("This event already has a survey."))
            data["closes_at"] = data.get("closes_at") or _default_close(event)
            if data["closes_at"] <= event.end:
                self.add_error("closes_at", _("The survey must close after the event."))
        elif data.get("kind") == self.KIND_YEARLY:
            year = data.get("year")
            if year is None:
                self.add_error("year", _("Give the year."))
                return data
            if Survey.objects.filter(year=year).exists():
                self.add_error("year", _("There is already a survey for this year."))
            opens = data.get("opens_at") or timezone.make_aware(
                datetime.combine(timezone.localdate(), time(0, 0))
            )
            data["opens_at"] = opens
            data["closes_at"] = data.get("closes_at") or opens + timedelta(days=42)
            if data["closes_at"] <= opens:
                self.add_error("closes_at", _("The survey must close after it opens."))
        return data
