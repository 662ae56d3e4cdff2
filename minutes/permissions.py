"""Who may publish minutes.

Editors hold Wagtail's publish permission on the whole tree (core/roles.py). In the minutes
section that is not enough: a second person must review. Publishing there also needs
`minutes.publish_minutes`, which only the Reviewers group has. Editors therefore see no
"Publish" action and a POST with `action-publish` saves a draft; they submit for review, and
the workflow (workflow.py) publishes on approval as the approving reviewer.

Every publishing path in Wagtail asks the page's permission tester (edit and create views,
bulk publish, copy with publish, the translation editor, `revision.publish(user=...)`), so the
rule holds everywhere."""

from wagtail.models import PagePermissionTester

PUBLISH_MINUTES = "minutes.publish_minutes"


def may_publish_minutes(user) -> bool:
    return bool(user.is_active and (user.is_superuser or user.has_perm(PUBLISH_MINUTES)))


class ReviewedPagePermissionTester(PagePermissionTester):
    def can_publish(self):
        return super().can_publish() and may_publish_minutes(self.user)

    def can_publish_subpage(self):
        return super().can_publish_subpage() and may_publish_minutes(self.user)

    def can_reorder_children(self):
        return super().can_reorder_children() and may_publish_minutes(self.user)
