"""scripts/eval_events.py loaded as a module for tests (scripts/ is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def eval_events(name: str = "eval_events_under_test") -> ModuleType:
    """Given a module name, returns scripts/eval_events.py freshly loaded under it."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "eval_events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module
