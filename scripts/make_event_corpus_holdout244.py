"""Generate the blind calendar-event split "holdout244" for afterview.

Split: holdout244, written blind (without reading the classifier, the other generators, other splits' files or
labels) as raw iCalendar text in scripts/holdout244ev_*.py.

Persona: Dr. Magdalena Haas, 38, clinical psychologist (Klinische Psychologin) on the psychosomatic ward of the
fictional Klinik Donaupark in Vienna (private magdalena.haas@gmx.at, work magdalena.haas@klinik-donaupark.at),
applying for senior psychologist posts at Austrian, Bavarian and one Swiss clinic, rehab centres, EAP providers,
an insurer's health-management unit and a Fachhochschule teaching post; at work she also interviews trainee
candidates, which are not her interviews.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout244.py

It checks every event, writes tests/corpus/events/holdout244-NNN-<kind>.ics (CRLF unless an event says
otherwise; old holdout244-*.ics are deleted first) and replaces only the split=holdout244 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv, keeping every other line byte for byte.
"""
import csv
import glob
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import holdout244ev_a  # noqa: E402
import holdout244ev_b  # noqa: E402
import holdout244ev_c  # noqa: E402
import holdout244ev_d  # noqa: E402
import holdout244ev_e  # noqa: E402
import icalendar  # noqa: E402

SPLIT = "holdout244"
OUT = os.path.join(ROOT, "tests", "corpus", "events")
LABELS = os.path.join(OUT, "labels.csv")
FORMS_CSV = os.path.join(OUT, "company_forms.csv")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
ME = ("magdalena.haas@gmx.at", "magdalena.haas@klinik-donaupark.at")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SEED = 244

FORMS = {
    "Salzachklinik Hallein": ["Salzachklinik"],
    "Klinik Loisachtal": ["Loisachtal", "Psychosomatische Klinik Loisachtal"],
    "Meridian Wellbeing Partners": ["Meridian", "Meridian Wellbeing"],
    "Tauern Versicherung": ["Tauern"],
    "FH Marchfeld": ["Fachhochschule Marchfeld", "FHM"],
    "Klinik Donaupark": ["Donaupark", "KDP"],
    "Reha-Zentrum Hohe Wand": ["Hohe Wand", "Reha Hohe Wand", "Rehazentrum Hohe Wand"],
    "Klinik Seeholz": ["Seeholz"],
    "Mindcare Österreich": ["Mindcare"],
    "Privatklinik Ahornhof": ["Ahornhof", "Privatklinik Ahornhof Graz"],
    "Seelenruh Digital": ["Seelenruh"],
    "Innauen Kliniken Rosenheim": ["Innauen Kliniken", "Innauen"],
    "Mostviertelklinik Ybbsfeld": ["Mostviertelklinik"],
    "Bezirksklinikum Altmühltal": ["BKH Altmühltal", "Altmühltal"],
    "Kinderreha Wechselland": ["Wechselland"],
    "Onkologisches Zentrum Kamptal": ["OZ Kamptal"],
    "Schmerzambulatorium Inntal": ["Schmerzambulanz Inntal"],
    "AMZ Wienerberg": ["Arbeitsmedizinisches Zentrum Wienerberg"],
    "PSD Leithaland": ["Psychosozialer Dienst Leithaland"],
    "Praxisgemeinschaft am Naschmarkt": ["Praxis am Naschmarkt"],
    "SPZ Ennstal": ["Sozialpsychiatrisches Zentrum Ennstal"],
    "Rehaklinik Traunsee": ["Reha Traunsee"],
    "Dreiflüsseklinikum Passau": ["Dreiflüsseklinikum"],
    "Klinikum Wörthersee-Süd": ["KWS", "Wörthersee-Süd"],
    "Geriatrisches Zentrum am Bisamberg": ["GZ Bisamberg"],
    "Ambulatorium Lainzer Tor": ["Lainzer Tor"],
    "Suchthilfezentrum Leopoldsau": ["Suchthilfe Leopoldsau"],
    "Psychosomatische Klinik Staffelsee": ["Klinik Staffelsee", "Staffelsee"],
    "Ennsdorf Stahl": [],
    "Krisendienst Marchfeld-Nord": ["Krisendienst Marchfeld"],
    "Forensische Ambulanz Ost": [],
    "Tagesklinik Kaisermühlen": ["TK Kaisermühlen"],
    "Palliativzentrum Wienerwald-Süd": ["Palliativzentrum Wienerwald"],
    "Gesundheitsresort Thermenblick": ["Thermenblick", "Gesundheitsresort Thermenblick Bad Erlach"],
    "Klinik Chiemsee-Ost": ["Chiemsee-Ost"],
    "Psychiatrie Mühlviertel Nord": ["PMN"],
    "KJP Pinkatal": ["Kinder- und Jugendpsychiatrie Pinkatal"],
    "Frauengesundheitszentrum Margareten": ["FGZ Margareten", "FGZ"],
    "Reha Almtal": [],
    "Psychosomatisches Rehazentrum Gailtal": ["Rehazentrum Gailtal", "Reha Gailtal"],
    "Privatsanatorium Türkenschanze": ["Sanatorium Türkenschanze"],
}


