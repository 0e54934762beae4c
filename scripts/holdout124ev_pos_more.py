"""holdout124: the user's own interviews, more German shapes and French/Spanish invitations (blind, CC0 1.0)."""

from __future__ import annotations

from holdout124ev_core import ME, att, desc, org, simple
from holdout124ev_pos_de import TEAMS_DE


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = "wd-int-lindwurm-3317-krueger"
    a(simple("workday-de", uid, [
        "DTSTART;TZID=Europe/Berlin:20270209T100000", "DTEND;TZID=Europe/Berlin:20270209T110000",
        "DTSTAMP:20270202T080000Z", org("lindwurm@myworkday.com", "Lindwurm Hospitality Group"),
        att(ME, "Sabine Krüger"), att("t.obermaier@lindwurm-hotels.de", "Theresa Obermaier"),
        "SUMMARY:Vorstellungsgespräch: Managerin Kundenerlebnis (R-3317) – Sabine Krüger",
        "LOCATION:Lindwurm Hotel Sendlinger Tor\\, Lindwurmstraße 2\\, 80337 München",
        desc("Details zum Vorstellungsgespräch\nKandidatin: Sabine Krüger\nStellenausschreibung: R-3317 "
             "Managerin Kundenerlebnis (m/w/d)\nArt: Gespräch mit der Führungskraft\nInterviewerin: Theresa "
             "Obermaier\\, Director Guest Experience\n\nLindwurm Hospitality Group"),
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//Workday//Workday Recruiting//DE",
        company="Lindwurm Hospitality Group", role="Managerin Kundenerlebnis (m/w/d)", stage="hiring_manager",
        interviewers="t.obermaier@lindwurm-hotels.de", trap="workday-de"))

    uid = "5C1E7A90-0B3D-4D22-8F6A-7E2D9C1B0A44"
    a(simple("floating-handtyped-de", uid, [
        "DTSTAMP:20270130T121212Z", "DTSTART:20270205T143000", "DTEND:20270205T153000",
        "SUMMARY:Skylark 2. Runde – Base Mgr MUC (Hr. Lutz + Fr. Engel)",
        "LOCATION:Skylark Regional Crew Base\\, MUC Terminal 2\\, Ebene 05",
        desc("mit S-Bahn, Ausweis mitnehmen. Fragen: Crewplanung, Nachtstopps, Budget"),
    ], yes=1, tool="apple", method=None,
        company="Skylark Regional", role="Base Mgr MUC", stage="", interviewers="Hr. Lutz;Fr. Engel",
        trap="floating-handtyped-de"))

    uid = "skylark-ti-0117@skylark-regional.de"
    a(simple("personio-screen-skylark-de", uid, [
        "DTSTAMP:20270112T120000Z", "DTSTART;TZID=Europe/Berlin:20270118T120000",
        "DTEND;TZID=Europe/Berlin:20270118T123000",
        "SUMMARY:Telefoninterview: Base Manager München (m/w/d) – Skylark Regional",
        org("jobs@skylark-regional.de", "Skylark Regional Jobs"),
        att(ME, "Sabine Krüger"), att("b.engel@skylark-regional.de", "Bettina Engel"),
        "LOCATION:Telefon",
        desc("Hallo Sabine,\n\nBettina Engel (People & Culture) ruft dich an. Im Gespräch geht es um deinen "
             "Werdegang\\, deine Gehaltsvorstellung und deine Verfügbarkeit.\n\nDein Skylark Regional Team\n\n"
             "Dieser Termin wurde über Personio erstellt."),
    ], yes=1, method="REQUEST", tzs=("Europe/Berlin",), prodid="-//Personio GmbH//Personio Calendar//DE",
        company="Skylark Regional", role="Base Manager München (m/w/d)", stage="recruiter_screen",
        interviewers="b.engel@skylark-regional.de", trap="personio-du-de"))

    uid = "4hq1u2d0n6s8l9e3t5m7f0b2k4@google.com"
    a(simple("xwr-timezone-de", uid, [
        "DTSTART:20270116T090000Z", "DTEND:20270116T093000Z", "DTSTAMP:20270110T173000Z",
        org("c.berger@hotel-isartor.de", "Corinna Berger"),
        att(ME, "Sabine Krüger"), att("c.berger@hotel-isartor.de", "Corinna Berger", stat="ACCEPTED", rsvp=False),
        "SUMMARY:Hotel Isartor – Telefonat Guest Experience Managerin",
        "LOCATION:Telefon / Google Meet",
        desc("Liebe Frau Krüger\\, wie per Mail besprochen ein erstes Kennenlernen (30 Min.) zur Stelle "
             "Guest Experience Managerin. Viele Grüße\\, Corinna Berger\\, Personalleitung Hotel Isartor München"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    ], yes=1, method="REQUEST", head=("X-WR-CALNAME:Sabine privat", "X-WR-TIMEZONE:Europe/Berlin"),
        company="Hotel Isartor", role="Guest Experience Managerin", stage="recruiter_screen",
        interviewers="c.berger@hotel-isartor.de", trap="x-wr-timezone-utc-de"))

    uid = "hotel-isartor-2-gespraech-0203"
    a(simple("gruppenuebung-onsite-de", uid, [
        "DTSTART;TZID=Europe/Berlin:20270203T100000", "DTEND;TZID=Europe/Berlin:20270203T130000",
        "DTSTAMP:20270125T090000Z", org("c.berger@hotel-isartor.de", "Corinna Berger"),
        att(ME, "Sabine Krüger"), att("m.lanz@hotel-isartor.de", "Maximilian Lanz"),
        att("c.berger@hotel-isartor.de", "Corinna Berger", stat="ACCEPTED", rsvp=False),
        "SUMMARY:Probearbeiten + Gespräch mit Direktor (Hotel Isartor)",
        "LOCATION:Hotel Isartor\\, Isartorplatz 4\\, 80331 München",
        desc("Liebe Frau Krüger\\,\nvon 10 bis 12 Uhr begleiten Sie unser Front-Office-Team (Probearbeiten)\\, "
             "danach Gespräch mit unserem Direktor Maximilian Lanz und mir.\nBitte Business-Kleidung.\n"
             "Corinna Berger"),
    ], yes=1, tool="thunderbird", method="REQUEST", tzs=("Europe/Berlin",),
        company="Hotel Isartor", role="", stage="onsite",
        interviewers="m.lanz@hotel-isartor.de;c.berger@hotel-isartor.de", trap="probearbeiten-onsite-de"))

    uid = "wd-int-mainsonne-8890-a"
    a(simple("workday-telefon-de", uid, [
        "DTSTART:20270119T130000Z", "DTEND:20270119T133000Z", "DTSTAMP:20270113T090000Z",
        org("mainsonne@myworkday.com", "Mainsonne Airlines"), att(ME, "Sabine Krüger"),
        att("kathrin.roemer@mainsonne.de", "Kathrin Römer"),
        "SUMMARY:Telefoninterview: Leiterin Crew Training (JR-8890)",
        "LOCATION:Telefon",
        desc("Details zum Vorstellungsgespräch\nArt: Telefoninterview\nInterviewerin: Kathrin Römer\\, "
             "Recruiterin\nStelle: Leiterin Crew Training (JR-8890)\n\nMainsonne Airlines GmbH\\, Frankfurt"),
    ], yes=1, method="REQUEST", prodid="-//Workday//Workday Recruiting//DE",
        company="Mainsonne Airlines", role="Leiterin Crew Training", stage="recruiter_screen",
        interviewers="kathrin.roemer@mainsonne.de", trap="workday-phone-de"))

    uid = ("040000008200E00074C5B7101A82E0080000000010F3A2B4C56CDB01000000000000000010000000"
           "9ABCDEF0123456789ABCDEF012345678")
    a(simple("outlook-fachbereich-mainsonne-de", uid, [
        "SUMMARY;LANGUAGE=de-DE:Gespräch mit Fachbereich - Leiterin Crew Training",
        org("kathrin.roemer@mainsonne.de", "Römer, Kathrin"),
        att("axel.brunner@mainsonne.de", "Brunner, Axel"),
        att("ines.wolff@mainsonne.de", "Wolff, Ines", role="OPT-PARTICIPANT"),
        att("fra-hq-raum-4-12@mainsonne.de", "FRA HQ Raum 4.12 (8 Pers.)", cutype="ROOM", role="NON-PARTICIPANT"),
        att(ME, "sabine.krueger.fra@gmx.de"),
        desc("Hallo Frau Krüger\\,\nanbei die Einladung zum Gespräch mit Axel Brunner (Head of Cabin Crew) und "
             "Ines Wolff (Betriebsrat\\, Beobachterin ohne Fragen). Ich hole Sie am Empfang ab.\nKathrin Römer"),
        "DTSTART;TZID=W. Europe Standard Time:20270203T150000", "DTEND;TZID=W. Europe Standard Time:20270203T163000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270127T111111Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:FRA HQ Raum 4.12 (8 Pers.)",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("W. Europe Standard Time",),
        company="Mainsonne Airlines", role="Leiterin Crew Training", stage="hiring_manager",
        interviewers="axel.brunner@mainsonne.de", trap="outlook-observer-room-de"))

    uid = "groundstar-muc-stationsleiter-0211"
    a(simple("teams-stationsleiter-de", uid, [
        "DTSTART;TZID=Europe/Berlin:20270211T090000", "DTEND;TZID=Europe/Berlin:20270211T100000",
        "DTSTAMP:20270203T120000Z", org("p.novak@groundstar-handling.com", "Petra Novak"),
        att(ME, "Sabine Krüger"), att("h.gassner@groundstar-handling.com", "Herbert Gassner"),
        "SUMMARY:GroundStar MUC: Gespräch mit Stationsleiter",
        "LOCATION:Microsoft Teams-Besprechung",
        desc("Hallo Frau Krüger\\,\nwie angekündigt das zweite Gespräch für die Position Station Customer Service "
             "Manager MUC mit Herbert Gassner\\, Stationsleiter München.\n\n" + TEAMS_DE.format(k="Z3N0YXI", pin="3")),
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Europe/Berlin",),
        company="GroundStar Handling", role="Station Customer Service Manager MUC", stage="hiring_manager",
        interviewers="h.gassner@groundstar-handling.com", trap="teams-hm-de"))

    uid = "airlumiere-rh-PNC-20270126@airlumiere.fr"
    a(simple("teams-rh-fr", uid, [
        "DTSTART;TZID=Romance Standard Time:20270126T100000", "DTEND;TZID=Romance Standard Time:20270126T104500",
        "DTSTAMP:20270120T091500Z", org("recrutement@airlumiere.fr", "Recrutement Air Lumière"),
        att(ME, "Sabine Krüger"), att("claire.fontaine@airlumiere.fr", "Fontaine, Claire"),
        "SUMMARY;LANGUAGE=fr-FR:Entretien RH – Responsable formation PNC (F/H)",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        desc("Bonjour Madame Krüger,\n\nSuite à votre candidature au poste de Responsable formation PNC (F/H), "
             "nous avons le plaisir de vous convier à un premier entretien avec Claire Fontaine, chargée de "
             "recrutement. L'entretien se déroulera en français et en anglais.\n\nCordialement,\nL'équipe "
             "Recrutement – Air Lumière\n\n________________________________________________________________\n"
             "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, une application mobile ou un appareil de "
             "salle\nCliquez ici pour rejoindre la réunion\nID de la réunion : 366 201 488 12\n"
             "Code secret : p9Xw3Q"),
        "STATUS:CONFIRMED",
    ], yes=1, tool="outlook", method="REQUEST", tzs=("Romance Standard Time",),
        company="Air Lumière", role="Responsable formation PNC (F/H)", stage="recruiter_screen",
        interviewers="claire.fontaine@airlumiere.fr", trap="teams-rh-fr"))

    uid = "airlumiere-final-PNC-20270216@airlumiere.fr"
    a(simple("final-onsite-fr", uid, [
        "DTSTART;TZID=Europe/Paris:20270216T140000", "DTEND;TZID=Europe/Paris:20270216T153000",
        "DTSTAMP:20270209T160000Z", org("recrutement@airlumiere.fr", "Recrutement Air Lumière"),
        att(ME, "Sabine Krüger"), att("isabelle.marchand@airlumiere.fr", "Isabelle Marchand"),
        att("salle-concorde@airlumiere.fr", "Salle Concorde – Bât. 7", cutype="ROOM", role="NON-PARTICIPANT"),
        "SUMMARY:Entretien final – Mme Krüger – Direction des Opérations Cabine",
        "LOCATION:Air Lumière\\, Bâtiment 7\\, 1 rue de la Haye\\, Roissy-CDG – Salle Concorde",
        desc("Madame,\n\nNous vous confirmons votre entretien final avec Isabelle Marchand\\, Directrice des "
             "Opérations Cabine\\, pour le poste de Responsable formation PNC. Merci de vous munir d'une pièce "
             "d'identité.\n\nBien à vous,\nService Recrutement"),
    ], yes=1, method="REQUEST", tzs=("Europe/Paris",),
        company="Air Lumière", role="Responsable formation PNC", stage="final",
        interviewers="isabelle.marchand@airlumiere.fr", trap="final-room-fr"))

    uid = "6r8t0y2u4i6o8p0a2s4d6f8g0h@google.com"
    a(simple("google-manager-fr", uid, [
        "DTSTART;TZID=Europe/Paris:20270129T110000", "DTEND;TZID=Europe/Paris:20270129T120000",
        "DTSTAMP:20270122T100000Z", org("julien.roche@hotels-valmonde.com", "Julien Roche"),
        att(ME, "sabine.krueger.fra@gmx.de"),
        att("julien.roche@hotels-valmonde.com", "Julien Roche", stat="ACCEPTED", rsvp=False),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/vlm-dxc-fra",
        "SUMMARY:Échange Sabine Krüger / Julien Roche – Directrice Expérience Client",
        desc("Bonjour Sabine,\nComme convenu, voici l'invitation pour notre échange sur le poste de Directrice "
             "Expérience Client du Groupe Hôtelier Valmonde (poste basé à Lyon, télétravail partiel). Je serai "
             "votre futur manager.\nÀ bientôt,\nJulien Roche\nDirecteur des Opérations\n\n"
             "Participer avec Google Meet : https://meet.google.com/vlm-dxc-fra"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ], yes=1, method="REQUEST", tzs=("Europe/Paris",),
        company="Groupe Hôtelier Valmonde", role="Directrice Expérience Client", stage="hiring_manager",
        interviewers="julien.roche@hotels-valmonde.com", trap="google-manager-fr"))

    uid = "solmar-tel-tcp-20270122"
    a(simple("phone-screen-es", uid, [
        "DTSTART;TZID=Europe/Madrid:20270122T103000", "DTEND;TZID=Europe/Madrid:20270122T110000",
        "DTSTAMP:20270118T080000Z", org("seleccion@aerolineassolmar.es", "Selección Solmar"),
        att(ME, "Sabine Krüger"), att("rocio.mendez@aerolineassolmar.es", "Rocío Méndez"),
        "SUMMARY:Entrevista telefónica – Instructor/a TCP (base Madrid)",
        "LOCATION:Llamada telefónica",
        desc("Hola Sabine:\n\nRocío Méndez\\, técnica de selección de Aerolíneas Solmar\\, te llamará para una "
             "primera entrevista de 30 minutos sobre el puesto de Instructor/a TCP.\n\nUn saludo\\,\nDpto. de "
             "Selección"),
    ], yes=1, method="REQUEST", tzs=("Europe/Madrid",),
        company="Aerolíneas Solmar", role="Instructor/a TCP (base Madrid)", stage="recruiter_screen",
        interviewers="rocio.mendez@aerolineassolmar.es", trap="phone-screen-es"))

    uid = "solmar-tecnica-tcp-20270205"
    a(simple("entrevista-tecnica-es", uid, [
        "DTSTART;TZID=Europe/Madrid:20270205T090000", "DTEND;TZID=Europe/Madrid:20270205T113000",
        "DTSTAMP:20270129T080000Z", org("seleccion@aerolineassolmar.es", "Selección Solmar"),
        att(ME, "Sabine Krüger"), att("alvaro.prieto@aerolineassolmar.es", "Álvaro Prieto"),
        att("nuria.castells@aerolineassolmar.es", "Núria Castells"),
        "SUMMARY:Entrevista técnica y clase práctica – Instructor/a TCP",
        "LOCATION:Centro de Formación Solmar\\, Av. de la Hispanidad 12\\, 28042 Madrid-Barajas",
        desc("Buenos días Sabine:\n\nTe confirmamos la segunda fase: clase práctica de 20 minutos (procedimientos "
             "de emergencia) y entrevista técnica con Álvaro Prieto (Jefe de Instrucción TCP) y Núria Castells "
             "(Instructora Senior).\n\nSaludos\\,\nSelección – Aerolíneas Solmar"),
    ], yes=1, method="REQUEST", tzs=("Europe/Madrid",),
        company="Aerolíneas Solmar", role="Instructor/a TCP", stage="technical",
        interviewers="alvaro.prieto@aerolineassolmar.es;nuria.castells@aerolineassolmar.es",
        trap="tecnica-practica-es"))

    uid = "almirante-rrhh-20270210@grupoalmirante.es"
    a(simple("entrevista-rrhh-es", uid, [
        "DTSTART:20270210T150000Z", "DTEND:20270210T154500Z", "DTSTAMP:20270204T120000Z",
        org("talento@grupoalmirante.es", "Talento Grupo Almirante"), att(ME, "Sabine Krüger"),
        att("p.navarro@grupoalmirante.es", "Paula Navarro"),
        "SUMMARY:Entrevista con RR. HH. | Directora de Experiencia del Huésped",
        "LOCATION:Zoom: https://grupoalmirante.zoom.us/j/71120394482",
        desc("Estimada Sabine\\,\nPaula Navarro (Responsable de Talento) mantendrá contigo una entrevista por "
             "Zoom sobre el puesto de Directora de Experiencia del Huésped (hoteles de Mallorca y Múnich).\n"
             "Grupo Hotelero Almirante"),
    ], yes=1, method="REQUEST",
        company="Grupo Hotelero Almirante", role="Directora de Experiencia del Huésped", stage="recruiter_screen",
        interviewers="p.navarro@grupoalmirante.es", trap="zoom-rrhh-es"))
    return out
