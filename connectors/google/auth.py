"""`afterview auth google`: google-auth-oauthlib's installed-app flow with a loopback redirect.

Default: a browser opens and Google redirects to a one-off server on 127.0.0.1. With
--no-browser the address is printed; with --port the loopback server listens on that fixed
port (forward it with `ssh -L PORT:127.0.0.1:PORT`), otherwise the user pastes the address
the browser ended on (a "cannot connect" page is fine: the code is in the address).
The refresh token and the OAuth client JSON go to the keyring, never to the config.
Scopes are exactly gmail.readonly, gmail.compose and calendar.events.
"""

from __future__ import annotations

import contextlib
import json
import os
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from afterview.connectors.errors import AuthError, ConnectorConfigError
from afterview.connectors.google.session import CLIENT_SECRET, REFRESH_TOKEN, SCOPES, client_from_json
from afterview.connectors.secrets import get_secret, set_secret

PASTE_REDIRECT = "http://127.0.0.1:8765/"
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@contextlib.contextmanager
def _loopback_http(token_uri: str) -> Iterator[None]:
    """Lets oauthlib use plain HTTP only for a token endpoint on this machine (a local test server)."""
    host = urllib.parse.urlsplit(token_uri).hostname or ""
    if token_uri.startswith("https://") or host not in _LOOPBACK:
        yield
        return
    previous = os.environ.get("OAUTHLIB_INSECURE_TRANSPORT")
    os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("OAUTHLIB_INSECURE_TRANSPORT", None)
        else:
            os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = previous


def _client_json(account: str, path: str | None) -> str:
    if path is not None:
        try:
            text = Path(path).expanduser().read_text(encoding="utf-8")
            client_from_json(text)
        except (OSError, ValueError) as exc:
            raise ConnectorConfigError("--client-secret", f"not a readable OAuth client JSON ({type(exc).__name__})"
                                       ) from None
        return text
    stored = get_secret(account, CLIENT_SECRET)
    if not stored:
        raise AuthError(f"no OAuth client stored for {account}", source=account,
                        hint="pass --client-secret PATH (the JSON of your Desktop-app OAuth client, see README)")
    return stored


def authorise(account: str, client_json: str, *, no_browser: bool, port: int | None,
              prompt: Callable[[str], str], show: Callable[[str], None]) -> Any:
    """Given an account and client JSON, runs the flow; returns the credentials (with a refresh token).

    Raises AuthError when Google grants no refresh token or fewer scopes than asked.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow  # type: ignore[import-untyped]

    config = json.loads(client_json)
    token_uri = client_from_json(client_json)[2]
    flow = InstalledAppFlow.from_client_config(config, scopes=list(SCOPES))
    extra = {"access_type": "offline", "prompt": "consent"}
    try:
        with _loopback_http(token_uri):
            if not no_browser or port is not None:
                message = "Open this address in a browser to authorise afterview:\n{url}"
                flow.run_local_server(host="127.0.0.1", bind_addr="127.0.0.1", port=port or 0,
                                      open_browser=not no_browser, authorization_prompt_message=message, **extra)
            else:
                flow.redirect_uri = PASTE_REDIRECT
                url, _state = flow.authorization_url(**extra)
                show("Open this address in a browser on any machine and allow access:\n" + url)
                show("The browser then fails to load a 127.0.0.1 page; that is expected.")
                pasted = prompt("Paste the whole address from the browser's address bar").strip()
                # oauthlib insists on https for the response; the loopback redirect is http by design.
                flow.fetch_token(authorization_response=pasted.replace("http://", "https://", 1))
    except Warning as exc:  # oauthlib: "Scope has changed" when the user unticked a permission
        raise AuthError(f"Google granted other permissions than asked ({exc})", source=account,
                        hint="run the command again and allow every permission afterview asks for") from None
    except Exception as exc:
        if isinstance(exc, AuthError):
            raise
        raise AuthError(f"Google sign-in did not finish ({type(exc).__name__})", source=account) from None
    credentials = flow.credentials
    if not credentials.refresh_token:
        raise AuthError("Google sent no refresh token", source=account,
                        hint="remove afterview at myaccount.google.com/permissions and run the command again")
    return credentials


@click.command("google")
@click.option("--account", "account", default="personal", show_default=True, metavar="NAME",
              help="The [accounts.NAME] table in your config.")
@click.option("--client-secret", "client_secret", metavar="PATH", default=None,
              help="Your Desktop-app OAuth client JSON from the Google Cloud console (kept in the keyring).")
@click.option("--no-browser", is_flag=True, help="Print the address instead of opening a browser.")
@click.option("--port", type=click.IntRange(1024, 65535), default=None,
              help="With --no-browser: listen on this port (for an SSH tunnel) instead of asking to paste.")
def command(account: str, client_secret: str | None, no_browser: bool, port: int | None) -> None:
    """Authorise a Google account: read Gmail, write drafts, write calendar events (never send)."""
    client_json = _client_json(account, client_secret)
    credentials = authorise(account, client_json, no_browser=no_browser, port=port,
                            prompt=lambda text: str(click.prompt(text)), show=click.echo)
    set_secret(account, REFRESH_TOKEN, credentials.refresh_token)
    if client_secret is not None:
        set_secret(account, CLIENT_SECRET, client_json)
    click.echo(f"Authorised Google account {account!r}: Gmail read + drafts, Calendar events. "
               "The refresh token is in the keyring.")
