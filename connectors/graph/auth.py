"""`afterview auth microsoft`: msal's device-code flow (works on a headless machine).

The user opens the printed address on any device and types the code; the token cache
goes to the keyring ("<account>/msal_cache") and the app registration beside it
("<account>/msal_app"). Scopes: Mail.ReadWrite (drafts), Calendars.ReadWrite and
offline_access, never Mail.Send.
"""

from __future__ import annotations

from typing import Any

import click
import msal  # type: ignore[import-untyped]
from afterview.connectors.errors import AuthError
from afterview.connectors.graph.tokens import (
    APP_SECRET,
    AUTHORITY_HOST,
    CACHE_SECRET,
    DEFAULT_TENANT,
    SCOPES,
    AppRegistration,
    build_app,
    forget_shared_tokens,
)
from afterview.connectors.secrets import get_secret, set_secret


def authorise(reg: AppRegistration, account: str, *, http_client: Any = None,
              show: Any = click.echo) -> str:
    """Given an app registration and account, runs the device-code flow; returns the signed-in user.

    Stores the token cache and the registration in the keyring; raises AuthError if sign-in fails.
    """
    cache = msal.SerializableTokenCache()
    app = build_app(reg, cache, http_client)
    flow = app.initiate_device_flow(scopes=list(SCOPES))
    if "user_code" not in flow:
        raise AuthError(f"Microsoft refused to start sign-in ({str(flow.get('error', 'unknown'))[:60]})",
                        source=account)
    show(flow.get("message") or f"Open {flow.get('verification_uri')} and enter {flow['user_code']}")
    result = app.acquire_token_by_device_flow(flow)
    if "access_token" not in result:
        raise AuthError(f"Microsoft sign-in did not finish ({str(result.get('error', 'unknown'))[:60]})",
                        source=account)
    granted = {s.lower() for s in str(result.get("scope", "")).split()}
    if any(s.endswith("mail.send") for s in granted):
        raise AuthError("the token would allow sending mail; afterview refuses it", source=account,
                        hint="remove Mail.Send from the app registration's permissions")
    set_secret(account, CACHE_SECRET, cache.serialize())
    set_secret(account, APP_SECRET, reg.dump())
    forget_shared_tokens()
    claims = result.get("id_token_claims") or {}
    return str(claims.get("preferred_username") or claims.get("name") or "your account")


@click.command("microsoft")
@click.option("--account", "account", required=True, metavar="NAME",
              help="The [accounts.NAME] table in your config.")
@click.option("--tenant", metavar="ID", default=None,
              help=f"Directory (tenant) id or domain; default: the stored one, else {DEFAULT_TENANT!r}.")
@click.option("--client-id", "client_id", metavar="ID", default=None,
              help="Application (client) id of your Entra app registration; default: the stored one.")
@click.option("--authority-host", default=None, hidden=True, help="National clouds, e.g. login.microsoftonline.us.")
def command(account: str, tenant: str | None, client_id: str | None, authority_host: str | None) -> None:
    """Authorise a Microsoft 365 or Outlook.com account (device code; never Mail.Send)."""
    import json

    stored: dict[str, str] = {}
    raw = get_secret(account, APP_SECRET)
    if raw:
        try:
            stored = dict(json.loads(raw))
        except (ValueError, TypeError):
            stored = {}
    client_id = client_id or stored.get("client_id")
    if not client_id:
        raise AuthError("no app registration known for this account", source=account,
                        hint=f"afterview auth microsoft --account {account} --client-id YOUR-APP-ID")
    reg = AppRegistration(client_id, tenant or stored.get("tenant") or DEFAULT_TENANT,
                          authority_host or stored.get("host") or AUTHORITY_HOST)
    who = authorise(reg, account)
    click.echo(f"Authorised {who} for account {account!r} (Mail.ReadWrite, Calendars.ReadWrite; never Mail.Send).")
