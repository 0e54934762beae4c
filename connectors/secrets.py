"""Secrets (passwords, refresh tokens, token caches): the OS keyring or systemd credentials, never config.

Lookup order: a systemd credential file `$CREDENTIALS_DIRECTORY/afterview.<account>.<name>`
(LoadCredential= in the unit), then the keyring (service "afterview", user "<account>/<name>").
On a headless machine without a Secret Service, choose a keyring backend with the
PYTHON_KEYRING_BACKEND environment variable (e.g. keyrings.alt.file.EncryptedKeyring).
Values never appear in exceptions or logs.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from afterview.connectors.errors import AuthError

SERVICE = "afterview"


def _user(account: str, name: str) -> str:
    return f"{account}/{name}"


def _credential_file(account: str, name: str) -> Path | None:
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return None
    path = Path(directory) / f"afterview.{account}.{name}"
    return path if path.is_file() else None


def get_secret(account: str, name: str) -> str | None:
    """Given an account and a secret's name, returns the secret or None if none is stored.

    Raises AuthError (without the value) when the keyring itself cannot be used.
    """
    path = _credential_file(account, name)
    if path is not None:
        return path.read_text(encoding="utf-8").rstrip("\n")
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _user(account, name))
    except KeyringError as exc:
        raise AuthError(
            f"cannot read the keyring for {account} ({type(exc).__name__})",
            source=account,
            hint="set PYTHON_KEYRING_BACKEND to a usable backend (see README, 'Secrets')",
        ) from None


def set_secret(account: str, name: str, value: str) -> None:
    """Stores a secret in the keyring; raises AuthError if the keyring cannot be written."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _user(account, name), value)
    except KeyringError as exc:
        raise AuthError(
            f"cannot write the keyring for {account} ({type(exc).__name__})",
            source=account,
            hint="set PYTHON_KEYRING_BACKEND to a usable backend (see README, 'Secrets')",
        ) from None


def delete_secret(account: str, name: str) -> None:
    """Removes a secret from the keyring if present."""
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, _user(account, name))
