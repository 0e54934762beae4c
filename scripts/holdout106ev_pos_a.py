"""holdout106: the user's own interviews, part A (blind author, CC0 1.0)."""

from __future__ import annotations

from holdout106ev_boiler import meet_de, teams_de, zoom_en
from holdout106ev_ics import (
    APPLE,
    BER,
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    THUNDERBIRD,
    USER_FREE,
    UTC1,
    WEU,
    ZRH,
    Ev,
    att,
    dt,
    one,
    org,
    prop,
    room,
)

Z = "Europe/Zurich"
W = "W. Europe Standard Time"
U1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
ME = att(USER_FREE, "Urs Brunner")


def events() -> list[Ev]:
    out: list[Ev] = []
    a = out.append

    a(one("google-de", "1v8pk2c0q4m7d3rj5s6t9ab2cd@google.com", [
        dt("DTSTART", "20250408T100000", Z), dt("DTEND", "20250408T111500", Z),
        prop("SUMMARY", "Vorstellungsgespräch Disponent/in Betriebszentrale – Urs Brunner"),
        prop("LOCATION", "Aare-Emme Bahn AG, Bahnhofstrasse 21, 3400 Burgdorf, Sitzungszimmer «Emme»"),
        prop("DESCRIPTION", "Grüezi Herr Brunner\n\nWie telefonisch besprochen, freuen wir uns auf das Gespräch "
             "mit Daniel Wyss (Leiter Betriebszentrale) und mir.\nBitte melden Sie sich am Empfang im 1. OG.\n\n"
             "Freundliche Grüsse\nSandra Käser\nHR Business Partner\n\n" + meet_de("kqp-zrwd-tmo")),
        org("sandra.kaeser@aeb-bahn.ch", "Sandra Käser"),
        att("sandra.kaeser@aeb-bahn.ch", "Sandra Käser", ps="ACCEPTED", rsvp=False),
        att("daniel.wyss@aeb-bahn.ch", "Daniel Wyss", ps="ACCEPTED"), ME,
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    ], GOOGLE, iv=1, company="Aare-Emme Bahn", role="Disponent/in Betriebszentrale", stage="hiring_manager",
        who="daniel.wyss@aeb-bahn.ch;sandra.kaeser@aeb-bahn.ch", tzs=(ZRH,)))

    a(one("outlook-windows-tz-de",
          "040000008200E00074C5B7101A82E008000000009C3F1A7B2E9BDB01000000000000000010000000D4E1A0C2B7F34E4BA1",
          [
        "CLASS:PUBLIC", "PRIORITY:5",
        prop("SUMMARY;LANGUAGE=de-CH", "Vorstellungsgespräch Fahrlehrer/in Bus - Herr Urs Brunner"),
        dt("DTSTART", "20250415T140000", W), dt("DTEND", "20250415T153000", W),
        prop("LOCATION", "Sitzungszimmer Aare, Seestrasse 12, 3600 Thun"),
        prop("DESCRIPTION", "Sehr geehrter Herr Brunner\n\nGerne bestätigen wir Ihnen den Termin für das "
             "Vorstellungsgespräch. Am Gespräch nehmen Herr Thomas Aebischer (Leiter Fahrschule) und die "
             "Unterzeichnende teil.\n\nFreundliche Grüsse\nCorinne Gerber\nPersonaldienst\nVerkehrsbetriebe "
             "Thunersee AG\n"),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrter Herr Brunner</p><p>Gerne bestätigen wir "
        "Ihnen den Termin für das Vorstellungsgespräch.</p><p>Corinne Gerber<br>Personaldienst<br>VBT</p>"
        "</body></html>",
        org("corinne.gerber@vbt-thun.ch", "Gerber, Corinne"),
        att("thomas.aebischer@vbt-thun.ch", "Aebischer, Thomas"), ME,
        room("sz-aare@vbt-thun.ch", "VBT SZ Aare (8 Pl.)"),
        "TRANSP:OPAQUE", "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
    ], OUTLOOK, iv=1, company="Verkehrsbetriebe Thunersee", role="Fahrlehrer/in Bus",
        who="corinne.gerber@vbt-thun.ch;thomas.aebischer@vbt-thun.ch", tzs=(WEU,)))

    a(one("outlook-utc-label-teams-de", "7A1C55E2-0B3D-4F19-9E6A-3C2D8B9F4410", [
        prop("SUMMARY", "Interview Leiter/in Lokpersonal Region Mitte | Brunner"),
        dt("DTSTART", "20250422T083000", U1), dt("DTEND", "20250422T093000", U1),
        prop("LOCATION", "Microsoft Teams-Besprechung"),
        prop("DESCRIPTION", "Guten Tag Herr Brunner\n\nIm Auftrag von Frau Hofstetter sende ich Ihnen die "
             "Einladung für das Gespräch. Teilnehmende: Regula Hofstetter (Leiterin Produktion Mitte) und Marco "
             "Bühlmann (HR Business Partner).\n\nFreundliche Grüsse\nJasmin Roth, Assistentin Produktion\n"
             "Cargo Alpina AG\n\n" + teams_de("281644093712", "h7KqP2")),
        org("regula.hofstetter@cargoalpina.ch", "Hofstetter, Regula",
            sent_by="assistenz.produktion@cargoalpina.ch"),
        att("marco.buehlmann@cargoalpina.ch", "Bühlmann, Marco"), ME,
        att("assistenz.produktion@cargoalpina.ch", "Roth, Jasmin", role="OPT-PARTICIPANT"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ], EXCHANGE, iv=1, company="Cargo Alpina", role="Leiter/in Lokpersonal Region Mitte", stage="",
        who="regula.hofstetter@cargoalpina.ch;marco.buehlmann@cargoalpina.ch", tzs=(UTC1,),
        trap="outlook-sent-by-assistant-de"))

    a(one("greenhouse-case-en", "greenhouse-interview-58120334-arf@greenhouse.io", [
        "DTSTART:20250424T120000Z", "DTEND:20250424T131500Z",
        prop("SUMMARY", "Interview with Alpine Rail Freight: Case Study – Operations Manager Intermodal"),
        prop("LOCATION", "Zoom (link below)"),
        prop("DESCRIPTION", "Hi Urs,\n\nThanks again for your time. Here are the details for your case study "
             "interview for the Operations Manager Intermodal role.\n\nInterviewers:\n- Kevin O'Brien, Head of "
             "Network Operations\n- Ana Duarte, Planning Lead\n\nYou will receive the case (a disrupted "
             "Basel–Chiasso shuttle rotation) 15 minutes before the call.\n\nBest,\nChloé Marchand\nRecruiting "
             "Coordinator\n\n" + zoom_en("84422190556", "bXJwQ2RvT0")),
        org("chloe.marchand@arf-rail.com", "Chloé Marchand"),
        att("kevin.obrien@arf-rail.com", "Kevin O'Brien"), att("ana.duarte@arf-rail.com", "Ana Duarte"),
        ME, "SEQUENCE:0", "STATUS:CONFIRMED",
    ], GOOGLE, iv=1, company="Alpine Rail Freight", role="Operations Manager Intermodal", stage="technical",
        who="kevin.obrien@arf-rail.com;ana.duarte@arf-rail.com", trap="greenhouse-coordinator-en"))

    a(one("goodtime-final-en", "gt-7f3c9a21-5d04-4c8e-b1aa-0e9d44c2f7b8", [
        dt("DTSTART", "20250512T090000", Z), dt("DTEND", "20250512T120000", Z),
        prop("SUMMARY", "Final Interview – Operations Manager Intermodal | Urs Brunner"),
        prop("LOCATION", "Alpine Rail Freight SA, Aeschenvorstadt 48, 4051 Basel – Meeting room Gotthard"),
        prop("DESCRIPTION", "Agenda\n09:00 Philippe Gautier, CEO\n09:45 Miriam Stöckli, COO\n10:30 Break\n"
             "10:45 Operations floor walk-through with Ana Duarte\n\nPlease bring an ID for the reception.\n\n"
             "Scheduled with GoodTime on behalf of ARF Talent Acquisition. Need to reschedule? Reply to "
             "talent@arf-rail.com"),
        org("talent@arf-rail.com", "ARF Talent Acquisition"),
        att("philippe.gautier@arf-rail.com", "Philippe Gautier"), att("miriam.stoeckli@arf-rail.com",
                                                                       "Miriam Stöckli"),
        att("ana.duarte@arf-rail.com", "Ana Duarte"), ME,
        room("room.gotthard@arf-rail.com", "BSL-4-Gotthard"), "SEQUENCE:1",
    ], GOOGLE, iv=1, company="Alpine Rail Freight", role="Operations Manager Intermodal", stage="final",
        who="philippe.gautier@arf-rail.com;miriam.stoeckli@arf-rail.com;ana.duarte@arf-rail.com",
        tzs=(ZRH,)))

    a(one("workday-phone-en", "WD-INTERVIEW-R10452-3311907@myworkday.com", [
        "DTSTART:20250326T130000Z", "DTEND:20250326T133000Z",
        prop("SUMMARY", "Phone Screen: Rail Operations Dispatcher (R-10452)"),
        prop("LOCATION", "Phone call – we will call you on +41 79 412 66 05"),
        prop("DESCRIPTION", "Dear Urs,\n\nYour interview has been scheduled.\n\nPosition: Rail Operations "
             "Dispatcher (R-10452), Kestrel Logistics (Schweiz) AG, Basel\nInterviewer: Laura Pfister, Talent "
             "Acquisition Partner\nDuration: 30 minutes\n\nThis is a system-generated message from Workday."),
        org("kestrel@myworkday.com", "Kestrel Logistics Recruiting"),
        att("laura.pfister@kestrel-logistics.com", "Laura Pfister"), ME,
    ], GOOGLE, iv=1, company="Kestrel Logistics", role="Rail Operations Dispatcher", stage="recruiter_screen",
        who="laura.pfister@kestrel-logistics.com"))

    a(one("modernloop-onsite-en", "ml-evt-01HV8R3Q2K7M9TZ4XW6N5YBCD1", [
        dt("DTSTART", "20250423T090000", Z), dt("DTEND", "20250423T111500", Z),
        prop("SUMMARY", "Onsite interview: Rail Operations Dispatcher — Kestrel Logistics Basel"),
        prop("LOCATION", "Kestrel Logistics, Hochbergerstrasse 60, 4057 Basel"),
        prop("DESCRIPTION", "Your schedule\n09:00–09:45 James Whitfield (Director Rail Operations)\n09:45–10:30 "
             "Sabine Leu (Dispatch Team Lead) – live dispatching exercise\n10:30–11:15 Office tour and Q&A with "
             "Nina Gerber (Recruiting Coordinator)\n\nPowered by ModernLoop"),
        org("recruiting@kestrel-logistics.com", "Kestrel Recruiting"),
        att("james.whitfield@kestrel-logistics.com", "James Whitfield"),
        att("sabine.leu@kestrel-logistics.com", "Sabine Leu"),
        att("nina.gerber@kestrel-logistics.com", "Nina Gerber", role="OPT-PARTICIPANT"), ME,
    ], GOOGLE, iv=1, company="Kestrel Logistics", role="Rail Operations Dispatcher", stage="onsite",
        who="james.whitfield@kestrel-logistics.com;sabine.leu@kestrel-logistics.com", tzs=(ZRH,)))

    a(one("cancelled-outlook-de", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000"
          "0000RLL7734", [
        prop("SUMMARY", "Abgesagt: Vorstellungsgespräch Teamleiter Rangierdienst"),
        dt("DTSTART", "20250429T160000", W), dt("DTEND", "20250429T170000", W),
        prop("LOCATION", "RLL Betriebsgebäude, Rangierbahnhof Limmattal, 8957 Spreitenbach"),
        prop("DESCRIPTION", "Leider müssen wir den Termin krankheitshalber absagen. Wir melden uns für einen "
             "neuen Termin.\nLukas Frei, Rangier & Logistik Limmattal AG"),
        org("lukas.frei@rll-rangier.ch", "Frei, Lukas"), ME,
        "STATUS:CANCELLED", "SEQUENCE:1", "PRIORITY:1",
    ], OUTLOOK, iv=1, company="Rangier & Logistik Limmattal", role="Teamleiter Rangierdienst",
        who="lukas.frei@rll-rangier.ch", method="CANCEL", tzs=(WEU,)))

    a(one("successfactors-de", "SF-IV-4471093-netzleit-7d2c", [
        dt("DTSTART", "20250403T093000", Z), dt("DTEND", "20250403T103000", Z),
        prop("SUMMARY", "Einladung zum Vorstellungsgespräch: Zugverkehrsleiter/in (Quereinstieg) – Brunner Urs"),
        prop("LOCATION", "NetzLeit Schweiz AG, Betriebszentrale Ost, Industriestrasse 9, 8500 Frauenfeld"),
        prop("DESCRIPTION", "Guten Tag Herr Brunner\n\nWir laden Sie herzlich zu einem Vorstellungsgespräch ein."
             "\n\nInterviewteam:\nFrau Priska Imhof, Recruiting\nHerr Reto Casutt, Leiter Betriebszentrale Ost\n\n"
             "Bitte bringen Sie einen amtlichen Ausweis mit.\n\nDiese Nachricht wurde über SAP SuccessFactors "
             "versendet."),
        org("noreply@successfactors.eu", "NetzLeit Schweiz AG Recruiting"),
        att("priska.imhof@netzleit.ch", "Priska Imhof"), att("reto.casutt@netzleit.ch", "Reto Casutt"), ME,
    ], OUTLOOK, iv=1, company="NetzLeit Schweiz", role="Zugverkehrsleiter/in (Quereinstieg)",
        who="priska.imhof@netzleit.ch;reto.casutt@netzleit.ch", tzs=(ZRH,)))

    a(one("personio-sim-de", "personio-interview-2025-0417-88213@personio.de", [
        dt("DTSTART", "20250417T130000", Z), dt("DTEND", "20250417T150000", Z),
        prop("SUMMARY", "Interview: Instruktor:in Simulatortraining | Urs Brunner"),
        prop("LOCATION", "SimuRail AG, Werkstrasse 3, 3084 Wabern – Simulatorraum 2"),
        prop("DESCRIPTION", "Hallo Urs\n\nWir freuen uns auf dich! Ablauf:\n1) Kennenlernen mit Jan Oberli "
             "(CEO)\n2) Praktischer Teil: Du führst eine 20-minütige Instruktionssequenz am Simulator vor "
             "(Thema: Störung Zugbeeinflussung)\n3) Feedback mit Mirjam Keusch (Leiterin Training)\n\n"
             "Liebe Grüsse\nSimuRail People Team\n\nGesendet über Personio"),
        org("noreply@personio.de", "SimuRail AG"),
        att("jan.oberli@simurail.ch", "Jan Oberli"), att("mirjam.keusch@simurail.ch", "Mirjam Keusch"), ME,
    ], GOOGLE, iv=1, company="SimuRail", role="Instruktor:in Simulatortraining", stage="technical",
        who="jan.oberli@simurail.ch;mirjam.keusch@simurail.ch", tzs=(ZRH,)))

    a(one("softgarden-de-germany", "softgarden-appointment-93fa1c0e-1b2d-4d55-8a31-7d0f5c3e1a62", [
        dt("DTSTART", "20250506T100000", "Europe/Berlin"), dt("DTEND", "20250506T113000", "Europe/Berlin"),
        prop("SUMMARY", "Vorstellungsgespräch – Ausbilder Triebfahrzeugführer (m/w/d) – Standort Waldshut"),
        prop("LOCATION", "Hochrhein-Bahn GmbH, Bahnhofplatz 2, 79761 Waldshut-Tiengen"),
        prop("DESCRIPTION", "Sehr geehrter Herr Brunner,\n\nvielen Dank für Ihre Bewerbung. Das Gespräch "
             "führen Herr Kai Brenner (Leiter Ausbildung) und Frau Ute Scholz (Personal).\n\nMit freundlichen "
             "Grüßen\nIhr Recruiting-Team der Hochrhein-Bahn\n\n-- \nDieser Termin wurde mit softgarden erstellt."),
        org("noreply@softgarden.io", "Hochrhein-Bahn GmbH"),
        att("kai.brenner@hochrhein-bahn.de", "Kai Brenner"), att("ute.scholz@hochrhein-bahn.de", "Ute Scholz"),
        ME,
    ], GOOGLE, iv=1, company="Hochrhein-Bahn", role="Ausbilder Triebfahrzeugführer (m/w/d)",
        who="kai.brenner@hochrhein-bahn.de;ute.scholz@hochrhein-bahn.de", tzs=(BER,)))

    a(one("teamtailor-brand-de", "tt-interview-5521987-limmattram", [
        dt("DTSTART", "20250409T150000", Z), dt("DTEND", "20250409T160000", Z),
        prop("SUMMARY", "Interview mit Limmattram: Leiter/in Fahrdienst Tram"),
        prop("DESCRIPTION", "Hoi Urs\n\nSchön, dass du dich bei Limmattram beworben hast. Im Gespräch sind "
             "Martina Zaugg (Talent Acquisition) und Stefan Kühni (Leiter Betrieb) dabei.\n\n"
             + teams_de("394005127781", "Tr4mZ9") + "\n\nVia Teamtailor"),
        org("martina.zaugg@limmattram.ch", "Martina Zaugg"),
        att("stefan.kuehni@limmattram.ch", "Stefan Kühni"), ME,
    ], GOOGLE, iv=1, company="Limmattram", role="Leiter/in Fahrdienst Tram",
        who="martina.zaugg@limmattram.ch;stefan.kuehni@limmattram.ch", tzs=(ZRH,)))

    a(one("psych-assessment-de", "IVPZ-2025-0428-BRUNNER", [
        dt("DTSTART", "20250428T080000", Z), dt("DTEND", "20250428T123000", Z),
        prop("SUMMARY", "Psychologische Eignungsabklärung (Limmattram) – Urs Brunner"),
        prop("LOCATION", "Institut für Verkehrspsychologie Zürich, Hohlstrasse 110, 8004 Zürich"),
        prop("DESCRIPTION", "Im Auftrag der Tramverbund Limmat AG (Limmattram) führen wir mit Ihnen die "
             "verkehrspsychologische Eignungsabklärung für die Funktion Leiter/in Fahrdienst durch: "
             "computergestützte Leistungstests, Persönlichkeitsfragebogen und Explorationsgespräch mit "
             "Dr. phil. Esther Ammann.\nBrille/Lesebrille bitte mitnehmen. Dauer ca. 4.5 Std."),
        org("esther.ammann@ivp-zuerich.ch", "Dr. Esther Ammann"), ME,
    ], OUTLOOK, iv=1, company="Limmattram", role="Leiter/in Fahrdienst", stage="",
        who="esther.ammann@ivp-zuerich.ch", tzs=(ZRH,), trap="psych-assessment-third-party-de"))

    a(one("workable-intro-en", "workable-ev-4g7Hk2Lm9Q@workablemail.com", [
        "DTSTART:20250331T080000Z", "DTEND:20250331T083000Z",
        prop("SUMMARY", "Interview: Terminal Operations Lead – Urs Brunner (Video call)"),
        prop("DESCRIPTION", "Intro call with our Talent team at Intermodal Gotthard AG.\nInterviewer: Luca "
             "Bernasconi\n\n" + zoom_en("91355730284", "TGdHc1pQ")
             + "\n\nSent via Workable. Reschedule: https://apply.workable.com/intermodal-gotthard/"),
        org("luca.bernasconi@intermodal-gotthard.ch", "Luca Bernasconi"), ME,
    ], GOOGLE, iv=1, company="Intermodal Gotthard", role="Terminal Operations Lead", stage="recruiter_screen",
        who="luca.bernasconi@intermodal-gotthard.ch"))

    a(one("calendly-founder-freemail-de", "a1f0b3c8-6e2d-4b9a-8c7f-calendly-5523", [
        "DTSTART:20250402T170000Z", "DTEND:20250402T174500Z",
        prop("SUMMARY", "Kennenlernen (45 Min.) zwischen Martin Steffen und Urs Brunner"),
        prop("LOCATION", "Google Meet (instructions in description)"),
        prop("DESCRIPTION", "Event Name: Kennenlernen (45 Min.)\n\nLocation: This is a Google Meet web "
             "conference. https://meet.google.com/vxa-qpnb-zke\n\nPlease share anything that will help prepare "
             "for our meeting.: Bewerbung als Lokführer-Coach bei RailCoach GmbH (Ihr Inserat auf jobs.ch)\n\n"
             "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a1f0b3c8\n"
             "Reschedule: https://calendly.com/reschedulings/a1f0b3c8\n\nPowered by Calendly.com"),
        org("martin.steffen@gmx.ch", "Martin Steffen"), ME,
    ], GOOGLE, iv=1, company="RailCoach", role="Lokführer-Coach", who="martin.steffen@gmx.ch"))

    a(one("calcom-screen-de", "cal-8ZkP2wq7RUjGm4tT@cal.com", [
        "DTSTART:20250414T063000Z", "DTEND:20250414T070000Z",
        prop("SUMMARY", "Erstgespräch Baustellendisponent:in zwischen Lea Fankhauser und Urs Brunner"),
        prop("DESCRIPTION", "Was: Erstgespräch Baustellendisponent:in\nWer:\nLea Fankhauser - Organisator\n"
             "lea.fankhauser@tbl-bau.ch\nUrs Brunner\nurs.brunner.bern@bluewin.ch\nWo: Cal Video\n"
             "https://app.cal.com/video/8ZkP2wq7RUjGm4tT\nZusätzliche Notizen: Kurzes Kennenlernen (HR), "
             "danach ggf. Gespräch mit der Leitung Bahnlogistik.\n\nTrasse Bau Logistik AG"),
        org("lea.fankhauser@tbl-bau.ch", "Lea Fankhauser"), ME,
    ], GOOGLE, iv=1, company="Trasse Bau Logistik", role="Baustellendisponent:in", stage="recruiter_screen",
        who="lea.fankhauser@tbl-bau.ch"))

    a(one("msbookings-aptitude-de", "B00K1NG5-LAV-0a9c3e77-2f41-4d0b-9c2e-51b7e6a0d3f4", [
        dt("DTSTART", "20250410T130000", W), dt("DTEND", "20250410T160000", W),
        prop("SUMMARY", "Eignungstest Disponent/in Leitstelle"),
        prop("LOCATION", "Leitstelle Aargau Verkehr AG, Bahnhofstrasse 88, 5000 Aarau"),
        prop("DESCRIPTION", "Ihr Termin ist bestätigt.\n\nDienst: Eignungstest Disponent/in Leitstelle "
             "(Multitasking- und Konzentrationstest, Funkverkehr-Simulation)\nMitarbeiter: Claudia Bieri\n\n"
             "Termin verwalten: https://outlook.office365.com/owa/calendar/LAVRekrutierung@lav-ag.ch/bookings/\n"
             "Microsoft Bookings"),
        org("LAVRekrutierung@lav-ag.ch", "LAV Rekrutierung"),
        att("claudia.bieri@lav-ag.ch", "Claudia Bieri"), ME,
    ], EXCHANGE, iv=1, company="Leitstelle Aargau Verkehr", role="Disponent/in Leitstelle", stage="technical",
        who="claudia.bieri@lav-ag.ch", tzs=(WEU,)))

    a(one("lever-hm-en", "lever-7c2a19f0-0d6b-4e1c-9b3f-hrlog-hm", [
        "DTSTART:20250507T123000Z", "DTEND:20250507T133000Z",
        prop("SUMMARY", "Urs Brunner <> Helvetia Rail Logistics – Hiring Manager Interview (Head of Crew Planning)"),
        prop("DESCRIPTION", "Interview details\nCandidate: Urs Brunner\nPosition: Head of Crew Planning\n"
             "Interviewer: Thomas Egli (VP Operations)\nFormat: video\n\n" + teams_de("512870033641", "cR3w7x")
             + "\n\nScheduled by Yvonne Marti via Lever"),
        org("yvonne.marti@hrlog.ch", "Yvonne Marti"),
        att("thomas.egli@hrlog.ch", "Thomas Egli"),
        att("yvonne.marti@hrlog.ch", "Yvonne Marti", role="OPT-PARTICIPANT", ps="ACCEPTED", rsvp=False), ME,
    ], GOOGLE, iv=1, company="Helvetia Rail Logistics", role="Head of Crew Planning", stage="hiring_manager",
        who="thomas.egli@hrlog.ch"))

    a(one("ashby-domain-en", "ashby-interview-event-5f3e2c10-tracksense", [
        "DTSTART:20250416T140000Z", "DTEND:20250416T150000Z",
        prop("SUMMARY", "Urs Brunner – Domain Expert Interview (Train Operations Specialist)"),
        prop("DESCRIPTION", "Hi Urs! In this conversation Elena Vasquez (Product) and Jonas Hirt (Engineering) "
             "will walk through real driver-cab scenarios with you: signals, ETCS L2 levels, what a driver needs "
             "on screen.\n\n" + meet_de("ugh-wpqe-rnt") + "\n\nTracksense AG · scheduled via Ashby"),
        org("recruiting@tracksense.io", "Tracksense Recruiting"),
        att("elena.vasquez@tracksense.io", "Elena Vasquez"), att("jonas.hirt@tracksense.io", "Jonas Hirt"), ME,
    ], GOOGLE, iv=1, company="Tracksense", role="Train Operations Specialist", stage="technical",
        who="elena.vasquez@tracksense.io;jonas.hirt@tracksense.io"))

    a(one("apple-handtyped-de", "5C0E9A1B-77D2-4F3E-8B1A-0D2C4E6F8A10", [
        "DTSTART:20250502T140000", "DTEND:20250502T153000",
        prop("SUMMARY", "VG RVO Langenthal"),
        prop("LOCATION", "Bahnhof Langenthal, Büro 2. OG"),
        prop("DESCRIPTION", "Hanspeter Rohrbach (Leiter Betrieb) + Monika Glauser (HR). Zeugnisse + "
             "Lokführerausweis mitnehmen! Zug 12:34 ab Bern"),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "SEQUENCE:0", "TRANSP:OPAQUE",
    ], APPLE, iv=1, company="Regionalverkehr Oberaargau", stage="",
        who="hanspeter rohrbach;monika glauser", method=None, trap="handtyped-floating-de"))

    a(one("thunderbird-aptitude-fr", "d4c1b7e2-3a55-4c8b-9f0e-6b2a1c9d8e77", [
        "CREATED:20250318T192204Z", "LAST-MODIFIED:20250318T192311Z",
        prop("SUMMARY", "Test d'aptitude CTJN Delémont (instructeur)"),
        dt("DTSTART", "20250325T083000", Z), dt("DTEND", "20250325T120000", Z),
        prop("LOCATION", "CTJN, Rue de la Gare 14, Delémont"),
        prop("DESCRIPTION", "Tests écrits + conduite sur simulateur. Partir 6h50 de Berne."),
        "X-MOZ-GENERATION:2",
    ], THUNDERBIRD, iv=1, company="Compagnie des Transports du Jura Nord", stage="technical", method=None,
        tzs=(ZRH,), trap="handtyped-thunderbird-fr"))

    a(one("recurring-override-onsite-de", "040000008200E00074C5B7101A82E0080000000077AC32F1D8A9DB01OZB-AC", [
        prop("SUMMARY", "Assessment Lokführer-Instruktor (2 Tage) – Oberland Zahnradbahnen"),
        dt("DTSTART", "20250519T080000", W), dt("DTEND", "20250519T170000", W),
        "RRULE:FREQ=DAILY;COUNT=2",
        prop("LOCATION", "OZB Depot Wilderswil, Bahnhofstrasse 1, 3812 Wilderswil"),
        prop("DESCRIPTION", "Tag 1: Präsentation Ihres Ausbildungskonzepts, Gespräch mit Peter Schärer (Leiter "
             "Zugförderung) und Yvonne Stucki (HR).\nTag 2: Begleitfahrt Zahnradstrecke und Schlussgespräch."),
        org("yvonne.stucki@ozb-bahn.ch", "Stucki, Yvonne"),
        att("peter.schaerer@ozb-bahn.ch", "Schärer, Peter"), ME, "SEQUENCE:0",
    ], OUTLOOK, iv=1, company="Oberland Zahnradbahnen", role="Lokführer-Instruktor", stage="onsite",
        who="peter.schaerer@ozb-bahn.ch;yvonne.stucki@ozb-bahn.ch", tzs=(WEU,), more=([
            "RECURRENCE-ID;TZID=W. Europe Standard Time:20250520T080000",
            prop("SUMMARY", "Assessment Tag 2: Begleitfahrt & Schlussgespräch – Oberland Zahnradbahnen"),
            dt("DTSTART", "20250520T093000", W), dt("DTEND", "20250520T150000", W),
            prop("LOCATION", "Treffpunkt Perron 3, Wilderswil"),
            org("yvonne.stucki@ozb-bahn.ch", "Stucki, Yvonne"),
            att("peter.schaerer@ozb-bahn.ch", "Schärer, Peter"), ME, "SEQUENCE:1",
        ],)))

    a(one("rescheduled-zoom-de", "3kq9a0vv7m2t8l6b1p4n5r0cxe@google.com", [
        dt("DTSTART", "20250515T103000", Z), dt("DTEND", "20250515T113000", Z),
        prop("SUMMARY", "Verschoben: Vorstellungsgespräch Leiter/in Fahrdienst Bus – neu am 15.5."),
        prop("DESCRIPTION", "Lieber Herr Brunner\nWie besprochen verschieben wir unser Gespräch auf Donnerstag, "
             "15. Mai. Sonst bleibt alles gleich.\nChristoph Wenger, Leiter Busbetrieb, Säntis Regionalverkehr "
             "AG\n\n" + zoom_en("87120455931", "U2FudGlz")),
        org("christoph.wenger@srv-bahn.ch", "Christoph Wenger"), ME,
        "SEQUENCE:2", "STATUS:CONFIRMED",
    ], GOOGLE, iv=1, company="Säntis Regionalverkehr", role="Leiter/in Fahrdienst Bus",
        who="christoph.wenger@srv-bahn.ch", tzs=(ZRH,), trap="rescheduled-de"))

    a(one("xwr-simulator-de", "pvb-sim-20250521-brunner@pvb.ch", [
        "DTSTART:20250521T061500Z", "DTEND:20250521T090000Z",
        prop("SUMMARY", "Simulatorfahrt Eignungsabklärung Lokführer Zahnrad (Bewerbung U. Brunner)"),
        prop("LOCATION", "Pilatus-Vierwaldstätter Bahnen, Ausbildungszentrum Alpnachstad"),
        prop("DESCRIPTION", "Beurteilung durch Ruth Widmer (Chefinstruktorin). Bitte Lokführerausweis Kat. B "
             "und Brille mitnehmen."),
        org("ruth.widmer@pvb.ch", "Ruth Widmer"), ME,
    ], GOOGLE, iv=1, company="Pilatus-Vierwaldstätter Bahnen", role="Lokführer Zahnrad", stage="technical",
        who="ruth.widmer@pvb.ch", method="PUBLISH",
        head=("X-WR-CALNAME:Urs Brunner", "X-WR-TIMEZONE:Europe/Zurich"), trap="xwr-timezone-simulator-de"))

    a(one("allday-trialday-de", "0m1ab7rrp2k3q4c5d6e7f8g9h0@google.com", [
        dt("DTSTART", "20250603"), dt("DTEND", "20250604"),
        prop("SUMMARY", "Probetag Fahrlehrer/Instruktor – AlpenBus Graubünden (Chur)"),
        prop("DESCRIPTION", "Grüezi Herr Brunner, wie besprochen der Probetag: Sie begleiten unseren "
             "Fahrlehrer und übernehmen am Nachmittag eine Lektion. Reto Caduff, Leiter Ausbildung"),
        prop("LOCATION", "AlpenBus Graubünden AG, Ringstrasse 40, 7000 Chur"),
        org("reto.caduff@alpenbus-gr.ch", "Reto Caduff"), ME, "TRANSP:TRANSPARENT",
    ], GOOGLE, iv=1, company="AlpenBus Graubünden", role="Fahrlehrer/Instruktor", stage="onsite",
        who="reto.caduff@alpenbus-gr.ch", trap="allday-trialday-de"))

    a(one("medical-check-de", "praxis-dubois-20250527-0815-ub", [
        dt("DTSTART", "20250527T081500", Z), dt("DTEND", "20250527T093000", Z),
        prop("SUMMARY", "Tauglichkeitsuntersuchung (Bewerbung Lokführer-Instruktor BSV)"),
        prop("LOCATION", "Praxis Dr. med. F. Dubois, Zentralstrasse 51, 2502 Biel/Bienne"),
        prop("DESCRIPTION", "Vertrauensärztliche Untersuchung im Auftrag von Biel-Seeland Verkehr AG: Seh- und "
             "Hörtest, EKG, Labor. Nüchtern erscheinen. Dr. med. Fabienne Dubois"),
        org("praxis.dubois@hin.ch", "Dr. med. Fabienne Dubois"), ME,
    ], THUNDERBIRD, iv=1, company="Biel-Seeland Verkehr", role="Lokführer-Instruktor",
        who="praxis.dubois@hin.ch", tzs=(ZRH,), trap="medical-check-de"))

    a(one("agency-names-employer-de", "9E44A2B1-5C3D-4E8F-A102-RPP-MGV-0602", [
        prop("SUMMARY", "Vorstellungsgespräch bei MGV – Disponent Güterverkehr, Olten"),
        dt("DTSTART", "20250602T133000", U1), dt("DTEND", "20250602T143000", U1),
        prop("LOCATION", "Mittelland Güterverkehr AG, Tannwaldstrasse 5, 4600 Olten"),
        prop("DESCRIPTION", "Hallo Herr Brunner\n\nIch freue mich, Ihnen den Termin bei unserem Kunden "
             "Mittelland Güterverkehr AG (MGV) zu bestätigen. Sie sprechen mit Daniel Lehmann (Teamleiter "
             "Disposition). Ich bin nicht dabei, rufe Sie aber danach kurz an.\n\nBeste Grüsse\nAndreas "
             "Schnyder\nRail Personal Partner AG"),
        org("a.schnyder@railpersonal.ch", "Schnyder, Andreas"),
        att("daniel.lehmann@mgv-cargo.ch", "Lehmann, Daniel"), ME,
    ], OUTLOOK, iv=1, company="Mittelland Güterverkehr", role="Disponent Güterverkehr",
        who="daniel.lehmann@mgv-cargo.ch", tzs=(UTC1,)))

    a(one("phone-screen-de", "GBR-TEL-20250404-1100@gbr-hafen.ch", [
        dt("DTSTART", "20250404T110000", W), dt("DTEND", "20250404T113000", W),
        prop("SUMMARY", "Telefoninterview Urs Brunner / GBR (Rangierleiter-Ausbildner)"),
        prop("LOCATION", "Telefon – wir rufen Sie auf 079 412 66 05 an"),
        prop("DESCRIPTION", "Kurzes telefonisches Erstgespräch mit Silvia Lüthi, Personal, Güterbahn "
             "Basel-Rheinhafen AG."),
        org("silvia.luethi@gbr-hafen.ch", "Lüthi, Silvia"), ME,
    ], OUTLOOK, iv=1, company="Güterbahn Basel-Rheinhafen", role="Rangierleiter-Ausbildner",
        stage="recruiter_screen", who="silvia.luethi@gbr-hafen.ch", tzs=(WEU,)))

    return out
