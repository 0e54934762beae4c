"""Generate the blind calendar-event split holdout213 (Priya Natarajan, Ottawa policy analyst).

Run from the worktree root:  python scripts/make_event_corpus_holdout213.py
Writes tests/corpus/events/holdout213-NNN-<kind>.ics and replaces only the
split=holdout213 rows of labels.csv and company_forms.csv.
"""

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout213ev_crown
import holdout213ev_fed1
import holdout213ev_fed2
import holdout213ev_fed3
import holdout213ev_hire1
import holdout213ev_hire2
import holdout213ev_intl
import holdout213ev_neg1
import holdout213ev_neg2
import holdout213ev_priv1
import holdout213ev_priv2

SPLIT = "holdout213"
SEED = 213213
ROOT = Path(__file__).resolve().parent.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVDIR / "labels.csv"
FORMS_CSV = EVDIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

MODULES = [
    holdout213ev_fed1, holdout213ev_fed2, holdout213ev_fed3, holdout213ev_crown,
    holdout213ev_priv1, holdout213ev_priv2, holdout213ev_intl,
    holdout213ev_hire1, holdout213ev_hire2, holdout213ev_neg1, holdout213ev_neg2,
]

FORMS = {
    "Treasury Board of Canada Secretariat": (
        "TBS|Treasury Board Secretariat|SCT|Secrétariat du Conseil du Trésor du Canada"
    ),
    "Privy Council Office": "PCO|BCP|Bureau du Conseil privé",
    "Finance Canada": (
        "Department of Finance|Department of Finance Canada|FIN|Finances Canada|"
        "Ministère des Finances"
    ),
    "Employment and Social Development Canada": "ESDC|EDSC|Emploi et Développement social Canada",
    "Health Canada": "HC|Santé Canada|SC",
    "Natural Resources Canada": "NRCan|RNCan|Ressources naturelles Canada",
    "CRTC": (
        "Canadian Radio-television and Telecommunications Commission|"
        "Conseil de la radiodiffusion et des télécommunications canadiennes"
    ),
    "Statistics Canada": "StatCan|StatsCan|Statistique Canada",
    "Environment and Climate Change Canada": "ECCC|Environnement et Changement climatique Canada",
    "Housing, Infrastructure and Communities Canada": (
        "HICC|LICC|Infrastructure Canada|INFC|Logement, Infrastructures et Collectivités Canada"
    ),
    "Global Affairs Canada": "GAC|AMC|Affaires mondiales Canada",
    "Immigration, Refugees and Citizenship Canada": "IRCC|Immigration Canada",
    "Public Safety Canada": "PS|Sécurité publique Canada|SP",
    "Transport Canada": "TC|Transports Canada",
    "Canadian Heritage": "PCH|Patrimoine canadien",
    "Office of the Parliamentary Budget Officer": (
        "PBO|Parliamentary Budget Officer|DPB|Bureau du directeur parlementaire du budget"
    ),
    "Indigenous Services Canada": "ISC|SAC|Services aux Autochtones Canada",
    "Atlantic Canada Opportunities Agency": (
        "ACOA|APECA|Agence de promotion économique du Canada atlantique"
    ),
    "Pacific Economic Development Canada": "PacifiCan|PrairiesCan",
    "Bank of Canada": "BoC|Banque du Canada|BdC",
    "C.D. Howe Institute": "C.D. Howe|CD Howe Institute|CD Howe",
    "Public Policy Forum": "PPF|Forum des politiques publiques",
    "Export Development Canada": "EDC|Exportation et développement Canada",
    "Canada Infrastructure Bank": "CIB|Banque de l'infrastructure du Canada|BIC",
    "CMHC": (
        "Canada Mortgage and Housing Corporation|SCHL|"
        "Société canadienne d'hypothèques et de logement"
    ),
    "BDC": "Business Development Bank of Canada|Banque de développement du Canada",
    "RBC": "Royal Bank of Canada|RBC Royal Bank|Banque Royale du Canada",
    "Ontario Ministry of Finance": (
        "Ontario Public Service|OPS|Government of Ontario|Ministry of Finance"
    ),
    "City of Ottawa": "Ville d'Ottawa|Ottawa",
    "Wealthsimple": "Wealthsimple Inc.",
    "Cohere": "Cohere Inc.",
    "Deloitte": "Deloitte Canada|Deloitte LLP",
    "Netzwende": "Netzwende GmbH",
    "OECD": (
        "Organisation for Economic Co-operation and Development|OCDE|"
        "Organisation de coopération et de développement économiques"
    ),
    "IDB": "Inter-American Development Bank|BID|Banco Interamericano de Desarrollo",
    "Mitacs": "Mitacs Inc.",
    "Canadian Chamber of Commerce": "Canadian Chamber|Chambre de commerce du Canada",
    "Bell": "Bell Canada|BCE",
    "Clio": "Clio (Themis Solutions Inc.)|Themis Solutions",
    "Permitly": "",
    "Conference Board of Canada": "Conference Board|CBoC|Conference Board du Canada",
    "Women and Gender Equality Canada": "WAGE|FEGC|Femmes et Égalité des genres Canada",
    "CIFAR": "Canadian Institute for Advanced Research|ICRA",
}


