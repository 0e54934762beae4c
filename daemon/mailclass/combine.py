"""Combines the rules' decision with the learned model's probabilities, explainably.

The rules stay in charge; the model may (1) rescue employer mail the rules call `other` for want of a
strong cue (a stop label only under the review line), (2) break a near tie between the rules' two best
labels, (3) overrule a non-stop label the rules read from one weak cue when it is sure of another label (a
stop label only under the review line), (4) veto an offer, or a rejection read only from an offer to someone
else, that it finds near impossible while sure of a non-stop label, and (5) lower the confidence of a stop
label it doubts, so that it goes to `afterview review` and the reminders stay. Header verdicts (auto-reply,
bulk, the user's own mail) and the rules' strong `other` (the user as interviewer, job alerts, withdrawals)
are never overridden. Every change adds a reason such as "model: rejection 0.91". The thresholds were chosen
on mail neither side had seen (scripts/train_mail_model.py --blind: four recorded blind runs, 834 messages)
with the model's calibrated (temperature-scaled) probabilities, and checked leave-one-split-out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from afterview.daemon.verdicts import MailLabel

_STOP: frozenset[MailLabel] = frozenset({"rejection", "offer"})
# The model's catch-all labels: it may rescue into them, never overrule a rule's cue with them.
_QUIET: frozenset[MailLabel] = frozenset({"other", "auto_reply"})
# Rescue of a no-strong-cue `other`: the model must be this sure. A stop label needs more, and even
# then is given a confidence under the review line (0.8): the model alone never stops reminders.
RESCUE = 0.45
RESCUE_STOP = 0.8
# When the rules' own weak cues point where the model points, less is needed (never for a rejection: soft
# rejection words, "unfortunately", are the classic trap).
AGREE = 0.3
_REVIEW_CONFIDENCE = 0.65
# The rules' two best labels count as tied when their scores are this close (one weak cue apart).
TIE_MARGIN = 1.0
# A stop label the model gives less than DOUBT is sent to review. An offer it gives less than VETO, while it
# gives a non-stop label SURE or more, becomes that label (the rules' offers are their least precise label:
# "offer" in disclaimers, in mail to an interviewer); a rejection cue of its own is never vetoed (their
# rejections are precise, and a vetoed true one was seen in cross-validation).
# The veto may also turn an offer into a rejection (under the review line): a rescinded offer.
DOUBT = 0.15
VETO = 0.1
SURE = 0.95
# A stop label the rules give this confidence or more (strong cues agreeing, none competing) is not put to
# the model: no rule error on mail it had not seen reached it (at 0.9 one wrong offer the rules acted on did,
# an interviewer's "extend the offer"), and skipping the model keeps the speed target.
SETTLED = 0.95
# A non-stop label the rules give less than OVERRULE_BELOW (one cue, or cues that compete) is put to the model too:
# when the model gives its own label OVERRULE or more (a stop label: OVERRULE_STOP) and the rules' label less than
# AGAINST, the model's label wins - a stop label only under the review line. A new author's "we'd like to set up a
# short call" above "we have decided to move forward with another finalist" is the rules' next step, not theirs.
# The rules' `other` is never overruled: its strong cues are the traps ("the offer goes out to Priya").
OVERRULE_BELOW = 0.83
OVERRULE = 0.9
OVERRULE_STOP = 0.9
AGAINST = 0.1
# A rule rejection read only from an offer that went to someone else ("we made an offer to another candidate"), which
# the model finds near impossible (under VETO_REJECTION) while it is REJECTION_SURE of a non-stop label, becomes that
# label: the user may be on the reserve list. A rejection cue of its own is never vetoed, only doubted.
VETO_REJECTION = 0.1
REJECTION_SURE = 0.8
# With fewer known features than this (a few words) the probabilities are mostly the prior: abstain. Stems give
# a new author's terse one-liners ("leider nein, sorry") enough known features to be read (20 -> 10: +16 right
# on train7-9 before they were trained on).
MIN_EVIDENCE = 10
_HARD_REASONS = ("header:", "subject:auto-reply")


def _only_to_another(why: Sequence[str]) -> bool:
    """Given the rules' reasons, returns whether their rejection rests only on an offer made to someone else."""
    return any(reason.startswith("to-another:") for reason in why) and not any(
        reason.startswith("cue:rejection:") for reason in why)


