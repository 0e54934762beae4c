"""holdout120 negatives: the user's paralegal work, pro bono, her own reviews and personal appointments."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_W,
    ME_Y,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    TZ_CHI,
    TZ_W_CST,
    TZ_W_UTC_BER,
    Ev,
    att,
    cal,
    esc,
    org,
    teams,
    vevent,
)
from holdout120ev_neg_career import PRODID_YAHOO, typed


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _outlook(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
             loc: str = "", prodid: str = PRODID_OUTLOOK) -> str:
    lines = [f"DESCRIPTION:{desc}", f"UID:{uid}", f"SUMMARY:{summary}",
             f"DTSTART;TZID=Central Standard Time:{start}", f"DTEND;TZID=Central Standard Time:{end}",
             "DTSTAMP:20250301T150000Z", organizer, *attendees]
    if loc:
        lines.append(f"LOCATION:{loc}")
    lines.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
    return cal(vevent("\n".join(lines)), prodid=prodid, tz=(TZ_W_CST,))


def _work() -> list[Ev]:
    out = []
    d = esc("""
        Illinois MCLE-accredited webinar (paralegals welcome): The Ethics of Witness Interviews - Upjohn
        warnings, interviewing unrepresented persons (Rule 4.3), and paralegal supervision. 1.0 hr ethics.
    """, teams("207 338 915 402", "ZTk2OGE0NjctYmE3Ni00"))
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000000033D5"
    out.append(_neg("cle-webinar", _outlook(uid, "CLE webinar: Ethics of Witness Interviews (1.0 ethics)",
                                            "20250318T120000", "20250318T130000", d,
                                            org("cle@hartwellbrandt.com", "HB Professional Development"),
                                            [att(ME_W, "Kowalski, Rachel", role="OPT-PARTICIPANT")],
                                            "Microsoft Teams Meeting"), uid, "cle-webinar-en"))

    d = esc("""
        Witness interview - Jay Patel (former dispatch supervisor, Dalton Freight). Moreno v. Dalton Freight.
        Alison leads; Rachel takes notes and handles exhibits 4-11. Interview memo due next day.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DB0100000000000000001000000044E6"
    out.append(_neg("witness-interview", _outlook(uid, "Witness interview - J. Patel (Moreno v. Dalton Freight)",
                                                  "20250326T100000", "20250326T120000", d,
                                                  org("ayu@hartwellbrandt.com", "Yu, Alison"),
                                                  [att(ME_W, "Kowalski, Rachel")], "HB 27 - Conf Rm Adams"),
                    uid, "witness-interview-en"))

    uid = "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000055F7"
    out.append(_neg("depo-prep", _outlook(uid, "Depo prep - Dr. Hauser (Kessler matter)", "20250403T130000",
                                          "20250403T170000", esc("binders 1-3, exhibit stickers, realtime link"),
                                          org("bstanton@hartwellbrandt.com", "Stanton, Brian"),
                                          [att(ME_W, "Kowalski, Rachel")], "HB 27 - Conf Rm Madison"),
                    uid, "depo-prep-en"))

    uid = "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB010000000000000000100000006608"
    out.append(_neg("doc-review", _outlook(uid, "Doc review sprint - Kessler 2nd production (priv QC)",
                                           "20250407T090000", "20250407T170000",
                                           esc("batch 14-22. QC priv tags before Thursday production."),
                                           org(ME_W, "Kowalski, Rachel"), []), uid, "doc-review-en"))

    uid = "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB010000000000000000100000007719"
    out.append(_neg("matter-intake", _outlook(uid, "Matter intake - new client Fulton Yards LLC", "20250415T093000",
                                              "20250415T100000",
                                              esc("conflicts cleared. open matter #, engagement letter, lit hold."),
                                              org("ghartwell@hartwellbrandt.com", "Hartwell, Gregory"),
                                              [att(ME_W, "Kowalski, Rachel")], prodid=PRODID_EXCHANGE), uid,
                    "matter-intake-en"))

    uid = "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000882A"
    out.append(_neg("team-weekly", _outlook(uid, "Lit support team weekly", "20250310T090000", "20250310T093000",
                                            esc("deadlines, vendor invoices, Relativity licenses"),
                                            org("kmarsh@hartwellbrandt.com", "Marsh, Kevin"),
                                            [att(ME_W, "Kowalski, Rachel")], "Teams"), uid, "internal-meeting-en"))

    d = esc("""
        Annual performance review - Rachel Kowalski
        Please complete your self-evaluation in Workday before the meeting. We'll discuss 2024 goals, the
        senior paralegal track and your 2025 development plan.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000993B"
    out.append(_neg("own-appraisal", _outlook(uid, "Annual review - R. Kowalski / M. Brandt", "20250312T140000",
                                              "20250312T150000", d,
                                              org("mbrandt@hartwellbrandt.com", "Brandt, Marianne"),
                                              [att(ME_W, "Kowalski, Rachel")], "MB office"), uid,
                    "own-appraisal-en"))

    d = esc("""
        Hi Rachel,

        As part of your departure, HR would like to hold a confidential exit interview. It takes about 30
        minutes; we'll also cover final pay, benefits continuation and returning your laptop and badge.

        Thank you,
        Human Resources | Hartwell Brandt LLP
    """)
    uid = "040000008200E00074C5B7101A82E00800000000B8C9D0E1F2A3DB01000000000000000010000000AA4C"
    out.append(_neg("own-exit-interview", _outlook(uid, "Exit Interview - Rachel Kowalski", "20250619T150000",
                                                   "20250619T153000", d,
                                                   org("hr@hartwellbrandt.com", "HB Human Resources"),
                                                   [att(ME_W, "Kowalski, Rachel")], "HR - 26th floor"), uid,
                    "own-exit-interview-en"))

    d = esc("""
        Sehr geehrte Frau Kowalski,

        anbei die Einladung zur Vorbesprechung der Zeugenbefragung von Herrn Brenner (Mandant Brenner AG) im
        Verfahren vor dem N.D. Ill. Wir besprechen die Dokumentenliste und die Dolmetscher-Logistik.
    """, teams("246 991 035 718", "Yjg1OTZkZjItNmJhYS00"), """
        Mit freundlichen Grüßen
        Dr. Anja Winterfeld, Rechtsanwältin | Kanzlei Winterfeld Roth, Frankfurt am Main
    """)
    uid = "040000008200E00074C5B7101A82E00800000000C9D0E1F2A3B4DB01000000000000000010000000BB5D"
    tzid = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    out.append(_neg("witness-prep-de", cal(vevent(f"""
        DESCRIPTION;LANGUAGE=de-DE:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=de-DE:Vorbereitung Zeugenbefragung Brenner AG
        DTSTART;TZID="{tzid}":20250429T160000
        DTEND;TZID="{tzid}":20250429T170000
        DTSTAMP:20250424T090000Z
        {org("a.winterfeld@winterfeld-roth.de", "Winterfeld, Anja Dr.")}
        {att(ME_W, "Kowalski, Rachel")}
        {att("ayu@hartwellbrandt.com", "Yu, Alison")}
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_UTC_BER,)), uid, "witness-interview-de"))
    return out


