"""The forum form in the Wagtail admin."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm

from core.roles import ORGANISERS

from .models import Theme


class ForumAdminForm(WagtailAdminModelForm):
    """Tables choose among this forum's themes only; organisers among staff organisers only
    (never the list of all citizens' accounts)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "organisers" in self.fields:
            current = self.instance.organisers.all() if self.instance.pk else []
            self.fields["organisers"].queryset = (
                get_user_model()
                .objects.filter(
                    Q(groups__name=ORGANISERS)
                    | Q(is_superuser=True)
                    | Q(pk__in=[user.pk for user in current])
                )
                .distinct()
                .order_by("last_name", "first_name", "username")
            )
        themes = (
            Theme.objects.filter(forum=self.instance) if self.instance.pk else Theme.objects.none()
        )
        formset = self.formsets.get("tables")
        if formset is None:
            return
        base = formset.form

        class TableForm(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if "theme" in self.fields:
                    self.fields["theme"].queryset = themes

        formset.form = TableForm
        for form in formset.__dict__.get("forms", []):
            if "theme" in form.fields:
                form.fields["theme"].queryset = themes
