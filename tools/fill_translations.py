"""Fill the unfinished entries of i18n/bayan_ar.ts from a JSON file of {source: Arabic}.

A message with plural forms (``tr("%n posts", "", n)``) takes a list of Arabic's six forms, in
Qt's order: zero, one, two, few (3–10), many (11–99), other (100–102 …).

For entering many translations at once; i18n/bayan_ar.ts stays the one source of truth.
Usage: ``.venv/bin/python tools/fill_translations.py NEW.json`` then ``make translations``.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "i18n" / "bayan_ar.ts"


def main() -> int:
    mapping: dict[str, str] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        done = all((f.text or "").strip() for f in forms) if forms else bool(
            (translation.text or "").strip()
        )
        if translation.get("type") == "unfinished" or not done:
            value = mapping.get(source)
            if message.get("numerus") == "yes":
                if not (isinstance(value, list) and len(value) == 6):
                    missing.append(source)
                    continue
                for form in forms:
                    translation.remove(form)
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
                translation.attrib.pop("type", None)
            elif isinstance(value, str):
                translation.text = value
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        TS.write_text(text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")
    for source in missing:
        print(f"still untranslated: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
