"""holdout58 negatives, part 3: personal appointments (Apple/Google/booking systems) and the German, Dutch,
French and Spanish invitations that are not the user's own job interviews."""

from __future__ import annotations

from holdout58ev_ics import ME, T, alarm, att, cal, google_foot, meet, org, rec, teams
from holdout58ev_pos_direct import ouid
from holdout58ev_shapes import google, outlook


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return rec(kind, ics, uid, 0, trap=trap)


def _apple(
    uid: str,
    summary: str,
    start: str,
    end: str,
    loc: str,
    desc: str,
    stamp: str,
    prodid: str = "-//Apple Inc.//iPhone OS 18.1//EN",
) -> str:
    ev = [
        f"CREATED:{stamp}",
        f"DTEND;TZID=Europe/London:{end}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/London:{start}",
        f"LAST-MODIFIED:{stamp}",
        T("LOCATION", loc),
        "SEQUENCE:0",
        T("SUMMARY", summary),
        "UID:" + uid,
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    if desc:
        ev.insert(3, T("DESCRIPTION", desc))
    ev += alarm(30)
    return cal(prodid, [ev], method=None, zones=["Europe/London"])


def alumni_es() -> dict[str, str]:
    uid = "4sm8b1q6d0kv3ch9ten2r7pfa5@google.com"
    desc = (
        "¡Hola Priya!\n\nMil gracias por aceptar. Para el próximo número de la revista de antiguos alumnos "
        "Erasmus queremos hacerte una entrevista breve (20–30 min) sobre tu año en Valencia y tu carrera en "
        "análisis de datos en Reino Unido. Puede ser en inglés si lo prefieres.\n\nUn abrazo,\nCarmen Ortiz\n"
        "Revista Alumni – Relaciones Internacionales\n\n" + meet("es", "alu-rvst-cor")
    )
    ics = google(
        uid,
        "Entrevista para la revista de antiguos alumnos Erasmus – Priya Raman",
        "20251018T110000",
        "20251018T113000",
        organizer=org("carmen.ortiz@alumni-erasmusvlc.es", "Carmen Ortiz"),
        attendees=[
            att("carmen.ortiz@alumni-erasmusvlc.es", "Carmen Ortiz", partstat="ACCEPTED", rsvp=False, google=True),
            att(ME, ME, google=True),
        ],
        description=desc,
        zone="Europe/London",
        conference="https://meet.google.com/alu-rvst-cor",
        stamp="20251010T170000Z",
        created="20251010T165940Z",
    )
    return _neg("google", ics, uid, "alumni-magazine-interview-es")


def gp() -> dict[str, str]:
    uid = "1B7E4D20-93C5-4A8F-B0E6-5D2C81F7A934"
    ics = _apple(
        uid,
        "GP – Dr Shah (blood test results)",
        "20250917T084000",
        "20250917T085000",
        "Didsbury Medical Centre\n645 Wilmslow Road, Manchester M20 6BA",
        "",
        "20250912T120300Z",
    )
    return _neg("apple", ics, uid, "gp-appointment-en")


def dentist() -> dict[str, str]:
    uid = "0td5k2v9q8mc1bh7se4rn3pfa6@google.com"
    ics = google(
        uid,
        "Dentist check-up 🦷",
        "20251003T083000",
        "20251003T090000",
        organizer=org(ME, "Priya Raman"),
        description="Whitworth Dental – 6-monthly. £27.30 band 1",
        location="Whitworth Dental, Burton Road",
        method=None,
        stamp="20250402T090000Z",
        created="20250402T090000Z",
        alarms=[60],
    )
    return _neg("hand", ics, uid, "dentist-en")


def mortgage() -> dict[str, str]:
    uid = "MB-APPT-2025-118834-DIDSBURY"
    desc = (
        "Dear Ms Raman,\n\nThank you for booking a mortgage appointment with Mereside Bank.\n\nYour Mortgage "
        "Adviser, Gary Nolan, will meet you at our Didsbury branch. Please bring:\n• photo ID\n• your last 3 "
        "months' payslips\n• 3 months of bank statements\n\nTo change your appointment call 0345 600 1188.\n\n"
        "Mereside Bank plc. Your home may be repossessed if you do not keep up repayments on your mortgage."
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251101T093000Z",
        "DTSTART:20251108T100000Z",
        "DTEND:20251108T110000Z",
        T("SUMMARY", "Your mortgage appointment – Mereside Bank"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Mereside Bank, 712 Wilmslow Road, Didsbury, Manchester M20 2DW"),
        org("appointments@meresidebank.co.uk", "Mereside Bank Appointments"),
        att(ME, "Priya Raman"),
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Mereside Bank//Branch Appointments//EN", [ev])
    return _neg("booking", ics, uid, "bank-appointment-known-employer-en")


def visa() -> dict[str, str]:
    uid = "VAC-NL-MAN-20251104-0937"
    desc = (
        "Appointment confirmation\n\nApplicant: RAMAN PRIYA\nService: Schengen short-stay visa – Netherlands\n"
        "Centre: Manchester Visa Application Centre\nPlease arrive 15 minutes early with your passport, "
        "appointment letter, completed application form, photos and supporting documents. Biometrics will be "
        "taken at the centre."
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251020T081500Z",
        "DTSTART:20251104T123000Z",
        "DTEND:20251104T131500Z",
        T("SUMMARY", "Visa appointment – Schengen (Netherlands) – biometrics"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Manchester Visa Application Centre, 1 Portland Street, Manchester"),
    ]
    ics = cal("-//Visa Appointment System//EN", [ev], method="PUBLISH", calscale=False)
    return _neg("booking", ics, uid, "visa-appointment-en")


def school() -> dict[str, str]:
    uid = "7C2F9A13-5E80-4B6D-A1C4-E39D0B2F8765"
    ics = _apple(
        uid,
        "Parents' evening – Arjun (Year 2, Miss Clarke)",
        "20251112T172000",
        "20251112T173000",
        "Fielden Park Primary School",
        "10 min slot. ask about reading group",
        "20251103T193000Z",
    )
    return _neg("apple", ics, uid, "school-parents-evening-en")


def headhunter_de() -> dict[str, str]:
    uid = ouid("weidner-kennenlernen")
    desc = (
        "Hallo Frau Raman,\n\nvielen Dank für Ihr Interesse. Wie besprochen möchte ich Sie in einem ersten "
        "Kennenlerngespräch näher kennenlernen und Ihnen die Position „Data Lead (remote)“ vorstellen. Den "
        "Namen meines Mandanten kann ich Ihnen zu diesem Zeitpunkt leider noch nicht nennen. Gerne können wir "
        "das Gespräch auf Englisch führen.\n\nMit freundlichen Grüßen\nStefan Weidner\nWeidner "
        "Personalberatung\n\n" + teams("de", "388 120 457 903", "Wd5Pb2", "YmY0MzJkOWMtMTIz")
    )
    ics = outlook(
        uid,
        "Kennenlerngespräch – Priya Raman / Weidner Personalberatung (Data Lead, vertraulich)",
        "20251015T090000",
        "20251015T093000",
        organizer=org("s.weidner@weidner-personal.de", "Weidner, Stefan"),
        attendees=[att(ME, ME, quote=True)],
        description=desc,
        location="Microsoft Teams-Besprechung",
        zone="W. Europe Standard Time",
        lang="de-DE",
        stamp="20251009T141500Z",
    )
    return _neg("outlook", ics, uid, "recruiter-no-employer-de")


def prep_nhs() -> dict[str, str]:
    uid = "E04A6C38-1F9D-4B27-8C5E-2A7B90D3F611"
    ics = _apple(
        uid,
        "Prep presentation – Irwell Valley (missed appts)",
        "20251102T140000",
        "20251102T170000",
        "Home",
        "10 slides max. DNA rates by clinic, SMS reminders A/B idea",
        "20251026T201500Z",
    )
    return _neg("apple", ics, uid, "prep-block-nhs-en")


def research_de() -> dict[str, str]:
    uid = "tf-study-2025-10-17-raman-8842@datenwerft.de"
    desc = (
        "Hallo Priya,\n\nvielen Dank, dass du an unserer Studie teilnimmst! Im Nutzerinterview (60 Minuten, "
        "per Video) möchten wir verstehen, wie du Dashboards im Arbeitsalltag nutzt und was dich dabei "
        "nervt. Es gibt keine richtigen oder falschen Antworten. Als Dankeschön erhältst du einen "
        "Gutschein über 50 €.\n\nDas Gespräch findet auf Englisch statt.\n\nViele Grüße\nMiriam Kessler\n"
        "UX Research, Datenwerft GmbH\n\n" + meet("de", "dwf-nutz-int")
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251010T090000Z",
        "DTSTART;TZID=Europe/Berlin:20251017T150000",
        "DTEND;TZID=Europe/Berlin:20251017T160000",
        T("SUMMARY", "Nutzerinterview: Deine Erfahrungen mit Dashboards (60 Min., 50 € Gutschein)"),
        T("DESCRIPTION", desc),
        T("LOCATION", "Google Meet"),
        org("research@datenwerft.de", "Datenwerft Research"),
        att(ME, "Priya Raman"),
        att("miriam.kessler@datenwerft.de", "Miriam Kessler", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Datenwerft//Research Ops//DE", [ev], zones=["Europe/Berlin"])
    return _neg("plain", ics, uid, "user-research-de")


def webinar_nl() -> dict[str, str]:
    uid = "gtw-webinar-6619034471-reg-55102@gotowebinar.com"
    desc = (
        'Beste Priya,\n\nBedankt voor je registratie voor "Remote werken voor een Nederlandse werkgever vanuit '
        'het VK: belasting, contracten en sollicitaties".\n\nDeelnemen aan het webinar: '
        "https://attendee.gotowebinar.com/join/6619034471/55102\n\nTot dan!\nHet RemoteWerk-team"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251006T100000Z",
        "DTSTART;TZID=Europe/Amsterdam:20251016T190000",
        "DTEND;TZID=Europe/Amsterdam:20251016T200000",
        T("SUMMARY", "Webinar: Remote werken voor een Nederlandse werkgever vanuit het VK"),
        T("DESCRIPTION", desc),
        T("LOCATION", "GoTo Webinar"),
        org("events@remotewerk.nl", "RemoteWerk"),
    ]
    ics = cal("-//GoTo//GoTo Webinar//NL", [ev], method="PUBLISH", zones=["Europe/Amsterdam"])
    return _neg("gotowebinar", ics, uid, "webinar-nl")


def mock_fr() -> dict[str, str]:
    uid = "af-mcr-atelier-2025-10-08-b1@alliancefrancaise-manchester.org.uk"
    desc = (
        "Bonjour à toutes et à tous,\n\nCette semaine, atelier de conversation niveau B1 : nous allons simuler "
        "un entretien d'embauche en français (se présenter, parler de son parcours, poser des questions au "
        "recruteur). Travail en binômes, puis retour de votre professeure.\n\nÀ mercredi !\nCamille\n"
        "Alliance Française de Manchester\n\n" + google_foot()
    )
    ics = google(
        uid,
        "Atelier conversation B1 : simuler un entretien d'embauche",
        "20251008T183000",
        "20251008T200000",
        organizer=org("cours@alliancefrancaise-manchester.org.uk", "Alliance Française"),
        attendees=[att(ME, ME, google=True)],
        description=desc,
        location="Alliance Française de Manchester, 18 Booth Street, Manchester M2 4AT",
        stamp="20251003T100000Z",
        created="20251003T095900Z",
    )
    return _neg("google", ics, uid, "mock-class-fr")


def events() -> list[dict[str, str]]:
    return [
        alumni_es(),
        gp(),
        dentist(),
        mortgage(),
        visa(),
        school(),
        headhunter_de(),
        prep_nhs(),
        research_de(),
        webinar_nl(),
        mock_fr(),
    ]
