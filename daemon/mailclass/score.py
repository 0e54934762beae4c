"""Turns cue hits and header signals into one label, a confidence and short reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from afterview.daemon.mailclass.cues import Hit
from afterview.daemon.verdicts import MAIL_LABELS, MailLabel

# Ties go to the label earlier here: a confirmation of the user's own withdrawal or an
# interviewer's mail beats everything, and a stop signal beats a mere status update.
_PRIORITY: tuple[MailLabel, ...] = (
    "other", "auto_reply", "rejection", "offer", "pending", "next_step", "acknowledgement",
)
_MAX_HITS_PER_FAMILY = 2
_MIN_SCORE = 2.0
_NEGATED_WEIGHT = 2.0
_SMOOTHING = 0.45
# A stop label needs one strong cue: "unfortunately" plus "future roles" in a data-retention notice is no "no".
_STOP_LABELS: tuple[MailLabel, ...] = ("rejection", "offer")


@dataclass(frozen=True)
class Signal:
    """A vote that does not come from the text: a header, the subject line, the sender."""

    label: MailLabel
    weight: float
    reason: str


def _quote(text: str) -> str:
    return "'" + " ".join(text.split())[:70] + "'"


def decide(hits: Sequence[Hit], signals: Sequence[Signal]) -> tuple[MailLabel, float, list[str]]:
    """Given cue hits and other signals, returns (label, confidence 0..1, reasons)."""
    label, confidence, reasons, _scores = decide_scores(hits, signals)
    return label, confidence, reasons


def decide_scores(
    hits: Sequence[Hit], signals: Sequence[Signal]
) -> tuple[MailLabel, float, list[str], dict[MailLabel, float]]:
    """Given cue hits and other signals, returns (label, confidence 0..1, reasons, score per label)."""
    scores: dict[MailLabel, float] = dict.fromkeys(MAIL_LABELS, 0.0)
    strong: set[MailLabel] = {signal.label for signal in signals}
    reasons: list[str] = []
    per_family: dict[str, int] = {}
    for signal in signals:
        scores[signal.label] += signal.weight
        reasons.append(signal.reason)
    for hit in hits:
        family = hit.family
        if hit.cancelled is not None:
            reasons.append(f"{hit.cancelled}:{_quote(hit.text)}")
            if hit.cancelled == "to-another" and family.label == "offer":
                # The offer went to someone else: a no for the user, unless a wait list or backup says otherwise.
                scores["rejection"] += family.weight
                strong.add("rejection")
            continue
        if hit.negated:
            if family.negated_label is not None:
                vote = hit.vote or family.negated_label
                scores[vote] += _NEGATED_WEIGHT
                strong.add(vote)
                reasons.append(f"negated:{_quote(hit.text)}")
            elif family.weight >= _MIN_SCORE:
                reasons.append(f"negated:{_quote(hit.text)}")
            continue
        count = per_family.get(family.name, 0)
        if count >= _MAX_HITS_PER_FAMILY:
            continue
        per_family[family.name] = count + 1
        scores[family.label] += family.weight
        if family.weight >= _MIN_SCORE:
            strong.add(family.label)
            reasons.append(f"cue:{family.label}:{_quote(hit.text)}")
    for label in _STOP_LABELS:
        if label not in strong and scores[label] >= _MIN_SCORE:
            scores[label] = _MIN_SCORE - 0.5
            reasons.append(f"soft-only:{label}")
    # A stable sort of the labels in priority order: equal scores keep that order (reverse=True keeps it too).
    ranked = sorted(_PRIORITY, key=scores.__getitem__, reverse=True)
    top, second = ranked[0], ranked[1]
    if scores[top] < _MIN_SCORE:
        reasons.append("no-strong-cue")
        return "other", 0.5, reasons, scores
    # One clear stop cue (3.0) with nothing competing gives 3 / 3.45 = 0.87, above the 0.8 review line.
    confidence = scores[top] / (scores[top] + scores[second] + _SMOOTHING)
    return top, round(min(0.99, max(0.34, confidence)), 2), reasons, scores
