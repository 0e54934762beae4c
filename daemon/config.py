"""The config file: TOML read with tomllib, checked by frozen pydantic models.

Every problem is reported at once as "dotted.key: message" in one ConfigError, so a user
fixes the whole file in one go. Connector options are only checked for shape here; the
connectors themselves judge them in `check_connectors` (used by `afterview check-config`).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Sequence
from datetime import time
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterview.connectors import registry
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AfterviewError, ConnectorConfigError
from afterview.daemon.errors import ConfigError
from afterview.daemon.paths import default_cache_dir, default_config_path, default_state_path
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

INIT_HINT = "run `afterview init` to write one, or pass --config PATH"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ADDRESS = re.compile(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:.]+$")


def _between(low: float, high: float) -> AfterValidator:
    # A message in the user's words, not pydantic's "Input should be less than or equal to".
    def check(value: float) -> float:
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g}")
        return value

    return AfterValidator(check)


def _parse_time(value: Any) -> Any:
    # TOML has local-time literals (21:00:00); a quoted "21:00" is accepted too.
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("must be a time of day like 21:00") from None
    if isinstance(value, time) and value.tzinfo is not None:
        raise ValueError("must be a local time of day without offset (it is in `timezone`)")
    return value


def _parse_weekdays(value: Any) -> Any:
    if not isinstance(value, list | tuple | set | frozenset):
        raise ValueError('must be a list of day names like ["mon", "tue"]')
    days: set[int] = set()
    for item in value:
        key = item.strip().lower()[:3] if isinstance(item, str) else None
        if key not in WEEKDAYS:
            raise ValueError(f"unknown day {item!r} (use {', '.join(WEEKDAYS)})")
        days.add(WEEKDAYS.index(key))
    if not days:
        raise ValueError("must name at least one day")
    return frozenset(days)


TimeOfDay = Annotated[time, BeforeValidator(_parse_time)]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PolicyConfig(_Strict):
    """When ticklers and drafts happen ([policy]); defaults follow the advice in seeds/."""

    thank_you_delay_hours: Annotated[StrictFloat, _between(0, 24)] = 2.0
    quiet_hours_start: TimeOfDay = time(21, 0)
    day_start: TimeOfDay = time(9, 0)
    business_days: Annotated[frozenset[int], BeforeValidator(_parse_weekdays)] = frozenset(range(5))
    tickler_minutes: Annotated[StrictInt, _between(5, 480)] = 30
    followup_after_days: Annotated[StrictInt, _between(1, 60)] = 7
    followup_interval_days: Annotated[StrictInt, _between(2, 60)] = 7
    max_followups: Annotated[StrictInt, _between(1, 10)] = 3
    confidence_threshold: Annotated[StrictFloat, _between(0.5, 1)] = 0.8
    track_coffee_chats: StrictBool = False
    lookback_days: Annotated[StrictInt, _between(1, 3650)] = 60
    lookahead_days: Annotated[StrictInt, _between(1, 3650)] = 180
    alarm_minutes_before: Annotated[StrictInt, _between(0, 1440)] = 0

    @model_validator(mode="after")
    def _day_before_quiet(self) -> PolicyConfig:
        if self.day_start >= self.quiet_hours_start:
            raise ValueError("day_start must be earlier than quiet_hours_start")
        return self


class ServiceConfig(_Strict):
    """How often the daemon runs a cycle ([service])."""

    interval_minutes: Annotated[StrictFloat, _between(1, 1440)] = 15.0
    jitter_seconds: Annotated[StrictFloat, _between(0, 3600)] = 60.0
    max_backoff_minutes: Annotated[StrictFloat, _between(1, 10080)] = 240.0

    @model_validator(mode="after")
    def _jitter_fits(self) -> ServiceConfig:
        if self.jitter_seconds >= self.interval_minutes * 60:
            raise ValueError("jitter_seconds must be shorter than interval_minutes")
        return self


class ConnectorConfig(BaseModel):
    """One connector of an account: its registry `type` and the rest of its table as options."""

    model_config = ConfigDict(frozen=True)

    type: str
    options: dict[str, Any] = Field(default_factory=dict)


class AccountConfig(BaseModel):
    """A named account ([accounts.NAME]) with an optional calendar and an optional mailbox."""

    model_config = ConfigDict(frozen=True)

    name: str
    calendar: ConnectorConfig | None = None
    mail: ConnectorConfig | None = None


class Config(BaseModel):
    """The whole, validated config; `path` is the file it came from (None if parsed from text)."""

    model_config = ConfigDict(frozen=True)

    me: tuple[str, ...]
    name: str = ""
    timezone: str
    policy: PolicyConfig = PolicyConfig()
    service: ServiceConfig = ServiceConfig()
    state_path: Path
    accounts: tuple[AccountConfig, ...]
    path: Path | None = None

    @property
    def tz(self) -> ZoneInfo:
        """Returns the user's time zone."""
        return ZoneInfo(self.timezone)


