"""The scope checks' fast patterns (scope.py) give the answers of the plain patterns they replace, kept here."""

from __future__ import annotations

import re

from afterview.daemon.mailclass import scope
from hypothesis import given, settings
from hypothesis import strategies as st

# The plain forms: each word pattern looks behind for a non-word character, so `re` enters it at every position.
_CLAUSE_END = re.compile(
    r"[.!?;\n]|:(?!\d)|\s[-–—]+\s|[–—]|\b(?:but|however|although|though|aber|jedoch|mais|pero|sin\s+embargo)\b"
)
_NEGATOR = re.compile(
    r"(?<![\w'])(?:not|no|never|unable|cannot|nicht|kein\w*|ne|pas|jamais|ni)(?![\w'])|n't\b|\bn'"
)
_CONDITIONAL = re.compile(r"(?<![\w'])(?:if|once|unless|whether|should\s+you|wenn|falls|sobald|si|lorsque"
                          r"|cuando|en\s+caso|überlegen|hésit\w*|ob)(?![\w'])")
_NEW_SUBJECT = r"(?!(?:we|i|we'd|i'd|we'll|i'll|we're|let's|wir|ich|nous|je|on|nos|queremos|me)\b)"
_PAST = re.compile(
    r"(?:(?<![\w'])(?:thank(?:s|\s+you)|grateful|appreciate\w*|danke|dank|merci|gracias|agradec\w*)\b"
    r"[^.!?\n]{0,60}?(?<![\w'])(?:for|für|pour|por|d'avoir|de\s+haber|dass)\s+"
    r"(?:" + _NEW_SUBJECT + r"[^\s']+(?:'|\s+)){0,9}"
    r"|(?<![\w'])(?:after|following|during|since|nach|suite\s+à|lors\s+de|après|tras|después\s+de|durante)"
    r"\s+(?:\S+\s+){0,3}"
    r"|(?<![\w'])(?:enjoyed|loved|gefreut|apprécié|gustado|encant\w*)\s+(?:\S+\s+){0,5}"
    r"|(?<![\w'])(?:from|of)\s+(?:yesterday|last\s+week|monday|tuesday|wednesday|thursday|friday)'s\s+(?:\S+\s+)?"
    r"|(?<![\w'])(?:luck|success|erfolg|réussite|suerte|éxito)\s+(?:\S+\s+){0,3}"
    r")$"
)

# Pieces of what the patterns look for, their near misses, and the characters at their edges.
_PIECES = [
    "not", "no", "nothing", "knot", "never", "unable", "cannot", "nicht", "kein", "keine", "keinesfalls", "ne", "pas",
    "jamais", "ni", "nix", "don't", "won't", "n't", "n'", "n'avons", "'n", "can'", "if", "iffy", "once", "unless",
    "whether", "should you", "should", "wenn", "falls", "sobald", "si", "lorsque", "cuando", "en caso", "überlegen",
    "hésitons", "ob", "thank you", "thanks", "thankful", "grateful", "appreciated", "danke", "merci", "gracias",
    "agradecemos", "for", "für", "pour", "por", "d'avoir", "de haber", "dass", "we", "we'd", "i", "let's", "after",
    "following", "during", "since", "nach", "suite à", "lors de", "après", "tras", "después de", "durante", "enjoyed",
    "loved", "gefreut", "apprécié", "gustado", "encantó", "from", "of", "yesterday's", "friday's", "last week's",
    "luck", "success", "erfolg", "réussite", "suerte", "éxito", "but", "however", "although", "though", "aber",
    "jedoch", "mais", "pero", "sin embargo", "sin  embargo", "butter", "abut", "sinner", "the", "interview", "call",
    "x", "_", "7", "15:30", ":", "::", ".", "!", "?", ";", ",", "'", "’", "-", "–", "—", " - ", " – ", "--", "\n",
    "\t", "\u00a0", "", "é", "ü",
]
_GAPS = ["", " ", "  ", "\n", "-", "'"]
_TEXT = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=16).map(
    lambda pairs: "".join(piece + gap for piece, gap in pairs))


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 60):start]
    last = None
    for last in _CLAUSE_END.finditer(window):  # noqa: B007
        pass
    return window[last.end():] if last is not None else window


@settings(max_examples=1500, deadline=None)
@given(text=_TEXT)
def test_the_clause_end_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    assert [m.span() for m in scope._CLAUSE_END.finditer(text)] == [m.span() for m in _CLAUSE_END.finditer(text)]
    for start in range(0, len(text) + 1, 7):
        assert scope.clause_before(text, start) == _clause_before(text, start)


@settings(max_examples=1500, deadline=None)
@given(clause=_TEXT, matched=_TEXT)
def test_the_word_checks_answer_as_the_plain_patterns(clause: str, matched: str) -> None:
    plain_negated = _NEGATOR.search(clause) is not None and _NEGATOR.search(matched) is None
    assert scope.negated(clause, matched) == plain_negated
    assert scope.self_negated(matched) == (_NEGATOR.search(matched) is not None)
    assert scope.conditional(clause) == (_CONDITIONAL.search(clause) is not None)
    assert scope.looks_back(clause) == (_PAST.search(clause) is not None)


def test_the_word_checks_on_known_clauses() -> None:
    assert scope.self_negated("die stelle nicht anbieten") and scope.self_negated("we can't")
    assert not scope.self_negated("we'd like to offer") and not scope.self_negated("knot notable")
    assert scope.conditional("if all goes well, ") and not scope.conditional("iffy ")
    assert scope.looks_back("thank you for taking the time to ") and not scope.looks_back("thanks, we'd love to ")
    assert scope.clause_before("it was close, but we have", 25) == " we have"
    assert scope.clause_before("le 15:30 nous", 13) == "le 15:30 nous"
