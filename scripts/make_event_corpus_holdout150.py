"""Generate the blind holdout150 calendar-event split (persona: Katarzyna Nowak, Kraków).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout150.py

Writes tests/corpus/events/holdout150-NNN-<kind>.ics (deleting old holdout150-*.ics first)
and replaces only the split=holdout150 rows of labels.csv and company_forms.csv.
The events themselves are hand-written raw iCalendar text in scripts/holdout150ev_*.py.
"""

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout150ev_neg_life
import holdout150ev_neg_side1
import holdout150ev_neg_side2
import holdout150ev_neg_work
import holdout150ev_pos_a
import holdout150ev_pos_b
import holdout150ev_pos_c
import holdout150ev_pos_d
import holdout150ev_pos_e
import holdout150ev_pos_f
import holdout150ev_pos_g

SPLIT = "holdout150"
SEED = 150_2025
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRS = {"kasia.nowak.fin@wp.pl", "katarzyna.nowak@nordvale-gbs.com"}

MODULES = [
    holdout150ev_pos_a,
    holdout150ev_pos_b,
    holdout150ev_pos_c,
    holdout150ev_pos_d,
    holdout150ev_pos_e,
    holdout150ev_pos_f,
    holdout150ev_pos_g,
    holdout150ev_neg_side1,
    holdout150ev_neg_side2,
    holdout150ev_neg_work,
    holdout150ev_neg_life,
]

# Other names the user would accept for each interview company in a draft.
FORMS = {
    "Deloitte": "Deloitte Polska|Deloitte Advisory",
    "KPMG": "KPMG w Polsce|KPMG Poland",
    "EY": "EY GDS|Ernst & Young|EY Global Delivery Services",
    "PwC": "PwC Polska|PricewaterhouseCoopers|PwC SDC",
    "Rheinwerk Chemie": "Rheinwerk Chemie GmbH|Rheinwerk|Rheinwerk Polska",
    "Kessler Antriebstechnik": "Kessler|Kessler Antriebstechnik GmbH|Kessler Drives",
    "Brightwater Pharma": "Brightwater|Brightwater Pharmaceuticals|Brightwater Pharma Ltd",
    "Corrib Medical": "Corrib|Corrib Medical Devices",
    "Groupe Lumenor": "Lumenor|Lumenor SA",
    "Valcourt Emballages": "Valcourt|Valcourt Packaging|Valcourt Polska",
    "Grupo Albares": "Albares|Albares Alimentación",
    "Iberlogis": "Iberlogis Transportes|Iberlogis S.L.",
    "Nordhaven Shipping": "Nordhaven|Nordhaven GBS",
    "Solvik Paper": "Solvik|Solvik Business Services",
    "Mleczarnia Podhale": "Podhale|Mleczarnia Podhale S.A.|SM Podhale",
    "Baltmet": "Baltmet S.A.|Baltmet Stal",
    "Amberline": "Amberline Technologies|Amberline Kraków",
    "Quantiva": "Quantiva Payments",
    "Ledgerloop": "Ledgerloop sp. z o.o.",
    "Harbor & Finch": "Harbor and Finch|Harbor & Finch Insurance|H&F",
    "Castellan Bank": "Castellan|Castellan GBS",
    "Veltro Automotive": "Veltro|Veltro Poland",
    "Lindqvist Logistics": "Lindqvist",
    "Mosaic Hotels": "Mosaic Hotels Group|Mosaic",
    "DentaNova": "Denta Nova",
    "Tatra Brewing": "Tatra Brewing Company|Browar Tatra",
    "Meridian Pharma": "Meridian",
    "Stellarcloud": "Stellar Cloud",
    "Ostara Energy": "Ostara",
    "Baker Lorenz": "Baker Lorenz Audyt|Baker Lorenz Audyt sp. z o.o.|BLA",
    "Polskie Młyny": "Polskie Mlyny|Polskie Młyny S.A.|PM S.A.",
    "Vistula Retail": "Vistula Retail Group|VRG",
    "Oberland Kabelwerke": "Oberland|Oberland Kabelwerke AG",
    "Ardent Energy": "Ardent",
    "Banque Armorique": "Armorique|Banque Armorique GBS",
    "Cerámicas Levante": "Ceramicas Levante|Levante",
    "Trinity Softworks": "Trinity",
    "Fenwick Aerospace": "Fenwick|Fenwick Aerospace Polska",
    "Hollis Foods": "Hollis",
    "Maas & Vogt": "Maas und Vogt|Maas & Vogt GmbH|M&V",
    "Arcadis Chemicals": "Arcadis Chem|Arcadis",
    "Pieniny Cosmetics": "Pieniny|Pieniny Kosmetyki",
    "Galicia Paper": "Galicia",
    "Kinsale Foods": "Kinsale",
    "Bellmont Group": "Bellmont",
}


