#!/usr/bin/env python3
"""Trains the event classifier's learned model and writes daemon/eventclass/data/event_model.json.

Dev tool only: needs scikit-learn and numpy (the `train` extra); the shipped model is pure Python.
Each split is one author (dev2 is its own author though labels.csv files it under dev), so the
leave-one-split-out table (`--loso`) says how the model does on an author it has not read. Features
must be seen in at least MIN_SPLITS authors' splits, so one author's vocabulary does not dominate.
`--blind COMMIT:SPLIT` runs the rules as of COMMIT (before SPLIT was seen) alone, the model alone and
the combination on SPLIT: the honest estimate of what the model adds.

Reads only the splits it is told (by file-name prefix); never a blind split (scripts/blind_splits.py).

Recorded (session 4, the shipped thresholds): --loso over the 14 default splits keeps every split the rules were fixed
on at 1.000 and takes holdout9 0.914 -> 0.933, train10 0.782 -> 0.836, train11 0.838 -> 0.902, train12 0.837 ->
0.857 (34 flips right, 3 wrong, no user-as-interviewer false positive added); --blind (each split with the rules from
before it was seen) pools 0.935 -> 0.960 (17 right, 0 wrong); holdout9 with 560d00c's rules: +2 (a founder on
free.fr the rules took for a class, a coffee that is round two), nothing broken.

Recorded again after the train10-12 rule fixes (f751100, same splits, same thresholds): --loso keeps every split the
rules were fixed on at 1.000 (rules and combined); rules alone -> combined: holdout9 0.952 -> 0.971, train10 0.889 ->
0.956, train11 0.926 -> 0.975, train12 0.921 -> 0.936, pooled 0.963 -> 0.981 (30 flips right, 0 wrong, no
user-as-interviewer false positive added); --blind unchanged at 0.935 -> 0.959 (16 right, 0 wrong).

Recorded in session 5 (holdout10 and holdout11 studied and added, 16 splits, 1,877 events, same thresholds, rules as
of d007868, unchanged at 9e3c62b): --loso keeps every split the rules were fixed on at 1.000 and gives, rules alone ->
combined, holdout9 0.952 -> 0.971, holdout10 0.982 -> 0.991, holdout11 1.000 (114 read; 7 Outlook events with an
unquoted "(UTC+01:00) …" TZID are not parsed), train10 0.893 -> 0.956, train11 0.926 -> 0.971, train12 0.931 ->
0.946, pooled 0.968 -> 0.983 (29 flips right, 0 wrong, no user-as-interviewer false positive); --blind pools 0.940 ->
0.962 (20 right, 0 wrong; holdout10 0.938 -> 0.965 and holdout11 0.974 with the 3f69a0d rules they were measured
with). A lower rescue threshold for the user's own entries (0.65) was tried and dropped: it rescued "Call with Mom".

Recorded in session 6 (train13 and train14 studied and added, 18 splits, 2,295 events, 10,103 features, C 0.5, rules
as of cb0f115, combine as of 96ef4bb: a rescue of what only a talk with a person speaks for needs 0.93): --loso keeps
every split the rules were fixed on before at 1.000 and gives, rules alone -> combined, holdout9 0.962 -> 0.981,
holdout10 0.982 -> 0.991, train10 0.902 -> 0.951, train11 0.941 -> 0.975, train12 0.941 -> 0.956, train13 0.971,
train14 0.947 -> 0.976, pooled 0.970 -> 0.983 (30 flips right, 0 wrong, no user-as-interviewer false positive);
--blind pools 0.923 -> 0.948 over ten splits (35 right, 1 wrong), train13 0.883 -> 0.898 and train14 0.883 -> 0.932
with the 9ffce38 rules they were first scored with.

Recorded in session 7 (holdout12-14 studied and added, 21 splits, 2,631 events, 11,574 features, C 0.7 instead of
0.5: with 0.5 the retrained model lost one in-sample event each of train10 and train13; rules as of fc95596): --loso
keeps every split the rules were fixed on before at 1.000 and gives, rules alone -> combined, holdout12 0.955 ->
0.982, holdout13 0.964 -> 0.991, holdout14 0.955 -> 0.991, train10 0.902 -> 0.951 (12 right, 1 wrong: a false
positive, not user-as-interviewer), pooled 0.968 -> 0.984 (42 right, 1 wrong, no user-as-interviewer false positive;
C 0.5 gave 0.984 with 40 right, 0 wrong); --blind pools 0.922 -> 0.950 over thirteen splits (47 right, 1 wrong),
holdout12 0.955, holdout13 0.982 (its one user-as-interviewer false positive is the e5f12b8 rules'), holdout14 0.920
with the e5f12b8 rules they were scored blind with.

Recorded in session 8 (holdout15 and holdout16 studied and added, 23 splits, 2,858 events, 12,388 features, C 0.7,
rules as of 751f7c1): --loso keeps every split the rules were fixed on before at 1.000 and gives, rules alone ->
combined, holdout9 0.971 -> 0.981, holdout12 0.973 -> 0.982, holdout13 0.991 -> 1.000, holdout10 and holdout14 0.991,
train10 0.942 -> 0.969, train11 0.961 -> 0.980, train12 0.961 -> 0.970, train13 0.980, train14 0.956 -> 0.981,
pooled 0.982 -> 0.989 (20 right, 0 wrong, no user-as-interviewer false positive); --blind pools 0.923 -> 0.950 over
fifteen splits (52 right, 1 wrong, a false positive, not user-as-interviewer), holdout15 0.930 -> 0.974 and
holdout16 0.929 -> 0.938 with the 9ded604 rules they were scored blind with.

Recorded in the lead's session 7 (holdout17-30 studied and added, 36 splits, 4,467 events, 18,547 features, C 0.7,
rules as of 78b9e05f): --loso pooled, rules alone -> combined, 0.982 (4,385; 12 FP, 3 of them user-as-interviewer,
70 FN) -> 0.988 (4,414; 9 FP, the same 3 user-as-interviewer, 44 FN), 29 right, 0 wrong. These rules were fixed on
every split, so only the model column is held out; the blind scores are in the events corpus README.
Recorded in the lead's session 8 (combine re-chosen: asked within 5 points of the threshold, rescue >= 0.85, veto
<= 0.2, instead of 3 below / 1.5 above, 0.85 / 0.05): --blind over the 29 splits measured blind before holdout31
(rules of each split's blind commit, model held out and trained without holdout31-34) pools, rules alone -> old
combine -> new combine, 0.942 (19 user-as-interviewer FP) -> 0.963 (3,363/3,492; 49 FP, 6 of them
user-as-interviewer, 80 FN) -> 0.975 (3,403; 14 FP, 1, 75 FN); --loso with the rules as of f24cfbf3: 4,433 -> 4,432
of 4,467, no user-as-interviewer FP either way. The model's features come from today's code, fitted to those
splits, so --blind flatters the model: on holdout31-34 (never studied, b29acf12) the new combine gave 0.965, the
model alone 0.971 and the rules alone 0.940.
Recorded in session 20 (every split seen by then: 144 splits, 16,487 events, 65,730 features; C 0.35 instead of 0.7,
which moved six tests' synthetic events across the thresholds where 0.35 moved three: a plural trial day the rules read
as a class, "Atelier Brume", now a business's name; an internal application, which the model no longer vetoes; a
work-address invitation, now tested on the rules): blind splits the rules were never fixed on, rules and old model ->
rules and this model: holdout140-147 (893 events, written this session, before any study) 0.950 -> 0.955 (user as
interviewer 6 -> 4, other FP 10 -> 9, FN 29 -> 27), holdout136-139 0.959 -> 0.962 (3 user as interviewer instead of 5),
holdout39-42 0.991 unchanged; C 0.7 gave the same accuracy on holdout140-147 and holdout136-139, C 0.2 one fewer
right. On the seen splits (in sample) 0.9938 -> 0.9955 (37 flips right, 9 wrong; FP 8 -> 5).
Recorded in session 21 (the same 144 splits, 16,487 events; 89,685 features with the description's 5-letter word
pieces; C 0.35; trained sparse in 1.8 min and 0.9 GB where the dense matrix took ~10 GB): combine.py's thresholds
were chosen on 16 splits neither rules nor model had read (holdout136-147, holdout39-42: 1,788 events, scores only).
There the model alone was right on 1,739, the rules alone on 1,665, rules and model on 1,727 (old thresholds) and
1,736 (a veto below 0.4 with 20+ known features); leave-one-split-out choice of the thresholds pooled 1,735. On
holdout148-155, written that session and scored once before their study, 838 -> 844 of 892 (user as interviewer
12 -> 9); on holdout156-163 869 -> 868 of 898 (3 -> 3); on holdout164-171 844 -> 851 of 897 (5 -> 3).
holdout148-155 were studied after and are not yet in TRAIN_SPLITS.
Recorded in session 27 (holdout148-219 added: 216 splits, 24,562 events; MIN_SPLITS 3 instead of 2, so a feature
needs three authors: 81,601 features where 2 gave 128,946, whose weights took the long-run daemon from 79 to 85 MB;
C 0.35 and combine.py's thresholds unchanged). Each model below left out the splits it was scored on, with the rules
those splits were first scored blind with, against the shipped model of session 21: holdout212-219 (903 events, rules
17c09b0a) 855 -> 866 right, user-as-interviewer false positives 1 -> 0; holdout196-211 (1,790, rules acc404f1) 1,732
-> 1,735, 7 -> 6. On the 16 validation splits (holdout136-147, holdout39-42; the thresholds were chosen there for the
old model) 1,739 -> 1,739, user-as-interviewer 4 -> 7: the cost, kept in view. With MIN_SPLITS 2 the same two splits
gave 865 (0) and 1,737 (6).
Recorded in session 29 (holdout220-235 added, studied in sessions 28-29: 232 splits, 26,348 events, 86,432 features;
MIN_SPLITS 3, C and thresholds unchanged; rules as of the session's end): on the 16 validation splits 1,740 -> 1,740
right, user-as-interviewer false positives 7 -> 7, accepted company form 761 -> 762 of 892; the long-run daemon's peak
76.3 -> 76.4 MB. On holdout236-243, written blind that session and scored only, 824 -> 829 of 901 (user as
interviewer 2 -> 2).
Recorded in session 30 (holdout236-243 added, studied that session: 240 splits, 27,249 events; MIN_SPLITS, C and
thresholds unchanged; keys whose weight rounds below MIN_WEIGHT 0.002 left out, 89,008 -> 72,827 features): on the 16
validation splits 1,740 -> 1,743 right, user-as-interviewer false positives 7 -> 7, accepted company form 762 -> 764 of
895; the long-run daemon's peak 76.9 MB before, 78.9 MB with every key, 76.3 MB without the small ones. On
holdout244-251, written blind that session and scored only, 837 -> 839 of 901 (user as interviewer 4 -> 4).
Recorded in session 31, twice. First holdout244-251 added (248 splits, 28,150 events, 75,524 features; MIN_SPLITS,
MIN_WEIGHT, C and thresholds unchanged): on the 16 validation splits 1,743 -> 1,743 right, user-as-interviewer false
positives 7 -> 6, accepted company form 764 -> 763 of 894; on holdout252-259, written blind that session and scored
only, 845 -> 846 of 898 (user as interviewer 3 -> 3). Then holdout252-259 added, studied next (256 splits, 29,048
events, 77,547 features; rules as of the session's end): validation 1,743 -> 1,743, user as interviewer 6 -> 6; on
holdout260-267, written blind later that session, 842 -> 845 of 906 (user as interviewer 1 -> 1); the long-run
daemon's peak 76.5 MB.
Recorded in session 32, twice. First holdout260-267 added (264 splits, 29,954 events, 79,577 features; MIN_SPLITS,
MIN_WEIGHT, C and thresholds unchanged): validation 1,744 -> 1,744 right (user as interviewer 6); on holdout268-275,
written blind that session and scored only, 861 -> 860 of 905 (user as interviewer 3 -> 2). Then holdout268-275 added,
studied next (272 splits, 30,859 events, 82,138 features): validation 1,744 -> 1,745, user as interviewer 6 -> 6; on
holdout276-283, written blind later that session, 847 -> 850 of 905 (user as interviewer 4 -> 4); the long-run
daemon's peak 76.5 MB.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parent.parent
from afterview.connectors.base import CalendarEvent  # noqa: E402
from afterview.connectors.ical import parse_calendar  # noqa: E402
from afterview.daemon.eventclass import classify_event, combine, model_keys  # noqa: E402
from afterview.daemon.eventclass.model import DEFAULT_PATH, EventModel, model_to_dict  # noqa: E402
from afterview.daemon.verdicts import EventVerdict  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))  # scripts/ is not a package; blind_splits sits beside this file
from blind_splits import is_blind  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "events"
# train10-14 and train15-20 were written for this model by new authors for new users (corpus README).
TRAIN_SPLITS = ("dev", "dev2", "dev3", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
                "holdout8", "holdout9", "train10", "train11", "train12", "holdout10", "holdout11", "train13",
                "train14", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18",
                "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25",
                "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32",
                "holdout33", "holdout34", "train15", "train16", "train17", "train18", "train19", "train20",
                "holdout35", "holdout36", "holdout37", "holdout38", "holdout43", "holdout44", "holdout45",
                "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52",
                "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout59", "holdout61",
                "holdout62", "holdout58", "holdout60", "holdout63", "holdout64", "holdout65", "holdout66",
                "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73",
                "holdout74", "holdout75", "holdout76", "holdout78", "holdout79", "holdout80", "holdout82",
                "holdout83", "holdout77", "holdout81", "holdout84", "holdout86", "holdout87", "holdout88",
                "holdout89", "holdout90", "holdout91", "holdout85", "holdout92", "holdout93", "holdout94",
                "holdout95", "holdout96", "holdout97", "holdout98", "holdout99", "holdout100", "holdout101",
                "holdout102", "holdout103", "holdout104", "holdout105", "holdout106", "holdout107", "holdout108",
                "holdout109", "holdout110", "holdout111", "holdout112", "holdout113", "holdout114", "holdout115",
                "holdout116", "holdout117", "holdout118", "holdout119", "holdout120", "holdout121", "holdout122",
                "holdout123", "holdout124", "holdout125", "holdout126", "holdout129", "holdout130", "holdout131",
                "holdout127", "holdout128", "holdout132", "holdout133", "holdout134", "holdout135",
                *(f"holdout{n}" for n in range(148, 276)))
# (session 20: every split seen by then, holdout58-135 included; holdout39-42 and holdout136 on stay blind;
# session 27: holdout148-219 added, studied in sessions 22-27; session 29: holdout220-235, studied in sessions 28-29)
# The rules as they were before each split was measured blind (corpus README), for --blind.
BLIND_RULES = {"holdout3": "c76c38a", "holdout4": "3bfa014", "holdout5": "8a74e25", "holdout6": "1f62023",
               "holdout8": "f0ae666", "holdout9": "560d00c", "holdout10": "3f69a0d", "holdout11": "3f69a0d",
               # train13 and train14 were first scored with the rules of 9ffce38, before anyone studied them
               "train13": "9ffce38", "train14": "9ffce38",
               # holdout12-14 were scored blind with the rules of e5f12b8 (session 6)
               "holdout12": "e5f12b8", "holdout13": "e5f12b8", "holdout14": "e5f12b8",
               # holdout15 and holdout16 were scored blind once with the final rules of the session before (9ded604)
               "holdout15": "9ded604", "holdout16": "9ded604",
               # holdout17-19 were scored blind with 2c20ed62, holdout20-22 with 032542bc (session 6)
               "holdout17": "2c20ed62", "holdout18": "2c20ed62", "holdout19": "2c20ed62",
               "holdout20": "032542bc", "holdout21": "032542bc", "holdout22": "032542bc",
               # holdout23-26 were first scored blind with dff70132 (the session-6 rules, session 7)
               "holdout23": "dff70132", "holdout24": "dff70132", "holdout25": "dff70132", "holdout26": "dff70132",
               # holdout27-30 were scored blind once with cfb85872 (session 7)
               "holdout27": "cfb85872", "holdout28": "cfb85872", "holdout29": "cfb85872", "holdout30": "cfb85872",
               # holdout31-34 were scored blind with 162aba37 and, still unstudied, with b29acf12 (session 8)
               "holdout31": "b29acf12", "holdout32": "b29acf12", "holdout33": "b29acf12", "holdout34": "b29acf12",
               # train15-20 were scored once with the rules of fc9a7bfd before anyone studied them (session 9)
               "train15": "fc9a7bfd", "train16": "fc9a7bfd", "train17": "fc9a7bfd", "train18": "fc9a7bfd",
               "train19": "fc9a7bfd", "train20": "fc9a7bfd",
               # holdout35-38 were scored blind with fc9a7bfd and, still unstudied, with 9004c068 (session 9)
               "holdout35": "9004c068", "holdout36": "9004c068", "holdout37": "9004c068", "holdout38": "9004c068",
               # holdout43-47 were first scored blind with e5fdf602 (session 10), holdout48-52 with a776aa0e
               "holdout43": "e5fdf602", "holdout44": "e5fdf602", "holdout45": "e5fdf602", "holdout46": "e5fdf602",
               "holdout47": "e5fdf602", "holdout48": "a776aa0e", "holdout49": "a776aa0e", "holdout50": "a776aa0e",
               "holdout51": "a776aa0e", "holdout52": "a776aa0e",
               # holdout53-57 were first scored blind with a776aa0e and, still unstudied, with 11a96a58 (session 11)
               "holdout53": "a776aa0e", "holdout54": "a776aa0e", "holdout55": "a776aa0e", "holdout56": "a776aa0e",
               "holdout57": "a776aa0e",
               # holdout58-62 were first scored blind with 4aaa8760 (session 12), again at 942de5fa, then studied
               "holdout58": "4aaa8760", "holdout59": "4aaa8760", "holdout60": "4aaa8760", "holdout61": "4aaa8760",
               "holdout62": "4aaa8760",
               # holdout63-67 were written during session 12 and scored blind with 4aaa8760 and 09b88ad1
               "holdout63": "4aaa8760", "holdout64": "4aaa8760", "holdout65": "4aaa8760", "holdout66": "4aaa8760",
               "holdout67": "4aaa8760",
               # holdout68-75 were written during session 13 and scored blind with 08baf19e
               "holdout68": "08baf19e", "holdout69": "08baf19e", "holdout70": "08baf19e", "holdout71": "08baf19e",
               "holdout72": "08baf19e", "holdout73": "08baf19e", "holdout74": "08baf19e", "holdout75": "08baf19e",
               # holdout76-83 were written during session 14 and scored blind with 33dc53f3
               "holdout76": "33dc53f3", "holdout77": "33dc53f3", "holdout78": "33dc53f3", "holdout79": "33dc53f3",
               "holdout80": "33dc53f3", "holdout81": "33dc53f3", "holdout82": "33dc53f3", "holdout83": "33dc53f3"}
C = 0.35
MIN_SPLITS = 3
MIN_DF = 2
DIGITS = 4
# A weight this small moves an event's log-odds by less than a tenth even summed over fifty such keys, and every
# key kept costs the daemon memory: the 89,008 keys of session 30 took its weights dict past a hash-table resize
# (the long-run peak 76.9 -> 78.9 MB of the 80 MB target); without them, 72,827 keys, 76.3 MB and the same
# validation result.
MIN_WEIGHT = 0.002


def _load_eval_events() -> ModuleType:
    """Returns scripts/eval_events.py as a module: its reading of the authors' trap words is the one both use."""
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "scripts" / "eval_events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# Whether a label's trap names the user on the interviewer's side, in whatever words its author used.
_EVAL = _load_eval_events()
user_on_hiring_side: Callable[[str], bool] = _EVAL.user_on_hiring_side
labelled_true: Callable[[str], bool] = _EVAL.labelled_true
# Each author's user, as the evaluation reads them (the corpus's first user, Jordan Lee, for the rest).
USERS: dict[str, tuple[str, ...]] = _EVAL.ME_BY_SPLIT
JORDAN: tuple[str, ...] = _EVAL.ME


