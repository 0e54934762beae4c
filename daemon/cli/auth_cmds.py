"""`afterview auth PROVIDER`: authorise an account. Each provider's command lives with its connector."""

from __future__ import annotations

import importlib
from typing import cast

import click
from afterview.connectors import registry
from afterview.daemon.cli.app import main
from afterview.daemon.errors import UsageError


class ProviderGroup(click.Group):
    """Lists and loads provider commands from the registry, so no backend is named here."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(registry.AUTH)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = registry.AUTH.get(cmd_name)
        if target is None:
            return None
        module_name, _, attr = target.partition(":")
        try:
            return cast(click.Command, getattr(importlib.import_module(module_name), attr))
        except ImportError as exc:
            return _unavailable(cmd_name, str(exc))


def _unavailable(name: str, why: str) -> click.Command:
    """Returns a stand-in command that explains what is missing instead of a traceback."""

    def explain() -> None:
        raise UsageError(f"`afterview auth {name}` is not available ({why})", hint=f"install afterview[{name}]")

    return click.Command(name, callback=explain, help=f"(not installed: afterview[{name}])")


@main.group(cls=ProviderGroup)
def auth() -> None:
    """Authorise an account; the secret goes to the OS keyring, never into the config."""
