"""Admin hooks that belong to no app above core."""

from wagtail import hooks

from core.review import mark_opened_in_editor


@hooks.register("before_edit_page")
def reviewed_pages_publish_only_through_review(request, page):
    # The edit view builds its permission tester before this hook and asks it again after the
    # form is saved; marking the instance lets a reviewed page's tester refuse "Publish" there,
    # where the person pressing it would publish their own, unseen change.
    mark_opened_in_editor(page)
