"""What the staff roles may do with forums (discovered by core.roles). Registrations stay
limited to each forum's own organisers (forum/wagtail_hooks.py, forum/admin_views.py)."""

from core.roles import ORGANISERS

MODEL_PERMISSIONS = {ORGANISERS: ["forum.add_forum", "forum.change_forum", "forum.view_forum"]}
