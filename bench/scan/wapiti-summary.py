#!/usr/bin/env python3
"""Summarises a wapiti 3.0.x run: what was crawled (from wapiti's session database) and the findings of its
JSON report per module, each finding once. Used by bench/scan/wapiti.sh; it can also be run by hand:

    python3 bench/scan/wapiti-summary.py --report results/X/wapiti-report.json --session results/X/<session>.db
"""
import argparse
import collections
import json
import re
import sqlite3
import sys
from urllib.parse import parse_qsl, urlsplit

# wapiti files a finding under its category; which module of the scan reports each category.
MODULE_OF = {
    "Cross Site Scripting": "xss / permanentxss",
    "SQL Injection": "sql",
    "Blind SQL Injection": "blindsql",
    "Open Redirect": "redirect",
    "Cross Site Request Forgery": "csrf",
    "HTTP Secure Headers": "http_headers",
    "HttpOnly Flag cookie": "cookieflags",
    "Secure Flag cookie": "cookieflags",
    "Content Security Policy Configuration": "csp",
    "Path Traversal": "file",
    "Command execution": "exec",
    "CRLF Injection": "crlf",
    "Internal Server Error": "(any attack module)",
    "Resource consumption": "(any attack module)",
}
LEVELS = {"4": "critical", "3": "high", "2": "medium", "1": "low", "0": "info"}  # wapiti 3.0.x language/vulnerability.py


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", required=True)
    ap.add_argument("--session", default="")
    ap.add_argument("--base", default="")
    ap.add_argument("--seconds", default="")
    ap.add_argument("--exit-code", default="")
    ap.add_argument("--session-after", default="")
    ap.add_argument("--editor-pages", default="")
    ap.add_argument("--cookie-jar", default="", help="curl's cookie jar of the sign-in")
    ap.add_argument("--log", default="", help="wapiti's output, to tell which module caused each anomaly")
    ap.add_argument("--portal-log", default="", help="the portal's log: every 500 it answered, and why")
    a = ap.parse_args()

    out = []
    say = out.append
    say("=" * 100)
    say("wapiti scan summary" + (f" for {a.base}/" if a.base else ""))
    if a.seconds:
        say(f"wapiti ran {a.seconds} s (exit code {a.exit_code})")

    if a.session:
        crawl_summary(a, say)
    if a.cookie_jar:
        cookie_summary(a.cookie_jar, say)

    try:
        report = json.load(open(a.report, encoding="utf-8"))
    except (OSError, ValueError) as e:
        say(f"no report: {e}")
        print("\n".join(out))
        return 1
    infos = report.get("infos", {})
    say(f"report: {a.report} ({infos.get('version', '?')}, scope {infos.get('scope', '?')}, {infos.get('date', '?')})")

    modules_of = anomaly_modules(a.log, report) if a.log else {}
    for title, section in (("VULNERABILITIES", "vulnerabilities"), ("ANOMALIES", "anomalies")):
        entries = report.get(section, {})
        total = sum(len(v) for v in entries.values())
        say("")
        say(f"{title}: {total} reported")
        quiet = sorted(c for c, items in entries.items() if not items and c in MODULE_OF)
        for category in sorted(entries):
            items = entries[category]
            if not items:
                continue
            unique = collections.OrderedDict()
            for index, v in enumerate(items):
                key = (v.get("method"), v.get("path"), v.get("parameter"), v.get("info"))
                unique.setdefault(key, []).append((index, v))
            say(f"  [{MODULE_OF.get(category, '?')}] {category}: {len(items)} reported, {len(unique)} distinct")
            for (method, path, parameter, info), same in unique.items():
                first = same[0][1]
                level = LEVELS.get(str(first.get("level")), str(first.get("level")))
                where = f"{method} {path}" + (f"  parameter={parameter}" if parameter else "")
                times = f"  (x{len(same)})" if len(same) > 1 else ""
                say(f"    - {level:6} {where}{times}")
                say(f"             {info}")
                if parameter:
                    payloads = []
                    for _, v in same:
                        value = injected_value(v, parameter)
                        if value is not None and value not in payloads:
                            payloads.append(value)
                    modules = sorted({modules_of.get((category, i), "?") for i, _ in same})
                    say(f"             {'payloads' if len(payloads) > 1 else 'payload'}: "
                        + ", ".join(repr(p[:70]) for p in payloads)
                        + (f"  (module {', '.join(modules)})" if section == "anomalies" else ""))
        if quiet:
            say("  nothing in: " + ", ".join(f"{c} [{MODULE_OF[c]}]" for c in quiet))
    if a.portal_log:
        portal_errors(a.portal_log, say)
    say("=" * 100)
    print("\n".join(out))
    return 0


def injected_value(v, parameter):
    """The value the finding's request gave its parameter (the first one, when the name repeats)."""
    request = (v.get("http_request") or "").strip().splitlines()
    if not request:
        return None
    query = urlsplit(request[0].split(" ")[1]).query if len(request[0].split(" ")) > 1 else ""
    body = request[-1] if v.get("method") != "GET" and len(request) > 1 else ""
    for name, value in parse_qsl(query, keep_blank_values=True) + parse_qsl(body, keep_blank_values=True):
        if name == parameter:
            return value
    return None


