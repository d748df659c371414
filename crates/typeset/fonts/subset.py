#!/usr/bin/env python3
"""Makes the Chinese fonts vawdb ships: the Simplified Chinese face of Noto Serif CJK
(Regular and Bold), cut down to the characters a report in Chinese needs.

Kept: the whole of GB 2312 (its 6,763 hanzi, punctuation, symbols, full-width forms, kana,
Greek and Cyrillic), the CJK Symbols and Punctuation block, the Halfwidth and Fullwidth Forms
block, the punctuation Typst takes from the CJK font in Chinese text, Basic Latin and
Latin-1, and every character of the repository's Chinese data (the reference data, the
Chinese report templates and the web interface's Chinese messages), so that no State name,
organization or treaty title comes out as a missing glyph.

Run it from anywhere, again whenever that data gains characters:

    python3 -m venv /tmp/fonttools && /tmp/fonttools/bin/pip install fonttools==4.68.0
    /tmp/fonttools/bin/python crates/typeset/fonts/subset.py

It reads the fonts of the Debian package fonts-noto-cjk (or the paths given with
--regular and --bold) and writes NotoSerifCJKsc-Regular.subset.otf and
NotoSerifCJKsc-Bold.subset.otf beside itself.
"""

import argparse
import glob
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
FACE = "Noto Serif CJK SC"


def gb2312():
    """Every character of GB 2312, by decoding each of its two-byte codes."""
    characters = set()
    for first in range(0xA1, 0xF8):
        for second in range(0xA1, 0xFF):
            try:
                characters.update(bytes([first, second]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return characters


def ranges():
    """Blocks kept whole."""
    characters = set()
    for start, end in [
        (0x0020, 0x007E),  # Basic Latin
        (0x00A0, 0x00FF),  # Latin-1 Supplement
        (0x2010, 0x2027),  # general punctuation: dashes, quotation marks, ellipsis
        (0x2030, 0x203B),  # per mille, primes, reference mark
        (0x2E3A, 0x2E3B),  # two- and three-em dashes
        (0x3000, 0x303F),  # CJK Symbols and Punctuation
        (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    ]:
        characters.update(chr(code) for code in range(start, end + 1))
    return characters


def is_cjk(character):
    code = ord(character)
    return (
        0x2E80 <= code <= 0x2FDF  # radicals
        or 0x3000 <= code <= 0x9FFF  # punctuation, kana, CJK Unified Ideographs and Extension A
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFE10 <= code <= 0xFE1F  # vertical forms
        or 0xFE30 <= code <= 0xFE4F  # compatibility forms
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x3134F  # supplementary ideographs
    )


def repository_text():
    """The Chinese characters of the repository's data. The reference tables hold every
    language side by side: only their CJK characters are taken. The Chinese templates and
    messages are taken whole."""
    characters = set()
    for path in sorted(glob.glob(os.path.join(REPO, "crates/reference/data/*.csv"))):
        with open(path, encoding="utf-8") as file:
            characters.update(c for c in file.read() if is_cjk(c))
    chinese = sorted(glob.glob(os.path.join(REPO, "crates/report/templates/*.zh*")))
    chinese += [os.path.join(REPO, "crates/web/locales/zh.ftl")]
    for path in chinese:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as file:
                characters.update(c for c in file.read() if c.isprintable())
    return characters


def face_index(collection_path):
    collection = TTCollection(collection_path, lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1).startswith(FACE):
            return index
    sys.exit(f"{collection_path} has no face named {FACE}")


def make(collection_path, output_path, characters):
    options = subset.Options()
    options.font_number = face_index(collection_path)
    options.name_IDs = ["*"]  # keep the copyright, version and licence records
    options.name_languages = ["*"]
    options.hinting = False  # PDF viewers do not use CFF hints
    options.notdef_outline = True
    options.recalc_bounds = True
    font = subset.load_font(collection_path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    subset.save_font(font, output_path, options)
    print(f"{os.path.basename(output_path)}: {len(font.getBestCmap())} characters, {os.path.getsize(output_path):,} bytes")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--regular", default="/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
    parser.add_argument("--bold", default="/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc")
    arguments = parser.parse_args()
    characters = gb2312() | ranges() | repository_text()
    make(arguments.regular, os.path.join(HERE, "NotoSerifCJKsc-Regular.subset.otf"), characters)
    make(arguments.bold, os.path.join(HERE, "NotoSerifCJKsc-Bold.subset.otf"), characters)


if __name__ == "__main__":
    main()
