"""An OAuth 2 token endpoint on loopback (AD FS style) for the EWS fake: the refresh-token grant only.

A good refresh token yields a new access token (which the EWS fake then accepts instead of the old
one) and a rotated refresh token; anything else is `invalid_grant` (HTTP 400), as after a revocation.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fakes.ews_fake import EwsFake
from fakes.form_server import serve_form


class TokenEndpoint:
    """Issues tokens for one client id; `requests` counts grant requests."""

    def __init__(self, ews: EwsFake, client_id: str = "afterview-desktop", refresh_token: str = "rt-0") -> None:
        self.ews, self.client_id, self.refresh_token = ews, client_id, refresh_token
        self.requests = 0
        self.issued = 0
        self.url = ""
        self.down = False  # answer 503, as an overloaded AD FS farm would
        self.forms: list[dict[str, str]] = []

    def grant(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        self.requests += 1
        self.forms.append(form)
        if self.down:
            return 503, {"error": "temporarily_unavailable"}
        if form.get("grant_type") != "refresh_token" or form.get("client_id") != self.client_id:
            return 400, {"error": "invalid_client", "error_description": "unknown client"}
        if not self.refresh_token or form.get("refresh_token") != self.refresh_token:
            return 400, {"error": "invalid_grant", "error_description": "MSIS9615: the refresh token is invalid"}
        self.issued += 1
        self.refresh_token = f"rt-{self.issued}"
        self.ews.token = f"at-{self.issued}"
        return 200, {"access_token": self.ews.token, "token_type": "bearer", "expires_in": 3600,
                     "refresh_token": self.refresh_token}


@contextmanager
def serve_tokens(endpoint: TokenEndpoint) -> Iterator[TokenEndpoint]:
    """Runs the endpoint on a free loopback port for the block; `endpoint.url` is its token URL."""
    with serve_form(lambda path, form: endpoint.grant(form)) as base:
        endpoint.url = f"{base}/adfs/oauth2/token"
        yield endpoint
