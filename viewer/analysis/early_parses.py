"""Texts parsed on a second thread while the relink still links claims, ready for the discrepancies.

The discrepancies re-parse the mentions of each linked claim, and which units can be mentions is
known as verified pairs come back, long before grouping decides the claims: linking keeps the
first core busy and the second is idle. spaCy's parser and thinc's products leave the GIL for
their heavy part, so the parse runs beside the linking instead of after it. Only this thread uses
spaCy until `take` has waited for it to end, so the pipeline object is never used by two threads
at once; a parse does not depend on the batch it was in (checked to the bit, token vectors
included), so the results are those of the serial parse.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

Parse = Callable[[list[str]], Iterable[tuple[str, Any]]]


class EarlyParses:
    """At most ``limit`` texts, parsed by ``parse`` in batches on one thread as they are added.

    Use it as a context manager: leaving it, by a cancel or an error too, stops the thread after
    its current batch and joins it, so no thread outlives the relink."""

    def __init__(self, parse: Parse, limit: int, batch: int = 64) -> None:
        self._parse, self._limit, self._batch = parse, limit, batch
        self._queued: deque[str] = deque()
        self._seen: set[str] = set()
        self._parsed: dict[str, Any] = {}
        self._closed = self._stopped = False  # no text can come any more; nothing more is wanted
        self._failure: BaseException | None = None
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="early-parses", daemon=True)

    def __enter__(self) -> "EarlyParses":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add(self, texts: Iterable[str]) -> None:
        """Queue texts not queued before, while fewer than ``limit`` were (the rest are parsed when wanted)."""
        with self._changed:
            if self._closed or self._stopped:
                return
            for text in texts:
                if len(self._seen) >= self._limit:
                    break
                if text not in self._seen:
                    self._seen.add(text)
                    self._queued.append(text)
            self._changed.notify_all()

    def take(self, texts: Iterable[str]) -> dict[str, Any]:
        """The parses of those of ``texts`` that were queued, handed over (and forgotten here).

        No text can be added any more: the thread parses what is queued and ends, and only then
        does the caller get the parses, and spaCy to itself."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        self._thread.join()
        if self._failure is not None:
            raise self._failure
        return {t: self._parsed.pop(t) for t in texts if t in self._parsed}

    def stop(self) -> None:
        """Drop the queue, let the current batch finish, join the thread and drop the parses."""
        with self._changed:
            self._stopped = True
            self._queued.clear()
            self._changed.notify_all()
        if self._thread.is_alive():
            self._thread.join()
        self._parsed.clear()

    def _run(self) -> None:
        while (batch := self._next_batch()) is not None:
            try:
                parsed = list(self._parse(batch))
            except BaseException as error:  # handed to `take`, which raises it where the relink runs
                self._failure = error
                return
            with self._changed:
                self._parsed.update(parsed)

    def _next_batch(self) -> list[str] | None:
        with self._changed:
            while not self._queued and not self._closed and not self._stopped:
                self._changed.wait()
            if self._stopped or not self._queued:
                return None
            return [self._queued.popleft() for _ in range(min(self._batch, len(self._queued)))]
