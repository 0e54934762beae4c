"""holdout43 interviews, part E: time shapes and states (a recurring assessment centre with an override, a
cancellation, a reschedule, an all-day trial day, floating entries) and a few more direct invites."""

from __future__ import annotations

from holdout43ev_boiler import meet, zoom
from holdout43ev_ics import (
    APPLE_MAC,
    EXCHANGE,
    FREE,
    GOOGLE,
    THUNDERBIRD,
    TZ_BERLIN,
    TZ_WEU,
    Ev,
    cal,
    esc,
    tz_olson,
)

EVZ_UID = ("040000008200E00074C5B7101A82E00800000000C0E4F1A2B391DB01000000000000000010000000"
           "77F1E2D3C4B5A69788796A5B4C3D2E1F")


def evz_recurring() -> Ev:
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nwir freuen uns, Sie zu unserem zweitägigen Assessment Center für die "
        "Position Bereichsleitung Lager (m/w/d) einzuladen. Beobachter sind Frau Dr. Petra Kuhn "
        "(Geschäftsführung) und Herr Jens Otto (Leiter Lagerbetrieb). Die Organisation liegt bei mir – "
        "bei Fragen erreichen Sie mich unter 0209 88412-130.\n\nTag 1: Gruppenübung, Präsentation, Interview\n"
        "Tag 2: Fallstudie Schichtplanung, Feedbackgespräch\n\nMit freundlichen Grüßen\nCarina Schmitz\n"
        "Personalassistenz\nEmscher Verteilzentrum GmbH (EVZ)"
    )
    day2 = (
        "Hinweis: Tag 2 beginnt wegen einer Betriebsversammlung erst um 9:00 Uhr und endet gegen 13:00 Uhr.\n\n"
        + desc
    )
    head = f"""
ORGANIZER;CN="Schmitz, Carina":mailto:c.schmitz@evz-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Kowalska:mailto:{FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kuhn, Petra, Dr.":mailto:p.kuhn@evz-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Otto, Jens":mailto:j.otto@evz-logistik.de
"""
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
{head}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
RRULE:FREQ=DAILY;COUNT=2
UID:{EVZ_UID}
SUMMARY;LANGUAGE=de-DE:Assessment Center Bereichsleitung Lager – EVZ Gelsenkirchen
DTSTART;TZID=W. Europe Standard Time:20270201T083000
DTEND;TZID=W. Europe Standard Time:20270201T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270114T100012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:EVZ Gelsenkirchen\\, Schulungszentrum\\, Emscherstraße 5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
{head}
DESCRIPTION;LANGUAGE=de-DE:{esc(day2)}
RECURRENCE-ID;TZID=W. Europe Standard Time:20270202T083000
UID:{EVZ_UID}
SUMMARY;LANGUAGE=de-DE:Assessment Center Bereichsleitung Lager – EVZ (Tag 2\\, Beginn 9:00)
DTSTART;TZID=W. Europe Standard Time:20270202T090000
DTEND;TZID=W. Europe Standard Time:20270202T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270114T100012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:EVZ Gelsenkirchen\\, Schulungszentrum\\, Emscherstraße 5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
""",
    )
    return Ev("exchange-recurring-ac-de", "de", ics, EVZ_UID, 1, "Emscher Verteilzentrum", "Bereichsleitung Lager",
              "onsite", "p.kuhn@evz-logistik.de;j.otto@evz-logistik.de", "recurring-assessment-center-override-de",
              "EVZ", "Exchange")


def kdt_cancel() -> Ev:
    uid = ("040000008200E00074C5B7101A82E008000000004012C7B8D58EDB01000000000000000010000000"
           "2C3D4E5F60718293A4B5C6D7E8F90A1B")
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nleider müssen wir unser Gespräch am 20.01. absagen, da sich die "
        "Ausschreibung Betriebsleitung Terminal kurzfristig geändert hat. Ich melde mich in den nächsten "
        "Tagen mit einem neuen Vorschlag.\n\nMit freundlichen Grüßen\nRainer Scholz\nKDT Kanalhafen Duisburg "
        "Terminal GmbH"
    )
    ics = cal(
        EXCHANGE.replace("METHOD:REQUEST", "METHOD:CANCEL"),
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN="Scholz, Rainer":mailto:r.scholz@kdt-duisburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Kowalska:mailto:{FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wiegand, Lars":mailto:l.wiegand@kdt-duisburg.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Betriebsleitung Terminal – KDT
DTSTART;TZID=W. Europe Standard Time:20270120T140000
DTEND;TZID=W. Europe Standard Time:20270120T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20270115T164020Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:KDT Verwaltung\\, Hafenkopf 2\\, 47119 Duisburg
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
""",
    )
    return Ev("exchange-cancel-de", "de", ics, uid, 1, "Kanalhafen Duisburg Terminal", "Betriebsleitung Terminal", "",
              "r.scholz@kdt-duisburg.de;l.wiegand@kdt-duisburg.de", "method-cancel-status-cancelled-de", "KDT",
              "Exchange")


