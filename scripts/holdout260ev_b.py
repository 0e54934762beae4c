# ruff: noqa: E501, W291, W293, RUF100
"""holdout260 events, part b: more of the user's own interviews (agencies, founders, trial days, raw text)."""

from holdout260ev_zones import (
    ME,
    VTZ_ZURICH,
    WIN_PARIS,
    WIN_UTC1,
    WIN_WEU,
    apple,
    ats,
    google,
    outlook,
    teams,
    thunderbird,
)

WEBEX_HELIX = """Join Webex meeting: https://helixcell.webex.com/helixcell/j.php?MTID=m3f0a1b2c3d4e5f60718293a4b5c6d7e8
Meeting number (access code): 2744 019 8823
Meeting password: QcLead25
Tap to join from a mobile device: +41-44-000-0912,,27440198823## Switzerland toll
"""

EVENTS = [
    dict(
        kind="teams-invite", uid="040000008200E00074C5B7101A82E0080000000044A1B2C3D4E5DC01000000000000000010000000AE5C1E88B7D24F0B9A6E3C10D2F4B7A1",
        ics=outlook(
            "040000008200E00074C5B7101A82E0080000000044A1B2C3D4E5DC01000000000000000010000000AE5C1E88B7D24F0B9A6E3C10D2F4B7A1",
            "Fachgespräch QC Team Lead - Frau Gerber",
            "20251113T100000", "20251113T111500",
            ("Hofer, Simon", "simon.hofer@aescher-vakzine.ch"),
            [("Gerber Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Lüthi, Daniela", "daniela.luethi@aescher-vakzine.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Guten Tag Frau Gerber\n\nFür das Fachgespräch (ca. 75 Min.) stellen wir Ihnen einige Fragen zu "
            "Methodenvalidierung (ICH Q2), Stabilitätsstudien und zum Umgang mit OOS/OOT. Daniela Lüthi (QC Lead Biologics) "
            "nimmt ebenfalls teil.\n\nFreundliche Grüsse\nSimon Hofer\nHead Quality Control\n\n" + teams("de", "aescher"),
            tz=WIN_WEU, vtz=False, location="Microsoft Teams-Besprechung", stamp="20251106T080101Z",
        ),
        is_interview=1, company="Aescher Vakzine AG", role="QC Team Lead", stage="technical",
        interviewers="simon.hofer@aescher-vakzine.ch;daniela.luethi@aescher-vakzine.ch", trap="outlook-windows-zone-without-vtimezone-fachgespraech", hiring=False,
    ),
    dict(
        kind="outlook-trial-day", uid="040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC0100000000000000001000000031415926535897932384626433832795",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC0100000000000000001000000031415926535897932384626433832795",
            "Probearbeiten QC-Labor - Frau N. Gerber",
            "20251117T070000", "20251117T160000",
            ("Bachmann, Urs", "urs.bachmann@pfc-pratteln.ch"),
            [("nadine.gerber@bluewin.ch", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Stucki, Janine", "janine.stucki@pfc-pratteln.ch", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Grüezi Frau Gerber\n\nWie telefonisch besprochen laden wir Sie zum Probearbeiten in unserem QC-Labor ein "
            "(Bewerbung Stv. Laborleiterin QC). Sie arbeiten einen Tag im Team mit (Titrationen, KF, GC-Freigabeanalytik) - "
            "am Schluss kurzes Feedbackgespräch mit mir.\nBitte Sicherheitsschuhe mitbringen, Labormantel stellen wir.\n"
            "Treffpunkt 07:00 Portierloge Tor Ost, Rheinstrasse 40, 4133 Pratteln.\n\nFreundliche Grüsse\nUrs Bachmann\nLeiter QC\n"
            "Pratteln Fine Chemicals AG",
            location="Pratteln Fine Chemicals AG, Portierloge Tor Ost", stamp="20251110T111111Z",
        ),
        is_interview=1, company="Pratteln Fine Chemicals AG", role="Stv. Laborleiterin QC", stage="onsite",
        interviewers="urs.bachmann@pfc-pratteln.ch", trap="probearbeiten-trial-shift-as-candidate", hiring=False,
    ),
    dict(
        kind="google-invite", uid="5tn2o1e7hq8g0v9c3a6m4b2x1d@google.com",
        ics=google(
            "5tn2o1e7hq8g0v9c3a6m4b2x1d@google.com",
            "Telefoninterview Wiesental Biotech - QA Referent (m/w/d)",
            "20251030T090000Z", "20251030T093000Z",
            ("Sabine Kaltenbach", "s.kaltenbach@wiesental-biotech.de"),
            [("Sabine Kaltenbach", "s.kaltenbach@wiesental-biotech.de"), ("Nadine Gerber", ME)],
            "Hallo Frau Gerber,\n\nwie vereinbart rufe ich Sie an (ca. 30 Minuten). Themen: Ihr Werdegang, Motivation, "
            "Gehaltsvorstellung (in EUR!), Verfügbarkeit / Kündigungsfrist.\n\nViele Grüße aus Schopfheim\nSabine Kaltenbach\nPersonal",
            location="Telefon (+41 79 000 48 12)", stamp="20251027T083000Z",
        ),
        is_interview=1, company="Wiesental Biotech GmbH", role="QA Referent (m/w/d)", stage="recruiter_screen",
        interviewers="s.kaltenbach@wiesental-biotech.de", trap="german-telefoninterview-google-invite", hiring=False,
    ),
    dict(
        kind="iphone-handtyped", uid="1D9E0C7A-3B84-4F21-A6D5-E2B97C04F163",
        ics=apple(
            "1D9E0C7A-3B84-4F21-A6D5-E2B97C04F163",
            "Synthera 1. Gespräch Teams", "20251029T171500", "20251029T180000",
            notes="Fr. Bieri (HR) + Hr. Cavelti (Leiter QC). Gehalt nicht zuerst nennen!",
            alarm="-PT30M",
        ),
        is_interview=1, company="Synthera AG", role="", stage="",
        interviewers="Fr. Bieri;Hr. Cavelti", trap="terse-handtyped-first-talk-names-only", hiring=False,
    ),
    dict(
        kind="iphone-handtyped", uid="8B2F4E61-7C0D-4A93-9E1B-05F3D6A8C2E7",
        ics=apple(
            "8B2F4E61-7C0D-4A93-9E1B-05F3D6A8C2E7",
            "Final w/ CEO Synthera (Zoom)", "20251208T120000", "20251208T124500",
            location="https://synthera.zoom.us/j/81622093341",
            notes="Marco Rüegg CEO. Zug, 100%, Start Feb/März? Fragen zu Aufbau QC-Team. Vorher nochmals Bericht Q3 lesen.",
            alarm="-PT15M",
        ),
        is_interview=1, company="Synthera AG", role="", stage="final",
        interviewers="Marco Rüegg", trap="handtyped-english-abbrev-final-ceo-zoom", hiring=False,
    ),
    dict(
        kind="webex-invite", uid="8a2e7c1f0b3d4e5f9a8b7c6d5e4f3a2b@helixcell.webex.example",
        ics=ats(
            "8a2e7c1f0b3d4e5f9a8b7c6d5e4f3a2b@helixcell.webex.example",
            "Helix - Entretien / Interview panel QC Lead",
            "20251105T133000Z", "20251105T143000Z",
            ("Sandrine Favre", "sandrine.favre@helixcell.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"),
             ("Sandrine Favre", "sandrine.favre@helixcell.ch", "CHAIR"),
             ("Rolf Imhof", "rolf.imhof@helixcell.ch", "REQ-PARTICIPANT")],
            "Bonjour Nadine / Hello Nadine,\n\nAs discussed, here is the invitation for the interview panel for the QC Lead "
            "position (Basel site, cell therapy QC). The interview will be in English; some questions may be in French.\n"
            "Panel: Sandrine Favre (Head of Quality, Geneva) and Rolf Imhof (QC Manager, Basel).\n\n" + WEBEX_HELIX,
            prodid="-//Cisco Systems Inc.//Webex//EN", location="Webex",
        ),
        is_interview=1, company="Helix Cell Therapies SA", role="QC Lead", stage="technical",
        interviewers="sandrine.favre@helixcell.ch;rolf.imhof@helixcell.ch", trap="webex-bilingual-french-english-panel", hiring=False,
    ),
    dict(
        kind="outlook-onsite", uid="040000008200E00074C5B7101A82E0080000000092B3C4D5E6F7DC01000000000000000010000000B16B00B5C0FFEE11DEADC0DE22334455",
        ics=outlook(
            "040000008200E00074C5B7101A82E0080000000092B3C4D5E6F7DC01000000000000000010000000B16B00B5C0FFEE11DEADC0DE22334455",
            "Helix - 2nd round on site (Basel) - QC Lead",
            "20251201T140000", "20251201T170000",
            ("Favre, Sandrine", "sandrine.favre@helixcell.ch"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Imhof, Rolf", "rolf.imhof@helixcell.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Dubois, Mathieu", "mathieu.dubois@helixcell.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("BSL Salle Jura", "bsl-salle-jura@helixcell.ch", "NON-PARTICIPANT", "ROOM")],
            "Dear Nadine,\n\nThank you again for the good first conversation. For the second round on site we planned:\n"
            "- 14:00 meeting with Mathieu Dubois (VP Manufacturing & Quality)\n- 15:00 cleanroom QC tour with Rolf\n"
            "- 16:00 discussion with Rolf and me\n\nAddress: Helix Cell Therapies SA, Hochbergerstrasse 70, 4057 Basel.\n\nBest\nSandrine",
            tz=WIN_PARIS, lang="en-GB", location="BSL Salle Jura", stamp="20251112T160000Z",
        ),
        is_interview=1, company="Helix Cell Therapies SA", role="QC Lead", stage="onsite",
        interviewers="mathieu.dubois@helixcell.ch;rolf.imhof@helixcell.ch;sandrine.favre@helixcell.ch",
        trap="geneva-organizer-romance-zone-basel-onsite", hiring=False,
    ),
    dict(
        kind="outlook-onsite", uid="040000008200E00074C5B7101A82E00800000000ABCDEF0123456DC0100000000000000001000000066778899AABBCCDDEEFF001122334455",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000ABCDEF0123456DC0100000000000000001000000066778899AABBCCDDEEFF001122334455",
            "Vorstellungsgespräch QA-Spezialist/in (Arlesheim)",
            "20251121T083000", "20251121T100000",
            ("Zumsteg, Monika", "monika.zumsteg@anh-arlesheim.ch"),
            [("Gerber Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Roth, Felix", "felix.roth@anh-arlesheim.ch", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Sehr geehrte Frau Gerber\n\nBesten Dank für Ihre Bewerbung als QA-Spezialist/in. Gerne lernen wir Sie "
            "persönlich kennen. Am Gespräch nehmen Felix Roth (Leiter Qualitätssicherung, Ihr künftiger Vorgesetzter) "
            "und ich teil.\n\nArlesheim Naturheilmittel AG, Stollenrain 9, 4144 Arlesheim (Tram 10 bis Arlesheim Dorf).\n\n"
            "Freundliche Grüsse\nMonika Zumsteg\nHR",
            tz=WIN_WEU, vtz=False, location="Stollenrain 9, 4144 Arlesheim", stamp="20251114T093000Z", html=False,
        ),
        is_interview=1, company="Arlesheim Naturheilmittel AG", role="QA-Spezialist/in", stage="hiring_manager",
        interviewers="felix.roth@anh-arlesheim.ch;monika.zumsteg@anh-arlesheim.ch", trap="outlook-no-vtimezone-no-alt-desc-hm", hiring=False,
    ),
    dict(
        kind="webex-invite", uid="WBX-5519027346-augusta@augusta-nutrition.webex.example",
        ics=ats(
            "WBX-5519027346-augusta@augusta-nutrition.webex.example",
            "Augusta Nutrition: Interview Lab Manager Analytical Services (N. Gerber)",
            "20251112T100000", "20251112T110000",
            ("Ivo Brodbeck", "ivo.brodbeck@augusta-nutrition.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Hello Nadine,\n\nIvo Brodbeck invites you to join this Webex meeting. I am the hiring manager for the Lab Manager "
            "Analytical Services position in Kaiseraugst and would like to learn more about your experience.\n\n"
            "Meeting number: 2381 556 0194\nPassword: LabMgr!25\nhttps://augusta-nutrition.webex.example/meet/ivo.brodbeck\n",
            prodid="-//Cisco//Webex Meetings//EN", tz="Europe/Zurich", zone=VTZ_ZURICH, location="Webex personal room",
        ),
        is_interview=1, company="Augusta Nutrition AG", role="Lab Manager Analytical Services", stage="hiring_manager",
        interviewers="ivo.brodbeck@augusta-nutrition.ch", trap="webex-personal-room-hiring-manager", hiring=False,
    ),
    dict(
        kind="outlook-technical", uid="040000008200E00074C5B7101A82E008000000003344556677889DC0100000000000000001000000000112233445566778899AABBCCDDEEFF",
        ics=outlook(
            "040000008200E00074C5B7101A82E008000000003344556677889DC0100000000000000001000000000112233445566778899AABBCCDDEEFF",
            "MAS: praktischer Test HPLC + Fallstudie (Bewerbung Teamleitung)",
            "20251204T130000", "20251204T163000",
            ("Graf, Reto", "reto.graf@mas-muttenz.ch"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Labor 3 (HPLC)", "labor3@mas-muttenz.ch", "NON-PARTICIPANT", "RESOURCE")],
            "Hallo Frau Gerber\n\nWie angekündigt folgt nun der praktische Teil: Systemeignungstest an einer HPLC "
            "(Agilent 1260), Auswertung in Empower, danach Fallstudie zu einem OOS-Resultat, die Sie mir präsentieren.\n\n"
            "Gruss\nReto Graf\nLeiter Chromatographie, Muttenz Analytical Services AG (MAS)",
            location="MAS, Hofackerstrasse 30, 4132 Muttenz - Labor 3", stamp="20251126T071000Z",
        ),
        is_interview=1, company="Muttenz Analytical Services AG", role="Teamleitung", stage="technical",
        interviewers="reto.graf@mas-muttenz.ch", trap="practical-hplc-test-resource-attendee-as-candidate", hiring=False,
    ),
    dict(
        kind="outlook-spanish", uid="040000008200E00074C5B7101A82E00800000000E5F4A3B2C1D0DC01000000000000000010000000ABAD1DEA0BADF00D1234ABCD5678EF90",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000E5F4A3B2C1D0DC01000000000000000010000000ABAD1DEA0BADF00D1234ABCD5678EF90",
            "Entrevista - Especialista de Garantía de Calidad (Basilea) / Nadine Gerber",
            "20251110T110000", "20251110T114500",
            ("Martínez Soler, Lucía", "lucia.martinez@ebrovia.es"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Kessler, Jan", "jan.kessler@ebrovia.ch", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Hola Nadine:\n\nTe confirmo la entrevista para el puesto de Especialista de Garantía de Calidad en nuestra filial "
            "de Basilea (Ebrovia Schweiz). La entrevista será en inglés; Jan Kessler (Site Quality Head Basel) se unirá "
            "si su agenda lo permite.\n\nUn saludo,\nLucía Martínez Soler\nTalent Acquisition - Grupo Ebrovia (Barcelona)\n\n"
            + teams("en", "ebrovia"),
            tz=WIN_PARIS, lang="es-ES", location="Reunión de Microsoft Teams", stamp="20251103T154500Z",
        ),
        is_interview=1, company="Ebrovia Farma", role="Especialista de Garantía de Calidad", stage="recruiter_screen",
        interviewers="lucia.martinez@ebrovia.es;jan.kessler@ebrovia.ch", trap="spanish-entrevista-hq-recruiter-swiss-affiliate", hiring=False,
    ),
    dict(
        kind="workday-invite", uid="WD-INT-6a0e9d24-11b7-4c55-8f0e-stein-bio-1@myworkday.example",
        ics=ats(
            "WD-INT-6a0e9d24-11b7-4c55-8f0e-stein-bio-1@myworkday.example",
            "Interview - Panel: Quality Control Team Leader Microbiology (JR-24571)",
            "20251119T130000Z", "20251119T143000Z",
            ("Stein Biologics Recruiting", "recruiting@stein-biologics.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"),
             ("Chiara Lombardi", "chiara.lombardi@stein-biologics.ch", "REQ-PARTICIPANT"),
             ("Urs Wälchli", "urs.waelchli@stein-biologics.ch", "REQ-PARTICIPANT")],
            "Dear Nadine,\n\nWe are pleased to confirm your panel interview.\n\nPosition: Quality Control Team Leader Microbiology (JR-24571)\n"
            "Location: Stein Biologics AG, Schachenstrasse 5, 4332 Stein AG, Building S2, Reception\n"
            "Interview panel:\n- Chiara Lombardi, Head QC Microbiology\n- Urs Wälchli, Environmental Monitoring Lead\n\n"
            "Please bring a valid ID. Parking is available at P3.\n\nStein Biologics Talent Acquisition",
            prodid="-//Workday Inc//Workday Recruiting Calendar//EN", location="Stein Biologics AG, Building S2",
        ),
        is_interview=1, company="Stein Biologics AG", role="Quality Control Team Leader Microbiology", stage="onsite",
        interviewers="chiara.lombardi@stein-biologics.ch;urs.waelchli@stein-biologics.ch", trap="workday-onsite-panel-umlaut-address", hiring=False,
    ),
    dict(
        kind="workday-invite", uid="WD-INT-0d4b7e61-98c2-4a3f-b0e1-stein-bio-2@myworkday.example",
        ics=ats(
            "WD-INT-0d4b7e61-98c2-4a3f-b0e1-stein-bio-2@myworkday.example",
            "Interview - Final: Quality Control Team Leader Microbiology (JR-24571)",
            "20251210T090000Z", "20251210T100000Z",
            ("Stein Biologics Recruiting", "recruiting@stein-biologics.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"),
             ("Hans-Peter Frick", "hans-peter.frick@stein-biologics.ch", "REQ-PARTICIPANT")],
            "Dear Nadine,\n\nCongratulations on progressing to the final interview with Hans-Peter Frick (Site Quality Head).\n"
            "Format: Microsoft Teams video call, 60 minutes.\n\n" + teams("en", "stein-final") + "\n\nStein Biologics Talent Acquisition",
            prodid="-//Workday Inc//Workday Recruiting Calendar//EN", location="Microsoft Teams", seq=1,
        ),
        is_interview=1, company="Stein Biologics AG", role="Quality Control Team Leader Microbiology", stage="final",
        interviewers="hans-peter.frick@stein-biologics.ch", trap="workday-final-teams-sequence-1", hiring=False,
    ),
    dict(
        kind="iphone-handtyped", uid="F4A1C9D2-6E3B-48A7-B0C5-9D2E7F1A3B68",
        ics=apple(
            "F4A1C9D2-6E3B-48A7-B0C5-9D2E7F1A3B68",
            "Telfon-Intervew Reinach Peptides Hr. Gysin", "20251031T121500", "20251031T124500",
            notes="er ruft an 079 000 48 12. Teamleiterin Analytik. Mittagspause -> Sitzungszi. reservieren",
            alarm="-PT10M",
        ),
        is_interview=1, company="Reinach Peptides AG", role="Teamleiterin Analytik", stage="",
        interviewers="Hr. Gysin", trap="typo-telfon-intervew-lunch-break-handtyped", hiring=False,
    ),
    dict(
        kind="google-export", uid="4r7lqh2dm0p1v8bk9e3c6s5uat@google.com",
        ics=google(
            "4r7lqh2dm0p1v8bk9e3c6s5uat@google.com",
            "AAS Interview QC Lead (1. Runde)",
            "20251106T101500", "20251106T111500",
            ("Nadine Gerber", ME),
            [],
            "Ansprechpartnerin: Dr. Anouk Vetter (Head QC), anouk.vetter@aas-allschwil.ch\nAllschwil Antibody Services, Hegenheimermattweg 91, Allschwil\nBus 48 ab Bahnhof SBB",
            location="Hegenheimermattweg 91, 4123 Allschwil", footer=False, export_name="Nadine privat", tz="Europe/Zurich",
            stamp="20251101T202020Z",
        ),
        is_interview=1, company="Allschwil Antibody Services AG", role="QC Lead", stage="",
        interviewers="anouk.vetter@aas-allschwil.ch", trap="google-export-own-entry-tzid-without-vtimezone", hiring=False,
    ),
    dict(
        kind="google-export", uid="2p9kq8fz1w4j6n0x3c7v5b1m8h@google.com",
        ics=google(
            "2p9kq8fz1w4j6n0x3c7v5b1m8h@google.com",
            "AAS 2. Runde + Labor anschauen",
            "20251127T140000", "20251127T160000",
            ("Nadine Gerber", ME),
            [],
            "Dr. Vetter + COO Sven Ammann. Referenzen bereithalten.",
            location="AAS Allschwil", footer=False, export_name="Nadine privat", tz="Europe/Zurich",
            stamp="20251115T090000Z",
        ),
        is_interview=1, company="Allschwil Antibody Services AG", role="", stage="onsite",
        interviewers="Dr. Vetter;Sven Ammann", trap="google-export-acronym-only-second-round", hiring=False,
    ),
    dict(
        kind="agency-outlook", uid="040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DC0100000000000000001000000077665544332211009988AABBCCDDEEFF",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DC0100000000000000001000000077665544332211009988AABBCCDDEEFF",
            "Vorstellungsgespräch bei Grenzach Wirkstoffe GmbH - Teamleiter QK (m/w/d)",
            "20251118T140000", "20251118T153000",
            ("Nussbaumer, Heike (ProLab Recruiting)", "h.nussbaumer@prolab-recruiting.de"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Dr. Albrecht, Jens", "jens.albrecht@grenzach-wirkstoffe.de", "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Liebe Frau Gerber,\n\nich freue mich, dass unser Kunde Grenzach Wirkstoffe GmbH Sie kennenlernen möchte! "
            "Ihr Gesprächspartner ist Dr. Jens Albrecht (Leiter Qualitätskontrolle). Ich selbst bin nicht dabei, rufe Sie "
            "aber danach gerne für ein Feedback an.\n\nAdresse: Emil-Barell-Str. 7, 79639 Grenzach-Wyhlen (Werkstor Süd).\n\n"
            "Herzliche Grüße\nHeike Nussbaumer\nSenior Consultant Life Sciences\nProLab Recruiting GmbH, Lörrach",
            tz=WIN_WEU, location="Grenzach Wirkstoffe GmbH, Emil-Barell-Str. 7, 79639 Grenzach-Wyhlen", stamp="20251111T130000Z",
        ),
        is_interview=1, company="Grenzach Wirkstoffe GmbH", role="Teamleiter QK (m/w/d)", stage="hiring_manager",
        interviewers="jens.albrecht@grenzach-wirkstoffe.de", trap="agency-organizer-names-client-employer", hiring=False,
    ),
    dict(
        kind="agency-outlook", uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC010000000000000000100000004C414253544146465F424153494C49534B",
        ics=outlook(
            "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC010000000000000000100000004C414253544146465F424153494C49534B",
            "Interview Basilisk Biotech AG / N. Gerber (via LabStaff)",
            "20251104T160000", "20251104T170000",
            ("Brügger, Fabienne", "fabienne.bruegger@labstaff.ch"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Okafor, Daniel", "daniel.okafor@basilisk-biotech.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Brügger, Fabienne", "fabienne.bruegger@labstaff.ch", "OPT-PARTICIPANT", "INDIVIDUAL")],
            "Hoi Nadine\n\nWie besprochen habe ich dich bei Basilisk Biotech AG für die Stelle QC Teamleiterin (Festanstellung) "
            "vorgestellt. Daniel Okafor (Head of QC) möchte dich gerne kennenlernen - Gespräch auf Englisch.\n"
            "Ich bin zu Beginn kurz dabei und stelle euch einander vor.\n\nLiebe Grüsse\nFabienne\nLabStaff Personal AG\n\n" + teams("de", "labstaff-basilisk"),
            location="Microsoft Teams-Besprechung", stamp="20251029T091500Z",
        ),
        is_interview=1, company="Basilisk Biotech AG", role="QC Teamleiterin", stage="hiring_manager",
        interviewers="daniel.okafor@basilisk-biotech.ch", trap="staffing-agency-consultant-joins-intro-client-named", hiring=False,
    ),
    dict(
        kind="outlook-onsite", uid="040000008200E00074C5B7101A82E008000000007A8B9CADBECFDC0100000000000000001000000042415349_4C49534B_32_524F554E44",
        ics=outlook(
            "040000008200E00074C5B7101A82E008000000007A8B9CADBECFDC0100000000000000001000000042415349_4C49534B_32_524F554E44",
            "2nd interview - QC Team Lead (Ms Gerber)",
            "20251120T090000", "20251120T113000",
            ("Okafor, Daniel", "daniel.okafor@basilisk-biotech.ch"),
            [("nadine.gerber@bluewin.ch", ME, "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("Schwendener, Carla", "carla.schwendener@basilisk-biotech.ch", "REQ-PARTICIPANT", "INDIVIDUAL"),
             ("BB Meeting Room Pfalz", "room-pfalz@basilisk-biotech.ch", "NON-PARTICIPANT", "ROOM")],
            "Dear Nadine,\n\nplease find the invite for the second interview at our site in Basel (Gundeldingerstrasse 190). "
            "Carla Schwendener (Head of Quality) will join. Fabienne from LabStaff is informed.\n\nBest regards\nDaniel",
            tz=WIN_UTC1, lang="en-US", location="BB Meeting Room Pfalz", stamp="20251112T120000Z",
        ),
        is_interview=1, company="Basilisk Biotech AG", role="QC Team Lead", stage="onsite",
        interviewers="daniel.okafor@basilisk-biotech.ch;carla.schwendener@basilisk-biotech.ch", trap="agency-candidate-second-round-direct-with-client", hiring=False,
    ),
    dict(
        kind="thunderbird-entry", uid="71f3e2a0-9b5c-4d8e-a1f7-c6b0d2e49a35",
        ics=thunderbird(
            "71f3e2a0-9b5c-4d8e-a1f7-c6b0d2e49a35",
            "Probearbeiten Birs Chemie (via Kellerhals)",
            "20251125T073000", "20251125T163000", tz="",
            location="Birs Chemie AG, Aesch",
            notes="Fr. Kellerhals hat organisiert (Kellerhals Personalberatung). Ansprechperson vor Ort: Hr. Marco Zeller, Laborleiter. "
                  "Arbeitskleidung wird gestellt. Danach Feedback an Fr. Kellerhals.",
            alarm="-PT1H", categories="Bewerbung,Job",
        ),
        is_interview=1, company="Birs Chemie AG", role="", stage="onsite",
        interviewers="Marco Zeller", trap="floating-thunderbird-trial-day-via-headhunter", hiring=False,
    ),
    dict(
        kind="founder-gmail", uid="6ddq1m8f0k3s2v9n4b7r5c1a0p@google.com",
        ics=google(
            "6ddq1m8f0k3s2v9n4b7r5c1a0p@google.com",
            "Kafi & Kennenlernen - Lumora x Nadine",
            "20251101T090000Z", "20251101T100000Z",
            ("Timo Berger", "timo.lumora@gmail.com"),
            [("Timo Berger", "timo.lumora@gmail.com"), ("nadine.gerber@bluewin.ch", ME)],
            "Hoi Nadine\n\nmerci für deine Bewerbung auf die Laborleitung! Lass uns ganz unkompliziert bei einem Kafi "
            "kennenlernen - ich erzähl dir mehr über Lumora (wir bauen gerade unser ISO-13485-Labor auf) und du mir, "
            "wie du so ein Labor aufziehen würdest.\n\nBis Samstag!\nTimo\n(Co-Founder, Lumora Diagnostics GmbH)",
            location="Café Frühling, Klybeckstrasse 69, Basel", stamp="20251028T210500Z",
        ),
        is_interview=1, company="Lumora Diagnostics GmbH", role="Laborleitung", stage="hiring_manager",
        interviewers="timo.lumora@gmail.com", trap="founder-freemail-saturday-coffee-kennenlernen", hiring=False,
    ),
    dict(
        kind="iphone-handtyped", uid="C0E7B2A9-4D18-4F6C-8A3E-B5D9F0127C4A",
        ics=apple(
            "C0E7B2A9-4D18-4F6C-8A3E-B5D9F0127C4A",
            "Probetag Lumora", "20251211", "20251212", allday=True,
            notes="Timo + Aylin (CSO). Labor in Allschwil, Switchboard-Gebäude. Ferientag eingeben!!",
            alarm="-PT15H",
        ),
        is_interview=1, company="Lumora Diagnostics GmbH", role="", stage="onsite",
        interviewers="Timo;Aylin", trap="allday-probetag-startup-first-names-only", hiring=False,
    ),
    dict(
        kind="google-cancelled", uid="7ba1c3e5g9j2k4m6p8r0t2v4x6@google.com",
        ics=google(
            "7ba1c3e5g9j2k4m6p8r0t2v4x6@google.com",
            "Abgesagt: Vorstellungsgespräch QS-Spezialistin (Dornach Phyto AG)",
            "20251116T090000Z", "20251116T100000Z",
            ("Regina Hänggi", "regina.haenggi@dornach-phyto.ch"),
            [("Regina Hänggi", "regina.haenggi@dornach-phyto.ch"), ("Nadine Gerber", ME)],
            "Liebe Frau Gerber\n\nLeider müssen wir den Termin absagen, da die Stelle intern besetzt werden konnte. "
            "Wir danken Ihnen für Ihr Interesse.\n\nFreundliche Grüsse\nRegina Hänggi, Leiterin QS",
            location="Dornach Phyto AG, Apfelseestrasse 12, 4143 Dornach", status="CANCELLED", method="CANCEL", seq=1,
            stamp="20251112T070000Z",
        ),
        is_interview=1, company="Dornach Phyto AG", role="QS-Spezialistin", stage="",
        interviewers="regina.haenggi@dornach-phyto.ch", trap="google-status-cancelled-position-filled-internally", hiring=False,
    ),
    dict(
        kind="google-invite", uid="0tel1urion8h2q6m4w9z3x5c7v@google.com",
        ics=google(
            "0tel1urion8h2q6m4w9z3x5c7v@google.com",
            "Tellurion Pharma - Recruiter call (QC Team Lead, Zug)",
            "20251027T154500Z", "20251027T161500Z",
            ("Olivia Meyer-Landolt", "olivia.meyer-landolt@tellurion-pharma.com"),
            [("Olivia Meyer-Landolt", "olivia.meyer-landolt@tellurion-pharma.com"), ("Nadine Gerber", ME)],
            "Hi Nadine, short call to get to know each other and go through the QC Team Lead role in Zug. Talk soon, Olivia",
            meet="tpx-gmsn-hwa", stamp="20251023T120000Z",
        ),
        is_interview=1, company="Tellurion Pharma AG", role="QC Team Lead, Zug", stage="recruiter_screen",
        interviewers="olivia.meyer-landolt@tellurion-pharma.com", trap="google-meet-recruiter-call-hyphenated-name", hiring=False,
    ),
    dict(
        kind="google-rescheduled", uid="9tel2urion0j4r8n6y1a3s5d7f@google.com",
        ics=google(
            "9tel2urion0j4r8n6y1a3s5d7f@google.com",
            "Updated invitation: Tellurion - Hiring Manager Interview (QC Team Lead)",
            "20251114T080000Z", "20251114T090000Z",
            ("Olivia Meyer-Landolt", "olivia.meyer-landolt@tellurion-pharma.com"),
            [("Olivia Meyer-Landolt", "olivia.meyer-landolt@tellurion-pharma.com"),
             ("Benedikt Arnold", "benedikt.arnold@tellurion-pharma.com"), ("Nadine Gerber", ME)],
            "This event has been changed.\nNew time: Friday 14 Nov 2025, 09:00 - 10:00 (CET). Previous time: Wednesday 12 Nov.\n\n"
            "Hiring manager interview with Benedikt Arnold (Head of QC Zug). Olivia (recruiter) will only set up the call.",
            meet="aqr-bnke-zzu", seq=3, stamp="20251110T081530Z",
        ),
        is_interview=1, company="Tellurion Pharma AG", role="QC Team Lead", stage="hiring_manager",
        interviewers="benedikt.arnold@tellurion-pharma.com", trap="google-rescheduled-sequence-3-recruiter-is-coordinator", hiring=False,
    ),
    dict(
        kind="outlook-sent-by", uid="040000008200E00074C5B7101A82E00800000000KANDERA01DC01000000000000000010000000B8E4A6C2D0F1E3A5C7B9D1F3E5A7C9B1",
        ics=outlook(
            "040000008200E00074C5B7101A82E00800000000KANDERA01DC01000000000000000010000000B8E4A6C2D0F1E3A5C7B9D1F3E5A7C9B1",
            "Interview: QC Team Lead Sterile Manufacturing - Nadine Gerber",
            "20251128T133000", "20251128T143000",
            ("Lehmann, Patrick", "patrick.lehmann@kandera-sterile.ch"),
            [("Gerber, Nadine", ME, "REQ-PARTICIPANT", "INDIVIDUAL")],
            "Dear Ms Gerber,\n\non behalf of Patrick Lehmann (Head of QC, Kandera Sterile Solutions AG) I am sending you the "
            "invitation for your interview. Duration approx. 60 minutes, on site in Liestal (Gewerbestrasse 14, 4410 Liestal).\n\n"
            "Kind regards\nSusanne Gut\nAssistant to Head of Quality",
            tz=WIN_WEU, lang="en-US", location="Gewerbestrasse 14, 4410 Liestal", sent_by="susanne.gut@kandera-sterile.ch",
            stamp="20251120T140000Z",
        ),
        is_interview=1, company="Kandera Sterile Solutions AG", role="QC Team Lead Sterile Manufacturing", stage="hiring_manager",
        interviewers="patrick.lehmann@kandera-sterile.ch", trap="outlook-sent-by-assistant-not-interviewer", hiring=False,
    ),
    dict(
        kind="thunderbird-floating", uid="b4d8f2a6-1c3e-4a5b-9d7f-0e2c4a6b8d0f",
        ics=thunderbird(
            "b4d8f2a6-1c3e-4a5b-9d7f-0e2c4a6b8d0f",
            "VG Bachgraben Biotech",
            "20251117T170000", "20251117T180000", tz="", alarm="-PT45M",
            notes="Fr. Pfister (Labor) & Hr. Frey (HR). Stelle Lab Manager. Nach der Arbeit, Tram 3.",
        ),
        is_interview=1, company="Bachgraben Biotech AG", role="Lab Manager", stage="",
        interviewers="Fr. Pfister;Hr. Frey", trap="abbreviation-vg-floating-after-work", hiring=False,
    ),
    dict(
        kind="teamtailor-invite", uid="tt-interview-81c2a9e0-luzia@teamtailor.example",
        ics=ats(
            "tt-interview-81c2a9e0-luzia@teamtailor.example",
            "Interview with Luzia Laboratories: QA Specialist",
            "20251106T070000Z", "20251106T073000Z",
            ("Luzia Laboratories", "noreply@teamtailor-mail.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Jasmin Keller", "jasmin.keller@luzia-labs.ch", "REQ-PARTICIPANT")],
            "Hi Nadine! 👋\n\nYour interview is booked: Screening call with Jasmin Keller (People & Culture).\n"
            "Join: https://meet.google.com/lzl-qasp-kkk\n\nSee you soon,\nThe Luzia Laboratories team, Zug",
            prodid="-//Teamtailor//Interview Scheduler//EN", location="Google Meet",
        ),
        is_interview=1, company="Luzia Laboratories AG", role="QA Specialist", stage="recruiter_screen",
        interviewers="jasmin.keller@luzia-labs.ch", trap="teamtailor-emoji-screening-call", hiring=False,
    ),
    dict(
        kind="teamtailor-invite", uid="tt-interview-93d4b1f2-luzia@teamtailor.example",
        ics=ats(
            "tt-interview-93d4b1f2-luzia@teamtailor.example",
            "Interview with Luzia Laboratories: QA Specialist - Case (GMP documentation review)",
            "20251120T130000Z", "20251120T143000Z",
            ("Luzia Laboratories", "noreply@teamtailor-mail.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Rafael Sidler", "rafael.sidler@luzia-labs.ch", "REQ-PARTICIPANT"),
             ("Jasmin Keller", "jasmin.keller@luzia-labs.ch", "OPT-PARTICIPANT")],
            "Hi Nadine,\n\nNext step: a practical case. You will review an anonymised batch record and a CoA and walk "
            "Rafael Sidler (QA Lead) through your findings. Jasmin schedules and may drop in.\n\nLocation: Luzia Laboratories AG, "
            "Industriestrasse 22, 6300 Zug, 3rd floor",
            prodid="-//Teamtailor//Interview Scheduler//EN", location="Industriestrasse 22, 6300 Zug",
        ),
        is_interview=1, company="Luzia Laboratories AG", role="QA Specialist", stage="technical",
        interviewers="rafael.sidler@luzia-labs.ch", trap="batch-record-review-case-optional-recruiter", hiring=False,
    ),
    dict(
        kind="zoom-invite", uid="ZOOM-85120443871-rpp@zoom.example",
        ics=ats(
            "ZOOM-85120443871-rpp@zoom.example",
            "Jobinterview RPP - Teamleiterin Qualitätskontrolle Verpackung",
            "20251125T170000Z", "20251125T174500Z",
            ("Dario Casanova", "dario.casanova@rpp-rheinfelden.ch"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT")],
            "Dario Casanova lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: Jobinterview RPP - Teamleiterin "
            "Qualitätskontrolle Verpackung\n\nZoom-Meeting beitreten\nhttps://rpp-rheinfelden.zoom.us/j/85120443871\n"
            "Meeting-ID: 851 2044 3871\nKenncode: 771204\n\n(Rheinfelden Pharma Packaging AG, Leiter Qualität)",
            prodid="-//zoom.us//iCalendar Event//EN", location="https://rpp-rheinfelden.zoom.us/j/85120443871",
        ),
        is_interview=1, company="Rheinfelden Pharma Packaging AG", role="Teamleiterin Qualitätskontrolle Verpackung", stage="hiring_manager",
        interviewers="dario.casanova@rpp-rheinfelden.ch", trap="zoom-german-acronym-subject", hiring=False,
    ),
    dict(
        kind="join-invite", uid="join-com-interview-3391027-nordstern@join.example",
        ics=ats(
            "join-com-interview-3391027-nordstern@join.example",
            "Interview (Runde 1) - Nordstern Diagnostics / Leiterin QK-Labor",
            "20251103T120000Z", "20251103T123000Z",
            ("Nordstern Diagnostics AG via JOIN", "interviews@join-mail.example"),
            [("Nadine Gerber", ME, "REQ-PARTICIPANT"), ("Petra Lanz", "petra.lanz@nordstern-dx.ch", "REQ-PARTICIPANT")],
            "Guten Tag Frau Gerber\n\nPetra Lanz (HR Nordstern Diagnostics AG) hat einen Termin mit Ihnen vereinbart.\n"
            "Art: Telefon\n\nFragen? Antworten Sie direkt im JOIN-Kandidatenportal.",
            prodid="-//JOIN Solutions AG//JOIN Calendar//DE", location="Telefon",
        ),
        is_interview=1, company="Nordstern Diagnostics AG", role="Leiterin QK-Labor", stage="recruiter_screen",
        interviewers="petra.lanz@nordstern-dx.ch", trap="swiss-ats-join-phone", hiring=False,
    ),
    dict(
        kind="outlook-utc", uid="040000008200E00074C5B7101A82E00800000000VALMONTFINALDC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Alexandra":mailto:alexandra.brenner@valmont-bioanalytics.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadine Gerb
 er:mailto:nadine.gerber@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haas, Wer
 ner":mailto:werner.haas@valmont-bioanalytics.ch
DESCRIPTION;LANGUAGE=en-US:Dear Nadine\,\n\nThank you for the constructive 
 conversations so far. We would like to invite you to the final interview f
 or the role Laboratory Manager Bioanalytics with our CEO Werner Haas and m
 yself.\n\nValmont Bioanalytics AG\, Lichtstrasse 35\, 4056 Basel\, 4th flo
 or.\n\nBest regards\nAlexandra Brenner\nHead of HR\n
UID:040000008200E00074C5B7101A82E00800000000VALMONTFINALDC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=en-US:Final Interview - Laboratory Manager Bioanalytics
DTSTART:20251205T080000Z
DTEND:20251205T091500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T160102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Valmont Bioanalytics AG\, 4th floor
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Valmont Bioanalytics AG", role="Laboratory Manager Bioanalytics", stage="final",
        interviewers="werner.haas@valmont-bioanalytics.ch;alexandra.brenner@valmont-bioanalytics.ch",
        trap="outlook-utc-times-folded-lines-ceo-final", hiring=False,
    ),
    dict(
        kind="iphone-handtyped", uid="3E5A7C9B-1D2F-4B6D-8F0A-2C4E6A8B0D1F",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251102T184400Z
DTSTART:20251113T140000
DTEND:20251113T150000
LOCATION:Saint-Louis (F)\, av. de Bâle 120
DESCRIPTION:M. Kieffer\, responsable qualité. Prendre CV en FR !
DTSTAMP:20251102T184512Z
LAST-MODIFIED:20251102T184512Z
SEQUENCE:0
SUMMARY:Entretien Sundgau Pharma 14h
TRANSP:OPAQUE
UID:3E5A7C9B-1D2F-4B6D-8F0A-2C4E6A8B0D1F
BEGIN:VALARM
X-WR-ALARMUID:3E5A7C9B-A1
UID:3E5A7C9B-A1
TRIGGER:-PT1H30M
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Sundgau Pharma SAS", role="", stage="",
        interviewers="M. Kieffer", trap="french-handtyped-entretien-floating", hiring=False,
    ),
]
