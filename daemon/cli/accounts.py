"""The account picker the `afterview auth PROVIDER` commands share: which accounts of the config use a
connector type, and which one a command means. Connectors reach the config only through this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import click
from afterview.connectors.errors import AuthError

if TYPE_CHECKING:
    from afterview.daemon.config import Config

Kind = Literal["mail", "calendar"]


def accounts_of_type(
    ctx: click.Context, kind: Kind | tuple[Kind, ...], type_name: str
) -> dict[str, Mapping[str, Any]] | None:
    """Given the command's context, a table kind ("mail", "calendar" or both) and a connector type,
    returns account name -> that table's options (the first matching table per account), or None
    when there is no usable config (then a command works from its options alone)."""
    config = current_config(ctx)
    if config is None:
        return None
    kinds = (kind,) if isinstance(kind, str) else kind
    found: dict[str, Mapping[str, Any]] = {}
    for account in config.accounts:
        for name in kinds:
            table = account.mail if name == "mail" else account.calendar
            if table is not None and table.type == type_name and account.name not in found:
                found[account.name] = table.options
    return found


def current_config(ctx: click.Context) -> Config | None:
    """Given a command's context, returns the config its --config names (or the default one), or None
    when there is no usable config."""
    from afterview.daemon.config import load_config
    from afterview.daemon.errors import ConfigError

    try:
        return load_config(getattr(ctx.find_root().obj, "config_path", None))
    except ConfigError:
        return None


def choose_account(names: Iterable[str], account: str | None, provider: str) -> str:
    """Given the accounts a provider serves, the --account given (or None) and the provider's name,
    returns the account meant; raises AuthError asking for --account unless exactly one is possible."""
    if account is not None:
        return account
    candidates = sorted(names)
    if len(candidates) != 1:
        raise AuthError("say which account", hint=f"afterview auth {provider} --account NAME")
    return candidates[0]
