"""Generate the blind calendar-event test split ``holdout245``.

Split: holdout245, written blind (without reading the classifier, other generators, other splits' files or
labels) by an independent author.

Persona: Valeria Montoya, 34, licensed real-estate sales associate at a fictional Miami brokerage (Bayfront
Realty Group), bilingual English/Spanish, looking to move to a luxury brokerage, a new-development sales team,
a property-management firm or an in-house role at a developer (also a Madrid developer's Miami office).
Her addresses: valeria.montoya.re@gmail.com (private) and vmontoya@bayfrontrealtygroup.com (work).

The events live in ``scripts/holdout245ev_*.py`` (``_a``/``_b``: her own interviews, ``_c``: her on the hiring
side, ``_d``: other negatives, ``_zones``: shared VTIMEZONE blocks).  This script checks every event, shuffles
them with a fixed seed, writes ``tests/corpus/events/holdout245-NNN-<kind>.ics`` (CRLF) after deleting only old
``holdout245-*.ics`` files, and replaces only the split=holdout245 rows of ``tests/corpus/events/labels.csv``
and ``tests/corpus/events/company_forms.csv`` (every other line is kept byte for byte).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout245.py
"""
import csv
import glob
import io
import os
import random
import re
import sys

import icalendar

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import holdout245ev_a  # noqa: E402
import holdout245ev_b  # noqa: E402
import holdout245ev_c  # noqa: E402
import holdout245ev_d  # noqa: E402

SPLIT = "holdout245"
SEED = 245_2025
OUT = os.path.join(ROOT, "tests", "corpus", "events")
LABELS = os.path.join(OUT, "labels.csv")
FORMS_CSV = os.path.join(OUT, "company_forms.csv")
LABELS_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
USER_ADDRESSES = ("valeria.montoya.re@gmail.com", "vmontoya@bayfrontrealtygroup.com")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other forms the user would accept for each employer (short name, acronym, without legal form).
FORMS = {
    "Palmetto Luxe Realty": "Palmetto Luxe|Palmetto Luxe Realty Group",
    "Alcázar Desarrollos": "Alcazar Desarrollos|Alcázar Desarrollos Inmobiliarios|Alcázar|Alcazar|Alcázar Brickell",
    "Brickell Atlantic Properties": "Brickell Atlantic",
    "Sunhaven Property Management": "Sunhaven|Sunhaven PM",
    "Oceanline Developers": "Oceanline",
    "Bayfront Realty Group": "Bayfront|Bayfront Realty|BRG",
    "Meridian Homes": "Meridian",
    "Haven & Hart Property Co.": "Haven & Hart|Haven and Hart|Haven & Hart Property",
    "Key Biscayne Estates Group": "KBEG|Key Biscayne Estates",
    "Grand Ventana Residences": "Grand Ventana",
    "Solara Residential": "Solara",
    "Hanseatic Wohnbau": "Hanseatic Wohnbau GmbH|Hanseatic",
    "Maison Rivière International Realty": "Maison Rivière|Maison Riviere|Maison Rivière Immobilier",
    "Isla Verde Luxury Homes": "Isla Verde|Isla Verde Luxury",
    "Cielo Grove Realty": "Cielo Grove",
    "Magnolia & Reyes Realty": "Magnolia & Reyes|Magnolia&Reyes|Magnolia and Reyes",
    "Sandpiper Homes": "Sandpiper",
    "Arcadia Luxury Group": "Arcadia|Arcadia Luxury",
    "Pinnacle Shores Realty": "Pinnacle Shores",
    "Tropica Development Partners": "Tropica|Tropica Development",
    "Banyan Keys Realty": "Banyan Keys",
    "Monteazul Real Estate": "Monteazul",
    "Brisa Homes": "Brisa",
    "Everglade Community Management": "Everglade CM|Everglade",
    "Vista Mar Developers": "Vista Mar",
    "Northbay Capital Residential": "Northbay Capital|Northbay",
    "Gulfstream Luxury Rentals": "Gulfstream",
    "Palm Court Realty": "Palm Court",
    "Regatta Residential Sales": "Regatta",
    "Calle Ocho Realty": "Calle Ocho|Calle 8 Realty",
    "Coastal Crest Relocation": "Coastal Crest",
    "Luma Bay Developers": "Luma Bay",
    "Aurelia Family Office": "Aurelia|Aurelia FO",
    "Seabreeze Real Estate": "Seabreeze",
    "Cordova Land & Homes": "Cordova|Cordova Land and Homes",
    "Brightwater Property Management": "Brightwater|Brightwater PM",
    "Verdana Residential Management": "Verdana|Verdana Residential",
    "Grupo Altamira": "Altamira",
    "Harbor & Vine Realty": "Harbor & Vine|Harbor and Vine",
    "Sol y Mar Realty": "Sol y Mar",
    "Oakline Residential": "Oakline",
    "Lumina Coast Realty": "Lumina Coast",
}

KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}


def unfolded(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev, where):
    missing = KEYS - set(ev)
    extra = set(ev) - KEYS - {"eol"}
    assert not missing and not extra, (where, missing, extra)
    assert KEBAB.match(ev["kind"]), (where, "kind", ev["kind"])
    assert KEBAB.match(ev["trap"]), (where, "trap", ev["trap"])
    assert ev["is_interview"] in (0, 1), where
    assert ev["stage"] in STAGES, (where, ev["stage"])
    assert ev["hiring"] is (ev["trap"].startswith("user-as-interviewer-")), (where, "hiring/trap")
    assert not ev["ics"].strip("\n").startswith(" ")
    text = ev["ics"].strip("\n").replace("\r\n", "\n")
    eol = ev.get("eol", "\r\n")
    raw = eol.join(text.split("\n")) + eol
    cal = icalendar.Calendar.from_ical(raw)
    vevents = list(cal.walk("VEVENT"))
    assert vevents, (where, "no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    assert uids == {ev["uid"]}, (where, uids)
    for v in vevents:
        assert v.get("DTSTART") is not None, (where, "DTSTART")
        v.decoded("DTSTART")
    flat = unfolded(raw).lower()
    people = [p for p in ev["interviewers"].split(";") if p]
    for p in people:
        assert p == p.strip(), where
        if "@" in p:
            assert p == p.lower(), (where, p)
        assert p.lower() in flat, (where, "interviewer not in text", p)
        assert p.lower() not in USER_ADDRESSES and "valeria" not in p.lower() and "montoya" not in p.lower(), \
            (where, "user as interviewer")
    if ev["is_interview"]:
        assert ev["company"] in FORMS, (where, "no FORMS entry", ev["company"])
        assert not ev["hiring"], where
    else:
        assert not (ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]), (where, "negative with labels")
    return raw


def csv_line(fields):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return buf.getvalue()


def replace_split_rows(path, header, split_col_name, new_rows):
    """Keep every line whose split column is not SPLIT byte for byte; append new_rows."""
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as fh:
            lines = fh.read().splitlines(keepends=True)
    else:
        lines = [header + "\n"]
    head = next(csv.reader([lines[0]]))
    col = head.index(split_col_name)
    kept = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            kept.append(line)
            continue
        fields = next(csv.reader([line]))
        if len(fields) > col and fields[col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    tmp = path + ".tmp-" + SPLIT
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write("".join(kept))
        fh.write("".join(new_rows))
    os.replace(tmp, path)


def main():
    events = []
    for mod in (holdout245ev_a, holdout245ev_b, holdout245ev_c, holdout245ev_d):
        for i, ev in enumerate(mod.EVENTS):
            events.append((ev, check(ev, f"{mod.__name__}[{i}]")))
    rng = random.Random(SEED)
    rng.shuffle(events)

    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, SPLIT + "-*.ics")):
        os.remove(old)
    label_rows, used = [], set()
    for n, (ev, raw) in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)
        label_rows.append(csv_line([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                                    ev["interviewers"], SPLIT, ev["trap"]]))
        if ev["is_interview"]:
            used.add(ev["company"])
    unused = set(FORMS) - used
    assert not unused, ("FORMS entries without events", unused)
    form_rows = [csv_line([SPLIT, c, FORMS[c]]) for c in sorted(used)]
    replace_split_rows(LABELS, LABELS_HEADER, "split", label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, "split", form_rows)

    inter = sum(1 for ev, _ in events if ev["is_interview"])
    hiring = sum(1 for ev, _ in events if ev["hiring"])
    print(f"split {SPLIT}: {len(events)} events, {inter} interviews, {len(events) - inter} negatives "
          f"({hiring} hiring side, {len(events) - inter - hiring} other), {len(used)} employers")


if __name__ == "__main__":
    main()
