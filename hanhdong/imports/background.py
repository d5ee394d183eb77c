"""Reading large uploads outside the request.

An upload over ``services.BACKGROUND`` becomes an ImportJob, waiting. It is read by
whichever comes first: a thread of the web process, woken by the upload's view (one such
thread per process, reading the queue until it is empty, so that a process reads one file
at a time and stays within the memory one reading needs), or ``hanhdong worker`` at its
next pass (where the worker runs, ``HANHDONG_IMPORT_THREAD=0`` leaves the reading to it).
A job is taken by a conditional update, waiting → reading, so two readers never take the
same one.

While a job is read, its progress (pages or paragraphs read) is written at most once a
second, outside any transaction: bookkeeping, like the outbox's marks, not a change anyone
makes. A job still "reading" after STALLED was left by a process that died (stopped, or
killed for memory): the worker marks it failed, and it is not read again.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time

from django.conf import settings
from django.db import connections
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from hanhdong.imports import services
from hanhdong.imports.models import ImportJob
from hanhdong.imports.parse.document import DocumentError
from hanhdong.imports.reader import read_document
from hanhdong.notifications.schedule import check

log = logging.getLogger(__name__)
STALLED = dt.timedelta(minutes=10)
PER_PASS = 5  # jobs the worker reads at a pass, so reminders are not held up for long
PROGRESS_EVERY = 1.0  # seconds between two writes of a job's progress

_lock = threading.Lock()
_reader: dict = {"thread": None, "again": False}


def wake() -> None:
    """Have this process's reading thread read the queue (starting it when none runs)."""
    if not settings.HANHDONG_IMPORT_THREAD:
        return
    with _lock:
        _reader["again"] = True
        if _reader["thread"] is None:
            _reader["thread"] = threading.Thread(target=_read_queue, name="import", daemon=True)
            _reader["thread"].start()


def _read_queue() -> None:
    try:
        while True:
            with _lock:
                if not _reader["again"]:
                    _reader["thread"] = None
                    return
                _reader["again"] = False
            while read_next():
                pass
    except Exception:
        log.exception("reading the uploads waiting stopped")
        with _lock:
            _reader["thread"] = None
    finally:
        connections.close_all()


def read_next() -> bool:
    """Read the oldest waiting job, if there is one; whether there was."""
    job = _take()
    if job is None:
        return False
    progress = _Progress(job)
    with translation.override(job.language or settings.LANGUAGE_CODE):
        try:
            parsed = read_document(bytes(job.content), job.source_name, progress)
        except DocumentError as exc:
            services.import_job_fail(job=job, message=services.document_error_message(exc))
        else:
            services.import_job_finish(job=job, parsed=parsed)
    return True


def _take() -> ImportJob | None:
    waiting = ImportJob.objects.filter(state=ImportJob.State.QUEUED)
    while (
        pk := waiting.order_by("created_at", "pk").values_list("pk", flat=True).first()
    ) is not None:
        taken = waiting.filter(pk=pk).update(
            state=ImportJob.State.READING, started_at=timezone.now()
        )
        if taken:
            return ImportJob.objects.filter(pk=pk).first()
    return None


class _Progress:
    """Writes how far the reading is, at most once every PROGRESS_EVERY seconds."""

    def __init__(self, job: ImportJob):
        self.job = job
        self.written = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.written < PROGRESS_EVERY:
            return
        self.written = now
        reading = ImportJob.objects.filter(pk=self.job.pk, state=ImportJob.State.READING)
        reading.update(done=done, total=total)


@check
def read_uploads(today: dt.date) -> int:
    """The worker's part: end the readings a dead process left, then read a few waiting
    uploads (those no web process's thread has taken). Queues no message."""
    stalled = ImportJob.objects.filter(
        state=ImportJob.State.READING, started_at__lt=timezone.now() - STALLED
    )
    for job in stalled:
        with translation.override(job.language or settings.LANGUAGE_CODE):
            message = _(
                "The reading stopped before it ended (the server was stopped, or the file "
                "needed too much memory). Upload the file again; if this happens again, "
                "save it in another format."
            )
        services.import_job_fail(job=job, message=message)
    for _pass in range(PER_PASS):
        if not read_next():
            break
    return 0
