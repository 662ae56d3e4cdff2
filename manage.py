#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["plan_tables"]:
        # The table planner is pure Python: starting Django would eat most of its time
        # limit, which counts the whole process (seating/planner_cli.py).
        from seating.planner_cli import main

        sys.exit(main(sys.argv[2:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
