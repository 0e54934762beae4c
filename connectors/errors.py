"""The one exception hierarchy of afterview, rooted at AfterviewError.

Connectors raise these; the engine catches them by class, never by backend.
Messages never carry secrets or message bodies.
"""

from __future__ import annotations


class AfterviewError(Exception):
    """Root of every error afterview raises on purpose; `hint` says what the user can do."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConnectorConfigError(AfterviewError):
    """A connector option is missing or wrong; `key` names it (e.g. 'path')."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key


class ConnectorError(AfterviewError):
    """A backend operation failed; `source` names the account/connector."""

    def __init__(self, message: str, *, source: str = "", hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.source = source


class TransientError(ConnectorError):
    """Try again later (rate limit, 5xx, timeout); `retry_after` in seconds if the server said."""

    def __init__(
        self, message: str, *, source: str = "", retry_after: float | None = None
    ) -> None:
        super().__init__(message, source=source)
        self.retry_after = retry_after


class AuthError(ConnectorError):
    """Credentials expired or were revoked: the account needs re-authorisation via `hint`."""


class ConflictError(ConnectorError):
    """The artifact changed since afterview wrote it (the user edited it): leave it alone."""


class NotFoundError(ConnectorError):
    """The artifact is gone from the backend (the user deleted or sent it)."""


class CursorExpiredError(ConnectorError):
    """The stored incremental cursor is no longer valid: list again from scratch."""
