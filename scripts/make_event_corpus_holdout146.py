"""Generate the blind calendar-event split holdout146 (CC0 1.0).

Writes tests/corpus/events/holdout146-NNN-<kind>.ics from the raw iCalendar
text in scripts/holdout146ev_*.py and replaces only the split=holdout146 rows of
labels.csv and company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout146.py
"""
import csv
import glob
import importlib
import io
import os
import random
import re
import sys
import tempfile

import icalendar

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from holdout146ev_common import vtimezone  # noqa: E402

SPLIT = "holdout146"
SEED = 146_2025
OUT = os.path.join("tests", "corpus", "events")
LABELS = os.path.join(OUT, "labels.csv")
FORMS_CSV = os.path.join(OUT, "company_forms.csv")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = sorted(os.path.basename(p)[:-3] for p in glob.glob(
    os.path.join(HERE, "holdout146ev_*.py")) if not p.endswith("_common.py"))

FORMS = {
    "Havenbedrijf Rotterdam": ["Port of Rotterdam", "Port of Rotterdam Authority",
                               "Havenbedrijf Rotterdam N.V.", "HbR"],
    "Port of Antwerp-Bruges": ["Havenbedrijf Antwerpen-Brugge", "PoAB",
                               "Port of Antwerp", "Antwerp Port Authority"],
    "Nederlands Loodswezen": ["Loodswezen", "Nederlands Loodswezen B.V.",
                              "Dutch Pilots", "Dutch Pilotage"],
    "Kustwacht Nederland": ["Kustwacht", "Netherlands Coastguard", "Dutch Coastguard",
                            "Kustwachtcentrum"],
    "Spliethoff": ["Spliethoff Group", "Spliethoff's Bevrachtingskantoor"],
    "Wagenborg": ["Royal Wagenborg", "Koninklijke Wagenborg", "Wagenborg Shipping"],
    "Anthony Veder": ["Anthony Veder Group", "AV"],
    "Vroon": ["Vroon Offshore Services", "Vroon Group", "Vroon B.V."],
    "Svitzer": ["Svitzer Europe", "Svitzer Europe B.V."],
    "Kotug": ["KOTUG", "Kotug International", "KOTUG International B.V."],
    "North Sea Port": ["North Sea Port Netherlands", "Havenbedrijf North Sea Port"],
    "Boskalis": ["Royal Boskalis", "Boskalis Westminster", "Koninklijke Boskalis"],
    "Van Oord": ["Van Oord Marine Contractors", "Van Oord Dredging and Marine Contractors"],
    "Heerema Marine Contractors": ["Heerema", "HMC", "Heerema Marine Contractors Nederland SE"],
    "Allseas": ["Allseas Group", "Allseas Engineering"],
    "SBM Offshore": ["SBM", "SBM Offshore N.V."],
    "Fugro": ["Fugro N.V.", "Fugro Netherlands Marine"],
    "DEME": ["DEME Group", "Dredging, Environmental & Marine Engineering"],
    "Jan De Nul": ["Jan De Nul Group", "JDN"],
    "Ørsted": ["Orsted", "Oersted", "Ørsted A/S"],
    "Tidewater": ["Tidewater Marine", "Tidewater Marine UK", "TDW"],
    "Jumbo Maritime": ["Jumbo", "Jumbo Shipping", "Jumbo Offshore"],
    "Boluda Towage": ["Boluda", "Boluda Towage Europe", "Boluda Corporación Marítima"],
    "Hapag-Lloyd": ["Hapag Lloyd", "Hapag-Lloyd AG", "HLAG"],
    "Hamburg Port Authority": ["HPA", "Hamburg Port Authority AöR"],
    "Peter Döhle": ["Peter Döhle Schiffahrts-KG", "Döhle", "Doehle", "Peter Doehle"],
    "Lotsenbrüderschaft Elbe": ["Lotsenbrüderschaft", "Elblotsen", "Lotsenbruederschaft Elbe"],
    "Stena Line": ["Stena", "Stena Line Holland"],
    "P&O Ferries": ["P&O", "P and O Ferries", "P&O North Sea Ferries"],
    "DFDS": ["DFDS Seaways", "DFDS A/S"],
    "MSC": ["MSC Belgium", "Mediterranean Shipping Company", "MSC Belgium NV"],
    "Carnival Maritime": ["Carnival Maritime GmbH", "Carnival"],
    "Koninklijke Doeksen": ["Doeksen", "Rederij Doeksen", "Royal Doeksen"],
    "Seatrade": ["Seatrade Groningen", "Seatrade Reefer Chartering"],
    "HAROPA PORT": ["HAROPA", "Haropa Port Le Havre", "Grand Port Maritime du Havre",
                    "Port du Havre"],
    "CMA CGM": ["CMA-CGM", "CMA CGM Group"],
    "Louis Dreyfus Armateurs": ["LDA", "Louis Dreyfus"],
    "Brittany Ferries": ["Brittany Ferries SA", "BAI Bretagne Angleterre Irlande"],
    "APM Terminals Algeciras": ["APM Terminals", "APMT Algeciras", "APMT"],
    "Baleària": ["Balearia", "Baleària Eurolíneas Marítimas"],
    "Salvamento Marítimo": ["SASEMAR", "Salvamento Maritimo",
                            "Sociedad de Salvamento y Seguridad Marítima"],
    "Columbia Shipmanagement": ["Columbia Shipmanagement Ltd", "CSM", "Columbia"],
    "Windward": ["Windward AI", "Windward Ltd"],
    "Orca AI": ["Orca", "Orca-AI"],
    "ZeroNorth": ["Zero North", "ZeroNorth A/S"],
    "Nautilus Labs": ["Nautilus"],
    "Hullwise": [],
}


