"""The classifier's fast paths give what the plain forms they replace give (the plain forms are kept here)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from afterview.daemon.mailclass import dateexpr, entities, features, lang, model, score, text
from afterview.daemon.verdicts import MAIL_LABELS
from hypothesis import given, settings
from hypothesis import strategies as st

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# The reply header as it was written before: anchored with "^" (multi-line) instead of a leading line break.
_PLAIN_REPLY_HEADER = re.compile("^" + text._REPLY_HEADER.pattern.removeprefix("\\n"), re.MULTILINE)
_WORDS = ["We", "don't", "l'équipe", "Größe", "ﬁnal", "naïve", "O'Neil", "rock'n'roll", "'quoted'", "x'", "12.11.",
          "a-b", "ÉCOLE", "İstanbul", "\u212a", "œuvre", "日本", "", " ", "\n", "\t", "’", "_", "ß"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20).map(" ".join))
def test_tokens_are_the_words_the_pattern_finds(sample: str) -> None:
    assert features.tokens(sample) == _WORD.findall(features.fold(sample[:features.MAX_CHARS]))


_LINES = ["On Tue, 3 Mar 2026 at 10:00, Ana <ana@x.io> wrote:", "Am 3. März schrieb Jonas:", "Le mar. a écrit :",
          "El martes escribió:", "-----Original Message-----", "__________", "From: Ana", "Von: Jonas", "De: Luc",
          "Sent: Tuesday", "Date: 3 March", "  Gesendet: Di", "Thanks, see you", "On hold", "> quoted", "", "  ",
          "wrote:", "Hi Sam,"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=10).map("\n".join))
def test_the_reply_header_is_found_where_the_multiline_pattern_finds_it(body: str) -> None:
    fast = text._REPLY_HEADER.search("\n" + body)
    plain = _PLAIN_REPLY_HEADER.search(body)
    assert (fast and (fast.start(), fast.end() - 1)) == (plain and plain.span())


@settings(deadline=None)
@given(st.lists(st.sampled_from([0.0, 1.0, 2.0, 2.5, 3.0, 50.0]), min_size=len(MAIL_LABELS),
                max_size=len(MAIL_LABELS)))
def test_labels_rank_by_score_then_priority(values: list[float]) -> None:
    scores = dict(zip(MAIL_LABELS, values, strict=True))
    priority = score._PRIORITY
    plain = sorted(priority, key=lambda label: (-scores[label], priority.index(label)))
    assert sorted(priority, key=scores.__getitem__, reverse=True) == plain


_PLAIN_ROLE_ANCHORS = re.compile(
    r"(?=[fapjrtoySBP])(?:(?:position|role|job)\s+(?:of|as)\s+"
    r"|(?:for|as|of)\s+(?:the\s+|our\s+|an?\s+)?(?=[A-Z][^\n]{0,60}?\s+(?:position|role|opening|vacancy)\b)|(?:the|our"
    r"|your)\s+(?=[A-Z][^\n]{0,60}?\s+(?:position|role|opening|vacancy|application)\b)|\bposte\s+(?:de|d')\s*"
    r"|\bpuesto\s+de\s+|\bStelle\s+als\s+|\bBewerbung\s+als\s+|\bPosition\s+als\s+)"
)
_ROLE_PIECES = ["position of", "role as", "job of", "for the", "as an", "of our", "our", "the", "your", "before",
                "poste de", "poste d'", "apposte de", "puesto de", "Stelle als", "xStelle als", "Bewerbung als",
                "Position als", "Senior Data Engineer", "Analyst", "position", "role", "opening", "vacancy",
                "application", "at Acme", "\n", ".", " ", "  ", "é"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=14).map(" ".join))
def test_the_role_anchors_match_where_the_plain_anchors_match(body: str) -> None:
    assert [m.span() for m in entities._ROLE_ANCHORS.finditer(body)] == [
        m.span() for m in _PLAIN_ROLE_ANCHORS.finditer(body)]


_SUBJECT_PIECES = ["Re:", "Application", "APPLICATION received", "offer", "Job Offer", "Invitation", "next steps",
                   "Next  steps", "Candidature", "candidatura", "Bewerbung", "Oferta de empleo", "Offre d'emploi",
                   "Proposition d'embauche", "Vertragsangebot", "siguiente paso", "tu oferta", "for", "als", ":", "-",
                   "–", "Senior Data Engineer", "Analyst", "\u212aey", "appl\u0130cation", "ofFer", "o", "ffer", ""]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=8).map(" ".join))
def test_a_subject_the_needles_skip_holds_no_role(subject: str) -> None:
    if subject.isascii() and not any(needle in subject.lower() for needle in entities._SUBJECT_ROLE_NEEDLES):
        assert entities._SUBJECT_ROLE.search(subject) is None


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["the", "and", "Der", "UND", "l'équipe", "vous", "'", "don't", "x-y", "7", "_", ".",
                                 "\n", "\t", "é", "für", "être", "ß", "İ", "nous'", ""]), max_size=30).map(" ".join))
def test_language_is_guessed_from_the_words_the_pattern_finds(sample: str) -> None:
    counts = [0, 0, 0, 0]
    for word in lang._WORD.findall(sample[:700].lower()):
        for i in lang._INDEX.get(word, ()):
            counts[i] += 1
    assert lang.guess_language(sample) == lang.LANGS[max(range(4), key=lambda i: (counts[i], -i))]


@settings(deadline=None)
@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), st.integers(min_value=-2, max_value=70))
def test_business_days_after_counts_every_weekday(start: date, n: int) -> None:
    day, left = start, n
    while left > 0:
        day += timedelta(days=1)
        left -= day.weekday() < 5
    assert dateexpr.business_days_after(start, n) == day


def test_the_model_rows_hold_each_feature_once_with_its_packed_weights() -> None:
    shipped = model.default_model()
    assert shipped is not None
    assert None not in shipped.rows and len(shipped.rows) == len(shipped.vocabulary)
    for key in ["regret", "~deci", "offer", next(key for key in shipped.vocabulary if " " in key)]:
        i = shipped.vocabulary[key]
        want = sum((round(column[i] * model._SCALE) + model._OFFSET) << (model._LANE * j)
                   for j, column in enumerate(shipped.columns))
        assert shipped.rows[key] == want
