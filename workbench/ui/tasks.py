"""Background work: a function runs on a worker thread, the GUI thread hears progress and results.

The work function receives a `TaskContext` to report progress and poll for cancellation. Workers
never touch a Qt object: they put messages in a queue that the GUI thread drains on a short timer
(running only while work is under way), so every callback runs on the GUI thread and no Qt object
is created, signalled or destroyed across threads. Work gets ids and plain records, never widgets
or live ORM objects.
"""

from __future__ import annotations

import concurrent.futures
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

PROGRESS_EVERY = 0.05  # seconds: progress faster than the eye can follow only floods the loop
POLL_MS = 8  # how often the GUI thread collects what the workers reported

Message = tuple["Task", str, Any]


class TaskCancelled(Exception):
    """Raised by `TaskContext.check()` so deep work can stop at once."""


class TaskContext:
    """What a work function may touch: a progress callback and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()
        self._last = 0.0

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int = 0) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY or (total and done >= total):
            self._last = now
            self._task.post("progress", (done, total))

    def cancel(self) -> None:
        self._cancel.set()


class Task:
    """One piece of work and what it reports; `cancel()` asks it to stop."""

    def __init__(
        self, name: str, work: Callable[[TaskContext], Any], outbox: queue.SimpleQueue[Message]
    ) -> None:
        self.name = name
        self.context = TaskContext(self)
        self.running = True
        self.returned = threading.Event()
        self._work = work
        self._outbox = outbox

    def cancel(self) -> None:
        self.context.cancel()

    def post(self, kind: str, value: Any) -> None:
        self._outbox.put((self, kind, value))

    def run(self) -> None:
        try:
            result = self._work(self.context)
        except TaskCancelled:
            self.post("finished", None)
        except BaseException as error:  # every failure must reach the GUI
            self.post("failed", error)
        else:
            self.post("finished", result)
        finally:
            self.returned.set()


Callbacks = tuple[
    Callable[[Any], None] | None,
    Callable[[BaseException], None] | None,
    Callable[[int, int], None] | None,
]


class TaskRunner(QObject):
    """Runs tasks on a small pool of worker threads and reports back on the GUI thread."""

    started = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=threads, thread_name_prefix="workbench-task"
        )
        self._outbox: queue.SimpleQueue[Message] = queue.SimpleQueue()
        self._active: dict[Task, Callbacks] = {}
        self._futures: set[concurrent.futures.Future[None]] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.deliver)
        self._closed = False
        # Where failures go when the caller gave no handler of its own.
        self.error_handler: Callable[[BaseException], None] | None = None

    def start(
        self,
        name: str,
        work: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(name, work, self._outbox)
        if self._closed:
            # The window is closing: views may still ask for more rows; nothing runs now.
            task.cancel()
            task.running = False
            return task
        self._active[task] = (on_done, on_failed, on_progress)
        future = self._executor.submit(task.run)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        self.started.emit(name)
        if not self._timer.isActive():
            self._timer.start()
        return task

    def busy(self) -> bool:
        return bool(self._active)

    def names(self) -> list[str]:
        return sorted(t.name for t in self._active)

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel everything, wait for the workers, and deliver what they left behind."""
        self._closed = True
        self.cancel_all()
        _, pending = concurrent.futures.wait(list(self._futures), timeout=timeout_ms / 1000)
        self.deliver()
        self._executor.shutdown(wait=False, cancel_futures=True)
        return not pending

    def deliver(self) -> None:
        """Hand every waiting message to its callback (the timer calls this)."""
        while True:
            try:
                task, kind, value = self._outbox.get_nowait()
            except queue.Empty:
                break
            callbacks = self._active.get(task)
            if callbacks is None:
                continue
            on_done, on_failed, on_progress = callbacks
            if kind == "progress":
                if on_progress is not None:
                    on_progress(*value)
            elif kind == "finished":
                self._finish(task, on_done, value)
            else:
                self._finish(task, on_failed or self.error_handler, value)
        if not self._active:
            self._timer.stop()

    def _finish(self, task: Task, callback: Callable[[Any], None] | None, value: Any) -> None:
        task.running = False
        del self._active[task]
        try:
            if callback is not None:
                callback(value)
        finally:
            if not self._active:
                self.idle.emit()