def fail(msg):
    raise SystemExit("holdout213: BAD LABEL: " + msg)


def atomic_write(path, data):
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix="." + path.name + ".")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def keep_other_rows(path, split_col):
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    header, rest = lines[0], lines[1:]
    kept = []
    for line in rest:
        text = line.decode("utf-8")
        if not text.strip():
            kept.append(line)
            continue
        row = next(csv.reader([text]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    return header, kept


def csv_bytes(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def main():
    events = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    rng = random.Random(SEED)
    rng.shuffle(events)

    for old in EVDIR.glob(SPLIT + "-*.ics"):
        old.unlink()

    label_rows = []
    companies = set()
    hiring = 0
    for i, ev in enumerate(events, 1):
        kind = ev["kind"]
        if not kind or kind != kind.lower() or " " in kind:
            fail(f"kind {kind!r}")
        name = f"{SPLIT}-{i:03d}-{kind}.ics"
        text = ev["ics"]
        if ev.get("lf"):
            data = text.replace("\r\n", "\n").encode("utf-8")
        else:
            data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        cal = icalendar.Calendar.from_ical(data)
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        is_int, company, role, stage, interviewers, trap = ev["lab"]
        uid = ev["uid"]
        if uid not in uids:
            fail(f"{name}: uid {uid!r} not in file ({sorted(uids)!r})")
        if is_int not in (0, 1) or stage not in STAGES or not trap:
            fail(f"{name}: fields")
        if trap != trap.lower() or " " in trap:
            fail(f"{name}: trap {trap!r}")
        if is_int:
            if not company or company not in FORMS:
                fail(f"{name}: company {company!r} lacks FORMS entry")
            if trap.startswith("user-as-interviewer-"):
                fail(f"{name}: interview with hiring-side trap")
            for who in filter(None, interviewers.split(";")):
                if "@" in who and who != who.lower():
                    fail(f"{name}: interviewer not lower case {who!r}")
                if "natarajan" in who.lower():
                    fail(f"{name}: user listed as interviewer")
            companies.add(company)
        else:
            if company or role or stage or interviewers:
                fail(f"{name}: negative with interview fields")
            if trap.startswith("user-as-interviewer-"):
                hiring += 1
        atomic_write(EVDIR / name, data)
        label_rows.append([name, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap])

    header, kept = keep_other_rows(LABELS, 7)
    atomic_write(LABELS, header + b"".join(kept) + csv_bytes(label_rows))

    form_rows = [[SPLIT, c, FORMS[c]] for c in sorted(companies)]
    header, kept = keep_other_rows(FORMS_CSV, 0)
    atomic_write(FORMS_CSV, header + b"".join(kept) + csv_bytes(form_rows))

    n_int = sum(1 for r in label_rows if r[2] == "1")
    print(f"holdout213: {len(label_rows)} events, {n_int} interviews, "
          f"{len(label_rows) - n_int} negatives, {hiring} user-on-hiring-side, "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
