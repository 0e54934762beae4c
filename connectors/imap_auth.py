"""`afterview auth imap`: store an IMAP password (or an XOAUTH2 access token) in the keyring.

The secret is read with a hidden prompt (or from stdin with --stdin), checked by logging in to
the account's server when the config names one, and only then stored as "<account>/password"
or "<account>/oauth2_token". It never appears in the config, logs or error messages.
"""

from __future__ import annotations

import sys
from zoneinfo import ZoneInfo

import click
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AuthError, ConnectorConfigError
from afterview.connectors.imap_conn import OAUTH2_SECRET, PASSWORD_SECRET, ImapOptions, ImapSession, parse_options
from afterview.connectors.secrets import set_secret


def _imap_accounts(ctx: click.Context) -> dict[str, ImapOptions] | None:
    """Returns account name -> IMAP options from the config, or None when there is no config."""
    from afterview.daemon.config import load_config
    from afterview.daemon.errors import ConfigError

    path = getattr(ctx.find_root().obj, "config_path", None)
    try:
        config = load_config(path)
    except ConfigError:
        return None
    found: dict[str, ImapOptions] = {}
    for account in config.accounts:
        if account.mail is not None and account.mail.type == "imap":
            found[account.name] = parse_options(account.mail.options)
    return found


def check_login(account: str, options: ImapOptions, secret: str) -> None:
    """Given an account, its options and a candidate secret, logs in and out; raises AuthError if refused."""
    session = ImapSession(options, ConnectorContext(account=account, timezone=ZoneInfo("UTC")), secret=secret)
    try:
        session.run("login check", lambda client: client.noop())
    finally:
        session.close()


@click.command("imap")
@click.option("--account", "account", metavar="NAME", default=None,
              help="The [accounts.NAME] table in your config (default: the only IMAP account).")
@click.option("--xoauth2", is_flag=True, default=False,
              help="Store an OAuth 2 access token for XOAUTH2 instead of a password.")
@click.option("--stdin", "from_stdin", is_flag=True, default=False, help="Read the secret from standard input.")
@click.option("--no-check", "no_check", is_flag=True, default=False, help="Store without logging in first.")
@click.pass_context
def command(ctx: click.Context, account: str | None, xoauth2: bool, from_stdin: bool, no_check: bool) -> None:
    """Store the IMAP password (or XOAUTH2 token) of an account in the OS keyring."""
    try:
        accounts = _imap_accounts(ctx)
    except ConnectorConfigError as exc:
        raise AuthError(f"the IMAP settings in your config are not usable: {exc}") from None
    if account is None:
        names = sorted(accounts or {})
        if len(names) != 1:
            raise AuthError("say which account", hint="afterview auth imap --account NAME")
        account = names[0]
    options = (accounts or {}).get(account)
    use_oauth = xoauth2 or (options is not None and options.auth == "xoauth2")
    what = "OAuth 2 access token" if use_oauth else "password"
    if from_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        label = f"IMAP {what} for {account}" + (f" ({options.username}@{options.host})" if options else "")
        secret = click.prompt(label, hide_input=True)
    if not secret:
        raise AuthError(f"no {what} given; nothing stored", source=account)
    if options is not None and not no_check:
        if use_oauth and options.auth != "xoauth2":
            raise AuthError("the config says auth = \"password\" for this account", source=account,
                            hint='set auth = "xoauth2" in its mail table first')
        check_login(account, options, secret)
    set_secret(account, OAUTH2_SECRET if use_oauth else PASSWORD_SECRET, secret)
    checked = "checked and " if options is not None and not no_check else ""
    click.echo(f"IMAP {what} for {account} {checked}stored in the keyring.")
