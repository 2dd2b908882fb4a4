#!/usr/bin/python3
"""Runs wapiti as /usr/bin/wapiti does (same arguments), with three changes. Used by bench/scan/wapiti.sh.

1. A fix for Debian 12's wapiti 3.0.4 under Python 3.11: every --exclude (-x) pattern crashes the crawl
   ("re.error: global flags not at the start of the expression"), because wapitiCore.net.crawler.wildcard_translate
   puts the inline flags (?ms) at the end of the expression. The fix puts them first, as later wapiti versions do.
   Without -x the crawl would post the logout form (wapiti submits the forms it finds) and lose the session.

2. A sample of each kind of URL (RESOMA_WAPITI_PER_SHAPE, e.g. 2): the demo content gives about a hundred editor
   pages and forms of each kind (/editor/briefs/1/edit ... /editor/briefs/98/edit, the same for unpublish, withdraw,
   pdf...), which are the same code with another id, and wapiti crawls about one page a second on 2 shared cores.
   A URL's shape is its method, its path with every run of digits replaced by N and every slug of four words or
   more (a segment with three hyphens or more, such as /briefs/detention-as-a-last-resort) replaced by S, and the
   names of its query parameters; the crawler keeps the first RESOMA_WAPITI_PER_SHAPE URLs of each shape and
   ignores the others. 0 or unset: no sampling.
"""
import os
import re
import sys
from urllib.parse import parse_qsl, urlsplit

import wapitiCore.net.crawler as crawler
from wapitiCore.net import web


def wildcard_translate(pattern):
    """A wildcard pattern (only * is special) as a regular expression that must match the whole URL."""
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


try:
    crawler.wildcard_translate("http://127.0.0.1/x*")
except re.error:
    crawler.wildcard_translate = wildcard_translate

PER_SHAPE = int(os.environ.get("RESOMA_WAPITI_PER_SHAPE") or 0)
if PER_SHAPE > 0:
    seen = {}   # shape -> set of URLs kept
    in_scope = crawler.Crawler.is_in_scope   # used only by the crawler (Explorer) to choose what to visit

    def shape_of(resource):
        if isinstance(resource, web.Request):
            method, url = resource.method, resource.url
        else:
            method, url = "GET", resource
        parts = urlsplit(url)
        names = ",".join(sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}))
        path = "/".join("S" if segment.count("-") >= 3 else segment for segment in parts.path.split("/"))
        return method, re.sub(r"[0-9]+", "N", path), names, (method, url)

    def is_in_scope_sampled(self, resource):
        if not in_scope(self, resource):
            return False
        method, path, names, key = shape_of(resource)
        kept = seen.setdefault((method, path, names), set())
        if key in kept:
            return True
        if len(kept) < PER_SHAPE:
            kept.add(key)
            return True
        return False

    crawler.Crawler.is_in_scope = is_in_scope_sampled

# 3. Only the modules named with -m are loaded. wapiti 3.0.4 instantiates every module it knows, whatever -m says,
#    and the wapp module then tries to download its database from GitHub: a request that has nothing to do here.
from wapitiCore.attack import attack  # noqa: E402

requested = [sys.argv[i + 1] for i, arg in enumerate(sys.argv[:-1]) if arg in ("-m", "--module")]
if requested:
    names = {name.strip().lstrip("+").split(":")[0] for name in ",".join(requested).split(",")}
    if names.isdisjoint({"all", "common"}) and not any(name.startswith("-") for name in names):
        attack.modules[:] = [module for module in attack.modules if module[len("mod_"):] in names]

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402  (after the changes above)

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
