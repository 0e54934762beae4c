"""Holdout12 events: Noor Haddad's own interviews in German (hospital groups, vendors, insurers, agencies).

Given nothing, EVENTS is a list of Ev records; no function raises.
"""

from __future__ import annotations

from holdout12ev_boiler import meet, teams, webex, zoom
from holdout12ev_ics import ME_P, Att, Ev, opt, resource, room

W = "W. Europe Standard Time"
NOOR = Att("Noor Haddad", ME_P)

EVENTS: list[Ev] = [
    Ev("personio-screen", "de", "personio", "Kennenlerngespräch Meridoc Health – Clinical Implementation Consultant "
       "(m/w/d)",
       "20261202T100000", "20261202T103000", "Europe/Berlin",
       organizer=("Meridoc Health Recruiting", "recruiting@meridoc-health.de"),
       attendees=[NOOR, Att("Svenja Albers", "svenja.albers@meridoc-health.de")],
       description="Hallo Noor,\n\nvielen Dank für Ihre Bewerbung als Clinical Implementation Consultant (m/w/d) bei "
       "Meridoc Health. Im ersten Gespräch (ca. 30 Minuten) lernen Sie Svenja Albers aus unserem Talent-Team kennen. "
       "Es geht um Ihren Werdegang auf der Intensivstation, Ihre Motivation und Ihre Gehaltsvorstellung.\n\n"
       "Zum Video-Call: https://meet.meridoc-health.de/svenja-albers\n\nBis bald!\nIhr Meridoc Health Recruiting Team"
       "\n\n-- Versendet über Personio --",
       location="Videocall", interview=True, company="Meridoc Health", role="Clinical Implementation Consultant",
       stage="recruiter_screen", interviewers=["svenja.albers@meridoc-health.de"], trap="ats_personio"),
    Ev("personio-fach", "de", "personio", "Fachgespräch: Clinical Implementation Consultant – Noor Haddad",
       "20261211T140000", "20261211T151500", "Europe/Berlin",
       organizer=("Meridoc Health Recruiting", "recruiting@meridoc-health.de"),
       attendees=[NOOR, Att("Dr. Henrik Lassen", "henrik.lassen@meridoc-health.de"),
                  Att("Mareike Tiedemann", "mareike.tiedemann@meridoc-health.de")],
       description="Liebe Noor,\n\nwie besprochen die Einladung zur zweiten Runde. Sie sprechen mit Dr. Henrik Lassen "
       "(Head of Clinical Services) und Mareike Tiedemann (Senior Implementation Consultant). Bitte bereiten Sie eine "
       "kurze Fallbesprechung vor: Wie würden Sie die Einführung einer digitalen Pflegedokumentation auf einer "
       "Intensivstation planen?\n\nOrt: Meridoc Health\\, Schlesische Str. 27\\, 10997 Berlin\\, 3. OG\n\nViele Grüße"
       "\nSvenja Albers",
       location="Meridoc Health, Schlesische Str. 27, 10997 Berlin", interview=True, company="Meridoc Health",
       role="Clinical Implementation Consultant", stage="technical",
       interviewers=["henrik.lassen@meridoc-health.de", "mareike.tiedemann@meridoc-health.de"], trap="onsite_case"),
    Ev("outlook-vg-spreebogen", "de", "outlook", "Vorstellungsgespräch Klinische Applikationsbetreuung EPA",
       "20261203T090000", "20261203T100000", W,
       organizer=("Brandt, Cornelia", "c.brandt@spreebogen-kliniken.de"),
       attendees=[NOOR, Att("Brandt, Cornelia", "c.brandt@spreebogen-kliniken.de"),
                  Att("Yilmaz, Deniz", "d.yilmaz@spreebogen-kliniken.de"),
                  room("BER-Haus C-Raum 2.14", "raum-c214@spreebogen-kliniken.de")],
       description="Sehr geehrte Frau Haddad,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für "
       "die Stelle \"Klinische Applikationsbetreuung elektronische Patientenakte (EPA)\" einladen zu dürfen. Am "
       "Gespräch nehmen Frau Brandt (Leitung IT-Anwendungen) und Herr Yilmaz (Pflegedirektion) teil.\n\n"
       "Bitte melden Sie sich an der Pforte von Haus C.\n\nMit freundlichen Grüßen\nCornelia Brandt\n"
       "Spreebogen Kliniken gGmbH",
       location="Haus C, Raum 2.14", interview=True, company="Spreebogen Kliniken",
       role="Klinische Applikationsbetreuung EPA", stage="hiring_manager",
       interviewers=["c.brandt@spreebogen-kliniken.de", "d.yilmaz@spreebogen-kliniken.de"], trap="outlook_room"),
    Ev("rexx-zweit", "de", "rexx", "Einladung zum 2. Gespräch – Pflegeinformatikerin (w/m/d) – Kennziffer 2026-114",
       "20261215T130000", "20261215T143000", "Europe/Berlin",
       organizer=("Spreebogen Kliniken Bewerbermanagement", "bewerbung@spreebogen-kliniken.de"),
       attendees=[NOOR, Att("Cornelia Brandt", "c.brandt@spreebogen-kliniken.de"),
                  Att("Prof. Wolfram Engel", "w.engel@spreebogen-kliniken.de")],
       description="Guten Tag Frau Haddad,\n\nhiermit laden wir Sie zum zweiten und abschließenden Auswahlgespräch "
       "ein. Teilnehmende: "
       "Cornelia Brandt\\, Prof. Wolfram Engel (Ärztlicher Direktor). Dauer ca. 90 Minuten inkl. Rundgang durch die "
       "Intensivstation 4B.\n\nDieser Termin wurde automatisch über rexx Recruitment erstellt. Bitte antworten Sie "
       "nicht auf diese E-Mail.",
       location="Spreebogen Kliniken, Verwaltungsgebäude, Konferenzraum Spree", interview=True,
       company="Spreebogen Kliniken", role="Pflegeinformatikerin", stage="final",
       interviewers=["c.brandt@spreebogen-kliniken.de", "w.engel@spreebogen-kliniken.de"], trap="ats_rexx"),
    Ev("dvinci-tel", "de", "dvinci", "Telefoninterview Klinikverbund Nordheide",
       "20261207T111500", "20261207T114500", "Europe/Berlin",
       organizer=("Klinikverbund Nordheide – Personalgewinnung", "noreply@nordheide-kliniken.dvinci-hr.com"),
       attendees=[NOOR, Att("Jana Petersen", "jana.petersen@nordheide-kliniken.de")],
       description="Sehr geehrte Frau Haddad,\n\nvielen Dank für Ihr Interesse an der Position Projektmitarbeiterin "
       "Digitalisierung Pflege (Teilzeit möglich). Frau Petersen aus der Personalabteilung ruft Sie zum vereinbarten "
       "Termin unter der von Ihnen angegebenen Nummer an.\n\nFreundliche Grüße\nIhr Team Personalgewinnung",
       location="Telefon", interview=True, company="Klinikverbund Nordheide",
       role="Projektmitarbeiterin Digitalisierung Pflege", stage="recruiter_screen",
       interviewers=["jana.petersen@nordheide-kliniken.de"], trap="ats_dvinci_phone"),
    Ev("softgarden-video", "de", "softgarden", "Video-Interview | Produktmanagerin Pflegedokumentation | "
       "Stationsdigital",
       "20261209T160000", "20261209T170000", "Europe/Berlin",
       organizer=("Stationsdigital GmbH via softgarden", "no-reply@softgarden.io"),
       attendees=[NOOR, Att("Ole Brockmann", "ole@stationsdigital.de"),
                  Att("Talea Jürgens", "talea@stationsdigital.de")],
       description="Hallo Noor Haddad,\n\nStationsdigital GmbH hat einen Termin mit Ihnen vereinbart.\n\n"
       "Stelle: Produktmanagerin Pflegedokumentation (m/w/d)\nGesprächspartner: Ole Brockmann (CPO)\\, Talea Jürgens "
       "(Product Lead)\n\n" + zoom("de", "sd-video") + "\n\nDiese Nachricht wurde über softgarden versendet.",
       location="Zoom", interview=True, company="Stationsdigital", role="Produktmanagerin Pflegedokumentation",
       stage="hiring_manager", interviewers=["ole@stationsdigital.de", "talea@stationsdigital.de"],
       trap="ats_softgarden"),
    Ev("founder-gmail", "de", "google", "Noor / Cardiosense – Kennenlernen",
       "20261204T173000", "20261204T181500", "Europe/Berlin",
       organizer=("Lennart Vogt", "lennart.vogt.hh@gmail.com"),
       attendees=[Att("Lennart Vogt", "lennart.vogt.hh@gmail.com", partstat="ACCEPTED"), NOOR],
       description="Hi Noor, wie am Telefon besprochen: lass uns über die Rolle als Clinical Lead bei Cardiosense "
       "sprechen – wir bauen gerade das Team für unser Telemonitoring auf der Intensivstation auf. Ich bin Gründer "
       "und CEO, daher die private Adresse.\n\n" + meet("de", "cardiosense"),
       interview=True, company="Cardiosense", role="Clinical Lead",
       stage="hiring_manager", interviewers=["lennart.vogt.hh@gmail.com"], trap="founder_freemail"),
    Ev("cardiosense-team", "de", "google", "Cardiosense – Teamtag mit Noor Haddad",
       "20261217T100000", "20261217T150000", "Europe/Berlin",
       organizer=("Lennart Vogt", "lennart@cardiosense.health"),
       attendees=[Att("Lennart Vogt", "lennart@cardiosense.health", partstat="ACCEPTED"), NOOR,
                  Att("Fenja Rahimi", "fenja@cardiosense.health"), Att("Malte Osterkamp", "malte@cardiosense.health")],
       description="Letzte Runde vor der Entscheidung: Vormittag Produktdemo + Case mit Fenja (CTO)\\, Mittag mit dem "
       "Team\\, nachmittags 45 min mit Malte (Medizinischer Leiter). Adresse: Stubbenhuk 10\\, 20459 Hamburg\\, "
       "2. Stock\\, klingeln bei Cardiosense.",
       location="Stubbenhuk 10, 20459 Hamburg", interview=True, company="Cardiosense", role="Clinical Lead",
       stage="final", interviewers=["lennart@cardiosense.health", "fenja@cardiosense.health",
                                    "malte@cardiosense.health"], trap="onsite_day"),
    Ev("gesundheitsamt-panel", "de", "outlook", "Auswahlgespräch Referentin Gesundheitsdaten (E 13) – Frau Haddad",
       "20261208T100000", "20261208T110000", W,
       organizer=("Kuhlmann, Bettina (LGD)", "bettina.kuhlmann@lgd.hamburg.de"),
       attendees=[NOOR, Att("Kuhlmann, Bettina (LGD)", "bettina.kuhlmann@lgd.hamburg.de"),
                  Att("Dr. Reimers, Ansgar (LGD)", "ansgar.reimers@lgd.hamburg.de"),
                  Att("Gleichstellungsbeauftragte LGD", "gleichstellung@lgd.hamburg.de", role="OPT-PARTICIPANT"),
                  room("LGD Besprechungsraum 3.07", "br307@lgd.hamburg.de")],
       description="Sehr geehrte Frau Haddad,\n\nim Auswahlverfahren zur Stelle Referentin/Referent "
       "Gesundheitsdatenmanagement (Kennziffer LGD-26-041) laden wir Sie zu einem strukturierten Auswahlgespräch ein. "
       "Die Auswahlkommission besteht aus Frau Kuhlmann (Referatsleitung)\\, Herrn Dr. Reimers (Abteilungsleitung) "
       "und der Gleichstellungsbeauftragten.\n\nBitte bringen Sie einen Lichtbildausweis mit.\n\n"
       "Landesamt für Gesundheitsdaten Hamburg\nBillstraße 80\\, 20539 Hamburg",
       location="Billstraße 80, 20539 Hamburg, Raum 3.07", interview=True,
       company="Landesamt für Gesundheitsdaten Hamburg", role="Referentin Gesundheitsdatenmanagement",
       stage="hiring_manager", interviewers=["bettina.kuhlmann@lgd.hamburg.de", "ansgar.reimers@lgd.hamburg.de",
                                             "gleichstellung@lgd.hamburg.de"], trap="public_agency_panel"),
    Ev("agency-de", "de", "outlook", "Interview Alpvita Krankenversicherung (über MedTalent Partners)",
       "20261210T150000", "20261210T154500", W,
       organizer=("Mira Castell | MedTalent Partners", "m.castell@medtalent-partners.de"),
       attendees=[NOOR, Att("Mira Castell | MedTalent Partners", "m.castell@medtalent-partners.de",
                            role="OPT-PARTICIPANT"),
                  Att("Reto Schnyder", "reto.schnyder@alpvita.ch")],
       description="Liebe Noor,\n\nwie telefonisch besprochen habe ich für dich das Erstgespräch bei unserem Kunden "
       "Alpvita Krankenversicherung (Zürich) organisiert. Es geht um die Rolle "
       "\"Fachspezialistin Versorgungsmanagement "
       "Intensivmedizin\". Reto Schnyder (Teamleiter Leistungsmanagement) führt das Gespräch\\; ich bin nur zur "
       "Begrüßung kurz dabei.\n\n" + teams("de", "alpvita-1") + "\n\nHerzliche Grüße\nMira",
       interview=True, company="Alpvita Krankenversicherung", role="Fachspezialistin Versorgungsmanagement "
       "Intensivmedizin", stage="hiring_manager", interviewers=["reto.schnyder@alpvita.ch"],
       trap="agency_names_client"),
    Ev("alpvita-final", "de", "outlook", "Alpvita | Zweitgespräch Fachspezialistin Versorgungsmanagement",
       "20261221T093000", "20261221T113000", W,
       organizer=("Schnyder Reto", "reto.schnyder@alpvita.ch"),
       attendees=[NOOR, Att("Schnyder Reto", "reto.schnyder@alpvita.ch"),
                  Att("Bürgi Simone", "simone.buergi@alpvita.ch"),
                  room("ZH-Hauptsitz Sitzungszimmer Uetliberg", "sz-uetliberg@alpvita.ch")],
       description="Grüezi Frau Haddad\n\nGerne bestätige ich Ihnen das zweite Gespräch bei uns am Hauptsitz. Neben "
       "mir "
       "nimmt Simone Bürgi (Leiterin Versorgungsmanagement) teil. Wir bitten Sie\\, eine kurze Präsentation (10 Min.) "
       "zu Ihrem Verständnis von Case Management nach Intensivaufenthalten vorzubereiten.\n\nFreundliche Grüsse\n"
       "Reto Schnyder\nAlpvita Krankenversicherung AG\\, Badenerstrasse 141\\, 8004 Zürich",
       location="Alpvita, Badenerstrasse 141, 8004 Zürich", interview=True, company="Alpvita Krankenversicherung",
       role="Fachspezialistin Versorgungsmanagement", stage="onsite",
       interviewers=["reto.schnyder@alpvita.ch", "simone.buergi@alpvita.ch"], trap="outlook_room_zurich"),
    Ev("handtyped-de", "de", "ios", "Doclane 2. Runde mit Jakob",
       "20261214T120000", "20261214T130000", "floating",
       description="Produktteam, Fallstudie Videosprechstunde mitbringen",
       interview=True, company="Doclane", stage="technical", trap="handtyped_floating", method=""),
    Ev("calcom-doclane", "de", "calcom", "Doclane Erstgespräch zwischen Jakob Sauer und Noor Haddad",
       "20261201T091500", "20261201T094500", "Europe/Berlin",
       organizer=("Jakob Sauer", "jakob.sauer@doclane.de"),
       attendees=[Att("Jakob Sauer", "jakob.sauer@doclane.de", partstat="ACCEPTED"), NOOR],
       description="Was: Doclane Erstgespräch zwischen Jakob Sauer und Noor Haddad\nEinladender: Jakob Sauer "
       "(Head of Product\\, Doclane)\nWo: Cal Video https://app.cal.com/video/d0cl4n3xq\nZusätzliche Hinweise: "
       "Bewerbung Product Owner Telemedizin – 30 min Kennenlernen\n\nNeu planen oder absagen: "
       "https://app.cal.com/booking/7f3kq",
       location="https://app.cal.com/video/d0cl4n3xq", interview=True, company="Doclane",
       role="Product Owner Telemedizin", stage="hiring_manager", interviewers=["jakob.sauer@doclane.de"],
       trap="calcom_booking"),
    Ev("workday-vitalpunkt", "de", "workday", "Interview: Noor Haddad – Produktmanagerin Digitale Versorgung (R-20817)",
       "20261216T100000", "20261216T110000", "Europe/Berlin",
       organizer=("Vitalpunkt Versicherung Talent Acquisition", "vitalpunkt@myworkday.com"),
       attendees=[NOOR, Att("Katrin Möller", "katrin.moeller@vitalpunkt.de"),
                  Att("Sören Lüth", "soeren.lueth@vitalpunkt.de"),
                  Att("Interview Coordinator", "ta-scheduling@vitalpunkt.de", role="NON-PARTICIPANT")],
       description="Interview-Details\n\nKandidatin: Noor Haddad\nStelle: Produktmanagerin Digitale Versorgung "
       "(R-20817)\nInterviewtyp: Fachinterview\nInterviewer: Katrin Möller\\, Sören Lüth\n\nBitte nutzen Sie den "
       "folgenden Link:\n" + teams("de", "vitalpunkt") + "\n\nVitalpunkt Versicherung AG · Überseering 30 · Hamburg",
       interview=True, company="Vitalpunkt Versicherung", role="Produktmanagerin Digitale Versorgung",
       stage="technical", interviewers=["katrin.moeller@vitalpunkt.de", "soeren.lueth@vitalpunkt.de"],
       trap="ats_workday_coordinator"),
    Ev("webex-bivd", "de", "webex", "Vorstellungsgespräch BIVD – wissenschaftliche Mitarbeiterin Versorgungsdaten",
       "20261218T103000", "20261218T113000", "Europe/Berlin",
       organizer=("Auswahlverfahren BIVD", "auswahl@bivd.bund.de"),
       attendees=[NOOR, Att("Dr. Frauke Hesse", "frauke.hesse@bivd.bund.de"),
                  Att("Tobias Wendt", "tobias.wendt@bivd.bund.de"),
                  Att("Personalrat BIVD", "personalrat@bivd.bund.de", role="OPT-PARTICIPANT")],
       description="Sehr geehrte Frau Haddad\\,\n\nanbei die Einwahldaten für Ihr Vorstellungsgespräch beim "
       "Bundesinstitut für Versorgungsdaten (BIVD) für die Stelle wissenschaftliche Mitarbeiterin (m/w/d) "
       "Pflegedaten und Interoperabilität.\n\n" + webex("de", "bivd", "bivd-bund") + "\n\nMit freundlichen Grüßen\n"
       "Referat Z 2 – Personal",
       location="Webex", interview=True, company="Bundesinstitut für Versorgungsdaten",
       role="wissenschaftliche Mitarbeiterin Pflegedaten und Interoperabilität", stage="hiring_manager",
       interviewers=["frauke.hesse@bivd.bund.de", "tobias.wendt@bivd.bund.de", "personalrat@bivd.bund.de"],
       trap="public_agency_webex"),
    Ev("google-privat-note", "de", "google", "VG Nordheide Station 3 Hospitation + Gespräch PDL",
       "20261222", "20261223", "date",
       description="ganztägig\\, Kasack mitnehmen\\, danach Gespräch mit Frau Petersen und Pflegedirektor Haas",
       location="Klinikverbund Nordheide, Buchholz", interview=True, company="Klinikverbund Nordheide",
       stage="onsite", trap="allday_private_note", method=""),
    Ev("teams-direct-en-de", "de", "owa", "Austausch zur Stelle Clinical Product Owner",
       "20261202T133000", "20261202T141500", W,
       organizer=("Tim Großmann", "tim.grossmann@paracare-analytics.de"),
       attendees=[NOOR, Att("Tim Großmann", "tim.grossmann@paracare-analytics.de")],
       description="Hallo Frau Haddad\\,\n\ndanke für Ihre Bewerbung. Ich leite das Produktteam bei ParaCare "
       "Analytics und "
       "würde gern in einem ersten Gespräch klären\\, ob die Rolle als Clinical Product Owner für unsere "
       "Sepsis-Frühwarnung zu Ihnen passt.\n\n" + teams("de", "paracare"),
       interview=True, company="ParaCare Analytics", role="Clinical Product Owner", stage="hiring_manager",
       interviewers=["tim.grossmann@paracare-analytics.de"], trap="weak_title_austausch"),
    Ev("paracare-tech", "de", "owa", "ParaCare: Fallstudie & Team (Runde 2)",
       "20261214T090000", "20261214T110000", W,
       organizer=("Tim Großmann", "tim.grossmann@paracare-analytics.de"),
       attendees=[NOOR, Att("Tim Großmann", "tim.grossmann@paracare-analytics.de"),
                  Att("Esra Kaplan", "esra.kaplan@paracare-analytics.de"),
                  Att("Björn Hartwig", "bjoern.hartwig@paracare-analytics.de"),
                  resource("Beamer Mobil 2", "beamer2@paracare-analytics.de"),
                  room("HH Raum Alster", "raum.alster@paracare-analytics.de")],
       description="Guten Morgen Frau Haddad\\,\n\nwie angekündigt die zweite Runde: 45 Minuten Fallstudie (Sie "
       "erhalten "
       "die Unterlagen 48 h vorher)\\, danach Austausch mit Esra Kaplan (Data Science) und Björn Hartwig (Clinical "
       "Advisory Board). Adresse: Großer Burstah 31\\, 20457 Hamburg.\n\nBeste Grüße\nTim Großmann",
       location="HH Raum Alster; Großer Burstah 31", interview=True, company="ParaCare Analytics",
       role="Clinical Product Owner", stage="technical",
       interviewers=["tim.grossmann@paracare-analytics.de", "esra.kaplan@paracare-analytics.de",
                     "bjoern.hartwig@paracare-analytics.de"], trap="room_and_resource"),
    Ev("cancelled-de", "de", "personio", "ABGESAGT: Kennenlerngespräch Triagon Health",
       "20261203T160000", "20261203T163000", "Europe/Berlin",
       organizer=("Triagon Health Recruiting", "jobs@triagon-health.com"),
       attendees=[NOOR, Att("Anouk Reinders", "anouk.reinders@triagon-health.com")],
       description="Liebe Noor\\,\n\nleider müssen wir das Kennenlerngespräch für die Position Implementation Manager "
       "Kliniken absagen\\, da Anouk erkrankt ist. Wir melden uns mit einem neuen Terminvorschlag.\n\n"
       "Triagon Health Recruiting",
       interview=True, company="Triagon Health", role="Implementation Manager Kliniken", stage="recruiter_screen",
       interviewers=["anouk.reinders@triagon-health.com"], trap="cancelled", status="CANCELLED", method="CANCEL",
       sequence=1),
    Ev("zoom-assessment", "de", "zoom", "Assessment Center Trainee-Programm Digital Health – Elbklinik Verbund",
       "20261207T083000", "20261207T163000", "Europe/Berlin",
       organizer=("Elbklinik Verbund Talent", "talent@elbklinik-verbund.de"),
       attendees=[NOOR, Att("Greta Holm", "greta.holm@elbklinik-verbund.de"),
                  Att("Farid Nouri", "farid.nouri@elbklinik-verbund.de"),
                  Att("Talent Team Elbklinik", "talent@elbklinik-verbund.de", role="NON-PARTICIPANT")],
       description="Herzlich willkommen zum virtuellen Assessment Center für das Trainee-Programm Digital Health!\n\n"
       "Ablauf: 08:30 Begrüßung\\, 09:00 Gruppenübung\\, 11:00 Präsentation\\, 13:30 Einzelinterviews mit Greta Holm "
       "(Leitung Digitalisierung) und Farid Nouri (HR Business Partner)\\, 16:00 Abschluss.\n\n" + zoom("de", "elbac"),
       interview=True, company="Elbklinik Verbund", role="Trainee-Programm Digital Health", stage="onsite",
       interviewers=["greta.holm@elbklinik-verbund.de", "farid.nouri@elbklinik-verbund.de"],
       trap="assessment_center"),
    Ev("rescheduled-de", "de", "outlook", "Vorstellungsgespräch Pflegeinformatik – NEUER TERMIN",
       "20261209T140000", "20261209T150000", W,
       organizer=("Haas, Matthias", "m.haas@nordheide-kliniken.de"),
       attendees=[NOOR, Att("Haas, Matthias", "m.haas@nordheide-kliniken.de"),
                  Att("Petersen, Jana", "jana.petersen@nordheide-kliniken.de")],
       description="Sehr geehrte Frau Haddad\\,\n\nwie telefonisch besprochen verschieben wir unser Gespräch auf "
       "Mittwoch 14 Uhr. Treffpunkt bleibt das Sekretariat der Pflegedirektion\\, Klinikum Buchholz\\, Steinbecker "
       "Str. 44.\n\nMit freundlichen Grüßen\nMatthias Haas\nPflegedirektor\\, Klinikverbund Nordheide",
       location="Pflegedirektion, Steinbecker Str. 44, Buchholz", interview=True, company="Klinikverbund Nordheide",
       role="Pflegeinformatik", stage="hiring_manager",
       interviewers=["m.haas@nordheide-kliniken.de", "jana.petersen@nordheide-kliniken.de"], trap="rescheduled",
       sequence=2),
    Ev("apple-note-de", "de", "apple", "Gespräch Santémed (Zürich) – Frau Keller",
       "20261211T100000", "20261211T110000", "Europe/Zurich",
       description="Implementation Consultant KIS\\, Bahnhofquai 9\\, 2. Stock. Unterlagen: Zeugnisse\\, "
       "Arbeitsbewilligung klären.",
       location="Bahnhofquai 9, 8001 Zürich", interview=True, company="Santémed", role="Implementation Consultant KIS",
       trap="apple_own_entry", method="",
       extra=["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H", "END:VALARM"]),
    Ev("gmx-hm-de", "de", "thunderbird", "Telefonat wegen Stelle Praxisanleitung digital",
       "20261205T110000", "20261205T113000", "Europe/Berlin",
       organizer=("Ulrike Brenner", "u.brenner@gmx.de"),
       attendees=[Att("Ulrike Brenner", "u.brenner@gmx.de", partstat="ACCEPTED"), NOOR],
       description="Liebe Frau Haddad\\, ich bin Geschäftsführerin der PflegeCampus Akademie Hamburg (wir sind ein "
       "kleines Team\\, daher schreibe ich von meiner privaten Adresse). Gern möchte ich mit Ihnen über die Stelle "
       "\"Referentin E-Learning Intensivpflege\" sprechen. Ich rufe Sie an.",
       location="Telefon", interview=True, company="PflegeCampus Akademie Hamburg",
       role="Referentin E-Learning Intensivpflege", stage="hiring_manager", interviewers=["u.brenner@gmx.de"],
       trap="owner_freemail_phone"),
    Ev("en-in-de-meet", "de", "google", "Caregrid x Noor – Produkt-Deep-Dive",
       "20261210T110000", "20261210T120000", "Europe/Berlin",
       organizer=("Hannes Wirth", "hannes@caregrid.io"),
       attendees=[Att("Hannes Wirth", "hannes@caregrid.io", partstat="ACCEPTED"), NOOR,
                  Att("Lara Mbeki", "lara@caregrid.io"), opt("Caregrid Hiring", "hiring@caregrid.io")],
       description="Hi Noor\\, nach unserem ersten Call jetzt der Deep-Dive: Wir schauen gemeinsam auf unser "
       "Schichtübergabe-Modul und du erzählst\\, was auf einer ICU wirklich gebraucht wird. Lara ist unsere "
       "Designerin.\n\n" + meet("de", "caregrid-dd"),
       interview=True, company="Caregrid", stage="technical", interviewers=["hannes@caregrid.io", "lara@caregrid.io"],
       trap="coordinator_optional"),
]
