"""Writes the holdout86 event split: Reto Baumann, Bauleiter in Zürich, looking for a GPL role (blind-written).

Usage: python scripts/make_event_corpus_holdout86.py [--out tests/corpus/events]

Replaces only its own files (holdout86-*.ics) and its own rows (split=holdout86) of labels.csv and
company_forms.csv; appends otherwise and keeps the headers. Every file is written atomically. Before writing,
each label's UID is checked against the file as icalendar parses it.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout86ev_neg_other  # noqa: E402
import holdout86ev_neg_side  # noqa: E402
import holdout86ev_pos_de  # noqa: E402
import holdout86ev_pos_intl  # noqa: E402
import holdout86ev_pos_more  # noqa: E402
from holdout86ev_ics import Item  # noqa: E402

SPLIT = "holdout86"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs/s15/forms.md).
FORMS = {
    "Aarebau": "",
    "Pfister & Keller": "Pfister & Keller Generalunternehmung|Pfister und Keller",
    "BTU": "BTU Bau- und Totalunternehmung|Bau- und Totalunternehmung",
    "Zugerland Immobilien": "Zugerland",
    "Urbanis": "Urbanis Immobilien",
    "Tschudi Bau": "",
    "Kubus": "Kubus Proptech",
    "Stratos Data Centers": "Stratos",
    "Voxel Build": "Voxel",
    "Spitalverbund Zürcher Oberland": "SVZO",
    "Rhône Construction": "",
    "Holzbau Emmental": "",
    "Fundament Partners": "Fundament",
    "Alpinbau Graubünden": "Alpinbau",
    "Helix Facade Systems": "Helix|Helix Facades",
    "Meridian Engineering": "Meridian Engineering Switzerland|Meridian",
    "Energie Oberaargau": "EOAG",
    "Kessler Totalunternehmung": "Kessler TU|Kessler",
    "ModulHaus": "",
    "Stadt Winterthur": "",
    "Nordwest Infra": "",
    "Lémanbat": "",
    "Groupe Montbrillant": "Montbrillant",
    "Gebrüder Wyss Bau": "Gebr. Wyss Bau|Wyss Bau",
    "Bernasconi Frères": "",
    "Aurora Anlagestiftung": "Aurora",
    "Brunner Totalunternehmung": "Brunner TU",
    "OGU": "Ostschweizer Generalunternehmung|OGU Ostschweizer Generalunternehmung",
    "Gerber + Partner": "Gerber & Partner|Gerber und Partner",
    "Jura Génie Civil": "JGC",
    "Wohnbaugenossenschaft Sonnhalde": "WBG Sonnhalde",
    "Groupe Rossier": "",
    "Transalp Tunnelbau": "Transalp",
    "TONSA": "Túneles y Obras del Norte",
    "Stahlbau Lenzburg": "",
    "Hochschule Mittelland": "",
    "Kanton Zug": "Baudirektion Kanton Zug",
    "Zgraggen Bau": "",
    "Seeland Holz": "",
    "Immofonds Rigi": "",
    "Bachtel Immobilien": "",
    "Fondation Clairval": "Fondation Clairval pour le logement",
    "Bâtisseurs Réunis": "",
}


def items() -> list[Item]:
    """All events of the split, in a fixed shuffled order."""
    makers = (holdout86ev_pos_de.ALL + holdout86ev_pos_intl.ALL + holdout86ev_pos_more.ALL
              + holdout86ev_neg_side.ALL + holdout86ev_neg_other.ALL)
    out = [m() for m in makers]
    random.Random(8686).shuffle(out)
    return out


def check(item: Item, name: str) -> None:
    """Checks one item's label against its parsed text; raises on any mismatch."""
    import icalendar

    cal = icalendar.Calendar.from_ical(item.text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {item.uid}:
        raise SystemExit(f"{name}: label uid {item.uid!r} but file has {sorted(uids)}")
    if item.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {item.stage!r}")
    if item.is_interview:
        if not item.company or item.company not in FORMS:
            raise SystemExit(f"{name}: company {item.company!r} missing from FORMS")
        if not item.interviewers or item.interviewers != item.interviewers.lower():
            raise SystemExit(f"{name}: interviewers must be lower-case and present")
        if "user-as-interviewer" in item.trap:
            raise SystemExit(f"{name}: interview marked user-as-interviewer")
    elif item.company or item.role or item.stage or item.interviewers:
        raise SystemExit(f"{name}: negative with interview cells")


def write_atomic(path: Path, data: str) -> None:
    """Writes data to path through a temporary file in the same directory."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def rows_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def merge_csv(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    """Keeps every other split's line as it is, drops this split's rows, appends new_rows."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for i, line in enumerate(lines):
            if i == 0 or not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) > split_col and cells[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    write_atomic(path, rows_text([header]) + "".join(kept) + rows_text(new_rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    evs = items()
    labels: list[list[str]] = []
    named: list[tuple[str, Item]] = []
    for n, it in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{it.kind}.ics"
        check(it, name)
        named.append((name, it))
        labels.append([name, it.uid, str(it.is_interview), it.company, it.role, it.stage, it.interviewers, SPLIT,
                       it.trap])
    if len({it.uid for it in evs}) != len(evs):
        raise SystemExit("duplicate UIDs")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, it in named:
        write_atomic(out / name, it.text)
    merge_csv(out / "labels.csv", LABEL_HEADER, 7, labels)
    used = sorted({it.company for it in evs if it.is_interview and it.company})
    merge_csv(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, FORMS[c]] for c in used])
    pos = sum(it.is_interview for it in evs)
    side = sum("user-as-interviewer" in it.trap for it in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(used)} employers")


if __name__ == "__main__":
    main()
