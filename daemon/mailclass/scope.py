"""Scope of a cue: the clause before it (negation, "if …", thanks for a past meeting) and "… to another"."""

from __future__ import annotations

import re

# Colons, semicolons and dashes close a clause too: in "it wasn't the news you were hoping for: we have
# selected another candidate" the negation stays in its own clause. Written to open with one character class (what
# the boundary starts with; a look-behind then says which branch it is) so that `re` skips other characters in C:
# the same matches as "[.!?;\n]|:(?!\d)|\s[-–—]+\s|[–—]|\b(?:but|however|although|though|aber|jedoch|mais|pero
# |sin\s+embargo)\b" (tests/test_mail_scope.py holds that form and checks it), at a fraction of the cost.
_CLAUSE_END = re.compile(
    r"[.!?;\n:\s–—bhatjmps](?:(?<=[.!?;\n])|(?<=:)(?!\d)|(?<=\s)[-–—]+\s|(?<=[–—])"
    r"|(?<!\w[bhatjmps])(?:(?<=b)ut|(?<=h)owever|(?<=a)(?:lthough|ber)|(?<=t)hough|(?<=j)edoch|(?<=m)ais|(?<=p)ero"
    r"|(?<=s)in\s+embargo)\b)"
)
# The word patterns below start where neither a word character nor an apostrophe precedes them. They are searched
# in " " + clause and consume that character ([^\w']) instead of looking behind for it: `re` then tries only the
# positions after a space or a sign, not every letter of every word (same answers: tests/test_mail_scope.py).
_NEGATOR_WORD = re.compile(r"[^\w'](?:not|no|never|unable|cannot|nicht|kein\w*|ne|pas|jamais|ni)(?![\w'])")
_NEGATOR_INNER = re.compile(r"n't\b|\bn'")
# Weighing it is not doing it yet: "wir überlegen, ihr ein Angebot zu machen", "on hésite à lui faire une offre".
_CONDITIONAL = re.compile(r"[^\w'](?:if|once|unless|whether|should\s+you|wenn|falls|sobald|si|lorsque"
                          r"|cuando|en\s+caso|überlegen|hésit\w*|ob)(?![\w'])")
# Thanks for, or a look back at, something that already happened, right before the cue; a new subject
# ("we", "ich", "nous") in between starts a new thought ("thanks for applying, we'd love to invite you").
_NEW_SUBJECT = r"(?!(?:we|i|we'd|i'd|we'll|i'll|we're|let's|wir|ich|nous|je|on|nos|queremos|me)\b)"
_PAST = re.compile(
    r"[^\w'](?:(?:thank(?:s|\s+you)|grateful|appreciate\w*|danke|dank|merci|gracias|agradec\w*)\b"
    r"[^.!?\n]{0,60}?(?<![\w'])(?:for|für|pour|por|d'avoir|de\s+haber|dass)\s+"
    r"(?:" + _NEW_SUBJECT + r"[^\s']+(?:'|\s+)){0,9}"
    r"|(?:after|following|during|since|nach|suite\s+à|lors\s+de|après|tras|después\s+de|durante)"
    r"\s+(?:\S+\s+){0,3}"
    r"|(?:enjoyed|loved|gefreut|apprécié|gustado|encant\w*)\s+(?:\S+\s+){0,5}"
    # "caught up with everyone from Thursday's final round": a meeting already held
    r"|(?:from|of)\s+(?:yesterday|last\s+week|monday|tuesday|wednesday|thursday|friday)'s\s+(?:\S+\s+)?"
    r"|(?:luck|success|erfolg|réussite|suerte|éxito)\s+(?:\S+\s+){0,3}"
    r")$"
)
# …to someone else, or to a candidate in the third person ("made an offer to a finalist", "à un autre candidat").
_TO_OTHERS = re.compile(
    r"[^.!?\n]{0,40}?(?:\bto\s+(?:an?other|a\s+different|the\s+other|someone|somebody|an\s+internal"
    r"|(?:an?|the|one)\s+(?:\S+\s+){0,2}?(?:candidate|finalist|applicant|person|hire)s?\b)"
    r"|\bà\s+(?:un|une)\s+(?:autre\b|candidat|personne|profil)|\ba\s+(?:otro|otra)\b|\ba\s+(?:un|una)\s+(?:candidat|persona"
    r"|perfil)|\ban\s+(?:einen?|eine)\s+(?:andere|kandidat|bewerber|person))"
)
# An offer made "to" someone named or described, right after the offer words ("extend an offer to Jordan
# Whitlock"), is someone else's; "an offer to join us" and "to you" are the user's.
_TO_NAMED = re.compile(
    r"\s+to\s+(?!(?:you|your|yourself|join|work|become|be|come|start|lead|help|discuss|talk|have|bring|welcome|us"
    r"|our|sign|accept|review|consider|build|grow|the\s+(?:role|position|job|team|company))\b)[^\W\d_]+"
    # a name is one or two words and ends the clause ("… to Jordan Whitlock.", "… to Priya Nair, could you …")
    r"(?:\s+[^\W\d_]+)?\s*(?:[.,;:!?)]|$|\s+(?:for|as|and|who|tomorrow|today|this|next)\b)"
)
_WINDOW = 60