def load_events():
    events = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def render(text, eol):
    lines = []
    for line in text.strip("\n").split("\n"):
        m = re.fullmatch(r"@@VTIMEZONE (.+)@@", line)
        if m:
            lines.extend(vtimezone(m.group(1)).split("\n"))
        else:
            lines.append(line)
    return eol.join(lines) + eol


def check(ev, data, fname):
    def fail(msg):
        raise SystemExit(f"{fname}: {msg}")

    cal = icalendar.Calendar.from_ical(data)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"label UID {ev['uid']!r} not in file (found {sorted(uids)})")
    if len(uids) != 1:
        fail(f"more than one UID in file: {sorted(uids)}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"trap not kebab-case: {ev['trap']!r}")
    if not re.fullmatch(r"[a-z]+(-[a-z]+)?", ev["kind"]):
        fail(f"kind not a short kebab-case word: {ev['kind']!r}")
    if ev["stage"] not in STAGES:
        fail(f"bad stage {ev['stage']!r}")
    if ev["company"]:
        if ev["company"] not in FORMS:
            fail(f"company {ev['company']!r} has no FORMS entry")
        if ev["hiring"]:
            fail("interview marked as hiring side")
        for who in filter(None, ev["interviewers"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"interviewer e-mail not lower case: {who}")
            if "degraaf" in who.lower() or "de graaf" in who.lower():
                fail("the user listed as interviewer")
            if "@" in who and who.lower() not in data.decode("utf-8").lower():
                fail(f"interviewer {who} not in the event")
    else:
        if ev["role"] or ev["stage"] or ev["interviewers"]:
            fail("negative with role/stage/interviewers")
    if ev["hiring"] != ev["trap"].startswith("user-as-interviewer-"):
        fail("hiring side and trap prefix disagree")


def replace_rows(path, header, new_rows, split_col):
    with open(path, "rb") as fh:
        raw = fh.read()
    lines = raw.splitlines(keepends=True)
    eol = "\r\n" if lines and lines[0].endswith(b"\r\n") else "\n"
    if lines[0].decode("utf-8").rstrip("\r\n") != header:
        raise SystemExit(f"{path}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line.decode("utf-8")]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += eol.encode()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    for row in new_rows:
        writer.writerow(row)
    data = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main():
    events = load_events()
    seen = {}
    for ev in events:
        other = seen.setdefault(ev["uid"], ev)
        if other is not ev and (other["company"] != ev["company"] or not ev["company"]):
            raise SystemExit(f"UID {ev['uid']} used by two unrelated events")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)
    label_rows = []
    for n, idx in enumerate(order, 1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev["ics"], ev["eol"]).encode("utf-8")
        check(ev, data, fname)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        label_rows.append([fname, ev["uid"], "1" if ev["company"] else "0",
                           ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    companies = sorted({ev["company"] for ev in events if ev["company"]})
    unused = set(FORMS) - set(companies)
    if unused:
        raise SystemExit(f"FORMS entries without an interview: {sorted(unused)}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(LABELS, "file,uid,is_interview,company,role,stage,interviewers,split,trap",
                 label_rows, 7)
    replace_rows(FORMS_CSV, "split,company,forms", form_rows, 0)
    pos = sum(1 for ev in events if ev["company"])
    hiring = sum(1 for ev in events if ev["hiring"])
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
