"""Generate the blind calendar-event split holdout148 (afterview issue 4).

Writes tests/corpus/events/holdout148-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout148ev_*.py and replaces only the split=holdout148 rows of labels.csv and company_forms.csv.
Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout148.py
"""

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout148ev_a  # noqa: E402
import holdout148ev_b  # noqa: E402
import holdout148ev_c  # noqa: E402
import holdout148ev_d  # noqa: E402
import holdout148ev_e  # noqa: E402
import holdout148ev_f  # noqa: E402
import holdout148ev_g  # noqa: E402
import holdout148ev_h  # noqa: E402
import holdout148ev_i  # noqa: E402

SPLIT = "holdout148"
SEED = 148
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"aoife.brennan77@eircom.net", "abrennan@cnecork.ie"}

FORMS = {
    "Cork ETB": ["CETB", "Cork Education and Training Board", "Bord Oideachais agus Oiliúna Chorcaí",
                 "Coláiste an Ghleanna"],
    "Kerry ETB": ["KETB", "Kerry Education and Training Board", "Bord Oideachais agus Oiliúna Chiarraí",
                  "Coláiste Mhic Aodha"],
    "Scoil Chaitríona": ["Scoil Chaitriona", "Scoil Chaitríona Bandon", "Scoil Chaitríona, Bandon"],
    "Ardscoil na Trócaire": ["Ardscoil na Trocaire", "Ardscoil na Trócaire Fermoy",
                             "Board of Management of Ardscoil na Trócaire"],
    "Coláiste Bhríde": ["Colaiste Bhride", "Coláiste Bhríde Midleton", "Coláiste Bhríde, Midleton"],
    "Gaelcholáiste an Chláir": ["Gaelcholaiste an Chlair", "Gaelcholáiste an Chláir, Inis"],
    "Limerick and Clare ETB": ["LCETB", "Limerick and Clare Education and Training Board"],
    "Waterford and Wexford ETB": ["WWETB", "Waterford and Wexford Education and Training Board",
                                  "New Ross Community College"],
    "Ballyvolane Community School": ["Ballyvolane CS", "Ballyvolane"],
    "Cork Educate Together Secondary School": ["CETSS", "Cork Educate Together", "Educate Together"],
    "NCCA": ["National Council for Curriculum and Assessment",
             "An Chomhairle Náisiúnta Curaclaim agus Measúnachta"],
    "Oide": [],
    "Department of Education": ["Inspectorate", "Department of Education Inspectorate", "DoE",
                                "An Roinn Oideachais"],
    "Teaching Council": ["The Teaching Council", "An Chomhairle Mhúinteoireachta"],
    "Hibernia College": ["Hibernia"],
    "University College Cork": ["UCC", "University College Cork School of Education"],
    "Munster Technological University": ["MTU"],
    "The Institute of Education": ["Institute of Education", "IoE"],
    "Leaving Cert Lab": ["LC Lab"],
    "GEMS Wellington Academy": ["GEMS Wellington Academy - Silicon Oasis", "GEMS Wellington Academy Silicon Oasis",
                                "WSO", "GEMS", "GEMS Education"],
    "Jumeira Baccalaureate School": ["JBS", "Taaleem"],
    "Al Barsha British Academy": [],
    "Meadows Bay British School": ["Meadows Bay"],
    "Al Safa Collegiate School": ["Al Safa Collegiate"],
    "Nad Al Sheba British College": ["Nad Al Sheba"],
    "Jebel Ali Heights School": ["JAHS"],
    "Colegio Británico Las Encinas": ["Colegio Britanico Las Encinas", "Las Encinas"],
    "St Anne's International School Madrid": ["St Anne's", "St. Anne's International School",
                                              "St Anne's International School"],
    "Colegio Internacional Montealto": ["Montealto"],
    "Cité Scolaire Internationale de Lyon": ["CSI Lyon", "CSI", "Cite Scolaire Internationale de Lyon",
                                             "Lycée International de Lyon", "Section anglophone de la CSI"],
    "École Internationale Lyon Ouest": ["EILO", "Ecole Internationale Lyon Ouest"],
    "Lycée International de Paris-Ouest": ["LIPO", "Lycee International de Paris-Ouest"],
    "Munich Bilingual Campus": ["Munich Bilingual Campus gGmbH", "MBC"],
    "Bavarian International School": ["BIS", "Bavarian International School gAG"],
    "Europäisches Gymnasium Starnberg": ["EGS", "Europaeisches Gymnasium Starnberg"],
    "Nord Anglia Education": ["Nord Anglia"],
    "International Baccalaureate": ["IB", "IBO", "International Baccalaureate Organization"],
    "Brightwave Learning": ["Brightwave"],
    "Third Space Learning": ["TSL"],
    "Mathsio": [],
    "The British School of Brussels": ["British School of Brussels", "BSB"],
    "Coláiste an Chuain": ["Colaiste an Chuain", "Coláiste an Chuain, Crosshaven"],
    "St. Finbarr's Secondary School": ["St Finbarr's", "St. Finbarr's Cobh", "St Finbarr's Secondary School"],
    "Mercy Heights Secondary School": ["Mercy Heights", "Mercy Heights Skibbereen"],
}

