"""`afterview auth imap`: store an IMAP password, an XOAUTH2 access token, or a renewable XOAUTH2 grant
(refresh token) in the keyring.

The secret is read with a hidden prompt (or from stdin with --stdin), checked by logging in to
the account's server when the config names one, and only then stored as "<account>/password"
or "<account>/oauth2_token". A refresh token is first renewed at the account's `oauth_token_url`
(which proves it works) and stored with the access token it yields; an optional OAuth client
secret goes to "<account>/oauth2_client_secret". Secrets never appear in the config, logs or errors.
"""

from __future__ import annotations

import sys
from zoneinfo import ZoneInfo

import click
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AuthError, ConnectorConfigError
from afterview.connectors.imap_conn import OAUTH2_SECRET, PASSWORD_SECRET, ImapOptions, ImapSession, parse_options
from afterview.connectors.imap_oauth import CLIENT_SECRET, StoredToken, dump_token, grant_token
from afterview.connectors.secrets import get_secret, set_secret


def check_login(account: str, options: ImapOptions, secret: str) -> None:
    """Given an account, its options and a candidate secret, logs in and out; raises AuthError if refused."""
    session = ImapSession(options, ConnectorContext(account=account, timezone=ZoneInfo("UTC")), secret=secret)
    try:
        session.run("login check", lambda client: client.noop())
    finally:
        session.close()


def _read(from_stdin: bool, label: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(click.prompt(label, hide_input=True))


def _grant(account: str, options: ImapOptions | None, refresh_token: str, client_secret: str | None,
           check: bool) -> StoredToken:
    """Given a refresh token, returns the token to store: renewed and logged in with when `check`."""
    if options is None or not check:
        settings = options.oauth() if options is not None else None
        return StoredToken(access_token=None, refresh_token=refresh_token,
                           token_url=settings.token_url if settings else None,
                           client_id=settings.client_id if settings else None,
                           scope=settings.scope if settings else None)
    token = grant_token(account, options.oauth(), refresh_token,
                        client_secret or get_secret(account, CLIENT_SECRET), timeout=options.timeout)
    check_login(account, options, token.access_token or "")
    return token


@click.command("imap")
@click.option("--account", "account", metavar="NAME", default=None,
              help="The [accounts.NAME] table in your config (default: the only IMAP account).")
@click.option("--xoauth2", is_flag=True, default=False,
              help="Store an OAuth 2 access token for XOAUTH2 instead of a password.")
@click.option("--refresh-token", "refresh", is_flag=True, default=False,
              help="With --xoauth2: store a refresh token, renewed at the mail table's oauth_token_url.")
@click.option("--client-secret", "with_client_secret", is_flag=True, default=False,
              help="With --refresh-token: also ask for the OAuth client secret (the second line with --stdin).")
@click.option("--stdin", "from_stdin", is_flag=True, default=False, help="Read the secret from standard input.")
@click.option("--no-check", "no_check", is_flag=True, default=False, help="Store without logging in first.")
@click.pass_context
def command(ctx: click.Context, account: str | None, xoauth2: bool, refresh: bool, with_client_secret: bool,
            from_stdin: bool, no_check: bool) -> None:
    """Store the IMAP password (or XOAUTH2 token or refresh token) of an account in the OS keyring."""
    from afterview.daemon.cli.accounts import accounts_of_type, choose_account

    found = accounts_of_type(ctx, "mail", "imap")
    try:
        accounts = None if found is None else {name: parse_options(opts) for name, opts in found.items()}
    except ConnectorConfigError as exc:
        raise AuthError(f"the IMAP settings in your config are not usable: {exc}") from None
    account = choose_account(accounts or {}, account, "imap")
    options = (accounts or {}).get(account)
    if with_client_secret and not refresh:
        raise AuthError("--client-secret goes with --refresh-token",
                        hint="afterview auth imap --xoauth2 --refresh-token --client-secret")
    use_oauth = xoauth2 or refresh or (options is not None and options.auth == "xoauth2")
    what = "OAuth 2 refresh token" if refresh else "OAuth 2 access token" if use_oauth else "password"
    where = f" ({options.username}@{options.host})" if options else ""
    secret = _read(from_stdin, f"IMAP {what} for {account}{where}")
    if not secret:
        raise AuthError(f"no {what} given; nothing stored", source=account)
    client_secret = _read(from_stdin, f"OAuth client secret for {account}") if with_client_secret else None
    if with_client_secret and not client_secret:
        raise AuthError("no OAuth client secret given; nothing stored", source=account)
    check = options is not None and not no_check
    if check and use_oauth and options is not None and options.auth != "xoauth2":
        raise AuthError("the config says auth = \"password\" for this account", source=account,
                        hint='set auth = "xoauth2" in its mail table first')
    if refresh:
        stored = dump_token(_grant(account, options, secret, client_secret, check))
    else:
        if check and options is not None:
            check_login(account, options, secret)
        stored = secret
    if client_secret:
        set_secret(account, CLIENT_SECRET, client_secret)
    set_secret(account, OAUTH2_SECRET if use_oauth else PASSWORD_SECRET, stored)
    checked = "checked and " if check else ""
    click.echo(f"IMAP {what} for {account} {checked}stored in the keyring.")
