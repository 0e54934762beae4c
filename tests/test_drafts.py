"""The words of drafts and ticklers: personal, deterministic, never a silent form letter."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from afterview.connectors.errors import AfterviewError
from afterview.daemon.drafts import (
    Composed,
    DraftFacts,
    follow_up,
    offer_reply,
    rejection_reply,
    reply_subject,
    thank_you,
    thank_you_notes,
    tickler_brief_references,
    tickler_follow_up,
    tickler_move_on,
    tickler_reply,
    tickler_thank_you,
    withdrawal,
)
from hypothesis import given, settings
from hypothesis import strategies as st

ACME = DraftFacts(
    user_name="Alex Kim",
    company="Acme",
    role="Senior Engineer",
    interview_date=date(2025, 3, 11),
    stage="technical",
    recipient_name="Dana Smith",
    recipient_title=None,
    topics=("the data platform migration",),
)
NOTHING = DraftFacts(
    user_name="", company="", role=None, interview_date=None, stage=None,
    recipient_name=None, recipient_title=None,
)
MAILS: dict[str, Callable[[DraftFacts], Composed]] = {
    "thank_you": thank_you,
    "follow_up": follow_up,
    "offer_reply": offer_reply,
    "rejection_reply": rejection_reply,
    "withdrawal": withdrawal,
}
TICKLERS: dict[str, Callable[[DraftFacts], Composed]] = {
    "thank_you": lambda f: tickler_thank_you(f, ["Dana Smith"]),
    "follow_up": tickler_follow_up,
    "move_on": tickler_move_on,
    "brief_references": tickler_brief_references,
    "offer": lambda f: tickler_reply(f, "offer"),
    "rejection": lambda f: tickler_reply(f, "rejection"),
    "withdrawal": lambda f: tickler_reply(f, "withdrawal"),
}


def _words(text: str) -> int:
    return len(text.split())


def _anonymised(c: Composed, *names: str) -> str:
    text = c.subject + "\n" + c.body
    for name in names:
        text = text.replace(name, "NAME")
    return text


def _first_sentence(body: str) -> str:
    paragraph = body.split("\n\n")[1]
    return re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]


def _person(name: str | None, **changes: object) -> DraftFacts:
    fields: dict[str, object] = {"recipient_name": name, "topics": (), **changes}
    return replace(ACME, **fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------- determinism and variety


def test_same_facts_give_the_same_text() -> None:
    for compose in MAILS.values():
        assert compose(ACME) == compose(replace(ACME))


def test_text_does_not_depend_on_python_hash_randomisation() -> None:
    script = (
        "from datetime import date\n"
        "from afterview.daemon.drafts import DraftFacts, thank_you\n"
        "f = DraftFacts('Alex', 'Acme', 'Engineer', date(2025, 3, 11), None, 'Dana Smith', None)\n"
        "print(thank_you(f).body)\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                             check=True, timeout=60)
        outputs.add(run.stdout)
    assert len(outputs) == 1
    f = DraftFacts("Alex", "Acme", "Engineer", date(2025, 3, 11), None, "Dana Smith", None)
    assert outputs == {thank_you(f).body + "\n"}


def test_two_interviewers_of_one_interview_get_visibly_different_notes() -> None:
    dana, lee = _person("Dana Smith"), _person("Lee Wong")
    notes = thank_you_notes([dana, lee])
    assert _anonymised(notes[0], "Dana Smith", "Dana") != _anonymised(notes[1], "Lee Wong", "Lee")
    assert _first_sentence(notes[0].body) != _first_sentence(notes[1].body)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8),
                min_size=2, max_size=5, unique=True))
def test_a_panel_never_shares_an_opening_sentence(names: list[str]) -> None:
    panel = [_person(n.capitalize() + " Doe") for n in names]
    notes = thank_you_notes(panel)
    openings = [_first_sentence(n.body) for n in notes]
    assert len(set(openings)) == len(openings)


def test_panel_notes_keep_each_persons_own_phrasing_when_no_clash() -> None:
    dana = _person("Dana Smith")
    alone = thank_you(dana)
    in_panel = thank_you_notes([dana])[0]
    assert alone == in_panel


def test_independent_notes_differ_beyond_the_name_almost_always() -> None:
    def anonymous_note(name: str) -> str:
        return _anonymised(thank_you(_person(name)), name, name.split()[0])

    pairs = [(f"Alpha{i} Smith", f"Beta{i} Jones") for i in range(200)]
    same = sum(anonymous_note(a) == anonymous_note(b) for a, b in pairs)
    assert same <= 10


def test_phrasing_depends_on_company_and_role_too() -> None:
    texts = {thank_you(_person("Dana Smith", company=c, role=r)).body.replace(c, "CO").replace(r, "ROLE")
             for c in ("Acme", "Globex", "Initech") for r in ("Engineer", "Designer", "Analyst")}
    assert len(texts) > 1


def test_email_distinguishes_two_people_with_one_name() -> None:
    bodies = {thank_you(_person("Sam Lee", recipient_email=f"sam{i}@acme.com")).body for i in range(12)}
    assert len(bodies) > 1


# ---------------------------------------------------------------- personal content


def test_topic_is_woven_in() -> None:
    body = thank_you(ACME).body
    assert "the data platform migration" in body
    assert "[" not in body


def test_two_topics_are_both_used() -> None:
    body = thank_you(replace(ACME, topics=("the data platform migration", "their on-call rota"))).body
    assert "the data platform migration" in body and "their on-call rota" in body


def test_capitalised_topic_phrase_is_lowered_but_names_are_kept() -> None:
    body = thank_you(replace(ACME, topics=("The Rust rewrite.",))).body
    assert "the Rust rewrite." in body and "The Rust rewrite" not in body
    assert "Kubernetes at scale" in thank_you(replace(ACME, topics=("Kubernetes at scale",))).body


def test_without_topic_a_placeholder_names_the_interviewer() -> None:
    body = thank_you(_person("Dana Smith")).body
    assert "[Add one thing you discussed with Dana]" in body


def test_without_name_or_topic_the_placeholder_is_generic() -> None:
    body = thank_you(replace(ACME, recipient_name=None, topics=())).body
    assert "[Add one thing you discussed with your interviewer]" in body
    assert body.startswith("Hello,\n")


def test_long_note_is_not_glued_into_a_sentence() -> None:
    note = "Dana said the team is rebuilding payments in Rust. She asked about my Go work and testing."
    body = thank_you(replace(ACME, topics=(note,))).body
    assert "conversation about Dana said" not in body
    assert "[" in body and note in body


def test_blank_topics_count_as_none() -> None:
    assert "[Add one thing you discussed with Dana]" in thank_you(replace(ACME, topics=("", "   "))).body


def test_title_is_acknowledged() -> None:
    body = thank_you(replace(ACME, recipient_title="Engineering Manager")).body
    assert "Engineering Manager" in body


@pytest.mark.parametrize(
    ("name", "greeted"),
    [("Dana Smith", "Dana"), ("Smith, Dana", "Dana"), ("Dr. Dana Smith", "Dana"), ("DANA SMITH", "Dana"),
     ("  Dana   Smith ", "Dana"), ("J. Smith", "J. Smith")],
)
def test_salutation_uses_the_first_name(name: str, greeted: str) -> None:
    first_line = thank_you(_person(name)).body.splitlines()[0]
    assert first_line in (f"Dear {greeted},", f"Hi {greeted},")


@pytest.mark.parametrize("name", [None, "", "dana.smith@acme.com", "Mr."])
def test_unknown_name_says_hello(name: str | None) -> None:
    for compose in MAILS.values():
        assert compose(_person(name)).body.startswith("Hello,\n")


def test_signature_has_the_user_name_or_no_name_line() -> None:
    assert thank_you(ACME).body.rstrip().endswith("\nAlex Kim")
    unsigned = thank_you(replace(ACME, user_name="")).body.rstrip()
    assert unsigned.splitlines()[-1].endswith(",")


def test_thank_you_is_short() -> None:
    for name in ("Dana Smith", "Lee Wong", "Priya Patel", "Sam Jones", "Jo Park", "Kim Ode"):
        for topics in ((), ("the data platform migration",), ("the migration", "the on-call rota")):
            n = _words(thank_you(_person(name, topics=topics)).body)
            assert 60 <= n <= 150, (name, topics, n)


def test_every_draft_is_reasonably_short() -> None:
    for compose in MAILS.values():
        assert _words(compose(ACME).body) <= 150


def test_date_is_english_whatever_the_locale() -> None:
    assert "Tuesday, March 11" in thank_you(ACME).body


# ---------------------------------------------------------------- every kind names the application


@pytest.mark.parametrize("kind", sorted(MAILS))
def test_every_draft_mentions_company_and_role(kind: str) -> None:
    c = MAILS[kind](ACME)
    assert "Acme" in c.body and "Senior Engineer" in c.body
    assert "Acme" in c.subject or "Senior Engineer" in c.subject


@pytest.mark.parametrize("kind", sorted(TICKLERS))
def test_every_tickler_summary_names_the_company(kind: str) -> None:
    c = TICKLERS[kind](ACME)
    assert "Acme" in c.subject
    assert "never sends" in c.body


@pytest.mark.parametrize("kind", sorted({**{f"m_{k}": v for k, v in MAILS.items()},
                                         **{f"t_{k}": v for k, v in TICKLERS.items()}}))
def test_unknown_company_and_role_read_gracefully(kind: str) -> None:
    compose = MAILS.get(kind[2:]) if kind.startswith("m_") else TICKLERS[kind[2:]]
    assert compose is not None
    c = compose(NOTHING)
    text = c.subject + "\n" + c.body
    for bad in ("None", "{", "}", "  ", " ,", " .", "— ,", "at .", "'s '", "your team's team", "Your our"):
        assert bad not in text, (bad, text)
    assert not c.subject.endswith("—") and " — \n" not in text


def test_company_without_role_and_role_without_company() -> None:
    only_co = thank_you(replace(ACME, role=None)).body
    assert "the role at Acme" in only_co
    only_role = thank_you(replace(ACME, company="")).body
    assert "the Senior Engineer role" in only_role and " at ." not in only_role


def test_role_that_already_says_position_is_not_doubled() -> None:
    body = thank_you(replace(ACME, role="Data Analyst position")).body
    assert "position role" not in body and "Data Analyst position at Acme" in body


# ---------------------------------------------------------------- the kinds say what the seeds advise


def test_offer_reply_asks_for_written_terms_and_time() -> None:
    body = offer_reply(ACME).body.lower()
    for must in ("thank", "in writing", "salary", "schedule", "benefits", "start date", "few days"):
        assert must in body, must


def test_rejection_reply_is_gracious_and_asks_to_be_kept_in_mind() -> None:
    body = rejection_reply(ACME).body.lower()
    for must in ("thank you", "kept me in mind", "future openings", "feedback", "introduction"):
        assert must in body, must
    assert "the data platform migration" in body


def test_withdrawal_is_polite_and_clear() -> None:
    body = withdrawal(ACME).body.lower()
    assert "withdraw my application" in body and "thank you" in body


def test_first_follow_up_restates_interest_and_names_the_decision_date() -> None:
    body = follow_up(replace(ACME, decision_date=date(2025, 3, 14))).body
    assert "Friday, March 14" in body
    assert "interested" in body and "Tuesday, March 11" in body


def test_first_follow_up_without_decision_asks_for_the_timeline() -> None:
    body = follow_up(ACME).body
    assert "when I might expect to hear" in body


def test_follow_ups_differ_by_number_and_the_last_says_so() -> None:
    bodies = [follow_up(replace(ACME, followup_number=n)).body for n in (1, 2, 3)]
    assert len(set(bodies)) == 3
    assert "last note" in bodies[2] and "last note" not in bodies[1]
    assert all("interested" in b or "future openings" in b for b in bodies)


def test_follow_up_number_past_the_maximum_counts_as_the_last() -> None:
    fourth = replace(ACME, followup_number=4)
    assert tickler_follow_up(fourth).subject.endswith("(4 of 4)")
    assert "last note" in follow_up(fourth).body


@pytest.mark.parametrize("n", [0, -1])
def test_follow_up_number_below_one_is_refused(n: int) -> None:
    with pytest.raises(AfterviewError):
        follow_up(replace(ACME, followup_number=n))
    with pytest.raises(AfterviewError):
        tickler_follow_up(replace(ACME, followup_number=n))


# ---------------------------------------------------------------- ticklers


def test_thank_you_tickler_text() -> None:
    c = tickler_thank_you(ACME, ["Dana Smith", "Lee Wong", "dana smith", ""])
    assert c.subject == "Send thank-you notes — Acme, Senior Engineer"
    assert "Dana Smith, Lee Wong." in c.body
    assert "Drafts" in c.body and "never sends" in c.body and "24 hours" in c.body
    assert "write down" in c.body


def test_thank_you_tickler_without_names_asks_for_them() -> None:
    body = tickler_thank_you(ACME, []).body
    assert "name and title of everyone you met" in body


def test_follow_up_tickler_summary_counts() -> None:
    assert tickler_follow_up(ACME).subject == "Follow up — Acme, Senior Engineer (1 of 3)"
    assert tickler_follow_up(replace(ACME, followup_number=2)).subject.endswith("(2 of 3)")
    assert tickler_follow_up(replace(ACME, followup_number=4, followup_max=5)).subject.endswith("(4 of 5)")


def test_follow_up_tickler_mentions_the_passed_decision_date() -> None:
    body = tickler_follow_up(replace(ACME, decision_date=date(2025, 3, 14))).body
    assert "Friday, March 14" in body and "Drafts" in body


def test_move_on_tickler() -> None:
    c = tickler_move_on(ACME)
    assert c.subject == "No answer from Acme — move on, keep searching"
    assert "keep searching" in c.body


def test_brief_references_tickler() -> None:
    c = tickler_brief_references(replace(ACME, stage="final", interview_date=date(2025, 3, 20)))
    assert c.subject == "Brief your references — Acme, Senior Engineer"
    assert "references" in c.body and "Thursday, March 20" in c.body


def test_reply_tickler_kinds() -> None:
    assert tickler_reply(ACME, "offer").subject == "Reply to Acme's offer — Senior Engineer"
    assert tickler_reply(ACME, "rejection").subject == "Reply to Acme's rejection — Senior Engineer"
    siemens = tickler_reply(replace(ACME, company="Siemens"), "offer")
    assert siemens.subject.startswith("Reply to Siemens' offer")
    assert "in writing" in tickler_reply(ACME, "offer").body
    with pytest.raises(AfterviewError):
        tickler_reply(ACME, "promotion")


# ---------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Your application", "Re: Your application"),
        ("Re: Your application", "Re: Your application"),
        ("RE: Re: re:  Your application", "Re: Your application"),
        ("AW: Ihre Bewerbung", "Re: Ihre Bewerbung"),
        ("Re[2]: Offer", "Re: Offer"),
        ("Fwd: Offer", "Re: Fwd: Offer"),
        ("Offer\r\n letter", "Re: Offer letter"),
        ("Regarding your interview", "Re: Regarding your interview"),
        ("Reply needed: Acme", "Re: Reply needed: Acme"),
        ("", "Re:"),
    ],
)
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


@given(st.text(max_size=40))
def test_reply_subject_is_idempotent(original: str) -> None:
    once = reply_subject(original)
    assert once.startswith("Re:")
    assert reply_subject(once) == once
    assert not once.lower().startswith("re: re:")
