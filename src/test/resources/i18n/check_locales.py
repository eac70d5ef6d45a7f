#!/usr/bin/env python3
"""Check the Vietnamese locale files of the Camunda webapps against English.

For every app (tasklist, cockpit, admin, welcome) that has a
src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/vi.json
this compares it with the en.json shipped in the camunda-webapp-webjar jar:

  * vi.json is valid UTF-8 JSON without BOM and without duplicate keys;
  * it has exactly the same keys (at every level), list lengths and value
    types as en.json, and the same numbers;
  * every text keeps the placeholders of the English text: {{...}}
    expressions, %s / %d, HTML tags and HTML entities, same number of each;
  * a text starts / ends with a space when the English one does (the apps
    glue some sentences together from several texts); an empty text is
    allowed where Vietnamese word order needs no words at that place;
  * date formats (dateLocales.calendar / longDateFormat) keep the same
    moment.js tokens outside [literal] brackets;
  * no text is left in English (identical to en.json), except technical
    tokens listed in KEEP_AS_IS;
  * every text is in Unicode NFC form (precomposed Vietnamese letters);
  * an app whose scripts/config.js declares 'vi' has a vi.json.

Usage (from the repository root):
  python3 src/test/resources/i18n/check_locales.py
  python3 src/test/resources/i18n/check_locales.py --apps tasklist admin
  python3 src/test/resources/i18n/check_locales.py --webjar /path/to/camunda-webapp-webjar-7.24.0.jar

--webjar also accepts a directory where the jar was unzipped. Without it the
jar is taken from ~/.m2 with the camunda.version of pom.xml.
Exit code 0 when every check passes, 1 otherwise.
"""

import argparse
import collections
import json
import os
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

APPS = ["tasklist", "cockpit", "admin", "welcome"]
APP_DIR = "META-INF/resources/webjars/camunda/app/{app}"

# English texts that stay as they are in Vietnamese: product names,
# standard or technical tokens, symbols.
KEEP_AS_IS = {
    "",
    "Camunda",
    "BPMN",
    "CMMN",
    "DMN",
    "FEEL",
    "JSON",
    "XML",
    "CSV",
    "JUEL",
    "<null>",
    "null",
    "true",
    "false",
    "OK",
    "Email",
    "E-mail",
    "ID",
    "Cron",
    "ISO 8601",
    "YYYY-MM-DD",
    "YYYY-MM-DDTHH:mm:ss",
    "L",
    "LT",
    "HH:mm",
    "DD/MM/YYYY",
}

HTML_TAGS = {
    "a", "abbr", "b", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "hr",
    "i", "kbd", "li", "ol", "p", "pre", "small", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}

RE_EXPR = re.compile(r"\{\{.*?\}\}")
RE_PRINTF = re.compile(r"%[sd]")
RE_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
RE_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")
RE_MOMENT_LITERAL = re.compile(r"\[[^\]]*\]")
RE_MOMENT_TOKEN = re.compile(r"[A-Za-z]+")


def repo_root():
    # the nearest folder above this script holding pom.xml (works from
    # src/test/resources/i18n and from target/test-classes/i18n)
    here = Path(__file__).resolve().parent
    for folder in (here, *here.parents):
        if (folder / "pom.xml").is_file():
            return folder
    return Path.cwd()


def camunda_version(root):
    pom = root / "pom.xml"
    if pom.is_file():
        m = re.search(r"<camunda\.version>([^<]+)</camunda\.version>", pom.read_text("utf-8"))
        if m:
            return m.group(1).strip()
    return None


def default_webjar(root):
    version = camunda_version(root)
    if not version:
        return None
    return (Path.home() / ".m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar"
            / version / f"camunda-webapp-webjar-{version}.jar")