@dataclass
class Example:
    """One labelled event occurrence: its author's split, file, gold label, trap, the event and the user."""

    split: str
    file: str
    gold: bool
    trap: str
    event: CalendarEvent
    me: tuple[str, ...]
    keys: set[str] = field(default_factory=set)

    @property
    def user_interviewer(self) -> bool:
        """Returns whether the label says the user is the interviewer (the worst false positive)."""
        return not self.gold and user_on_hiring_side(self.trap)


def never(split: str) -> bool:
    """Given a split name, returns whether it is a blind split that no training or table may read."""
    return is_blind(split)


def author(file: str) -> str:
    """Given a corpus file name, returns its author's split: the prefix before the first '-'."""
    return file.split("-", 1)[0]


def load_corpus(corpus: Path = CORPUS, splits: Sequence[str] = TRAIN_SPLITS) -> list[Example]:
    """Given a corpus folder with labels.csv and author splits, returns their labelled event occurrences (never a
    blind split, holdout39 and later); reads only the files the kept rows name."""
    wanted = {s for s in splits if not never(s)}
    with (corpus / "labels.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if author(r["file"]) in wanted and not never(r["split"])]
    by_file: dict[str, dict[str, dict[str, str]]] = {}
    for row in rows:
        by_file.setdefault(row["file"], {})[row["uid"]] = row
    out: list[Example] = []
    for file in sorted(by_file):
        split = author(file)
        me = USERS.get(split, JORDAN)
        parsed = parse_calendar((corpus / file).read_bytes(), tz=ZoneInfo("UTC"), window=None, source=file)
        for event in parsed.events:
            if (label := by_file[file].get(event.uid)) is None:
                continue
            example = Example(split, file, labelled_true(label["is_interview"]), label["trap"], event, me)
            example.keys = model_keys(event, me=list(me))
            out.append(example)
    return out


def select(examples: Sequence[Example]) -> list[str]:
    """Given training examples, returns the feature keys in >= MIN_SPLITS authors' splits and >= MIN_DF events."""
    splits: dict[str, set[str]] = {}
    df: dict[str, int] = {}
    for ex in examples:
        for key in ex.keys:
            splits.setdefault(key, set()).add(ex.split)
            df[key] = df.get(key, 0) + 1
    need = min(MIN_SPLITS, len({ex.split for ex in examples}))
    return sorted(k for k in df if df[k] >= MIN_DF and len(splits[k]) >= need)


def train(examples: Sequence[Example], c: float = C) -> EventModel:
    """Given labelled examples, returns a fitted model over the selected features (rounded as shipped).

    No temperature is fitted: combine.py's thresholds were chosen on the probabilities as trained."""
    keys = select(examples)
    index = {k: i for i, k in enumerate(keys)}
    # sparse: a dense matrix of 16k events by 100k+ keys would need over 10 GB
    cells = [(row, col) for row, ex in enumerate(examples) for key in ex.keys if (col := index.get(key)) is not None]
    rows, cols = zip(*cells, strict=True) if cells else ((), ())
    x = sparse.csr_matrix((np.ones(len(cells)), (rows, cols)), shape=(len(examples), len(keys)))
    y = np.array([int(ex.gold) for ex in examples])
    fit = LogisticRegression(C=c, max_iter=5000, tol=1e-8).fit(x, y)
    weights = {k: round(float(w), DIGITS) for k, w in zip(keys, fit.coef_[0], strict=True)}
    return EventModel({k: w for k, w in weights.items() if abs(w) >= MIN_WEIGHT},
                      round(float(fit.intercept_[0]), DIGITS))


Rules = Callable[[Example], EventVerdict]


def current_rules(ex: Example) -> EventVerdict:
    """Given an example, returns the present rules' verdict (no model)."""
    return classify_event(ex.event, me=list(ex.me), model="rules")


def blind_rules(commit: str) -> Rules:
    """Given a commit, imports its daemon/eventclass as a separate package; returns its classify_event."""
    name = "afterview.daemon._blind_" + commit[:12]
    folder = Path(tempfile.mkdtemp(prefix="afterview-blind-")) / "eventclass"
    folder.mkdir()
    listing = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", commit, "daemon/eventclass/"],
                             check=True, capture_output=True, text=True).stdout.split()
    for path in listing:
        if path.endswith(".py"):
            source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path}"], check=True,
                                    capture_output=True, text=True).stdout
            (folder / Path(path).name).write_text(source.replace("afterview.daemon.eventclass", name),
                                                   encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    assert spec is not None and spec.loader is not None
    package: ModuleType = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)

    def rules(ex: Example) -> EventVerdict:
        verdict: EventVerdict = package.classify_event(ex.event, me=list(ex.me))
        return verdict
    return rules


