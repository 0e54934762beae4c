"""holdout43 negatives, part B: informational chats, a job fair visit, reference calls where the user is the
referee, recruiter calls naming no employer, prep blocks and reminders that name employers, an IHK exam the
user marks, a supplier meeting, Spanish user research, French press, a contract signing, an English webinar."""

from __future__ import annotations

from holdout43ev_boiler import meet, teams, zoom
from holdout43ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK16,
    TZ_BERLIN,
    TZ_WEU,
    WORK,
    Ev,
    cal,
    esc,
    tz_olson,
)


def _google(uid: str, summary: str, desc: str, start: str, end: str, organizer: str, me: str = FREE,
            tz: str = "Europe/Berlin", extra: str = "") -> str:
    blocks = [TZ_BERLIN] if tz == "Europe/Berlin" else [tz_olson(tz)]
    return cal(
        GOOGLE,
        *blocks,
        f"""
BEGIN:VEVENT
DTSTART;TZID={tz}:{start}
DTEND;TZID={tz}:{end}
DTSTAMP:20261201T100000Z
ORGANIZER;CN={organizer}:mailto:{organizer}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN={organizer};X-NUM-GUESTS=0:mailto:{organizer}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN={me};X-NUM-GUESTS=0:mailto:{me}
{extra}CREATED:20261201T100000Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261201T100000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc(summary)}
TRANSP:OPAQUE
END:VEVENT
""",
    )


def _private(uid: str, summary: str, start: str, end: str, desc: str = "", allday: bool = False) -> str:
    """An entry the user typed into her GMX calendar (no attendees)."""
    if allday:
        times = f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}"
    else:
        times = f"DTSTART;TZID=Europe/Berlin:{start}\nDTEND;TZID=Europe/Berlin:{end}"
    text = f"DESCRIPTION:{esc(desc)}\n" if desc else ""
    return cal(
        "PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE\nVERSION:2.0",
        *([] if allday else [TZ_BERLIN]),
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261205T200000Z
CREATED:20261205T200000Z
{times}
SUMMARY:{esc(summary)}
{text}CLASS:PRIVATE
TRANSP:{"TRANSPARENT" if allday else "OPAQUE"}
END:VEVENT
""",
    )


def informational_en() -> Ev:
    uid = "9q3w7e1r5t8y2u6i0o4p8a2s6d@google.com"
    desc = (
        "Hi Marta,\n\nDaniel passed on your note – happy to share how I moved from warehouse ops into supply "
        "planning at a Dutch retailer and what the job market looks like over here. No prep needed!\n\n"
        f"Joost\n\n{meet('en', 'jxa-ymbq-ufr')}"
    )
    ics = _google(uid, "Coffee chat: ops → planning in NL (Joost / Marta)", desc, "20261214T123000",
                  "20261214T130000", "joost.vermeulen@gmail.com", tz="Europe/Amsterdam",
                  extra="X-GOOGLE-CONFERENCE:https://meet.google.com/jxa-ymbq-ufr\n")
    return Ev("informational-chat-en", "en", ics, uid, 0, trap="informational-coffee-chat-en",
              tool="Google Calendar")


def job_fair_visit() -> Ev:
    uid = "20261205T200011Z-3317-9a2c@kalender.gmx.net"
    ics = _private(uid, "Logistik-Karrieretag Ruhr (Besuch)", "20270130", "20270131",
                   "Westfalenhallen. Lebensläufe ausdrucken (10x). Stände: Rheinfracht, HLS, Trixa!", allday=True)
    return Ev("job-fair-visit-de", "de", ics, uid, 0, trap="job-fair-names-employers-de", tool="GMX Kalender")


def reference_de() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000070CDAF6B4E95DB01000000000000000010000000"
           "AA55AA55AA55AA55AA55AA55AA55AA55")
    desc = (
        "Fr. Gerdes (HR Trixa Fulfillment) ruft an wegen Referenz für Tim Lehmann (war 2022–2025 "
        "Schichtleiter bei uns). Mit Bernd abgestimmt: nur Fakten, Zuverlässigkeit, Führung."
    )
    ics = cal(
        OUTLOOK16.replace("METHOD:REQUEST", "METHOD:PUBLISH"),
        TZ_WEU,
        f"""
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20261208T083000Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20261211T113000
DTSTAMP:20261208T083000Z
DTSTART;TZID="W. Europe Standard Time":20261211T111500
ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Referenzgespräch Tim Lehmann – Anruf Trixa
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    )
    return Ev("reference-referee-de", "de", ics, uid, 0, trap="reference-call-user-is-referee-de", tool="Outlook")


