"""`afterview auth PROVIDER`: authorise an account. Each provider's command lives with its connector."""

from __future__ import annotations

import copy
import importlib
from typing import Any, cast

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
            command = cast(click.Command, getattr(importlib.import_module(module_name), attr))
        except ImportError as exc:
            return _unavailable(cmd_name, str(exc))
        return _ending_the_wait(cmd_name, command)


def _ending_the_wait(provider: str, command: click.Command) -> click.Command:
    """Given a provider's auth command, returns a copy that, once it succeeds, ends the accounts'
    re-authorisation waits, so the next cycle tries them at once instead of an hour later."""
    inner = command.callback
    if inner is None:
        return command

    def callback(*args: Any, **kwargs: Any) -> Any:
        result = inner(*args, **kwargs)
        account = kwargs.get("account")
        forget_auth_failures(provider, account if isinstance(account, str) else None)
        return result

    clone = copy.copy(command)
    clone.callback = callback
    return clone


def forget_auth_failures(provider: str, account: str | None) -> list[str]:
    """Given a provider just re-authorised (and its account if named), clears the sources waiting for it.

    Returns the cleared sources; without a config or state file there is nothing to clear.
    """
    from afterview.daemon.cli.accounts import current_config
    from afterview.daemon.state import State

    config = current_config(click.get_current_context())
    if config is None or not config.state_path.exists():
        return []
    with State.open(config.state_path) as state:
        cleared = state.forget_auth_failures(f"afterview auth {provider}", account)
    if cleared:
        click.echo(f"{', '.join(cleared)}: no longer waiting; the next cycle tries again.")
    return cleared


def _unavailable(name: str, why: str) -> click.Command:
    """Returns a stand-in command that explains what is missing instead of a traceback."""

    def explain() -> None:
        raise UsageError(f"`afterview auth {name}` is not available ({why})", hint=f"install afterview[{name}]")

    return click.Command(name, callback=explain, help=f"(not installed: afterview[{name}])")


@main.group(cls=ProviderGroup)
def auth() -> None:
    """Authorise an account; the secret goes to the OS keyring, never into the config."""
