"""An offline Microsoft identity platform for msal's `http_client`: discovery, device code, token.

msal calls `get`/`post` on it exactly as it would on requests.Session; it answers instance
discovery, the tenant's openid-configuration, the device-code endpoint and the token
endpoint (device_code and refresh_token grants). `revoked = True` makes refreshes fail
with invalid_grant, as an expired or revoked refresh token does. Nothing leaves the process.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

HOST = "login.microsoftonline.com"
TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad"
USER_OID = "00000000-0000-0000-66f3-3332eca7ea81"


@dataclass
class OfflineResponse:
    status_code: int
    text: str
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})

    def json(self) -> Any:
        return json.loads(self.text)

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise RuntimeError(f"HTTP {self.status_code}")


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _id_token(client_id: str) -> str:
    claims = {"aud": client_id, "iss": f"https://{HOST}/{TENANT_ID}/v2.0", "oid": USER_OID, "tid": TENANT_ID,
              "preferred_username": "jordan@example.org", "name": "Jordan Example", "sub": "s",
              "iat": 1, "nbf": 1, "exp": 4102444800}
    return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."


class OfflineAuthority:
    """Answers msal's requests; `calls` records (method, path, form) with scopes visible to tests."""

    def __init__(self, access_token: str = "fake-graph-access-token") -> None:
        self.access_token = access_token
        self.calls: list[tuple[str, str, dict[str, str]]] = []
        self.revoked = False
        self.pending_polls = 1
        self.refreshes = 0
        self.scope_granted = "Mail.ReadWrite Calendars.ReadWrite openid profile offline_access"

    def get(self, url: str, params: Any = None, headers: Any = None, **kwargs: Any) -> OfflineResponse:
        parts = urlsplit(url)
        self.calls.append(("GET", parts.path, dict(params or {})))
        if parts.path.endswith("/discovery/instance"):
            tenant = "common"
            auth = dict(params or {}).get("authorization_endpoint", "")
            if auth:
                tenant = urlsplit(auth).path.strip("/").split("/")[0]
            return self._ok({
                "tenant_discovery_endpoint": f"https://{HOST}/{tenant}/v2.0/.well-known/openid-configuration",
                "api-version": "1.1",
                "metadata": [{"preferred_network": HOST, "preferred_cache": "login.windows.net",
                              "aliases": [HOST, "login.windows.net", "login.microsoft.com"]}],
            })
        if parts.path.endswith("/.well-known/openid-configuration"):
            tenant = parts.path.strip("/").split("/")[0]
            base = f"https://{HOST}/{tenant}/oauth2/v2.0"
            return self._ok({
                "authorization_endpoint": f"{base}/authorize", "token_endpoint": f"{base}/token",
                "device_authorization_endpoint": f"{base}/devicecode",
                "issuer": f"https://{HOST}/{{tenantid}}/v2.0",
            })
        return OfflineResponse(404, json.dumps({"error": "not_found"}))

    def post(self, url: str, params: Any = None, data: Any = None, headers: Any = None,
             **kwargs: Any) -> OfflineResponse:
        form = {k: str(v) for k, v in (data or {}).items()} if isinstance(data, dict) else {
            k: v[0] for k, v in parse_qs(str(data or "")).items()}
        path = urlsplit(url).path
        self.calls.append(("POST", path, form))
        if path.endswith("/devicecode"):
            return self._ok({"device_code": "dc-1", "user_code": "ABCD-EFGH", "expires_in": 900, "interval": 0,
                             "verification_uri": "https://microsoft.com/devicelogin",
                             "message": "To sign in, open https://microsoft.com/devicelogin and enter ABCD-EFGH."})
        if path.endswith("/token"):
            return self._token(form)
        return OfflineResponse(404, json.dumps({"error": "not_found"}))

    def _token(self, form: dict[str, str]) -> OfflineResponse:
        grant = form.get("grant_type", "")
        if grant.endswith("device_code"):
            if self.pending_polls > 0:
                self.pending_polls -= 1
                return OfflineResponse(400, json.dumps({"error": "authorization_pending"}))
        elif grant == "refresh_token":
            self.refreshes += 1
            if self.revoked:
                return OfflineResponse(400, json.dumps({
                    "error": "invalid_grant", "error_description": "AADSTS700082: The refresh token has expired",
                    "error_codes": [700082]}))
        else:
            return OfflineResponse(400, json.dumps({"error": "unsupported_grant_type"}))
        return self._ok({
            "token_type": "Bearer", "scope": self.scope_granted, "expires_in": 3600, "ext_expires_in": 3600,
            "access_token": self.access_token, "refresh_token": f"rt-{self.refreshes}",
            "id_token": _id_token(form.get("client_id", "")),
            "client_info": _b64({"uid": USER_OID, "utid": TENANT_ID}),
        })

    def close(self) -> None:
        return None

    @staticmethod
    def _ok(body: dict[str, Any]) -> OfflineResponse:
        return OfflineResponse(200, json.dumps(body))
