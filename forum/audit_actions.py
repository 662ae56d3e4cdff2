"""The forum's audit-log actions (core/audit.py records them against the Forum): their labels
and messages for Wagtail's history views, the forum's audit page and its CSV export.

What each entry's data holds, besides who acted and when: `person` (the registration's id) and
`name` for actions on one person, until that person's data is erased (then `{"erased": true}`);
`count` for erasure and messages; `format` for exports; `page`, `status` and `searched` (whether
a search term was used, never the term: it is often a name) for the registration list."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, registry

from core import audit

ACTIONS = {
    "forum.registrations_view": _("Registration list viewed"),
    "forum.export": _("Registrations exported"),
    "forum.check_in": _("Checked in"),
    "forum.check_in_undo": _("Check-in undone"),
    "forum.walk_in": _("Walk-in added and checked in"),
    "forum.registration_add": _("Registration added by an organiser"),
    "forum.registration_cancel": _("Registration cancelled by an organiser"),
    "forum.message": _("Message sent to everyone confirmed"),
    "forum.erase": _("Personal data of the forum deleted"),
    "forum.registration_erase": _("A registrant deleted their personal data"),
    "forum.audit_export": _("Audit log exported"),
}


def describe(entry) -> str:
    """What the entry says beyond its action: whom it was about, how many, which format."""
    data = entry.data or {}
    if data.get("erased"):
        return str(_("(personal data deleted)"))
    parts = []
    if audit.PERSON in data:
        parts.append(f"{data.get(audit.NAME, '')} (#{data[audit.PERSON]})".strip())
    if "count" in data:
        count = int(data["count"])
        parts.append(ngettext("%(count)d person", "%(count)d people", count) % {"count": count})
    if "format" in data:
        parts.append(str(data["format"]).upper())
    if "table" in data:  # seating.table_move, recorded by the seating app
        parts.append(
            _("round %(round)s, %(table)s") % {"round": data.get("round"), "table": data["table"]}
        )
    return " · ".join(parts)


class ForumActionFormatter(LogFormatter):
    def format_message(self, log_entry):
        detail = describe(log_entry)
        return f"{self.label}: {detail}" if detail else str(self.label)


def label(action: str) -> str:
    """Any app's action label (seating registers its own), else the action's name."""
    return str(registry.get_action_label(action)) if registry.action_exists(action) else action


def register(actions) -> None:
    for action, text in ACTIONS.items():
        formatter = type("Formatter", (ForumActionFormatter,), {"label": text})
        actions.register_action(action)(formatter)
