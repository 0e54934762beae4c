"""Classifies employer mail: rejection, offer, next step, pending, acknowledgement, auto-reply or other.

`classify_message` is pure and fast: it extracts what the employer wrote (text.py), guesses the
language (lang.py), finds cue phrases with negation and scope (cues.py), scores them with the
header signals (score.py), lets a small learned model (model.py, features.py) rescue, break ties and
temper what the rules decided (combine.py), and reads the promised decision date (dates.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from afterview.connectors.base import MailMessage
from afterview.daemon.mailclass.combine import combine
from afterview.daemon.mailclass.cues import find_cues
from afterview.daemon.mailclass.dates import find_decision_date
from afterview.daemon.mailclass.entities import find_company, find_role
from afterview.daemon.mailclass.lang import guess_language
from afterview.daemon.mailclass.model import MailModel, default_model
from afterview.daemon.mailclass.score import Signal, decide_scores
from afterview.daemon.mailclass.text import extract
from afterview.daemon.verdicts import MailVerdict

__all__ = ["classify_bytes", "classify_message", "model_text"]

# Labels for which a promised date means "an answer is still to come".
_DATED_LABELS = frozenset({"pending", "acknowledgement", "next_step"})
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|auto(?:matic)?[-\s]?(?:reply|response)|autoreply|auto:|out\s+of\s+(?:the\s+)?office"
    r"|away:|ooo\b|abwesenheitsnotiz|automatische\s+antwort|abwesend:|réponse\s+automatique|absente?(?:\(e\))?\s*:"
    r"|absence\s+du\s+bureau|respuesta\s+automática|fuera\s+de\s+la\s+oficina|ausente:)",
    re.IGNORECASE,
)
# A reply's subject is the other side's ("Re: Thank you — Senior Data Engineer interview"): no cues there.
_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|antw|sv|vs|wg|fwd?|tr|rv|rif|r)\s?(?:\[\d+\])?\s?:\s*)+",
                            re.IGNORECASE)
# Senders that are not people: their display name is no signature line.
_ROLE_NAMES = re.compile(r"(?:no-?reply|team|talent|careers?|recruit|jobs|hr\b|people|notification|karriere|équipe"
                         r"|equipo|personal)", re.IGNORECASE)
_MIN_NAME = 3
_PROMISE_ONLY_CONFIDENCE = 0.7
_LETTER = re.compile(r"[^\W\d_]")
_EIGHT_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){7}")
_MAX_PROBLEM_REASONS = 2


def _header_signals(msg: MailMessage, me: Sequence[str]) -> list[Signal]:
    header = msg.header
    # Names are matched case-blind; only the two values read are lower-cased (a message has dozens of headers).
    headers = {k.lower(): v for k, v in header.headers.items()}
    signals: list[Signal] = []
    auto = headers.get("auto-submitted", "").lower()
    precedence = headers.get("precedence", "").lower()
    if auto.startswith("auto-replied"):
        signals.append(Signal("auto_reply", 5.0, "header:auto-submitted"))
    if "x-autoreply" in headers or "x-autorespond" in headers:
        signals.append(Signal("auto_reply", 5.0, "header:x-autoreply"))
    if precedence == "auto_reply":
        signals.append(Signal("auto_reply", 4.0, "header:precedence-auto-reply"))
    if "x-auto-response-suppress" in headers and not auto:
        signals.append(Signal("auto_reply", 1.0, "header:x-auto-response-suppress"))
    if "list-unsubscribe" in headers or "list-id" in headers or precedence in {"bulk", "list"}:
        signals.append(Signal("other", 3.0, "header:bulk"))
    if _AUTO_SUBJECT.match(header.subject):
        signals.append(Signal("auto_reply", 4.0, "subject:auto-reply"))
    if me and header.sender.email and header.sender.email.lower() in {address.lower() for address in me}:
        signals.append(Signal("other", 50.0, "header:from-me"))
    return signals


def _sender_names(msg: MailMessage) -> tuple[str, ...]:
    """Given a message, returns the display names of the people who sent it (for the signature cut)."""
    names: list[str] = []
    for person in (msg.header.sender, *msg.header.reply_to):
        name = (person.name or "").strip().strip('"')
        if len(name) >= _MIN_NAME and not _ROLE_NAMES.search(name) and "@" not in name:
            names.append(name)
            first = name.split()[0]
            if len(first) >= _MIN_NAME and first != name:
                names.append(first + " ")
                names.append(first + "\n")
    return tuple(names)


_RULES_ONLY = "rules"


def classify_message(
    msg: MailMessage, *, me: Sequence[str] = (), as_of: date | None = None, model: MailModel | str | None = None
) -> MailVerdict:
    """Given a message (and the user's own addresses), returns its label, confidence, decision date, reasons.

    `model`: None uses the shipped model (rules only if it cannot be loaded), "rules" uses none, or a
    MailModel (the training script's cross-validation). Pure and never raises: unreadable or empty input
    gives `other` with a reason.
    """
    chosen = default_model() if model is None else None if model == _RULES_ONLY else model
    try:
        return _classify(msg, me, as_of, chosen if isinstance(chosen, MailModel) else None)
    except Exception as exc:  # a classifier bug must not stop the daemon: say so in the reasons
        return MailVerdict("other", 0.3, None, (f"error:{type(exc).__name__}",))


def _prepare(msg: MailMessage, reasons: list[str]) -> tuple[str, str, str] | None:
    """Given a message, returns (body, signature, lower-cased subject + body), or None when it has no words."""
    extracted = extract(msg.text, lambda: _sender_names(msg))
    reasons.extend(extracted.removed)
    body = extracted.body
    if _EIGHT_LETTERS.search(body, 0, 400) is None:
        if not _LETTER.search(msg.header.subject):
            return None
        if not body:
            reasons.append("empty-body")
    subject = msg.header.subject
    if _REPLY_SUBJECT.match(subject):
        subject = ""
        reasons.append("subject:reply")
    return body, extracted.signature, (subject + ".\n" + body).lower().replace("’", "'")


def model_text(msg: MailMessage) -> str:
    """Given a message, returns the text the model reads: the employer's words and a non-reply subject."""
    prepared = _prepare(msg, [])
    return "" if prepared is None else prepared[2]


def _classify(msg: MailMessage, me: Sequence[str], as_of: date | None, model: MailModel | None) -> MailVerdict:
    header = msg.header
    reasons = [f"mime:{problem[:60]}" for problem in msg.problems[:_MAX_PROBLEM_REASONS]]
    prepared = _prepare(msg, reasons)
    if prepared is None:
        return MailVerdict("other", 0.9, None, (*reasons, "empty"))
    body, signature, lowered = prepared
    lang = guess_language(lowered)
    reasons.append(f"lang:{lang}")
    label, confidence, why, scores = decide_scores(find_cues(lowered), _header_signals(msg, me))
    reasons.extend(why)
    no_cue = label == "other" and "no-strong-cue" in why
    if model is not None:
        label, confidence, said = combine(label, confidence, why, scores, lambda: model.predict(lowered))
        reasons.extend(said)
    decision: date | None = None
    if label in _DATED_LABELS or label == "rejection" or no_cue:
        text = body.lower().replace("’", "'")
        day = as_of or header.date.date()
        # A rejection promises only feedback by a date. Any other answer promised by a date means none has been
        # given yet: a stop label the model alone read into mail without a strong cue gives way to it.
        found = find_decision_date(text, day, feedback_only=label == "rejection")
        promise_only = found is None and no_cue and label == "rejection"
        if promise_only:
            found = find_decision_date(text, day)
        promise_only = found is not None and no_cue and (promise_only or label in {"other", "offer"})
        if found is not None:
            decision = found[0]
            reasons.append(f"date:{found[1]!r}")
        if promise_only:
            # Nothing else said, but an answer is promised by a date: the application is pending,
            # or just acknowledged when the only other words thank for it ("danke für deine Bewerbung").
            label = "acknowledgement" if scores["acknowledgement"] > scores["pending"] else "pending"
            confidence = _PROMISE_ONLY_CONFIDENCE
            reasons.append("promise-only")
    return MailVerdict(
        label=label,
        confidence=confidence,
        decision_date=decision,
        reasons=tuple(reasons),
        company=find_company(header, body, signature),
        role=find_role(header.subject, body),
    )


def classify_bytes(data: bytes, *, me: Sequence[str] = (), as_of: date | None = None) -> MailVerdict:
    """Given a raw RFC 5322 message, returns its verdict; broken MIME gives `other` with a reason."""
    from afterview.connectors.mime import parse_message

    try:
        msg = parse_message(data)
    except Exception as exc:  # parse_message promises not to raise; stay safe if it does
        return MailVerdict("other", 0.3, None, (f"unparseable:{type(exc).__name__}",))
    return classify_message(msg, me=me, as_of=as_of)
