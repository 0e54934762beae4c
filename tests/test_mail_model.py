"""The learned mail model: featuriser, loader (missing/corrupt weights), combination with the rules, retraining."""

from __future__ import annotations

import csv
import importlib.util
import json
import logging
import math
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType

import pytest
from afterview.connectors.base import MailMessage, MessageHeader, Person
from afterview.connectors.errors import AfterviewError
from afterview.daemon.mailclass import classify_message, model
from afterview.daemon.mailclass.features import features, fold, tokens
from afterview.daemon.mailclass.model import MailModel, MailModelError, load_model, model_from_dict, model_to_dict
from afterview.daemon.verdicts import MAIL_LABELS

ROOT = Path(__file__).resolve().parent.parent
SENT = datetime(2024, 11, 6, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def message(body: str, subject: str = "Your application") -> MailMessage:
    header = MessageHeader(
        ref="t", message_id="m@t", folder="inbox", date=SENT, sender=Person("Dana", "dana@acme-robotics.com"),
        subject=subject, to=(Person("Alex", "alex@example.org"),),
    )
    return MailMessage(header=header, text=body)


REJECTION = "Hi Alex,\n\nWe have decided to move forward with another candidate.\n\nBest,\nDana"
NO_CUE = "Hi Alex,\n\nQuick update on the Platform Engineer role: the panel is still comparing notes.\n\nBest,\nDana"


def tiny(weights: dict[str, dict[str, float]], bias: dict[str, float] | None = None) -> MailModel:
    """Given feature -> {label: weight}, returns a model over those features, plus the words of the test
    messages at weight 0 (known words, so that the combination does not abstain)."""
    weights = {key: {} for key in features("your application.\n" + REJECTION + " " + NO_CUE)} | weights
    keys = sorted(weights)
    columns = tuple(tuple(weights[k].get(label, 0.0) for k in keys) for label in MAIL_LABELS)
    b = tuple((bias or {}).get(label, 0.0) for label in MAIL_LABELS)
    return MailModel(tuple(MAIL_LABELS), {k: i for i, k in enumerate(keys)}, columns, b)


# ---------------------------------------------------------------- featuriser


def test_fold_removes_accents_case_and_sharp_s() -> None:
    assert fold("Größe Décision MAÑANA") == "grosse decision manana"
    assert tokens("Wir können Ihnen leider kein Angebot machen, 12.11.!") == [
        "wir", "konnen", "ihnen", "leider", "kein", "angebot", "machen"]


def test_features_are_unigrams_bigrams_and_stems_and_deterministic() -> None:
    got = features("We regret: not moving forward")
    assert got == {"we", "regret", "not", "moving", "forward", "we regret", "regret not", "not moving",
                   "moving forward", "~regr", "~movi", "~forw"}
    assert features("We regret: not moving forward") == got


@pytest.mark.parametrize(("seen", "new"), [
    ("decided", "decision"), ("Entscheidung", "entschieden"), ("candidates", "candidature"),
    ("unfortunately", "unfortuantely"),  # a slip late in the word
])
def test_inflections_and_late_slips_share_a_stem(seen: str, new: str) -> None:
    shared = features(seen) & features(new)
    assert shared and all(key.startswith("~") for key in shared)


def test_features_read_only_the_top_of_a_huge_text() -> None:
    huge = "thanks for applying " + "filler " * 1_000_000
    assert features(huge) == features(huge[:5_000])


# ---------------------------------------------------------------- scores


def test_scores_are_probabilities_that_follow_the_weights() -> None:
    m = tiny({"regret": {"rejection": 3.0}, "offer": {"offer": 3.0}})
    p = m.scores("We regret to tell you")
    assert math.isclose(sum(p.values()), 1.0)
    assert max(p, key=lambda k: p[k]) == "rejection"
    assert p["rejection"] == pytest.approx(math.exp(3) / (math.exp(3) + len(MAIL_LABELS) - 1))
    assert m.scores("nothing known here") == {label: pytest.approx(1 / len(MAIL_LABELS)) for label in MAIL_LABELS}


def test_temperature_flattens_the_probabilities() -> None:
    sharp = tiny({"regret": {"rejection": 3.0}})
    flat = MailModel(sharp.labels, sharp.vocabulary, sharp.columns, sharp.bias, temperature=3.0)
    assert flat.scores("regret")["rejection"] < sharp.scores("regret")["rejection"]


def test_shipped_model_loads_is_compact_and_deterministic() -> None:
    path = model.DEFAULT_PATH
    assert path.stat().st_size < 2_000_000
    shipped = load_model(path)
    assert set(shipped.labels) == set(MAIL_LABELS)
    assert 100 <= len(shipped.vocabulary) <= 20_000
    text = "unfortunately we have decided to move forward with other candidates"
    assert shipped.scores(text) == load_model(path).scores(text)
    assert max(shipped.scores(text).items(), key=lambda kv: kv[1])[0] == "rejection"


# ---------------------------------------------------------------- missing or corrupt weights


@pytest.mark.parametrize("content", [
    None, b"", b"{not json", b"\xff\xfe\x00", b"[]", b'{"format": "afterview-mail-model", "version": 99}',
])
def test_missing_or_corrupt_file_raises_mail_model_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "mail_model.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(MailModelError) as caught:
        load_model(path)
    assert isinstance(caught.value, AfterviewError)
    assert "mail_model.json" in str(caught.value) and "train_mail_model" in str(caught.value)


def _valid() -> dict[str, object]:
    return model_to_dict(tiny({"regret": {"rejection": 1.0}, "offer": {"offer": 1.0}}))


@pytest.mark.parametrize(("key", "value"), [
    ("labels", ["rejection", "maybe"]),
    ("features", ["regret", "regret"]),
    ("weights", [[1.0, 0.0]]),
    ("bias", [0.0]),
    ("temperature", 0),
    ("temperature", "hot"),
])
def test_malformed_fields_raise_mail_model_error(key: str, value: object) -> None:
    data = _valid()
    data[key] = value
    with pytest.raises(MailModelError):
        model_from_dict(data)


def test_non_finite_weight_is_refused(tmp_path: Path) -> None:
    data = _valid()
    weights = data["weights"]
    assert isinstance(weights, list)
    weights[0][0] = float("nan")
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MailModelError):
        load_model(path)