def reference_en() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000080DEB07C5FA6DB01000000000000000010000000"
           "BB66BB66BB66BB66BB66BB66BB66BB66")
    desc = (
        "Dear Marta,\n\nthank you for agreeing to act as a referee for Oksana Petrenko, who has applied for a "
        "Shift Manager position with Halden Logistics in Felixstowe. The call should take about 20 minutes; "
        "I will ask about her responsibilities, leadership and reasons for leaving.\n\nKind regards\n"
        "Gemma Price\nHR Advisor, Halden Logistics Ltd"
    )
    ics = cal(
        OUTLOOK16,
        f"""
BEGIN:VEVENT
ATTENDEE;CN="Kowalska, Marta";RSVP=TRUE:mailto:{WORK}
CLASS:PUBLIC
CREATED:20270111T150000Z
DESCRIPTION:{esc(desc)}
DTEND:20270115T122000Z
DTSTAMP:20270111T150000Z
DTSTART:20270115T120000Z
LOCATION:Phone – Gemma will call +49 231 556 210-14
ORGANIZER;CN="Price, Gemma":mailto:gemma.price@haldenlogistics.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Reference call – Oksana Petrenko
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
""",
    )
    return Ev("reference-referee-en", "en", ics, uid, 0, trap="reference-call-user-is-referee-en", tool="Outlook")


def recruiter_anon_de() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000090EFC18D60B7DB01000000000000000010000000"
           "CC77CC77CC77CC77CC77CC77CC77CC77")
    desc = (
        "Hallo Frau Kowalska,\n\ndanke für Ihren Rückruf. Wie angedeutet: Mein Mandant (mittelständischer "
        "Lebensmittelgroßhändler, Raum Münster) möchte seinen Namen in dieser frühen Phase noch nicht nennen. "
        "Ich stelle Ihnen die Position Leitung Logistik vor und wir schauen, ob es grundsätzlich passt.\n\n"
        "Beste Grüße\nDaniel Fuchs\nRuhrtalent Personalberatung GmbH"
    )
    ics = cal(
        OUTLOOK16,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
CLASS:PUBLIC
CREATED:20261130T120000Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20261202T183000
DTSTAMP:20261130T120000Z
DTSTART;TZID="W. Europe Standard Time":20261202T180000
LOCATION:Telefon
ORGANIZER;CN="Fuchs, Daniel":mailto:d.fuchs@ruhrtalent-personal.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefonat Ruhrtalent – vertrauliche Position Leitung Logistik
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
""",
    )
    return Ev("recruiter-anonymous-de", "de", ics, uid, 0, trap="recruiter-call-no-employer-de", tool="Outlook")


def recruiter_anon_en() -> Ev:
    uid = "kestrel-intro-20261130-mk@kestrelsearch.co.uk"
    desc = (
        "Hi Marta,\n\nthanks for connecting. I'm running a confidential Head of Logistics search for a client "
        "in NRW (pharma distribution) and would love a quick intro call to understand your background "
        "before I share details.\n\nJames\n\n" + zoom("en", "James Whitfield", "871 5502 3349", "S2VzdHJlbDAxMg09")
    )
    ics = cal(
        "PRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261125T170000Z
DTSTART:20261130T170000Z
DTEND:20261130T172000Z
SUMMARY:Intro call – Kestrel Search / Marta Kowalska
DESCRIPTION:{esc(desc)}
LOCATION:Zoom
ORGANIZER;CN=James Whitfield:mailto:james.whitfield@kestrelsearch.co.uk
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
END:VEVENT
""",
    )
    return Ev("recruiter-anonymous-en", "en", ics, uid, 0, trap="headhunter-intro-no-employer-en", tool="Zoom")


def prep_de() -> Ev:
    uid = "20261205T200022Z-5521-1b7d@kalender.gmx.net"
    ics = _private(uid, "Vorbereitung Fallstudie Westkamp", "20270106T190000", "20270106T213000",
                   "Bestandsplanung 2 Lieferanten, Saisonkurve – Folien fertig machen, 20 Min. üben.")
    return Ev("prep-block-de", "de", ics, uid, 0, trap="prep-block-names-employer-de", tool="GMX Kalender")


