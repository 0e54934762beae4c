"""A legal form or an abbreviation with a dot inside a company's name (session 11): "Gebr. Havemann" is no sentence
ending after "Gebr", "Sp. z o.o." and "GmbH & Co. KG" are legal forms to drop whole."""

from __future__ import annotations

import pytest
from afterview.daemon.eventclass.companyname import clean_company


@pytest.mark.parametrize(("written", "name"), [
    ("Gebr. Havemann", "Gebr. Havemann"),
    ("Wisłotrans Sp. z o.o.", "Wisłotrans"),
    ("Bildungsverlag Nord GmbH & Co. KG", "Bildungsverlag Nord"),
    ("Westkamp Distribution GmbH & Co KG", "Westkamp Distribution"),
    # unchanged: a sentence still ends after a name, and a person addressed is no company
    ("Redwick Bank. The panel", "Redwick Bank"),
    ("Acme Co. The panel", "Acme"),
])
def test_a_dot_inside_a_legal_form_or_an_abbreviated_name_keeps_the_name(written: str, name: str) -> None:
    assert clean_company(written) == name


def test_a_person_addressed_is_still_no_company() -> None:
    assert clean_company("Hr. Bauer") is None