def collect():
    events = []
    for mod in MODULES:
        for ev in mod.EVENTS:
            ev = dict(ev)
            ev["_module"] = mod.__name__
            events.append(ev)
    return events


def fail(msg):
    sys.stderr.write(f"make_event_corpus_{SPLIT}: {msg}\n")
    sys.exit(1)


def check(ev, data):
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\n ", "")
    where = f"{ev['_module']}:{ev['kind']}:{ev['uid']}"
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"bad kind {where}")
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"unparsable {where}: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"no VEVENT in {where}")
    if ev["uid"] not in uids:
        fail(f"label UID not in file {where}: {sorted(uids)}")
    if len(uids) != 1:
        fail(f"more than one UID in {where}")
    for comp in cal.walk("VEVENT"):
        for key in ("DTSTAMP", "SUMMARY"):
            if comp.get(key) is None:
                fail(f"{key} missing in {where}")
    iv = ev["iv"]
    if iv not in (0, 1):
        fail(f"is_interview not 0/1 {where}")
    if ev.get("stage", "") not in STAGES:
        fail(f"bad stage {where}")
    trap = ev["trap"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"bad trap {where}")
    if iv == 1:
        if not ev.get("company"):
            fail(f"interview without company {where}")
        if ev["company"] not in FORMS:
            fail(f"company lacks FORMS entry {where}: {ev['company']}")
        if trap.startswith("user-as-interviewer-"):
            fail(f"interview with hiring-side trap {where}")
        for who in filter(None, ev.get("who", "").split(";")):
            if who.lower() in USER_ADDRS:
                fail(f"user listed as interviewer {where}")
            if "@" in who and who != who.lower():
                fail(f"interviewer e-mail not lower case {where}")
            if "@" in who and who not in text.lower():
                fail(f"interviewer e-mail not in file {where}: {who}")
    else:
        for key in ("company", "role", "stage", "who"):
            if ev.get(key):
                fail(f"negative with {key} {where}")
        if ev.get("side") and not trap.startswith("user-as-interviewer-"):
            fail(f"hiring-side negative without user-as-interviewer- trap {where}")
        if trap.startswith("user-as-interviewer-") and not ev.get("side"):
            fail(f"user-as-interviewer- trap not flagged side {where}")


def to_bytes(ev):
    text = ev["ics"].strip("\n") + "\n"
    if ev.get("lf"):
        return text.encode("utf-8")
    return text.replace("\n", "\r\n").encode("utf-8")


def csv_line(row):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path, split_col, new_lines):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    if lines[-1] and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    out = "".join(kept) + "".join(new_lines)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.write_bytes(out.encode("utf-8"))
    os.replace(tmp, path)


def main():
    events = collect()
    seen = set()
    for ev in events:
        key = (ev["uid"], ev["kind"], ev["ics"])
        if key in seen:
            fail(f"duplicate event {ev['uid']}")
        seen.add(key)
    random.Random(SEED).shuffle(events)
    payloads = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = to_bytes(ev)
        check(ev, data)
        payloads.append((name, data, ev))
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_lines = []
    companies = []
    for name, data, ev in payloads:
        (EVENTS_DIR / name).write_bytes(data)
        label_lines.append(csv_line([
            name, ev["uid"], str(ev["iv"]), ev.get("company", ""), ev.get("role", ""),
            ev.get("stage", ""), ev.get("who", ""), SPLIT, ev["trap"],
        ]))
        if ev["iv"] == 1 and ev["company"] not in companies:
            companies.append(ev["company"])
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_lines = [csv_line([SPLIT, c, FORMS[c]]) for c in sorted(companies)]
    replace_rows(LABELS, 7, label_lines)
    replace_rows(FORMS_CSV, 0, form_lines)
    n_iv = sum(ev["iv"] for ev in events)
    n_side = sum(1 for ev in events if ev["trap"].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
        f"{n_side} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
