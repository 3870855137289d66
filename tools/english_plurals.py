"""Fill i18n/bayan_en.ts, the English plural forms of Bayan's ``tr("%n post(s)", "", n)``
messages, from their source text: "(s)" and "(ies)" give the singular and the plural
("%n post(s)" → "%n post" / "%n posts"; "%n inquiry(ies)" → "%n inquiry" / "%n inquiries").
A source without such a marker keeps its text in both forms. Every entry is rewritten, so the
file always follows the sources (run by tools/update_translations.sh after lupdate).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "i18n" / "bayan_en.ts"
MARKER = re.compile(r"(\w)\((s|es|ies)\)")


def forms(source: str) -> tuple[str, str]:
    def one(match: re.Match[str]) -> str:
        return match.group(1)

    def many(match: re.Match[str]) -> str:
        stem, ending = match.group(1), match.group(2)
        if ending == "ies":  # "inquiry(ies)": the y goes
            return "ies" if stem == "y" else stem + "ies"
        return stem + ending

    return MARKER.sub(one, source), MARKER.sub(many, source)


def main(path: Path = TS) -> int:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else TS))
