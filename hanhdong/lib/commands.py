"""Helpers of the ``hanhdong`` console commands."""

import functools

from django.conf import settings
from django.utils import translation


def in_clerks_language(handle):
    """Run a command's ``handle`` with its messages in the clerks' language: Vietnamese,
    unless HANHDONG_CLI_LANGUAGE says otherwise ("en")."""

    @functools.wraps(handle)
    def wrapper(*args, **kwargs):
        with translation.override(settings.HANHDONG_CLI_LANGUAGE):
            return handle(*args, **kwargs)

    return wrapper