def test_round_trip_through_the_file_format(tmp_path: Path) -> None:
    original = tiny({"regret": {"rejection": 1.5}, "we'd love": {"offer": 2.0}}, {"other": 0.25})
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model_to_dict(original)), encoding="utf-8")
    assert load_model(path) == original


def test_classifier_falls_back_to_rules_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(model, "DEFAULT_PATH", tmp_path / "gone.json")
    monkeypatch.setattr(model, "_cache", [])
    body = "Hi Alex,\n\nWe have decided to move forward with another candidate.\n\nBest,\nDana"
    with caplog.at_level(logging.WARNING, logger="afterview.daemon.mailclass.model"):
        first = classify_message(message(body))
        second = classify_message(message(body))
    assert first == second == classify_message(message(body), model="rules")
    assert first.label == "rejection"
    warnings = [r for r in caplog.records if "rules only" in r.getMessage()]
    assert len(warnings) == 1 and "gone.json" in warnings[0].getMessage()


# ---------------------------------------------------------------- combination with the rules



def test_model_rescues_a_no_cue_message_and_says_so() -> None:
    rules = classify_message(message(NO_CUE), model="rules")
    assert rules.label == "other" and "no-strong-cue" in rules.reasons
    m = tiny({"comparing notes": {"pending": 6.0}})
    got = classify_message(message(NO_CUE), model=m)
    assert got.label == "pending"
    assert "model-rescue" in got.reasons and any(r.startswith("model: pending 0.9") for r in got.reasons)


def test_model_alone_declares_a_stop_label_only_below_the_review_line() -> None:
    m = tiny({"comparing notes": {"rejection": 8.0}})
    got = classify_message(message(NO_CUE), model=m)
    assert got.label == "rejection" and got.confidence < 0.8
    assert "model-rescue:review" in got.reasons
    unsure = tiny({"comparing notes": {"rejection": 1.0}})
    assert classify_message(message(NO_CUE), model=unsure).label == "other"


SOFT_OFFER = "Hi Alex,\n\nCongratulations! The panel is still comparing notes on the paperwork.\n\nBest,\nDana"
SOFT_REJECTION = "Hi Alex,\n\nUnfortunately the panel is still comparing notes.\n\nBest,\nDana"


@pytest.mark.parametrize(("body", "label", "agrees"), [
    (SOFT_OFFER, "offer", True), (SOFT_OFFER, "pending", False), (SOFT_REJECTION, "rejection", False),
])
def test_a_weak_rule_cue_and_a_modest_model_agreeing_rescue_but_never_a_rejection(
    body: str, label: str, agrees: bool
) -> None:
    rules = classify_message(message(body), model="rules")
    assert rules.label == "other" and "no-strong-cue" in rules.reasons  # weak cues only: "congratulations", …
    modest = tiny({"comparing notes": {label: 1.3}})  # about 0.38: under RESCUE, over AGREE
    got = classify_message(message(body), model=modest)
    assert ("model-rescue:weak-cue-agrees" in got.reasons) is agrees
    assert got.label == (label if agrees else "other")
    if agrees:
        assert got.confidence < 0.8


