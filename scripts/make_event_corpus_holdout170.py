"""Generate the blind calendar-event split holdout170 (afterview issue 4).

Writes tests/corpus/events/holdout170-NNN-<kind>.ics from the hand-written raw iCalendar texts in
scripts/holdout170ev_*.py and replaces only the split=holdout170 rows of labels.csv and company_forms.csv.
"""

import csv
import importlib
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "tests" / "corpus" / "events"
SPLIT = "holdout170"
MODULES = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRS = {"gabytorres.mkt@icloud.com", "gtorres@lakeshorebrands.com"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Harbor & Pine Foods": "Harbor & Pine|Harbor and Pine|Harbor & Pine Foods Inc.",
    "Brightwell Beverage Co.": "Brightwell|Brightwell Beverage|Brightwell Beverage Company",
    "Frischwerk": "Frischwerk GmbH|Frischwerk Lebensmittel GmbH",
    "Casa Olivar": "Casa Olivar Cosmética|Casa Olivar Cosmética S.L.",
    "Milagro Snacks": "Milagro|Botanas Milagro|Botanas Milagro S.A. de C.V.",
    "Northwind Pet Co.": "Northwind Pet|Northwind",
    "Cascadia Outdoor": "Cascadia|Cascadia Outdoor Co.",
    "Grupo Alameda": "Alameda|Grupo Alameda S.A.B. de C.V.",
    "Lumbre Bebidas": "Lumbre|Lumbre Bebidas S.L.",
    "Kiezkraft": "Kiezkraft GmbH",
    "Maison Verlaine": "Verlaine|Maison Verlaine Paris",
    "Prairie Mill Bakery": "Prairie Mill|Prairie Mill Bakery Co.",
    "Solstice Home": "Solstice|Solstice Home Inc.",
    "Tandem Health Brands": "Tandem|Tandem Health",
    "Juniper Skin": "Juniper|Juniper Skincare",
    "Ravenswood Spirits": "Ravenswood|Ravenswood Spirits Co.",
    "Cervecería Monteblanco": "Monteblanco|Cerveceria Monteblanco|Cervecería Monteblanco S.A. de C.V.",
    "Fernhill Coffee Roasters": "Fernhill|Fernhill Coffee",
    "Verdant Oat Co.": "Verdant Oat|Verdant",
    "Meridian Health Partners": "Meridian Health|Meridian",
    "Bloom & Barrow": "Bloom and Barrow|Bloom & Barrow Inc.",
    "Nordhaven Consumer Health": "Nordhaven|Nordhaven Consumer Health US",
    "Atlas Appliance": "Atlas|Atlas Appliance Corp.|Atlas Appliance Corporation",
    "Redline Auto Care": "Redline|Redline Auto",
    "Sunbeam Dairy": "Sunbeam|Sunbeam Dairy Cooperative",
    "Crestline Brands": "Crestline|Crestline Brands LLC",
    "Panificadora del Valle": "Pan del Valle|Panificadora del Valle S.A. de C.V.",
    "Wexford Brewing Co.": "Wexford|Wexford Brewing|Wexford Brewing Company",
    "Heartland Federal Bank": "Heartland Federal|Heartland Bank|HFB",
    "Tidepool Labs": "Tidepool",
    "Elm & Ivory": "Elm and Ivory",
    "Alcázar Retail": "Alcázar|Alcazar Retail|Grupo Alcázar",
    "Mar i Muntanya": "Mar i Muntanya Foods|Mar y Montaña",
    "Heller & Voss": "Heller & Voss Kosmetik|Heller & Voss Kosmetik GmbH|Heller und Voss",
    "Lumo Mobility": "Lumo",
    "Copperleaf": "Copperleaf App|Copperleaf Inc.",
    "Hearthstone Candle Co.": "Hearthstone|Hearthstone Candles",
    "Marlowe & Finch": "Marlowe and Finch|Marlowe & Finch Distillers",
    "Golden Hour Beverages": "Golden Hour",
    "Grupo Ferrán": "Ferrán|Grupo Ferrán Cosméticos|Ferran",
    "Mandado": "Mandado App|Mandado México",
    "Lakefront Athletic": "Lakefront|Lakefront Athletic Co.",
    "Greystone Hospitality": "Greystone|Greystone Hotels",
    "Grupo Hespérides": "Hespérides|Grupo Hespérides Alimentación|Hesperides",
}

LABEL_COLS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORM_COLS = ["split", "company", "forms"]


def load_events():
    sys.path.insert(0, str(HERE))
    tz = importlib.import_module("holdout170ev_tz").TZ
    events = []
    for name in MODULES:
        mod = importlib.import_module(f"holdout170ev_{name}")
        events.extend(mod.EVENTS)
    for ev in events:
        text = ev["ics"].strip("\n")
        for key, block in tz.items():
            text = text.replace(f"@@TZ_{key}@@", block)
        if "@@" in text:
            raise SystemExit(f"unresolved marker in {ev['uid']}")
        eol = ev.get("eol", "\r\n")
        ev["text"] = eol.join(text.split("\n")) + eol
    return events


def check(ev, fname):
    def fail(msg):
        raise SystemExit(f"BAD LABEL {fname} ({ev['uid']}): {msg}")

    cal = icalendar.Calendar.from_ical(ev["text"])
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail("no VEVENT")
    if ev["uid"] not in uids:
        fail(f"uid not in file (file has {sorted(uids)})")
    if ev["is_interview"] not in (0, 1):
        fail("is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"bad stage {ev['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"trap not kebab-case: {ev['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"kind not kebab-case: {ev['kind']!r}")
    if ev["is_interview"]:
        if not ev["company"]:
            fail("interview without company")
        if ev["company"] not in FORMS:
            fail(f"company {ev['company']!r} has no FORMS entry")
        for who in filter(None, ev["interviewers"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"interviewer address not lower case: {who}")
            if who.lower() in USER_ADDRS:
                fail("the user listed as interviewer")
            if "@" in who and who not in ev["text"].lower():
                fail(f"interviewer {who} not in event text")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail("negative with company/role/stage/interviewers")


def replace_rows(path, cols, new_rows):
    raw = path.read_bytes()
    lines = raw.decode("utf-8").splitlines(keepends=True)
    header, rest = lines[0], lines[1:]
    if next(csv.reader([header])) != cols:
        raise SystemExit(f"unexpected header in {path}")
    split_idx = cols.index("split")
    kept = []
    for line in rest:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_idx and fields[split_idx] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in new_rows:
        w.writerow(row)
    data = header + "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main():
    events = load_events()
    seen = set()
    for ev in events:
        key = (ev["uid"], ev.get("seq", 0))
        if key in seen:
            raise SystemExit(f"duplicate event {key}")
        seen.add(key)
    random.Random(170).shuffle(events)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels = []
    for i, ev in enumerate(events, 1):
        fname = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        check(ev, fname)
        (OUT / fname).write_bytes(ev["text"].encode("utf-8"))
        labels.append([fname, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                       ev["interviewers"], SPLIT, ev["trap"]])
    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        raise SystemExit(f"FORMS entries without an interview: {unused}")
    replace_rows(OUT / "labels.csv", LABEL_COLS, labels)
    replace_rows(OUT / "company_forms.csv", FORM_COLS, [[SPLIT, c, FORMS[c]] for c in companies])
    n_int = sum(ev["is_interview"] for ev in events)
    n_hire = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
