"""The first view after login: what needs the officer's attention today.

One card per attention item, empty ones included, so the officer also sees what is in
order. Colour is never the only signal: each card also says in words how urgent it is.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QMouseEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpradmin import dashboard
from cpradmin.dashboard import TITLES, Attention, Item
from cpradmin.ui import i18n
from cpradmin.ui.context import ViewContext

#: Where the officer goes to act on each item (keys of the main window's views).
TARGETS: dict[Attention, str] = {
    Attention.EXPIRING: "employees",
    Attention.EXPIRED_ACTIVE: "employees",
    Attention.NO_EXPIRY: "employees",
    Attention.LEFT_WITH_ACCESS: "employees",
    Attention.TRAINING: "employees",
    Attention.ACKNOWLEDGEMENT: "employees",
    Attention.REGULATIONS_DUE: "regulations",
    Attention.LOCKED_WAITING: "unlocks",
    Attention.CONTROLS_OVERDUE: "authorisation_control",
    Attention.CONTROLS_DUE_SOON: "authorisation_control",
}

#: Breaches of the CPR terms as they stand today are red; what is coming due is amber.
RED = frozenset({Attention.EXPIRED_ACTIVE, Attention.NO_EXPIRY, Attention.LEFT_WITH_ACCESS,
                 Attention.CONTROLS_OVERDUE})

COLOURS = {"green": "#2e7d32", "amber": "#a15c00", "red": "#c62828"}


def level(item: Item) -> str:
    if item.count == 0:
        return "green"
    return "red" if item.kind in RED else "amber"


class AttentionCard(QFrame):
    """One attention item; click, Enter or Space opens the view where it is handled."""

    activated = Signal(str)

    def __init__(self, item: Item) -> None:
        super().__init__()
        self.item = item
        self.level = level(item)
        self.setObjectName(f"card-{item.kind.value}")
        self.setProperty("level", self.level)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = COLOURS[self.level]
        self.setStyleSheet(
            f"AttentionCard {{ border: 1px solid palette(mid); border-left: 8px solid {colour};"
            " border-radius: 4px; }"
            f" AttentionCard:focus {{ border: 2px solid palette(highlight);"
            f" border-left: 8px solid {colour}; }}"
        )
        title = QCoreApplication.translate("Dashboard", TITLES[item.kind])
        self.count_label = QLabel("✓" if item.count == 0 else str(item.count))
        self.count_label.setObjectName("count")
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 10) * 2 + 4)
        font.setBold(True)
        self.count_label.setFont(font)
        self.count_label.setStyleSheet(f"color: {colour};")
        self.count_label.setMinimumWidth(80)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(f"<b>{_escape(title)}</b>")
        self.title_label.setObjectName("title")
        self.title_label.setWordWrap(True)
        self.status_label = QLabel(self.status_text())
        self.status_label.setObjectName("status")
        self.status_label.setStyleSheet(f"color: {colour};")
        self.examples_label = QLabel(self.examples_text())
        self.examples_label.setObjectName("examples")
        self.examples_label.setTextFormat(Qt.TextFormat.PlainText)
        self.examples_label.setWordWrap(True)
        self.examples_label.setVisible(bool(item.examples))
        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.status_label)
        text.addWidget(self.examples_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(text, 1)
        self.setAccessibleName(f"{title}: {item.count}")
        self.setAccessibleDescription(self.status_text())
        self.setToolTip(self.tr("Press Enter or click to open the register where this is handled."))

    def status_text(self) -> str:
        if self.level == "green":
            return self.tr("Nothing to do")
        if self.level == "red":
            return self.tr("Act now: this breaks the CPR terms")
        return self.tr("Needs attention soon")

    def examples_text(self) -> str:
        lines = ([i18n.text(m) for m in self.item.messages] if self.item.messages
                 else list(self.item.examples))
        more = self.item.count - len(lines)
        if lines and more > 0:
            lines.append(self.tr("… and {count} more").format(count=more))
        return "\n".join(lines)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.item.kind.value)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.item.kind.value)
            event.accept()
            return
        super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DashboardView(QWidget):
    """``navigate(key)`` asks the main window to show the view *key*."""

    navigate = Signal(str)

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("DashboardView")
        self.items: list[Item] = []
        self.cards: list[AttentionCard] = []
        self.computed_for: date | None = None

        self.when = QLabel()
        self.when.setObjectName("computedFor")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setToolTip(self.tr("Compute the list again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.when, 1)
        top.addWidget(self.refresh_button)

        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "<h3>Today</h3>What needs your attention. Choose an item to open the register "
            "where it is handled."
        )))
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.refresh()

    def now(self) -> datetime:
        """The officer's local time, from the vault's clock (fakeable in tests)."""
        return self.context.vault.clock.now().astimezone()

    def refresh(self) -> None:
        moment = self.now()
        day = moment.date()
        self.items = self.context.read(lambda vault: dashboard.attention(vault.db, day))
        self.computed_for = day
        focused = next((c.item.kind for c in self.cards if c.hasFocus()), None)
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for position, item in enumerate(self.items):
            card = AttentionCard(item)
            card.activated.connect(self._open)
            self.cards_layout.insertWidget(position, card)
            self.cards.append(card)
            if item.kind == focused:
                card.setFocus()
        for first, second in zip(self.cards, self.cards[1:], strict=False):
            QWidget.setTabOrder(first, second)
        waiting = sum(1 for item in self.items if item.count)
        self.when.setText(self.tr("Computed for {day} at {time}. {count} of {total} items need "
                                  "attention.").format(
            day=day.isoformat(), time=moment.strftime("%H:%M"), count=waiting,
            total=len(self.items)))

    def _open(self, kind: str) -> None:
        self.navigate.emit(TARGETS[Attention(kind)])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Coming back to the dashboard shows the state after what was just changed."""
        super().showEvent(event)
        if not event.spontaneous() and self.computed_for is not None:
            self.refresh()
