"""Organisers' forms: plan, move someone, mark the started round, print."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import LanguageRule, PlanSource
from .services import DEFAULT_TIME_LIMIT, MAX_TIME_LIMIT, MIN_TIME_LIMIT


class PlanForm(forms.Form):
    source = forms.ChoiceField(
        label=_("Plan for"), choices=PlanSource.choices, widget=forms.RadioSelect
    )
    language_rule = forms.ChoiceField(
        label=_("Who needs a language at the table"),
        choices=LanguageRule.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "People who asked for interpretation need a table offering that language. "
            "Nobody needs German: the forum is held in German."
        ),
    )
    seed = forms.IntegerField(
        label=_("Seed"),
        min_value=0,
        max_value=2**31 - 1,
        help_text=_("The same seed gives the same plan. Try another for a different one."),
    )
    time_limit = forms.DecimalField(
        label=_("Time limit (seconds)"),
        min_value=MIN_TIME_LIMIT,
        max_value=MAX_TIME_LIMIT,
        decimal_places=1,
        max_digits=3,
    )

    @classmethod
    def initial_for(cls, plan) -> dict:
        if plan is None:
            return {
                "source": PlanSource.CONFIRMED,
                "language_rule": LanguageRule.INTERPRETATION,
                "seed": 0,
                "time_limit": DEFAULT_TIME_LIMIT,
            }
        return {
            "source": plan.source,
            "language_rule": plan.language_rule,
            "seed": plan.seed,
            "time_limit": DEFAULT_TIME_LIMIT,
        }


class MoveForm(forms.Form):
    """Choices come from the plan already loaded for the page (no extra queries)."""

    guest = forms.TypedChoiceField(label=_("Person"), coerce=int)
    round = forms.TypedChoiceField(label=_("Round"), coerce=int)
    table = forms.TypedChoiceField(label=_("New table"), coerce=int)

    def __init__(self, *args, data_for, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["guest"].choices = [("", "–")] + [
            (route.registration.pk, route.registration.name) for route in data_for.routes
        ]
        self.fields["round"].choices = [
            (r, _("Round %(number)d") % {"number": r}) for r in data_for.rounds
        ]
        self.fields["table"].choices = [("", "–")] + [
            (table.pk, _table_label(table)) for table in data_for.tables
        ]


def _table_label(table) -> str:
    if table.theme_id:
        return f"{table.name} – {table.theme.label()}"
    return table.name


class RoundForm(forms.Form):
    current_round = forms.TypedChoiceField(label=_("Round in progress"), coerce=int)

    def __init__(self, *args, rounds: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["current_round"].choices = [(0, _("Not started"))] + [
            (r, _("Round %(number)d has started") % {"number": r}) for r in range(1, rounds + 1)
        ]


PRINT_KINDS = [("tables", _("Table cards")), ("routes", _("Personal route cards"))]
PRINT_SIZES = [("a4", "A4"), ("a6", "A6")]


class PrintForm(forms.Form):
    kind = forms.ChoiceField(label=_("Cards"), choices=PRINT_KINDS, initial="tables")
    size = forms.ChoiceField(label=_("Paper size"), choices=PRINT_SIZES, initial="a4")
    language = forms.ChoiceField(
        label=_("Language of the table cards"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        help_text=_("Route cards are always in each guest's own language."),
    )
