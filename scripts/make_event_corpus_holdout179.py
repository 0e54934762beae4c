"""Generate the blind calendar-event split holdout179 (Wei Jie Tan, SOC lead, Singapore).

Writes tests/corpus/events/holdout179-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout179ev_*.py and replaces only the split=holdout179 rows of labels.csv and
company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout179.py
"""

import csv
import importlib
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from holdout179ev_tz import expand  # noqa: E402

SPLIT = "holdout179"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout179ev_pos_a",
    "holdout179ev_pos_b",
    "holdout179ev_pos_c",
    "holdout179ev_pos_d",
    "holdout179ev_pos_e",
    "holdout179ev_hire",
    "holdout179ev_neg_work",
    "holdout179ev_neg_life",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Harbourfront Bank": "Harbourfront|HFB|Harbourfront Bank Ltd",
    "Lion City Bank": "LCB|Lion City",
    "Orchid Pacific Bank": "Orchid Pacific|OPB|Orchid Pacific Bank Berhad",
    "Banco Austral": "Austral|Banco Austral S.A.",
    "GovDigital Agency": "GDA|GovDigital",
    "Stratocloud": "Stratocloud Inc.|Strato",
    "Nimbusware": "Nimbusware Inc.",
    "Kestrel Security": "Kestrel",
    "Ironbark Cyber": "Ironbark|Ironbark Cyber Pty Ltd",
    "Vantablack Labs": "Vantablack",
    "Palisade Networks": "Palisade",
    "Sunda Energy": "Sunda",
    "Marina Insurance": "Marina",
    "KopiPay": "Kopi Pay",
    "Sentrylake": "",
    "GoRide": "GoRide SEA|GoRide Holdings",
    "Lazmart": "Lazmart SG",
    "Sea Dragon Games": "Sea Dragon|SDG",
    "Changi Aerotech": "Changi Aero|CAT",
    "Pasir Port Holdings": "Pasir Port|PPH",
    "Rheinfracht Logistik": "Rheinfracht|Rheinfracht Logistik GmbH",
    "Falkenstein Cyber": "Falkenstein|Falkenstein Cyber AG",
    "Sentinelle Systèmes": "Sentinelle|Sentinelle Systemes",
    "Cybelis": "Cybelis SAS",
    "SingaLink Telecom": "SingaLink",
    "Tanjung Telekom": "Tanjung|Tanjung Telekom Berhad|TT",
    "Pacific Crest Assurance": "Pacific Crest|PCA",
    "Kallang Private Bank": "Kallang PB|KPB|Kallang",
    "Aegis Infosec": "Aegis|Aegis Infosec Asia",
    "Falconridge Security": "Falconridge",
    "Houndstack": "Houndstack Inc.",
    "Keyline Identity": "Keyline",
    "Cloudwhisk": "",
    "Drawly": "Drawly Pty Ltd",
    "Tandemly": "",
    "Kerr & Lim Advisory": "Kerr & Lim|Kerr and Lim|K&L",
    "NexCore Systems": "NexCore|NCS",
    "Ocean Lyra Lines": "Ocean Lyra|OLL",
    "Equatorial Airways": "Equatorial",
    "Northstar Health": "Northstar|Northstar Health Cluster",
    "Merlion Exchange": "MEX|Merlion Exchange Ltd",
    "Kepler Digital Assets": "Kepler|Kepler Digital",
    "Edgeward": "Edgeward Inc.",
    "Huaxing Cloud": "Huaxing|华星云",
    "Bukit Defence Labs": "Bukit Defence|BDL",
}


def load_events():
    events = []
    for name in MODULES:
        module = importlib.import_module(name)
        for ev in module.EVENTS:
            ev = dict(ev)
            ev["module"] = name
            events.append(ev)
    return events


def fail(msg):
    sys.stderr.write("holdout179: " + msg + "\n")
    sys.exit(1)


def to_crlf(text):
    text = expand(text.lstrip("\n"))
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def check(ev, data):
    where = f"{ev['module']}:{ev['kind']}"
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label uid {ev['uid']!r} not in file {sorted(uids)}")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        fail(f"{where}: kind/trap must be kebab-case")
    if ev["iv"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    if ev["iv"] == 1:
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{where}: hiring-side trap on a positive")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"{where}: negative with company/role/stage/interviewers")
    for who in filter(None, ev["who"].split(";")):
        if "@" in who and who != who.lower():
            fail(f"{where}: interviewer e-mail must be lower case: {who}")
        if "weijie" in who.lower():
            fail(f"{where}: the user is not an interviewer")


def csv_line(fields):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return buf.getvalue()


def replace_rows(path, split_col, new_lines):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    keep = []
    for line in body:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        keep.append(line)
    if keep and not keep[-1].endswith("\n"):
        keep[-1] += "\n"
    out = header + "".join(keep) + "".join(new_lines)
    tmp = path.with_name(path.name + ".tmp179")
    tmp.write_bytes(out.encode("utf-8"))
    os.replace(tmp, path)


def main():
    events = load_events()
    seen_kind_uid = set()
    for ev in events:
        key = (ev["uid"], ev["kind"])
        if key in seen_kind_uid:
            fail(f"duplicate event {key}")
        seen_kind_uid.add(key)
    used = {ev["company"] for ev in events if ev["iv"] == 1}
    unused = set(FORMS) - used
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    rng = random.Random(17900179)
    order = list(range(len(events)))
    rng.shuffle(order)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        data = to_crlf(ev["ics"])
        check(ev, data)
        fname = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / fname).write_bytes(data)
        rows.append(
            [fname, ev["uid"], str(ev["iv"]), ev["company"], ev["role"], ev["stage"], ev["who"], SPLIT, ev["trap"]]
        )
    label_header = LABELS.read_text(encoding="utf-8").splitlines()[0].split(",")
    if label_header != ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]:
        fail("unexpected labels.csv header")
    replace_rows(LABELS, label_header.index("split"), [csv_line(r) for r in rows])
    form_header = FORMS_CSV.read_text(encoding="utf-8").splitlines()[0].split(",")
    if form_header != ["split", "company", "forms"]:
        fail("unexpected company_forms.csv header")
    form_rows = [csv_line([SPLIT, c, FORMS[c]]) for c in sorted(used)]
    replace_rows(FORMS_CSV, form_header.index("split"), form_rows)
    pos = sum(ev["iv"] for ev in events)
    hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(
        f"holdout179: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
        f"{hiring} with the user on the hiring side, {len(used)} employers"
    )


if __name__ == "__main__":
    main()
