#!/usr/bin/env python3
"""Adds English keys and their French to a folder's Text.resx and Text.fr.resx (created when missing).

Usage: scripts/resx-add.py <folder> <pairs.tsv>
Each line of pairs.tsv is: English text<TAB>French text. The English text is the key and the English value.
Existing keys keep their values unless the line gives a different French, which replaces it. Entries stay sorted.
"""
import sys
import os
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def read(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.findtext("value") or "") for d in root.findall("data")}


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write(path, entries):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(entries, key=lambda k: k.lower()):
            f.write(f'  <data name="{esc(key)}" xml:space="preserve"><value>{esc(entries[key])}</value></data>\n')
        f.write("</root>\n")


def main():
    folder, pairs = sys.argv[1], sys.argv[2]
    english_path, french_path = os.path.join(folder, "Text.resx"), os.path.join(folder, "Text.fr.resx")
    english, french = read(english_path), read(french_path)
    with open(pairs, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.count("\t") != 1:
                sys.exit(f"{pairs}:{number}: expected 'English<TAB>French', got: {line!r}")
            key, fr = line.split("\t")
            if not key or not fr:
                sys.exit(f"{pairs}:{number}: empty English or French")
            english[key] = key
            french[key] = fr
    write(english_path, english)
    write(french_path, french)
    print(f"{folder}: {len(english)} English keys, {len(french)} French")


main()
