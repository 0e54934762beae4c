"""Write the blind calendar-event split holdout186 (Shannon Doyle, store manager in Manchester).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout186.py

Writes tests/corpus/events/holdout186-NNN-<kind>.ics (after deleting old holdout186-*.ics files) and replaces only
the split=holdout186 rows of tests/corpus/events/labels.csv and company_forms.csv. Every label is checked against
the parsed file; any problem stops the run before anything is written.
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

import holdout186ev_a  # noqa: E402
import holdout186ev_b  # noqa: E402
import holdout186ev_c  # noqa: E402
import holdout186ev_d  # noqa: E402
import holdout186ev_e  # noqa: E402
import holdout186ev_f  # noqa: E402
import holdout186ev_g  # noqa: E402
import holdout186ev_h  # noqa: E402
import holdout186ev_i  # noqa: E402
import holdout186ev_j  # noqa: E402
import holdout186ev_k  # noqa: E402
from holdout186ev_common import TZ  # noqa: E402

SPLIT = "holdout186"
SEED = 186
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_EMAILS = {"shannon.doyle84@yahoo.co.uk", "shannon.doyle@greenwayfoods.co.uk"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

MODULES = [holdout186ev_a, holdout186ev_b, holdout186ev_c, holdout186ev_d, holdout186ev_e, holdout186ev_f,
           holdout186ev_g, holdout186ev_h, holdout186ev_i, holdout186ev_j, holdout186ev_k]

# Other names Shannon would accept for the same employer in a draft.
FORMS = {
    "Aldi": ["Aldi UK", "ALDI Stores", "Aldi Stores Ltd"],
    "Lidl": ["Lidl GB", "Lidl UK", "Lidl Stiftung"],
    "Co-op": ["The Co-operative", "Co-operative Group", "Co-op Food", "Coop"],
    "Morrisons": ["Wm Morrison", "Wm Morrison Supermarkets", "Morrisons plc"],
    "Home Bargains": ["TJ Morris", "HB"],
    "B&M": ["B&M Retail", "B&M Bargains", "B and M"],
    "Costa Coffee": ["Costa"],
    "Caffè Nero": ["Caffe Nero", "Nero"],
    "DHL Supply Chain": ["DHL", "DHL Supply Chain Ltd"],
    "GXO": ["GXO Logistics"],
    "Wincanton": ["Wincanton plc"],
    "Kuehne+Nagel": ["Kuehne + Nagel", "Kühne+Nagel", "Kuehne Nagel", "K+N"],
    "Dunelm": ["Dunelm Group"],
    "Pets at Home": ["Pets at Home Group", "Pets"],
    "Sainsbury's": ["Sainsburys", "J Sainsbury", "Sainsbury's Supermarkets"],
    "Asda": ["ASDA", "Asda Stores"],
    "Iceland": ["Iceland Foods"],
    "Farmfoods": ["Farm Foods"],
    "Heron Foods": ["Heron"],
    "Booths": ["E.H. Booth & Co", "EH Booth"],
    "Starbucks": ["Starbucks Coffee Company", "Starbucks UK"],
    "Black Sheep Coffee": ["Black Sheep"],
    "Pret A Manger": ["Pret"],
    "Zara": ["Inditex", "Zara UK"],
    "Decathlon": ["Decathlon UK"],
    "PAUL": ["PAUL UK", "Paul", "Boulangerie PAUL", "Groupe Holder"],
    "DB Schenker": ["Schenker", "DB Schenker UK", "Schenker AG"],
    "Boots": ["Boots UK"],
    "Superdrug": ["Superdrug Stores", "Superdrug Stores plc"],
    "M&S": ["Marks & Spencer", "Marks and Spencer", "M and S"],
    "Waitrose": ["Waitrose & Partners", "John Lewis Partnership", "JLP"],
    "Ocado": ["Ocado Group"],
    "Evri": ["Hermes"],
    "DPD": ["DPD UK", "DPDgroup"],
    "Greggs": ["Greggs plc"],
    "Poundland": [],
    "Matalan": [],
    "TK Maxx": ["TJX", "TJX Europe", "TK Maxx & Homesense"],
    "James Hall & Co": ["James Hall", "SPAR", "James Hall & Co. (Southport) Ltd"],
    "200 Degrees": ["200 Degrees Coffee", "200 Degs"],
    "Hatch & Grind": ["Hatch and Grind", "Hatch & Grind Coffee"],
    "Fowler Welch": ["Fowler Welch Ltd"],
    "Amazon": ["Amazon UK", "Amazon Logistics"],
    "Gousto": [],
}


def fail(msg):
    sys.exit(f"make_event_corpus_holdout186: {msg}")


def fold_line(line):
    """Fold one content line at 75 octets (RFC 5545), never inside a UTF-8 character."""
    out, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return out


def render(e):
    lines = []
    for line in e["ics"].split("\n"):
        if line.strip() in TZ:
            lines.extend(TZ[line.strip()].split("\n"))
        else:
            lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    if any("@@" in ln for ln in lines):
        fail(f"unreplaced token in {e['uid']}")
    if e["fold"]:
        lines = [part for ln in lines for part in (fold_line(ln) if len(ln.encode("utf-8")) > 75 else [ln])]
    return e["eol"].join(lines) + e["eol"]


def check(e, text, fname):
    where = f"{fname} ({e['uid']})"
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if e["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    if e["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if not KEBAB.match(e["kind"]) or not KEBAB.match(e["trap"]):
        fail(f"{where}: kind and trap must be kebab-case")
    if e["stage"] not in STAGES:
        fail(f"{where}: bad stage {e['stage']!r}")
    if e["hiring"] != e["trap"].startswith("user-as-interviewer-"):
        fail(f"{where}: hiring-side flag and trap prefix disagree")
    if e["hiring"] and e["is_interview"]:
        fail(f"{where}: hiring-side event labelled as an interview")
    if e["is_interview"] == 0:
        if e["company"] or e["role"] or e["stage"] or e["interviewers"]:
            fail(f"{where}: negative with company/role/stage/interviewers")
        return
    if not e["company"] or e["company"] not in FORMS:
        fail(f"{where}: company {e['company']!r} has no FORMS entry")
    unfolded = re.sub(r"\r?\n[ \t]", "", text).lower()
    for who in filter(None, e["interviewers"].split(";")):
        if who in USER_EMAILS:
            fail(f"{where}: the user is not an interviewer")
        if "@" in who and who != who.lower():
            fail(f"{where}: interviewer e-mail must be lower case: {who}")
        if who.lower() not in unfolded:
            fail(f"{where}: interviewer {who!r} not found in the event")
    if e["role"] and e["role"].lower() not in unfolded.replace("\\,", ","):
        fail(f"{where}: role {e['role']!r} not found in the event")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows(rows)
    return buf.getvalue()


def replace_rows(path, header, is_ours, new_rows):
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        fail(f"{path}: unexpected header")
    if not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    kept, at = [lines[0]], None
    for line in lines[1:]:
        if is_ours(line):
            if at is None:
                at = len(kept)
            continue
        kept.append(line)
    if at is None:
        at = len(kept)
    out = "".join(kept[:at]) + csv_text(new_rows) + "".join(kept[at:])
    tmp = path.with_name(path.name + ".tmp-holdout186")
    tmp.write_text(out, encoding="utf-8")
    os.replace(tmp, path)


def main():
    events = [e for m in MODULES for e in m.EVENTS]
    random.Random(SEED).shuffle(events)
    files, rows = [], []
    for i, e in enumerate(events, 1):
        fname = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        text = render(e)
        check(e, text, fname)
        files.append((fname, text))
        rows.append([fname, e["uid"], str(e["is_interview"]), e["company"], e["role"], e["stage"],
                     e["interviewers"], SPLIT, e["trap"]])
    companies = sorted({e["company"] for e in events if e["is_interview"]})
    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, text in files:
        with open(EVENTS_DIR / fname, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    replace_rows(LABELS, LABEL_HEADER, lambda ln: ln.startswith(f"{SPLIT}-"), rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, lambda ln: ln.startswith(f"{SPLIT},"),
                 [[SPLIT, c, "|".join(FORMS[c])] for c in companies])

    n_int = sum(e["is_interview"] for e in events)
    n_hiring = sum(e["hiring"] for e in events)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hiring} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
