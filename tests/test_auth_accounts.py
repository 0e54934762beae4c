"""The account picker shared by the `afterview auth PROVIDER` commands (daemon/cli/accounts.py)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import click
import pytest
from afterview.connectors.errors import AuthError
from afterview.daemon.cli.accounts import accounts_of_type, choose_account

CONFIG = """me = ["jordan@example.org"]
timezone = "Europe/Berlin"
[state]
path = "state.sqlite3"
[accounts.work]
mail = { type = "imap", host = "imap.example.org", username = "jl" }
calendar = { type = "caldav", url = "https://dav.example.org/", username = "jl" }
[accounts.home]
mail = { type = "maildir", path = "mail" }
calendar = { type = "caldav", url = "https://cal.example.net/", username = "jordan" }
[accounts.old]
mail = { type = "imap", host = "mail.example.net", username = "jordan" }
"""


def _ctx(path: Path) -> click.Context:
    return click.Context(click.Command("x"), obj=SimpleNamespace(config_path=path))


def test_accounts_of_a_type_come_with_their_table(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    (tmp_path / "mail").mkdir()
    ctx = _ctx(path)
    imap = accounts_of_type(ctx, "mail", "imap")
    assert imap is not None and sorted(imap) == ["old", "work"]
    assert imap["work"]["host"] == "imap.example.org"
    caldav = accounts_of_type(ctx, "calendar", "caldav")
    assert caldav is not None and {k: v["url"] for k, v in caldav.items()} == {
        "work": "https://dav.example.org/", "home": "https://cal.example.net/"}
    assert accounts_of_type(ctx, "calendar", "imap") == {}
    both = accounts_of_type(ctx, ("calendar", "mail"), "caldav")
    assert both is not None and sorted(both) == ["home", "work"]


def test_no_usable_config_is_none(tmp_path: Path) -> None:
    assert accounts_of_type(_ctx(tmp_path / "missing.toml"), "mail", "imap") is None
    broken = tmp_path / "broken.toml"
    broken.write_text("me = [\n")
    assert accounts_of_type(_ctx(broken), "mail", "imap") is None


def test_choose_account_needs_exactly_one_or_a_name() -> None:
    assert choose_account(["work"], None, "imap") == "work"
    assert choose_account(["work", "old"], "old", "imap") == "old"
    assert choose_account([], "new", "caldav") == "new"
    for names in ([], ["work", "old"]):
        with pytest.raises(AuthError) as which:
            choose_account(names, None, "caldav")
        assert which.value.hint == "afterview auth caldav --account NAME"
