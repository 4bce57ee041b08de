#!/usr/bin/python3
"""Builds the UI fonts in src/main/resources/org/sitmap/ui/fonts/ from Debian's fonts-noto-core (SIL OFL 1.1):
Noto Sans (full) merged with Noto Sans Arabic (full) into one family, "Sitmap UI Sans", so that JavaFX never needs a
system font for Arabic (it falls back to system fonts only, never to another font the app loaded).
Usage: apt-get install fonts-noto-core python3-fonttools && /usr/bin/python3 tools/build-ui-fonts.py"""
import os, sys
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

NOTO = "/usr/share/fonts/truetype/noto"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src/main/resources/org/sitmap/ui/fonts")
FAMILY = "Sitmap UI Sans"
STYLES = {"Regular": ("NotoSans-Regular", "NotoSansArabic-Regular"),
          "Bold": ("NotoSans-Bold", "NotoSansArabic-Bold"),
          "Italic": ("NotoSans-Italic", "NotoSansArabic-Regular")}

os.makedirs(OUT, exist_ok=True)
for style, (latin, arabic) in STYLES.items():
    merged = Merger().merge([f"{NOTO}/{latin}.ttf", f"{NOTO}/{arabic}.ttf"])
    names = merged["name"]
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    ps = FAMILY.replace(" ", "") + "-" + style
    for rec in list(names.names):
        if rec.nameID in (16, 17, 21, 22):
            names.removeNames(nameID=rec.nameID)
    for pid, eid, lid in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(FAMILY, 1, pid, eid, lid)
        names.setName(style, 2, pid, eid, lid)
        names.setName(f"{ps}; merged from {latin} and {arabic} (Noto, SIL OFL 1.1)", 3, pid, eid, lid)
        names.setName(full, 4, pid, eid, lid)
        names.setName(ps, 6, pid, eid, lid)
    merged.save(os.path.join(OUT, ps + ".ttf"))
    print(ps, len(merged.getGlyphOrder()), "glyphs", file=sys.stderr)
