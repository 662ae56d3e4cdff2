from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

MIN_YEAR = 1990
MAX_YEAR = 2100


class ArchiveFilterForm(forms.Form):
    """Filters of the minutes archive (GET). Bodies are checked by the view: an unknown body
    is a missing page (404), a malformed year or search is bad input (400)."""

    q = forms.CharField(
        label=_("Search the minutes"),
        required=False,
        max_length=settings.SEARCH_QUERY_MAX_LENGTH,
        error_messages={
            "max_length": _(
                "Your search is too long. Please use at most %(limit_value)d characters."
            )
        },
    )
    body = forms.SlugField(label=_("Body"), required=False)
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "invalid": _("Please choose a year from the list."),
            "min_value": _("Please choose a year from the list."),
            "max_value": _("Please choose a year from the list."),
        },
    )

    def clean_q(self) -> str:
        # Control characters never belong in a query and confuse search backends.
        return "".join(ch for ch in self.cleaned_data["q"] if ch.isprintable()).strip()