def _say(label: str, p: float) -> str:
    return f"model: {label} {p:.2f}"


def combine(
    label: MailLabel,
    confidence: float,
    why: Sequence[str],
    scores: Mapping[MailLabel, float],
    model: Callable[[], tuple[Mapping[MailLabel, float], int]],
) -> tuple[MailLabel, float, list[str]]:
    """Given the rules' label, confidence, reasons and scores and the model (called only when it can change
    something: it costs as much as a third of the rules) giving (probabilities, known features), returns
    (label, confidence, reasons to add)."""
    rescue = label == "other" and "no-strong-cue" in why
    # Only the two best scores matter for a tie: sort the bare values (cheap), not the labels.
    values = sorted(scores.values())
    tied = scores[label] == values[-1] and values[-1] - values[-2] < TIE_MARGIN and values[-2] > 0
    overrule = label not in _STOP and label != "other" and confidence < OVERRULE_BELOW
    if not (rescue or tied or overrule or (label in _STOP and confidence < SETTLED)):
        return label, confidence, []
    if any(reason.startswith(_HARD_REASONS) for reason in why):
        return label, confidence, []
    probabilities, evidence = model()
    if evidence < MIN_EVIDENCE:
        return label, confidence, [f"model: abstains ({evidence} known words)"]
    best = max(probabilities, key=lambda key: probabilities[key])
    p_best = probabilities[best]
    if rescue:
        if best in {"other", "auto_reply"}:
            return label, confidence, [_say(best, p_best)]
        weak = max((key for key in scores if key not in {"other", "auto_reply"}), key=lambda key: scores[key])
        if weak == best and scores[weak] > 0 and best != "rejection" and p_best >= AGREE:
            sure = _REVIEW_CONFIDENCE if best in _STOP else round(min(p_best, 0.9), 2)
            return best, sure, [_say(best, p_best), "model-rescue:weak-cue-agrees"]
        if best in _STOP:
            if p_best >= RESCUE_STOP:
                return best, _REVIEW_CONFIDENCE, [_say(best, p_best), "model-rescue:review"]
            return label, confidence, [_say(best, p_best)]
        if p_best >= RESCUE:
            return best, round(min(p_best, 0.9), 2), [_say(best, p_best), "model-rescue"]
        return label, confidence, [_say(best, p_best)]
    if tied:
        second = max((key for key in scores if key != label), key=lambda key: scores[key])
        pick = label if probabilities[label] >= probabilities[second] else second
        if pick != label and not (pick in _STOP and label not in _STOP):
            return pick, round(max(0.5, min(0.79, probabilities[pick])), 2), [
                _say(pick, probabilities[pick]), "model-tie-break"]
    p_label = probabilities[label]
    if (overrule and best != label and best not in _QUIET and p_label < AGAINST
            and p_best >= (OVERRULE_STOP if best in _STOP else OVERRULE)):
        sure = _REVIEW_CONFIDENCE if best in _STOP else round(min(p_best, 0.9), 2)
        return best, sure, [_say(best, p_best), f"model-overrule:{label}"]
    if (label == "rejection" and p_label < VETO_REJECTION and best not in _STOP and p_best >= REJECTION_SURE
            and _only_to_another(why)):
        return best, round(min(p_best, 0.9), 2), [_say(best, p_best), f"model-veto:{label}"]
    if label == "offer" and p_label < VETO and p_best >= SURE:
        # A rescinded or withdrawn offer ("das Vertragsangebot ziehen wir zurück") is a rejection: under review.
        sure = _REVIEW_CONFIDENCE if best in _STOP else round(min(p_best, 0.9), 2)
        return best, sure, [_say(best, p_best), f"model-veto:{label}"]
    if label in _STOP and p_label < DOUBT:
        return label, min(confidence, _REVIEW_CONFIDENCE), [_say(best, p_best), "model-doubt:review"]
    return label, confidence, [_say(label, p_label)]