def all_events():
    evs = []
    for mod in (holdout244ev_a, holdout244ev_b, holdout244ev_c, holdout244ev_d, holdout244ev_e):
        evs.extend(mod.EVENTS)
    return evs


def check(ev):
    uid = ev["uid"]
    where = f"{ev.get('kind')} {uid}"
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        assert key in ev, f"{where}: missing {key}"
    assert KEBAB.match(ev["kind"]), f"{where}: kind not kebab-case"
    assert KEBAB.match(ev["trap"]), f"{where}: trap not kebab-case"
    assert ev["stage"] in STAGES, f"{where}: bad stage {ev['stage']!r}"
    assert ev["is_interview"] in (0, 1), where
    assert ev.get("eol", "\r\n") in ("\r\n", "\n"), where
    assert "\r" not in ev["ics"], f"{where}: use LF in the source"
    cal = icalendar.Calendar.from_ical(ev["ics"].replace("\n", "\r\n"))
    vevents = cal.walk("VEVENT")
    assert vevents, f"{where}: no VEVENT"
    uids = {str(v.get("uid")) for v in vevents}
    assert uids == {uid}, f"{where}: VEVENT UIDs {uids}"
    for v in vevents:
        assert v.get("dtstart") is not None, f"{where}: DTSTART missing"
        v.decoded("dtstart")
    flat = re.sub(r"\n[ \t]", "", ev["ics"]).lower()
    ivs = [x for x in ev["interviewers"].split(";") if x]
    for iv in ivs:
        assert iv.strip() == iv and iv, f"{where}: blank interviewer"
        assert iv.lower() in flat, f"{where}: interviewer {iv!r} not in text"
        assert iv.lower() not in ME and "magdalena" not in iv.lower() and "haas" not in iv.lower(), \
            f"{where}: the user cannot be an interviewer"
        if "@" in iv:
            assert iv == iv.lower(), f"{where}: e-mail not lower-case"
    if ev["is_interview"]:
        assert ev["company"] in FORMS, f"{where}: company {ev['company']!r} lacks a FORMS entry"
        assert not ev["hiring"], where
    else:
        assert not (ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]), f"{where}: negative has labels"
    assert ev["hiring"] == ev["trap"].startswith("user-as-interviewer-"), f"{where}: hiring/trap mismatch"
    assert isinstance(ev["hiring"], bool), where


def csv_line(row, eol):
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerow(row)
    return buf.getvalue().encode("utf-8")


def replace_split_rows(path, header, split_col, new_rows):
    """Drop this split's rows from a CSV, keep every other line byte for byte, append new_rows."""
    if os.path.exists(path):
        with open(path, "rb") as fh:
            data = fh.read()
    else:
        data = csv_line(header, "\n")
    lines = data.splitlines(keepends=True)
    eol = "\r\n" if lines[0].endswith(b"\r\n") else "\n"
    head = next(csv.reader([lines[0].decode("utf-8").rstrip("\r\n")]))
    idx = head.index(split_col)
    kept = [lines[0]]
    for line in lines[1:]:
        try:
            cells = next(csv.reader([line.decode("utf-8").rstrip("\r\n")]))
        except (StopIteration, csv.Error, UnicodeDecodeError):
            cells = []
        if len(cells) > idx and cells[idx] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += eol.encode()
    rows = [dict(zip(head, [""] * len(head), strict=False), **r) for r in new_rows]
    body = b"".join(kept) + b"".join(csv_line([r[c] for c in head], eol) for r in rows)
    tmp = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.{SPLIT}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(body)
    os.replace(tmp, path)
    return len(lines) - len(kept)


def main():
    evs = all_events()
    seen = set()
    for ev in evs:
        check(ev)
        assert ev["uid"] not in seen, f"duplicate UID {ev['uid']}"
        seen.add(ev["uid"])
    random.Random(SEED).shuffle(evs)

    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)
    label_rows = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        eol = ev.get("eol", "\r\n")
        text = ev["ics"] if ev["ics"].endswith("\n") else ev["ics"] + "\n"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(text.replace("\n", eol).encode("utf-8"))
        label_rows.append(dict(file=name, uid=ev["uid"], is_interview=str(ev["is_interview"]),
                               company=ev["company"], role=ev["role"], stage=ev["stage"],
                               interviewers=ev["interviewers"], split=SPLIT, trap=ev["trap"]))

    companies = sorted({ev["company"] for ev in evs if ev["is_interview"]})
    form_rows = [dict(split=SPLIT, company=c, forms="|".join(FORMS[c])) for c in companies]
    replace_split_rows(LABELS, LABEL_HEADER, "split", label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, "split", form_rows)

    n_int = sum(ev["is_interview"] for ev in evs)
    n_hire = sum(ev["hiring"] for ev in evs)
    print(f"{SPLIT}: {len(evs)} events, {n_int} interviews, {len(evs) - n_int} negatives "
          f"({n_hire} hiring side, {len(evs) - n_int - n_hire} other), {len(companies)} employers")


if __name__ == "__main__":
    main()
