"""The control report dialog with real widgets (offscreen) on a real completed log control:
make, save the PDF where chosen, preview, sign (password asked again), evidence XLSX; the
"Report…" button of the log control view opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cpradmin import reports, signing
from cpradmin.ui.context import ViewContext
from cpradmin.ui.control_report_dialog import ControlReportDialog
from cpradmin.ui.report_dialogs import PdfPreviewDialog
from cpradmin.ui.review_view import ReviewView
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault
from tests.conftest import PASSWORD
from tests.test_control_reports import completed, files, quarter, quarter_template  # noqa: F401
from tests.test_report_pdf import flat_text
from tests.test_ui_reports import answer_dialog


@pytest.fixture
def context(quarter: Vault) -> Iterator[ViewContext]:  # noqa: F811
    yield ViewContext(quarter, VaultWorker(inline=True))


def test_make_save_preview_and_evidence(context: ViewContext, completed: int,  # noqa: F811
                                        tmp_path: Path, qtbot: QtBot) -> None:
    chosen: list[str] = []

    def ask_file(_parent: object, suggested: str, _pattern: str) -> str:
        chosen.append(suggested)
        return str(tmp_path / ("rapport" if suggested.endswith(".pdf") else "bevis"))

    dialog = ControlReportDialog(context, completed, ask_file=ask_file)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.language.setCurrentIndex(1)  # English
    qtbot.mouseClick(dialog.make_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    assert dialog.save_button.isEnabled() and dialog.signed_id is None
    saved = dialog.save_pdf()
    assert saved == tmp_path / "rapport.pdf" and "XXXX" not in chosen[0]
    assert "Log control #" in flat_text(saved.read_bytes())
    assert saved.stat().st_mode & 0o077 == 0
    answer_dialog(PdfPreviewDialog, accept=False)
    preview = dialog.preview()
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count == len(pypdf.PdfReader(saved).pages)
    workbook = dialog.save_evidence()
    assert workbook == tmp_path / "bevis.xlsx" and workbook.stat().st_size > 0
    dialog.language.setCurrentIndex(0)  # another language: the PDF must be made again
    assert dialog.pdf is None and not dialog.save_button.isEnabled()


def test_sign_asks_for_the_password_and_keeps_the_report(
        context: ViewContext, completed: int, qtbot: QtBot) -> None:  # noqa: F811
    signing.create_authority_certificate(context.vault)
    asked: list[int] = []

    def cancel(_parent: object) -> None:
        asked.append(1)
        return None

    dialog = ControlReportDialog(context, completed, ask_password=cancel)
    qtbot.addWidget(dialog)
    assert dialog.sign.isEnabled()
    dialog.sign.setChecked(True)
    dialog.make()
    assert asked == [1] and dialog.pdf is None  # cancelled: nothing made
    dialog.ask_password = lambda _parent: PASSWORD
    dialog.make()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    assert dialog.signed_id is not None
    assert signing.verify_pdf(dialog.pdf).intact
    assert reports.get_report(context.vault.db, dialog.signed_id).control_id == completed


def test_wrong_password_signs_nothing(context: ViewContext, completed: int,  # noqa: F811
                                      qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    signing.create_authority_certificate(context.vault)
    errors: list[BaseException] = []
    monkeypatch.setattr("cpradmin.ui.control_report_dialog.show_error",
                        lambda _parent, exc: errors.append(exc))
    dialog = ControlReportDialog(context, completed, ask_password=lambda _p: "wrong")
    qtbot.addWidget(dialog)
    dialog.sign.setChecked(True)
    dialog.make()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert errors and dialog.pdf is None
    assert reports.list_reports(context.vault.db, control_id=completed) == []


def test_review_view_report_button(context: ViewContext, completed: int,  # noqa: F811
                                   qtbot: QtBot) -> None:
    view = ReviewView(context)
    qtbot.addWidget(view)
    button = view.findChild(QPushButton, "reportButton")
    assert button is not None
    view.refresh(select=completed)
    dialog = view.open_report()
    assert isinstance(dialog, ControlReportDialog) and dialog.control_id == completed
    dialog.close()


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
