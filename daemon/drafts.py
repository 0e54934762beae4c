"""The words of every draft afterview writes, in English, following the seed articles' advice.

Short, specific, personal, grateful, professional. Phrasings are picked from a hash of
(recipient, company, role) — never at random — so each interviewer gets a visibly
different note and the same facts always give the same text. When nothing specific is
known, a bracketed line asks the user to add it, so a form letter is never sent unread.

Subjects here are for a new thread; when answering a message, use `reply_subject`.
Tickler texts live in drafts_ticklers and are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.daemon.drafts_base import (
    Composed,
    DraftFacts,
    day_words,
    discussed_placeholder,
    followup_count,
    interview_label,
    meeting_noun,
    on_day,
    org,
    paragraphs,
    pick,
    pick_index,
    position_label,
    role_phrase,
    salutation,
    signature,
    team,
    team_possessive,
    usable_topics,
    variant_seed,
    with_label,
)
from afterview.daemon.drafts_ticklers import (
    tickler_brief_references,
    tickler_follow_up,
    tickler_move_on,
    tickler_reply,
    tickler_thank_you,
)

__all__ = [
    "Composed",
    "DraftFacts",
    "follow_up",
    "offer_reply",
    "rejection_reply",
    "reply_subject",
    "thank_you",
    "thank_you_notes",
    "tickler_brief_references",
    "tickler_follow_up",
    "tickler_move_on",
    "tickler_reply",
    "tickler_thank_you",
    "withdrawal",
]

# Slots of variant_seed: each independent choice reads its own bytes of the hash.
(_SLOT_GREETING, _SLOT_OPENING, _SLOT_TOPIC, _SLOT_INTEREST, _SLOT_CLOSING, _SLOT_SIGN,
 _SLOT_SUBJECT) = range(7)

_SIGN_OFFS = ("Best regards,", "Kind regards,", "With thanks,", "Warm regards,")

_OPENINGS = (
    "Thank you for taking the time to speak with me{when} about {role}.",
    "Thank you for the {meeting}{when} about {role} — I really appreciated the chance to learn more.",
    "Many thanks for speaking with me{when} about {role}.",
    "I appreciated your time{when} and the chance to talk about {role}.",
    "Thank you again for our {meeting}{when} about {role}.",
)
_TOPIC_LINES = (
    "I especially enjoyed our conversation about {topic}.",
    "Our discussion of {topic} stayed with me afterwards.",
    "I particularly valued hearing your thoughts on {topic}.",
    "Talking about {topic} was a highlight for me.",
)
_INTEREST_LINES = (
    "Our conversation confirmed my enthusiasm for the role. I would be glad to bring my experience to "
    "{team}, and I am confident I could make a real contribution.",
    "I left even more excited about the opportunity and about contributing to {team_pos} work; the role "
    "is a strong match for what I do best and what I want to do next.",
    "The conversation made me even more interested in joining {team}, and I am confident my experience "
    "would let me contribute from the start.",
    "I am very interested in this role and would welcome the chance to join {team} — it is exactly the "
    "kind of work I hope to do next.",
)
_CLOSINGS = (
    "Please let me know if I can provide anything else that would help in the meantime.",
    "If any further questions come up about my experience, I would be happy to answer them.",
    "I look forward to hearing about the next steps, and thank you again for your time.",
    "Thank you again for your time and consideration; I look forward to staying in touch.",
)


def _greeting(f: DraftFacts, seed: bytes) -> str:
    return salutation(f, formal=pick(seed, _SLOT_GREETING, (True, False)))


def _sign(f: DraftFacts, seed: bytes) -> str:
    return signature(pick(seed, _SLOT_SIGN, _SIGN_OFFS), f.user_name)


def _thank_you(f: DraftFacts, opening: int) -> Composed:
    seed = variant_seed(f)
    when = on_day(f.interview_date, mid=True)
    first = _OPENINGS[opening].format(when=when, role=role_phrase(f), meeting=meeting_noun(f))
    phrases, notes = usable_topics(f)
    if phrases:
        specific = pick(seed, _SLOT_TOPIC, _TOPIC_LINES).format(topic=phrases[0])
        if len(phrases) > 1:
            specific += f" I also appreciated hearing about {phrases[1]}."
    elif notes:
        specific = f"[Say what you discussed — your note: {notes[0]}]"
    else:
        specific = discussed_placeholder(f)
    title = " ".join((f.recipient_title or "").split())
    if title and len(phrases) < 2:
        specific += f" It was especially helpful to hear your perspective as {title}."
    interest = pick(seed, _SLOT_INTEREST, _INTEREST_LINES).format(
        team=team(f), team_pos=team_possessive(f)
    )
    closing = pick(seed, _SLOT_CLOSING, _CLOSINGS)
    body = paragraphs(_greeting(f, seed), f"{first} {specific}", f"{interest} {closing}", _sign(f, seed))
    stem = pick(seed, _SLOT_SUBJECT, ("Thank you", "Thanks for your time"))
    subject = with_label(stem, interview_label(f), "Thank you for your time")
    return Composed(subject=subject, body=body)


def thank_you(f: DraftFacts) -> Composed:
    """Given the facts about one interviewer, returns a personal thank-you note (about 80-150 words).

    Names a topic from the user's notes, or leaves "[Add one thing you discussed with …]".
    """
    return _thank_you(f, pick_index(variant_seed(f), _SLOT_OPENING, len(_OPENINGS)))


def thank_you_notes(panel: Sequence[DraftFacts]) -> list[Composed]:
    """Given one DraftFacts per interviewer of the same interview, returns their notes in that order.

    Like `thank_you`, but no two notes open with the same sentence (for panels of up to five):
    the person whose hash comes first keeps their phrasing, later ones move to a free one.
    """
    order = sorted(range(len(panel)), key=lambda i: (variant_seed(panel[i]), i))
    taken: set[int] = set()
    chosen: dict[int, int] = {}
    for i in order:
        want = pick_index(variant_seed(panel[i]), _SLOT_OPENING, len(_OPENINGS))
        if len(taken) < len(_OPENINGS):
            while want in taken:
                want = (want + 1) % len(_OPENINGS)
        taken.add(want)
        chosen[i] = want
    return [_thank_you(f, chosen[i]) for i, f in enumerate(panel)]


def follow_up(f: DraftFacts) -> Composed:
    """Given the facts, returns follow-up number `followup_number`: restates interest, asks about timing.

    The first mentions the promised decision date if known; the last says it is the last note.
    A number past followup_max counts as the last; raises UsageError for a number below 1.
    """
    n, total = followup_count(f)
    seed = variant_seed(f)
    last = n == total and n > 1
    when = on_day(f.interview_date)
    if n == 1:
        when_mid = on_day(f.interview_date, mid=True)
        opening = f"I hope you are well. I am following up on my interview{when_mid} for {role_phrase(f)}."
        if f.decision_date:
            ask = (f"You mentioned a decision was expected by {day_words(f.decision_date)}, so I wanted "
                   "to ask whether there is any news, or an updated timeline.")
        else:
            ask = "Could you let me know where things stand, and when I might expect to hear from you?"
        middle = (f"{ask} I remain very interested in the position and in joining {team(f)}, and I would "
                  "be happy to answer any further questions about my experience.")
    elif not last:
        opening = f"I wanted to check in again about {role_phrase(f)}; I interviewed{when or ' recently'}."
        middle = ("I understand these decisions can take time. I am still very interested, and I would "
                  "appreciate any update on the timeline when you have a moment.")
    else:
        opening = f"I am writing once more about {role_phrase(f)}, which I interviewed for{when}."
        middle = ("I know you are busy, so this will be my last note for now. If the position has been "
                  "filled, I would be grateful to know so I can plan accordingly; either way, I would "
                  f"welcome being considered for future openings at {org(f)}.")
    body = paragraphs(_greeting(f, seed), opening, middle, "Thank you for your time.", _sign(f, seed))
    return Composed(subject=with_label("Following up", interview_label(f), "Following up on my interview"),
                    body=body)


def offer_reply(f: DraftFacts) -> Composed:
    """Given the facts, returns a reply to an offer: thanks, asks for the written terms and time to decide."""
    seed = variant_seed(f)
    phrases, _ = usable_topics(f)
    thanks = f"Thank you so much for offering me {role_phrase(f)} — I am delighted and very grateful."
    ask = ("Before I give you my answer, could you send me the offer in writing, with the salary, "
           "working schedule, benefits and the proposed start date? I would also appreciate a few days "
           "to review the details carefully before I confirm.")
    looking = (f"Please pass my thanks to everyone I met. I am excited about the prospect of joining "
               f"{team(f)}" + (f" and working on {phrases[0]}." if phrases else "."))
    body = paragraphs(_greeting(f, seed), thanks, ask, looking, _sign(f, seed))
    stem = "Thank you for the offer"
    return Composed(subject=with_label(stem, position_label(f), stem), body=body)


def rejection_reply(f: DraftFacts) -> Composed:
    """Given the facts, returns a gracious reply to a rejection.

    It thanks them, asks to be kept in mind, and asks for feedback or a referral.
    """
    seed = variant_seed(f)
    phrases, _ = usable_topics(f)
    thanks = (f"Thank you for letting me know, and for the time you and the team spent with me during "
              f"the process for {role_phrase(f)}.")
    enjoyed = ("Although I am disappointed, I really enjoyed our conversations"
               + (f", especially about {phrases[0]}." if phrases else f" and learning about {team(f)}."))
    keep = f"I would be grateful if you kept me in mind for future openings at {org(f)}."
    extra = ("If you have a moment, I would welcome any feedback that could help me in future interviews. "
             "And if you know of another team or organisation looking for someone with my background, "
             "I would appreciate an introduction.")
    body = paragraphs(_greeting(f, seed), thanks, f"{enjoyed} {keep}", extra,
                      "I hope our paths cross again.", _sign(f, seed))
    return Composed(subject=with_label("Thank you", position_label(f), "Thank you for letting me know"),
                    body=body)


def withdrawal(f: DraftFacts) -> Composed:
    """Given the facts, returns a polite withdrawal of the application that keeps the bridge intact."""
    seed = variant_seed(f)
    thanks = (f"Thank you for considering me for {role_phrase(f)}, and for the time you and the team "
              "have spent with me.")
    news = ("After careful thought, I have decided to withdraw my application. This was not an easy "
            f"decision — I have great respect for {team(f)}, and I wanted to let you know promptly "
            "rather than keep you waiting.")
    body = paragraphs(_greeting(f, seed), thanks, news,
                      "I hope our paths cross again. Thank you again for your time and understanding.",
                      _sign(f, seed))
    subject = with_label("Withdrawing my application", position_label(f), "Withdrawing my application")
    return Composed(subject=subject, body=body)


# Localised reply prefixes mail clients add ("AW:" German, "SV:" Nordic, "Antw:" Dutch, "Re[2]:").
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|antw|odp)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
                           re.IGNORECASE)


def reply_subject(original: str) -> str:
    """Given the subject being answered, returns it with exactly one "Re: " in front (never "Re: Re:")."""
    flat = " ".join(original.split())
    rest = _REPLY_PREFIX.sub("", flat)
    return f"Re: {rest}" if rest else "Re:"

