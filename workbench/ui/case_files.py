"""Case files (.fcase) from the window: export a case or an exercise, import one from elsewhere.

Both run as background tasks. A refused file (broken, hostile, from a newer version) is shown as
the BundleRejected sentence and leaves the library as it was; an import opens the imported case.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from workbench.core.errors import ExportError, WorkbenchError
from workbench.services import bundles
from workbench.services.bundles import ImportSummary
from workbench.services.exporting import default_export_path
from workbench.ui.export_dialog import path_row, show_written
from workbench.ui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

CASE_FILTER = "Case files (*.fcase)"
WHOLE, EXERCISE, HIDDEN_CLAIMS = "case", "exercise", "hidden-claims"
MODES = {
    WHOLE: "The whole case, with statuses, sources and verdict",
    EXERCISE: "An exercise: the claims, their statuses and sources hidden",
    HIDDEN_CLAIMS: "An exercise: the claims hidden too, trainees find them",
}


def case_file_path(window: MainWindow, title: str, suffix: str = "") -> Path:
    stem = default_export_path(window.library, title).stem
    return window.library.exports_dir / f"{stem}{suffix}.fcase"


class CaseFileDialog(QDialog):
    """What to put in the case file and where; the export runs in the background."""

    def __init__(self, window: MainWindow, case_id: int, title: str, mode: str = WHOLE) -> None:
        super().__init__(window)
        self.setObjectName("caseFileDialog")
        self.setWindowTitle("Export a case file")
        self.window_ = window
        self.case_id = case_id
        self.title = title
        self.task: Task | None = None
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        box = QVBoxLayout()
        for key, text in MODES.items():
            button = QRadioButton(text, self)
            self.modes.addButton(button)
            self.mode_buttons[key] = button
            box.addWidget(button)
            button.toggled.connect(self._mode_changed)
        self.destination = QLineEdit(self)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        self.replace = QCheckBox("&Replace the file if it already exists", self)
        form = QFormLayout()
        form.addRow("Contents:", box)
        form.addRow("Save as:", path_row(self.destination, browse))
        form.addRow("", self.replace)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.set_mode(mode)
        self.resize(600, self.sizeHint().height())

    def mode(self) -> str:
        return next(key for key, button in self.mode_buttons.items() if button.isChecked())

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def _mode_changed(self) -> None:
        if not any(b.isChecked() for b in self.mode_buttons.values()):
            return
        suffix = "" if self.mode() == WHOLE else "-exercise"
        self.destination.setText(str(case_file_path(self.window_, self.title, suffix)))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export a case file", self.destination.text(), CASE_FILTER
        )
        if chosen:
            self.destination.setText(chosen)
            self.replace.setChecked(Path(chosen).exists())

    def start(self) -> Task | None:
        if self.task is not None:
            return self.task
        text = self.destination.text().strip()
        if not text:
            self.window_.errors.report(ExportError("Say where the case file should be saved."))
            return None
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_suffix(".fcase")
        library, case_id, mode = self.window_.library, self.case_id, self.mode()
        overwrite = self.replace.isChecked()

        def work(_context: TaskContext) -> Path:
            bundles.export_case(
                library,
                case_id,
                path,
                exercise=mode != WHOLE,
                hide_claims=mode == HIDDEN_CLAIMS,
                overwrite=overwrite,
            )
            return path

        self.export_button.setEnabled(False)
        self.task = self.window_.runner.start(
            "writing the case file", work, self._done, self._failed
        )
        return self.task

    def _done(self, path: Path | None) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        if path is None:
            return
        what = "Case file written" if self.mode() == WHOLE else "Exercise written"
        self.window_.statusBar().showMessage(f"{what}: {path}", 10000)
        self.window_.last_note = show_written(self.window_, path, what)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.window_.errors.report(error)


def import_message(summary: ImportSummary) -> str:
    """What an import did, headed by one plain sentence."""
    title = f"“{summary.case_title}”"
    if summary.new_case:
        head = f"{title} was added as a new case and is now open."
    elif summary.changed:
        head = f"{title} was already here; what the file adds is now part of it."
    else:
        head = f"{title} was already here with everything in this file; nothing changed."
    counts = [line[0].upper() + line[1:] for line in summary.lines()[1:4]]
    return "\n\n".join([head, "\n".join(counts)])


class CaseFiles(QObject):
    """The File menu's case-file entries."""

    imported = Signal(object)  # ImportSummary

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CaseFileDialog | None = None
        self.summary_box: QMessageBox | None = None

    def export_dialog(self, mode: str = WHOLE) -> CaseFileDialog | None:
        """Open the export dialog on the open case (non-modal, so tests and users can type)."""
        dossier = self.window.controller.dossier
        if dossier is None:
            self.window.errors.report(WorkbenchError("Open a case to export it."))
            return None
        self.dialog = CaseFileDialog(self.window, dossier.case.id, dossier.case.title, mode)
        self.dialog.show()
        return self.dialog

    def ask_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, "Import a case file", "", f"{CASE_FILTER};;All files (*)"
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> Task:
        library = self.window.library

        def work(_context: TaskContext) -> ImportSummary:
            return bundles.import_bundle(library, path)

        return self.window.runner.start(
            "importing a case file", work, self._imported, self.window.errors.report
        )

    def _imported(self, summary: ImportSummary | None) -> None:
        if summary is None:
            return
        self.window.controller.library_changed.emit()
        self.window.open_case(summary.case_id)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Case file imported",
            import_message(summary),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setModal(False)
        box.show()
        self.summary_box = box
        self.imported.emit(summary)
