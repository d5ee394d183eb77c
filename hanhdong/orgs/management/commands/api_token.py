from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from hanhdong.orgs.services import api_token_create


class Command(BaseCommand):
    help = "Create an API token for a user and print it (it is shown only once)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli", help="What the token is for.")

    def handle(self, *args, username, name, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user {username!r}")
        _token, key = api_token_create(acting_user=None, user=user, name=name)
        self.stdout.write(key)
