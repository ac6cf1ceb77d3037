"""The Workshop menu: the trainer's key and exercise, a trainee's answers, and the comparison.

Every file is written or read in a background task; what the user chose comes from small dialogs,
and each step also has a plain method (`save_key(path)`, `compare(key, paths)`) that the menu and
the tests call alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from workbench.core.errors import WorkbenchError
from workbench.core.text import collapse_spaces
from workbench.core.workshop import AnswerKey, WorkshopComparison
from workbench.services import workshop
from workbench.services.history import member_name
from workbench.ui.case_files import EXERCISE, CaseFileDialog, case_file_path, case_filter
from workbench.ui.export_dialog import show_written
from workbench.ui.i18n import isolate, translate
from workbench.ui.tasks import Task, TaskContext
from workbench.ui.workshop_view import WorkshopView

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class CompareDialog(QDialog):
    """Pick the key (the open case, or a key file) and the trainees' answer files."""

    def __init__(self, window: MainWindow, flow: Workshop) -> None:
        super().__init__(window)
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("WorkshopFlow", "Compare trainees' answers"))
        self.flow = flow
        dossier = window.controller.dossier
        self.use_case = QRadioButton(
            translate("WorkshopFlow", "The open case, as marked now: {title}").format(
                title=isolate(dossier.case.title)
            )
            if dossier
            else translate("WorkshopFlow", "The open case"),
            self,
        )
        self.use_case.setEnabled(dossier is not None)
        self.use_file = QRadioButton(translate("WorkshopFlow", "A key file:"), self)
        self.key_file = QLineEdit(self)
        self.key_file.setPlaceholderText(
            translate("WorkshopFlow", "the .fcase saved with “Save as answer key…”")
        )
        self.key_file.textEdited.connect(lambda _t: self.use_file.setChecked(True))
        browse = QPushButton(translate("WorkshopFlow", "Browse…"), self)
        browse.clicked.connect(self._browse_key)
        (self.use_case if dossier else self.use_file).setChecked(True)
        key_row = QHBoxLayout()
        key_row.addWidget(self.use_file)
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(browse)
        self.answers = QListWidget(self)
        add = QPushButton(translate("WorkshopFlow", "&Add answer files…"), self)
        add.clicked.connect(self._browse_answers)
        remove = QPushButton(translate("WorkshopFlow", "&Remove"), self)
        remove.clicked.connect(self._remove)
        answer_buttons = QHBoxLayout()
        answer_buttons.addWidget(add)
        answer_buttons.addWidget(remove)
        answer_buttons.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.compare_button = self.buttons.addButton(
            translate("WorkshopFlow", "&Compare"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("WorkshopFlow", "<b>The answer key</b>"), self))
        layout.addWidget(self.use_case)
        layout.addLayout(key_row)
        layout.addWidget(
            QLabel(translate("WorkshopFlow", "<b>The trainees' answers</b> (one file each)"), self)
        )
        layout.addWidget(self.answers, 1)
        layout.addLayout(answer_buttons)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def add_answers(self, paths: list[Path]) -> None:
        present = set(self.answer_paths())
        for path in paths:
            if Path(path) not in present:
                self.answers.addItem(str(path))

    def answer_paths(self) -> list[Path]:
        return [Path(self.answers.item(i).text()) for i in range(self.answers.count())]

    def set_key_file(self, path: Path) -> None:
        self.key_file.setText(str(path))
        self.use_file.setChecked(True)

    def start(self) -> Task | None:
        if self.use_file.isChecked():
            text = self.key_file.text().strip()
            if not text:
                self.flow.window.errors.report(
                    WorkbenchError(translate("WorkshopFlow", "Choose the answer key file."))
                )
                return None
            key: Path | int = Path(text).expanduser()
        else:
            case_id = self.flow.window.controller.case_id
            if case_id is None:
                self.flow.window.errors.report(
                    WorkbenchError(translate("WorkshopFlow", "Open the marked case first."))
                )
                return None
            key = case_id
        task = self.flow.compare(key, self.answer_paths())
        if task is not None:
            self.compare_button.setEnabled(False)
        return task

    def finished_comparing(self, ok: bool) -> None:
        self.compare_button.setEnabled(True)
        if ok:
            self.accept()

    def _browse_key(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "The answer key", "", case_filter())
        if chosen:
            self.set_key_file(Path(chosen))

    def _browse_answers(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, "Trainees' answers", "", case_filter())
        self.add_answers([Path(p) for p in chosen])

    def _remove(self) -> None:
        for item in self.answers.selectedItems():
            self.answers.takeItem(self.answers.row(item))


