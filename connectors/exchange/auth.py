"""`afterview auth exchange [--account NAME]`: store an Exchange password (or OAuth 2 bearer token)
in the keyring, after checking it with one request to the account's server.

The secret is stored as "<account>/password" (NTLM, basic) or "<account>/token" (oauth2) and
never appears in the config, logs or error messages.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from zoneinfo import ZoneInfo

import click
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AfterviewError, AuthError, ConnectorConfigError
from afterview.connectors.exchange.account import SECRET_FOR, ExchangeOptions, build_account, parse_options
from afterview.connectors.exchange.session import Session
from afterview.connectors.secrets import delete_secret, get_secret, set_secret


def exchange_accounts(ctx: click.Context) -> dict[str, ExchangeOptions]:
    """Given the command's context, returns account name -> Exchange options from the config (none without one)."""
    from afterview.daemon.cli.accounts import accounts_of_type

    tables = accounts_of_type(ctx, ("calendar", "mail"), "exchange") or {}
    return {name: parse_options(options, name) for name, options in tables.items()}


def check_secret(opts: ExchangeOptions, secret: str) -> None:
    """Given options and a candidate secret, makes one cheap request; raises AuthError if refused."""
    ctx = ConnectorContext(account=opts.account, timezone=ZoneInfo("UTC"))
    session = Session(opts, ctx, account=build_account(opts, "UTC", secret=secret))
    try:
        session.read(lambda: list(session.folder("inbox").filter().only("id")[:1]))
    finally:
        session.close()


def store_secret(opts: ExchangeOptions, secret: str, *, check: bool = True) -> None:
    """Checks (unless told not to) and stores the secret for `opts.account`; raises AuthError.

    The secret is stored before the check so that a token the check had to renew stays renewed
    (a used refresh token may be void); a refused one puts the previous secret back.
    """
    if not secret:
        raise AuthError(f"no {SECRET_FOR[opts.auth]} given; nothing stored", source=opts.account)
    name = SECRET_FOR[opts.auth]
    previous = get_secret(opts.account, name)
    set_secret(opts.account, name, secret)
    if not check:
        return
    try:
        check_secret(opts, secret)
    except AfterviewError:
        if previous is None:
            delete_secret(opts.account, name)
        else:
            set_secret(opts.account, name, previous)
        raise


def _pick(accounts: Mapping[str, ExchangeOptions], account: str | None) -> ExchangeOptions:
    from afterview.daemon.cli.accounts import choose_account

    account = choose_account(accounts, account, "exchange")
    if account not in accounts:
        raise AuthError(f"no Exchange account {account!r} in your config",
                        hint='add [accounts.NAME] with calendar/mail = { type = "exchange", ... }')
    return accounts[account]


@click.command("exchange")
@click.option("--account", "account", metavar="NAME", default=None,
              help="The [accounts.NAME] table in your config (default: the only Exchange account).")
@click.option("--stdin", "from_stdin", is_flag=True, default=False, help="Read the secret from standard input.")
@click.option("--no-check", "no_check", is_flag=True, default=False, help="Store without asking the server first.")
@click.pass_context
def command(ctx: click.Context, account: str | None, from_stdin: bool, no_check: bool) -> None:
    """Store the Exchange Server password (or OAuth 2 bearer token) of an account in the OS keyring.

    With auth = "oauth2" the token may be JSON with access_token, refresh_token, expires_at, client_id and
    token_endpoint (or tenant), so afterview can renew it.
    """
    try:
        accounts = exchange_accounts(ctx)
    except ConnectorConfigError as exc:
        raise AuthError(f"the Exchange settings in your config are not usable: {exc}") from None
    opts = _pick(accounts, account)
    what = SECRET_FOR[opts.auth].replace("token", "OAuth 2 bearer token")
    if from_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = click.prompt(f"Exchange {what} for {opts.account} ({opts.username})", hide_input=True)
    store_secret(opts, secret, check=not no_check)
    checked = "checked and " if not no_check else ""
    click.echo(f"Exchange {what} for {opts.account} {checked}stored in the keyring.")
