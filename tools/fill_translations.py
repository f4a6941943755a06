"""Fill unfinished messages of a Qt catalogue from a JSON file, after `make ts`.

    python tools/fill_translations.py resources/translations/coachapp_fr.ts texts.json

    python tools/fill_translations.py CATALOGUE --reuse OLD.ts

The JSON file is a list of {"context": ..., "source": ..., "translation": "..."} or, for a
message with plural forms, {"context": ..., "source": ..., "forms": ["...", "..."]}. A
message is matched by context and source; only unfinished messages are filled (a finished
translation is changed only with --replace). With --reuse, an unfinished message takes the
translation its source text had in OLD.ts (the catalogue before a string moved to another
class: same text, new context). Prints what is still unfinished.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(catalogue: Path, texts: list[dict[str, object]], *, replace: bool) -> list[str]:
    tree = ET.parse(catalogue)
    wanted = {(str(t["context"]), str(t["source"])): t for t in texts}
    left: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") == "unfinished"
            text = wanted.get((name, source))
            if text is not None and (unfinished or replace):
                translation.attrib.pop("type", None)
                if "forms" in text:
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    for form in text["forms"]:  # type: ignore[attr-defined]
                        ET.SubElement(translation, "numerusform").text = str(form)
                else:
                    translation.text = str(text["translation"])
            elif unfinished:
                left.append(f"{name}: {source}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    catalogue.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return left


def reused(catalogue: Path) -> list[dict[str, object]]:
    """The finished translations of `catalogue`, as texts for the contexts of `target`."""
    found: dict[str, dict[str, object]] = {}
    for message in ET.parse(catalogue).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in translation.findall("numerusform")]
        found.setdefault(source, {"forms": forms} if forms else {"translation": translation.text})
    return [{"source": source, **text} for source, text in found.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("texts", type=Path, nargs="*")
    parser.add_argument("--reuse", type=Path, help="a catalogue whose translations to reuse")
    parser.add_argument("--replace", action="store_true", help="also change finished ones")
    args = parser.parse_args()
    texts = [t for path in args.texts for t in json.loads(path.read_text(encoding="utf-8"))]
    if args.reuse:
        contexts = {c.findtext("name") or "" for c in ET.parse(args.catalogue).iter("context")}
        texts += [{**t, "context": c} for t in reused(args.reuse) for c in contexts]
    left = fill(args.catalogue, texts, replace=args.replace)
    for line in left:
        print("unfinished:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
