"""The daemon end to end on a recurring interview loop (three days) on Google and on Microsoft Graph:
every instance is an interview of one application, a deleted instance is dropped from it (not the
whole series), and the end of the last one brings thank-you drafts and a reminder event.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from afterview.connectors.graph import tokens as graph_tokens
from afterview.connectors.graph.auth import authorise
from afterview.connectors.graph.events import KEY_PROP
from afterview.connectors.graph.tokens import AppRegistration, forget_shared_tokens
from afterview.connectors.secrets import set_secret
from afterview.daemon.config import Config, parse_config
from afterview.daemon.engine import Engine
from engine_kit import ME, TZ, Clock, interview
from fakes.google_fake import FakeGoogle, running_fake
from fakes.graph_fake import GraphFake, serve
from fakes.graph_shapes import event_json
from fakes.msal_offline import OfflineAuthority
from google_kit import google_event
from memory_keyring import memory_keyring

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # Tuesday; the loop runs Tuesday to Thursday
LOOP = interview("loop-1@acme.com", START, stage="Interview loop")
CLIENT_ID = "11111111-2222-3333-4444-555555555555"


def _config(tmp_path: Path, calendar: str, mail: str) -> Config:
    text = "\n".join([
        f'me = ["{ME}"]', 'name = "Jordan Lee"', 'timezone = "Europe/Berlin"',
        "[state]", 'path = "state.sqlite3"',
        "[accounts.personal]", f"calendar = {{ {calendar} }}", f"mail = {{ {mail} }}",
    ]) + "\n"
    return parse_config(text, base_dir=tmp_path, path=tmp_path / "config.toml")


class Backend:
    """What the scenario needs of a backend: its config, deleting one instance, counting owned artifacts."""

    config: Config

    def delete_instance(self, original: datetime) -> None: ...

    def drafts(self) -> int: ...

    def ticklers(self) -> int: ...


class Google(Backend):
    def __init__(self, fake: FakeGoogle, tmp_path: Path) -> None:
        self.fake = fake
        opts = ", ".join(f'{k} = "{v}"' for k, v in fake.client_options().items()) + ", retry_base_seconds = 0.001"
        self.config = _config(tmp_path, f'type = "google", {opts}', f'type = "google", {opts}')
        body = google_event(LOOP)
        for name in ("start", "end"):
            body[name]["timeZone"] = "Europe/Berlin"
        fake.calendar.put_event({**body, "recurrence": ["RRULE:FREQ=DAILY;COUNT=3"]})

    def delete_instance(self, original: datetime) -> None:
        self.fake.calendar.user_delete_instance(self.fake.calendar.series_id(LOOP.uid), original)

    def drafts(self) -> int:
        return sum(b"X-Afterview-Owner" in self.fake.gmail.draft_message(d).raw for d in self.fake.gmail.drafts)

    def ticklers(self) -> int:
        return sum((e.get("extendedProperties") or {}).get("private", {}).get("afterview_owner") == "afterview"
                   for e in self.fake.calendar.live())


class Graph(Backend):
    def __init__(self, fake: GraphFake, tmp_path: Path) -> None:
        self.fake = fake
        self.config = _config(tmp_path, f'type = "microsoft", graph_url = "{fake.base}"',
                              f'type = "microsoft", graph_url = "{fake.base}"')
        recurrence = {"pattern": {"type": "daily", "interval": 1},
                      "range": {"type": "numbered", "numberOfOccurrences": 3, "startDate": "2026-11-17",
                                "recurrenceTimeZone": "Europe/Berlin"}}
        self.master = fake.put_event_json({**event_json(LOOP), "type": "seriesMaster", "recurrence": recurrence})

    def delete_instance(self, original: datetime) -> None:
        self.fake.delete_occurrence(self.master, original)

    def drafts(self) -> int:
        return sum(KEY_PROP in m.props for m in self.fake.messages.values() if m.folder == "drafts")

    def ticklers(self) -> int:
        return sum(KEY_PROP in e.props for e in self.fake.events.values())


@pytest.fixture(params=["google", "microsoft"])
def backend(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    if request.param == "google":
        with running_fake(email=ME) as google, memory_keyring():
            set_secret("personal", "google_refresh_token", google.issue_refresh_token())
            yield Google(google, tmp_path)
            assert google.violations == []
        return
    authority = OfflineAuthority()
    monkeypatch.setattr(graph_tokens, "default_http_client", lambda: authority)
    forget_shared_tokens()
    with memory_keyring(), serve() as graph:
        authorise(AppRegistration(CLIENT_ID), "personal", show=lambda _: None)
        yield Graph(graph, tmp_path)
    forget_shared_tokens()


def _interviews(config: Config, clock: Clock) -> list[datetime]:
    with Engine.open(config, clock=clock) as engine:
        report = engine.run_cycle()
        assert not report.failed_sources, report.failed_sources
        states = engine.states(clock.now)
    assert len(states) == 1, [s.app for s in states]
    return sorted(i.start.astimezone(UTC) for i in states[0].interviews)


def test_a_recurring_interview_loop_with_a_deleted_day(backend: Backend) -> None:
    clock = Clock(START - timedelta(days=2))
    days = [START + timedelta(days=n) for n in range(3)]
    assert _interviews(backend.config, clock) == [d.astimezone(UTC) for d in days]

    backend.delete_instance(days[1])
    clock.advance(hours=1)
    assert _interviews(backend.config, clock) == [days[0].astimezone(UTC), days[2].astimezone(UTC)]

    clock.now = days[0] + timedelta(minutes=65)
    _interviews(backend.config, clock)
    assert backend.drafts() == 0, "Thursday's interview is still to come"
    clock.now = days[2] + timedelta(minutes=65)
    _interviews(backend.config, clock)
    assert backend.drafts() == 2, "one thank-you draft per interviewer"
    assert backend.ticklers() >= 1, "a reminder event with the owner tag"
