"""The process-wide stores behind the memory connectors, their cursors and test controls.

Every change takes the next number of a store's change sequence; a cursor is
"<epoch>:<sequence>", and the epoch changes when the stores are reset or a test calls
`expire_cursors()`, so old cursors then raise CursorExpiredError.
"""

from __future__ import annotations

import secrets
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import AfterviewError, ConnectorConfigError, CursorExpiredError


class Store:
    """What calendar and mailbox stores share: change sequence, cursor epoch, call counts."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.epoch = secrets.token_hex(4)
        self.seq = 0
        self.calls: Counter[str] = Counter()
        self.failures: dict[str, AfterviewError] = {}
        # Reentrant: a contract method holds it while calling shared helpers that take it too.
        self.lock = threading.RLock()

    def tick(self) -> int:
        """Returns the next change sequence number."""
        self.seq += 1
        return self.seq

    def enter(self, method: str) -> None:
        """Given a contract method name, counts the call; raises the failure a test queued for it."""
        self.calls[method] += 1
        failure = self.failures.pop(method, None)
        if failure is not None:
            raise failure

    def cursor(self) -> str:
        """Returns the cursor for everything seen so far."""
        return f"{self.epoch}:{self.seq}"

    def since(self, cursor: str) -> int:
        """Given a cursor of this store, returns its sequence number; raises CursorExpiredError."""
        epoch, _, number = cursor.partition(":")
        if epoch != self.epoch or not number.isdigit() or int(number) > self.seq:
            raise CursorExpiredError("memory cursor is not valid for this store", source=self.name)
        return int(number)


S = TypeVar("S", bound=Store)

_STORES: dict[tuple[type[Store], str], Store] = {}
_STORES_LOCK = threading.Lock()


def shared_store(kind: type[S], name: str, factory: Callable[[str], S]) -> S:
    """Given a store class and name, returns the process-wide store, made by `factory` if new."""
    with _STORES_LOCK:
        store = _STORES.get((kind, name))
        if store is None:
            store = _STORES[(kind, name)] = factory(name)
        assert isinstance(store, kind)
        return store


def reset_memory_stores() -> None:
    """Forgets every memory calendar and mailbox; cursors issued before become invalid."""
    with _STORES_LOCK:
        _STORES.clear()


def store_name(options: Mapping[str, Any], ctx: ConnectorContext) -> str:
    """Given connector options, returns the store name (default: the account); raises ConnectorConfigError."""
    name = options.get("name", ctx.account)
    if not isinstance(name, str) or not name:
        raise ConnectorConfigError("name", "must be a non-empty string")
    return name


class StoreControls:
    """Test controls common to both memory connectors: queued failures, cursor expiry, counts."""

    _store: Store

    @property
    def calls(self) -> Counter[str]:
        """Returns the contract calls made on this store (shared by connectors of the same name)."""
        return self._store.calls

    def fail_next(self, method: str, error: AfterviewError) -> None:
        """Given a contract method name, makes its next call raise `error` (e.g. TransientError)."""
        with self._store.lock:
            self._store.failures[method] = error

    def expire_cursors(self) -> None:
        """Invalidates every cursor issued so far, as a server dropping its sync state does."""
        with self._store.lock:
            self._store.epoch = secrets.token_hex(4)

    def close(self) -> None:
        """Counts the call; there is nothing to release."""
        self._store.calls["close"] += 1
