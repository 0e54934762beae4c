"""The engine end to end over the memory connectors: interview -> drafts and reminders -> decision."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from afterview.connectors.errors import TransientError
from afterview.connectors.memory import reset_memory_stores
from afterview.daemon.engine import Engine
from afterview.daemon.evidence import user_evidence
from afterview.daemon.state import State
from engine_kit import OFFER, OUT_OF_OFFICE, REJECTION, TZ, Clock, interview, mail, memory_config, stores

# Tuesday afternoon; the interview ends at 15:00.
START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    reset_memory_stores()
    config = memory_config(tmp_path)
    cal, box = stores(config)
    clock = Clock(START - timedelta(days=2))
    cal.put_event(interview("iv-1@acme.com", START))
    return config, cal, box, clock


def cycle(config, clock):  # type: ignore[no-untyped-def]
    with Engine.open(config, clock=clock) as engine:
        return engine.run_cycle()


def owned_drafts(box):  # type: ignore[no-untyped-def]
    return [d for d in box.drafts() if d.key is not None]


def tickler_summaries(cal):  # type: ignore[no-untyped-def]
    return sorted(e.summary for e in cal.events() if e.owned_key)


def pending_ticklers(cal, now):  # type: ignore[no-untyped-def]
    return [t for t in cal.list_ticklers() if t.start > now]


def test_interview_gives_personal_thank_you_drafts_and_a_reminder(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    report = cycle(config, clock)
    assert "new application: Acme, Senior Data Engineer" in report.changes
    assert not owned_drafts(box), "nothing to thank for before the interview"

    clock.now = START + timedelta(minutes=65)
    report = cycle(config, clock)
    drafts = owned_drafts(box)
    assert sorted(p.email for d in drafts for p in d.to) == ["dana.smith@acme.com", "lee.wong@acme.com"]
    bodies = [d.body for d in drafts]
    assert bodies[0] != bodies[1]
    assert "Dana" in next(b for b in bodies if "Dana" in b)
    ticklers = cal.list_ticklers()
    summaries = tickler_summaries(cal)
    assert any("thank-you" in s.lower() for s in summaries)
    assert any("follow up" in s.lower() for s in summaries)
    # The thank-you reminder comes two hours after the interview.
    thanks = next(t for t in ticklers if "/thanks/" in t.key)
    assert thanks.start == START + timedelta(hours=3)

    again = cycle(config, clock)
    assert again.changes == [], "a second cycle with nothing new changes nothing"
    assert len(owned_drafts(box)) == 2 and len(cal.list_ticklers()) == len(ticklers)


def test_sent_thank_you_removes_its_reminder(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    dana = next(d for d in owned_drafts(box) if d.to[0].email == "dana.smith@acme.com")
    box.user_send_draft(dana.ref, when=clock.now + timedelta(minutes=10))
    clock.advance(minutes=20)
    report = cycle(config, clock)
    assert not [t for t in cal.list_ticklers() if "/thanks/" in t.key]
    assert any("removed tickler" in c for c in report.changes)
    # Lee's draft stays: the user may still send it.
    assert [d.to[0].email for d in owned_drafts(box)] == ["lee.wong@acme.com"]


def test_rejection_stops_reminders_keeps_edited_draft_and_drafts_a_gracious_reply(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    lee = next(d for d in owned_drafts(box) if d.to[0].email == "lee.wong@acme.com")
    box.user_edit_draft(lee.ref, body="Dear Lee, my own words. Jordan")

    clock.advance(days=3)
    box.deliver_raw(mail("dana.smith@acme.com", "Your application at Acme", REJECTION, clock.now - timedelta(hours=1),
                         sender_name="Dana Smith"))
    cycle(config, clock)
    assert pending_ticklers(cal, clock.now) == []
    remaining = owned_drafts(box)
    bodies = {d.body for d in remaining}
    assert "Dear Lee, my own words. Jordan" in bodies, "the user's edited draft is theirs"
    reply = [d for d in remaining if d.in_reply_to]
    assert len(reply) == 1 and reply[0].subject.startswith("Re: ")
    assert "keep me in mind" in reply[0].body.lower() or "in mind" in reply[0].body.lower()
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "rejected"


def test_offer_asks_for_written_terms(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    clock.advance(days=4)
    box.deliver_raw(mail("dana.smith@acme.com", "Offer — Senior Data Engineer", OFFER, clock.now, sender_name="Dana"))
    cycle(config, clock)
    reply = [d for d in owned_drafts(box) if d.in_reply_to]
    assert len(reply) == 1
    assert "writing" in reply[0].body.lower() or "written" in reply[0].body.lower()
    assert pending_ticklers(cal, clock.now) == []


def test_out_of_office_is_not_an_answer(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    clock.advance(days=2)
    box.deliver_raw(mail("dana.smith@acme.com", "Automatic reply: Thank you", OUT_OF_OFFICE, clock.now,
                         headers={"Auto-Submitted": "auto-replied"}))
    cycle(config, clock)
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "awaiting"
    assert [t for t in pending_ticklers(cal, clock.now) if "/followup/" in t.key]


def test_follow_up_after_promised_date_then_weekly_then_no_response(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    with Engine.open(config, clock=clock, connect=False) as engine:
        promised = START.date() + timedelta(days=3)
        engine.record(user_evidence("acme/senior-data-engineer", "expect", clock.now, date=promised))
    cycle(config, clock)
    followups = sorted((t for t in cal.list_ticklers() if "/followup/" in t.key), key=lambda t: t.start)
    # Decision promised for Friday 20 Nov: first follow-up on Monday 23 Nov at 09:00.
    assert [t.start for t in followups if t.start > clock.now] == [datetime(2026, 11, 23, 9, 0, tzinfo=TZ)]
    seen_followup_drafts = set()
    for _ in range(40):
        clock.advance(days=1)
        cycle(config, clock)
        pending = [t for t in pending_ticklers(cal, clock.now) if "/followup/" in t.key]
        assert len(pending) <= 1, "at most one pending follow-up reminder"
        seen_followup_drafts |= {d.key for d in owned_drafts(box) if "/followup/" in d.key}
    assert len(seen_followup_drafts) == 3
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "no_response"
    assert any("/moveon/" in t.key for t in cal.list_ticklers())


def test_low_confidence_stop_signal_goes_to_review_and_keeps_reminders(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    clock.advance(days=2)
    vague = "Unfortunately Dana is ill tomorrow, so we need to move our call. Sorry about that!"
    box.deliver_raw(mail("dana.smith@acme.com", "Re: our call", vague, clock.now))
    cycle(config, clock)
    with Engine.open(config, clock=clock, connect=False) as engine:
        state = engine.states()[0]
    assert state.status not in ("rejected", "offer")
    assert [t for t in pending_ticklers(cal, clock.now) if "/followup/" in t.key]


def test_crash_between_create_and_ledger_creates_no_duplicate(setup, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    real = State.put_artifact
    calls = {"n": 0}

    def crash_on_third(self, row):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("simulated kill")
        return real(self, row)

    monkeypatch.setattr(State, "put_artifact", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        cycle(config, clock)
    monkeypatch.setattr(State, "put_artifact", real)
    cycle(config, clock)
    cycle(config, clock)
    keys = [d.key for d in owned_drafts(box)] + [t.key for t in cal.list_ticklers()]
    assert len(keys) == len(set(keys)) == 4  # two drafts, thank-you and first follow-up reminders


def test_cancelled_interview_cancels_thank_you(setup) -> None:  # type: ignore[no-untyped-def]
    config, cal, box, clock = setup
    cycle(config, clock)
    cal.remove_event("iv-1@acme.com")
    clock.now = START + timedelta(minutes=65)
    cycle(config, clock)
    assert owned_drafts(box) == []
    assert cal.list_ticklers() == []


def test_a_failing_account_does_not_stop_the_others(tmp_path: Path) -> None:
    reset_memory_stores()
    config = memory_config(tmp_path, {"work": ("wcal", "wmail"), "home": ("hcal", "hmail")})
    cal, box = stores(config, "home")
    cal.put_event(interview("iv-2@globex.com", START, company="Globex", domain="globex.com"))
    work_cal, _ = stores(config, "work")
    work_cal.fail_next("list_events", TransientError("server said 503", source="work"))
    clock = Clock(START + timedelta(minutes=65))
    report = cycle(config, clock)
    assert "work:calendar" in report.failed_sources
    assert len(owned_drafts(box)) == 2
    with Engine.open(config, clock=clock, connect=False) as engine:
        assert [h.source for h in engine.state.health()] == ["work:calendar"]


def test_a_classifier_crash_skips_that_message_and_the_cycle_goes_on(setup, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config, _cal, box, clock = setup
    clock.now = START + timedelta(minutes=65)
    box.deliver_raw(mail("dana.smith@acme.com", "Your application at Acme", REJECTION, clock.now))

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("classifier bug")

    monkeypatch.setattr("afterview.daemon.sources.classify_message", broken)
    report = cycle(config, clock)
    assert any("skipped, classifier failed (ValueError)" in p for p in report.problems)
    assert len(owned_drafts(box)) == 2, "the interview's drafts are still made"
