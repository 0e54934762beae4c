"""What the classifiers conclude: the values passed from classification to the engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

MailLabel = Literal[
    "rejection", "offer", "next_step", "pending", "acknowledgement", "auto_reply", "other"
]
MAIL_LABELS: tuple[MailLabel, ...] = (
    "rejection", "offer", "next_step", "pending", "acknowledgement", "auto_reply", "other",
)
Stage = Literal["recruiter_screen", "technical", "hiring_manager", "onsite", "final"]


@dataclass(frozen=True)
class MailVerdict:
    """Given one message: its label, how sure (0..1), the promised decision date, and why.

    `company`/`role` are what the message itself names (never an ATS brand), for attribution.
    """

    label: MailLabel
    confidence: float
    decision_date: date | None = None
    reasons: tuple[str, ...] = ()
    company: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Interviewer:
    """A person the user meets in an interview, as far as the event tells."""

    name: str | None = None
    email: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class EventVerdict:
    """Given one calendar event: is it the user's own job interview, and what it is about."""

    uid: str
    is_interview: bool
    confidence: float
    company: str | None = None
    role: str | None = None
    stage: Stage | None = None
    interviewers: tuple[Interviewer, ...] = ()
    reasons: tuple[str, ...] = ()
