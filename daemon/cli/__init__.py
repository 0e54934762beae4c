"""The `afterview` command line: one click group, commands in modules by theme."""

from __future__ import annotations

from afterview.daemon.cli import (  # noqa: F401  (each module registers its commands on `main`)
    app_cmds,
    auth_cmds,
    demo_cmd,
    event_cmds,
    mail_cmds,
    service_cmds,
    setup_cmds,
)
from afterview.daemon.cli.app import main

__all__ = ["main"]
