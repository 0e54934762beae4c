"""HTML mail bodies to plain text with the stdlib html.parser (re-exported by mime.py)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Content of these never reaches the reader of a mail.
_SKIP = frozenset({"script", "style", "title", "template", "head"})
_VOID_SKIP = frozenset({"meta", "link"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "div", "dl", "dt",
    "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "tfoot", "thead", "tr", "ul",
})
# Paragraph-like blocks get an empty line around them so paragraphs stay apart.
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol"})
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._current: list[str] = []
        self._current_depth = 0
        self._quote = 0
        self._pre = 0
        self._skip: list[str] = []

    # Lines remember their blockquote depth so the quote can be marked with "> " like
    # plain-text mail, which is what the classifier strips.
    def _flush(self, blank: bool = False) -> None:
        text = "".join(self._current).strip(" ") if not self._pre else "".join(self._current)
        if text or self._current:
            for piece in text.split("\n") if self._pre else [text]:
                self.lines.append((self._current_depth, piece))
        self._current = []
        if blank:
            self.lines.append((self._quote, ""))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            self._skip.append(tag)
            return
        if tag == "br":
            self._flush()
            return
        if tag in _BLOCK:
            self._flush(blank=tag in _PARAGRAPH)
            if tag == "blockquote":
                self._quote += 1
            elif tag == "pre":
                self._pre += 1
            elif tag == "li":
                self._emit("- ")
            elif tag == "hr":
                self._emit("---")
                self._flush()
        elif tag in ("td", "th") and self._current:
            self._emit(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_SKIP:
            return
        if tag in _SKIP:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag in _BLOCK:
            self._flush(blank=tag in _PARAGRAPH)
            if tag == "blockquote" and self._quote:
                self._quote -= 1
            elif tag == "pre" and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._pre:
            data = _SPACE.sub(" ", data)
            if not self._current or self._current[-1].endswith(" "):
                data = data.lstrip(" ")
        if data:
            self._emit(data)

    def _emit(self, text: str) -> None:
        if not self._current:
            self._current_depth = self._quote
        self._current.append(text.replace("\u00a0", " "))


def html_to_text(html: str) -> str:
    """Given an HTML document or fragment, returns its readable text; blockquotes become "> " lines."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed markup
        pass
    collector._flush()
    lines = collector.lines
    # Depth of the nearest non-blank line after each index, computed once (linear time).
    after: list[int] = [0] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        depth, text = lines[index]
        after[index] = depth if text else after[index + 1]
    out: list[str] = []
    before = 0
    for index, (depth, text) in enumerate(lines):
        if text:
            out.append((("> " * depth) + text).rstrip())
            before = depth
            continue
        # A blank line stays inside a quote only when quoted text surrounds it at that depth.
        line = " ".join(">" * min(depth, before, after[index + 1]))
        if out and out[-1] == line:
            continue
        out.append(line)
    return "\n".join(out).strip("\n")
