"""holdout100: personal and job-search negatives that are not the user's own interviews (blind, CC0 1.0)."""

from __future__ import annotations

from holdout100ev_ics import BERLIN, LONDON, MADRID, PARIS, USER_FREE, USER_WORK, att, cal, desc, esc, org, rec


def _ev(uid: str, start: str, end: str, summary: str, body: str = "", location: str = "",
        organizer: str = "", attendees: list[str] | None = None, tzid: str = "Europe/London",
        stamp: str = "20260315T120000Z") -> list[str]:
    lines = [f"UID:{uid}", f"DTSTAMP:{stamp}"]
    if len(start) == 8:
        lines += [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    elif start.endswith("Z"):
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    else:
        lines += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    lines.append("SUMMARY:" + esc(summary))
    if organizer:
        lines.append(organizer)
    lines += attendees or []
    if body:
        lines.append(desc(body))
    if location:
        lines.append("LOCATION:" + esc(location))
    return lines


def events() -> list[dict]:
    out: list[dict] = []

    def add(kind: str, ev: list[str], trap: str, prod: str = "apple", method: str | None = None,
            tz: str | None = LONDON, head: list[str] | None = None) -> None:
        uid = ev[0].removeprefix("UID:")
        out.append(rec(kind, cal(prod, [ev], method=method, tz=tz, head=head), uid, 0, trap))

    add("gp", _ev("B7D1E3F5-2A4C-4E6F-8A0B-GP-KHAN-0330", "20260330T084000", "20260330T085000",
                  "GP – Dr Khan (Chapel Allerton) – bloods results", location="Chapel Allerton Medical Centre"),
        "gp-appointment-en")
    add("school", _ev("C8E2F4A6-3B5D-4F7A-9B1C-PARENTS-EVE", "20260318T172000", "20260318T173000",
                      "Parents' evening – Year 4 (Mrs Holt) – Isla", "10 min slot. Ask about reading group + "
                      "the friendship stuff.", "Moor Allerton Primary"), "school-parents-evening-en")
    add("mot", _ev("mot-kwikfit-0502-bw@google.com", "20260502T083000", "20260502T093000",
                   "MOT – Fiesta (YG17 ***) – Kwik Fit Roundhay Rd"), "mot-en", prod="google")
    add("mortgage", _ev("mortgage-review-0421@google.com", "20260421T173000", "20260421T182000",
                        "Mortgage review call – bank (fix ends July)", "Have payslips + P60 ready. Don't mention "
                        "job change until it's signed?!"), "bank-mortgage-en", prod="google")
    add("visa", _ev("D9F3A5B7-4C6E-4A8B-0C2D-USVISA", "20260508T083000", "20260508T093000",
                    "US visa interview (B1/B2) – US Embassy London", "For the NASW conference in Sept. Bring DS-160 "
                    "confirmation, passport, photo. No bags/phones allowed.",
                    "33 Nine Elms Lane, London SW11 7US"), "visa-interview-en")
    add("dentist", _ev("dentist-0227@google.com", "20260227T161500", "20260227T164500", "Dentist – check-up + "
                       "hygienist", location="Street Lane Dental"), "dentist-en", prod="google")
    add("coffee-chat", _ev("3k5m7o9q1s3u5w7y9a1c3e5g7i@google.com", "20260228T100000", "20260228T110000",
                           "Coffee w/ Jen Marsh (Brightlea) – what's the HoFS role really like?",
                           "Informal chat before I apply. Jen used to be my PS. Not an interview - she's not on "
                           "the panel.", "Laynes Espresso"), "informational-coffee-en", prod="google")
    add("job-fair", _ev("yswjf-2026-0314@socialworkjobsfair.co.uk", "20260314", "20260315",
                        "Yorkshire Social Work Jobs Fair 2026", "Free entry, 40+ employers: councils, NHS, "
                        "fostering agencies and charities. Bring CVs.", "Royal Armouries, Leeds Dock"),
        "job-fair-allday-en", prod="google", tz=None)
    add("reference-call", _ev(
        "040000008200E00074C5B7101A82E00800000000REFTHIRST", "20260317T120000", "20260317T121500",
        "Reference call re: Tom Hirst (former SWA) – Calderbrook", "Karen from Calderbrook Resourcing will call "
        "you for a verbal reference for Tom Hirst, who has applied for a Family Support Worker post with us.",
        "Phone", org("karen.lister@calderbrook.gov.uk", "Lister, Karen"), [att(USER_WORK, "Ward, Bethany")],
        tzid="Europe/London"), "reference-call-referee-en", prod="outlook", method="REQUEST")
    add("recruiter-no-employer", _ev("pinnacle-intro-bward-0211@pinnaclesocialcare.co.uk", "20260211T173000",
                                     "20260211T174500", "Call with Ryan @ Pinnacle – TM roles (various LAs)",
                                     "Intro call to discuss permanent and interim Team Manager roles across "
                                     "Yorkshire local authorities. Please have your CV to hand.", "Phone",
                                     org("ryan.whitaker@pinnaclesocialcare.co.uk", "Ryan Whitaker"),
                                     [att(USER_FREE, "Beth Ward")]),
        "recruiter-call-no-employer-en", prod="-//Pinnacle Social Care//Bullhorn//EN", method="REQUEST")
    add("recruiter-no-employer-2", _ev("sanctum-20260122-0930@sanctumsocialcare.co.uk", "20260122T093000Z",
                                       "20260122T095000Z", "Sanctum Social Care Recruitment – intro call",
                                       "Thanks for registering! Your consultant Hollie will call to talk through "
                                       "what you're looking for. Confidential client roles across the North.",
                                       organizer=org("hollie.b@sanctumsocialcare.co.uk", "Hollie Barraclough"),
                                       attendees=[att(USER_FREE, "Bethany Ward")]),
        "recruiter-call-no-employer-utc-en", prod="outlook", method="REQUEST", tz=None)
    add("prep-block", _ev("E0A4B6C8-5D7F-4B9C-1D3E-PREP-AIREDALE", "20260414T190000", "20260414T210000",
                          "Prep – Airedale presentation + STAR examples", "10 min on practice standards. Time it. "
                          "Print 3 copies. Re-read Fostering NMS + Ofsted letter."), "prep-block-en")
    add("dbs-check", _ev("airedale-dbs-id-0506@airedale.gov.uk", "20260506T090000", "20260506T091500",
                         "ID & DBS document check - pre-employment (Airedale)", "Congratulations again on your "
                         "conditional offer. Please bring 3 forms of ID for the enhanced DBS check. This is not "
                         "an interview.", "Keighley Town Hall reception",
                         org("recruitment.childrens@airedale.gov.uk", "Children's Recruitment"),
                         [att(USER_FREE, "Bethany Ward")]),
        "pre-employment-check-en", prod="google", method="REQUEST")
    add("coaching", _ev("f1a2b3c4-coaching-0225@cal.com", "20260225T200000Z", "20260225T204500Z",
                        "Career coaching – LinkedIn + applications review (Nadine)", "Bring 2 job specs + "
                        "current CV. Nadine Ellis, career coach.", "Zoom",
                        org("nadine@nadineelliscoaching.co.uk", "Nadine Ellis"), [att(USER_FREE, "Bethany Ward")]),
        "career-coaching-en", prod="-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST", tz=None)
    add("spanish-class", _ev("clase-esp-b1-weekly@google.com", "20260120T183000", "20260120T200000",
                             "Clase de español (B1) – Academia Cervantes Leeds", "Tema: hablar del trabajo. "
                             "Deberes: p. 42, ejercicio 3 (entrevista de trabajo: role-play).", "Park Row",
                             tzid="Europe/London"), "language-class-es", prod="google",
        head=["X-WR-TIMEZONE:Europe/London"])
    add("flight-es", _ev("vuelo-lba-alc-0725@jet2.com", "20260725T061000", "20260725T095500",
                         "Vuelo LBA → ALC (LS1421) – vacaciones", "Localizador: K7P2QX. Facturación online 24 h "
                         "antes. Equipaje: 22 kg.", "Aeropuerto Leeds Bradford", tzid="Europe/Madrid"),
        "travel-es", prod="google", tz=MADRID)
    add("infoabend-de", _ev("kb-infoabend-2026-04@kinderbruecke.org", "20260415T180000", "20260415T190000",
                            "Online-Infoabend: Arbeiten bei Kinderbrücke International (UK & DE)",
                            "Für Interessierte und Bewerber*innen: Einblicke in unsere Programme, offene Stellen und "
                            "den Bewerbungsprozess. Keine Anmeldung zu einem Vorstellungsgespräch.",
                            "Zoom", org("events@kinderbruecke.org", "Kinderbrücke Events"),
                            [att(USER_FREE, "Bethany Ward")], tzid="Europe/Berlin"),
        "info-evening-webinar-de", prod="outlook", method="REQUEST", tz=BERLIN)
    add("session-info-fr", _ev("bipe-session-info-0318@bipe-enfance.org", "20260318T170000", "20260318T180000",
                               "Session d'information candidats – Programmes Europe (BIPE)",
                               "Présentation de nos équipes et de nos postes ouverts, questions-réponses. "
                               "Ce n'est pas un entretien.", "En ligne (Teams)",
                               org("recrutement@bipe-enfance.org", "Recrutement BIPE"),
                               [att(USER_FREE, "Bethany Ward")], tzid="Europe/Paris"),
        "candidate-info-session-fr", prod="outlook", method="REQUEST", tz=PARIS)
    return out