@dataclass
class Tally:
    """Counts of one classifier on one split."""

    right: int = 0
    total: int = 0
    fp: int = 0
    ui_fp: int = 0
    fn: int = 0
    fixed: int = 0  # decisions the model changed, rightly
    broken: int = 0  # ... and wrongly
    misses: list[str] = field(default_factory=list)

    def add(self, ex: Example, said: bool, why: str = "") -> None:
        """Given an example and the decision, counts it."""
        self.total += 1
        if said == ex.gold:
            self.right += 1
            return
        self.fp += said
        self.ui_fp += said and ex.user_interviewer
        self.fn += not said
        self.misses.append(f"{'FP' if said else 'FN'} {ex.file} [{ex.trap}] {why}")

    def row(self) -> str:
        """Returns the table columns."""
        acc = self.right / self.total if self.total else 0.0
        flips = f"  +{self.fixed}/-{self.broken}" if self.fixed or self.broken else ""
        return f"{acc:7.3f}{self.right:>5}/{self.total:<4}{self.fp:4d}{self.ui_fp:4d}{self.fn:4d}{flips}"


def combined(verdict: EventVerdict, model: EventModel, ex: Example) -> tuple[bool, list[str]]:
    """Given the rules' verdict on an example and a model, returns the combination's decision and its reasons."""
    def ask() -> tuple[float, int, set[str]]:
        p, known = model.predict(ex.keys)
        return p, known, ex.keys
    decision, _, said = combine.with_model(verdict.is_interview, verdict.reasons, ask)
    return decision, said


