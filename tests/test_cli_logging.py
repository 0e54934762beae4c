"""`afterview -vv` shows debug logs, but never those of the OAuth libraries (they log tokens at DEBUG)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from afterview.daemon.cli import main
from afterview.daemon.cli.app import SECRET_LOGGERS
from click.testing import CliRunner


@pytest.fixture
def debug_root() -> Iterator[None]:
    """The root logger at DEBUG, as `-vv` leaves it outside pytest (whose handlers make basicConfig a no-op)."""
    root = logging.getLogger()
    saved = root.level, [logging.getLogger(n).level for n in SECRET_LOGGERS]
    root.setLevel(logging.DEBUG)
    yield
    root.setLevel(saved[0])
    for name, level in zip(SECRET_LOGGERS, saved[1], strict=True):
        logging.getLogger(name).setLevel(level)


def test_debug_output_leaves_the_oauth_libraries_at_info(tmp_path: Path, debug_root: None) -> None:
    mail = tmp_path / "note.eml"
    mail.write_bytes(b"From: a@example.org\r\nSubject: hi\r\n\r\nhello\r\n")
    result = CliRunner().invoke(main, ["-vv", "classify-mail", str(mail)])
    assert result.exit_code == 0, result.output
    assert logging.getLogger("afterview").isEnabledFor(logging.DEBUG)
    for name in SECRET_LOGGERS:
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG)
        assert logging.getLogger(name).isEnabledFor(logging.INFO)