def test_model_doubt_sends_a_rule_rejection_to_review() -> None:
    body = REJECTION
    rules = classify_message(message(body), model="rules")
    assert rules.label == "rejection" and rules.confidence >= 0.8
    doubting = tiny({"candidate": {"next_step": 2.0, "pending": 2.0}})
    got = classify_message(message(body), model=doubting)
    assert got.label == "rejection" and got.confidence < 0.8
    assert "model-doubt:review" in got.reasons
    agreeing = tiny({"candidate": {"rejection": 8.0}})
    assert classify_message(message(body), model=agreeing).confidence == rules.confidence


OFFER = ("Hi Alex,\n\nWe are delighted to offer you the position of Data Analyst, and the "
         "panel is still comparing notes on the details.\n\nBest,\nDana")


def test_model_veto_turns_a_near_impossible_offer_into_the_models_sure_label() -> None:
    assert classify_message(message(OFFER), model="rules").label == "offer"
    known: dict[str, dict[str, float]] = {k: {} for k in features(OFFER)}
    vetoing = tiny(known | {"delighted": {"acknowledgement": 9.0}})
    got = classify_message(message(OFFER), model=vetoing)
    assert got.label == "acknowledgement" and "model-veto:offer" in got.reasons
    # Unsure of its own label, the model only doubts: the rules' offer stays, for review.
    unsure = tiny(known | {"delighted": {"acknowledgement": 2.0, "pending": 2.0}})
    doubted = classify_message(message(OFFER), model=unsure)
    assert doubted.label == "offer" and doubted.confidence < 0.8


def test_an_offer_the_model_reads_as_rescinded_becomes_a_rejection_under_the_review_line() -> None:
    known: dict[str, dict[str, float]] = {k: {} for k in features(OFFER)}
    got = classify_message(message(OFFER), model=tiny(known | {"delighted": {"rejection": 9.0}}))
    assert got.label == "rejection" and got.confidence < 0.8 and "model-veto:offer" in got.reasons


def test_a_rejection_cue_of_its_own_is_never_vetoed_only_doubted() -> None:
    vetoing = tiny({"candidate": {"acknowledgement": 9.0}})
    got = classify_message(message(REJECTION), model=vetoing)
    assert got.label == "rejection" and got.confidence < 0.8 and "model-doubt:review" in got.reasons


ONE_CUE = "Hi Alex,\n\nCould we set up a short call this week? The panel is still comparing notes.\n\nBest,\nDana"


@pytest.mark.parametrize(("weights", "label", "overruled"), [
    ({"comparing notes": {"rejection": 9.0}}, "rejection", True),  # a stop label: under the review line
    ({"comparing notes": {"pending": 9.0}}, "pending", True),
    ({"comparing notes": {"pending": 2.0, "rejection": 2.0}}, "next_step", False),  # not sure of its own label
    ({"comparing notes": {"pending": 9.0, "next_step": 7.0}}, "next_step", False),  # the rules' label not unlikely
])
def test_a_sure_model_overrules_a_one_cue_non_stop_label(
    weights: dict[str, dict[str, float]], label: str, overruled: bool
) -> None:
    rules = classify_message(message(ONE_CUE), model="rules")
    assert rules.label == "next_step" and rules.confidence < 0.86
    got = classify_message(message(ONE_CUE), model=tiny(weights))
    assert got.label == label
    assert ("model-overrule:next_step" in got.reasons) is overruled
    if label == "rejection":
        assert got.confidence < 0.8


RESERVE = ("Hi Alex,\n\nWe have made an offer to another candidate. You are our first reserve and the panel is "
           "still comparing notes.\n\nBest,\nDana")


def test_a_rejection_the_model_finds_near_impossible_becomes_its_sure_label() -> None:
    assert classify_message(message(RESERVE), model="rules").label == "rejection"
    known: dict[str, dict[str, float]] = {k: {} for k in features(RESERVE)}
    sure = classify_message(message(RESERVE), model=tiny(known | {"reserve": {"pending": 9.0}}))
    assert sure.label == "pending" and "model-veto:rejection" in sure.reasons
    unsure = classify_message(message(RESERVE), model=tiny(known | {"reserve": {"pending": 2.0, "other": 2.0}}))
    assert unsure.label == "rejection" and unsure.confidence < 0.8 and "model-doubt:review" in unsure.reasons


