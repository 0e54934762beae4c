"""`afterview auth caldav`: store a CalDAV password (often an app password) in the keyring.

The password is read with a hidden prompt (or from stdin with --stdin), checked by one PROPFIND
on the account's calendar server when the config names it, and only then stored as
"<account>/caldav_password". It never appears in the config, logs or error messages.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

import click
from afterview.connectors.base import ConnectorContext
from afterview.connectors.caldav_http import SECRET_NAME
from afterview.connectors.errors import AuthError
from afterview.connectors.secrets import set_secret


def check_login(account: str, options: Mapping[str, Any], secret: str) -> None:
    """Given an account, its calendar options and a candidate password, lists its ticklers; raises AuthError."""
    from afterview.connectors.caldav import CaldavCalendar

    calendar = CaldavCalendar.from_options(options, ConnectorContext(account=account, timezone=ZoneInfo("UTC")))
    calendar.t.password_source = lambda: secret
    try:
        calendar.list_ticklers()
    finally:
        calendar.close()


@click.command("caldav")
@click.option("--account", "account", metavar="NAME", default=None,
              help="The [accounts.NAME] table in your config (default: the only CalDAV account).")
@click.option("--stdin", "from_stdin", is_flag=True, default=False, help="Read the password from standard input.")
@click.option("--no-check", "no_check", is_flag=True, default=False, help="Store without asking the server first.")
@click.pass_context
def command(ctx: click.Context, account: str | None, from_stdin: bool, no_check: bool) -> None:
    """Store the CalDAV password of an account in the OS keyring."""
    from afterview.daemon.cli.accounts import accounts_of_type, choose_account

    accounts = accounts_of_type(ctx, "calendar", "caldav")
    account = choose_account(accounts or {}, account, "caldav")
    options = (accounts or {}).get(account)
    if from_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        where = f" ({options.get('username')} at {options.get('url')})" if options else ""
        secret = click.prompt(f"CalDAV password for {account}{where}", hide_input=True)
    if not secret:
        raise AuthError("no password given; nothing stored", source=account)
    if options is not None and not no_check:
        check_login(account, options, secret)
    set_secret(account, SECRET_NAME, secret)
    click.echo(f"stored the CalDAV password for {account} in the keyring")
