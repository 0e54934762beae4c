"""What the employer wrote: the message text without quoted replies, forwarded headers and signature."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Mail longer than this is cut: every cue and promise we look for sits near the top,
# and a bounded slice keeps a 10 MB body as fast as a short one.
MAX_CHARS = 20_000
_SIGNATURE_MAX_LINES = 12

# Searched in "\n" + text: the line break before a line start is the pattern's first character, a literal that `re`
# finds in C, where "^" (multi-line) made it enter the pattern at every position. A match's start there is the
# line's start in the text.
_REPLY_HEADER = re.compile(
    r"\n[ \t]*(?:"
    r"On\b[^\n]{0,250}(?:\n[^\n]{0,250})?\bwrote:"
    r"|Am\b[^\n]{0,250}(?:\n[^\n]{0,250})?\bschrieb\b[^\n]{0,120}:"
    r"|Le\b[^\n]{0,250}(?:\n[^\n]{0,250})?\ba écrit\s?:"
    r"|El\b[^\n]{0,250}(?:\n[^\n]{0,250})?\bescribió\s?:"
    r"|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}"
    r"|_{10,}[ \t]*\n[ \t]*(?:From|Von|De)\s?:"
    r"|(?:From|Von|De)\s?:[^\n]{1,300}\n[ \t]*(?:Sent|Gesendet|Envoyé|Enviado|Date|Datum|Fecha)\s?:"
    r")",
)
_FORWARD_HEADER = re.compile(
    r"^[ \t]*(?:-{3,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado)"
    r"\s*-{3,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:)[^\n]*\n",
    re.MULTILINE | re.IGNORECASE,
)
# Cheap substring checks that gate the costly multi-line patterns above.
_FORWARD_KEYS = ("forward", "weitergeleitet", "transféré", "reenviado")
_REPLY_KEYS = ("wrote:", "schrieb", "a écrit", "escribió", "-----", "______", "From:", "Von:", "De:", "De :")
_HEADER_LINE = re.compile(r"^[ \t]*(?:From|To|Cc|Date|Subject|Sent|Von|An|Betreff|Datum|De|À|Objet|Para|Asunto)"
                          r"\s?:[^\n]*\n", re.MULTILINE)
_SIGNOFF_MAX_CHARS = 32
# A signature line that starts with the sender's name is short ("Priya Raman | VP Engineering"); a longer one
# is a sentence about the sender's company ("Brambleway Health would like to schedule a video interview…").
_NAME_LINE_MAX_CHARS = 60
_SIGNOFF = re.compile(
    r"(?:best(?: regards| wishes)?|kind regards|warm(?:est)? (?:regards|wishes)|warmly|take care|talk soon"
    r"|regards|many thanks|thanks(?: again)?"
    r"|thank you|cheers|sincerely|yours sincerely|all the best|speak soon|with best wishes"
    r"|viele grüße|beste grüße|herzliche grüße|freundliche grüße|mit freundlichen grüßen|liebe grüße|grüße"
    r"|cordialement|bien cordialement|bien à vous|belle journée|à bientôt|sincères salutations"
    r"|un saludo|saludos(?: cordiales)?|atentamente|un abrazo|un cordial saludo)[ \t]*[,.!]?",
    re.IGNORECASE,
)
# Legal and boilerplate paragraphs ("Nothing in this message constitutes an offer", "we regret any
# inconvenience") speak for no one: dropped before cues are read. Gated by a cheap substring test.
_BOILERPLATE_KEYS = ("confiden", "vertraulich", "aviso legal", "in error", "par erreur", "por error", "irrtümlich",
                     "equal opportunity", "environment before printing", "adressat")
_BOILERPLATE = re.compile(
    r"confidential|confidentiel|confidencial|vertraulich|aviso\s+legal|intended\s+recipient|in\s+error"
    r"|par\s+erreur|por\s+error|irrtümlich|richtige\s+adressat|equal\s+opportunity\s+employer"
    r"|environment\s+before\s+printing",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# A forward whose own note is at most this long ("FYI, see below from Jonas") is read with what it forwards.
_SHORT_NOTE_LETTERS = 300
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*\n?", re.MULTILINE)
_SPACES = re.compile(r" {2,}")
_SPACE_CHARS = (("\t", " "), ("\u00a0", " "), ("\u200b", ""))
_BLANKS = re.compile(r"\n{3,}")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Extracted:
    """The employer's own words (`body`), the signature block, and what was removed on the way."""

    body: str
    signature: str
    removed: tuple[str, ...] = ()


