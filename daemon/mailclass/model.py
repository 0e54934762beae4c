"""The learned mail model: multinomial logistic regression over folded word uni/bigrams, in pure Python.

The weights ship as package data (data/mail_model.json, written by scripts/train_mail_model.py) and are
read once, lazily. `load_model` raises MailModelError on a missing or corrupt file; `default_model`,
which classify_message uses, logs one warning instead and returns None, so the classifier runs on its
rules alone rather than stopping the daemon.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from afterview.connectors.errors import AfterviewError
from afterview.daemon.mailclass.features import features
from afterview.daemon.verdicts import MAIL_LABELS, MailLabel
from afterview.daemon.weights_file import read_json

FORMAT = "afterview-mail-model"
VERSION = 1
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "mail_model.json"
_log = logging.getLogger(__name__)
_RETRAIN_HINT = "retrain with scripts/train_mail_model.py or reinstall afterview"
# Fixed-point packing of weights (model.rows): 1e-6 steps, each lane offset by 2**40 to stay positive (weights up to
# +-1e6), 64 bits a lane: the sum of up to 2**23 features never carries into the next lane.
_SCALE = 1_000_000
_LANE = 64
_OFFSET = 1 << 40
_MASK = (1 << _LANE) - 1


class MailModelError(AfterviewError):
    """The mail model's weights file is missing, unreadable or not in the shipped format."""


@dataclass(frozen=True)
class MailModel:
    """Weights of a multinomial logistic regression: one column per label, one row per feature key."""

    labels: tuple[MailLabel, ...]
    vocabulary: Mapping[str, int]
    columns: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]
    temperature: float = 1.0
    rows: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A feature's weights, one fixed-point lane per label, packed into one int: a message's logits are then
        # one C-level sum of ints, unpacked once (half the time of summing weight tuples label by label).
        by_row = list(zip(*self.columns, strict=True)) if self.columns and self.columns[0] else []
        packed = [sum((round(w * _SCALE) + _OFFSET) << (_LANE * j) for j, w in enumerate(row)) for row in by_row]
        # A dict that once held a key other than a str keeps each key's hash beside it: a lookup that meets another
        # key compares the stored hashes, where a str-only dict reads the other key's string for its hash - a cache
        # miss per probe in a table of 10,000 keys that the rest of the classifier has pushed out of the cache.
        rows: dict[object, int] = {None: 0}
        rows.update((key, packed[i]) for key, i in self.vocabulary.items())
        del rows[None]
        object.__setattr__(self, "rows", rows)

    def scores(self, text: str) -> dict[MailLabel, float]:
        """Given subject + body text, returns calibrated probabilities per label (they sum to 1)."""
        return self.predict(text)[0]

    def predict(self, text: str) -> tuple[dict[MailLabel, float], int]:
        """Given subject + body text, returns (probabilities per label, how many known features it has)."""
        found = list(filter(None, map(self.rows.get, features(text))))
        total, offset = sum(found), len(found) * _OFFSET
        logits = [(b + (((total >> (_LANE * j)) & _MASK) - offset) / _SCALE) / self.temperature
                  for j, b in enumerate(self.bias)]
        top = max(logits)
        exps = [math.exp(value - top) for value in logits]
        norm = sum(exps)
        return {label: e / norm for label, e in zip(self.labels, exps, strict=True)}, len(found)


def _fail(path: Path, why: str) -> MailModelError:
    return MailModelError(f"mail model {path.name}: {why}", hint=_RETRAIN_HINT)


def _floats(values: object, size: int, what: str, path: Path) -> tuple[float, ...]:
    if not isinstance(values, list) or len(values) != size:
        raise _fail(path, f"{what} must be a list of {size} numbers")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values):
        raise _fail(path, f"{what} holds a value that is not a finite number")
    return tuple(float(v) for v in values)


def model_from_dict(data: object, path: Path = DEFAULT_PATH) -> MailModel:
    """Given the decoded JSON of a weights file, returns the model; raises MailModelError if malformed."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise _fail(path, f"not an {FORMAT} version {VERSION} file")
    labels, keys = data.get("labels"), data.get("features")
    if not isinstance(labels, list) or not labels or any(label not in MAIL_LABELS for label in labels):
        raise _fail(path, "labels must be mail labels")
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys) or len(set(keys)) != len(keys):
        raise _fail(path, "features must be distinct strings")
    weights = data.get("weights")
    if not isinstance(weights, list) or len(weights) != len(labels):
        raise _fail(path, "weights must hold one column per label")
    columns = tuple(_floats(column, len(keys), "a weight column", path) for column in weights)
    bias = _floats(data.get("bias"), len(labels), "bias", path)
    temperature = _floats([data.get("temperature", 1.0)], 1, "temperature", path)[0]
    if temperature <= 0:
        raise _fail(path, "temperature must be positive")
    return MailModel(tuple(labels), {key: i for i, key in enumerate(keys)}, columns, bias, temperature)


def model_to_dict(model: MailModel, meta: Mapping[str, object] | None = None) -> dict[str, object]:
    """Given a model (and training notes), returns the JSON-ready dict that `model_from_dict` reads back."""
    keys = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    return {
        "format": FORMAT,
        "version": VERSION,
        "meta": dict(meta or {}),
        "labels": list(model.labels),
        "temperature": model.temperature,
        "bias": list(model.bias),
        "features": keys,
        "weights": [list(column) for column in model.columns],
    }


def load_model(path: Path = DEFAULT_PATH) -> MailModel:
    """Given a weights file, returns the model; raises MailModelError when it is missing or corrupt."""
    return model_from_dict(read_json(path, _fail), path)


_cache: list[MailModel | None] = []


def default_model() -> MailModel | None:
    """Returns the shipped model, loaded once; None (rules only, one warning logged) if it cannot be loaded."""
    if not _cache:
        try:
            _cache.append(load_model(DEFAULT_PATH))
        except MailModelError as exc:
            _log.warning("mail classifier runs on rules only: %s", exc)
            _cache.append(None)
    return _cache[0]


def top_label(probabilities: Mapping[MailLabel, float], among: Sequence[MailLabel] = MAIL_LABELS) -> MailLabel:
    """Given probabilities per label, returns the likeliest label of `among` (ties: the earlier one)."""
    return max(among, key=lambda label: probabilities.get(label, 0.0))
