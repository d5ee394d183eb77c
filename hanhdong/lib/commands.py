"""Helpers of the ``hanhdong`` console commands."""

import errno
import functools
import getpass

from django.conf import settings
from django.core.management.base import CommandError
from django.utils import translation
from django.utils.translation import gettext as _


def in_clerks_language(handle):
    """Run a command's ``handle`` with its messages in the clerks' language: Vietnamese,
    unless HANHDONG_CLI_LANGUAGE says otherwise ("en"). A file it cannot read or write is
    told in a line that names it, not in a traceback."""

    @functools.wraps(handle)
    def wrapper(*args, **kwargs):
        with translation.override(settings.HANHDONG_CLI_LANGUAGE):
            try:
                return handle(*args, **kwargs)
            except OSError as error:
                if error.filename is None:  # not a file's: a fault, with its traceback
                    raise
                raise CommandError(file_refused(error)) from None

    return wrapper


def file_refused(error: OSError) -> str:
    """Why the file of ``error`` could not be used. The production wrapper
    (hanhdong-manage) runs commands as the service's user, not as whoever typed them,
    which is why a file in one's own folder is refused: the message names that user."""
    reasons = {
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.ENOENT: _("no such file or folder"),
        errno.EISDIR: _("it is a folder"),
        errno.ENOTDIR: _("a part of the path is not a folder"),
        errno.ENOSPC: _("the disk is full"),
    }
    reason = reasons.get(error.errno, error.strerror or str(error))
    return _("cannot use %(file)s: %(reason)s (the command runs as the user %(user)s)") % {
        "file": error.filename,
        "reason": reason,
        "user": getpass.getuser(),
    }
