"""Fast multi-phrase matching: many regex phrases, dispatched by the letters a word starts with.

Python's `re` tries every alternative at every position, so one big alternation of a few
hundred cue phrases costs far too much per message. Here each phrase is expanded until it
starts with literal letters, bucketed by its first one to three letters, and only the few
buckets whose key matches a word start are tried there (anchored `match`, not `search`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

_SPECIAL = set("\\()[]{}.?*+|^$ ")
_CONTRACTIONS = (
    "won't", "can't", "don't", "isn't", "wasn't", "weren't", "haven't", "hasn't", "couldn't", "wouldn't",
    "aren't", "didn't", "shouldn't", "we're\\s+not", "we\\s+aren't",
)


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Given a regex, yields (index, char, depth) for each char outside escapes and [classes].

    `depth` is the group nesting around the char: a '(' and its matching ')' get the same depth.
    """
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            yield i, c, depth
            depth += 1
        elif c == ")":
            depth -= 1
            yield i, c, depth
        else:
            yield i, c, depth
        i += 1


def _close(pattern: str, start: int) -> int:
    """Given a pattern and the index of a '(', returns the index of its matching ')'."""
    for i, c, depth in _structure(pattern, start):
        if c == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced pattern: {pattern[:40]}")


def _split_top(pattern: str) -> list[str]:
    """Given a regex, returns its top-level alternatives (split at '|' outside any group)."""
    cuts = [i for i, c, depth in _structure(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def expand(phrase: str) -> list[str]:
    """Given a regex phrase, returns equivalent alternatives that start with literal letters where possible."""
    if phrase.startswith("\\w+n't"):
        return [c + phrase[len("\\w+n't"):] for c in _CONTRACTIONS]
    parts = _split_top(phrase)
    if len(parts) > 1:
        return [alt for part in parts for alt in expand(part)]
    if not phrase.startswith("(?:"):
        return [phrase]
    end = _close(phrase, 0)
    inner, rest = phrase[3:end], phrase[end + 1:]
    if rest.startswith("??") or rest[:1] in {"*", "+", "{"}:
        return [phrase]
    alternatives = _split_top(inner)
    if rest.startswith("?"):
        rest = rest[1:]
        out = [alt for option in alternatives for alt in expand(option + rest)]
        return out + (expand(rest) if rest else [phrase])
    return [alt for option in alternatives for alt in expand(option + rest)]


def literal_prefix(phrase: str) -> str:
    """Given a regex phrase, returns the literal text every match of it starts with."""
    out: list[str] = []
    for c in phrase:
        if c in _SPECIAL or c.isspace():
            break
        out.append(c)
    tail = phrase[len(out):len(out) + 1]
    if out and tail in {"?", "*", "{"}:
        out.pop()
    return "".join(out)


_DEPTH = 3


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    leaves: list[tuple[float, int, str]] = field(default_factory=list)


def _insert(root: _Node, prefix: str, entry: tuple[float, int, str]) -> None:
    node = root
    for char in prefix:
        node = node.children.setdefault(char, _Node())
    node.leaves.append(entry)


_SPACES = "\\s+"
_QUANTIFIERS = frozenset("?*+{")


def _key(tail: str) -> str | None:
    """Given what is left of a phrase, returns its first step when that step excludes every other first step: a
    literal character (no quantifier after it) or `\\s+` before one. Else None: the phrase keeps its place."""
    if tail.startswith(_SPACES):
        return _SPACES if _key(tail[len(_SPACES):]) not in {None, _SPACES} else None
    head = tail[:1]
    if not head or head in _SPECIAL or head.isspace() or tail[1:2] in _QUANTIFIERS:
        return None
    return head


def render_tails(tails: Sequence[str]) -> str:
    """Given the ends of the phrases under one trie node, in the order they are to be tried, returns an alternation
    that matches what trying them in that order matches, with the ones that share a first step nested under it.

    Phrases whose first steps differ cannot match at the same place (a letter is not another letter, nor space),
    so only the order among those that share a step counts; a phrase whose first step is not such a step (an
    optional part, a group, its end) keeps its place: the ones before it are tried before it.
    """
    parts: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        for key, rests in run.items():
            if len(rests) == 1:
                parts.append(f"(?:{key}{rests[0]})(?!\\w)")
            else:
                parts.append(key + "(?:" + render_tails(rests) + ")")
        run.clear()

    for tail in tails:
        key = _key(tail)
        if key is None:
            flush()
            parts.append(f"(?:{tail})(?!\\w)")
        else:
            run.setdefault(key, []).append(tail[len(key):])
    flush()
    return "|".join(parts)


class Scanner:
    """Finds the phrases of several groups in a text in one regex pass, strongest group first.

    Phrases are nested into a trie by their first literal letters, so `re` rejects a word
    start after a few cheap character comparisons instead of trying every phrase there.
    The big pattern has no capturing groups (hundreds of them would make every match slow);
    which group matched is found afterwards by trying the few phrases under that prefix.
    Phrases that start with a digit ("15.11.", "20% off") ride in the same pattern as one more branch.
    Matches do not overlap: the scan resumes after each match.
    """

    def __init__(self, groups: Sequence[Sequence[str]], weights: Sequence[float], *, lead: bool = False,
                 group: bool = True) -> None:
        self._group = group  # False: each phrase's tail is its own alternative (the plain form the tests compare)
        root = _Node()
        fallback: list[tuple[float, int, str]] = []
        for index, phrases in enumerate(groups):
            for phrase in phrases:
                for alternative in expand(phrase):
                    prefix = literal_prefix(alternative)[:_DEPTH]
                    entry = (-weights[index], index, alternative[len(prefix):])
                    if prefix:
                        _insert(root, prefix, entry)
                    else:
                        fallback.append(entry)
        self._leaves: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        self._nodes: dict[str, tuple[re.Pattern[str], list[int]]] = {}
        digits = sorted(e for e in fallback if e[2].startswith("\\d"))
        self._digits = [(e[1], re.compile(e[2] + r"(?!\w)")) for e in digits]
        branch = "|(?=\\d)(?:" + "|".join(f"(?:{e[2]})(?!\\w)" for e in digits) + ")" if digits else ""
        # `lead`: a look-ahead naming every letter a phrase can start with lets `re` pass over other positions
        # without entering the trie (a quarter faster for the cue phrases, slower for small sets: measure).
        firsts = "".join(re.escape(char) for char in sorted(root.children)) + ("\\d" if digits else "")
        head = f"(?=[{firsts}])" if lead and firsts else ""
        # A phrase starts after a non-word character (or at the start: `scan` puts a space before the text). The
        # pattern consumes that character: a pattern that starts with a character class lets `re` skip to the
        # next candidate in C, where `(?<!\w)` made it enter the pattern at every position of every word.
        self._pattern = re.compile(r"\W" + head + r"(?:" + self._render(root, "") + branch + ")")
        self._fallback = [(e[1], re.compile(r"(?<!\w)" + e[2] + r"(?!\w)"))
                          for e in sorted(fallback) if not e[2].startswith("\\d")]

    def _render(self, node: _Node, path: str) -> str:
        parts = [
            re.escape(char) + "(?:" + self._render(child, path + char) + ")"
            for char, child in sorted(node.children.items())
        ]
        leaves = sorted(node.leaves, key=lambda e: (e[0], e[1]))
        if leaves:
            self._leaves[path] = [(e[1], re.compile(re.escape(path) + e[2] + r"(?!\w)")) for e in leaves]
            # All of them in one pattern, one group each: the first that matches names the group in one call.
            together = re.compile(re.escape(path) + "(?:" + "|".join(f"({e[2]})(?!\\w)" for e in leaves) + ")")
            if together.groups == len(leaves):  # (a phrase with a group of its own is left to the one-by-one way)
                self._nodes[path] = (together, [e[1] for e in leaves])
            parts.append(render_tails([e[2] for e in leaves]) if self._group else
                         "|".join(f"(?:{e[2]})(?!\\w)" for e in leaves))
        return "|".join(parts)

    def _which(self, text: str, start: int, end: int) -> int | None:
        if text[start].isdigit():
            for index, pattern in self._digits:
                match = pattern.match(text, start)
                if match is not None and match.end() == end:
                    return index
        for size in (3, 2, 1):
            key = text[start:start + size]
            node = self._nodes.get(key)
            if node is None:
                for index, pattern in self._leaves.get(key, ()):
                    match = pattern.match(text, start)
                    if match is not None and match.end() == end:
                        return index
                continue
            # The scan tried the phrases under this prefix in this order, so the first that matches here is the one
            # it found; should it end elsewhere, the phrases are tried one by one as the scan's end demands.
            first = node[0].match(text, start)
            if first is None:
                continue
            if first.end() == end and first.lastindex is not None:
                return node[1][first.lastindex - 1]
            for index, pattern in self._leaves[key]:
                match = pattern.match(text, start)
                if match is not None and match.end() == end:
                    return index
        return None

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """Given lower-cased text, returns (group index, start, end) for each phrase found, in text order."""
        found: list[tuple[int, int, int]] = []
        spaced = " " + text
        search = self._pattern.search
        # In `spaced` a match starts at the non-word character before the phrase: that index is the phrase's start
        # in `text`, and the match's end less one is its end there. The next phrase may start at that end, so the
        # next search starts one earlier, at the character before it (matches never overlap, as with finditer).
        match = search(spaced)
        while match is not None:
            start, end = match.start(), match.end() - 1
            index = self._which(text, start, end)
            if index is not None:
                found.append((index, start, end))
            match = search(spaced, end)
        if not self._fallback:
            return found
        extra = [(index, m.start(), m.end()) for index, pattern in self._fallback for m in pattern.finditer(text)]
        if extra:
            found = sorted(found + extra, key=lambda item: item[1])
        return found
