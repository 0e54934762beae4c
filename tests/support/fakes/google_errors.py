"""Error responses in the shapes Google's APIs and OAuth token endpoint really return."""

from __future__ import annotations

from typing import Any

_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
           409: "ALREADY_EXISTS", 410: "FAILED_PRECONDITION", 412: "FAILED_PRECONDITION",
           429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}


class ApiError(Exception):
    """An API error: HTTP `code`, the `errors[0].reason`, a message and optional response headers."""

    def __init__(self, code: int, reason: str, message: str, *, domain: str = "global",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.domain = domain
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """Returns the JSON error document (googleapis "error" envelope)."""
        item: dict[str, Any] = {"domain": self.domain, "reason": self.reason, "message": self.message}
        if self.code == 401:
            item.update(location="Authorization", locationType="header")
        return {"error": {"code": self.code, "message": self.message, "errors": [item],
                          "status": _STATUS.get(self.code, "UNKNOWN")}}


def not_found() -> ApiError:
    return ApiError(404, "notFound", "Requested entity was not found.")


def stale_history() -> ApiError:
    """Gmail history.list with a startHistoryId that is too old."""
    return not_found()


def stale_sync_token() -> ApiError:
    """Calendar events.list with an expired syncToken."""
    return ApiError(410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.")


def deleted() -> ApiError:
    return ApiError(410, "deleted", "Resource has been deleted")


def rate_limited(retry_after: int | None = None) -> ApiError:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return ApiError(429, "rateLimitExceeded", "Rate Limit Exceeded", domain="usageLimits", headers=headers)


def user_rate_limited() -> ApiError:
    return ApiError(403, "userRateLimitExceeded", "User Rate Limit Exceeded", domain="usageLimits")


def backend_error() -> ApiError:
    return ApiError(503, "backendError", "The service is currently unavailable.")


def unauthenticated() -> ApiError:
    return ApiError(401, "authError", "Request had invalid authentication credentials. Expected OAuth 2 access "
                    "token, login cookie or other valid authentication credential.")


def invalid(message: str) -> ApiError:
    return ApiError(400, "invalid", message)


def precondition_failed() -> ApiError:
    return ApiError(412, "conditionNotMet", "Precondition Failed")


def duplicate() -> ApiError:
    return ApiError(409, "duplicate", "The requested identifier already exists.")


def oauth_error(error: str, description: str) -> dict[str, str]:
    """Returns the token endpoint's error document, e.g. invalid_grant."""
    return {"error": error, "error_description": description}
