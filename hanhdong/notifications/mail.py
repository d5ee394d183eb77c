"""Email as the worker sends it when there is no mail server to send it through.

Without EMAIL_HOST, a production installation (DEBUG off) logs one line per email — that
it was not sent, and to how many — never its subject or body: those carry citizens' words
and names, which have no place in the journal, and a whole email would break its one JSON
object a line. The demo (DEBUG on) prints the emails, to be read.
"""

from __future__ import annotations

import logging

from django.core.mail.backends.base import BaseEmailBackend

log = logging.getLogger(__name__)


class LoggedBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            log.info(
                "email not sent (EMAIL_HOST is not set): %d recipient(s)",
                len(message.recipients()),
            )
        return len(email_messages)
