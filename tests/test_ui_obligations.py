"""The obligations view on real widgets and a real vault (jobs run inline)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog

from cpradmin import accounts, obligations
from cpradmin.models.accounts import Role
from cpradmin.models.obligations import CATALOGUE, SECTIONS, Status
from cpradmin.ui.context import ViewContext
from cpradmin.ui.obligations_view import REF_ROLE, ObligationsView
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault

CPR_LIKE = re.compile(r"\d{6}-?\d{4}")


@pytest.fixture
def context(vault: Vault, qtbot: Any) -> Iterator[ViewContext]:
    worker = VaultWorker(inline=True)
    yield ViewContext(vault, worker)
    worker.shutdown()


def _child(view: ObligationsView, ref: str) -> Any:
    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(0, REF_ROLE) == ref:
                return top.child(j)
    raise AssertionError(ref)


def test_tree_grouped_by_section_with_status_colours(context: ViewContext, qtbot: Any) -> None:
    today = context.vault.clock.now().astimezone().date()
    obligations.assess(context.vault, "4.3", "not-met", "Ingen kontrol i år",
                       reviewed_on=today - timedelta(days=2))
    view = ObligationsView(context)
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == len(SECTIONS)
    assert sum(view.tree.topLevelItem(i).childCount()
               for i in range(view.tree.topLevelItemCount())) == len(CATALOGUE)
    assert view.tree.topLevelItem(1).text(0) == "§4"
    row = _child(view, "4.3")
    assert row.text(2) == "Not met"
    assert row.foreground(2).color().name() == "#c62828"
    assert "review due" not in row.text(3)
    unassessed = _child(view, "3.1")
    assert unassessed.text(2) == "Not assessed" and "review due" in unassessed.text(3)
    assert unassessed.foreground(3).color().name() == "#c62828"
    assert "0 met" in view.summary.text() and "1 not met" in view.summary.text()
    view.select("4.3")
    assert view.title.text().startswith("<b>4.3 ")
    assert "Authorisation control: never completed" in view.hint.text()
    assert view.note.toPlainText() == "Ingen kontrol i år"
    assert "Not met — Ingen kontrol i år" in view.history.text()


def test_assess_with_document_reviewed_today(context: ViewContext, qtbot: Any,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "hjemmearbejde.pdf"
    content = b"%PDF-1.4 retningslinjer " * 100
    source.write_bytes(content)
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    view = ObligationsView(context)
    qtbot.addWidget(view)
    view.select("7.1")
    assert not view.open_button.isEnabled()
    view.status_combo.setCurrentIndex(view.status_combo.findData("partly-met"))
    view.note.setPlainText("Udkast til retningslinjer, mangler godkendelse")
    view.attach_button.click()
    assert "hjemmearbejde.pdf (new)" in view.document_label.text()
    view.save_button.click()
    latest = obligations.latest(context.vault.db)["7.1"]
    assert latest.status is Status.PARTLY_MET and latest.file_name == "hjemmearbejde.pdf"
    assert latest.reviewed_on == context.vault.clock.now().astimezone().date()
    assert "7.1 recorded" in view.message.text()
    assert view.selected_ref() == "7.1"
    assert _child(view, "7.1").text(2) == "Partly met"
    assert _child(view, "7.1").foreground(2).color().name() == "#ef6c00"
    assert "[hjemmearbejde.pdf]" in view.history.text()
    assert view.open_button.isEnabled()
    view.open_button.click()
    assert copy.read_bytes() == content
    # the same item confirmed again keeps its evidence; history grows
    view.status_combo.setCurrentIndex(view.status_combo.findData("met"))
    view.save_button.click()
    assert len(obligations.history(context.vault.db, "7.1")) == 2
    assert obligations.latest(context.vault.db)["7.1"].sha256 == latest.sha256
    # a refusal from the core is shown, nothing stored
    seen: list[str] = []
    monkeypatch.setattr("cpradmin.ui.context.show_error",
                        lambda _parent, exc: seen.append(str(exc)))
    view.select("7.2")
    view.status_combo.setCurrentIndex(view.status_combo.findData("not-met"))
    view.note.setPlainText("")
    view.save_button.click()
    assert seen and "explanation" in seen[0]
    assert "7.2" not in obligations.latest(context.vault.db)


def test_report_saved_as_pdf(context: ViewContext, qtbot: Any, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "tjekliste.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    view = ObligationsView(context)
    qtbot.addWidget(view)
    view.report_button.click()
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join("\n".join(p.extract_text() or "" for p in reader.pages).split())
    assert "Home workstations" in text and "Ten-minute idle timeout" in text
    assert not CPR_LIKE.search(text)


def test_deputy_reads_but_cannot_assess(context: ViewContext, qtbot: Any) -> None:
    one_time = accounts.add_account(context.vault, initials="DP", name="Dorte Deputy",
                                    role=Role.DEPUTY, password_only=True)
    deputy = Vault.login(context.vault.path, "DP", one_time)
    worker = VaultWorker(inline=True)
    try:
        view = ObligationsView(ViewContext(deputy, worker))
        qtbot.addWidget(view)
        assert view.save_button.isHidden() and view.attach_button.isHidden()
        assert view.status_combo.isHidden()
        assert _child(view, "3.1").text(2) == "Not assessed"
    finally:
        worker.shutdown()
        deputy.lock("test")