# ------------------------------------------------------------------ the file's shape


class _ConnectorTable(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")
    type: str

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


def _known_type(table: dict[str, str], what: str) -> AfterValidator:
    def check(name: str) -> str:
        if name not in table:
            raise ValueError(f"unknown {what} connector {name!r} (known: {', '.join(sorted(table))})")
        return name

    return AfterValidator(check)


class _CalendarTable(_ConnectorTable):
    type: Annotated[str, _known_type(registry.CALENDARS, "calendar")]


class _MailTable(_ConnectorTable):
    type: Annotated[str, _known_type(registry.MAILBOXES, "mailbox")]


class _AccountTable(_Strict):
    calendar: _CalendarTable | None = None
    mail: _MailTable | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> _AccountTable:
        if self.calendar is None and self.mail is None:
            raise ValueError("needs a calendar or a mail table (or both)")
        return self


class _StateTable(_Strict):
    path: str | None = None


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def _check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Europe/Berlin)") from None
    return name


class _File(_Strict):
    me: Annotated[list[str], BeforeValidator(_as_list), Field(min_length=1)]
    name: str = ""
    timezone: Annotated[str, AfterValidator(_check_timezone)]
    policy: PolicyConfig = PolicyConfig()
    service: ServiceConfig = ServiceConfig()
    state: _StateTable = _StateTable()
    accounts: Annotated[dict[str, _AccountTable], Field(min_length=1)]

    @field_validator("me")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        bad = [a for a in value if not _ADDRESS.match(a.strip())]
        if bad:
            raise ValueError(f"{bad[0]!r} does not look like an email address")
        return list(dict.fromkeys(a.strip().lower() for a in value))


_SECTIONS: dict[str, Iterable[str]] = {
    "": _File.model_fields,
    "policy": PolicyConfig.model_fields,
    "service": ServiceConfig.model_fields,
    "state": _StateTable.model_fields,
    "account": _AccountTable.model_fields,
}
_FRIENDLY = {
    "missing": "is required",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "string_type": "must be a string",
    "list_type": "must be a list",
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "model_attributes_type": "must be a table",
}


