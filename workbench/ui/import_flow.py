"""Importing dropped or chosen files in the background: progress, cancel, and what was skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from workbench.services.importing import count_importable, import_paths
from workbench.ui.case_controller import CaseController
from workbench.ui.i18n import isolate, local_number, translate
from workbench.ui.tasks import Task, TaskContext


@dataclass
class ImportSummary:
    imported: list[int] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    def headline(self) -> str:
        imported, duplicates, skipped = len(self.imported), self.duplicates, len(self.skipped)
        parts = [translate("ImportFlow", "%n article(s) imported", "", imported)]
        if self.duplicates:
            parts.append(translate("ImportFlow", "%n already in the library", "", duplicates))
        if self.skipped:
            parts.append(translate("ImportFlow", "%n skipped", "", skipped))
        text = translate("ImportFlow", "{parts}.").format(
            parts=translate("ImportFlow", ", ").join(parts)
        )
        if self.cancelled:
            return translate("ImportFlow", "Import cancelled: {summary}").format(summary=text)
        return text

    def details(self) -> str:
        skipped = translate("ImportFlow", "Skipped: {reason}")
        noted = translate("ImportFlow", "Note: {note}")
        lines = [skipped.format(reason=isolate(reason)) for reason in self.skipped]
        lines += [noted.format(note=isolate(note)) for note in self.notes]
        return "\n".join(lines)


class ImportFlow(QObject):
    """One import at a time; the window stays usable while it runs."""

    finished = Signal(object)  # ImportSummary

    def __init__(self, controller: CaseController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, paths: list[Path], case_id: int | None) -> Task | None:
        if self.task is not None:
            QMessageBox.information(
                self.window,
                translate("ImportFlow", "Import"),
                translate("ImportFlow", "An import is already running; wait for it to finish."),
            )
            return None
        library = self.controller.library

        def work(context: TaskContext) -> ImportSummary:
            total = count_importable(paths)
            context.progress(0, total)
            summary = ImportSummary()
            for outcome in import_paths(
                library,
                paths,
                case_id=case_id,
                progress=lambda done: context.progress(done, total),
                cancelled=context.cancelled,
            ):
                if outcome.outcome == "imported" and outcome.article_id is not None:
                    summary.imported.append(outcome.article_id)
                    summary.notes.extend(f"{outcome.path}: {n}" for n in outcome.notes)
                elif outcome.outcome == "duplicate":
                    summary.duplicates += 1
                else:
                    summary.skipped.append(outcome.message)
            summary.cancelled = context.cancelled()
            return summary

        dialog = QProgressDialog(
            translate("ImportFlow", "Reading files…"),
            translate("ImportFlow", "Cancel"),
            0,
            0,
            self.window,
        )
        dialog.setWindowTitle(translate("ImportFlow", "Importing articles"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        self.task = self.controller.runner.start(
            translate("ImportFlow", "import"), work, self._done, self._failed, self._progress
        )
        dialog.canceled.connect(self.task.cancel)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                translate("ImportFlow", "Imported {done} of {total} files…").format(
                    done=local_number(done), total=local_number(total)
                )
            )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self.task = None
        self.controller.library_changed.emit()
        self.controller.failed.emit(error)

    def _done(self, summary: ImportSummary) -> None:
        self._close_progress()
        self.controller.library_changed.emit()
        self.controller.reload_in_background(lambda: self._summarise(summary))

    def _summarise(self, summary: ImportSummary) -> None:
        self.task = None  # running until the case is re-read and the summary is up
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("ImportFlow", "Import finished"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(summary.headline())
        if summary.skipped:
            box.setInformativeText(
                translate("ImportFlow", "Show details to see each skipped file and why.")
            )
        if summary.details():
            box.setDetailedText(summary.details())
        box.setModal(False)
        box.show()
        self.summary_box = box
        self.finished.emit(summary)
