"""Settings: the idle lock (never above ten minutes) and the language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cpradmin import settings
from cpradmin.models.accounts import Permission
from cpradmin.ui.context import ViewContext
from cpradmin.ui.i18n import LANGUAGES, chosen_language


class SettingsView(QWidget):
    idle_limit_changed = Signal(int)

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("SettingsView")
        setting = settings.IDLE_LOCK_MINUTES
        self.idle = QSpinBox()
        self.idle.setObjectName("idle")
        self.idle.setRange(setting.minimum, setting.maximum)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(context.read(setting.read))
        self.idle.setEnabled(context.vault.account.may(Permission.CHANGE_SETTINGS))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(chosen_language()))
        save = QPushButton(self.tr("&Save"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lock after idle:"), self.idle)
        form.addRow(self.tr("Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Settings</h3>The CPR terms require a lock after at most ten idle minutes."
        )))
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def save(self) -> None:
        QSettings().setValue("language", self.language.currentData())
        minutes = self.idle.value()
        if not self.idle.isEnabled():
            self.note.setText(self.tr("Saved. The language applies from the next start."))
            return

        def done(_r: object) -> None:
            self.idle_limit_changed.emit(minutes)
            self.note.setText(self.tr("Saved. The language applies from the next start."))

        self.context.write(
            self, lambda vault: settings.IDLE_LOCK_MINUTES.write(vault, minutes), done
        )
