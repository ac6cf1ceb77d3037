"""The export dialog: format, destination, house-style template, and consent to replace a file.

The export runs as a background task; a refusal (the file exists, the folder is read-only) is shown
and the dialog stays open so the user can change the name or tick "replace".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import ExportError
from workbench.services import settings
from workbench.services.exporting import FORMATS, default_export_path, export_case
from workbench.store import Library
from workbench.ui.errors import ErrorReporter
from workbench.ui.i18n import isolate, translate
from workbench.ui.tasks import Task, TaskContext, TaskRunner
from workbench.ui.vocabulary_names import language_name


def format_names() -> dict[str, str]:
    return {
        "docx": translate("ExportDialog", "Word verdict report (.docx)"),
        "claimreview": translate("ExportDialog", "ClaimReview JSON-LD (.jsonld)"),
        "csv": translate("ExportDialog", "Claims table, CSV (.csv)"),
    }


def file_filters() -> dict[str, str]:
    return {
        "docx": translate("ExportDialog", "Word document (*.docx)"),
        "claimreview": translate("ExportDialog", "JSON-LD (*.jsonld *.json)"),
        "csv": translate("ExportDialog", "CSV (*.csv)"),
    }


def path_row(edit: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


class ExportDialog(QDialog):
    """Choose how to write the open case, then write it without blocking the window."""

    exported = Signal(object)  # the Path written

    def __init__(
        self,
        library: Library,
        case_id: int,
        case_title: str,
        runner: TaskRunner,
        errors: ErrorReporter,
        parent: QWidget,
        case_language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export the case"))
        self.library, self.case_id, self.case_title = library, case_id, case_title
        self.runner, self.errors = runner, errors
        self.task: Task | None = None
        self.format = QComboBox(self)
        for fmt, name in format_names().items():
            self.format.addItem(name, fmt)
        self.destination = QLineEdit(str(default_export_path(library, case_title)), self)
        browse = QPushButton(translate("ExportDialog", "Browse…"), self)
        browse.clicked.connect(self._browse_destination)
        self.template = QLineEdit(self)
        self.template.setPlaceholderText(translate("ExportDialog", "None: the built-in style"))
        self.template.setToolTip(
            translate(
                "ExportDialog", "A Word file (.docx or .dotx) whose styles the report takes on"
            )
        )
        browse_template = QPushButton(translate("ExportDialog", "Browse…"), self)
        browse_template.clicked.connect(self._browse_template)
        self.author = QLineEdit(settings.report_author(library), self)
        self.author.setObjectName("reportAuthor")
        self.author.setPlaceholderText(self.tr("Your name, or the newsroom's"))
        self.author.setToolTip(
            self.tr("Printed on the report as its author; remembered for the next report")
        )
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        self.language.addItem(
            translate("ExportDialog", "The case's language ({language})").format(
                language=language_name(case_language)
            ),
            "",
        )
        self.language.addItem(language_name("en"), "en")
        self.language.addItem(language_name("ar"), "ar")
        self.language.setToolTip(
            translate("ExportDialog", "The language of the report's headings and fixed texts")
        )
        self.replace = QCheckBox(
            translate("ExportDialog", "&Replace the file if it already exists"), self
        )
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.note = QLabel(self)
        self.note.hide()
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        form.addRow(translate("ExportDialog", "Save as:"), path_row(self.destination, browse))
        form.addRow(
            translate("ExportDialog", "House-style template:"),
            path_row(self.template, browse_template),
        )
        form.addRow(translate("ExportDialog", "Report &language:"), self.language)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow("", self.replace)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.resize(620, self.sizeHint().height())

    # --- choices ------------------------------------------------------------------------------

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_language(self) -> str | None:
        """The report's language: "en" or "ar", or None to follow the case's articles."""
        return str(self.language.currentData() or "") or None

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        current = Path(self.destination.text().strip() or "case")
        default = default_export_path(self.library, self.case_title, fmt)
        # A folder and name the user picked are kept; only the extension follows the format.
        chosen = default if current.parent == default.parent else current.with_suffix(FORMATS[fmt])
        self.destination.setText(str(chosen))
        self.template.setEnabled(fmt == "docx")
        self.language.setEnabled(fmt == "docx")
        self.author.setEnabled(fmt == "docx")

    def _browse_destination(self) -> None:
        fmt = self.chosen_format()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export to"),
            self.destination.text(),
            file_filters()[fmt],
        )
        if chosen:
            self.destination.setText(chosen)
            # The file dialog already asked before choosing an existing file.
            self.replace.setChecked(Path(chosen).exists())

    def _browse_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("ExportDialog", "House-style template"),
            "",
            translate("ExportDialog", "Word templates (*.docx *.dotx)"),
        )
        if chosen:
            self.template.setText(chosen)

    # --- the work -----------------------------------------------------------------------------

    def start(self) -> Task | None:
        """Write the export in the background with what the dialog says."""
        if self.task is not None:
            return self.task
        text = self.destination.text().strip()
        if not text:
            self.errors.report(
                ExportError(translate("ExportDialog", "Say where the export should be saved."))
            )
            return None
        library, case_id, fmt = self.library, self.case_id, self.chosen_format()
        path = Path(text).expanduser()
        template_text = self.template.text().strip() if fmt == "docx" else ""
        template = Path(template_text).expanduser() if template_text else None
        overwrite = self.replace.isChecked()
        language = self.chosen_language()
        author = self.author.text().strip()
        if fmt == "docx" and author != settings.report_author(library):
            settings.set_setting(library, settings.REPORT_AUTHOR, author)

        def work(context: TaskContext) -> Path:
            def progress(done: int, total: int) -> None:
                context.check()  # Cancel stops the report between claims; nothing is written
                context.progress(done, total)

            return export_case(
                library,
                case_id,
                fmt,
                path,
                template=template,
                overwrite=overwrite,
                progress=progress,
                author=author,
                language=language,
            )

        self._busy(True)
        self.note.hide()
        self.task = self.runner.start(
            translate("ExportDialog", "exporting ({format})").format(format=fmt),
            work,
            self._done,
            self._failed,
            self._progress,
        )
        return self.task

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total) if total else 0)

    def _done(self, path: Path | None) -> None:
        self.task = None
        self._busy(False)
        if path is None:
            self.note.setText(translate("ExportDialog", "Cancelled: nothing was written."))
            self.note.show()
            return
        self.exported.emit(path)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._busy(False)
        self.errors.report(error)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(not busy)
        for widget in (
            self.format,
            self.destination,
            self.template,
            self.author,
            self.language,
            self.replace,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.template.setEnabled(self.chosen_format() == "docx")
            self.language.setEnabled(self.chosen_format() == "docx")
            self.author.setEnabled(self.chosen_format() == "docx")


def show_written(parent: QWidget, path: Path, what: str) -> QMessageBox:
    """A non-blocking note with the path and a button that opens the folder."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        what,
        f"{what}:\n{isolate(path)}",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    folder = box.addButton(
        translate("ExportDialog", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
    )
    box.setModal(False)
    box.show()
    return box