def anomaly_modules(log_path, report):
    """(category, index in the report) -> module, from wapiti's output: it names each module as it starts and
    prints each anomaly as it finds it, in the order the report lists them."""
    try:
        lines = open(log_path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError:
        return {}
    markers = {"Internal Server Error": "Received a HTTP 500 error in ",
               "Resource consumption": "Timeout occurred in "}
    found = collections.defaultdict(list)
    module = "?"
    for line in lines:
        if line.startswith("[*] Launching module "):
            module = line.split()[-1]
        for category, marker in markers.items():
            if marker in line:
                found[category].append((module, line.split(marker, 1)[1].strip()))
    result = {}
    for category, items in report.get("anomalies", {}).items():
        logged = found.get(category, [])
        if len(logged) != len(items):
            continue
        for index, ((module, url), item) in enumerate(zip(logged, items)):
            if url.split("?")[0].endswith(item.get("path", "").split("?")[0]):
                result[(category, index)] = module
    return result


def portal_errors(path, say):
    """wapiti reports a 500 only from some modules and phases (xss does not report those of its first probe); the
    portal's log has them all, each with its exception."""
    try:
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError:
        return
    answers = collections.Counter()
    exceptions = collections.Counter()
    for index, line in enumerate(lines):
        m = re.search(r"HTTP (\w+) (\S+) responded 500", line)
        if m and m.group(2) != "/error/500":
            answers[(m.group(1), re.sub(r"/[0-9]+(?=/|$)", "/{id}", m.group(2)))] += 1
        m = re.match(r"((?:System|Microsoft)\.[\w.]*Exception): (.*)", line)
        if m:
            # The message often quotes the value that was sent (a payload, maybe over several lines): keep its kind.
            text = " ".join(lines[index:index + 3])
            kind = re.search(r"is not a valid value for \w+|was not recognized as a valid \w+", text)
            message = "<value> " + kind.group(0) if kind else m.group(2)[:100]
            exceptions[(m.group(1), message)] += 1
    say("")
    say(f"PORTAL LOG: {sum(answers.values())} answers 500 (the error page's own re-execution not counted)")
    for (method, where), n in sorted(answers.items(), key=lambda kv: -kv[1]):
        say(f"    {n:6}  {method} {where}")
    if exceptions:
        say("  exceptions logged (each is logged more than once per request):")
        for (kind, message), n in sorted(exceptions.items(), key=lambda kv: -kv[1]):
            say(f"    {n:6}  {kind}: {message}")


def crawl_summary(a, say):
    try:
        db = sqlite3.connect(f"file:{a.session}?mode=ro", uri=True)
    except sqlite3.Error as e:
        say(f"no session database: {e}")
        return
    rows = db.execute("SELECT path_id, path, method, http_status, headers IS NOT NULL FROM paths WHERE evil = 0").fetchall()
    params = collections.defaultdict(list)
    for path_id, kind, name, value in db.execute(
            "SELECT path_id, type, name, value1 FROM params ORDER BY path_id, type, param_order"):
        params[(path_id, kind)].append((name, value or ""))
    crawled = [r for r in rows if r[4]]
    left = len(rows) - len(crawled)
    gets = [r for r in crawled if r[2] == "GET"]
    forms = [r for r in crawled if r[2] != "GET"]
    statuses = collections.Counter(r[3] for r in crawled)
    say(f"crawled: {len(crawled)} resources ({len(gets)} GET URLs, {len(forms)} forms), "
        f"{len(set(r[1] for r in crawled))} distinct paths; {left} found but not crawled (limits)")
    say("  HTTP status of crawled resources: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items(), key=str)))
    editor = [r for r in crawled if "/editor/" in r[1]]
    say(f"  signed-in pages crawled: {sum(1 for r in editor if r[3] == 200)} under /editor/ answered 200 "
        f"({sum(1 for r in editor if r[2] != 'GET')} editor forms)")
    for page in a.editor_pages.split():
        hit = [r for r in editor if r[1].rstrip("/").endswith(page) and r[2] == "GET"]
        say(f"    {page}: " + (f"crawled, {hit[0][3]}" if hit else "NOT crawled"))
    if a.session_after:
        say(f"  session after the scan: /editor/briefs answers {a.session_after} with the editor's cookie")
    attacked = db.execute("SELECT module_name, COUNT(*) FROM attack_log GROUP BY module_name ORDER BY module_name").fetchall()
    say("  resources attacked per module (of %d): " % len(crawled) + ", ".join(f"{m} {n}" for m, n in attacked))
    by_path = collections.Counter(r[1] for r in crawled)
    say("  crawled paths (resources per path):")
    for path, n in sorted(by_path.items()):
        methods = sorted(set(r[2] for r in crawled if r[1] == path))
        say(f"    {path}  [{'/'.join(methods)}]" + (f" x{n}" if n > 1 else ""))


def cookie_summary(jar, say):
    """wapiti's cookieflags module looks at the cookies of its own session, and a cookie loaded from a JSON cookie
    file always counts as HttpOnly there; so this states the flags the portal really set at sign-in."""
    try:
        lines = open(jar, encoding="utf-8").read().splitlines()
    except OSError:
        return
    flags = []
    for line in lines:
        http_only = line.startswith("#HttpOnly_")
        if http_only:
            line = line[len("#HttpOnly_"):]
        elif not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) == 7:
            flags.append(f"{fields[5]} (HttpOnly {'yes' if http_only else 'NO'}, Secure {'yes' if fields[3] == 'TRUE' else 'no'})")
    say("cookies the portal set at sign-in (over plain HTTP): " + ", ".join(flags))


if __name__ == "__main__":
    sys.exit(main())