def test_model_abstains_on_a_message_of_few_known_words() -> None:
    vetoing = tiny({"candidate": {"acknowledgement": 9.0}})
    short = classify_message(message("Another candidate it is.", subject="Re: hi"), model="rules")
    got = classify_message(message("Another candidate it is.", subject="Re: hi"), model=vetoing)
    assert short.label == got.label == "other" and "no-strong-cue" in short.reasons
    assert any(r.startswith("model: abstains") for r in got.reasons)


def test_header_verdicts_are_never_overridden() -> None:
    header = MessageHeader(
        ref="t", message_id="m@t", folder="inbox", date=SENT, sender=Person("Dana", "dana@acme-robotics.com"),
        subject="Automatic reply: Your application", to=(Person("Alex", "alex@example.org"),),
        headers={"Auto-Submitted": "auto-replied"},
    )
    msg = MailMessage(header=header, text="I am out of the office until Monday.")
    m = tiny({"office": {"offer": 9.0}})
    assert classify_message(msg, model=m).label == "auto_reply"


# ---------------------------------------------------------------- retraining reproduces the shipped format


def _train_script() -> ModuleType:
    # scikit-learn comes with the test extra (afterview[train]); a missing one fails here, as in CI.
    spec = importlib.util.spec_from_file_location("train_mail_model", ROOT / "scripts" / "train_mail_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


TINY = {
    "rejection": ["we have decided to move forward with other candidates", "we regret to tell you no"],
    "offer": ["we are delighted to offer you the position", "we would love to have you join us"],
    "pending": ["we are still reviewing applications and will be in touch", "the role is on hold for now"],
}


def _tiny_corpus(folder: Path) -> None:
    rows = []
    for split in ("dev", "holdout"):
        for label, bodies in TINY.items():
            for n, body in enumerate(bodies):
                name = f"{split}-{label}-{n}.eml"
                msg = EmailMessage()
                msg["From"], msg["To"], msg["Subject"] = "Dana <dana@acme.example>", "alex@example.org", "Update"
                msg["Date"] = "Wed, 06 Nov 2024 10:30:00 +0100"
                msg.set_content(f"Hi Alex,\n\n{body} ({split}).\n\nBest,\nDana\n")
                (folder / name).write_bytes(msg.as_bytes())
                rows.append({"file": name, "label": label, "decision_date": "", "split": split, "trap": ""})
    with (folder / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "label", "decision_date", "split", "trap"])
        writer.writeheader()
        writer.writerows(rows)


def test_retraining_on_a_tiny_corpus_reproduces_the_shipped_format(tmp_path: Path) -> None:
    script = _train_script()
    _tiny_corpus(tmp_path)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert script.main(["--corpus", str(tmp_path), "--out", str(first)]) == 0
    assert script.main(["--corpus", str(tmp_path), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    shipped = json.loads(model.DEFAULT_PATH.read_text(encoding="utf-8"))
    retrained = json.loads(first.read_text(encoding="utf-8"))
    assert sorted(retrained) == sorted(shipped)
    assert (retrained["format"], retrained["version"], retrained["labels"]) == (
        shipped["format"], shipped["version"], shipped["labels"])
    trained = load_model(first)
    assert "regret" in trained.vocabulary
    p = trained.scores("we regret to tell you no")
    assert max(p, key=lambda k: p[k]) == "rejection"


def test_training_never_reads_the_blind_splits_nor_unnamed_ones(tmp_path: Path) -> None:
    script = _train_script()
    _tiny_corpus(tmp_path)
    # Rows whose files do not exist: reading any of them would raise.
    with (tmp_path / "labels.csv").open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["m9-0000-offer-en.eml", "offer", "", "holdout9", ""])
        writer.writerow(["n10-0000-offer-en.eml", "offer", "", "holdout10", ""])
        writer.writerow(["n10-0001-offer-en.eml", "offer", "", "dev", ""])  # a blind file under a seen name
        writer.writerow(["t9-0000-offer-en.eml", "offer", "", "train9", ""])
    examples = script.load_corpus(tmp_path, ("dev", "holdout", "holdout9", "holdout10"))
    assert {ex.split for ex in examples} == {"dev", "holdout"}
    assert not any(ex.file.startswith(("m9-", "n10-", "t9-")) for ex in examples)
    out = tmp_path / "m.json"
    splits = "dev,holdout,holdout9,holdout10"
    assert script.main(["--corpus", str(tmp_path), "--out", str(out), "--splits", splits]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["meta"]["splits"] == ["dev", "holdout"]