def _dotted(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problem(error: Any) -> str:
    loc = tuple(error["loc"])
    key = _dotted(loc) or "(top level)"
    kind = error["type"]
    if kind == "extra_forbidden":
        parent = loc[:-1]
        section = "account" if len(parent) == 2 and parent[0] == "accounts" else ".".join(map(str, parent))
        close = difflib.get_close_matches(str(loc[-1]), list(_SECTIONS.get(section, ())), n=1)
        return f"{key}: unknown key" + (f" (did you mean {close[0]}?)" if close else "")
    if kind == "too_short" and loc in {("me",), ("accounts",)}:
        return f"{key}: needs at least one " + ("address" if loc == ("me",) else "account")
    message = _FRIENDLY.get(kind) or str(error["msg"]).removeprefix("Value error, ")
    return f"{key}: {message}"


def _resolve(value: str, base_dir: Path) -> str:
    # Relative to the config file, so a workspace (the demo's) can be moved as a whole.
    return str(base_dir / Path(value).expanduser())


def _is_path_option(option: str) -> bool:
    return option == "path" or option.endswith("_path")


def _path_problems(raw: dict[str, Any]) -> list[str]:
    # Checked on the raw tables so these come out together with pydantic's problems.
    found: list[str] = []
    state = raw.get("state")
    if isinstance(state, dict) and "path" in state and not (isinstance(state["path"], str) and state["path"]):
        found.append("state.path: must be a non-empty path string")
    accounts = raw.get("accounts")
    for name, account in accounts.items() if isinstance(accounts, dict) else ():
        for kind, table in account.items() if isinstance(account, dict) else ():
            for option, value in table.items() if isinstance(table, dict) else ():
                if _is_path_option(option) and not (isinstance(value, str) and value):
                    found.append(f"accounts.{name}.{kind}.{option}: must be a non-empty path string")
    return found


def _connector(table: _ConnectorTable | None, base_dir: Path) -> ConnectorConfig | None:
    if table is None:
        return None
    options = {k: _resolve(v, base_dir) if _is_path_option(k) else v for k, v in table.options.items()}
    return ConnectorConfig(type=table.type, options=options)


def parse_config(text: str, *, base_dir: Path, path: Path | None = None) -> Config:
    """Given TOML text and the folder relative paths start from, returns a Config.

    Raises ConfigError listing every problem as "dotted.key: message".
    """
    where = str(path) if path else "config"
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where} is not valid TOML", [str(exc)]) from None
    problems = _path_problems(raw)
    try:
        data = _File.model_validate(raw)
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors()] + problems
    if problems:
        raise ConfigError(f"{where} has {len(problems)} problem(s)", problems) from None
    base_dir = base_dir.absolute()
    accounts = tuple(
        AccountConfig(
            name=name,
            calendar=_connector(table.calendar, base_dir),
            mail=_connector(table.mail, base_dir),
        )
        for name, table in data.accounts.items()
    )
    state_path = Path(_resolve(data.state.path, base_dir)) if data.state.path else default_state_path()
    return Config(
        me=tuple(data.me),
        name=data.name,
        timezone=data.timezone,
        policy=data.policy,
        service=data.service,
        state_path=state_path,
        accounts=accounts,
        path=path,
    )


def load_config(path: Path | None) -> Config:
    """Given a config file (None: the default one), returns the Config; raises ConfigError."""
    path = (path or default_config_path()).expanduser().absolute()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no config file at {path}", hint=INIT_HINT) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    return parse_config(text, base_dir=path.parent, path=path)


def connector_context(config: Config, account: str) -> ConnectorContext:
    """Given the config and an account name, returns the context its connectors are built with."""
    return ConnectorContext(account=account, timezone=config.tz, me=config.me, cache_dir=default_cache_dir())


def check_connectors(config: Config) -> list[str]:
    """Given a config, builds (and closes) every connector; returns their problems as dotted keys."""
    problems: list[str] = []
    for account in config.accounts:
        ctx = connector_context(config, account.name)
        for kind, conn, lookup in (
            ("calendar", account.calendar, registry.calendar_class),
            ("mail", account.mail, registry.mailbox_class),
        ):
            if conn is None:
                continue
            key = f"accounts.{account.name}.{kind}"
            try:
                connector = lookup(conn.type).from_options(conn.options, ctx)
            except ConnectorConfigError as exc:
                problems.append(f"{key}.{exc.message}")
                continue
            except AfterviewError as exc:
                problems.append(f"{key}: {exc}")
                continue
            except ImportError as exc:
                problems.append(f"{key}: connector {conn.type!r} needs a missing package ({exc.name})")
                continue
            connector.close()
    return problems


