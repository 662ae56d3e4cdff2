"""Who may manage which survey: the one rule, used by every admin view, the listing, the
survey editor's permission policy and the exports.

- The role gives the kind of right (feedback/roles.py, set up by core/roles.py): organisers
  and editors may build surveys, read results, moderate, publish; reviewers nothing;
  administrators (superusers) everything.
- Which surveys: a survey after an event belongs to the forum of that event (any translation
  of the page). Only the people listed as that forum's organisers may see its results and
  free texts, moderate, publish, send invitations, export, edit or delete it; organisers of
  another forum and editors are refused like anyone else. An event without a forum has no
  organisers: only administrators manage its survey.
- The yearly satisfaction survey (no event) belongs to no forum: whoever also holds
  `feedback.run_yearly_survey` (editors) and administrators.

`can_manage_survey` answers for one survey (also an unsaved one, to check what a form is
about to create); `surveys_managed_by` is the same rule as a queryset filter. Forum data is
read only through `forum.public`."""

from collections.abc import Iterable

from django.db.models import Q, QuerySet
from wagtail.permission_policies.base import ModelPermissionPolicy

from forum import public as forum_public

from .models import Survey

VIEW = "view_results"
PUBLISH = "publish_results"
CHANGE = "change_survey"
ADD = "add_survey"
DELETE = "delete_survey"
YEARLY = "run_yearly_survey"


def _codenames(permission: str | Iterable[str]) -> tuple[str, ...]:
    return (permission,) if isinstance(permission, str) else tuple(permission)


def _holds(user, permission: str | Iterable[str]) -> bool:
    """The role part: an active, signed-in user with any of the feedback permissions."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return any(user.has_perm(f"feedback.{codename}") for codename in _codenames(permission))


def _runs_yearly(user) -> bool:
    return user.has_perm(f"feedback.{YEARLY}")


def can_manage_survey(user, survey: Survey, *, permission: str | Iterable[str] = VIEW) -> bool:
    """Whether `user` may do what `permission` (a feedback codename, or several: any of them)
    allows with `survey`."""
    if not _holds(user, permission):
        return False
    if user.is_superuser:
        return True
    if survey.event_id is None:
        return _runs_yearly(user)
    return forum_public.organises_event(user, survey.event)


def surveys_managed_by(user, *, permission: str | Iterable[str] = VIEW) -> QuerySet[Survey]:
    """The surveys `user` may do `permission` with: `can_manage_survey` as a filter."""
    surveys = Survey.objects.all()
    if not _holds(user, permission):
        return surveys.none()
    if user.is_superuser:
        return surveys
    scope = Q(event__translation_key__in=forum_public.event_keys_organised_by(user))
    if _runs_yearly(user):
        scope |= Q(event__isnull=True)
    return surveys.filter(scope)


def may_manage_yearly(user, *, permission: str | Iterable[str] = VIEW) -> bool:
    """The yearly survey's rule, without a survey at hand (starting one, the unpublished
    year-over-year comparison)."""
    return can_manage_survey(user, Survey(event=None), permission=permission)


class SurveyPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, narrowed per survey by the rule above."""

    def _codenames(self, actions) -> tuple[str, ...]:
        return tuple(f"{action}_survey" for action in actions) + (
            (VIEW,) if "view" in actions else ()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return can_manage_survey(user, instance, permission=self._codenames(actions))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return surveys_managed_by(user, permission=self._codenames(actions))

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])
