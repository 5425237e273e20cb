"""The personal details the password rules check: registered in a dialog, then enforced."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cpradmin import accounts
from cpradmin.errors import ValidationError
from cpradmin.ui.personal_dialog import PersonalDetailsDialog
from cpradmin.ui.worker import VaultWorker
from cpradmin.vault import Vault
from tests.conftest import PASSWORD


def _dialog(vault: Vault, qtbot: QtBot) -> PersonalDetailsDialog:
    dialog = PersonalDetailsDialog(vault, VaultWorker(inline=True))
    qtbot.addWidget(dialog)
    return dialog


def _save(dialog: PersonalDetailsDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_registered_details_are_enforced_by_the_password_rules(
    vault: Vault, qtbot: QtBot
) -> None:
    dialog = _dialog(vault, qtbot)
    dialog.birth.setText("03-04-1975")
    dialog.cpr.setText("030475-1235")
    dialog.family.setPlainText("Rasmus Holm\nIda Holm")
    dialog.plates.setPlainText("AB 12 345")
    assert _save(dialog).isEnabled()
    dialog.submit()
    assert vault.account.birth_date == date(1975, 4, 3)
    assert vault.account.family_names == ("Rasmus Holm", "Ida Holm")
    assert dialog.cpr.text() == ""  # the typed number does not stay in the widget
    vault.forced_password_change = True  # as at first login: the 24-hour rule does not apply
    for candidate, rule in (("Rasmus-Kaffe-Bord-77", "name"),
                            ("Bil-AB12345-Hest-Ko", "licence plate"),
                            ("Sol-03041975-Kat-Ugle", "birth date")):
        with pytest.raises(ValidationError) as refused:
            accounts.change_password(vault, PASSWORD, candidate)
        assert any(rule in d.english() for d in refused.value.details), refused.value.details
    accounts.change_password(vault, PASSWORD, "Grøn-Lampe-Hylde-58")


def test_invalid_input_disables_save_and_stored_cpr_is_never_shown(
    vault: Vault, qtbot: QtBot
) -> None:
    accounts.update_personal_data(vault, birth_date=None, cpr="0304751235", family_names=(),
                                  licence_plates=())
    dialog = _dialog(vault, qtbot)
    assert "1235" not in dialog.cpr.placeholderText()
    assert "030475-XXXX" in dialog.cpr.placeholderText()
    dialog.birth.setText("31-02-1975")
    assert not _save(dialog).isEnabled()
    dialog.birth.setText("")
    dialog.cpr.setText("3204751235")
    assert not _save(dialog).isEnabled()
    assert dialog.feedback.text()
    dialog.cpr.setText("")
    dialog.submit()  # empty CPR field keeps the stored number
    assert vault.account.cpr == "0304751235"
