"""The Danish texts of the Qt translation catalogue, for output made without Qt.

Reports and evidence workbooks are made by the core, which does not import Qt, yet they print
the same messages the GUI shows (a finding's explanation, a flag, an error). Rather than keep a
second translation of those, the core reads the ``.ts`` catalogue the GUI's ``.qm`` is compiled
from (it ships in the resources folder) and looks texts up by their English source.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from cpradmin.resources import resource_path

_CATALOGUE = "i18n/cpradmin_da.ts"


@functools.cache
def danish() -> dict[tuple[str, str], str]:
    """(context, English source) → Danish, for every finished translation."""
    try:
        root = ET.parse(resource_path(_CATALOGUE)).getroot()  # our own file, not input
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (source and translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "obsolete", "vanished")):
                found[(name, source)] = translation.text
    return found


@functools.cache
def _by_source() -> dict[str, str]:
    return {source: text for (_, source), text in sorted(danish().items())}


def to_danish(source: str, context: str | None = None) -> str | None:
    """The Danish text of *source* (in *context* if given, else any context), or None."""
    table = danish()
    if context is not None and (context, source) in table:
        return table[(context, source)]
    return _by_source().get(source)
