"""holdout35: the user's own interviews (blind; CC0 1.0). User: Kwame Mensah."""

from __future__ import annotations

from holdout35ev_ical import Ev


def positives() -> list[Ev]:
    e: list[Ev] = []
    a = e.append
    a(Ev("sf-screen", "de", "sf", "Telefoninterview: Junior Data Analyst Supply Chain (m/w/d) – Hapag-Lloyd AG",
         "Sehr geehrter Herr Mensah,\n\nvielen Dank für Ihre Bewerbung als Junior Data Analyst Supply Chain (m/w/d)."
         " Wie besprochen bestätigen wir Ihnen das telefonische Erstgespräch mit Frau Lena Brodersen (Talent"
         " Acquisition). Sie ruft Sie unter der angegebenen Nummer an.\n\nMit freundlichen Grüßen\nIhr"
         " Recruiting-Team der Hapag-Lloyd AG\n\nDiese Nachricht wurde automatisch von SAP SuccessFactors erstellt.",
         "coord:Hapag-Lloyd Recruiting <noreply-recruiting@hlag.com>",
         ["Lena Brodersen <lena.brodersen@hlag.com>", "Kwame Mensah <ME>"], "20261201T1000", 30,
         loc="Telefon", co="Hapag-Lloyd", role="Junior Data Analyst Supply Chain", stage="recruiter_screen"))
    a(Ev("outlook-technical", "de", "exchange", "Fachgespräch Supply Chain Analytics – Kwame Mensah",
         "Hallo Herr Mensah,\n\nwie telefonisch vereinbart hier die Einladung zum Fachgespräch für die Position"
         " Supply Chain Analyst. Dabei sind Jens Hollmann (Teamlead Network Planning) und Aylin Kaya (Data"
         " Engineering). Bitte planen Sie etwa 20 Minuten für eine kleine SQL-Aufgabe ein.\n\nViele Grüße\nJens"
         " Hollmann", "Hollmann, Jens <jens.hollmann@tchibo.de>",
         ["Kaya, Aylin <aylin.kaya@tchibo.de>", "Kwame Mensah <ME>"], "20261202T1400", 75, boil="teams_de",
         co="Tchibo", role="Supply Chain Analyst", stage="technical"))
    a(Ev("greenhouse-hm", "en", "greenhouse", "Interview: Kwame Mensah <> Flexport – Hiring Manager",
         "Hi Kwame,\n\nThanks for scheduling time with us! You'll be speaking with Maarten de Vries, Manager,"
         " Network Analytics, about the Senior Analyst, Ocean Network Design position.\n\nThis conversation will"
         " take place over Zoom (link below). If you need to reschedule please reply to"
         " this email.\n\nBest,\nSophie (Recruiting Coordinator, Flexport)",
         "coord:Sophie Tan <sophie.tan@flexport.com>",
         ["Maarten de Vries <mdevries@flexport.com>", "Kwame Mensah <ME>"], "20261203T1600", 45,
         tz="Europe/Amsterdam", boil="zoom_en", co="Flexport", role="Senior Analyst, Ocean Network Design",
         stage="hiring_manager"))
    a(Ev("hand-terse", "de", "ios", "Otto – Zweitgespräch",
         "Hr. Petersen + Fr. Wulf, Werner-Otto-Str., Empfang Haus 12",
         "Kwame Mensah <ME>", [], "20261204T0930", 90, tz="float", loc="Werner-Otto-Straße 1-7, 22179 Hamburg",
         method="", co="Otto", stage="onsite", ivs=""))
    a(Ev("personio-first", "de", "personio",
         "Einladung zum Kennenlerngespräch | Analyst*in Logistik-Controlling (Bremen)",
         "Hallo Kwame,\n\nschön, dass du dich bei der BLG LOGISTICS GROUP AG & Co. KG beworben hast! Wir möchten"
         " dich gern in einem ersten Video-Call kennenlernen. Deine Gesprächspartnerin ist Merle Ahlers aus dem"
         " People-Team.\n\nRolle: Analyst*in Logistik-Controlling\nStandort: Bremen\n\nBis bald!\nDein BLG"
         " Recruiting-Team\n\n-- Gesendet über Personio --",
         "coord:BLG Recruiting <jobs@blg.personio.de>",
         ["Merle Ahlers <m.ahlers@blg.de>", "Kwame Mensah <ME>"], "20261207T1100", 30, boil="teams_de",
         co="BLG Logistics", role="Analyst*in Logistik-Controlling", stage="recruiter_screen"))
    a(Ev("workday-final", "en", "workday", "Final Interview - Supply Chain Data Analyst (R-0048812)",
         "Dear Kwame,\n\nWe are pleased to invite you to a final interview for the Supply Chain Data Analyst role"
         " (requisition R-0048812) with Unilever.\n\nPanel:\n- Priya Raman, Director Supply Chain Analytics\n-"
         " Tom Aldridge, Head of Demand Planning Europe\n\nVenue: 100 Victoria Embankment, London EC4Y 0DY."
         " Please bring photo ID for reception.\n\nKind regards,\nUnilever Talent Acquisition\n\nThis is a"
         " system-generated message from Workday. Please do not reply.",
         "coord:Unilever Talent Acquisition <unilever@myworkday.com>",
         ["Priya Raman <priya.raman@unilever.com>", "Tom Aldridge <tom.aldridge@unilever.com>",
          "Kwame Mensah <ME>", "room:LON-VE-4.12 Thames (10) <lon-ve-4.12@unilever.com>"],
         "20261208T1030", 120, tz="Europe/London", loc="100 Victoria Embankment, London", co="Unilever",
         role="Supply Chain Data Analyst", stage="final"))
    a(Ev("calendly-founder", "en", "calendly", "Kwame Mensah and Jonas Richter",
         "Event Name: 30 min intro – Ops Analyst (Lagerlicht)\n\nLocation: This is a Google Meet web conference."
         "\nhttps://meet.google.com/qpw-tkzo-fre\n\nPlease share anything that will help prepare for our meeting.:"
         "\nApplied via Berlin Startup Jobs for the Operations Analyst role\n\nNeed to make changes to this event?"
         "\nCancel: https://calendly.com/cancellations/0b1e\nReschedule: https://calendly.com/reschedulings/0b1e"
         "\n\nPowered by Calendly.com",
         "Jonas Richter <jonas.richter.lagerlicht@gmail.com>", ["Kwame Mensah <ME>"], "20261208T1700", 30,
         loc="Google Meet", co="Lagerlicht", role="Operations Analyst", stage="recruiter_screen"))
    a(Ev("google-direct", "de", "google", "Kwame / Forto – Case Interview Transportmanagement",
         "Hi Kwame,\n\nwie besprochen: 60 Min Case (Netzwerk-Optimierung Road Freight, du bekommst die Daten"
         " 10 Min vorher per Mail). Mit dabei: ich und Carla aus dem Pricing-Team.\n\nLG Ben",
         "Ben Schuster <ben.schuster@forto.com>",
         ["Carla Nowak <carla.nowak@forto.com>", "Kwame Mensah <ME>"], "20261209T1000", 60, boil="meet",
         co="Forto", stage="technical"))
    a(Ev("agency-hays", "de", "outlook",
         "Vorstellungsgespräch bei der Jungheinrich AG – Data Analyst Intralogistik (über Hays)",
         "Lieber Herr Mensah,\n\nhiermit bestätige ich Ihnen den Termin beim Kunden: Jungheinrich AG,"
         " Friedrich-Ebert-Damm 129, Hamburg-Wandsbek. Gesprächspartner sind Herr Dr. Malte Stein (Leiter"
         " Logistikplanung) und Frau Sandra Vogt (HR Business Partner). Ich selbst bin nicht dabei; rufen Sie mich"
         " danach gerne an.\n\nViele Grüße\nNadine Krüger\nSenior Recruitment Consultant | Hays AG",
         "coord:Krüger, Nadine <nadine.krueger@hays.de>",
         ["Kwame Mensah <ME>"], "20261210T0900", 90,
         loc="Jungheinrich AG, Friedrich-Ebert-Damm 129, 22047 Hamburg", co="Jungheinrich",
         role="Data Analyst Intralogistik", stage="onsite", ivs=""))
    a(Ev("smartrec-tech", "en", "smartrec", "Technical interview - Logistics Data Scientist | Kuehne+Nagel",
         "Hello Kwame,\n\nYour technical interview for Logistics Data Scientist (Job ID 744193) is confirmed."
         "\nInterviewers: Reto Baumann (Data Science Lead) and Ines Frei (Senior Data Scientist).\nFormat: 30"
         " minutes Python/pandas live exercise, 30 minutes discussion of a past project.\n\nKuehne + Nagel"
         " International AG · Dorfstrasse 50 · 8834 Schindellegi",
         "coord:Kuehne+Nagel Careers <no-reply@smartrecruiters.com>",
         ["Reto Baumann <reto.baumann@kuehne-nagel.com>", "Ines Frei <ines.frei@kuehne-nagel.com>",
          "Kwame Mensah <ME>"], "20261210T1400", 60, tz="Europe/Zurich", boil="teams_en", co="Kuehne+Nagel",
         role="Logistics Data Scientist", stage="technical"))
    a(Ev("fr-geodis", "fr", "outlook", "Entretien RH – Chargé d'analyses Supply Chain – GEODIS",
         "Bonjour Kwame,\n\nSuite à notre échange, je vous confirme notre entretien en visio pour le poste de"
         " Chargé d'analyses Supply Chain (H/F) basé à Lyon ou en télétravail partiel.\n\nBien cordialement,"
         "\nCamille Girard\nChargée de recrutement, GEODIS",
         "Camille Girard <camille.girard@geodis.com>", ["Kwame Mensah <ME>"], "20261211T1000", 45,
         tz="Europe/Paris", boil="teams_en", co="GEODIS", role="Chargé d'analyses Supply Chain",
         stage="recruiter_screen"))
    a(Ev("es-inditex", "es", "google", "Entrevista técnica – Analista de Datos Logística (Inditex)",
         "Hola Kwame:\n\nTe confirmamos la entrevista técnica para el puesto de Analista de Datos Logística en"
         " nuestra plataforma de Arteixo. Estarán Marta Souto (Responsable Analítica) y Diego Pena.\n\nUn saludo,"
         "\nEquipo de Selección", "Marta Souto <martasouto@inditex.com>",
         ["Diego Pena <diegopena@inditex.com>", "Kwame Mensah <ME>"], "20261211T1600", 60, tz="Europe/Madrid",
         boil="meet", co="Inditex", role="Analista de Datos Logística", stage="technical"))
    a(Ev("bookings-screen", "de", "bookings", "Erstgespräch Supply Chain Planner – Beiersdorf",
         "Ihr Termin wurde gebucht.\n\nDienst: Erstgespräch Bewerber*innen (30 Minuten)\nMitarbeiter:"
         " Katharina Lenz\n\nBeiersdorf AG · Talent Acquisition\nUnnastraße 48, 20245 Hamburg\n\nUm den Termin"
         " zu ändern oder abzusagen, verwenden Sie den Link in der Bestätigungsmail.",
         "coord:Beiersdorf Talent Acquisition <TalentAcquisition@beiersdorf.onmicrosoft.com>",
         ["Katharina Lenz <katharina.lenz@beiersdorf.com>", "Kwame Mensah <ME>"], "20261214T0830", 30,
         boil="teams_de", co="Beiersdorf", role="Supply Chain Planner", stage="recruiter_screen"))
    a(Ev("onsite-loop-rooms", "de", "exchange", "Vor-Ort-Termin Kwame Mensah (Demand Planning Analytics)",
         "Ablauf:\n09:30 Begrüßung Empfang (Frau Ohlsen, Assistenz)\n09:45 Fachteil mit Dirk Behrens\n10:45"
         " Case-Präsentation vor Dirk Behrens und Svenja Paulsen\n11:45 Rundgang Lager Allermöhe\n\nParkplätze"
         " für Gäste vor Tor 2.",
         "coord:Ohlsen, Birte <birte.ohlsen@still.de>",
         ["Behrens, Dirk <dirk.behrens@still.de>", "Paulsen, Svenja <svenja.paulsen@still.de>",
          "Kwame Mensah <ME>", "room:HH-BS-Raum Alster 2.07 <raum.alster207@still.de>",
          "res:Beamer mobil 3 <beamer3@still.de>"], "20261215T0930", 165,
         loc="STILL GmbH, Berzeliusstraße 10, Hamburg – Raum Alster 2.07", co="STILL",
         role="Demand Planning Analytics", stage="onsite"))
    a(Ev("apple-hm-note", "de", "apple", "Gespräch mit Fr. Yilmaz (Abteilungsleitung) – Edeka Nord",
         "2. Runde. Sie ist künftige Chefin. Fragen zu Filialbelieferung/Tourenplanung vorbereiten!",
         "", [], "20261215T1500", 60, tz="float", method="", loc="EDEKA Zentrale, Gadelander Str. 120, Neumünster",
         co="Edeka", stage="hiring_manager", ivs=""))
    a(Ev("zurich-migros", "de", "outlook",
         "Interview Data Analyst Supply Chain – Migros-Genossenschafts-Bund",
         "Grüezi Herr Mensah\n\nGerne bestätigen wir Ihnen das Interview per Teams. Sie sprechen mit Urs Keller"
         " (Leiter Analytics Logistik) und Fabienne Roth (HR).\n\nFreundliche Grüsse\nFabienne Roth\nMigros-"
         "Genossenschafts-Bund, Direktion Logistik",
         "Roth Fabienne (MGB) <fabienne.roth@mgb.ch>",
         ["Keller Urs (MGB) <urs.keller@mgb.ch>", "Kwame Mensah <ME>"], "20261216T1000", 60,
         boil="teams_de", co="Migros", role="Data Analyst Supply Chain", stage="hiring_manager"))
    a(Ev("rotterdam-coolblue", "en", "google", "Coolblue | Kwame Mensah | Logistics Analyst – 2nd round",
         "Hi Kwame! Great first chat. In this round you'll meet Femke Jansen (Team Lead Warehouse Analytics) and"
         " Bas Visser (Analyst). We'll work through a small capacity question together — no preparation needed"
         " besides a laptop-free mindset ;)\n\nCheers, Lotte (Recruiter)",
         "coord:Lotte Bakker <l.bakker@coolblue.nl>",
         ["Femke Jansen <f.jansen@coolblue.nl>", "Bas Visser <b.visser@coolblue.nl>", "Kwame Mensah <ME>"],
         "20261216T1400", 60, tz="Europe/Amsterdam", loc="Coolblue HQ, Weena 664, Rotterdam", co="Coolblue",
         role="Logistics Analyst", stage="technical"))
    a(Ev("cancelled-zalando", "de", "google", "ABGESAGT: Interview Zalando – Supply Chain Analyst",
         "Leider müssen wir den Termin absagen – wir melden uns mit einem neuen Vorschlag.\n\nViele Grüße\nTim",
         "Tim Berger <tim.berger@zalando.de>", ["Kwame Mensah <ME>"], "20261217T1100", 45, status="CANCELLED",
         method="CANCEL", co="Zalando", role="Supply Chain Analyst", stage="", trap="cancelled"))
    a(Ev("work-address", "de", "exchange", "Bewerbungsgespräch Kwame Mensah",
         "Hallo Kwame,\n\nich hab die Einladung versehentlich an deine Terminal-Adresse geschickt, sorry! Wie"
         " besprochen: Gespräch zur Stelle Analyst Hafenlogistik bei uns (HHLA, Bereich Intermodal). Dabei bin"
         " ich und Gesa Timm.\n\nGruß\nOle Hansen",
         "Hansen, Ole <hansen.o@hhla.de>", ["Timm, Gesa <timm.g@hhla.de>", "Mensah, Kwame <WORK>"],
         "20261217T1600", 60, loc="HHLA, Bei St. Annen 1, Hamburg", co="HHLA", role="Analyst Hafenlogistik",
         stage="hiring_manager", trap="work_address"))
    a(Ev("london-ocado", "en", "greenhouse", "Ocado Technology: Virtual onsite – Kwame Mensah",
         "Hi Kwame,\n\nHere is your virtual onsite for the Supply Chain Modelling Analyst role.\n\n14:00 – 14:45"
         " Modelling exercise with Hannah Cole\n14:50 – 15:35 Stakeholder scenario with Raj Patel\n15:40 –"
         " 16:10 Values chat with Emma Wright (Hiring Manager)\n\nGoogle Meet links are in each calendar slot."
         "\n\nThe Ocado Group Talent Team", "coord:Ocado Talent <talent@ocadogroup.com>",
         ["Hannah Cole <hannah.cole@ocado.com>", "Raj Patel <raj.patel@ocado.com>",
          "Emma Wright <emma.wright@ocado.com>", "Kwame Mensah <ME>"], "20261218T1400", 130,
         tz="Europe/London", boil="meet", co="Ocado Technology", role="Supply Chain Modelling Analyst",
         stage="onsite"))
    a(Ev("founder-proton", "en", "thunderbird", "Shiplytics x Kwame — product analytics chat",
         "Hey Kwame, thanks for applying to the Founding Data Analyst role! This is the first conversation with"
         " me (CEO) — 40 min, relaxed, I'll ask about your terminal planning experience and you can grill me."
         "\n\nMaya", "Maya Okafor <maya.okafor@proton.me>", ["Kwame Mensah <ME>"], "20261218T1800", 40,
         tz="utc", loc="https://whereby.com/shiplytics-maya", co="Shiplytics", role="Founding Data Analyst",
         stage="hiring_manager"))
    a(Ev("roland-berger", "de", "outlook", "Interviewtag Roland Berger – Consultant Operations & Supply Chain",
         "Sehr geehrter Herr Mensah,\n\nwir freuen uns, Sie zu unserem Interviewtag in Hamburg begrüßen zu"
         " dürfen. Sie führen zwei Case-Interviews (mit Partner Dr. Henrik Lange und Principal Julia Weiß) und"
         " ein Fit-Gespräch.\n\nMit freundlichen Grüßen\nRecruiting Team Germany",
         "coord:Recruiting Germany <recruiting.germany@rolandberger.com>",
         ["Lange, Henrik <henrik.lange@rolandberger.com>", "Weiss, Julia <julia.weiss@rolandberger.com>",
          "Kwame Mensah <ME>"], "20261221T0900", 300, loc="Roland Berger, Kaiser-Wilhelm-Str. 79-87, Hamburg",
         co="Roland Berger", role="Consultant Operations & Supply Chain", stage="onsite"))
    a(Ev("allday-assessment", "de", "google", "Assessment Center DB Schenker (Hamburg)",
         "Ganztägig, Beginn 8:30 Uhr, Ende ca. 16 Uhr. Trainee-Programm Analytics & Contract Logistics."
         " Unterlagen: Personalausweis, Zeugnisse.", "Kwame Mensah <ME>", [], "20261222", 1440, method="",
         loc="DB Schenker, Hammerbrook, Hamburg", co="DB Schenker", role="Trainee-Programm Analytics & Contract"
         " Logistics", stage="onsite", ivs=""))
    a(Ev("fr-cma", "fr", "outlook", "Entretien technique – Data Analyst Opérations Maritimes – CMA CGM",
         "Bonjour M. Mensah,\n\nNous avons le plaisir de vous convier à un entretien technique (Python, SQL,"
         " optimisation) avec Antoine Rousseau, Lead Data Scientist, et Léa Martin, Data Analyst.\n\nCordialement,"
         "\nDirection des Ressources Humaines\nCMA CGM", "coord:Recrutement CMA CGM <recrutement@cma-cgm.com>",
         ["Antoine Rousseau <a.rousseau@cma-cgm.com>", "Léa Martin <l.martin@cma-cgm.com>", "Kwame Mensah <ME>"],
         "20261222T1400", 75, tz="Europe/Paris", boil="webex", co="CMA CGM", role="Data Analyst Opérations Maritimes",
         stage="technical"))
    a(Ev("hm-kearney", "en", "outlook", "Kwame Mensah / Kearney – conversation with Principal",
         "Kwame – following your case rounds, Anna Schmid (Principal, Operations Practice) would like to speak"
         " with you before we finalise. 30 minutes, Teams.\n\nBest regards\nLaura\nRecruiting Coordinator",
         "coord:Hartmann, Laura <laura.hartmann@kearney.com>",
         ["Schmid, Anna <anna.schmid@kearney.com>", "Kwame Mensah <ME>"], "20270105T1100", 30,
         boil="teams_en", co="Kearney", stage="final"))
    a(Ev("camelot", "de", "sf", "Interview Consultant Supply Chain Analytics – Camelot Management Consultants",
         "Guten Tag Herr Mensah,\n\nwir laden Sie herzlich zu einem Interview ein.\nGesprächspartner: Florian"
         " Maier (Senior Manager)\nDauer: 60 Minuten\nOrt: Microsoft Teams\n\nCamelot Management Consultants AG"
         " | Recruiting", "coord:Camelot Recruiting <noreply@successfactors.eu>",
         ["Florian Maier <flm@camelot-mc.com>", "Kwame Mensah <ME>"], "20270106T1000", 60, boil="teams_de",
         co="Camelot Management Consultants", role="Consultant Supply Chain Analytics", stage="hiring_manager"))
    a(Ev("hand-phone", "de", "apple", "Tel. Sennder Recruiterin 15:00", "", "", [], "20270106T1500", 20,
         tz="float", method="", co="sennder", stage="recruiter_screen", ivs=""))
    a(Ev("celonis-tech", "en", "greenhouse", "Celonis Interview — Value Engineer (Supply Chain) — Technical",
         "Hi Kwame,\n\nYour interview with Celonis is confirmed.\n\nInterviewer(s): Felix Wagner, Senior Value"
         " Engineer\nRole: Value Engineer (Supply Chain)\n\nThe session is a process-mining case with a"
         " sample order-to-delivery event log.\n\nCelonis SE Talent Acquisition",
         "coord:Celonis Recruiting <no-reply@us.greenhouse-mail.io>",
         ["Felix Wagner <f.wagner@celonis.com>", "Kwame Mensah <ME>"], "20270107T1300", 60, boil="zoom_en",
         co="Celonis", role="Value Engineer (Supply Chain)", stage="technical"))
    a(Ev("arvato", "de", "exchange", "Gespräch Analyst Supply Chain Solutions – Arvato / Kwame Mensah",
         "Hallo Herr Mensah,\n\nanbei die Einladung für unser Gespräch. Teilnehmer von unserer Seite: Katrin"
         " Schwarz (Head of Solution Design) und ich.\n\nViele Grüße\nMarco Frank\nArvato Supply Chain Solutions SE",
         "Frank, Marco <marco.frank@bertelsmann.de>",
         ["Schwarz, Katrin <katrin.schwarz@bertelsmann.de>", "Kwame Mensah <ME>"], "20270107T1530", 60,
         boil="teams_de", co="Arvato", role="Analyst Supply Chain Solutions", stage="hiring_manager"))
    a(Ev("recurring-trial", "de", "google", "Probearbeit everstox (Tag 1+2)",
         "Zwei halbe Tage Probearbeit als Operations Data Analyst im Office Berlin-Kreuzberg. Ansprechpartner:"
         " Paul (CTO) und Jana (Ops).", "Paul Hoffmann <paul@everstox.com>",
         ["Jana Möller <jana@everstox.com>", "Kwame Mensah <ME>"], "20270111T0900", 240,
         extra=["RRULE:FREQ=DAILY;COUNT=2"],
         override=("20270112T0900", "20270113T0900", "Tag 2 verschoben auf Mittwoch – gleiche Zeit."),
         loc="everstox, Schlesische Str. 26, Berlin", co="everstox", role="Operations Data Analyst",
         stage="onsite"))
    a(Ev("webex-dhl", "en", "webex", "DHL Supply Chain – Interview Analytics Manager (Solutions Design)",
         "Dear Kwame,\n\nthank you for your interest in DHL Supply Chain. Please join the interview via the Webex"
         " link below. You will meet Sarah Klein (VP Solutions Design) and Mark Evans.\n\nBest regards,"
         "\nDHL Group Talent Acquisition", "coord:DHL Talent Acquisition <talent.acquisition@dhl.com>",
         ["Sarah Klein <sarah.klein@dhl.com>", "Mark Evans <mark.evans@dhl.com>", "Kwame Mensah <ME>"],
         "20270112T1000", 60, boil="webex", co="DHL Supply Chain", role="Analytics Manager (Solutions Design)",
         stage="hiring_manager"))
    a(Ev("es-dsv", "es", "outlook", "Entrevista con DSV – Supply Chain Analyst (remoto)",
         "Hola Kwame,\n\nte envío la invitación para la entrevista con el equipo de Solutions. Estaremos Lucía"
         " Ortega (HR) y Javier Ruiz (Solutions Manager).\n\nSaludos,\nLucía",
         "Lucía Ortega <lucia.ortega@dsv.com>", ["Javier Ruiz <javier.ruiz@dsv.com>", "Kwame Mensah <ME>"],
         "20270112T1600", 45, tz="Europe/Madrid", boil="teams_en", co="DSV", role="Supply Chain Analyst",
         stage="recruiter_screen"))
    return e
