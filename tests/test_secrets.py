"""Secrets come from systemd credentials or the keyring, and a broken keyring is one clear AuthError."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from afterview.connectors.errors import AuthError
from afterview.connectors.secrets import delete_secret, get_secret, set_secret
from keyring.backends.fail import Keyring as FailKeyring
from memory_keyring import memory_keyring


def test_keyring_round_trip_under_service_afterview() -> None:
    with memory_keyring() as ring:
        set_secret("personal", "refresh_token", "s3cret")
        assert ring.store == {("afterview", "personal/refresh_token"): "s3cret"}
        assert get_secret("personal", "refresh_token") == "s3cret"
        delete_secret("personal", "refresh_token")
        delete_secret("personal", "refresh_token")  # twice is fine
        assert get_secret("personal", "refresh_token") is None


def test_systemd_credentials_come_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "afterview.work.password").write_text("from-systemd\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    with memory_keyring():
        set_secret("work", "password", "from-keyring")
        assert get_secret("work", "password") == "from-systemd"
        assert get_secret("work", "other") is None


def test_an_unusable_keyring_is_an_auth_error_without_the_secret() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(AuthError) as caught:
            set_secret("personal", "password", "hunter2")
        assert "hunter2" not in str(caught.value) and "PYTHON_KEYRING_BACKEND" in str(caught.value)
        with pytest.raises(AuthError):
            get_secret("personal", "password")
    finally:
        keyring.set_keyring(previous)
