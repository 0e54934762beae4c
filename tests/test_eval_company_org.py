"""eval_events scores "same organisation" beside the exact company: legal forms and departments set aside only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from afterview.daemon.verdicts import EventVerdict

ROOT = Path(__file__).resolve().parent.parent


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_events_org", ROOT / "scripts" / "eval_events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("got", "want"), [
    ("Medpace Talent", "Medpace"), ("Hofer", "Hofer KG"), ("LIBRO Handelsgesellschaft", "Libro"),
    ("Brenner Zulieferteile GmbH", "Brenner Zulieferteile"), ("Groupe Crédit Mutuel", "Credit Mutuel"),
    ("Banco de Sabadell", "Banco Sabadell"), ("Marks and Spencer", "Marks & Spencer"),
    ("Acme Talent Acquisition Team", "ACME"), ("Moosgrün Recrutement", "Moosgruen"),
])
def test_legal_forms_departments_and_joining_words_are_set_aside(got: str, want: str) -> None:
    module = _eval_module()
    assert module.same_organisation(got, want)
    assert module.same_organisation(want, got)


@pytest.mark.parametrize(("got", "want"), [
    ("Allianz", "Allianz Global Investors"), ("KPMG Lux", "KPMG Luxembourg"), ("Mdlz", "Mondelez"),
    ("SAP SuccessFactors", "Universitätsspital Basel"), ("Talent Team", "Acme"), ("GmbH", "Acme GmbH"),
    (None, "Acme"), ("Bank", "Deutsche Bank"),
])
def test_other_names_part_names_and_empty_cores_are_not_the_same_organisation(got: str | None, want: str) -> None:
    assert not _eval_module().same_organisation(got, want)


def test_an_empty_label_matches_only_no_company() -> None:
    module = _eval_module()
    assert module.same_organisation(None, "")
    assert not module.same_organisation("GmbH", "")


@pytest.mark.parametrize(("company", "counts"), [
    ("Quellwerk Personalabteilung", (0, 1)), ("Quellwerk", (1, 1)), ("Quellbau", (0, 0)), (None, (0, 0)),
])
def test_the_report_counts_both_scores(company: str | None, counts: tuple[int, int]) -> None:
    module = _eval_module()
    label = {"is_interview": "1", "company": "Quellwerk", "role": "", "stage": "", "interviewers": "", "trap": ""}
    report = module.Report()
    module._score(report, "t-001.ics", label, EventVerdict(uid="org-1", is_interview=True, confidence=0.9,
                                                           company=company))
    assert report.interviews == 1
    assert (report.company_ok, report.company_org_ok) == counts
    assert f"same organisation (legal forms, departments set aside): {counts[1]:.3f}" in module.render(report, "t")
