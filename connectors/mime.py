"""RFC 5322 / MIME bytes to normalised values and back, with the stdlib email package only.

Every reader here is total: bad input gives what could be read plus `problems`, never an
exception, because one broken message must not stop a mailbox scan.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email import policy as email_policy
from email.header import decode_header, make_header
from email.headerregistry import Address, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser, BytesParser
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime

from afterview.connectors.base import (
    OWNER,
    Draft,
    Folder,
    MailMessage,
    MessageHeader,
    Person,
    StoredDraft,
    draft_fingerprint,
)
from afterview.connectors.mime_html import html_to_text

__all__ = [
    "KEPT_HEADERS",
    "MAX_HEADER_BYTES",
    "MAX_TEXT_CHARS",
    "header_block",
    "html_to_text",
    "parse_headers",
    "parse_message",
    "render_draft",
    "stored_draft_from_bytes",
]

KEPT_HEADERS = (
    "auto-submitted", "precedence", "list-id", "list-unsubscribe", "x-autoreply", "x-autorespond",
    "x-auto-response-suppress", "return-path", "x-mailer", "x-afterview-owner", "x-afterview-key",
    "x-afterview-app", "content-type",
)
MAX_TEXT_CHARS = 2 * 1024 * 1024
MAX_HEADER_BYTES = 256 * 1024
# Enough raw bytes for MAX_TEXT_CHARS of text in any transfer encoding plus some structure;
# beyond it the message is cut before parsing so memory stays bounded.
MAX_RAW_BYTES = 2 * MAX_TEXT_CHARS
SYNTHETIC_DOMAIN = "afterview.synthetic"



class _OneClassPerKind(HeaderRegistry):
    """The stdlib registry, but each header class is built once, not once per header read.

    HeaderRegistry.__getitem__ creates a new class with type() on every lookup, which was a
    third of the cost of reading a message. The cache is keyed by header kind (a few dozen),
    never by name, so hostile header names cannot grow it.
    """

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[type, type] = {}

    def __getitem__(self, name: str) -> type:
        cls = self.registry.get(name.lower(), self.default_class)
        made = self._made.get(cls)
        if made is None:
            made = self._made[cls] = type("_" + cls.__name__, (cls, self.base_class), {})
        return made


class _RecallingPolicy(email_policy.EmailPolicy):
    """email.policy.default, but a header value read again is not parsed again.

    The feed parser and get_body() ask each part for its Content-Type a dozen times, and the modern
    policy parses the value anew on each ask: that was half the cost of reading a message. Header
    objects are immutable and the parse is a pure function of (name, value), so a small table of
    short values hands back the object parsed the first time, for a fraction of the cost.
    """

    def header_fetch_parse(self, name: str, value: str) -> str:
        if hasattr(value, "name") or len(value) > _RECALL_MAX_CHARS:
            return super().header_fetch_parse(name, value)  # type: ignore[no-any-return]
        key = (name, value)
        found = _RECALLED.get(key)
        if found is None:
            if len(_RECALLED) >= _RECALL_ENTRIES:
                _RECALLED.clear()  # bounded: a hostile mailbox cannot grow it
            found = _RECALLED[key] = super().header_fetch_parse(name, value)
        return found


_RECALL_MAX_CHARS = 512
_RECALL_ENTRIES = 1024
_RECALLED: dict[tuple[str, str], str] = {}
# email.policy.default with the cached registry and recalled values: same parsing, same results, less time.
_MODERN = _RecallingPolicy(header_factory=_OneClassPerKind())
# Plain ASCII without encoded words: the modern parser returns an unstructured value unchanged
# (line breaks removed), and a single plain address the same name and address as below. Both
# checked against the modern parser by property tests; anything else takes the modern parser.
_PLAIN = re.compile(r"[\t\r\n\x20-\x7e]*\Z")
_LINESEP = re.compile(r"\r|\n")
_DOT_ATOM = r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_SIMPLE_ADDRESS = re.compile(
    rf"[ \t]*(?:([A-Za-z0-9 \t'_-]*?)[ \t]*<({_DOT_ATOM})>|({_DOT_ATOM}))[ \t]*\Z"
)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BRACKETED = re.compile(r"<([^<>\s]+)>")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


# ---------------------------------------------------------------- headers


def header_block(data: bytes) -> bytes:
    """Given message bytes (or a prefix), returns the header block up to and including the blank line."""
    if data.startswith((b"\n", b"\r\n")):
        return b""
    found = _BLANK_LINE.search(data, 0, MAX_HEADER_BYTES + 4)
    return data[: found.end()] if found else data[:MAX_HEADER_BYTES]


def _unfold(value: str) -> str:
    return _FOLD.sub("", value).replace("\r", " ").replace("\n", " ").strip()


def _decode_words(raw: str) -> str:
    try:
        return str(make_header(decode_header(raw)))
    except Exception:  # bad encoded words or charsets: show what is there
        return raw


def _unstructured(name: str) -> bool:
    registry = _MODERN.header_factory
    assert isinstance(registry, HeaderRegistry)
    return issubclass(registry.registry.get(name, registry.default_class), UnstructuredHeader)


class _Headers:
    """Reads header values through the modern policy, falling back to compat32 text per header.

    The block is parsed once (compat32); a modern header object is made only for the fields
    asked for, from the same raw value the modern parser would have stored.
    """

    def __init__(self, compat: Message) -> None:
        self.compat = compat
        self._first: dict[str, tuple[str, str]] = {}
        for key, value in compat.raw_items():
            self._first.setdefault(key.lower(), (key, value))

    def _modern(self, name: str) -> object | None:
        found = self._first.get(name)
        return None if found is None else _MODERN.header_fetch_parse(*found)

    def _plain(self, name: str) -> str | None:
        found = self._first.get(name)
        if found is None or not isinstance(found[1], str):
            return None
        value = found[1]
        return value if "=?" not in value and _PLAIN.match(value) else None

    def raw(self, name: str) -> str | None:
        value = self.compat.get(name)
        if value is None:
            return None
        return str(value) if not isinstance(value, str) else value

    def text(self, name: str) -> str | None:
        plain = self._plain(name) if _unstructured(name) else None
        if plain is not None:
            return _unfold(_LINESEP.sub("", plain))
        try:
            value = self._modern(name)
            if value is not None:
                return _unfold(str(value))
        except Exception:  # the modern header parser has edge cases that raise
            pass
        raw = self.raw(name)
        return None if raw is None else _unfold(_decode_words(_unfold(raw)))

    def people(self, name: str) -> tuple[Person, ...]:
        plain = self._plain(name)
        simple = _SIMPLE_ADDRESS.match(_LINESEP.sub("", plain)) if plain is not None else None
        if simple is not None:
            lone = simple.group(3)
            person = _person("", lone) if lone is not None else _person(simple.group(1), simple.group(2))
            return (person,) if person.email or person.name else ()
        try:
            value = self._modern(name)
            if value is None:
                return ()
            addresses = getattr(value, "addresses", None)
            if addresses is not None:
                found = tuple(_person(a.display_name, a.addr_spec) for a in addresses)
                return tuple(p for p in found if p.email or p.name)
        except Exception:  # fall back to the lenient compat32 address splitter below
            pass
        raws = self.compat.get_all(name) or []
        pairs = getaddresses([str(r) for r in raws])
        found = tuple(_person(_decode_words(n), a) for n, a in pairs)
        return tuple(p for p in found if p.email or p.name)


def _person(name: str | None, addr: str | None) -> Person:
    name = " ".join((name or "").split()) or None
    addr = (addr or "").strip().strip("<>").lower() or None
    if addr is not None and "@" not in addr and name is None:
        return Person(name=None, email=addr)
    return Person(name=name, email=addr)


def _one_id(raw: str | None) -> str | None:
    if not raw:
        return None
    match = _BRACKETED.search(raw)
    if match:
        return match.group(1)
    parts = raw.split()
    return parts[0].strip("<>") if parts else None


def _many_ids(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    found = _BRACKETED.findall(raw)
    if not found:
        found = [p.strip("<>") for p in raw.replace(",", " ").split() if p.strip("<>")]
    return tuple(dict.fromkeys(found))


def _date(raw: str | None, fallback: datetime | None) -> datetime:
    if raw:
        try:
            moment = parsedate_to_datetime(raw.strip())
            return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        except Exception:  # unparseable or out-of-range dates take the fallback
            pass
    if fallback is not None:
        return fallback if fallback.tzinfo is not None else fallback.replace(tzinfo=UTC)
    return datetime.now(UTC)


def _synthetic_id(hdrs: _Headers) -> str:
    parts = [hdrs.raw(name) or "" for name in ("from", "date", "subject", "to")]
    blob = json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogateescape")
    return f"{hashlib.sha256(blob).hexdigest()[:32]}@{SYNTHETIC_DOMAIN}"


def _header_from(
    hdrs: _Headers, *, ref: str, folder: Folder, fallback_date: datetime | None
) -> MessageHeader:
    senders = hdrs.people("from") or hdrs.people("sender")
    kept: dict[str, str] = {}
    for name in KEPT_HEADERS:
        value = hdrs.text(name)
        if value is not None:
            kept[name] = value
    return MessageHeader(
        ref=ref,
        message_id=_one_id(hdrs.raw("message-id")) or _synthetic_id(hdrs),
        folder=folder,
        date=_date(hdrs.raw("date"), fallback_date),
        sender=senders[0] if senders else Person(),
        subject=hdrs.text("subject") or "",
        to=hdrs.people("to"),
        cc=hdrs.people("cc"),
        reply_to=hdrs.people("reply-to"),
        in_reply_to=_one_id(hdrs.raw("in-reply-to")),
        references=_many_ids(hdrs.raw("references")),
        headers=kept,
    )


def parse_headers(
    data: bytes, *, ref: str, folder: Folder, fallback_date: datetime | None = None
) -> MessageHeader:
    """Given message bytes (the header block is enough), returns its MessageHeader; never raises.

    A missing or broken Date becomes `fallback_date` (default: now, UTC).
    """
    block = header_block(data)
    compat = BytesHeaderParser(policy=email_policy.compat32).parsebytes(block)
    return _header_from(_Headers(compat), ref=ref, folder=folder, fallback_date=fallback_date)


# ---------------------------------------------------------------- bodies


def _is_attachment(part: Message) -> bool:
    try:
        return str(part.get("content-disposition", "")).split(";")[0].strip().lower() == "attachment"
    except Exception:  # an unreadable disposition is treated as inline
        return False


def _text_parts(msg: Message) -> Iterable[Message]:
    for part in msg.walk():
        if part.is_multipart() or _is_attachment(part):
            continue
        if part.get_content_maintype() == "text":
            yield part


def _pick(msg: Message, subtype: str) -> Message | None:
    """Given a parsed message and "plain" or "html", returns its body part of that kind, or None."""
    if isinstance(msg, EmailMessage):
        try:
            found = msg.get_body(preferencelist=(subtype,))
        except Exception:  # get_body trips on odd structure; walk instead
            found = None
        else:
            if found is not None:
                return found
            # get_body found neither kind: the walk below decides, as for compat32 messages.
            try:
                other = msg.get_body(preferencelist=("html" if subtype == "plain" else "plain",))
            except Exception:
                other = None
            if other is not None:
                return None
    for part in _text_parts(msg):
        if part.get_content_subtype() == subtype:
            return part
    return None


def _decode_part(part: Message, problems: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload() or "").encode("utf-8", "surrogateescape")
    charset = (part.get_content_charset() or "us-ascii").strip().strip('"').lower()
    try:
        codecs.lookup(charset)
    except LookupError:
        problems.append(f"unknown charset {charset[:40]!r}; decoded as UTF-8 with replacements")
        return payload.decode("utf-8", errors="replace")
    try:
        return payload.decode(charset)
    except UnicodeDecodeError:
        pass
    # Mislabelled 8-bit text is nearly always UTF-8 in practice.
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"bytes invalid in charset {charset!r}; replaced")
        return payload.decode(charset, errors="replace")


def _truncate(text: str, problems: list[str]) -> str:
    if len(text) <= MAX_TEXT_CHARS:
        return text
    problems.append(f"body text truncated to {MAX_TEXT_CHARS} characters")
    return text[:MAX_TEXT_CHARS]


def _defects(msg: Message) -> list[str]:
    names: list[str] = []
    for part in msg.walk():
        names.extend(type(d).__name__ for d in getattr(part, "defects", ()))
    return sorted(set(names))


def _body(msg: Message, problems: list[str]) -> tuple[str, bool]:
    # The HTML part is looked up only when the plain one is missing or empty (most mail has plain text).
    plain = _pick(msg, "plain")
    if plain is not None:
        text = _truncate(_decode_part(plain, problems), problems)
        html = None if text.strip() else _pick(msg, "html")
        if html is None:
            return text, False
    else:
        html = _pick(msg, "html")
    if html is not None:
        markup = _truncate(_decode_part(html, problems), problems)
        return html_to_text(markup), True
    raw = msg.get_payload()
    if msg.get_content_maintype() == "multipart" and isinstance(raw, str) and raw.strip():
        # A multipart whose boundaries never match is still text a person could read.
        problems.append("MIME structure unreadable; body kept as raw text")
        text = raw.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")
        return _truncate(text, problems), False
    problems.append("no text part")
    return "", False


def _cut(data: bytes, problems: list[str]) -> bytes:
    if len(data) <= MAX_RAW_BYTES:
        return data
    problems.append(f"message larger than {MAX_RAW_BYTES} bytes: only its start was parsed")
    end = data.rfind(b"\n", 0, MAX_RAW_BYTES)
    return data[: end + 1 if end > 0 else MAX_RAW_BYTES]


def parse_message(
    data: bytes, *, ref: str = "", folder: Folder = "inbox", fallback_date: datetime | None = None,
    header: MessageHeader | None = None,
) -> MailMessage:
    """Given a whole message's bytes, returns it with its body as plain text; never raises.

    Broken MIME yields whatever text could be read, with one line per problem. `header`, when the
    caller already read it from these bytes with parse_headers, is kept instead of read again.
    """
    problems: list[str] = []
    if header is None:
        header = parse_headers(data, ref=ref, folder=folder, fallback_date=fallback_date)
    data = _cut(data, problems)
    text, is_html = "", False
    for label, mime_policy in (("modern", _MODERN), ("compat32", email_policy.compat32)):
        attempt: list[str] = []
        try:
            msg = BytesParser(policy=mime_policy).parsebytes(data)
            text, is_html = _body(msg, attempt)
        except Exception as exc:  # the modern policy chokes on some input; compat32 rarely does
            problems.append(f"MIME parser ({label}) failed: {type(exc).__name__}")
            continue
        problems.extend(attempt)
        defects = _defects(msg)
        if defects:
            problems.append("MIME defects: " + ", ".join(defects))
        break
    else:
        problems.append("unreadable MIME body")
    return MailMessage(header=header, text=text, html=is_html, problems=tuple(problems))


# ---------------------------------------------------------------- drafts


def _address(person: Person) -> Address | str:
    email = person.email or ""
    try:
        return Address(display_name=person.name or "", addr_spec=email)
    except Exception:  # odd addresses still get written, just without the structured form
        return formataddr((person.name or "", email))


def render_draft(draft: Draft, *, date: datetime, message_id: str | None = None) -> bytes:
    """Given a draft and its Date, returns an RFC 5322 UTF-8 message with "\\n" line ends, owner-tagged.

    `message_id` overrides the key-derived one, so an update keeps the stored draft's Message-ID.
    """
    msg = EmailMessage(policy=email_policy.default)
    msg["From"] = _address(draft.sender)
    recipients = [_address(p) for p in draft.to if p.email]
    if recipients:
        msg["To"] = recipients
    msg["Subject"] = draft.subject.replace("\r", " ").replace("\n", " ")
    msg["Date"] = format_datetime(date if date.tzinfo is not None else date.replace(tzinfo=UTC))
    msg["Message-ID"] = f"<{message_id or draft.message_id}>"
    if draft.in_reply_to:
        msg["In-Reply-To"] = f"<{draft.in_reply_to}>"
    refs = tuple(draft.references) or ((draft.in_reply_to,) if draft.in_reply_to else ())
    if refs:
        msg["References"] = " ".join(f"<{r}>" for r in refs)
    msg["MIME-Version"] = "1.0"
    msg["X-Afterview-Owner"] = OWNER
    msg["X-Afterview-Key"] = draft.key
    msg["X-Afterview-App"] = draft.app_id
    body = draft.body if draft.body.endswith("\n") else draft.body + "\n"
    msg.set_content(body, subtype="plain", charset="utf-8")
    # Folded at the RFC 5322 limit only: the stdlib folds a long non-ASCII value into encoded words with the
    # whitespace between them, which decoding drops ("a  b" came back "ab"), and the key must come back exact.
    return msg.as_bytes(policy=email_policy.default.clone(linesep="\n", max_line_length=998))


def stored_draft_from_bytes(data: bytes, *, ref: str) -> StoredDraft | None:
    """Given a message file's bytes, returns the owned draft it holds; None if afterview does not own it."""
    header = parse_headers(data, ref=ref, folder="inbox", fallback_date=datetime.fromtimestamp(0, UTC))
    if header.headers.get("x-afterview-owner", "").strip().lower() != OWNER:
        return None
    key = header.headers.get("x-afterview-key", "").strip()
    if not key:
        return None
    message = parse_message(data, ref=ref)
    fingerprint = draft_fingerprint(
        header.subject, [p.email for p in header.to if p.email], message.text
    )
    return StoredDraft(
        key=key,
        ref=ref,
        message_id=header.message_id,
        fingerprint=fingerprint,
        app_id=header.headers.get("x-afterview-app", "").strip(),
    )
