"""Config: parsing, every problem at once with its key, paths, the commented default file."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from afterview.connectors import registry
from afterview.daemon.config import (
    Config,
    PolicyConfig,
    ServiceConfig,
    check_connectors,
    load_config,
    parse_config,
    render_default_config,
)
from afterview.daemon.errors import ConfigError

MINIMAL = """
me = ["Jordan@Example.org"]
timezone = "Europe/Berlin"
[accounts.personal]
calendar = { type = "memory" }
mail = { type = "memory", name = "inbox-a" }
"""


def problems_of(text: str, base_dir: Path = Path("/cfg")) -> tuple[str, ...]:
    with pytest.raises(ConfigError) as info:
        parse_config(text, base_dir=base_dir)
    return info.value.problems


def test_minimal_config_gets_defaults() -> None:
    config = parse_config(MINIMAL, base_dir=Path("/cfg"))
    assert config.me == ("jordan@example.org",)
    assert config.name == ""
    assert config.tz.key == "Europe/Berlin"
    assert config.policy == PolicyConfig()
    assert config.policy.business_days == frozenset({0, 1, 2, 3, 4})
    assert config.policy.quiet_hours_start == time(21, 0)
    assert config.service == ServiceConfig()
    (account,) = config.accounts
    assert account.name == "personal"
    assert account.calendar is not None and account.calendar.type == "memory"
    assert account.mail is not None and account.mail.options == {"name": "inbox-a"}
    assert config.state_path.name == "state.sqlite3"
    assert config.path is None


def test_policy_values_are_read() -> None:
    text = MINIMAL + """
[policy]
business_days = ["Mon", "wednesday", "sat"]
day_start = 08:30:00
quiet_hours_start = "20:00"
max_followups = 5
thank_you_delay_hours = 1
track_coffee_chats = true
[service]
interval_minutes = 5
jitter_seconds = 0
"""
    config = parse_config(text, base_dir=Path("/cfg"))
    assert config.policy.business_days == frozenset({0, 2, 5})
    assert config.policy.day_start == time(8, 30)
    assert config.policy.quiet_hours_start == time(20, 0)
    assert config.policy.max_followups == 5
    assert config.policy.thank_you_delay_hours == 1.0
    assert config.policy.track_coffee_chats is True
    assert config.service.interval_minutes == 5.0 and config.service.jitter_seconds == 0.0


def test_every_problem_is_reported_at_once_with_its_key() -> None:
    text = """
