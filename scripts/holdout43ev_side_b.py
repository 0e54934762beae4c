"""holdout43 negatives, the user on the hiring side at Ruhrlog Spedition (part B): candidates in Polish,
English and French, the apprentice selection day, calibration, a moved candidate interview, phone screens the
user makes, shadowing a colleague, the job profile, booth duty and the interviewer training."""

from __future__ import annotations

from holdout43ev_boiler import teams
from holdout43ev_ics import EXCHANGE, GOOGLE, OUTLOOK16, TZ_BERLIN, TZ_WEU, WORK, Ev, cal, esc

POHL = 'ORGANIZER;CN="Pohl, Sandra":mailto:s.pohl@ruhrlog-spedition.de'
ME = f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalska, Marta":mailto:{WORK}'


def _outlook(uid: str, summary: str, desc: str, start: str, end: str, people: str, loc: str, lang: str = "de",
             method: str = "REQUEST", seq: int = 0) -> str:
    return cal(
        OUTLOOK16.replace("METHOD:REQUEST", f"METHOD:{method}"),
        TZ_WEU,
        f"""
BEGIN:VEVENT
{people}
CLASS:PUBLIC
CREATED:20261201T120000Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":{end}
DTSTAMP:20261201T120000Z
DTSTART;TZID="W. Europe Standard Time":{start}
LAST-MODIFIED:20261201T120000Z
LOCATION:{esc(loc)}
PRIORITY:5
SEQUENCE:{seq}
SUMMARY;LANGUAGE={lang}:{esc(summary)}
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )


def _oluid(tail: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + "20B1C2D3E491DB01000000000000000010000000" + tail


def polish_candidate() -> Ev:
    uid = _oluid("0A1B2C3D4E5F60718293A4B5C6D7E8F9")
    desc = (
        "Dzień dobry Panie Marku,\n\nzapraszam na rozmowę w sprawie pracy na stanowisku magazyniera (zmiana "
        "nocna) w Ruhrlog Spedition w Dortmundzie. Rozmowa odbędzie się po polsku i po niemiecku. Proszę "
        "zgłosić się na portierni przy bramie 2.\n\nPozdrawiam\nMarta Kowalska\nKierownik zespołu magazynu\n"
        "Ruhrlog Spedition GmbH"
    )
    people = f"""ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
ATTENDEE;CN=marek.zielinski88@wp.pl;RSVP=TRUE:mailto:marek.zielinski88@wp.pl"""
    ics = _outlook(uid, "Rozmowa z kandydatem – Marek Zieliński (magazynier, zmiana nocna)", desc,
                   "20261211T150000", "20261211T154500", people, "Ruhrlog Dortmund – biuro kierownika magazynu",
                   "pl")
    return Ev("hiring-candidate-pl", "pl", ics, uid, 0, trap="user-as-interviewer-candidate-wp-pl", tool="Outlook")


def english_candidate() -> Ev:
    uid = _oluid("1B2C3D4E5F60718293A4B5C6D7E8F90A")
    desc = (
        "Dear Mr. Nasser,\n\nthank you for your application as Warehouse Supervisor (m/f/d). As discussed, "
        "the interview will be held in English. Your interviewers will be Marta Kowalska (Team Lead "
        "Warehouse) and Bernd Thiele (Site Manager Dortmund).\n\nKind regards\nSandra Pohl\nHR\n"
        "Ruhrlog Spedition GmbH\n\n"
        + teams("en", "390 552 118 264", "Ah3yU7", "ODY1ZTQ5M2QtZjU4Ny00YTA5LWE5ZmItNmRjZmQ2MzAyZjQw")
    )
    people = f"""{POHL}
{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thiele, Bernd":mailto:b.thiele@ruhrlog-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ahmed Nasser:mailto:ahmed.nasser@outlook.com"""
    ics = _outlook(uid, "Interview Warehouse Supervisor – Ahmed Nasser (in English)", desc, "20261221T130000",
                   "20261221T140000", people, "Microsoft Teams Meeting", "en-us")
    return Ev("hiring-teams-candidate-en", "en", ics, uid, 0, trap="user-as-interviewer-teams-en", tool="Outlook")


def azubi_day() -> Ev:
    uid = "ruhrlog-ausbildung-2027-auswahltag-01@ruhrlog-spedition.de"
    desc = (
        "Auswahltag Ausbildung Fachkraft für Lagerlogistik / Fachlagerist 2027\n12 Bewerber:innen, "
        "Gruppenaufgabe (Palettenbau), Einstellungstest, Einzelgespräche à 15 Min.\nJury: M. Kowalska, "
        "J. Hellwig, S. Pohl\nMittagessen für Jury und Bewerber:innen in der Kantine ist bestellt."
    )
    ics = cal(
        EXCHANGE,
        f"""
BEGIN:VEVENT
ORGANIZER;CN=Ausbildung Ruhrlog:mailto:ausbildung@ruhrlog-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kowalska, Marta":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hellwig, Jörg":mailto:j.hellwig@ruhrlog-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pohl, Sandra":mailto:s.pohl@ruhrlog-spedition.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Azubi-Auswahltag Fachkraft für Lagerlogistik 2027 (Jury)
DTSTART;VALUE=DATE:20270122
DTEND;VALUE=DATE:20270123
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261207T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungsraum EG
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
""",
    )
    return Ev("hiring-azubi-allday-de", "de", ics, uid, 0, trap="user-as-interviewer-apprentice-jury-de",
              tool="Exchange")


def video_candidate() -> Ev:
    uid = _oluid("2C3D4E5F60718293A4B5C6D7E8F90A1B")
    desc = (
        "Guten Tag Herr Melnyk,\n\nvielen Dank für Ihre Bewerbung als Teamleiter Inventur. Anbei der Link für "
        "unser Videointerview; Frau Pohl aus der Personalabteilung ist ebenfalls dabei.\n\nMit freundlichen "
        "Grüßen\nMarta Kowalska\nTeamleitung Lager\n\n"
        + teams("de", "365 880 412 097", "Vb8mE1", "MjZjNDNlNzgtNWY1OC00OGRlLTlkYTQtZjE0YjVkMDQ0ZmQz")
    )
    people = f"""ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
ATTENDEE;CN=a.melnyk@ukr.net;RSVP=TRUE:mailto:a.melnyk@ukr.net
ATTENDEE;CN="Pohl, Sandra";RSVP=TRUE:mailto:s.pohl@ruhrlog-spedition.de"""
    ics = _outlook(uid, "Videointerview Teamleiter Inventur – Andrii Melnyk", desc, "20270111T140000",
                   "20270111T144500", people, "Microsoft Teams-Besprechung")
    return Ev("hiring-video-candidate-de", "de", ics, uid, 0, trap="user-as-interviewer-video-ukrnet-de",
              tool="Outlook")


def calibration() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000030C2D3E4F5A2DB01000000000000000010000000"
           "3D4E5F60718293A4B5C6D7E8F90A1B2C")
    desc = (
        "Bitte die drei Profile (Kuhlmann, Nguyen, Petrović) vorher anschauen. Ziel: wer kommt in die zweite "
        "Runde für die Disposition, wer bekommt eine Absage.\n\nBernd"
    )
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN="Thiele, Bernd":mailto:b.thiele@ruhrlog-spedition.de
{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pohl, Sandra":mailto:s.pohl@ruhrlog-spedition.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Abstimmung Bewerber Disposition – Runde 2?
DTSTART;TZID=W. Europe Standard Time:20270112T083000
DTEND;TZID=W. Europe Standard Time:20270112T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270108T161200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Standortleitung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    )
    return Ev("hiring-calibration-de", "de", ics, uid, 0, trap="user-as-interviewer-calibration-de",
              tool="Exchange")


def erasmus_fr() -> Ev:
    uid = _oluid("4E5F60718293A4B5C6D7E8F90A1B2C3D")
    desc = (
        "Bonjour Camille,\n\nJe vous propose un entretien en visio pour le stage Erasmus+ de six mois dans "
        "notre entrepôt de Dortmund (réception, préparation de commandes, amélioration continue). "
        "L'entretien se fera en français et en anglais.\n\nCordialement,\nMarta Kowalska\nChef d'équipe "
        "entrepôt\nRuhrlog Spedition GmbH\n\n"
        + teams("fr", "327 441 906 582", "Cr5tL8", "YzhmNGVhOTctMzI2MC00MTk0LWJlZjEtOWRkNTc1YjY4YzA5")
    )
    people = f"""ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
ATTENDEE;CN=camille.roux@etu.univ-lille.fr;RSVP=TRUE:mailto:camille.roux@etu.univ-lille.fr"""
    ics = _outlook(uid, "Entretien stage Erasmus – Camille Roux (logistique)", desc, "20270114T160000",
                   "20270114T163000", people, "Réunion Microsoft Teams", "fr-fr")
    return Ev("hiring-erasmus-fr", "fr", ics, uid, 0, trap="user-as-interviewer-intern-fr", tool="Outlook")


def moved_candidate() -> Ev:
    uid = _oluid("5F60718293A4B5C6D7E8F90A1B2C3D4E")
    desc = (
        "Neuer Termin auf Wunsch des Bewerbers (Frühschicht beim aktuellen Arbeitgeber). "
        "Gesprächspartnerin bleibt Frau Kowalska, ich bin zu Beginn kurz dabei.\n\nSandra Pohl"
    )
    people = f"""{POHL}
{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=r.batista@gmx.net:mailto:r.batista@gmx.net"""
    ics = _outlook(uid, "Verschoben: Vorstellungsgespräch Kommissionierer – Herr Batista", desc,
                   "20270119T150000", "20270119T153000", people, "DO Besprechung 1.04", seq=1)
    return Ev("hiring-rescheduled-de", "de", ics, uid, 0, trap="user-as-interviewer-rescheduled-gmx-candidate-de",
              tool="Outlook")


def phone_screen_by_user() -> Ev:
    uid = _oluid("60718293A4B5C6D7E8F90A1B2C3D4E5F")
    desc = "Ich rufe an. Fragen: Erfahrung Schichtplanung, Wochenenden, Kündigungsfrist, Gehaltsvorstellung."
    people = f'ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}'
    ics = _outlook(uid, "Telefoninterview Bewerberin Schichtleitung – Fr. Lehmann (0176 4410 9932)", desc,
                   "20261209T081500", "20261209T084500", people, "Telefon", method="PUBLISH")
    return Ev("hiring-phone-by-user-de", "de", ics, uid, 0, trap="user-as-interviewer-phone-screen-de",
              tool="Outlook")


def shadowing() -> Ev:
    uid = "1c9e5a3f7b2d4068@ruhrlog-spedition.de"
    desc = (
        "Zur Einarbeitung in die Interviewführung: Marta hört beim Gespräch mit Kandidat Hr. Brandl "
        "(Disponent Nahverkehr) zu, danach 15 Min. Nachbesprechung.\n\nJörg"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261203T130000
DTEND;TZID=Europe/Berlin:20261203T141500
DTSTAMP:20261126T080000Z
ORGANIZER;CN=Jörg Hellwig:mailto:j.hellwig@ruhrlog-spedition.de
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jörg Hellwig;X-NUM-GUESTS=0:mailto:j.hellwig@ruhrlog-spedition.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marta Kowalska;X-NUM-GUESTS=0:mailto:{WORK}
DESCRIPTION:{esc(desc)}
LOCATION:Büro Disposition
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hospitation Interview Disponent – Marta sitzt mit
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("hiring-shadowing-de", "de", ics, uid, 0, trap="user-as-interviewer-shadowing-de",
              tool="Google Calendar")


def job_profile() -> Ev:
    uid = _oluid("718293A4B5C6D7E8F90A1B2C3D4E5F60")
    desc = (
        "Anforderungsprofil Schichtleitung Nacht, Gehaltsband, Freigabe der Stellenanzeige (StepStone / "
        "Indeed / Agentur für Arbeit). Bitte Entwurf vorher lesen.\n\nSandra"
    )
    people = f"""{POHL}
{ME}"""
    ics = _outlook(uid, "Stellenprofil Schichtleitung Nacht abstimmen", desc, "20261202T140000",
                   "20261202T143000", people, "Büro Personal")
    return Ev("hiring-job-profile-de", "de", ics, uid, 0, trap="user-as-interviewer-job-profile-de", tool="Outlook")


def booth_duty() -> Ev:
    uid = "ruhrlog-messe-2027-03@ruhrlog-spedition.de"
    desc = (
        "Standdienst Ruhrlog auf der Ausbildungsmesse: Stand B14. Mit zwei Azubis, Flyer und Give-aways "
        "nicht vergessen. Gespräche mit Schüler:innen und Eltern, Bewerbungsmappen entgegennehmen, "
        "Kontaktdaten in die Liste."
    )
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN=Ausbildung Ruhrlog:mailto:ausbildung@ruhrlog-spedition.de
{ME}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Standdienst Ruhrlog – Ausbildungsmesse Dortmund (Westfalenhallen)
DTSTART;TZID=W. Europe Standard Time:20270227T090000
DTEND;TZID=W. Europe Standard Time:20270227T150000
CLASS:PUBLIC
DTSTAMP:20270110T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Westfalenhallen Dortmund\\, Halle 3B
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
""",
    )
    return Ev("hiring-booth-duty-de", "de", ics, uid, 0, trap="user-as-interviewer-job-fair-booth-de",
              tool="Exchange")


def interviewer_training() -> Ev:
    uid = _oluid("8293A4B5C6D7E8F90A1B2C3D4E5F6071")
    desc = (
        "Inhouse-Schulung für alle Führungskräfte mit Personalverantwortung: strukturierte Interviews, "
        "Fragetechniken, Beurteilungsfehler, AGG (was darf ich Bewerber:innen fragen, was nicht?). "
        "Referentin: Dr. Ulrike Saß, Personalentwicklung.\n\nSandra"
    )
    people = f"""{POHL}
{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hellwig, Jörg":mailto:j.hellwig@ruhrlog-spedition.de"""
    ics = _outlook(uid, "Schulung: Strukturierte Interviews & AGG für Führungskräfte", desc, "20270125T090000",
                   "20270125T130000", people, "Schulungsraum EG")
    return Ev("hiring-interviewer-training-de", "de", ics, uid, 0, trap="user-as-interviewer-training-class-de",
              tool="Outlook")


EVENTS = [
    polish_candidate,
    english_candidate,
    azubi_day,
    video_candidate,
    calibration,
    erasmus_fr,
    moved_candidate,
    phone_screen_by_user,
    shadowing,
    job_profile,
    booth_duty,
    interviewer_training,
]