def table(examples: Sequence[Example], held_out: Sequence[str], rules_for: Callable[[str], Rules], c: float,
          verbose: bool) -> dict[str, Tally]:
    """Given examples, the splits to hold out one at a time and the rules to use for each, prints per held-out
    split: rules alone, model alone, combined; returns the pooled tallies."""
    print(f"{'split':<10}{'who':<9}{'acc':>7}{'right':>10}{'FP':>4}{'UI':>4}{'FN':>4}  model flips right/wrong")
    pooled = {name: Tally() for name in ("rules", "model", "combined")}
    for held in held_out:
        model = train([e for e in examples if e.split != held], c)
        rules = rules_for(held)
        tallies = {name: Tally() for name in pooled}
        for ex in (e for e in examples if e.split == held):
            verdict = rules(ex)
            p, _ = model.predict(ex.keys)
            decision, said = combined(verdict, model, ex)
            for name, value, why in (("rules", verdict.is_interview, verdict.reasons[0] if verdict.reasons else ""),
                                     ("model", p >= 0.5, f"p={p:.2f}"),
                                     ("combined", decision, " ".join(said) or "(rules)")):
                for tally in (tallies[name], pooled[name]):
                    tally.add(ex, value, why)
                    if name == "combined" and decision != verdict.is_interview:
                        tally.fixed += decision == ex.gold
                        tally.broken += decision != ex.gold
                        if decision == ex.gold:
                            tally.misses.append(f"fixed {ex.file} [{ex.trap}] {why}")
        for name, tally in tallies.items():
            print(f"{held:<10}{name:<9}" + tally.row())
            if verbose and name != "model":
                for line in tally.misses:
                    print("      " + line)
    for name, tally in pooled.items():
        print(f"{'pooled':<10}{name:<9}" + tally.row())
    return pooled