def stadtwerke_reschedule() -> Ev:
    uid = "ox-cal-2027-0114-88451@stadtwerke-castrop-rauxel.de"
    desc = (
        "Sehr geehrte Frau Kowalska,\n\naufgrund einer Terminüberschneidung im Auswahlgremium müssen wir Ihr "
        "Vorstellungsgespräch für die Stelle Leitung Materialwirtschaft (Kennziffer 03/2026) vom 14.01.2027 "
        "auf Dienstag, den 19.01.2027, 13:00 Uhr verschieben. Wir bitten um Ihr Verständnis.\n\n"
        "Gesprächsteilnehmer: Herr Holger Bartsch (Bereichsleiter Technik), Frau Anna Kaminski (Personal)\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\nPersonalabteilung\nStadtwerke Castrop-Rauxel GmbH"
    )
    ics = cal(
        "PRODID:-//Open-Xchange//8.10.0//EN\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTAMP:20270108T092214Z
ATTENDEE;CN=Marta Kowalska;PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Bartsch, Holger";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:h.bartsch@stadtwerke-castrop-rauxel.de
ATTENDEE;CN="Kaminski, Anna";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:a.kaminski@stadtwerke-castrop-rauxel.de
CLASS:PUBLIC
CREATED:20261218T105501Z
DESCRIPTION:{esc(desc)}
DTEND;TZID=Europe/Berlin:20270119T140000
DTSTART;TZID=Europe/Berlin:20270119T130000
LAST-MODIFIED:20270108T092214Z
LOCATION:Verwaltungsgebäude\\, Westring 215\\, Raum 108
ORGANIZER;CN=Personalabteilung Stadtwerke:mailto:personal@stadtwerke-castrop-rauxel.de
SEQUENCE:2
SUMMARY:Neuer Termin: Vorstellungsgespräch Leitung Materialwirtschaft
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
""",
    )
    return Ev("ox-rescheduled-de", "de", ics, uid, 1, "Stadtwerke Castrop-Rauxel", "Leitung Materialwirtschaft", "",
              "h.bartsch@stadtwerke-castrop-rauxel.de;a.kaminski@stadtwerke-castrop-rauxel.de",
              "rescheduled-sequence2-mailbox-organizer-de", "", "Open-Xchange")


def klinikum_exchange() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000F09B2C4D6E95DB01000000000000000010000000"
           "ABCDEF0123456789ABCDEF0123456789")
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nim Auftrag von Herrn Hülsmann lade ich Sie zum Vorstellungsgespräch "
        "für die Position Leitung Zentrallager / Versorgungsassistenz am Klinikum Westfalen-Mitte (KWM) ein. "
        "Am Gespräch nehmen Herr Bernd Hülsmann (Leiter Einkauf und Logistik) und Frau Derya Kaya "
        "(Pflegedirektorin) teil; ein Mitglied des Betriebsrats ist anwesend.\n\nMit freundlichen Grüßen\n"
        "Monika Brinkhoff\nSekretariat Einkauf & Logistik"
    )
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN=Sekretariat Einkauf:mailto:sekretariat.einkauf@kwm-klinikum.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marta.kowalska@gmx.de:mailto:{FREE}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hülsmann, Bernd":mailto:b.huelsmann@kwm-klinikum.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kaya, Derya":mailto:d.kaya@kwm-klinikum.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="KWM Verwaltung Konferenzraum 3.OG":mailto:kr3og@k
 wm-klinikum.de
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Leitung Zentrallager / Versorgungsassistenz
DTSTART;TZID=W. Europe Standard Time:20270126T103000
DTEND;TZID=W. Europe Standard Time:20270126T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270112T124512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:KWM Verwaltung Konferenzraum 3.OG
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
""",
    )
    return Ev("exchange-secretariat-de", "de", ics, uid, 1, "Klinikum Westfalen-Mitte",
              "Leitung Zentrallager / Versorgungsassistenz", "", "b.huelsmann@kwm-klinikum.de;d.kaya@kwm-klinikum.de",
              "exchange-secretariat-organizer-room-de", "KWM", "Exchange")