# ------------------------------------------------------------------ the commented default file

_POLICY_COMMENTS = {
    "thank_you_delay_hours": "hours after an interview ends before the 'send thank-you notes' reminder",
    "quiet_hours_start": "no reminder starts at or after this local time; it moves to day_start",
    "day_start": "the earliest local time a reminder starts",
    "business_days": "days reminders may fall on",
    "tickler_minutes": "length of each reminder event in the calendar",
    "followup_after_days": "first follow-up this many days after the interview if no decision date is known",
    "followup_interval_days": "then follow up this often (never daily)",
    "max_followups": "after this many unanswered follow-ups the application becomes no_response",
    "confidence_threshold": "an offer/rejection below this confidence goes to `afterview review`",
    "track_coffee_chats": "also follow informal coffee chats, not only interviews",
    "lookback_days": "how far back the first scan reads calendar and mail",
    "lookahead_days": "how far ahead the calendar is read for upcoming interviews",
    "alarm_minutes_before": "alarm on each reminder event, minutes before it starts",
}


def _toml_str(value: str) -> str:
    escaped = "".join(
        "\\" + c if c in '"\\' else (f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c)
        for c in value
    )
    return f'"{escaped}"'


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, frozenset):
        return "[" + ", ".join(_toml_str(WEEKDAYS[d]) for d in sorted(value)) + "]"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def render_default_config(
    me: Sequence[str], name: str, timezone: str, calendar_path: str | Path, maildir_path: str | Path
) -> str:
    """Given the user's addresses, name, IANA zone and local folders, returns a commented config.toml."""
    policy = PolicyConfig()
    service = ServiceConfig()
    lines = [
        "# afterview configuration. Check it with `afterview check-config`.",
        "# Relative paths start at this file's folder; ~ is your home folder.",
        "",
        "# Your own addresses: mail from them is yours (sent thank-yous, follow-ups).",
        f"me = [{', '.join(_toml_str(a) for a in me)}]",
        "# Your name, used to sign drafts.",
        f"name = {_toml_str(name)}",
        "# Your IANA time zone; reminders fall on business days at local times in it.",
        f"timezone = {_toml_str(timezone)}",
        "",
        "[policy]",
    ]
    for key in PolicyConfig.model_fields:
        lines += [f"# {_POLICY_COMMENTS[key]}", f"{key} = {_toml_value(getattr(policy, key))}"]
    lines += [
        "",
        "[service]",
        "# `afterview run` checks calendar and mail this often, plus a random jitter,",
        "# and waits longer (doubling, up to max_backoff_minutes) after a failed cycle.",
        *(f"{key} = {_toml_value(getattr(service, key))}" for key in ServiceConfig.model_fields),
        "",
        "[state]",
        "# The SQLite state (evidence, applications, what afterview wrote). Default:",
        f"# path = {_toml_str(str(default_state_path()))}",
        "",
        "# One table per account. Each has a calendar (where interviews are read and reminder",
        "# events are written) and/or a mailbox (where replies are read and drafts are saved).",
        "# Calendar types: " + ", ".join(sorted(registry.CALENDARS)) + ".",
        "#   vdir: a folder of .ics files as vdirsyncer/khal use; options: path, tickler_path",
        "#         (another collection for reminders), create = true to create a missing folder.",
        "# Mailbox types: " + ", ".join(sorted(registry.MAILBOXES)) + ".",
        '#   maildir: as mbsync/offlineimap/notmuch use; options: path, layout ("auto",',
        '#            "maildir++" or "verbatim"), sent, drafts (folder names), create = true.',
        "[accounts.personal]",
        f'calendar = {{ type = "vdir", path = {_toml_str(str(calendar_path))} }}',
        f'mail = {{ type = "maildir", path = {_toml_str(str(maildir_path))} }}',
        "",
    ]
    return "\n".join(lines)