def _letters(text: str) -> int:
    return sum(len(word) for word in _LETTERS.findall(text))


def extract(text: str, names: Callable[[], Sequence[str]] | None = None) -> Extracted:
    """Given a message's plain text (HTML already converted) and the sender's names, returns the employer's words.

    Quoted replies (">" lines, "On … wrote:", Outlook header blocks) are dropped; a forward
    with no note of its own yields the forwarded text; the signature is split off (at "-- ",
    a sign-off, or else a line that starts with the sender's name; `names` is called only then).
    """
    removed: list[str] = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        removed.append("text:truncated")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for odd, plain in _SPACE_CHARS:
        if odd in text:
            text = text.replace(odd, plain)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    lowered = text.lower()
    forward = _FORWARD_HEADER.search(text) if _holds_any(lowered, _FORWARD_KEYS) else None
    if forward is not None:
        own = text[: forward.start()]
        letters = _letters(own[-2000:])
        if letters < _SHORT_NOTE_LETTERS:
            rest = text[forward.end():]
            # Skip the forwarded header block (From:/Date:/Subject: …) to reach its body.
            while (line := _HEADER_LINE.match(rest)) is not None:
                rest = rest[line.end():]
            if letters < 40:
                text = rest
                removed.append("text:forwarded")
            else:
                # The note's own sign-off would end the body early: keep the note's words only.
                note, _sig = _split_signature(own.rstrip())
                text = note.rstrip() + "\n\n" + rest
                removed.append("text:forwarded-with-note")
        else:
            text = own
            removed.append("text:forward-dropped")
    reply = _REPLY_HEADER.search("\n" + text) if _holds_any(text, _REPLY_KEYS) else None
    if reply is not None and _LETTERS.search(text, 0, reply.start()):
        text = text[: reply.start()]
        removed.append("text:quoted-reply")
    if ">" in text:
        unquoted = _QUOTED_LINE.sub("", text)
        if len(unquoted) != len(text):
            removed.append("text:quote-lines")
            text = unquoted
    if _holds_any(lowered, _BOILERPLATE_KEYS):
        paragraphs = _PARAGRAPH.split(text)
        kept = [p for i, p in enumerate(paragraphs) if i == 0 or _BOILERPLATE.search(p) is None]
        if len(kept) != len(paragraphs):
            text = "\n\n".join(kept)
            removed.append("text:boilerplate")
    body, signature = _split_signature(text, names)
    if "\n\n\n" in body:
        body = _BLANKS.sub("\n\n", body)
    return Extracted(body.strip(), signature.strip(), tuple(removed))


def _holds_any(text: str, keys: Sequence[str]) -> bool:
    """Given text and substrings, returns whether the text holds one (no generator: cheaper than any(… for …))."""
    return any(map(text.__contains__, keys))


def _split_signature(text: str, names: Callable[[], Sequence[str]] | None = None) -> tuple[str, str]:
    """Given text and (lazily) the sender's names, returns (body, signature).

    Cut at the last "-- " line, else at the last sign-off, else at the last line that starts with
    the sender's name ("Priya Raman | VP Engineering", a signature with no sign-off above it).
    """
    lines = text.split("\n")
    first = max(0, len(lines) - _SIGNATURE_MAX_LINES - 1)
    signoff = None
    for i in range(len(lines) - 1, first - 1, -1):
        line = lines[i].strip()
        if len(line) > _SIGNOFF_MAX_CHARS:
            continue
        if line == "--":
            return "\n".join(lines[:i]), "\n".join(lines[i + 1:])
        if signoff is None and _SIGNOFF.fullmatch(line) and i > 0:
            signoff = i
    if signoff is not None:
        return "\n".join(lines[:signoff]), "\n".join(lines[signoff + 1:])
    prefixes = tuple(names()) if names is not None else ()
    if prefixes:
        for i in range(len(lines) - 1, max(first, 0), -1):
            if len(lines[i]) <= _NAME_LINE_MAX_CHARS and lines[i].lstrip().startswith(prefixes):
                return "\n".join(lines[:i]), "\n".join(lines[i:])
    return text, ""
