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
from workbench.ui.i18n import isolate, translate
from workbench.ui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

WHOLE, EXERCISE, HIDDEN_CLAIMS = "case", "exercise", "hidden-claims"


def case_filter() -> str:
    return translate("CaseFiles", "Case files (*.fcase)")


def mode_names() -> dict[str, str]:
    return {
        WHOLE: translate("CaseFiles", "The whole case, with statuses, sources and verdict"),
        EXERCISE: translate(
            "CaseFiles", "An exercise: the claims, their statuses and sources hidden"
        ),
        HIDDEN_CLAIMS: translate(
            "CaseFiles", "An exercise: the claims hidden too, trainees find them"
        ),
    }


def case_file_path(window: MainWindow, title: str, suffix: str = "") -> Path:
    stem = default_export_path(window.library, title).stem
    return window.library.exports_dir / f"{stem}{suffix}.fcase"


class CaseFileDialog(QDialog):
    """What to put in the case file and where; the export runs in the background."""

    def __init__(self, window: MainWindow, case_id: int, title: str, mode: str = WHOLE) -> None:
        super().__init__(window)
        self.setObjectName("caseFileDialog")
        self.setWindowTitle(translate("CaseFiles", "Export a case file"))
        self.window_ = window
        self.case_id = case_id
        self.title = title
        self.task: Task | None = None
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        box = QVBoxLayout()
        for key, text in mode_names().items():
            button = QRadioButton(text, self)
            self.modes.addButton(button)
            self.mode_buttons[key] = button
            box.addWidget(button)
            button.toggled.connect(self._mode_changed)
        self.destination = QLineEdit(self)
        browse = QPushButton(translate("CaseFiles", "Browse…"), self)
        browse.clicked.connect(self._browse)
        self.replace = QCheckBox(
            translate("CaseFiles", "&Replace the file if it already exists"), self
        )
        form = QFormLayout()
        form.addRow(translate("CaseFiles", "Contents:"), box)
        form.addRow(translate("CaseFiles", "Save as:"), path_row(self.destination, browse))
        form.addRow("", self.replace)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            translate("CaseFiles", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
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
            self,
            translate("CaseFiles", "Export a case file"),
            self.destination.text(),
            case_filter(),
        )
        if chosen:
            self.destination.setText(chosen)
            self.replace.setChecked(Path(chosen).exists())

    def start(self) -> Task | None:
        if self.task is not None:
            return self.task
        text = self.destination.text().strip()
        if not text:
            self.window_.errors.report(
                ExportError(translate("CaseFiles", "Say where the case file should be saved."))
            )
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
            translate("CaseFiles", "writing the case file"), work, self._done, self._failed
        )
        return self.task

    def _done(self, path: Path | None) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        if path is None:
            return
        what = (
            translate("CaseFiles", "Case file written")
            if self.mode() == WHOLE
            else translate("CaseFiles", "Exercise written")
        )
        self.window_.statusBar().showMessage(f"{what}: {isolate(path)}", 10000)
        self.window_.last_note = show_written(self.window_, path, what)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.window_.errors.report(error)


def import_message(summary: ImportSummary) -> str:
    """What an import did, headed by one plain sentence."""
    title = isolate(summary.case_title)
    if summary.new_case:
        head = translate("CaseFiles", "“{title}” was added as a new case and is now open.")
    elif summary.changed:
        head = translate(
            "CaseFiles", "“{title}” was already here; what the file adds is now part of it."
        )
    else:
        head = translate(
            "CaseFiles", "“{title}” was already here with everything in this file; nothing changed."
        )
    added, linked = summary.articles_added, summary.articles_linked
    claims, present = summary.claims_added, summary.claims_present
    sources = summary.sources_added
    counts = [
        translate("CaseFiles", "Articles: %n added, ", "", added)
        + translate("CaseFiles", "%n already in the library and linked", "", linked),
        translate("CaseFiles", "Claims: %n added, ", "", claims)
        + translate("CaseFiles", "%n already present", "", present),
        translate("CaseFiles", "Sources: %n added", "", sources),
    ]
    return "\n\n".join([head.format(title=title), "\n".join(counts)])


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
            self.window.errors.report(
                WorkbenchError(translate("CaseFiles", "Open a case to export it."))
            )
            return None
        self.dialog = CaseFileDialog(self.window, dossier.case.id, dossier.case.title, mode)
        self.dialog.show()
        return self.dialog

    def ask_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("CaseFiles", "Import a case file"),
            "",
            case_filter() + translate("CaseFiles", ";;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> Task:
        library = self.window.library

        def work(_context: TaskContext) -> ImportSummary:
            return bundles.import_bundle(library, path)

        return self.window.runner.start(
            translate("CaseFiles", "importing a case file"),
            work,
            self._imported,
            self.window.errors.report,
        )

    def _imported(self, summary: ImportSummary | None) -> None:
        if summary is None:
            return
        self.window.controller.library_changed.emit()
        self.window.open_case(summary.case_id)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("CaseFiles", "Case file imported"),
            import_message(summary),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setModal(False)
        box.show()
        self.summary_box = box
        self.imported.emit(summary)
