"""Forms of the public registration pages, the personal page and the check-in desk."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Theme
from .services import Needs

PHONE = re.compile(r"^[0-9+()/.\- ]{4,50}$")
MAX_WISHES = 3
WISH_LABELS = [
    pgettext_lazy("theme wish", "First choice"),
    pgettext_lazy("theme wish", "Second choice"),
    pgettext_lazy("theme wish", "Third choice"),
]


class LanguageSelect(forms.Select):
    """Each language in its own name, marked with its `lang` so screen readers say it right."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            option["attrs"]["lang"] = value
        return option


class ThemeChoiceField(forms.ModelChoiceField):
    """One of the forum's themes, looked up among those already loaded: no query per wish."""

    def __init__(self, *, themes: list[Theme], **kwargs):
        self.themes_by_key = {str(theme.pk): theme for theme in themes}
        super().__init__(queryset=Theme.objects.none(), **kwargs)
        self.choices = [("", self.empty_label)] + [(theme.pk, theme.label()) for theme in themes]

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return self.themes_by_key[str(value)]
        except KeyError:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


def language_choices(*, exclude=()):
    return [(code, name) for code, name in settings.LANGUAGES if code not in exclude]


class DetailsForm(forms.Form):
    """What a registrant can also change later: language, phone, wishes, needs."""

    language = forms.ChoiceField(
        label=_("Language for all messages to you"),
        choices=language_choices(),
        widget=LanguageSelect,
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=50,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )
    interpretation_language = forms.ChoiceField(
        label=_("I need interpretation into"),
        required=False,
        choices=[("", _("No interpretation needed")), *language_choices(exclude=("de",))],
        widget=LanguageSelect,
    )
    sign_language = forms.BooleanField(label=_("I need sign language interpreting"), required=False)
    step_free = forms.BooleanField(label=_("I need step-free access"), required=False)
    childcare = forms.BooleanField(label=_("I need childcare"), required=False)
    children = forms.IntegerField(
        label=_("Number of children who need care"),
        required=False,
        min_value=0,
        max_value=10,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    comments = forms.CharField(
        label=_("Anything else we should know? (optional)"),
        required=False,
        max_length=1000,
        # What people type may be in any script: the browser finds its direction.
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )

    def __init__(self, *args, forum, **kwargs):
        kwargs.setdefault("label_suffix", "")  # a colon is not punctuation in every language
        super().__init__(*args, **kwargs)
        self.forum = forum
        themes = list(forum.themes.all()) if forum.ask_theme_wishes else []
        self.wish_fields = []
        for index in range(min(MAX_WISHES, len(themes))):
            name = f"wish_{index + 1}"
            self.fields[name] = ThemeChoiceField(
                themes=themes,
                required=False,
                label=WISH_LABELS[index],
                empty_label=_("– no wish –"),
            )
            self.wish_fields.append(name)
        if not forum.ask_phone:
            del self.fields["phone"]
        if not forum.ask_needs:
            for name in ("interpretation_language", "sign_language", "step_free", "childcare"):
                del self.fields[name]
            del self.fields["children"]
        if not forum.ask_comments:
            del self.fields["comments"]

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "").strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                _("Please enter a phone number with digits only (spaces, + and - are fine).")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        seen = set()
        for name in self.wish_fields:
            theme = cleaned.get(name)
            if theme is None:
                continue
            if theme.pk in seen:
                self.add_error(name, _("You chose this theme already. Please choose another one."))
            seen.add(theme.pk)
        if "childcare" in self.fields:
            children = cleaned.get("children") or 0
            if cleaned.get("childcare") and children < 1:
                self.add_error("children", _("How many children need care?"))
            if children and not cleaned.get("childcare"):
                cleaned["childcare"] = True
        return cleaned

    def wishes(self) -> list[Theme]:
        return [self.cleaned_data[name] for name in self.wish_fields if self.cleaned_data.get(name)]

    def needs(self) -> Needs:
        data = self.cleaned_data
        return Needs(
            interpretation_language=data.get("interpretation_language") or "",
            sign_language=bool(data.get("sign_language")),
            step_free=bool(data.get("step_free")),
            childcare=bool(data.get("childcare")),
            children=(data.get("children") or 0) if data.get("childcare") else 0,
        )

    def has_needs_fields(self) -> bool:
        return "childcare" in self.fields

    @classmethod
    def initial_from(cls, registration) -> dict:
        initial = {
            "language": registration.language,
            "phone": registration.phone,
            "interpretation_language": registration.interpretation_language,
            "sign_language": registration.sign_language,
            "step_free": registration.step_free,
            "childcare": registration.childcare,
            "children": registration.children or None,
            "comments": registration.comments,
        }
        for wish in registration.wishes.all():
            initial[f"wish_{wish.rank}"] = wish.theme_id
        return initial


class RegistrationForm(DetailsForm):
    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my details are stored for it."),
        error_messages={"required": _("Please agree to the privacy notice to register.")},
    )
    # Honeypot: hidden from people (and from assistive technology), filled in by bots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    field_order = ["name", "email", "phone", "language"]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please enter your name."))
        return name

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website", "").strip())


class WalkInForm(forms.Form):
    label_suffix = ""
    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail (optional)"), required=False)
    language = forms.ChoiceField(
        label=_("Language"), choices=language_choices(), widget=LanguageSelect
    )


class MessageForm(forms.Form):
    """The organiser's message: written once (in German), with an optional translation for
    each language the recipients read; each person gets their own language's text."""

    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}))

    def __init__(self, *args, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.languages = [code for code in languages if code != settings.LANGUAGE_CODE]
        for code in self.languages:
            attrs = {"lang": code, "dir": "auto"}
            self.fields[f"subject_{code}"] = forms.CharField(
                label=_("Subject in %(language)s") % {"language": names.get(code, code)},
                max_length=150,
                required=False,
                widget=forms.TextInput(attrs=attrs),
            )
            self.fields[f"body_{code}"] = forms.CharField(
                label=_("Message in %(language)s") % {"language": names.get(code, code)},
                required=False,
                widget=forms.Textarea(attrs={**attrs, "rows": 5}),
                help_text=_("Empty: these people get the German text."),
            )

    def translations(self) -> dict[str, dict[str, str]]:
        found = {}
        for code in self.languages:
            own = {
                "subject": self.cleaned_data.get(f"subject_{code}", "").strip(),
                "body": self.cleaned_data.get(f"body_{code}", "").strip(),
            }
            if own["subject"] or own["body"]:
                found[code] = own
        return found


class ManualRegistrationForm(DetailsForm):
    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail"), required=False)
    notify = forms.BooleanField(
        label=_("Send the confirmation e-mail"), required=False, initial=True
    )
    consent = forms.BooleanField(
        label=_("The person has agreed to the privacy notice (for example on the phone)."),
    )

    field_order = ["name", "email", "phone", "language"]