def prep_en() -> Ev:
    uid = "6y0u4i8o2p5a9s3d7f1g5h9j3k@google.com"
    ics = cal(
        GOOGLE.replace("METHOD:REQUEST", "METHOD:PUBLISH"),
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270119T190000
DTEND;TZID=Europe/Berlin:20270119T210000
DTSTAMP:20270112T200000Z
UID:{uid}
CREATED:20270112T200000Z
DESCRIPTION:{esc("STAR stories: peak 2025, WMS go-live, night shift absenteeism. Read up on AMR fleets.")}
LAST-MODIFIED:20270112T200000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep: Amberline tech deep-dive
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("prep-block-en", "en", ics, uid, 0, trap="prep-block-names-employer-en", tool="Google Calendar")


def thank_you_todo() -> Ev:
    uid = "20261205T200033Z-6630-2c8e@kalender.gmx.net"
    ics = _private(uid, "Dankesmail an Fernbrück (Dr. Vogel) schicken", "20261211T080000", "20261211T081500")
    return Ev("todo-thank-you-de", "de", ics, uid, 0, trap="todo-names-employer-de", tool="GMX Kalender")


def deadline() -> Ev:
    uid = "20261205T200044Z-7741-3d9f@kalender.gmx.net"
    ics = _private(uid, "Bewerbungsfrist Stadtwerke Castrop-Rauxel – Leitung Materialwirtschaft", "20261207",
                   "20261208", "Kennziffer 03/2026, Unterlagen als ein PDF!", allday=True)
    return Ev("deadline-allday-de", "de", ics, uid, 0, trap="application-deadline-de", tool="GMX Kalender")


def ihk_examiner() -> Ev:
    uid = "pruefung-fl-2027-w-0117@ihk-pruefungen.example.de"
    desc = (
        "Sehr geehrte Prüferin, sehr geehrter Prüfer,\n\nhiermit laden wir Sie zur mündlichen Prüfung "
        "(fallbezogenes Fachgespräch) im Ausbildungsberuf Fachlagerist/in ein. Es sind 6 Prüflinge "
        "eingeplant. Bitte bringen Sie Ihren Prüferausweis mit.\n\nPrüfungsausschuss Lager 3\n"
        "IHK-Prüfungswesen Ruhr"
    )
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN=IHK Prüfungswesen:mailto:pruefungen@ihk-pruefungen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalska, Marta":mailto:{WORK}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Mündliche Prüfung Fachlagerist – Prüfungsausschuss Lager 3
DTSTART;TZID=W. Europe Standard Time:20270129T080000
DTEND;TZID=W. Europe Standard Time:20270129T140000
CLASS:PUBLIC
DTSTAMP:20261215T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Berufskolleg Logistik\\, Raum 214
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
""",
    )
    return Ev("ihk-examiner-de", "de", ics, uid, 0, trap="exam-board-user-is-examiner-de", tool="Exchange")


def vendor() -> Ev:
    uid = "jungmann-termin-2026-4471@jungmann-ffz.de"
    desc = (
        "Guten Tag Frau Kowalska,\n\nwie besprochen stellen wir Ihnen unser Leasingangebot für 6 "
        "Schubmaststapler inkl. Full-Service vor und schauen uns vor Ort die Ladeinfrastruktur an.\n\n"
        "Mit freundlichen Grüßen\nMarkus Jungmann\nJungmann Flurförderzeuge GmbH"
    )
    ics = _google(uid, "Lieferantengespräch Jungmann – Stapler-Leasing 2027", desc, "20261218T100000",
                  "20261218T113000", "m.jungmann@jungmann-ffz.de", me=WORK)
    return Ev("vendor-meeting-de", "de", ics, uid, 0, trap="supplier-meeting-de", tool="Google Calendar")


def user_research_es() -> Ev:
    uid = "0a4s8d2f6g1h5j9k3l7z1x5c9v@google.com"
    desc = (
        "Hola Marta:\n\nGracias por participar en nuestro estudio. Se trata de una entrevista de usuario de "
        "30 minutos sobre cómo planificas los turnos y el inventario en tu almacén. No hay respuestas "
        "correctas ni incorrectas. Hablaremos en inglés si lo prefieres.\n\nUn saludo,\nNuria Gil\n"
        f"Investigación de usuarios, Almaflow\n\n{meet('es', 'cpd-wnvz-kiy')}"
    )
    ics = _google(uid, "Entrevista de usuario – software de gestión de almacenes (30 min)", desc,
                  "20270114T173000", "20270114T180000", "nuria.gil@almaflow.es", tz="Europe/Madrid",
                  extra="X-GOOGLE-CONFERENCE:https://meet.google.com/cpd-wnvz-kiy\n")
    return Ev("user-research-es", "es", ics, uid, 0, trap="user-research-interview-es", tool="Google Calendar")


def press_fr() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000A0F0D29E71C8DB01000000000000000010000000"
           "DD88DD88DD88DD88DD88DD88DD88DD88")
    desc = (
        "Bonjour Madame Kowalska,\n\nMerci d'avoir accepté cette interview pour notre dossier « Femmes "
        "managers en logistique » dans la revue Entrepôts & Flux. L'échange durera environ 40 minutes, "
        "en anglais ou en français.\n\nBien à vous,\nÉlodie Marchand, journaliste\n\n"
        + teams("fr", "352 608 119 473", "Ef7qP3", "ZjA4YjJhNjQtYTkzNy00MzQ4LWI5OTItYzg4YjM2MmU2ZDQx")
    )
    ics = cal(
        OUTLOOK16,
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
CLASS:PUBLIC
CREATED:20270105T090000Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Romance Standard Time":20270121T124000
DTSTAMP:20270105T090000Z
DTSTART;TZID="Romance Standard Time":20270121T120000
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Marchand, Élodie":mailto:e.marchand@entrepots-flux.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-fr:Interview Entrepôts & Flux – Marta Kowalska
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
""",
    )
    return Ev("press-interview-fr", "fr", ics, uid, 0, trap="press-interview-windows-tz-missing-fr",
              tool="Outlook")


