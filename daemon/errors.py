"""Engine errors; all derive from AfterviewError (defined with the connector contract)."""

from __future__ import annotations

from collections.abc import Sequence

from afterview.connectors.errors import AfterviewError


class ConfigError(AfterviewError):
    """The config file is missing or invalid; `problems` lists every 'key: message' at once."""

    def __init__(self, message: str, problems: Sequence[str] = (), *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.problems = tuple(problems)

    def __str__(self) -> str:
        lines = [self.message, *(f"  {p}" for p in self.problems)]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


class StateError(AfterviewError):
    """The state database cannot be opened, migrated or written."""


class UsageError(AfterviewError):
    """The user asked for something that does not exist or makes no sense (unknown application...)."""