def _probono_life() -> list[Ev]:
    out = []
    d = esc("""
        Northside Tenant Law Project - volunteer shift
        Intake interviews with tenants facing eviction: fill in the intake form, collect the lease and notice,
        flag emergency hearings for the supervising attorney (Ms. Ocampo).
    """)
    uid = "ntlp-vol-20250405-kowalski@northsidetenantlaw.org"
    out.append(_neg("probono-intake", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250328T150000Z
        DTSTART;TZID=America/Chicago:20250405T090000
        DTEND;TZID=America/Chicago:20250405T123000
        {org("volunteers@northsidetenantlaw.org", "Northside Tenant Law Project")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Pro bono intake interviews - tenant clinic (volunteer)
        DESCRIPTION:{d}
        LOCATION:Uptown Library\\, 929 W. Buena Ave\\, Room B
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, "probono-intake-en"))

    d = esc("""
        Clínica legal de inmigración - turno de voluntarios
        Entrevistas de admisión con familias (español/inglés). Llenar la hoja de admisión y pasar los casos
        urgentes a la abogada supervisora.
    """)
    uid = "clinica-pilsen-0517-vol-07"
    out.append(_neg("probono-intake-es", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250510T150000Z
        DTSTART;TZID=America/Chicago:20250517T100000
        DTEND;TZID=America/Chicago:20250517T130000
        {org("voluntarios@clinicapilsen.org", "Clínica Legal Pilsen")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Entrevistas de admisión - clínica de inmigración (voluntaria)
        DESCRIPTION:{d}
        LOCATION:Iglesia San Pío\\, 1901 S. Ashland Ave
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, "probono-intake-es"))

    uid = "5E1A9B3C-7D2F-4E0A-8B6C-1F3E5D7A9C2B"
    out.append(_neg("doctor", typed(uid, "Dr. Alvarez - annual physical", "20250328T073000", "20250328T083000",
                                    "fasting labs - no food after midnight", "Northwestern Medicine\\, 259 E. Erie"),
                    uid, "doctor-en"))

    uid = "yc-0001-d1e2f3-rk-sos-realid"
    out.append(_neg("dmv", typed(uid, "SOS - REAL ID appt (Chicago North facility)", "20250404T081000",
                                 "20250404T090000", "passport, SS card, 2 proofs of address (ComEd bill + lease)",
                                 "5401 N. Elston Ave", prodid=PRODID_YAHOO), uid, "dmv-en"))

    uid = "6F2B0C4D-8E3A-4F1B-9C7D-2A4F6E8B0D3C"
    out.append(_neg("school-conference", typed(uid, "Parent-teacher conf - Maya (Ms. Greene)", "20250409T161500",
                                               "20250409T163000", "", "Budlong Elementary\\, Rm 112"),
                    uid, "school-en"))

    d = esc("""
        Lincoln Academy admissions - family interview for Maya (grade 5 entry). Parent conversation with the
        admissions director while Maya does a short reading activity with a teacher. Tour afterwards.
    """)
    uid = "lincolnacademy-adm-2025-0422-kowalski"
    out.append(_neg("school-admission-interview", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250401T150000Z
        DTSTART;TZID=America/Chicago:20250422T083000
        DTEND;TZID=America/Chicago:20250422T094500
        {org("admissions@lincolnacademy.org", "Lincoln Academy Admissions")}
        {att(ME_Y, "Rachel Kowalski")}
        {att("tomasz.kowalski@gmail.com", "Tomasz Kowalski")}
        SUMMARY:Family Interview - Maya Kowalski (Grade 5)
        DESCRIPTION:{d}
        LOCATION:Lincoln Academy\\, 2001 N. Clark St
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, "school-admission-interview-en"))

    uid = "yc-0001-55aa02-rk-uscis-tomasz"
    out.append(_neg("spouse-uscis-interview", typed(
        uid, "Tomasz - USCIS naturalization interview (I go w/ him)", "20250530T081500", "20250530T100000",
        "bring marriage cert, tax transcripts, joint lease. he needs his green card + passport.",
        "USCIS Chicago Field Office\\, 101 W. Congress Pkwy", prodid=PRODID_YAHOO), uid, "spouse-interview-en"))

    uid = "7A3C1D5E-9F4B-4A2C-8D0E-3B5A7F9C1E4D"
    out.append(_neg("bank", typed(uid, "First Lakeshore Bank - refi docs w/ loan officer", "20250418T123000",
                                  "20250418T131500", "bring 2 paystubs, W-2s, HOA statement",
                                  "First Lakeshore Bank\\, 3301 N. Lincoln Ave"), uid, "bank-en"))
    return out


def events() -> list[Ev]:
    return [*_work(), *_probono_life()]
