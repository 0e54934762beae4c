"""holdout124: the user's own interviews, German-language invitations (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout124ev_core import ME, att, calendar, desc, item, org, simple

TEAMS_DE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams Hilfe benötigt?\n"
    "Jetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}%40thread.v2/0>\n"
    "Besprechungs-ID: 372 118 904 55\nKennung: aQ7pX2\n"
    "Einwahl nur per Telefon\n+49 69 365 0123 45,,{pin}# Deutschland, Frankfurt am Main\n"
    "Konferenz-ID: {pin}#\nBesprechungsoptionen\n"
    "________________________________________________________________________________"
)
MEET_DE = (
    "An Google Meet-Videokonferenz teilnehmen: https://meet.google.com/{k}\n"
    "Oder per Telefon teilnehmen: (DE) +49 30 300195{pin} PIN: 48817{pin}#\n"
    "Weitere Telefonnummern: https://tel.meet/{k}?pin=48817{pin}"
)


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = "personio-7Q2M4K9Z-interview-118245@rmas-frankfurt.de"
    a(simple("personio-telefoninterview-de", uid, [
        "DTSTAMP:20261214T081203Z", "DTSTART;TZID=Europe/Berlin:20270112T100000",
        "DTEND;TZID=Europe/Berlin:20270112T103000",
        "SUMMARY:Telefoninterview – Teamleitung Passagierservice (m/w/d)",
        org("jana.vogt@rmas-frankfurt.de", "Jana Vogt"),
        att("jana.vogt@rmas-frankfurt.de", "Jana Vogt", stat="ACCEPTED", rsvp=False),
        att(ME, "Sabine Krüger"),
        "LOCATION:Telefon – wir rufen Sie an",
        desc("Liebe Frau Krüger,\n\nvielen Dank für Ihre Bewerbung bei der Rhein-Main Airport Services GmbH. "
             "Wie besprochen rufe ich Sie zum vereinbarten Zeitpunkt unter +49 171 5539021 an.\n\n"
             "Position: Teamleitung Passagierservice (m/w/d), Standort Frankfurt Flughafen\n"
             "Dauer: ca. 30 Minuten\n\nViele Grüße\nJana Vogt\nRecruiting | RMAS\n\n"
             "Dieser Termin wurde über Personio erstellt."),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//Personio GmbH//Personio Calendar//DE",
        company="Rhein-Main Airport Services", role="Teamleitung Passagierservice (m/w/d)",
        stage="recruiter_screen", interviewers="jana.vogt@rmas-frankfurt.de"))

    uid = ("040000008200E00074C5B7101A82E00800000000F0A3C1B26D6CDB01000000000000000010000000"
           "5E1D4E0F8A7C3B4A9B2E6F7D1C0A9E88")
    html = ("<html><body><p>Sehr geehrte Frau Krüger,</p><p>wie telefonisch besprochen lade ich Sie zum "
            "<b>Gespräch mit dem Fachbereich</b> ein. Sie sprechen mit Markus Schäfer (Leiter Passagierservice) "
            "und Petra Albers (HR Business Partnerin). Ich selbst organisiere nur den Termin und bin nicht dabei."
            "</p><p>Beste Grüße<br>Jana Vogt</p></body></html>")
    a(simple("outlook-fachbereich-de", uid, [
        "SUMMARY;LANGUAGE=de-DE:Gespräch Fachbereich | Teamleitung Passagierservice | Krüger",
        org("jana.vogt@rmas-frankfurt.de", "Vogt, Jana"),
        att("markus.schaefer@rmas-frankfurt.de", "Schäfer, Markus"),
        att("petra.albers@rmas-frankfurt.de", "Albers, Petra"),
        att(ME, "sabine.krueger.fra@gmx.de"),
        desc("Sehr geehrte Frau Krüger,\n\nwie telefonisch besprochen lade ich Sie zum Gespräch mit dem Fachbereich "
             "ein. Sie sprechen mit Markus Schäfer (Leiter Passagierservice) und Petra Albers (HR Business "
             "Partnerin). Ich selbst organisiere nur den Termin und bin nicht dabei.\n\nBeste Grüße\nJana Vogt\n\n"
             + TEAMS_DE.format(k="NjQ4ZDgxYzEtYjM", pin="552 031 77")),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTART;TZID=W. Europe Standard Time:20270126T140000",
        "DTEND;TZID=W. Europe Standard Time:20270126T151500", "DTSTAMP:20270114T153010Z",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        f"X-ALT-DESC;FMTTYPE=text/html:{html}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("W. Europe Standard Time",),
        company="Rhein-Main Airport Services", role="Teamleitung Passagierservice", stage="hiring_manager",
        interviewers="markus.schaefer@rmas-frankfurt.de;petra.albers@rmas-frankfurt.de",
        trap="outlook-coordinator-de"))

    uid = "sg-interview-4481977-20270203@softgarden.io"
    a(simple("softgarden-auswahltag-de", uid, [
        "DTSTAMP:20270118T101500Z", "DTSTART;TZID=Europe/Berlin:20270203T090000",
        "DTEND;TZID=Europe/Berlin:20270203T160000",
        "SUMMARY:Einladung zum Auswahltag: Leitung Terminal-Service (w/m/d)",
        org("noreply@softgarden.io", "FGI Karriere"),
        att(ME, "Sabine Krüger"),
        att("k.lechner@fgi-muc.de", "Dr. Katrin Lechner"),
        att("f.huber@fgi-muc.de", "Florian Huber"),
        att("bewerbermanagement@fgi-muc.de", "FGI Bewerbermanagement", role="NON-PARTICIPANT", rsvp=False),
        att("raum-t1-314@fgi-muc.de", "MUC T1 Besprechungsraum 3.14", cutype="ROOM", role="NON-PARTICIPANT",
            rsvp=False),
        "LOCATION:Flughafen München\\, Terminal 1\\, Modul D\\, Ebene 3\\, Raum 3.14",
        desc("Guten Tag Frau Krüger,\n\nwir freuen uns, Sie zu unserem Auswahltag für die Position "
             "Leitung Terminal-Service (w/m/d) bei der Flughafengesellschaft Isarland mbH einzuladen.\n\n"
             "Ablauf:\n09:00 Begrüßung\n09:30 Gruppenübung (Fallstudie Irregularities-Management)\n"
             "11:00 Präsentation (10 Minuten\\, Thema vorab per Mail)\n13:00 Einzelgespräch mit "
             "Dr. Katrin Lechner (Bereichsleitung Terminalbetrieb) und Florian Huber (Personal)\n"
             "15:30 Abschluss\n\nBitte bringen Sie Ihren Personalausweis mit (Sicherheitskontrolle).\n\n"
             "Ihr FGI Bewerbermanagement"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ], yes=1, tzs=("Europe/Berlin",), prodid="-//softgarden//Interview Scheduling//DE",
        company="Flughafengesellschaft Isarland", role="Leitung Terminal-Service (w/m/d)", stage="onsite",
        interviewers="k.lechner@fgi-muc.de;f.huber@fgi-muc.de", trap="softgarden-auswahltag-room-de"))

    uid = "fgi-abschluss-krueger-2027@fgi-muc.de"
    a(simple("rescheduled-final-de", uid, [
        "DTSTAMP:20270212T164402Z", "DTSTART;TZID=Europe/Berlin:20270222T113000",
        "DTEND;TZID=Europe/Berlin:20270222T123000",
        "SUMMARY:Neuer Termin: Abschlussgespräch Leitung Terminal-Service – Fr. Krüger",
        org("f.huber@fgi-muc.de", "Florian Huber"),
        att("t.reiter@fgi-muc.de", "Thomas Reiter"), att(ME, "Sabine Krüger"),
        att("f.huber@fgi-muc.de", "Florian Huber", stat="ACCEPTED", rsvp=False),
        "LOCATION:FGI Verwaltung\\, Nordallee 25\\, 85356 München-Flughafen\\, 4. OG",
        desc("Liebe Frau Krüger,\n\nleider musste Herr Reiter (Geschäftsführer Terminalbetrieb) den Termin am "
             "18.02. verschieben. Neuer Termin: Montag\\, 22.02.\\, 11:30 Uhr. Das Abschlussgespräch führen "
             "Herr Reiter und ich.\n\nViele Grüße\nFlorian Huber"),
        "SEQUENCE:2", "STATUS:CONFIRMED",
    ], yes=1, tool="google", method="REQUEST", tzs=("Europe/Berlin",),
        company="Flughafengesellschaft Isarland", role="Leitung Terminal-Service", stage="final",
        interviewers="t.reiter@fgi-muc.de;f.huber@fgi-muc.de"))

    uid = "a8c51f0e-3bd2-4a4e-9f61-0c2f7d6b9e10@sapsf.eu"
    a(simple("successfactors-lehrprobe-de", uid, [
        "DTSTAMP:20270120T070011Z", "DTSTART:20270204T090000Z", "DTEND:20270204T110000Z",
        "SUMMARY:Interview: Trainer*in Kundenservice Zugbegleitung (Req 20418) – Sabine Krüger",
        org("noreply+interviewscheduling@sapsf.eu", "Regiolux Bahn Interview Scheduling"),
        att(ME, "Sabine Krüger"),
        att("ralf.wendt@regiolux-bahn.de", "Ralf Wendt"),
        att("simone.yilmaz@regiolux-bahn.de", "Simone Yilmaz"),
        "LOCATION:Regiolux Bahn Trainingszentrum\\, Gutleutstraße 180\\, 60327 Frankfurt am Main",
        desc("Ihr Vorstellungstermin wurde bestätigt.\n\nStelle: Trainer*in Kundenservice Zugbegleitung (Req 20418)\n"
             "Unternehmen: Regiolux Bahn GmbH\nFormat: Lehrprobe (20 Minuten\\, Thema: Umgang mit "
             "verspäteten Fahrgästen) mit anschließendem Fachgespräch\n"
             "Interviewer: Ralf Wendt (Leitung Aus- und Fortbildung)\\, Simone Yilmaz (Trainerin)\n\n"
             "Um den Termin zu ändern\\, nutzen Sie bitte den Link in Ihrer E-Mail."),
        "SEQUENCE:0", "STATUS:CONFIRMED",
    ], yes=1, tool="-//SAP SuccessFactors//Interview Scheduling//EN", method="REQUEST",
        company="Regiolux Bahn", role="Trainer*in Kundenservice Zugbegleitung", stage="technical",
        interviewers="ralf.wendt@regiolux-bahn.de;simone.yilmaz@regiolux-bahn.de", trap="successfactors-utc-de"))

    uid = "tt-int-5f2a9c71d0e4@teamtailor.com"
    a(simple("teamtailor-vorstellung-de", uid, [
        "DTSTAMP:20270105T120522Z", "DTSTART;TZID=Europe/Berlin:20270114T153000",
        "DTEND;TZID=Europe/Berlin:20270114T163000",
        "SUMMARY:Vorstellungsgespräch Maingold Hotel Frankfurt",
        org("karriere@maingold-hotel.de", "Maingold Hotel Frankfurt"),
        att(ME, "Sabine Krüger"), att("h.brenner@maingold-hotel.de", "Helene Brenner"),
        att("d.costa@maingold-hotel.de", "Diego Costa"),
        "LOCATION:Maingold Hotel\\, Untermainkai 17\\, 60311 Frankfurt – Treffpunkt Rezeption",
        desc("Hallo Sabine,\n\nschön\\, dass es klappt! Du triffst Helene Brenner (Hoteldirektorin) und Diego "
             "Costa (Rooms Division Manager) für ein Gespräch über die Stelle Front Office Managerin.\n\n"
             "Bis bald\\,\ndein Maingold Team\n\n--\nGesendet mit Teamtailor"),
        "SEQUENCE:0",
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//Teamtailor//Teamtailor Calendar//EN",
        company="Maingold Hotel Frankfurt", role="Front Office Managerin", stage="",
        interviewers="h.brenner@maingold-hotel.de;d.costa@maingold-hotel.de", trap="teamtailor-du-de"))

    uid = "AAMkADk3YzBookings-1c22f4e0-7a1d-4c0b-b0d1-2b5a7c8f9e01"
    a(simple("msbookings-kennenlernen-de", uid, [
        "DTSTAMP:20261216T093300Z", "DTSTART;TZID=W. Europe Standard Time:20270108T110000",
        "DTEND;TZID=W. Europe Standard Time:20270108T113000",
        "SUMMARY:Kennenlerngespräch Dozent*in Cabin Crew Ausbildung mit Birgit Nowak",
        org("AeroSkillsRecruiting@aeroskills.de", "AeroSkills Academy Recruiting"),
        att("birgit.nowak@aeroskills.de", "Birgit Nowak", stat="ACCEPTED", rsvp=False),
        att(ME, "Sabine Krüger"),
        "LOCATION:Microsoft Teams-Besprechung",
        desc("Ihre Buchung wurde bestätigt.\n\nDienst: Kennenlerngespräch Dozent*in Cabin Crew Ausbildung "
             "(Teilzeit)\nMitarbeiterin: Birgit Nowak\nDauer: 30 Minuten\n\nAeroSkills Academy GmbH\\, "
             "Robert-Bosch-Straße 12\\, 63225 Langen\n\n" + TEAMS_DE.format(k="ZTc3MjVlNmYtNzA", pin="880 412 09")
             + "\n\nBuchung verwalten: https://outlook.office365.com/owa/calendar/AeroSkillsRecruiting@aeroskills.de"
             "/bookings/"),
        "STATUS:CONFIRMED", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ], yes=1, tool="exchange", method="REQUEST", tzs=("W. Europe Standard Time",),
        company="AeroSkills Academy", role="Dozent*in Cabin Crew Ausbildung (Teilzeit)",
        stage="recruiter_screen", interviewers="birgit.nowak@aeroskills.de"))

    uid = "9F3B1C2A-44E1-4C3B-8E0E-6D1A2B3C4D5E"
    a(simple("handtyped-lehrprobe-de", uid, [
        "DTSTAMP:20270119T201455Z", "CREATED:20270119T201455Z",
        "DTSTART;TZID=Europe/Berlin:20270129T100000", "DTEND;TZID=Europe/Berlin:20270129T113000",
        "SUMMARY:Lehrprobe AeroSkills – 30 min SEP Theorie (Beamer + USB-Stick!)",
        "LOCATION:Langen\\, Robert-Bosch-Str. 12",
        desc("2. Runde. Thema: Evakuierung Landung / Ditching. Vor Hr. Brandt + 2 Trainer. Folien auf Stick + Mail."),
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT2H", "END:VALARM",
    ], yes=1, tool="apple", method=None, tzs=("Europe/Berlin",),
        company="AeroSkills Academy", role="", stage="technical", interviewers="Hr. Brandt",
        trap="handtyped-own-de"))

    uid = "kestrel-8812-skygourmet-krueger@kestrel-aviation.de"
    a(simple("agency-client-de", uid, [
        "DTSTAMP:20270121T144000Z", "DTSTART;TZID=Europe/Berlin:20270201T130000",
        "DTEND;TZID=Europe/Berlin:20270201T140000",
        "SUMMARY:Vorstellungsgespräch bei SkyGourmet Catering – Leiterin Qualität & Kundenerlebnis",
        org("m.kessler@kestrel-aviation.de", "Maren Kessler | Kestrel Aviation Recruitment"),
        att(ME, "Sabine Krüger"),
        att("oliver.dittmar@skygourmet.de", "Oliver Dittmar"),
        att("personal@skygourmet.de", "SkyGourmet Personal", role="OPT-PARTICIPANT"),
        "LOCATION:SkyGourmet Catering GmbH\\, Cargo City Süd\\, Gebäude 558\\, 60549 Frankfurt",
        desc("Hallo Frau Krüger,\n\nwie besprochen hier die Einladung für Ihr Gespräch bei unserem Mandanten "
             "SkyGourmet Catering. Sie sprechen mit Oliver Dittmar (Bereichsleiter Operations)\\, der die Stelle "
             "verantwortet. Ich bin nicht dabei\\, aber danach telefonisch für Sie erreichbar.\n\n"
             "Viel Erfolg!\nMaren Kessler\nSenior Consultant Aviation\nKestrel Aviation Recruitment GmbH"),
        "SEQUENCE:0", "STATUS:CONFIRMED",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Europe/Berlin",),
        company="SkyGourmet Catering", role="Leiterin Qualität & Kundenerlebnis", stage="hiring_manager",
        interviewers="oliver.dittmar@skygourmet.de", trap="agency-names-client-de"))

    uid = "3v0k6q1t2m9rj5h8b4d7n0c2a1@google.com"
    a(simple("google-meet-final-de", uid, [
        "DTSTART;TZID=Europe/Berlin:20270305T090000", "DTEND;TZID=Europe/Berlin:20270305T100000",
        "DTSTAMP:20270225T110231Z", org("s.fink@mhx-bahn.de", "Sandra Fink"),
        att("s.fink@mhx-bahn.de", "Sandra Fink", stat="ACCEPTED", rsvp=False),
        att(ME, "sabine.krueger.fra@gmx.de"),
        att("j.heuser@mhx-bahn.de", "Jörg Heuser"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/qwe-rtyu-iop",
        "CREATED:20270225T110229Z",
        desc("Zweites Gespräch mit der Geschäftsführung (Jörg Heuser) und mir für die Stelle "
             "Leitung Kundenbetreuung.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
             + MEET_DE.format(k="qwe-rtyu-iop", pin="12") + "\n\nLernen Sie mehr über Meet: "
             "https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~::~:~::-"),
        "LAST-MODIFIED:20270225T110231Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Mittelhessen Express – 2. Gespräch Leitung Kundenbetreuung (Fr. Krüger)", "TRANSP:OPAQUE",
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",),
        company="Mittelhessen Express", role="Leitung Kundenbetreuung", stage="final",
        interviewers="j.heuser@mhx-bahn.de;s.fink@mhx-bahn.de"))

    uid = "b3d0f7a2-51c4-4e8f-a2b1-9c7e6d5f4a30"
    a(simple("thunderbird-onsite-de", uid, [
        "CREATED:20270108T140012Z", "LAST-MODIFIED:20270108T140420Z", "DTSTAMP:20270108T140420Z",
        "SUMMARY:Persönliches Gespräch – Hoteldirektorin an Bord (Saison 2027)",
        org("personal@rheinperle.de", "Rheinperle Personalabteilung"),
        att(ME, "Sabine Krüger"), att("c.wagner@rheinperle.de", "Claudia Wagner"),
        att("kapitaen.hoffmann@rheinperle.de", "Ulf Hoffmann"),
        "DTSTART;TZID=Europe/Berlin:20270119T110000", "DTEND;TZID=Europe/Berlin:20270119T130000",
        "LOCATION:Rheinperle Flusskreuzfahrten\\, Konrad-Adenauer-Ufer 9\\, 50668 Köln",
        desc("Sehr geehrte Frau Krüger,\n\nhiermit bestätigen wir Ihr persönliches Gespräch in unserer Zentrale. "
             "Gesprächspartner: Claudia Wagner (Leitung Hotel & Service) und Kapitän Ulf Hoffmann. Im Anschluss "
             "zeigen wir Ihnen die MS Loreley Star am Anleger.\n\nMit freundlichen Grüßen\nRheinperle "
             "Flusskreuzfahrten GmbH – Personal"),
        "X-MOZ-SEND-INVITATIONS:TRUE", "SEQUENCE:0",
    ], yes=1, tool="thunderbird", method="REQUEST", tzs=("Europe/Berlin",),
        company="Rheinperle Flusskreuzfahrten", role="Hoteldirektorin an Bord (Saison 2027)", stage="onsite",
        interviewers="c.wagner@rheinperle.de;kapitaen.hoffmann@rheinperle.de"))

    uid = ("040000008200E00074C5B7101A82E00800000000A07F45C19E6CDB010000000000000000100000003B9A"
           "11D4C2E04F4CA1D3E8A6C3B20F71")
    a(simple("outlook-utcplus-zone-de", uid, [
        "SUMMARY;LANGUAGE=de-AT:Interview Leiterin Cabin Training – S. Krüger",
        org("andrea.gruber@donauair.at", "Gruber, Andrea"),
        att("stefan.pichler@donauair.at", "Pichler, Stefan"), att(ME, "Krüger, Sabine"),
        desc("Liebe Frau Krüger,\n\nanbei die Einladung zum Gespräch mit dem Fachbereich. Teilnehmende: "
             "Stefan Pichler (Head of Inflight Services) und ich (Andrea Gruber\\, HR).\n\n"
             "Wir sprechen Deutsch; ein Teil des Gesprächs wird auf Englisch geführt.\n\nLG aus Wien\n"
             "Andrea Gruber\nDonau Air GmbH | Human Resources\n\n" + TEAMS_DE.format(k="OTU4MmQ0ZTct", pin="77 01")),
        'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20270210T100000',
        'DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20270210T110000',
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270201T081122Z", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",),
        company="Donau Air", role="Leiterin Cabin Training", stage="hiring_manager",
        interviewers="stefan.pichler@donauair.at;andrea.gruber@donauair.at"))

    uid = "hunsrueck-ti-20270115-krueger"
    a(simple("phone-screen-de", uid, [
        "DTSTAMP:20270111T101010Z", "DTSTART;TZID=Europe/Berlin:20270115T083000",
        "DTEND;TZID=Europe/Berlin:20270115T090000",
        "SUMMARY:Telefoninterview Duty Managerin Passagierabfertigung",
        org("sabrina.klein@hunsrueck-airport.de", "Sabrina Klein"),
        att(ME, "Sabine Krüger"),
        "LOCATION:telefonisch (Mobil 0171 5539021)",
        desc("Guten Morgen Frau Krüger\\,\nwie vereinbart rufe ich Sie an. Das Gespräch dauert ca. 20–30 "
             "Minuten. Es geht um Ihre Erfahrung im Umgang mit Passagieren und Ihre Verfügbarkeit im "
             "Schichtdienst.\nFreundliche Grüße\nSabrina Klein\n"
             "Personal | Hunsrück Airport GmbH\\, 55483 Hahn-Flughafen"),
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Europe/Berlin",),
        company="Hunsrück Airport", role="Duty Managerin Passagierabfertigung", stage="recruiter_screen",
        interviewers="sabrina.klein@hunsrueck-airport.de"))

    uid = "tae-ac-zugchef-ausbilder-2027-03@transalpin-express.com"
    base = [
        "DTSTAMP:20270215T090000Z", org("assessment@transalpin-express.com", "Transalpin Express Assessment"),
        att(ME, "Sabine Krüger"), att("g.moser@transalpin-express.com", "Georg Moser"),
        att("l.ferrari@transalpin-express.com", "Lucia Ferrari"),
        "LOCATION:Transalpin Express AG\\, Arnulfstraße 60\\, 80335 München",
    ]
    master = [f"UID:{uid}", "DTSTART;TZID=Europe/Berlin:20270308T090000", "DTEND;TZID=Europe/Berlin:20270308T170000",
              "RRULE:FREQ=DAILY;COUNT=2", "SUMMARY:Assessment Center – Ausbilder*in Zugchef/Onboard-Team",
              *base, desc("Zweitägiges Assessment Center für die Stelle Ausbilder*in Zugchef/Onboard-Team.\n"
                          "Tag 1: Gruppenübung\\, Rollenspiel mit Fahrgast\\, Interview mit Georg Moser "
                          "(Leiter Training) und Lucia Ferrari (HR).\nTag 2: Trainingssequenz und Feedback."),
              "SEQUENCE:1"]
    override = [f"UID:{uid}", "RECURRENCE-ID;TZID=Europe/Berlin:20270309T090000",
                "DTSTART;TZID=Europe/Berlin:20270309T100000", "DTEND;TZID=Europe/Berlin:20270309T150000",
                "SUMMARY:Assessment Center – Tag 2 (Beginn 10:00!) – Ausbilder*in Zugchef/Onboard-Team", *base,
                desc("Tag 2 beginnt eine Stunde später: Trainingssequenz (15 Min.) und Feedbackgespräch."),
                "SEQUENCE:1"]
    a(item("recurring-override-ac-de", calendar([master, override], "google", "REQUEST", ("Europe/Berlin",)),
           uid, 1, company="Transalpin Express", role="Ausbilder*in Zugchef/Onboard-Team", stage="onsite",
           interviewers="g.moser@transalpin-express.com;l.ferrari@transalpin-express.com"))

    uid = "0p3n4k2s8v1c7x9z@google.com"
    a(simple("allday-auswahltag-de", uid, [
        "DTSTART;VALUE=DATE:20270224", "DTEND;VALUE=DATE:20270225", "DTSTAMP:20270210T161500Z",
        org("recruiting@alpina-nachtzug.eu", "Alpina Nachtzug Recruiting"), att(ME, "Sabine Krüger"),
        "SUMMARY:Auswahltag Onboard-Service-Leitung (Alpina Nachtzug)",
        "LOCATION:München Hbf\\, Treffpunkt Reisezentrum 08:45",
        desc("Liebe Sabine\\,\nden ganzen Tag sind wir mit dir unterwegs: Fahrt im Nachtzug-Depot\\, "
             "Gespräch mit Nora Stadler (Leitung Onboard Service) und eine kleine Praxisübung am Wagen.\n"
             "Fahrtkosten übernehmen wir.\nDein Alpina Recruiting-Team"),
        "TRANSP:TRANSPARENT", "STATUS:CONFIRMED", "SEQUENCE:0",
    ], yes=1, method="REQUEST", company="Alpina Nachtzug", role="Onboard-Service-Leitung", stage="onsite",
        interviewers="Nora Stadler"))

    uid = ("040000008200E00074C5B7101A82E0080000000060E2A9C0B16CDB01000000000000000010000000"
           "A1C2E3F405162738495A6B7C8D9E0F10")
    a(simple("cancelled-screen-de", uid, [
        "SUMMARY;LANGUAGE=de-DE:Abgesagt: Telefoninterview Guest Relations Managerin",
        org("r.hartmann@palmengarten-residenz.de", "Hartmann, Regina"),
        att(ME, "sabine.krueger.fra@gmx.de"),
        desc("Sehr geehrte Frau Krüger\\, leider müssen wir das Telefoninterview absagen\\, da die Position "
             "intern besetzt wurde. Wir wünschen Ihnen alles Gute.\nRegina Hartmann\\, Personal\\, "
             "Hotel Palmengarten Residenz"),
        "DTSTART;TZID=W. Europe Standard Time:20270118T140000", "DTEND;TZID=W. Europe Standard Time:20270118T143000",
        "DTSTAMP:20270116T092015Z", "STATUS:CANCELLED", "SEQUENCE:1", "PRIORITY:1", "TRANSP:TRANSPARENT",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
    ], yes=1, tool="outlook", method="CANCEL", tzs=("W. Europe Standard Time",),
        company="Hotel Palmengarten Residenz", role="Guest Relations Managerin", stage="recruiter_screen",
        interviewers="r.hartmann@palmengarten-residenz.de", trap="cancel-method-de"))

    uid = "zoom-84512096633-csi-fachgespraech"
    a(simple("zoom-fachgespraech-de", uid, [
        "DTSTAMP:20270203T101500Z", "DTSTART;TZID=Europe/Berlin:20270211T160000",
        "DTEND;TZID=Europe/Berlin:20270211T170000",
        "SUMMARY:Fachgespräch Trainerin Notfall- & Sicherheitstraining | CSI",
        org("m.roth@csi-frankfurt.de", "Michael Roth"), att(ME, "Sabine Krüger"),
        att("e.kaya@csi-frankfurt.de", "Elif Kaya"),
        "LOCATION:https://csi-frankfurt.zoom.us/j/84512096633",
        desc("Michael Roth lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: Fachgespräch Trainerin "
             "Notfall- & Sicherheitstraining\nWir gehen gemeinsam zwei Szenarien aus dem SEP-Training durch "
             "(Feuer in der Kabine\\, Druckverlust). Dabei: Michael Roth (Leitung Training\\, Cabin Safety "
             "Institut Frankfurt) und Elif Kaya (Senior Trainerin).\n\nZoom-Meeting beitreten\n"
             "https://csi-frankfurt.zoom.us/j/84512096633?pwd=cUt0RmhYbkR2\n\nMeeting-ID: 845 1209 6633\n"
             "Kenncode: 402911\n\nSchnelleinwahl mobil\n+496938079883\\,\\,84512096633# Deutschland"),
    ], yes=1, tool="-//zoom.us//iCalendar Event//EN", method="REQUEST", tzs=("Europe/Berlin",),
        company="Cabin Safety Institut Frankfurt", role="Trainerin Notfall- & Sicherheitstraining",
        stage="technical", interviewers="m.roth@csi-frankfurt.de;e.kaya@csi-frankfurt.de"))
    return out
