"""The ``hanhdong`` console command: Django's manage.py plus our own subcommands.

Our subcommands are management commands of the hanhdong apps (``hanhdong demo`` …),
so ``hanhdong help`` lists them with Django's own.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanhdong.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