def norvik_mac() -> Ev:
    uid = "C4E8A2F6-1B3D-4A5C-9E7F-0D2B4C6E8A1F"
    body = zoom("en", "Mette Holm", "823 6610 2947", "VnJ4a2JhY3RvZz09")
    desc = (
        "Hi Marta,\n\nthank you for your application for Supply Chain Planner (DACH) at Norvik Foods. "
        f"I'd like to invite you to a first interview over Zoom.\n\nBest regards\nMette Holm\nHR Manager\n"
        f"Norvik Foods A/S\n\n{body}"
    )
    ics = cal(
        APPLE_MAC,
        tz_olson("Europe/Copenhagen"),
        f"""
BEGIN:VEVENT
ATTENDEE;CN="Mette Holm";CUTYPE=INDIVIDUAL;EMAIL="mette.holm@norvikfoods.dk";PARTSTAT=ACCEPTED;ROLE=CHAIR:
 mailto:mette.holm@norvikfoods.dk
ATTENDEE;CN="marta.kowalska@gmx.de";CUTYPE=INDIVIDUAL;EMAIL="marta.kowalska@gmx.de";PARTSTAT=NEEDS-ACTION;
 ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{FREE}
CREATED:20261201T081100Z
DESCRIPTION:{esc(desc)}
DTEND;TZID=Europe/Copenhagen:20261204T094500
DTSTAMP:20261201T081129Z
DTSTART;TZID=Europe/Copenhagen:20261204T090000
LAST-MODIFIED:20261201T081100Z
LOCATION:Zoom
ORGANIZER;CN="Mette Holm";EMAIL="mette.holm@norvikfoods.dk":mailto:mette.holm@norvikfoods.dk
SEQUENCE:0
SUMMARY:Interview – Supply Chain Planner (DACH)\\, Norvik Foods
TRANSP:OPAQUE
UID:{uid}
URL;VALUE=URI:https://us02web.zoom.us/j/82366102947
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""",
    )
    return Ev("apple-mac-zoom-en", "en", ics, uid, 1, "Norvik Foods", "Supply Chain Planner (DACH)", "",
              "mette.holm@norvikfoods.dk", "apple-mac-direct-hr-en", "", "Apple Calendar")


def norvik_user_entry() -> Ev:
    uid = "e5b1c7d3-9f24-4a6e-8b0c-2d4f6a8c0e13"
    ics = cal(
        THUNDERBIRD,
        f"""
BEGIN:VEVENT
CREATED:20261214T195512Z
LAST-MODIFIED:20261214T195740Z
DTSTAMP:20261214T195740Z
UID:{uid}
SUMMARY:Norvik 2. Runde (Zoom) – Mette + Lars Nygaard
DTSTART:20261221T140000
DTEND:20261221T150000
DESCRIPTION:Link: https://us02web.zoom.us/j/85120447731?pwd=aXFrWnl2c0N\\n
 Lars = Head of Planning\\, wird mein Chef. Englisch! Beispiele S&OP\\, Fore
 cast-Genauigkeit parat haben.
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT
""",
    )
    return Ev("thunderbird-floating-user-de", "de", ics, uid, 1, "Norvik Foods", "", "",
              "mette holm;lars nygaard", "thunderbird-floating-user-typed-de", "", "Thunderbird")


def castellan_zoom() -> Ev:
    uid = "ZOOM84492017735"
    body = zoom("en", "Gareth Evans", "844 9201 7735", "Qm9sdGZ4ZEd2dz09", "castellanbev")
    ics = cal(
        "PRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH",
        f"""
BEGIN:VEVENT
DTSTAMP:20261216T152233Z
DTSTART:20261223T100000Z
DTEND:20261223T105000Z
SUMMARY:Logistics Manager interview - Marta Kowalska / Gareth Evans (Head of Supply Chain)
UID:{uid}
TZID:Europe/London
DESCRIPTION:{esc(body)}
LOCATION:https://castellanbev.zoom.us/j/84492017735?pwd=Qm9sdGZ4ZEd2dz09
ORGANIZER;CN=Gareth Evans:mailto:gareth.evans@castellanbev.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
""",
    )
    return Ev("zoom-ics-en", "en", ics, uid, 1, "Castellan Beverages", "Logistics Manager", "",
              "gareth.evans@castellanbev.com", "zoom-ics-organizer-only-en", "Castellan", "Zoom")


