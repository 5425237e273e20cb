"""Locating the files shipped in ``resources/``, from a source checkout or a PyInstaller bundle.

Data files (word lists, translations, icons) are not Python modules, so their location differs
between a checkout (``<repo>/resources``) and a frozen app, where PyInstaller unpacks them below
``sys._MEIPASS``. Every reader goes through :func:`resource_path` so both cases work alike; the
bundle must therefore be built with ``--add-data resources:resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

RESOURCES_DIRNAME = "resources"


def resources_dir() -> Path:
    """The folder that holds the shipped resources in the running app."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        return base / RESOURCES_DIRNAME
    return Path(__file__).resolve().parents[1] / RESOURCES_DIRNAME


def resource_path(name: str) -> Path:
    """The path of resource *name*, e.g. ``"common-passwords.txt"`` or ``"i18n/cpradmin_da.qm"``.

    Only relative names inside the resources folder are accepted, so a name taken from settings
    cannot point the app at an arbitrary file.
    """
    relative = PurePosixPath(name.replace("\\", "/"))
    if not name or relative.is_absolute() or ".." in relative.parts or ":" in name:
        raise ValueError("A resource name must be a relative path inside the resources folder.")
    return resources_dir().joinpath(*relative.parts)
