"""Where afterview keeps its files by default (XDG dirs on Linux, via platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "afterview"


def default_config_path() -> Path:
    """Returns the default config file, e.g. ~/.config/afterview/config.toml."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_state_path() -> Path:
    """Returns the default state database, e.g. ~/.local/state/afterview/state.sqlite3."""
    return Path(platformdirs.user_state_dir(APP_NAME)) / "state.sqlite3"


def default_cache_dir() -> Path:
    """Returns the default cache folder, e.g. ~/.cache/afterview (connectors may keep indexes there)."""
    return Path(platformdirs.user_cache_dir(APP_NAME))
