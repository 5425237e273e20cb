"""Every setting declared once, with its type, default and limits.

Settings needed before login (language, last vault, window geometry) live in the GUI's
``QSettings``; the ones below belong to the vault and are changed with an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError, error
from cpradmin.models.accounts import Permission
from cpradmin.vault import Vault


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    label: str

    def read(self, vault: Vault) -> int:
        try:
            value = int(vault.setting(self.key, str(self.default)))
        except ValueError:
            return self.default
        return min(max(value, self.minimum), self.maximum)

    def write(self, vault: Vault, value: int) -> None:
        vault.require(Permission.CHANGE_SETTINGS)
        if not self.minimum <= value <= self.maximum:
            raise error(
                ValidationError,
                QT_TRANSLATE_NOOP("Errors", "{label} must be between {minimum} and {maximum}."),
                label=self.label, minimum=self.minimum, maximum=self.maximum,
            )
        before = self.read(vault)
        with vault.change("setting-changed", f"setting:{self.key}",
                          {"before": before, "after": value}) as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (self.key, str(value)),
            )


#: The CPR terms (section 7) require a lock after at most ten idle minutes: never more.
IDLE_LOCK_MINUTES = IntSetting(
    "idle_lock_minutes", 10, 1, 10, QT_TRANSLATE_NOOP("Settings", "Idle lock (minutes)")
)
