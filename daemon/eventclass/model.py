"""The learned event model: binary logistic regression (is it the user's interview) over `event_features`.

The weights ship as package data (data/event_model.json, written by scripts/train_event_model.py) and are
read once, lazily. `load_model` raises EventModelError on a missing or corrupt file; `default_model`, which
classify_event uses, logs one warning instead and returns None, so the rules run alone.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from afterview.connectors.errors import AfterviewError
from afterview.daemon.weights_file import read_json

FORMAT = "afterview-event-model"
VERSION = 1
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "event_model.json"
_log = logging.getLogger(__name__)
_RETRAIN_HINT = "retrain with scripts/train_event_model.py or reinstall afterview"


class EventModelError(AfterviewError):
    """The event model's weights file is missing, unreadable or not in the shipped format."""


@dataclass(frozen=True)
class EventModel:
    """Weights of a binary logistic regression: one weight per feature key, a bias and a temperature."""

    weights: Mapping[str, float]
    bias: float
    temperature: float = 1.0

    def predict(self, keys: Iterable[str]) -> tuple[float, int]:
        """Given feature keys, returns (probability that the event is the user's interview, known keys)."""
        found = [w for w in map(self.weights.get, keys) if w is not None]
        logit = (self.bias + math.fsum(found)) / self.temperature
        # the logistic function without overflow at either end
        p = 1 / (1 + math.exp(-logit)) if logit >= 0 else math.exp(logit) / (1 + math.exp(logit))
        return p, len(found)


def _fail(path: Path, why: str) -> EventModelError:
    return EventModelError(f"event model {path.name}: {why}", hint=_RETRAIN_HINT)


def _finite(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def model_from_dict(data: object, path: Path = DEFAULT_PATH) -> EventModel:
    """Given the decoded JSON of a weights file, returns the model; raises EventModelError if malformed."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise _fail(path, f"not an {FORMAT} version {VERSION} file")
    keys, weights = data.get("features"), data.get("weights")
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys) or len(set(keys)) != len(keys):
        raise _fail(path, "features must be distinct strings")
    if not isinstance(weights, list) or len(weights) != len(keys) or not all(map(_finite, weights)):
        raise _fail(path, "weights must hold one finite number per feature")
    bias, temperature = data.get("bias"), data.get("temperature", 1.0)
    if not _finite(bias) or not _finite(temperature) or temperature <= 0:
        raise _fail(path, "bias and a positive temperature must be finite numbers")
    return EventModel(dict(zip(keys, map(float, weights), strict=True)), float(bias), float(temperature))


def model_to_dict(model: EventModel, meta: Mapping[str, object] | None = None) -> dict[str, object]:
    """Given a model (and training notes), returns the JSON-ready dict that `model_from_dict` reads back."""
    keys = sorted(model.weights)
    return {
        "format": FORMAT,
        "version": VERSION,
        "meta": dict(meta or {}),
        "bias": model.bias,
        "temperature": model.temperature,
        "features": keys,
        "weights": [model.weights[k] for k in keys],
    }


def load_model(path: Path = DEFAULT_PATH) -> EventModel:
    """Given a weights file, returns the model; raises EventModelError when it is missing or corrupt."""
    return model_from_dict(read_json(path, _fail), path)


_cache: dict[Path, EventModel | None] = {}


def default_model(path: Path | None = None) -> EventModel | None:
    """Given a weights file (the shipped DEFAULT_PATH when None), returns its model, loaded once; None (rules only,
    one warning logged) if it cannot be loaded."""
    path = path or DEFAULT_PATH
    if path not in _cache:
        try:
            _cache[path] = load_model(path)
        except EventModelError as exc:
            _log.warning("event classifier runs on rules only: %s", exc)
            _cache[path] = None
    return _cache[path]
