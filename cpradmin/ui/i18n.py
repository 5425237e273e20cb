"""Loading the Danish translation and turning core ``Message``s into translated text."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from cpradmin.i18n import Message
from cpradmin.resources import resource_path

LANGUAGES = {"en": "English", "da": "Dansk"}


def chosen_language() -> str:
    """The setting if made, else the system locale: Danish for a Danish desktop."""
    forced = os.environ.get("CPRADMIN_LANGUAGE")
    if forced in LANGUAGES:
        return forced
    stored = QSettings().value("language", "", type=str)
    if stored in LANGUAGES:
        return str(stored)
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install ``resources/i18n/cpradmin_<language>.qm``; English needs none."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path(f"i18n/cpradmin_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def text(message: Message) -> str:
    """Translate a core message, then fill in its named placeholders (nested ones too)."""
    template = QCoreApplication.translate(message.context, message.template)
    args = {k: text(v) if isinstance(v, Message) else v for k, v in message.args.items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return message.english()


def number_locale() -> QLocale:
    """Thousands separators in the app's language, whatever the process locale says."""
    if chosen_language() == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