class EnglishSource:
    """Reads files of the webjar, packed (jar) or unpacked (directory)."""

    def __init__(self, location):
        self.location = Path(location)
        self.zip = zipfile.ZipFile(self.location) if self.location.is_file() else None

    def read(self, relative):
        if self.zip is not None:
            try:
                return self.zip.read(relative)
            except KeyError:
                return None
        path = self.location / relative
        return path.read_bytes() if path.is_file() else None


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def leaves(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaves(value, path + (index,))
    else:
        yield path, node


def show(path):
    return "/".join(str(p) for p in path)


def compare_structure(en, vi, path, errors):
    if type(en) is not type(vi):
        errors.append(f"{show(path)}: type {type(vi).__name__}, English has {type(en).__name__}")
        return
    if isinstance(en, dict):
        for key in en:
            if key not in vi:
                errors.append(f"{show(path + (key,))}: missing")
        for key in vi:
            if key not in en:
                errors.append(f"{show(path + (key,))}: not in English")
        for key in en:
            if key in vi:
                compare_structure(en[key], vi[key], path + (key,), errors)
    elif isinstance(en, list):
        if len(en) != len(vi):
            errors.append(f"{show(path)}: {len(vi)} items, English has {len(en)}")
        for index, (e, v) in enumerate(zip(en, vi)):
            compare_structure(e, v, path + (index,), errors)
    elif not isinstance(en, str) and en != vi:
        errors.append(f"{show(path)}: {vi!r}, English has {en!r}")


def placeholders(text):
    found = collections.Counter()
    found.update(RE_EXPR.findall(text))
    found.update(RE_PRINTF.findall(text))
    for match in RE_TAG.finditer(text):
        if match.group(1).lower() in HTML_TAGS:
            found[match.group(0)] += 1
    found.update(RE_ENTITY.findall(text))
    return found


def moment_tokens(text):
    return RE_MOMENT_TOKEN.findall(RE_MOMENT_LITERAL.sub(" ", text))


def check_app(app, source, resources, errors, stats):
    app_dir = APP_DIR.format(app=app)
    vi_path = resources / app_dir / "locales" / "vi.json"
    config_path = resources / app_dir / "scripts" / "config.js"

    if config_path.is_file():
        config = config_path.read_text("utf-8")
        config_code = re.sub(r"//[^\n]*", "", config)
        if re.search(r"availableLocales\s*:\s*\[[^\]]*['\"]vi['\"]", config_code) and not vi_path.is_file():
            errors.append(f"{app}: config.js declares 'vi' but {vi_path} does not exist")

    if not vi_path.is_file():
        return False

    en_raw = source.read(f"{app_dir}/locales/en.json")
    if en_raw is None:
        errors.append(f"{app}: no locales/en.json in {source.location}")
        return True
    en = json.loads(en_raw.decode("utf-8-sig"))

    vi_raw = vi_path.read_bytes()
    if vi_raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{app}: vi.json starts with a UTF-8 BOM")
    try:
        vi = json.loads(vi_raw.decode("utf-8-sig"), object_pairs_hook=no_duplicates)
    except (UnicodeDecodeError, ValueError) as problem:
        errors.append(f"{app}: vi.json is not valid UTF-8 JSON: {problem}")
        return True

    app_errors = []
    compare_structure(en, vi, (), app_errors)

    vi_leaves = dict(leaves(vi))
    total = translated = 0
    for path, en_text in leaves(en):
        if not isinstance(en_text, str) or path not in vi_leaves:
            continue
        vi_text = vi_leaves[path]
        if not isinstance(vi_text, str):
            continue
        total += 1
        where = show(path)
        if unicodedata.normalize("NFC", vi_text) != vi_text:
            app_errors.append(f"{where}: not in Unicode NFC form")
        if placeholders(en_text) != placeholders(vi_text):
            expected = sorted(placeholders(en_text).elements())
            actual = sorted(placeholders(vi_text).elements())
            app_errors.append(f"{where}: placeholders {actual}, English has {expected}")
        if vi_text.strip() and (en_text[:1].isspace() != vi_text[:1].isspace()
                                or en_text[-1:].isspace() != vi_text[-1:].isspace()):
            app_errors.append(f"{where}: leading/trailing space differs from English {en_text!r}")
        if path[:2] in (("dateLocales", "calendar"), ("dateLocales", "longDateFormat")):
            if moment_tokens(en_text) != moment_tokens(vi_text):
                app_errors.append(f"{where}: date tokens {moment_tokens(vi_text)}, "
                                  f"English has {moment_tokens(en_text)}")
        if vi_text == en_text and en_text.strip() not in KEEP_AS_IS and re.search(r"[A-Za-z]{2,}", en_text):
            app_errors.append(f"{where}: not translated: {en_text!r}")
        else:
            translated += 1

    errors.extend(f"{app}: {e}" for e in app_errors)
    stats[app] = (total, translated, len(app_errors))
    return True


def main(argv=None):
    root = repo_root()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--webjar", help="camunda-webapp-webjar jar or unzipped directory")
    parser.add_argument("--resources", default=str(root / "src/main/resources"),
                        help="resources folder holding META-INF/resources/webjars/camunda")
    parser.add_argument("--apps", nargs="+", choices=APPS, default=APPS)
    args = parser.parse_args(argv)

    webjar = Path(args.webjar) if args.webjar else default_webjar(root)
    if webjar is None or not webjar.exists():
        print(f"camunda-webapp-webjar not found ({webjar}); pass --webjar", file=sys.stderr)
        return 1
    source = EnglishSource(webjar)
    resources = Path(args.resources)

    errors, stats, checked = [], {}, []
    for app in args.apps:
        if check_app(app, source, resources, errors, stats):
            checked.append(app)

    for app in args.apps:
        if app in stats:
            total, translated, problems = stats[app]
            print(f"{app:9} {translated}/{total} texts translated, {problems} problem(s)")
        elif app not in checked:
            print(f"{app:9} no vi.json")
    for error in errors:
        print("ERROR " + error)
    if not checked:
        print("ERROR no vi.json found under " + str(resources))
        return 1
    print("OK" if not errors else f"FAILED: {len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