def contract_signing() -> Ev:
    uid = "C7A1E5B9-3D2F-4C8A-B6E0-9F4D2A8C1E73"
    ics = cal(
        APPLE_IOS,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
CREATED:20270215T191000Z
DTEND;TZID=Europe/Berlin:20270222T100000
DTSTAMP:20270215T191005Z
DTSTART;TZID=Europe/Berlin:20270222T090000
LOCATION:Fernbrück Pharma Logistics\\, Bönen – Empfang
SEQUENCE:0
SUMMARY:Vertrag unterschreiben Fernbrück + Onboarding-Infos
DESCRIPTION:{esc("Bei Fr. Sommerfeld (HR). Steuer-ID, SV-Ausweis, Bankverbindung mitnehmen. Startdatum 1.4.")}
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
""",
    )
    return Ev("contract-signing-de", "de", ics, uid, 0, trap="contract-signing-after-offer-de", tool="Apple iOS")


def webinar_en() -> Ev:
    uid = "scc-webinar-2027-02-interviewing@supplychaincircle.de"
    desc = (
        "Thank you for registering!\n\nWebinar: Interviewing for Supply Chain Roles – what hiring managers "
        "in planning really ask\nSpeakers: two S&OP leads and a recruiter from our member network\n\n"
        "Join via Zoom Webinar: https://us06web.zoom.us/w/86610043321?tk=scc2027\n\nSupply Chain Circle Germany e.V."
    )
    ics = cal(
        "PRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:PUBLISH",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270120T100000Z
DTSTART:20270204T170000Z
DTEND:20270204T181500Z
SUMMARY:Webinar: Interviewing for Supply Chain Roles
DESCRIPTION:{esc(desc)}
LOCATION:https://us06web.zoom.us/w/86610043321?tk=scc2027
ORGANIZER;CN=Supply Chain Circle Germany:mailto:events@supplychaincircle.de
END:VEVENT
""",
    )
    return Ev("webinar-interviewing-en", "en", ics, uid, 0, trap="webinar-about-interviews-en", tool="Zoom")


EVENTS = [
    informational_en,
    job_fair_visit,
    reference_de,
    reference_en,
    recruiter_anon_de,
    recruiter_anon_en,
    prep_de,
    prep_en,
    thank_you_todo,
    deadline,
    ihk_examiner,
    vendor,
    user_research_es,
    press_fr,
    contract_signing,
    webinar_en,
]
