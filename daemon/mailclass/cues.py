"""Cue families (phrases that point to a label) for en/de/fr/es, with negation and scope.

All phrases of all families are precompiled once into small regexes keyed by the first
letters they can start with, so a message costs one pass over its word starts plus a few
anchored matches (see dispatch.py). A hit is cancelled (or redirected) when a negator or a
conditional ("if …", "wenn …") opens its clause, when it thanks for a meeting that already happened
("thank you for taking the time to interview"), when the offer goes "to another candidate", or when a
next-step call is offered only to share feedback ("happy to set up a call to walk you through the feedback")
(scope.py). A portal's one-line status ("Status: not selected", "offer extended") is a family of its own.
"""

from __future__ import annotations

from afterview.daemon.mailclass import frames, scope
from afterview.daemon.mailclass.dispatch import Scanner
from afterview.daemon.mailclass.family import Family, Hit
from afterview.daemon.mailclass.phrases_flow import (
    ACK,
    ACK_SOFT,
    ALERT,
    APPLICATION_TO_USER,
    HOLD,
    INTERVIEWER,
    NEWS,
    NEWS_SOFT,
    NEXT_SOFT,
    NEXT_STEP,
    NO_REPLY,
    OUT_OF_OFFICE,
    PENDING,
    PRESUMED_NO,
    WITHDRAWN,
)
from afterview.daemon.mailclass.phrases_stop import OFFER, OFFER_SOFT, REJECTION, REJECTION_SOFT, RESCIND
from afterview.daemon.verdicts import MailLabel

__all__ = ["FAMILIES", "Family", "Hit", "find_cues"]

# Compositional frames (frames.py): verb family x object family, per clause, in four languages.
CHOSE_ANOTHER = Family("chose-another", "rejection", 3.0, frames.CHOSE_ANOTHER + frames.CHOSE_ANOTHER_DE,
                       negatable=True, conditional=True, guard=frames.GAP_GUARD)
STOP_WITH_USER = Family("stop-with-user", "rejection", 3.0, frames.STOP_WITH_USER, conditional=True)
RESCIND_FRAMES = Family("rescind-frames", "rejection", 6.0, frames.RESCINDED)
OFFER_FRAMES = Family("offer-frames", "offer", 3.0, frames.OFFER_FRAMES, negatable=True,
                      negated_label="rejection", conditional=True, to_others=True, guard=frames.MEETING_GUARD,
                      guard_reason="a-meeting")
NEXT_FRAMES = Family("next-frames", "next_step", 2.0, frames.NEXT_FRAMES, negatable=True, conditional=True,
                     past=True)
PENDING_FRAMES = Family("pending-frames", "pending", 2.5, frames.PENDING_FRAMES)
HOLD_FRAMES = Family("hold-frames", "pending", 4.5, frames.HOLD_FRAMES)
ACK_FRAMES = Family("ack-frames", "acknowledgement", 2.0, frames.ACK_FRAMES)
ACK_SOFT_FRAMES = Family("ack-soft-frames", "acknowledgement", 1.0, frames.ACK_SOFT_FRAMES)
PORTAL_REJECTION = Family("portal-rejection", "rejection", 4.0, frames.PORTAL_REJECTION)
PORTAL_OFFER = Family("portal-offer", "offer", 4.0, frames.PORTAL_OFFER)
INTERVIEWER_FRAMES = Family("interviewer-frames", "other", 7.0, frames.INTERVIEWER_FRAMES)

FAMILIES: tuple[Family, ...] = (
    REJECTION, RESCIND, REJECTION_SOFT, OFFER, OFFER_SOFT, NEXT_STEP, NEXT_SOFT, PENDING, HOLD, ACK,
    ACK_SOFT, PRESUMED_NO, OUT_OF_OFFICE, NO_REPLY, ALERT, NEWS, NEWS_SOFT, WITHDRAWN, APPLICATION_TO_USER, INTERVIEWER,
    CHOSE_ANOTHER, STOP_WITH_USER,
    RESCIND_FRAMES, OFFER_FRAMES, NEXT_FRAMES, PENDING_FRAMES, HOLD_FRAMES, ACK_FRAMES, ACK_SOFT_FRAMES,
    INTERVIEWER_FRAMES, PORTAL_REJECTION, PORTAL_OFFER,
)

_SCANNER = Scanner([family.phrases for family in FAMILIES], [family.weight for family in FAMILIES], lead=True)


def find_cues(text: str) -> list[Hit]:
    """Given lower-cased employer text, returns every cue hit with its negation and scope applied."""
    hits: list[Hit] = []
    for index, start, end in _SCANNER.scan(text):
        family = FAMILIES[index]
        matched = text[start:end]
        is_negated = False
        cancelled = None
        vote: MailLabel | None = None
        if family.negatable or family.conditional or family.past:
            clause = scope.clause_before(text, start)
            # An offer phrase that holds its own "nicht"/"not" ("die Stelle nicht anbieten") is a negated offer.
            if family.negatable and (scope.negated(clause, matched) or (
                    family.negated_label is not None and scope.self_negated(matched))):
                is_negated = True
                if family.negated_label is not None and scope.revision(matched):
                    is_negated, cancelled = False, "negotiation"
                elif family.negated_label is not None and scope.not_yet(clause, text, end):
                    vote = "pending"
            elif family.conditional and scope.conditional(clause):
                cancelled = "conditional"
            elif family.past and scope.looks_back(clause):
                cancelled = "past"
        if family.label == "next_step" and cancelled is None and scope.feedback_call(text, start, end):
            cancelled = "feedback-call"
        if family.label == "rejection" and cancelled is None and not is_negated and scope.about_a_class(text, start):
            cancelled = "said-of-others"
        if family.to_others and cancelled is None:
            cancelled = scope.goes_to_others(text, end)
        if family.guard is not None and cancelled is None and family.guard.search(matched) is not None:
            cancelled = family.guard_reason
        hits.append(Hit(family, matched, start, is_negated, cancelled, vote))
    return hits
