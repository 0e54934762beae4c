"""connectors/options.py: the option readers every connector shares name the key and say what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from afterview.connectors.errors import ConnectorConfigError
from afterview.connectors.options import check_known, flag, number, required_text, text


def test_unknown_keys_are_named_with_the_known_ones() -> None:
    check_known({"path": "x", "type": "vdir"}, {"path", "create"}, "vdir")
    with pytest.raises(ConnectorConfigError, match=r"^pth: unknown vdir option \(known: create, path\)$"):
        check_known({"path": "x", "pth": "y"}, {"path", "create"}, "vdir")


def test_text_strips_accepts_paths_and_says_why_it_is_required() -> None:
    assert text({"a": "  x "}, "a") == "x"
    assert text({"a": Path("/tmp/m")}, "a") == "/tmp/m"
    assert text({}, "a") is None and text({}, "a", "d") == "d"
    assert required_text({"a": " x "}, "a", "the folder is required") == "x"
    with pytest.raises(ConnectorConfigError, match=r"^a: the folder is required$"):
        required_text({}, "a", "the folder is required")
    for bad in ("", "  ", 3, ["x"]):
        with pytest.raises(ConnectorConfigError, match=r"^a: must be a non-empty string$"):
            text({"a": bad}, "a")


def test_numbers_are_bounded_and_booleans_are_no_numbers() -> None:
    assert number({"t": 5}, "t", 30, 1, 600) == 5.0 and number({}, "t", 30, 1, 600) == 30.0
    for bad in (0, 601, True, "5"):
        with pytest.raises(ConnectorConfigError, match=r"^t: must be a number from 1 to 600$"):
            number({"t": bad}, "t", 30, 1, 600)


def test_flags_are_booleans_only() -> None:
    assert flag({}, "create") is False and flag({"create": True}, "create") is True
    with pytest.raises(ConnectorConfigError, match=r"^create: must be true or false$"):
        flag({"create": "yes"}, "create")
