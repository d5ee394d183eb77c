"""An upload handler that keeps at most the size limit of each file a citizen sends.

Django streams an upload to a temporary file whatever its size. Put first in the chain,
this handler passes each file's chunks on only up to HANHDONG_MAX_ATTACHMENT_MB (plus one
byte, so the view can tell it was too large) and drops the rest, so a huge file costs no
disk, while the form's other fields are still read and the citizen's text comes back.
"""

from __future__ import annotations

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler


class CappedUploadHandler(FileUploadHandler):
    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.limit = settings.HANHDONG_MAX_ATTACHMENT_MB * 1024 * 1024 + 1
        self.seen = 0

    def receive_data_chunk(self, raw_data, start):
        kept = max(0, min(len(raw_data), self.limit - self.seen))
        self.seen += len(raw_data)
        return raw_data[:kept] or None  # None: later handlers do not see the chunk

    def file_complete(self, file_size):
        return None  # the next handler (memory or temporary file) builds the file