class Workshop(QObject):
    """The Workshop menu's steps, on the window's open case."""

    compared = Signal(object)  # the WorkshopView shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.view: WorkshopView | None = None

    def _case(self) -> tuple[int, str] | None:
        dossier = self.window.controller.dossier
        if dossier is None:
            self.window.errors.report(
                WorkbenchError(translate("WorkshopFlow", "Open a case first."))
            )
            return None
        return dossier.case.id, dossier.case.title

    def _save_name(self, title: str, default: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(default), case_filter())
        return Path(chosen) if chosen else None

    def _run(self, name: str, work: Callable[[TaskContext], Path], what: str) -> Task:
        def done(path: Path | None) -> None:
            if path is not None:
                self.window.statusBar().showMessage(f"{what}: {isolate(path)}", 10000)
                self.window.last_note = show_written(self.window, path, what)

        return self.window.runner.start(name, work, done, self.window.errors.report)

    # --- the trainer ----------------------------------------------------------------------------

    def ask_save_key(self) -> None:
        case = self._case()
        if case is not None:
            path = self._save_name(
                translate("WorkshopFlow", "Save as answer key"),
                case_file_path(self.window, case[1], "-key"),
            )
            if path is not None:
                self.save_key(path, overwrite=True)

    def save_key(self, path: Path, *, overwrite: bool = False) -> Task | None:
        """Freeze the open case's markings as the answer key file."""
        case = self._case()
        if case is None:
            return None
        library, case_id = self.window.library, case[0]

        def work(_context: TaskContext) -> Path:
            workshop.save_key(library, case_id, path, overwrite=overwrite)
            return path

        return self._run(
            translate("WorkshopFlow", "saving the answer key"),
            work,
            translate("WorkshopFlow", "Answer key saved"),
        )

    def export_exercise(self) -> CaseFileDialog | None:
        """The case-file dialog, set to an exercise with statuses hidden."""
        case = self._case()
        if case is None:
            return None
        dialog = CaseFileDialog(self.window, case[0], case[1], EXERCISE)
        dialog.setWindowTitle(translate("WorkshopFlow", "Export an exercise"))
        self.dialog = dialog
        dialog.show()
        return dialog

    # --- the trainee ----------------------------------------------------------------------------

    def ask_export_answers(self) -> None:
        case = self._case()
        if case is None:
            return
        # On a team library the trainee is signed in: their display name is the default.
        known = member_name(self.window.library) if self.window.library.is_team else ""
        name, ok = QInputDialog.getText(
            self.window,
            translate("WorkshopFlow", "Export my answers"),
            translate("WorkshopFlow", "Your name, as the trainer should see it:"),
            QLineEdit.EchoMode.Normal,
            known,
        )
        trainee = collapse_spaces(name)
        if not ok or not trainee:
            return
        default = case_file_path(self.window, f"{case[1]} {trainee}", "-answers")
        path = self._save_name(translate("WorkshopFlow", "Export my answers"), default)
        if path is not None:
            self.export_answers(trainee, path, overwrite=True)

    def export_answers(self, trainee: str, path: Path, *, overwrite: bool = False) -> Task | None:
        case = self._case()
        if case is None:
            return None
        library, case_id = self.window.library, case[0]

        def work(_context: TaskContext) -> Path:
            workshop.export_answers(library, case_id, trainee, path, overwrite=overwrite)
            return path

        return self._run(
            translate("WorkshopFlow", "writing the answers"),
            work,
            translate("WorkshopFlow", "Answers written"),
        )

    # --- comparing ------------------------------------------------------------------------------

    def compare_dialog(self) -> CompareDialog:
        dialog = CompareDialog(self.window, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def compare(self, key: Path | int, answers: list[Path]) -> Task | None:
        """Score the answer files against a key file or a case id; shows the comparison."""
        if not answers:
            self.window.errors.report(
                WorkbenchError(
                    translate("WorkshopFlow", "Add at least one trainee's answers file.")
                )
            )
            return None
        library = self.window.library

        def work(_context: TaskContext) -> WorkshopComparison:
            answer_key: AnswerKey = (
                workshop.key_from_file(key)
                if isinstance(key, Path)
                else workshop.key_from_case(library, key)
            )
            return workshop.score_group(answer_key, answers)

        return self.window.runner.start(
            translate("WorkshopFlow", "comparing answers"), work, self._compared, self._failed
        )

    def _compared(self, comparison: WorkshopComparison | None) -> None:
        if isinstance(self.dialog, CompareDialog):
            self.dialog.finished_comparing(comparison is not None)
        if comparison is None:
            return
        self.view = WorkshopView(
            comparison, self.window.runner, self.window.errors.report, self.window
        )
        self.view.show()
        self.compared.emit(self.view)

    def _failed(self, error: BaseException) -> None:
        if isinstance(self.dialog, CompareDialog):
            self.dialog.finished_comparing(False)
        self.window.errors.report(error)
