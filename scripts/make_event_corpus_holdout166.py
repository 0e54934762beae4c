"""Generate the blind calendar-event split holdout166 (CC0 1.0).

Writes tests/corpus/events/holdout166-NNN-<kind>.ics from the raw iCalendar text in
scripts/holdout166ev_*.py and replaces only the split=holdout166 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout166ev_a  # noqa: E402
import holdout166ev_b  # noqa: E402
import holdout166ev_c  # noqa: E402
import holdout166ev_d  # noqa: E402
import holdout166ev_e  # noqa: E402
import holdout166ev_f  # noqa: E402
import holdout166ev_g  # noqa: E402
import holdout166ev_h  # noqa: E402
import holdout166ev_i  # noqa: E402
from holdout166ev_tz import TZ  # noqa: E402

SPLIT = "holdout166"
SEED = 166166
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [holdout166ev_a, holdout166ev_b, holdout166ev_c, holdout166ev_d,
           holdout166ev_e, holdout166ev_f, holdout166ev_g, holdout166ev_h, holdout166ev_i]

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Alpinéa": "Alpinea|Alpinéa SAS",
    "Maison Verdier": "Maison Verdier Cosmétiques|Verdier",
    "Lemanis": "Lemanis SA",
    "Brisa France": "Brisa|Calzados Brisa|Zapaterías Brisa",
    "Preismarkt": "Preismarkt France|Preismarkt GmbH",
    "Northridge Apparel": "Northridge",
    "Gallia Sports": "Gallia|Gallia Sports SAS",
    "Voltéo": "Volteo",
    "Verdiland": "Verdiland Jardineries|Jardineries Verdiland",
    "Maison & Brico": "Maison et Brico|Maison&Brico",
    "Tisséa": "Tissea",
    "Optique Lumen": "Lumen",
    "Les Halles Bio": "Halles Bio",
    "Givré": "Givre",
    "Papyrus Loisirs": "Papyrus",
    "Parfumeries Lumière": "Parfumeries Lumiere|Lumière",
    "Vélocité": "Velocite",
    "Chaussures Martin": "Chauss. Martin|Martin",
    "Primeurs & Co": "Primeurs and Co|Primeurs et Co",
    "Casa Lumina": "",
    "Mobi'Jouets": "Mobi Jouets|Mobijouets",
    "Bébé Nid": "Bebe Nid",
    "Cimes & Co": "Cimes and Co|Cimes et Co",
    "L'Atelier du Running": "Atelier du Running",
    "Snowpeak Location": "Snowpeak",
    "Bergwerk Sport": "Bergwerk|Bergwerk Sport GmbH",
    "Harbor & Pine": "Harbor and Pine",
    "Proxi'Ville": "Proxiville|Proxi Ville",
    "Groupe Mercure": "Mercure|Groupe Mercure Distribution|Mercure Distribution",
    "Délices de Savoie": "Delices de Savoie",
    "Moussaillon": "",
    "Kiosko Gares": "Kiosko",
    "Boulangeries Pauline": "Pauline",
    "Caves Bacchus": "Bacchus",
    "Animalia Store": "Animalia",
    "Team Sport Coop": "Team Sport|TSC",
    "Nordhus": "Nordhus A/S",
    "Intimo Bella": "Intimo Bella S.p.A.",
    "Montagne Passion": "",
    "Troc'Occas": "Troc Occas|Trococcas",
    "AutoCentre Plus": "Autocentre Plus|AutoCentre+",
    "Super U Annemasse": "Super Alpes Distribution|Super U",
    "Sneak'Up": "Sneak Up|SneakUp",
    "Maison Altier": "Altier",
}


class LabelError(RuntimeError):
    pass


def fail(msg: str) -> None:
    raise LabelError(msg)


def render(ev: dict) -> str:
    text = ev["ics"]
    for name, block in TZ.items():
        text = text.replace(f"@@TZ_{name}@@", block)
    if "@@TZ_" in text:
        fail(f"unknown time-zone placeholder in {ev['kind']}")
    text = text.replace("\r\n", "\n")
    if not ev.get("lf"):
        text = text.replace("\n", "\r\n")
    return text


def event_uids(text: str, name: str) -> set[str]:
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    return uids


def check_row(name: str, row: tuple) -> None:
    _uid, is_iv, company, role, stage, interviewers, trap = row
    if is_iv not in (0, 1):
        fail(f"{name}: is_interview must be 0/1")
    if stage not in STAGES:
        fail(f"{name}: bad stage {stage!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{name}: trap not kebab-case: {trap!r}")
    if is_iv:
        if not company:
            fail(f"{name}: interview without company")
        if company not in FORMS:
            fail(f"{name}: company {company!r} has no FORMS entry")
        if "sandrine.morel" in interviewers.lower():
            fail(f"{name}: the user listed as interviewer")
        if interviewers != interviewers.strip() or ";;" in interviewers:
            fail(f"{name}: malformed interviewers")
        for person in interviewers.split(";"):
            if "@" in person and person != person.lower():
                fail(f"{name}: interviewer e-mail not lower case: {person}")
    else:
        if company or role or stage or interviewers:
            fail(f"{name}: negative with company/role/stage/interviewers")


def replace_split_rows(path: Path, header: list[str], new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    head = next(csv.reader([lines[0]]))
    if head != header:
        fail(f"{path}: unexpected header {head}")
    split_idx = header.index("split")
    kept = [lines[0]]
    if not kept[0].endswith("\n"):
        kept[0] += "\n"
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_idx and fields[split_idx] == SPLIT:
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in new_rows:
        writer.writerow(row)
    data = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=".tmp-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> int:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)

    files: list[tuple[str, str]] = []
    label_rows: list[list[str]] = []
    companies: list[str] = []
    seen_files: set[str] = set()
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", ev["kind"]):
            fail(f"bad kind {ev['kind']!r}")
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        if name in seen_files:
            fail(f"duplicate file name {name}")
        seen_files.add(name)
        text = render(ev)
        uids = event_uids(text, name)
        labelled = {row[0] for row in ev["labels"]}
        if len(labelled) != len(ev["labels"]):
            fail(f"{name}: duplicate label rows")
        for uid in labelled - uids:
            fail(f"{name}: label UID {uid!r} not in file (file has {sorted(uids)})")
        for uid in uids - labelled:
            fail(f"{name}: UID {uid!r} in file has no label")
        for row in ev["labels"]:
            check_row(name, row)
            uid, is_iv, company, role, stage, interviewers, trap = row
            label_rows.append([name, uid, str(is_iv), company, role, stage, interviewers, SPLIT, trap])
            if is_iv and company not in companies:
                companies.append(company)
        files.append((name, text))

    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries for companies with no interview: {sorted(unused)}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, text in files:
        with open(EVENTS_DIR / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)

    replace_split_rows(
        LABELS,
        ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"],
        label_rows,
    )
    replace_split_rows(
        FORMS_CSV,
        ["split", "company", "forms"],
        [[SPLIT, c, FORMS[c]] for c in sorted(companies)],
    )

    n_iv = sum(1 for r in label_rows if r[2] == "1")
    n_hire = sum(1 for r in label_rows if r[8].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(files)} events ({len(label_rows)} labelled UIDs), {n_iv} interviews, "
          f"{len(label_rows) - n_iv} negatives, {n_hire} with the user on the hiring side, "
          f"{len(companies)} employers")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except LabelError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        sys.exit(1)