def write(model: EventModel, path: Path, meta: dict[str, object]) -> None:
    """Given a model, writes it as compact, key-sorted JSON (byte-identical for identical training)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model_to_dict(model, meta), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the event classifier's learned model.")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--splits", default=",".join(TRAIN_SPLITS), help="comma-separated author splits to read")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--loso", action="store_true", help="print the leave-one-split-out table, write nothing")
    parser.add_argument("--blind", nargs="?", const="all", metavar="SPLIT|all",
                        help="the table with the rules as of before each split was seen (BLIND_RULES)")
    parser.add_argument("--misses", action="store_true",
                        help="with --loso/--blind: list the misses (and the decisions the model fixed)")
    args = parser.parse_args(argv)
    examples = load_corpus(args.corpus, tuple(args.splits.split(",")))
    splits = sorted({ex.split for ex in examples}, key=lambda s: (s not in TRAIN_SPLITS, s))
    if args.loso:
        table(examples, splits, lambda held: current_rules, args.c, args.misses)
        return 0
    if args.blind:
        held_out = [s for s in BLIND_RULES if s in splits and args.blind in ("all", s)]
        cache: dict[str, Rules] = {}
        table(examples, held_out, lambda held: cache.setdefault(held, blind_rules(BLIND_RULES[held])), args.c,
              args.misses)
        return 0
    model = train(examples, args.c)
    meta = {"splits": splits, "events": len(examples), "features": len(model.weights), "C": args.c}
    write(model, args.out, meta)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): {len(model.weights)} features, "
          f"{len(examples)} events from {', '.join(splits)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
