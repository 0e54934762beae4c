"""Connector options shared by the Graph calendar and mailbox, and the session they build."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import ConnectorConfigError
from afterview.connectors.graph.session import GRAPH_URL, GraphSession, TokenSource
from afterview.connectors.graph.tokens import registration, shared_tokens
from afterview.connectors.options import check_known

COMMON = frozenset({"client_id", "tenant", "authority_host", "graph_url"})


def check_options(options: Mapping[str, Any], extra: frozenset[str] = frozenset()) -> None:
    """Given a connector table, returns if every key is known; raises ConnectorConfigError."""
    check_known(options, COMMON | extra, "microsoft")


def graph_url(options: Mapping[str, Any]) -> str:
    """Given the options, returns the Graph root (national clouds, or a test fake); raises ConnectorConfigError."""
    url = options.get("graph_url", GRAPH_URL)
    if not isinstance(url, str) or urlsplit(url).scheme not in ("https", "http") or not urlsplit(url).netloc:
        raise ConnectorConfigError("graph_url", "must be an absolute URL such as https://graph.microsoft.com/v1.0")
    return url.rstrip("/")


class _LazyTokens:
    """Reads the app registration and the keyring only when the first request needs a token."""

    def __init__(self, account: str, options: Mapping[str, Any]) -> None:
        self.account = account
        self.options = dict(options)
        self.resolved: TokenSource | None = None

    def _source(self) -> TokenSource:
        if self.resolved is None:
            self.resolved = shared_tokens(self.account, registration(self.account, self.options))
        return self.resolved

    def token(self) -> str:
        return self._source().token()

    def refresh(self) -> str:
        return self._source().refresh()


def build_session(options: Mapping[str, Any], ctx: ConnectorContext,
                  tokens: TokenSource | None = None, **kwargs: Any) -> GraphSession:
    """Given options and context, returns the account's Graph session; raises ConnectorConfigError."""
    return GraphSession(account=ctx.account, tokens=tokens or _LazyTokens(ctx.account, options),
                        base_url=graph_url(options), **kwargs)
