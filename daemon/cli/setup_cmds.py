"""Commands registered on the root group (filled in by the module owner)."""

from __future__ import annotations

from afterview.daemon.cli.app import main  # noqa: F401