me = ["jordan@example.org", "not-an-address"]
timezone = "Europe/Berlinn"
[policy]
max_followups = 11
max_folowups = 2
business_days = ["mon", "fry"]
track_coffee_chats = "yes"
[service]
interval_minutes = "5"
[accounts.personal]
mail = { type = "maildri", path = "x" }
calendar = { type = "vdir", path = 3 }
[accounts.empty]
[stat]
"""
    assert sorted(problems_of(text)) == sorted(
        [
            "me: 'not-an-address' does not look like an email address",
            "timezone: unknown time zone 'Europe/Berlinn' (use an IANA name such as Europe/Berlin)",
            "policy.max_followups: must be between 1 and 10",
            "policy.max_folowups: unknown key (did you mean max_followups?)",
            "policy.business_days: unknown day 'fry' (use mon, tue, wed, thu, fri, sat, sun)",
            "policy.track_coffee_chats: must be true or false",
            "service.interval_minutes: must be a number",
            "accounts.personal.mail.type: unknown mailbox connector 'maildri' (known: "
            + ", ".join(sorted(registry.MAILBOXES))
            + ")",
            "accounts.personal.calendar.path: must be a non-empty path string",
            "accounts.empty: needs a calendar or a mail table (or both)",
            "stat: unknown key (did you mean state?)",
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('timezone = "UTC"\n[accounts.a]\ncalendar = { type = "memory" }', "me: is required"),
        ('me = []\ntimezone = "UTC"\n[accounts.a]\ncalendar = {type="memory"}',
         "me: needs at least one address"),
        ('me = "a@b.org"\n[accounts.a]\ncalendar = { type = "memory" }', "timezone: is required"),
        ('me = "a@b.org"\ntimezone = "UTC"', "accounts: is required"),
        ('me = "a@b.org"\ntimezone = "UTC"\n[accounts]', "accounts: needs at least one account"),
        (MINIMAL + "[policy]\nday_start = 22:00:00",
         "policy: day_start must be earlier than quiet_hours_start"),
        (MINIMAL + "[policy]\nconfidence_threshold = 1.5",
         "policy.confidence_threshold: must be between 0.5 and 1"),
        (MINIMAL + "[policy]\ntickler_minutes = 30.5", "policy.tickler_minutes: must be a whole number"),
        (MINIMAL + "[policy]\nbusiness_days = []", "policy.business_days: must name at least one day"),
        (MINIMAL + '[policy]\nday_start = "9 am"', "policy.day_start: must be a time of day like 21:00"),
        (MINIMAL + "[service]\ninterval_minutes = 1\njitter_seconds = 60",
         "service: jitter_seconds must be shorter than interval_minutes"),
        (MINIMAL + '[state]\npath = ""', "state.path: must be a non-empty path string"),
        (MINIMAL + "[accounts.personal.mail]\ntype = 'memory'", None),  # TOML itself rejects the redefinition
    ],
)
def test_single_problems(text: str, expected: str | None) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(text, base_dir=Path("/cfg"))
    if expected is None:
        assert "not valid TOML" in info.value.message
    else:
        assert expected in info.value.problems


def test_connector_table_without_type() -> None:
    text = 'me = "a@b.org"\ntimezone = "UTC"\n[accounts.a]\ncalendar = { path = "x" }'
    assert problems_of(text) == ("accounts.a.calendar.type: is required",)


def test_paths_resolve_against_config_dir_and_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    text = """
me = ["a@b.org"]
timezone = "UTC"
[state]
path = "db/state.sqlite3"
[accounts.x]
calendar = { type = "vdir", path = "cal", tickler_path = "~/ticklers", create = true }
mail = { type = "maildir", path = "/abs/Mail", layout = "verbatim" }
"""
    config = parse_config(text, base_dir=tmp_path / "ws")
    (account,) = config.accounts
    assert account.calendar is not None and account.mail is not None
    assert account.calendar.options == {
        "path": str(tmp_path / "ws" / "cal"),
        "tickler_path": str(tmp_path / "home" / "ticklers"),
        "create": True,
    }
    assert account.mail.options == {"path": "/abs/Mail", "layout": "verbatim"}
    assert config.state_path == tmp_path / "ws" / "db" / "state.sqlite3"


def test_load_config_reads_the_file_and_records_its_path(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(MINIMAL + '[state]\npath = "s.sqlite3"\n', encoding="utf-8")
    config = load_config(path)
    assert config.path == path
    assert config.state_path == tmp_path / "s.sqlite3"


def test_missing_file_says_run_init(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.toml")
    assert "no config file" in info.value.message
    assert info.value.hint is not None and "afterview init" in info.value.hint


def test_default_path_comes_from_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(tmp_path / "xdg" / "afterview" / "config.toml") in info.value.message


def test_config_is_frozen() -> None:
    config = parse_config(MINIMAL, base_dir=Path("/cfg"))
    with pytest.raises(ValueError, match="frozen"):
        config.name = "someone"  # type: ignore[misc]
    with pytest.raises(ValueError, match="frozen"):
        config.policy.max_followups = 9  # type: ignore[misc]


def test_rendered_default_config_round_trips(tmp_path: Path) -> None:
    text = render_default_config(
        ["Jordan@Example.org", "j.lee@work.example"], 'Jördan "J" Lee\\', "America/New_York", "~/cal", "Mail"
    )
    for key in PolicyConfig.model_fields:
        # every policy key is shown with a comment line just above it
        line_no = next(i for i, line in enumerate(text.splitlines()) if line.startswith(f"{key} = "))
        assert text.splitlines()[line_no - 1].startswith("# ")
    config: Config = parse_config(text, base_dir=tmp_path)
    assert config.me == ("jordan@example.org", "j.lee@work.example")
    assert config.name == 'Jördan "J" Lee\\'
    assert config.timezone == "America/New_York"
    assert config.policy == PolicyConfig() and config.service == ServiceConfig()
    (account,) = config.accounts
    assert account.calendar is not None and account.calendar.type == "vdir"
    assert account.mail is not None and account.mail.options["path"] == str(tmp_path / "Mail")


def test_check_connectors_reports_what_the_connectors_say(tmp_path: Path) -> None:
    pytest.importorskip("afterview.connectors.vdir")
    pytest.importorskip("afterview.connectors.maildir")
    text = """
me = ["a@b.org"]
timezone = "UTC"
[accounts.good]
calendar = { type = "memory" }
mail = { type = "memory" }
[accounts.bad]
calendar = { type = "vdir", path = "missing-calendar" }
mail = { type = "maildir", path = "missing-mail" }
"""
    problems = check_connectors(parse_config(text, base_dir=tmp_path))
    assert len(problems) == 2
    assert problems[0].startswith("accounts.bad.calendar.")
    assert problems[1].startswith("accounts.bad.mail.")
    assert not (tmp_path / "missing-calendar").exists()  # checking never creates folders unasked


def test_check_connectors_passes_a_sound_config(tmp_path: Path) -> None:
    pytest.importorskip("afterview.connectors.memory")
    assert check_connectors(parse_config(MINIMAL, base_dir=tmp_path)) == []