def bergmann_screen() -> Ev:
    uid = "4u7i1o8p2a5s9d3f6g0h4j7k1l@google.com"
    body = meet("de", "wqe-zrtb-mnh", "339 882 014")
    desc = (
        "Guten Tag Frau Kowalska,\n\nvielen Dank für Ihre Bewerbung als Schichtmanager (m/w/d) Tiefkühllager "
        "Werne. Wie telefonisch vereinbart, lernen wir uns in einem kurzen Videointerview (ca. 30 Minuten) "
        "kennen.\n\nFreundliche Grüße\nLisa Kranz\nPersonalreferentin\nBergmann Tiefkühl-Logistik GmbH\n\n"
        f"{body}"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261211T133000
DTEND;TZID=Europe/Berlin:20261211T140000
DTSTAMP:20261203T100011Z
ORGANIZER;CN=Lisa Kranz:mailto:lisa.kranz@bergmann-tk.de
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lisa Kranz;X-NUM-GUESTS=0:mailto:lisa.kranz@bergmann-tk.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
X-GOOGLE-CONFERENCE:https://meet.google.com/wqe-zrtb-mnh
CREATED:20261203T100010Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261203T100010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Videointerview Bergmann TK-Logistik – Schichtmanager (m/w/d)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-meet-screen-de", "de", ics, uid, 1, "Bergmann Tiefkühl-Logistik", "Schichtmanager",
              "recruiter_screen", "lisa.kranz@bergmann-tk.de", "google-meet-boilerplate-de",
              "Bergmann TK-Logistik|Bergmann TK|Bergmann", "Google Calendar")


def bergmann_trialday() -> Ev:
    uid = "8z2x6c0v4b7n1m5q9w3e7r1t5y@google.com"
    desc = (
        "Hallo Frau Kowalska,\n\nwie besprochen laden wir Sie zu einem Hospitationstag in Werne ein: Sie "
        "begleiten ab 6:00 Uhr die Frühschicht, lernen das Team und unsere Abläufe kennen und übernehmen am "
        "Vormittag die Schichtübergabe. Am Nachmittag folgt ein Abschlussgespräch mit Frau Kranz und mir.\n\n"
        "Bitte warme Kleidung mitbringen – Kälteschutzkleidung für den Tiefkühlbereich (-24 °C) stellen wir.\n\n"
        "Viele Grüße\nNils Bergmann\nBetriebsleiter Werne"
    )
    ics = cal(
        GOOGLE,
        f"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20270128
DTEND;VALUE=DATE:20270129
DTSTAMP:20261220T071545Z
ORGANIZER;CN=Nils Bergmann:mailto:nils.bergmann@bergmann-tk.de
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nils Bergmann;X-NUM-GUESTS=0:mailto:nils.bergmann@bergmann-tk.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lisa Kranz;X-NUM-GUESTS=0:mailto:lisa.kranz@bergmann-tk.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
CREATED:20261220T071544Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20261220T071544Z
LOCATION:Bergmann Tiefkühl-Logistik\\, Lippestraße 40\\, 59368 Werne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hospitationstag Schichtmanager – Bergmann TK Werne
TRANSP:TRANSPARENT
END:VEVENT
""",
    )
    return Ev("google-allday-trialday-de", "de", ics, uid, 1, "Bergmann Tiefkühl-Logistik", "Schichtmanager",
              "technical", "nils.bergmann@bergmann-tk.de;lisa.kranz@bergmann-tk.de", "all-day-trial-day-de",
              "Bergmann TK-Logistik|Bergmann TK|Bergmann", "Google Calendar")


def palettio_note() -> Ev:
    uid = "20261211T213344Z-8812-4f0e@kalender.gmx.net"
    ics = cal(
        "PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE\nVERSION:2.0",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261211T213344Z
CREATED:20261211T213344Z
DTSTART;TZID=Europe/Berlin:20261218T170000
DTEND;TZID=Europe/Berlin:20261218T181500
SUMMARY:Palettio Case mit Jonas + Svenja (Meet)
DESCRIPTION:Case: Palettentausch-Netzwerk NRW aufbauen – 3 Slides\\, bis Do
 nnerstag an Jonas schicken! Svenja = Mitgründerin/CTO.
CLASS:PRIVATE
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("gmx-user-typed-case-de", "de", ics, uid, 1, "Palettio", "", "technical", "jonas;svenja",
              "gmx-user-typed-case-de", "", "GMX Kalender")






EVENTS = [
    evz_recurring,
    kdt_cancel,
    stadtwerke_reschedule,
    klinikum_exchange,
    norvik_mac,
    norvik_user_entry,
    castellan_zoom,
    bergmann_screen,
    bergmann_trialday,
    palettio_note,
]
