"""Fills unfinished entries of a .ts file from a JSON object {source: translation}.

    python tools/fill_ts.py resources/translations/reader_da.ts translations.json

A convenience for translating many strings at once; Qt Linguist does the same by hand.
Run tools/update_translations.py afterwards to compile the .qm.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, translations: dict[str, str]) -> list[str]:
    """Returns the sources still unfinished afterwards."""
    text = ts_path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished":
            if source in translations:
                translation.text = translations[source]
                del translation.attrib["type"]
            else:
                missing.append(source)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    still = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    for source in still:
        print("unfinished:", source)
