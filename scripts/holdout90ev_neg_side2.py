"""holdout90 (part 2): the user on the hiring side at Elbe Logistik Gruppe (negatives; blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_WORK, att, cal, desc, ev, org

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 341 660 228 975
Passcode: tY7kP3
________________________________________________________________________________"""


def _ev(uid: str, start: str, end: str, summary: str, people: list[str], d: str, loc: str = "") -> str:
    lines = "\n".join(people)
    return f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250310T080000Z
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
SUMMARY:{summary}
{lines}
LOCATION:{loc}
{desc(d)}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""


def _o(body: str) -> str:
    return cal(OUTLOOK, body, tzids=("W. Europe Standard Time",))


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    # English Teams interview with an IT candidate
    d = "Hi Priya,\nlooking forward to our conversation about the IT Business Analyst (TMS) role.\nJana\n\n" + TEAMS_EN
    people = [
        org(ME_WORK, "Petersen, Jana"),
        att("priya.raman.mail@gmail.com", "Priya Raman"),
        att("j.becker@elbe-logistik-gruppe.de", "Becker, Jan"),
    ]
    body = _ev(
        "040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB0100000000000000001000000090ABCDEF",
        "20250325T100000",
        "20250325T110000",
        "Interview - IT Business Analyst TMS (f/m/d) - Priya Raman",
        people,
        d,
        "Microsoft Teams Meeting",
    )
    out.append(ev("teams-host-it-en", _o(body), 0, trap="user-as-interviewer-teams-en"))

    # preparing the interview guide
    body = """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250505T083000
DTEND;TZID=Europe/Berlin:20250505T100000
DTSTAMP:20250430T070000Z
UID:5u7w9y1a3c5e7g9i1k3m5o7q9s@google.com
SUMMARY:Interviewleitfaden + Bewertungsmatrix Azubi-Auswahltag finalisieren
DESCRIPTION:Fragen aus 2024 überarbeiten\\, Gruppenaufgabe Lagerplanung\\, B
 eobachterbögen drucken (x12)
END:VEVENT"""
    out.append(
        ev(
            "interview-kit-prep-de",
            cal(GOOGLE, body, method="PUBLISH", tzids=("Europe/Berlin",)),
            0,
            trap="user-as-interviewer-kit-de",
        )
    )

    # all-day apprentice selection day, the user organises
    d = (
        "Auswahltag für die Ausbildung Kaufleute für Spedition und Logistikdienstleistung 2025: 12 Bewerberinnen "
        "und Bewerber, Einzelgespräche mit Jana Petersen und den Ausbildern, Gruppenübung, Betriebsrundgang."
    )
    body = f"""BEGIN:VEVENT
UID:ELG-AZUBI-AT-2025-05-07
DTSTAMP:20250415T080000Z
DTSTART;VALUE=DATE:20250507
DTEND;VALUE=DATE:20250508
SUMMARY:Azubi-Auswahltag Kaufleute Spedition & Logistik
{org(ME_WORK, "Petersen, Jana")}
{att("ausbildung@elbe-logistik-gruppe.de", "Ausbildung ELG")}
{att("h.graf@elbe-logistik-gruppe.de", "Graf, Heiko")}
LOCATION:Zentrale\\, Schulungszentrum
{desc(d)}
TRANSP:OPAQUE
END:VEVENT"""
    out.append(ev("allday-selection-day-de", _o(body), 0, trap="user-as-interviewer-allday-de"))

    # phone screen the user runs
    d = "Telefoninterview zur Bewerbung Lohn- und Gehaltsbuchhaltung (Teilzeit). Fr. Lindner ist ab 16 Uhr erreichbar."
    people = [org(ME_WORK, "Petersen, Jana"), att("annika.lindner@freenet.de", "Annika Lindner")]
    body = _ev(
        "040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB010000000000000000100000001A2B3C4D",
        "20250320T161500",
        "20250320T164500",
        "Telefoninterview Frau Lindner (Lohnbuchhaltung)",
        people,
        d,
        "Telefon 0162 4471 993",
    )
    out.append(ev("phone-screen-host-de", _o(body), 0, trap="user-as-interviewer-phone-screen-de"))

    # a hiring manager invites the user to join the second interview
    d = (
        "Hallo Jana,\nbitte sei beim Zweitgespräch mit Herrn Maaß dabei - du übernimmst den Teil zu Gehalt, "
        "Kündigungsfrist und Benefits.\nGruß Jörg"
    )
    people = [
        org("j.hoffmann@elbe-logistik-gruppe.de", "Hoffmann, Jörg"),
        att(ME_WORK, "Petersen, Jana"),
        att("stefan.maass@gmail.com", "Stefan Maaß"),
    ]
    body = _ev(
        "040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB010000000000000000100000005E6F7A8B",
        "20250410T090000",
        "20250410T103000",
        "Zweitgespräch Hr. Maaß - Leitung Fuhrpark",
        people,
        d,
        "Raum 4.02 (Fuhrpark)",
    )
    out.append(ev("hm-invites-user-de", _o(body), 0, trap="user-as-interviewer-second-round-de"))

    # decision meeting
    d = "Besetzung Regionalleitung Nord: Vergleich der zwei Finalisten, Gehaltsband, Zustimmung Betriebsrat (§ 99)."
    people = [
        org(ME_WORK, "Petersen, Jana"),
        att("r.aden@elbe-logistik-gruppe.de", "Aden, Dr. Rolf"),
        att("c.brandes@elbe-logistik-gruppe.de", "Brandes, Claudia"),
    ]
    body = _ev(
        "040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB010000000000000000100000009C0D1E2F",
        "20250416T150000",
        "20250416T160000",
        "Besetzungsrunde Regionalleitung Nord",
        people,
        d,
        "GF-Besprechungsraum",
    )
    out.append(ev("hiring-committee-de", _o(body), 0, trap="user-as-interviewer-committee-de"))

    # job fair booth with on-the-spot interviews
    body = f"""BEGIN:VEVENT
UID:ELG-MESSE-2025-HH-01
DTSTAMP:20250401T080000Z
DTSTART;TZID=Europe/Berlin:20250424T093000
DTEND;TZID=Europe/Berlin:20250424T170000
SUMMARY:Jobmesse Hamburg - Stand Elbe Logistik (Bewerbergespräche vor Ort)
{org("marketing@elbe-logistik-gruppe.de", "Employer Branding ELG")}
{att(ME_WORK, "Jana Petersen")}
{att("n.yilmaz@elbe-logistik-gruppe.de", "Nuray Yilmaz")}
LOCATION:Messehallen Hamburg\\, Halle B6\\, Stand 214
{desc("Standdienst: Jana 9:30-13:00. Kurzinterviews mit Berufskraftfahrern und Lagerpersonal, Lebensläufe scannen.")}
END:VEVENT"""
    out.append(
        ev(
            "jobfair-booth-de",
            cal(OUTLOOK, body, tzids=("Europe/Berlin",)),
            0,
            trap="user-as-interviewer-jobfair-de",
        )
    )

    # French site: the user interviews a candidate
    d = (
        "Bonjour Madame Girard,\n\nSuite à votre candidature au poste de Responsable d'exploitation (H/F) pour notre "
        "site de Strasbourg, nous avons le plaisir de vous convier à un entretien avec Jana Petersen (RH, Hambourg) "
        "et Luc Meyer (Directeur de site).\n\nCordialement,\nJana Petersen"
    )
    people = [
        org(ME_WORK, "Petersen, Jana"),
        att("claire.girard@orange.fr", "Claire Girard"),
        att("l.meyer@elbe-logistik-gruppe.fr", "Meyer, Luc"),
    ]
    body = _ev(
        "040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DB01000000000000000010000000A1B2C3D5",
        "20250415T140000",
        "20250415T150000",
        "Entretien - Responsable d'exploitation Strasbourg - Claire Girard",
        people,
        d,
        "Microsoft Teams",
    )
    out.append(ev("entretien-host-fr", _o(body), 0, trap="user-as-interviewer-fr"))

    # Spanish site
    d = (
        "Hola Lucía,\ngracias por tu interés en el puesto de Coordinadora de tráfico en Valencia. Te esperamos para "
        "una entrevista con Jana Petersen (RR. HH.) y Pablo Ortega (jefe de almacén).\nSaludos"
    )
    people = [
        org(ME_WORK, "Petersen, Jana"),
        att("lucia.navarro.v@hotmail.es", "Lucía Navarro"),
        att("p.ortega@elbe-logistik-gruppe.es", "Ortega, Pablo"),
    ]
    body = _ev(
        "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000B2C3D4E6",
        "20250508T110000",
        "20250508T120000",
        "Entrevista - Coordinadora de tráfico Valencia - Lucía Navarro",
        people,
        d,
        "Microsoft Teams",
    )
    out.append(ev("entrevista-host-es", _o(body), 0, trap="user-as-interviewer-es"))

    # call to give a candidate the result
    body = """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250422T120000
DTEND;TZID=Europe/Berlin:20250422T121500
DTSTAMP:20250417T150000Z
UID:7w9y1a3c5e7g9i1k3m5o7q9s1u@google.com
SUMMARY:Rückruf Kandidatin Schulz - Zusage Teamleitung Kundenservice
DESCRIPTION:Angebot: 62k + Dienstwagen\\, Start 01.07. Vertrag per DocuSign
  danach.
END:VEVENT"""
    out.append(
        ev(
            "candidate-callback-de",
            cal(GOOGLE, body, method="PUBLISH", tzids=("Europe/Berlin",)),
            0,
            trap="user-as-interviewer-offer-call-de",
        )
    )

    # Microsoft Bookings page of the employer, the user as staff
    d = (
        "Neue Buchung\nDienst: Bewerbertag Berufskraftfahrer/in (20 Min.)\nKunde: Dariusz Nowicki "
        "(d.nowicki@wp.pl)\nMitarbeiterin: Jana Petersen\nHinweise: Führerschein CE, Fahrerkarte vorhanden"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000C3D4E5F7
DTSTAMP:20250411T090000Z
DTSTART;TZID=W. Europe Standard Time:20250417T094000
DTEND;TZID=W. Europe Standard Time:20250417T100000
SUMMARY:Bewerbertag Berufskraftfahrer/in - Dariusz Nowicki
{org("bewerbertag@elbe-logistik-gruppe.de", "Elbe Logistik Bewerbertag")}
{att(ME_WORK, "Jana Petersen", extra="X-BOOKINGS-STAFF=TRUE")}
{att("d.nowicki@wp.pl", "Dariusz Nowicki")}
LOCATION:Zentrale Hamburg\\, Empfang
{desc(d)}
END:VEVENT"""
    out.append(ev("bookings-host-de", _o(body), 0, trap="user-as-interviewer-bookings-de"))
    return out
