#!/usr/bin/env python3
"""Reports cycles among the modules of one Rust crate.

Usage: module_cycles.py CRATE_SRC_DIR

Each file under the directory is a module (`foo.rs` and `foo/mod.rs` are `foo`; `foo/bar.rs`
is `foo::bar`, counted as part of `foo`, since a circle between a module and its own children
is how Rust nests modules, not a tangle). A module depends on another when it names it through
`use crate::...` or a `crate::name::` path anywhere in its text. A name that `lib.rs` re-exports
(`pub use accounts::AccountRecord;`, then `crate::AccountRecord`) counts as a dependency on the
module it comes from. Comments and string literals are stripped before reading.

Prints every strongly connected group of two or more modules with the edges inside it and
where each edge comes from, and exits with 1 if there is any, 0 otherwise.
"""

import re
import sys
from pathlib import Path


def strip_comments_and_strings(text):
    """Removes comments, string and char literals, keeping line breaks so line numbers hold."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            depth = 0
            while i < n:
                if text.startswith("/*", i):
                    depth += 1
                    i += 2
                elif text.startswith("*/", i):
                    depth -= 1
                    i += 2
                    if depth == 0:
                        break
                else:
                    if text[i] == "\n":
                        out.append("\n")
                    i += 1
        elif c == "r" and re.match(r'r#*"', text[i:i + 10]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            hashes = re.match(r'r(#*)"', text[i:]).group(1)
            close = '"' + hashes
            end = text.find(close, i + 2 + len(hashes))
            end = n if end < 0 else end + len(close)
            out.append("\n" * text.count("\n", i, end))
            out.append('""')
            i = end
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append("\n" * text.count("\n", i, j))
            out.append('""')
            i = j + 1
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:i + 12]) or re.match(r"'\\u\{[0-9a-fA-F]+\}'", text[i:i + 12]):
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'", text[i:])
            out.append("' '")
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def module_name(src, path):
    relative = path.relative_to(src).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "mod":
        parts.pop()
    return parts[0] if parts else "lib"


def top_level_items(tree):
    """The first path segment of each item of a use tree body such as `a::b, c::{d, e}, f`."""
    items, depth, current = [], 0, ""
    for c in tree:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += c
    items.append(current)
    names = []
    for item in items:
        match = re.match(r"\s*([A-Za-z_][A-Za-z0-9_]*)", item)
        if match:
            names.append(match.group(1))
    return names


def crate_names(text):
    """(name, line) for each first segment after `crate::` in the text."""
    found = []
    for match in re.finditer(r"\bcrate::(\{|[A-Za-z_][A-Za-z0-9_]*)", text):
        line = text.count("\n", 0, match.start()) + 1
        if match.group(1) == "{":
            depth, end = 0, match.start(1)
            while end < len(text):
                depth += {"{": 1, "}": -1}.get(text[end], 0)
                if depth == 0:
                    break
                end += 1
            for name in top_level_items(text[match.start(1) + 1:end]):
                found.append((name, line))
        else:
            found.append((match.group(1), line))
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    src = Path(sys.argv[1])
    files = sorted(src.rglob("*.rs"))
    texts = {path: strip_comments_and_strings(path.read_text()) for path in files}
    modules = {module_name(src, path) for path in files} - {"lib", "main"}

    # Names the crate root re-exports, by the module they come from.
    reexports = {}
    for root in ("lib.rs", "main.rs"):
        text = texts.get(src / root)
        if text is None:
            continue
        for match in re.finditer(r"\bpub\s+use\s+([A-Za-z_][A-Za-z0-9_]*)::(\{[^;]*\}|[^;]*);", text):
            module, rest = match.group(1), match.group(2)
            body = rest[1:-1] if rest.startswith("{") else rest
            for item in body.split(","):
                item = item.strip()
                if not item:
                    continue
                alias = re.search(r"\bas\s+([A-Za-z_][A-Za-z0-9_]*)$", item)
                name = alias.group(1) if alias else re.split(r"::", item)[-1].strip()
                if name not in ("self", "*"):
                    reexports[name] = module

    edges = {}
    for path in files:
        source = module_name(src, path)
        if source not in modules:
            continue
        for name, line in crate_names(texts[path]):
            target = name if name in modules else reexports.get(name)
            if target is None or target == source:
                continue
            edges.setdefault((source, target), []).append(f"{path.relative_to(src)}:{line}")

    graph = {module: sorted({t for (s, t) in edges if s == module}) for module in modules}

    # Tarjan's strongly connected components.
    index, low, stack, on_stack, groups = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for next_node in graph[node]:
            if next_node not in index:
                visit(next_node)
                low[node] = min(low[node], low[next_node])
            elif next_node in on_stack:
                low[node] = min(low[node], index[next_node])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            groups.append(sorted(group))

    sys.setrecursionlimit(10000)
    for module in sorted(modules):
        if module not in index:
            visit(module)

    cyclic = sorted((group for group in groups if len(group) > 1), key=lambda g: (-len(g), g))
    print(f"{len(modules)} modules, {len(edges)} dependencies between them, in {src}")
    if not cyclic:
        print("no cycles")
        return 0
    for group in cyclic:
        print(f"cycle among {len(group)} modules: {', '.join(group)}")
        members = set(group)
        for (s, t), places in sorted(edges.items()):
            if s in members and t in members:
                print(f"  {s} -> {t}  ({', '.join(places[:3])}{', ...' if len(places) > 3 else ''})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
