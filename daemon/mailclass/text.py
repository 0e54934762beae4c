"""What the employer wrote: the message text without quoted replies, forwarded headers and signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Mail longer than this is cut: every cue and promise we look for sits near the top,
# and a bounded slice keeps a 10 MB body as fast as a short one.
MAX_CHARS = 20_000
_SIGNATURE_MAX_LINES = 12

_REPLY_HEADER = re.compile(
    r"^[ \t]*(?:"
    r"On\b[^\n]{0,250}(?:\n[^\n]{0,250})?\bwrote:"
    r"|Am\b[^\n]{0,250}(?:\n[^\n]{0,250})?\bschrieb\b[^\n]{0,120}:"
    r"|Le\b[^\n]{0,250}(?:\n[^\n]{0,250})?\ba écrit\s?:"
    r"|El\b[^\n]{0,250}(?:\n[^\n]{0,250})?\bescribió\s?:"
    r"|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}"
    r"|_{10,}[ \t]*\n[ \t]*(?:From|Von|De)\s?:"
    r"|(?:From|Von|De)\s?:[^\n]{1,300}\n[ \t]*(?:Sent|Gesendet|Envoyé|Enviado|Date|Datum|Fecha)\s?:"
    r")",
    re.MULTILINE,
)
_FORWARD_HEADER = re.compile(
    r"^[ \t]*(?:-{3,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado)"
    r"\s*-{3,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:)[^\n]*\n",
    re.MULTILINE | re.IGNORECASE,
)
_HEADER_LINE = re.compile(r"^[ \t]*(?:From|To|Cc|Date|Subject|Sent|Von|An|Betreff|Datum|De|À|Objet|Para|Asunto)"
                          r"\s?:[^\n]*\n", re.MULTILINE)
_SIG_DASHES = re.compile(r"^--[ \t]?$", re.MULTILINE)
_SIGNOFF = re.compile(
    r"^[ \t]*(?:best(?: regards| wishes)?|kind regards|warm(?:est)? regards|regards|many thanks|thanks(?: again)?"
    r"|thank you|cheers|sincerely|yours sincerely|all the best|speak soon|with best wishes"
    r"|viele grüße|beste grüße|herzliche grüße|freundliche grüße|mit freundlichen grüßen|liebe grüße|grüße"
    r"|cordialement|bien cordialement|bien à vous|belle journée|à bientôt|sincères salutations"
    r"|un saludo|saludos(?: cordiales)?|atentamente|un abrazo|un cordial saludo)[ \t]*[,.!]?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*\n?", re.MULTILINE)
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
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


def extract(text: str) -> Extracted:
    """Given a message's plain text (HTML already converted), returns the employer's own words.

    Quoted replies (">" lines, "On … wrote:", Outlook header blocks) are dropped; a forward
    with no note of its own yields the forwarded text; the signature is split off.
    """
    removed: list[str] = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        removed.append("text:truncated")
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    forward = _FORWARD_HEADER.search(text)
    if forward is not None:
        own = text[: forward.start()]
        if _letters(own) < 40:
            rest = text[forward.end():]
            # Skip the forwarded header block (From:/Date:/Subject: …) to reach its body.
            while (line := _HEADER_LINE.match(rest)) is not None:
                rest = rest[line.end():]
            text = rest
            removed.append("text:forwarded")
        else:
            text = own
            removed.append("text:forward-dropped")
    reply = _REPLY_HEADER.search(text)
    if reply is not None and _letters(text[: reply.start()]) >= 3:
        text = text[: reply.start()]
        removed.append("text:quoted-reply")
    if ">" in text:
        unquoted = _QUOTED_LINE.sub("", text)
        if len(unquoted) != len(text):
            removed.append("text:quote-lines")
            text = unquoted
    body, signature = _split_signature(text)
    return Extracted(_BLANKS.sub("\n\n", body).strip(), signature.strip(), tuple(removed))


def _split_signature(text: str) -> tuple[str, str]:
    dashes = _last(_SIG_DASHES, text)
    if dashes is not None and text.count("\n", dashes.end()) <= _SIGNATURE_MAX_LINES:
        return text[: dashes.start()], text[dashes.end():]
    signoff = _last(_SIGNOFF, text)
    if signoff is not None:
        tail = text[signoff.end():]
        if tail.count("\n") <= _SIGNATURE_MAX_LINES + 3 and _letters(text[: signoff.start()]) > 0:
            return text[: signoff.start()], tail
    return text, ""


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007  (the loop is how to reach the last match)
        pass
    return found
