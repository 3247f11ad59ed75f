"""Group commit: the writes of concurrent requests in one process share one transaction.

A threaded server (gunicorn's gthread workers) runs several protect calls of a process at
once. Each hands its rows to the process's writer thread and waits; the writer takes every
row queued so far, writes them in one transaction and answers each caller only after that
transaction committed, so a 200 still means "durable". Under load one commit (one WAL flush,
one lock of each tenant's chain head, one INSERT per table) serves many requests; alone, a
request pays one thread hand-off more than writing itself.

The writer is started on first use in the process that uses it (never inherited through a
fork: gunicorn preloads the app in its master) and owns a database connection of its own.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Generic, TypeVar

from django.db import DatabaseError, OperationalError, connections

logger = logging.getLogger(__name__)

Item = TypeVar("Item")
Result = TypeVar("Result")

_STOP = object()


class GroupCommitter(Generic[Item, Result]):
    """Runs ``write(batch) -> results`` (one result per item, in order) on a writer thread
    over every item submitted while the previous batch was being written."""

    def __init__(
        self, write: Callable[[list[Item]], list[Result]], *, name: str, max_batch: int = 64
    ) -> None:
        self._write = write
        self._name = name
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._start_lock = threading.Lock()
        # Read by tests and diagnostics: how many rows went in how many transactions.
        self.batches_written = 0
        self.items_written = 0

    def submit(self, item: Item, *, timeout: float) -> Result:
        """Write ``item`` in the next batch; returns once that batch has committed.

        Raises what writing the batch raised, or OperationalError when no answer came within
        ``timeout`` seconds (the API answers both with a 503).
        """
        self._ensure_started()
        future: Future[Result] = Future()
        self._queue.put((item, future))
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            # Not cancellable once taken: the row may still commit, but the caller is told
            # it failed, as it would be by a database that stops answering mid-commit.
            raise OperationalError("the database did not confirm the write in time") from None

    def stop(self) -> None:
        """Finish the queued items, close the writer's connection and end its thread."""
        with self._start_lock:
            thread = self._thread
            if thread is None or self._pid != os.getpid():
                return
            self._queue.put(_STOP)
            thread.join()
            self._thread = None

    def _ensure_started(self) -> None:
        if self._thread is not None and self._pid == os.getpid():
            return
        with self._start_lock:
            if self._thread is None or self._pid != os.getpid():
                # A fork copies the queue object but not the thread: start afresh.
                self._queue = queue.SimpleQueue()
                self._pid = os.getpid()
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                break
            batch = [first]
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    self._queue.put(_STOP)
                    break
                batch.append(more)
            self._write_batch(batch)
        connections.close_all()

    def _write_batch(self, batch: list[tuple[Item, Future]]) -> None:
        try:
            results = self._write([item for item, _ in batch])
        except OperationalError as exc:
            # The database is down or went away: every caller gets the 503.
            for _, future in batch:
                future.set_exception(exc)
        except BaseException as exc:
            if len(batch) == 1:
                batch[0][1].set_exception(exc)
            else:
                # One bad row must not fail the others it happened to share a batch with.
                logger.warning("group commit of %d rows failed (%s); writing them one by one",
                               len(batch), type(exc).__name__)
                for one in batch:
                    self._write_batch([one])
        else:
            self.batches_written += 1
            self.items_written += len(batch)
            for (_, future), result in zip(batch, results, strict=True):
                future.set_result(result)
        finally:
            self._recycle_connection()

    def _recycle_connection(self) -> None:
        # What Django does at the end of each request: drop a broken connection, or one older
        # than CONN_MAX_AGE, so the next batch reconnects.
        for conn in connections.all(initialized_only=True):
            try:
                conn.close_if_unusable_or_obsolete()
            except DatabaseError:
                logger.warning("could not close the writer's database connection", exc_info=True)