def clause_before(text: str, start: int) -> str:
    """Given text and a position, returns the clause that ends there (at most a short window back)."""
    window = text[max(0, start - _WINDOW):start]
    # A full stop, "!", "?" or ";" is a boundary of its own that no other boundary spans: the last boundary is at or
    # after the last of them, so the scan starts there (what comes after it is scanned as before).
    stop = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind(";"))
    last = None
    for last in _CLAUSE_END.finditer(window, stop + 1):  # noqa: B007  (only the last boundary matters)
        pass
    if last is not None:
        return window[last.end():]
    return window[stop + 1:]


def negated(clause: str, matched: str) -> bool:
    """Given the clause before a cue and the cue's words, returns whether a negator governs it.

    A phrase that carries its own negation ("ne … pas donner suite") is not negated again.
    """
    return _has_negator(clause) and not _has_negator(matched)


def self_negated(matched: str) -> bool:
    """Given a cue's words, returns whether they hold a negator themselves ("die Stelle nicht anbieten")."""
    return _has_negator(matched)


def _has_negator(text: str) -> bool:
    """Given text, returns whether a negator word, "n't" or "n'" is in it."""
    return _NEGATOR_WORD.search(" " + text) is not None or ("n'" in text and _NEGATOR_INNER.search(text) is not None)


# "Not … yet": a negated offer that is still to come ("we're not in a position to make an offer yet",
# "wir sind noch nicht so weit, ein Angebot zu machen", "won't make any offer until everyone has been seen").
_YET_BEFORE = re.compile(r"(?<![\w'])(?:yet|noch|encore|todavía|aún|aun)(?![\w'])")
_YET_AFTER = re.compile(r"[^.!?;\n]{0,25}?(?<![\w'])(?:yet|until|till|bis|avant\s+que|hasta\s+que|pour\s+l'instant"
                        r"|por\s+ahora|vorerst)(?![\w'])")


def not_yet(clause: str, text: str, end: int) -> bool:
    """Given the clause before a negated cue, the text and where the cue ends, returns whether it says "not yet"."""
    return _YET_BEFORE.search(clause) is not None or _YET_AFTER.match(text, end) is not None


# A better offer refused ("no improved offer has been made", "we cannot revise our offer") is a negotiation: the first
# offer stands, so it is no rejection (a union's pay talks, a candidate's counter-offer).
_REVISION = re.compile(r"(?<![\w'])(?:revised|updated|improved|amended|better|higher|increased|counter|verbessert\w*"
                       r"|höher\w*|nachgebessert\w*|amélioré\w*|meilleure?s?|révisée?s?|mejor(?:ad[oa]s?)?|revisad[oa]s?)"
                       r"(?![\w'])")


def revision(matched: str) -> bool:
    """Given a negated cue's words, returns whether they name a revised or better offer, not the offer itself."""
    return _REVISION.search(matched) is not None


def conditional(clause: str) -> bool:
    """Given the clause before a cue, returns whether it opens with "if/once/wenn/si …"."""
    return _CONDITIONAL.search(" " + clause) is not None


# A rejection said of a class of people, not of the user: "we can't give feedback to candidates who are not
# shortlisted", "Bewerber, die nicht berücksichtigt werden", "les candidats qui ne sont pas retenus".
_CLASS_WHO = re.compile(r"(?<![\w'])(?:candidates|applicants|those|anyone|everyone|bewerber\w*|kandidat\w*"
                        r"|candidat[es]s?|postulantes|personas|aquell[oa]s)\s*,?\s+(?:who|that|die|qui|que)\s+"
                        r"(?:[^\s.!?;:]+\s+){0,2}$")


def about_a_class(text: str, start: int) -> bool:
    """Given text and where a cue starts, returns whether the cue is said of "candidates who …", not the user."""
    return _CLASS_WHO.search(text, max(0, start - _WINDOW), start) is not None


def looks_back(clause: str) -> bool:
    """Given the clause before a cue, returns whether it thanks for, or looks back at, something past."""
    return _PAST.search(" " + clause) is not None


def goes_to_others(text: str, end: int) -> str | None:
    """Given text and where a cue ends, returns "to-another" when it goes on "… to another candidate", "to-named"
    when it goes to someone named ("extend an offer to Jordan Whitlock": the user is on the hiring side), else None."""
    if _TO_OTHERS.match(text, end) is not None:
        return "to-another"
    if text.endswith("offer", 0, end) and _TO_NAMED.match(text, end) is not None:
        return "to-named"
    return None


# A call to hear feedback is a courtesy after a decision, not a next step ("happy to arrange a short call to share
# feedback from the panel", "un appel pour vous faire un retour", "una llamada para darte feedback").
_CALL = re.compile(r"call|chat|conversation|gespräch|telefonat|appel|échange|llamada|charla|videollamada")
_FEEDBACK = re.compile(r"feedback|rückmeldung|retour|retours|commentaires|retroalimentación|comentarios|debrief")
_SENTENCE_END = re.compile(r"[.!?\n]")


def feedback_call(text: str, start: int, end: int) -> bool:
    """Given text and a next-step cue's span, returns whether the cue offers a call whose purpose is feedback."""
    if _CALL.search(text, start, end) is None:
        return False
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    stop = _SENTENCE_END.search(text, end)
    right = stop.start() if stop is not None else len(text)
    return _FEEDBACK.search(text, left, right) is not None