MODULES = [holdout148ev_a, holdout148ev_b, holdout148ev_c, holdout148ev_d, holdout148ev_e,
           holdout148ev_f, holdout148ev_g, holdout148ev_h, holdout148ev_i]


def fail(msg):
    sys.exit(f"make_event_corpus_holdout148: ERROR: {msg}")


def check(ev, fname):
    """Validate one event's label against its parsed calendar; fail loudly."""
    try:
        cal = icalendar.Calendar.from_ical(ev["ics"])
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    for key in ("PRODID", "VERSION"):
        if key not in cal:
            fail(f"{fname}: VCALENDAR lacks {key}")
    vevents = cal.walk("VEVENT")
    if not vevents:
        fail(f"{fname}: no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    if ev["uid"] not in uids:
        fail(f"{fname}: label UID {ev['uid']!r} not in file (has {sorted(uids)})")
    for v in vevents:
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in v:
                fail(f"{fname}: VEVENT lacks {key}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{fname}: bad stage {ev['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{fname}: trap must be kebab-case: {ev['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{fname}: kind must be kebab-case: {ev['kind']!r}")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{fname}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{fname}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{fname}: an own interview cannot be user-as-interviewer")
        for who in filter(None, ev["interviewers"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"{fname}: interviewer e-mail must be lower case: {who}")
            if who.lower() in USER_ADDRESSES:
                fail(f"{fname}: the user cannot be an interviewer")
            if "@" in who and who not in ev["ics"].lower():
                fail(f"{fname}: interviewer {who} not in the event")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{fname}: negative with company/role/stage/interviewers")


def rows_without_split(path, header, split_col):
    """Return the file's lines (bytes, kept verbatim) minus the rows of this split."""
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines or lines[0].rstrip(b"\r\n").decode("utf-8") != header:
        fail(f"{path}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        text = line.decode("utf-8").rstrip("\r\n")
        if not text:
            kept.append(line)
            continue
        row = next(csv.reader([text]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    return kept


def write_atomic(path, kept, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    tmp = path.with_name(path.name + ".tmp-holdout148")
    tmp.write_bytes(b"".join(kept) + buf.getvalue().encode("utf-8"))
    os.replace(tmp, path)


def main():
    events = [ev for m in MODULES for ev in m.EVENTS]
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows, used = [], set()
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        check(ev, fname)
        text = ev["ics"].replace("\r\n", "\n").replace("\n", "\r\n")
        (EVENTS_DIR / fname).write_bytes(text.encode("utf-8"))
        parsed = icalendar.Calendar.from_ical((EVENTS_DIR / fname).read_bytes())
        if ev["uid"] not in {str(v.get("UID")) for v in parsed.walk("VEVENT")}:
            fail(f"{fname}: UID check failed after writing")
        label_rows.append([fname, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
        if ev["is_interview"]:
            used.add(ev["company"])

    missing = sorted(used - FORMS.keys())
    if missing:
        fail(f"companies without FORMS entry: {missing}")
    unused = sorted(FORMS.keys() - used)
    if unused:
        fail(f"FORMS entries for no interview: {unused}")

    write_atomic(LABELS, rows_without_split(LABELS, LABEL_HEADER, 7), label_rows)
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used)]
    write_atomic(FORMS_CSV, rows_without_split(FORMS_CSV, FORMS_HEADER, 0), forms_rows)

    n_int = sum(ev["is_interview"] for ev in events)
    n_hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(f"holdout148: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(used)} employers")


if __name__ == "__main__":
    main()
