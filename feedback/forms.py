"""The form respondents fill in, built from a survey's questions, in their language."""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import FREE_TEXT_MAX_LENGTH, Question, QuestionKind
from .translations import LocalText, pick

REQUIRED = _("Please answer this question.")


class FreeTextField(forms.CharField):
    """No `maxlength` attribute: a browser would silently cut pasted text. The server says
    how long it may be and keeps every character that was typed."""

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        attrs["data-maxlength"] = str(self.max_length)
        attrs["dir"] = "auto"  # an answer may be in any language and script
        return attrs


@dataclass
class QuestionField:
    question: Question
    bound: forms.BoundField
    text: LocalText
    help_text: LocalText
    low_label: LocalText
    high_label: LocalText
    choices: list  # (value, LocalText) for choice and scale questions

    @property
    def kind(self) -> str:
        return self.question.kind

    @property
    def is_group(self) -> bool:
        return self.question.kind != QuestionKind.TEXT

    @property
    def input_type(self) -> str:
        return "checkbox" if self.question.kind == QuestionKind.MULTIPLE else "radio"

    @property
    def selected(self) -> set[str]:
        value = self.bound.value()
        if value is None:
            return set()
        if isinstance(value, list | tuple):
            return {str(v) for v in value}
        return {str(value)}


def field_name(question: Question) -> str:
    return f"q{question.pk}"


class SurveyAnswerForm(forms.Form):
    """One field per question. `use_required_attribute` is off: the browser's own bubbles
    would speak the browser's language, not the respondent's; the server explains instead."""

    use_required_attribute = False

    def __init__(self, *args, questions: list[Question], language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.language = language
        for question in questions:
            self.fields[field_name(question)] = self._field_for(question)

    def _field_for(self, question: Question) -> forms.Field:
        common = {"required": question.required, "label": pick(question.text, self.language).text}
        if question.kind == QuestionKind.SCALE:
            maximum = question.scale_max
            return forms.TypedChoiceField(
                choices=[(value, str(value)) for value in question.scale_values()],
                coerce=int,
                empty_value=None,
                widget=forms.RadioSelect,
                error_messages={
                    "required": REQUIRED,
                    "invalid_choice": _("Please choose a value from 1 to %(max)d.")
                    % {"max": maximum},
                },
                **common,
            )
        if question.kind == QuestionKind.SINGLE:
            return forms.ChoiceField(
                choices=[(key, key) for key in question.option_keys],
                widget=forms.RadioSelect,
                error_messages={
                    "required": REQUIRED,
                    "invalid_choice": _(
                        "This option does not exist. Please choose one of the options shown."
                    ),
                },
                **common,
            )
        if question.kind == QuestionKind.MULTIPLE:
            return forms.MultipleChoiceField(
                choices=[(key, key) for key in question.option_keys],
                widget=forms.CheckboxSelectMultiple,
                error_messages={
                    "required": _("Please choose at least one option."),
                    "invalid_choice": _(
                        "One of the chosen options does not exist. "
                        "Please choose from the options shown."
                    ),
                    "invalid_list": _("Please choose from the options shown."),
                },
                **common,
            )
        return FreeTextField(
            max_length=FREE_TEXT_MAX_LENGTH,
            strip=True,
            widget=forms.Textarea(attrs={"rows": 5}),
            error_messages={
                "required": REQUIRED,
                "max_length": _(
                    "Please shorten your text to at most %(limit_value)d characters "
                    "(it has %(show_value)d now). Your text is still here."
                ),
            },
            **common,
        )

    def question_fields(self) -> list[QuestionField]:
        items = []
        for question in self.questions:
            if question.kind == QuestionKind.SCALE:
                choices = [
                    (str(v), LocalText(str(v), self.language)) for v in question.scale_values()
                ]
                low = pick(question.scale_low_label, self.language)
                high = pick(question.scale_high_label, self.language)
                if low.text:
                    choices[0] = (choices[0][0], LocalText(f"1 – {low.text}", low.lang))
                if high.text:
                    last = question.scale_max
                    choices[-1] = (choices[-1][0], LocalText(f"{last} – {high.text}", high.lang))
            elif question.is_choice:
                choices = [
                    (option["key"], pick(option.get("text"), self.language))
                    for option in question.options
                ]
            else:
                choices = []
            items.append(
                QuestionField(
                    question=question,
                    bound=self[field_name(question)],
                    text=pick(question.text, self.language),
                    help_text=pick(question.help_text, self.language),
                    low_label=pick(question.scale_low_label, self.language),
                    high_label=pick(question.scale_high_label, self.language),
                    choices=choices,
                )
            )
        return items

    def answers(self) -> dict[int, object]:
        """Cleaned answers keyed by question id, for `services.response_submit`."""
        return {q.pk: self.cleaned_data.get(field_name(q)) for q in self.questions}

    def add_service_errors(self, errors: dict[int, list[str]]) -> None:
        by_id = {q.pk: q for q in self.questions}
        for question_id, messages in errors.items():
            question = by_id.get(question_id)
            if question is not None:
                for message in messages:
                    self.add_error(field_name(question), message)
