"""Model and form fields for survey texts in the nine languages.

`TranslatedTextField` stores `{"de": ..., "en": ...}`; `TranslatedOptionsField` stores the
options of a choice question as `[{"key": "o1", "text": {"de": ..., ...}}, ...]`. In the admin
both show the German source first and the translations in a disclosure whose summary says
how complete they are ("7 of 9 languages, missing: uk, ro")."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.renderers import get_default_renderer
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.i18n import text_direction

from .translations import LANGUAGE_CODES, NATIVE_NAMES, SOURCE_LANGUAGE, clean_texts

TEXT_MAX_LENGTH = 500
OPTION_MAX_LENGTH = 200
MAX_OPTIONS = 20


class TranslatedWidget(forms.MultiWidget):
    """One input per language; German first, the others in a <details> with a completeness
    summary. Rendered through the project's template engine (templates/feedback/widgets/)."""

    template_name = "feedback/widgets/translated.html"

    class Media:
        css = {"all": ["feedback/admin.css"]}

    def __init__(self, *, multiline: bool = False, rows: int = 2, attrs=None):
        self.multiline = multiline
        widgets = {}
        for code in LANGUAGE_CODES:
            sub_attrs = {"lang": code, "dir": text_direction(code)}
            if multiline:
                widgets[code] = forms.Textarea(attrs={**sub_attrs, "rows": rows})
            else:
                widgets[code] = forms.TextInput(attrs=sub_attrs)
        super().__init__(widgets, attrs)

    def decompress(self, value):
        value = value or {}
        return [value.get(code, "") for code in LANGUAGE_CODES]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        renderer = get_default_renderer()
        rows = []
        values = {}
        for code, sub in zip(LANGUAGE_CODES, context["widget"]["subwidgets"], strict=True):
            values[code] = (sub.get("value") or "").strip()
            rows.append(
                {
                    "code": code,
                    "name": NATIVE_NAMES[code],
                    "id": sub["attrs"].get("id", ""),
                    "html": mark_safe(renderer.render(sub["template_name"], {"widget": sub})),  # noqa: S308 - Django's own widget output
                    "missing": not values[code],
                }
            )
        has_source = bool(values.get(SOURCE_LANGUAGE))
        missing = [row for row in rows[1:] if row["missing"]] if has_source else []
        context["widget"].update(
            {
                "source": rows[0],
                "translations": rows[1:],
                "missing": missing,
                "done": len(rows) - len(missing) if has_source else 0,
                "total": len(rows),
                "has_source": has_source,
            }
        )
        return context

    def _render(self, template_name, context, renderer=None):
        return mark_safe(render_to_string(template_name, context))  # noqa: S308


class TranslatedTextFormField(forms.MultiValueField):
    widget = TranslatedWidget

    def __init__(self, *, multiline: bool = False, max_length: int = TEXT_MAX_LENGTH, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs.pop("max_length", None)
        required = kwargs.pop("required", True)
        fields = [
            forms.CharField(required=(code == SOURCE_LANGUAGE and required), max_length=max_length)
            for code in LANGUAGE_CODES
        ]
        kwargs.setdefault("widget", TranslatedWidget(multiline=multiline))
        super().__init__(fields=fields, require_all_fields=False, required=required, **kwargs)

    def compress(self, data_list):
        return clean_texts(dict(zip(LANGUAGE_CODES, data_list or [], strict=False)))

    def clean(self, value):
        if isinstance(value, dict):
            value = [value.get(code, "") for code in LANGUAGE_CODES]
        return super().clean(value)


class TranslatedTextField(models.JSONField):
    """`{"de": "...", "en": "..."}`: a short text in the nine languages."""

    def __init__(self, *args, multiline: bool = False, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.multiline:
            kwargs["multiline"] = True
        if kwargs.get("default") is dict:
            del kwargs["default"]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return TranslatedTextFormField(
            multiline=self.multiline,
            required=not self.blank,
            label=kwargs.get("label") or capfirst(self.verbose_name),
            help_text=self.help_text,
            max_length=2000 if self.multiline else TEXT_MAX_LENGTH,
        )


class OptionsWidget(TranslatedWidget):
    template_name = "feedback/widgets/translated.html"

    def __init__(self, attrs=None):
        super().__init__(multiline=True, rows=5, attrs=attrs)

    def decompress(self, value):
        lines = {code: [] for code in LANGUAGE_CODES}
        for option in value or []:
            texts = option.get("text") or {}
            for code in LANGUAGE_CODES:
                lines[code].append(texts.get(code, ""))
        return ["\n".join(lines[code]).rstrip("\n") for code in LANGUAGE_CODES]


class TranslatedOptionsFormField(forms.MultiValueField):
    """Options of a choice question, one per line and language. Line n of every language is
    option n; its key (`o1`, `o2`, ...) follows the position, so keep the order once answers
    have come in."""

    widget = OptionsWidget

    def __init__(self, **kwargs):
        for key in ("encoder", "decoder", "max_length"):
            kwargs.pop(key, None)
        kwargs.pop("required", None)
        fields = [forms.CharField(required=False) for _code in LANGUAGE_CODES]
        kwargs.setdefault("widget", OptionsWidget())
        super().__init__(fields=fields, require_all_fields=False, required=False, **kwargs)

    def clean(self, value):
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = OptionsWidget().decompress(value)
        return super().clean(value)

    def compress(self, data_list):
        per_language = {}
        for code, raw in zip(LANGUAGE_CODES, data_list or [], strict=False):
            lines = [line.strip() for line in (raw or "").splitlines()]
            while lines and not lines[-1]:
                lines.pop()
            per_language[code] = lines
        source = [line for line in per_language.get(SOURCE_LANGUAGE, []) if line]
        if len(source) != len(per_language.get(SOURCE_LANGUAGE, [])):
            raise ValidationError(_("Remove the empty lines between the German options."))
        if len(source) > MAX_OPTIONS:
            raise ValidationError(
                _("A question can have at most %(max)d options.") % {"max": MAX_OPTIONS}
            )
        errors = []
        for code, lines in per_language.items():
            if any(len(line) > OPTION_MAX_LENGTH for line in lines):
                errors.append(
                    _("%(language)s: an option is longer than %(max)d characters.")
                    % {"language": NATIVE_NAMES[code], "max": OPTION_MAX_LENGTH}
                )
            if code != SOURCE_LANGUAGE and any(lines) and len(lines) != len(source):
                errors.append(
                    _(
                        "%(language)s has %(count)d lines but German has %(source)d. "
                        "Write one option per line, in the same order as in German."
                    )
                    % {"language": NATIVE_NAMES[code], "count": len(lines), "source": len(source)}
                )
        if errors:
            raise ValidationError(errors)
        options = []
        for index in range(len(source)):
            texts = {code: lines[index] for code, lines in per_language.items() if lines}
            options.append({"key": f"o{index + 1}", "text": clean_texts(texts)})
        return options


class TranslatedOptionsField(models.JSONField):
    """`[{"key": "o1", "text": {"de": ..., ...}}, ...]`: options of a choice question."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return TranslatedOptionsFormField(
            label=kwargs.get("label") or capfirst(self.verbose_name), help_text=self.help_text
        )
