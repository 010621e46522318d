"""Writes app/fonts/*.woff2: fontsource's latin and vietnamese subsets of each face merged into one file.

A Vietnamese page needs both subsets, so 8 requests became 4 and 108 kB became 86 kB (the vietnamese
files repeated the base letters their accented glyphs are built from). Not part of the build: run it
again only when @fontsource/* is upgraded. Needs fonttools and brotli:
  python3 -m venv /tmp/ftenv && /tmp/ftenv/bin/pip install fonttools==4.66.1 brotli
  /tmp/ftenv/bin/python scripts/merge-fonts.py
"""
import os
import tempfile
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with tempfile.TemporaryDirectory() as tmp:
    for family in ('be-vietnam-pro', 'noto-serif'):
        for weight in ('400', '700'):
            parts = []
            for subset in ('latin', 'vietnamese'):
                font = TTFont(f'{ROOT}/node_modules/@fontsource/{family}/files/{family}-{subset}-{weight}-normal.woff2')
                font.flavor = None  # the merger reads plain sfnt files
                parts.append(f'{tmp}/{subset}.ttf')
                font.save(parts[-1])
            merged = Merger().merge(parts)
            merged.flavor = 'woff2'
            out = f'{ROOT}/app/fonts/{family}-latin-vietnamese-{weight}.woff2'
            merged.save(out)
            print(out, os.path.getsize(out), 'bytes')
