# ruff: noqa: E501, W291
"""holdout248 events, part B: the user's own job interviews (Europe, Gulf, industry, academia)."""
from holdout248ev_kit import E, apple, gexport, google, outlook, tbird, wrap
from holdout248ev_zones import (
                                ME_PRIV,
                                TEAMS_DE,
                                TEAMS_EN,
                                TEAMS_ES,
                                TZ_ARABIAN,
                                TZ_LONDON,
                                TZ_MADRID,
                                TZ_ROMANCE,
                                TZ_UTC_DE,
                                TZ_WEUROPE,
                                att,
                                gatt,
)

EVENTS = []
A = EVENTS.append

# 29 Alpennav phone interview (German Outlook, W. Europe without VTIMEZONE)
_u = "040000008200E00074C5B7101A82E00800000000AB12CD34EF7ADB01000000000000000010000000F1E2D3C4B5A6978877665544332211AA"
A(E("outlook-german", _u, outlook(
    _u, "Telefoninterview Flugverkehrsleiter/in (lizenziert) APP Zürich – Benítez Ruiz",
    "20250307T150000", "20250307T153000",
    "Guten Tag Herr Benítez Ruiz\n\nGerne bestätigen wir das Telefoninterview. Sie werden von Frau Corinne "
    "Baumgartner (HR Recruiting) angerufen. Themen: Lizenz, Berechtigungen, Sprachkenntnisse, "
    "Verfügbarkeit.\n\nFreundliche Grüsse\nAlpennav AG – HR",
    ("Baumgartner, Corinne", "corinne.baumgartner@alpennav.ch"), [att("Benítez Ruiz, Álvaro", ME_PRIV)],
    loc="Telefon", tzid="W. Europe Standard Time", vtz="", lang="de-CH"),
    1, "Alpennav", "Flugverkehrsleiter/in (lizenziert) APP Zürich", "recruiter_screen",
    "corinne.baumgartner@alpennav.ch", "german-telefoninterview-swiss-spelling"))

# 30 Alpennav two-day assessment centre, all-day
_u = "040000008200E00074C5B7101A82E0080000000022CC44EE667ADB0100000000000000001000000001234567890ABCDEF01234567890ABCD"
A(E("outlook-all-day", _u, outlook(
    _u, "Assessment-Center Flugverkehrsleiter/in (lizenziert) – 2 Tage – Alpennav Ausbildungszentrum",
    "20250414", "20250416",
    "Guten Tag Herr Benítez Ruiz\n\nTag 1: computergestützte Tests, Gruppenübung, Simulator (APP).\nTag 2: "
    "Interview mit der Auswahlkommission und medizinisch-psychologisches Vorgespräch.\nHotel ist reserviert "
    "(Hotel Glattpark, 2 Nächte).\n\nFreundliche Grüsse\nCorinne Baumgartner",
    ("Baumgartner, Corinne", "corinne.baumgartner@alpennav.ch"), [att("Benítez Ruiz, Álvaro", ME_PRIV)],
    loc="Alpennav Ausbildungszentrum, Wangen bei Dübendorf", tzid=None, lang="de-CH", busy="OOF",
    extra="X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\n").replace("X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\n", ""),
    1, "Alpennav", "Flugverkehrsleiter/in (lizenziert)", "onsite", "", "all-day-two-day-assessment-center-german"))

# 31 Aéro Contrôle Provence, Webex, French
_u = "9f3c1a7e5b2d4c6e8a0b1c2d3e4f5a6b@webex.com"
A(E("webex-invite", _u, wrap("-//Cisco Systems//Webex Meetings//FR", f"""BEGIN:VEVENT
UID:{_u}
DTSTAMP:20250305T080000Z
DTSTART;TZID=Europe/Paris:20250313T100000
DTEND;TZID=Europe/Paris:20250313T110000
SUMMARY:Entretien visio – Contrôleur aérien TWR (aérodrome de Cannes) – M. Benítez
ORGANIZER;CN=Frédéric Lambert:mailto:f.lambert@aerocontrole-provence.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alvaro Benitez:mailto:{ME_PRIV}
DESCRIPTION:Bonjour Monsieur Benítez\\,\\n\\nSuite à notre échange\\, je vous confirme l'entretien pour le 
 poste de contrôleur aérien TWR. Je serai accompagné de Sophie Garnier\\, chef CA de l'aérodrome.\\n\\nRejoi
 ndre la réunion Webex : https://aerocontrole.webex.com/meet/f.lambert\\nNuméro de la réunion : 2741 009 33
 18\\nMot de passe : Tour2025\\n\\nFrédéric Lambert\\nDirecteur des opérations
LOCATION:Webex
END:VEVENT
""", "REQUEST", TZ_ROMANCE.replace("Romance Standard Time", "Europe/Paris")),
    1, "Aéro Contrôle Provence", "Contrôleur aérien TWR", "hiring_manager",
    "f.lambert@aerocontrole-provence.fr;Sophie Garnier", "webex-french-second-interviewer-name-only"))

# 32 Uspace Iberia founder from gmail (informal coffee that is an interview)
A(E("google-invite", "6tq0v2h8k4m1p9s3r7d5f0g2j@google.com", google(
    "6tq0v2h8k4m1p9s3r7d5f0g2j@google.com", "Café Álvaro / Javier – Uspace Iberia",
    "20250314T090000Z", "20250314T100000Z",
    "Hola Álvaro! Como te dije por LinkedIn, más que una entrevista formal es para conocernos y contarte el "
    "puesto de Responsable de Operaciones U-space que queremos cubrir (somos 9, ronda seed cerrada). Si encaja, "
    "el siguiente paso sería con mi socia Elena.\n\nJavier Ortega\nCEO & cofundador, Uspace Iberia",
    ("Javier Ortega", "javi.ortega.uspace@gmail.com"), loc="Café La Fábrica, C/ Torneo 12, Sevilla", lang="es"),
    1, "Uspace Iberia", "Responsable de Operaciones U-space", "hiring_manager", "javi.ortega.uspace@gmail.com",
    "founder-gmail-cafe-not-formal-interview"))

# 33 Atlantic Air Navigation Ireland (Workday, English, UTC)
_u = "WD-AANI-R0031190-INT-2@myworkday.example"
A(E("workday-invite", _u, wrap("-//Workday Inc.//Workday Recruiting//EN", f"""BEGIN:VEVENT
UID:{_u}
DTSTAMP:20250310T120000Z
DTSTART:20250321T100000Z
DTEND:20250321T110000Z
SUMMARY:Interview – Experienced Air Traffic Controller (Area) – Competency Based Interview
ORGANIZER;CN=AANI Talent:mailto:talent@aani.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT:mailto:niamh.gallagher@aani.ie
ATTENDEE;CN=Ciarán Doyle;ROLE=REQ-PARTICIPANT:mailto:ciaran.doyle@aani.ie
ATTENDEE;CN=Alvaro Benitez Ruiz;ROLE=REQ-PARTICIPANT:mailto:{ME_PRIV}
DESCRIPTION:Interview Type: Competency Based Interview (video)\\nCandidate: Alvaro Benitez Ruiz\\nJob Requisi
 tion: R0031190 Experienced Air Traffic Controller (Area)\\nInterviewers: Niamh Gallagher (ATC Manager Ocea
 nic/Area)\\, Ciarán Doyle (Senior ATCO)\\nPlease join via the Teams link in the confirmation email.
LOCATION:Virtual
END:VEVENT
""", "REQUEST"), 1, "Atlantic Air Navigation Ireland", "Experienced Air Traffic Controller (Area)", "hiring_manager",
    "niamh.gallagher@aani.ie;ciaran.doyle@aani.ie", "workday-english-coordinator-organizer"))

# 34 NorthSky ATS first interview (Lever, Europe/London)
_u = "lever-interview-f1d2c3b4-a596-4877-8a9b-0c1d2e3f4a5b"
A(E("lever-invite", _u, wrap("-//Lever//Lever Hire//EN", f"""BEGIN:VEVENT
UID:{_u}
DTSTAMP:20250306T110000Z
DTSTART;TZID=Europe/London:20250312T090000
DTEND;TZID=Europe/London:20250312T094500
SUMMARY:Video interview – Tower/Approach ATCO (Direct Entry)\\, Wexcombe Airport – NorthSky ATS
ORGANIZER;CN=Priya Nair:mailto:priya.nair@northsky-ats.co.uk
ATTENDEE;CN=Tom Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.whitfield@northsky-ats.co.uk
ATTENDEE;CN=Álvaro Benítez Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{ME_PRIV}
DESCRIPTION:Hi Álvaro\\,\\n\\nYou'll meet Tom Whitfield\\, ATC Unit Manager at Wexcombe. Note that UK licenc
 e validation (CAA) will be discussed. Join: https://meet.google.com/pov-nhcx-tre\\n\\nPriya Nair\\, Recruitme
 nt Coordinator\\n--\\nScheduled with Lever
LOCATION:Google Meet
END:VEVENT
""", "REQUEST", TZ_LONDON), 1, "NorthSky ATS", "Tower/Approach ATCO (Direct Entry)", "hiring_manager",
    "tom.whitfield@northsky-ats.co.uk", "lever-london-zone-coordinator-not-interviewer"))

# 35 NorthSky ATS final, cancelled (Google)
A(E("google-cancel", "1b3d5f7h9j2l4n6p8r0t@google.com", google(
    "1b3d5f7h9j2l4n6p8r0t@google.com", "Unit visit & final interview – NorthSky ATS Wexcombe (Álvaro Benítez)",
    "20250328T100000Z", "20250328T130000Z",
    "Tour of the VCR and approach room, then final interview with Tom Whitfield and Graham Lowe (Head of ATS "
    "Operations). Travel booked by Priya.",
    ("Tom Whitfield", "tom.whitfield@northsky-ats.co.uk"),
    [gatt("Graham Lowe", "graham.lowe@northsky-ats.co.uk"), gatt("Priya Nair", "priya.nair@northsky-ats.co.uk")],
    loc="Wexcombe Airport, ATC Tower", method="CANCEL", status="CANCELLED", seq=2),
    1, "NorthSky ATS", "", "final", "tom.whitfield@northsky-ats.co.uk;graham.lowe@northsky-ats.co.uk",
    "google-cancelled-final-unit-visit"))

# 36 Najd ANC via agency (Zoom panel, Arab Standard Time with VTIMEZONE)
_u = "040000008200E00074C5B7101A82E00800000000BEEFCAFE117ADB01000000000000000010000000AB01CD23EF45AB67CD89EF01AB23CD45"
A(E("outlook-agency-panel", _u, outlook(
    _u, "Najd ANC – ATCO Area Radar panel interview – Candidate: Alvaro Benitez (AviaTalent)",
    "20250319T160000", "20250319T170000",
    "Dear Alvaro,\n\nOn behalf of our client Najd Air Navigation Company (Riyadh ACC), please find your panel "
    "interview details. Panel: Eng. Faisal Al Otaibi (ACC Operations Manager) and Mr. Kevin Brennan (Training "
    "Manager). Times are Riyadh time (AST).\n\nZoom: https://zoom.us/j/96311200457 (Passcode 2025)\n\nBest "
    "regards,\nLayla Haddad\nAviaTalent Middle East – Interview coordination",
    ("Haddad, Layla", "layla.haddad@aviatalent-me.com"),
    [att("Al Otaibi, Faisal", "f.alotaibi@najd-anc.sa"), att("Brennan, Kevin", "k.brennan@najd-anc.sa"),
     att("Benitez, Alvaro", ME_PRIV)],
    loc="Zoom", tzid="Arab Standard Time", vtz=TZ_ARABIAN, lang="en-GB"),
    1, "Najd Air Navigation Company", "ATCO Area Radar", "technical", "f.alotaibi@najd-anc.sa;k.brennan@najd-anc.sa",
    "agency-coordinator-organizer-saudi-zone"))

# 37 Melita ANS (Webex, English)
_u = "MELITA-ATCO-2025-INT-0412@webex.com"
A(E("webex-invite", _u, wrap("-//Cisco Systems//Webex Meetings//EN", f"""BEGIN:VEVENT
UID:{_u}
DTSTAMP:20250402T081500Z
DTSTART:20250410T070000Z
DTEND:20250410T080000Z
SUMMARY:Final interview – Air Traffic Control Officer (Approach)\\, Melita ANS
ORGANIZER;CN=Joseph Camilleri:mailto:joseph.camilleri@melita-ans.com.mt
ATTENDEE;CN=Rita Vella;ROLE=REQ-PARTICIPANT:mailto:rita.vella@melita-ans.com.mt
ATTENDEE;CN=Alvaro Benitez Ruiz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_PRIV}
DESCRIPTION:Dear Álvaro\\, this is your final interview with Joseph Camilleri (CEO) and Rita Vella (Head of 
 ATS). Meeting link: https://melita-ans.webex.com/melita-ans/j.php?MTID=m4b2c. Meeting number: 2650 117 40
 93. Password: mLt8Qz.
LOCATION:Webex
END:VEVENT
""", "REQUEST"), 1, "Melita ANS", "Air Traffic Control Officer (Approach)", "final",
    "joseph.camilleri@melita-ans.com.mt;rita.vella@melita-ans.com.mt", "webex-utc-final-ceo"))

# 38 Rock Approach Services, Thunderbird hand entry
A(E("thunderbird-hand-typed", "e41f09c2-6b83-4d7a-a1f5-93c0be27d614", tbird(
    "e41f09c2-6b83-4d7a-a1f5-93c0be27d614", "Tel. interview Rock Approach (GIB) - Dave Holloway, ops mgr",
    "20250318T113000", "20250318T121500",
    desc="He calls me. +350 200 4xx xx. Radar APP post, mil/civil mix, ask about frontier crossing & housing "
         "in La Línea.", loc="", alarm="-PT10M"),
    1, "Rock Approach Services", "Radar APP", "hiring_manager", "Dave Holloway", "thunderbird-abbrev-gibraltar-name-only"))

# 39 Atlas Navigation Aérienne (Outlook French Teams)
_u = "040000008200E00074C5B7101A82E00800000000D1D2D3D4C17ADB01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4"
A(E("teams-french", _u, outlook(
    _u, "Entretien – Instructeur simulateur ATC (Casablanca) – M. Álvaro Benítez Ruiz",
    "20250325T100000", "20250325T110000",
    "Bonjour Monsieur,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'Instructeur "
    "simulateur ATC au sein de notre centre de formation. Jury : M. Youssef Benjelloun (Directeur de la "
    "formation) et Mme Salma El Idrissi (RH).\n\n________________________________________________________________"
    "________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de "
    "salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
    "Zjk3MmQ0%40thread.v2/0>\nID de réunion : 355 019 822 617\nCode secret : Xp4wTr\n__________________________"
    "______________________________________________________",
    ("El Idrissi, Salma", "s.elidrissi@atlas-navaerienne.ma"),
    [att("Benjelloun, Youssef", "y.benjelloun@atlas-navaerienne.ma"), att("Benítez Ruiz, Álvaro", ME_PRIV)],
    loc="Réunion Microsoft Teams", tzid="Morocco Standard Time", vtz="", lang="fr-FR"),
    1, "Atlas Navigation Aérienne", "Instructeur simulateur ATC", "hiring_manager",
    "y.benjelloun@atlas-navaerienne.ma;s.elidrissi@atlas-navaerienne.ma", "teams-french-morocco-windows-zone"))

# 40 LuxNav (bilingual French/German)
_u = "040000008200E00074C5B7101A82E008000000005A5B5C5DD27ADB01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEF00"
A(E("outlook-bilingual", _u, outlook(
    _u, "Entretien d'embauche / Vorstellungsgespräch – Contrôleur aérien APP (m/f) – LuxNav",
    "20250407T140000", "20250407T150000",
    "Bonjour Monsieur Benítez Ruiz, / Sehr geehrter Herr Benítez Ruiz,\n\nNous vous confirmons votre "
    "entretien au siège de LuxNav. / Wir bestätigen Ihr Vorstellungsgespräch.\n\nJury: Marc Weber (Chef "
    "de service APP), Anne Schmit (Ressources humaines)\n\nLuxNav S.A., 4 rue de l'Aéroport, L-1110 Findel",
    ("Schmit, Anne", "anne.schmit@luxnav.lu"),
    [att("Weber, Marc", "marc.weber@luxnav.lu"), att("Benítez Ruiz, Álvaro", ME_PRIV),
     att("Salle Réunion Bleue", "salle.bleue@luxnav.lu", role="NON-PARTICIPANT", cutype="ROOM", rsvp=False)],
    loc="LuxNav – Salle Réunion Bleue", tzid="W. Europe Standard Time", vtz=TZ_WEUROPE, lang="fr-LU"),
    1, "LuxNav", "Contrôleur aérien APP (m/f)", "hiring_manager", "marc.weber@luxnav.lu;anne.schmit@luxnav.lu",
    "bilingual-french-german-room"))

# 41 Aeropuertos Canarios Gestión (Teams ES, GMT Standard Time no VTIMEZONE)
_u = "040000008200E00074C5B7101A82E008000000007788AABBE37ADB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344"
A(E("teams-invite", _u, outlook(
    _u, "Entrevista – Técnico/a de Operaciones (Coordinación de Plataforma) – Álvaro Benítez",
    "20250321T090000", "20250321T100000",
    "Hola Álvaro:\n\nTe confirmamos la entrevista con Yeray Santana (Jefe de Operaciones Aeroportuarias) y "
    "Nayra Déniz (RRHH). Hora de Canarias.\n" + TEAMS_ES.format(mid="OGE2NjU1YjItNGM4Zi00", num="392 118 004 775",
                                                                pc="Rf3nQa"),
    ("Déniz Rodríguez, Nayra", "ndeniz@aeropuertoscanarios.es"),
    [att("Santana Perdomo, Yeray", "ysantana@aeropuertoscanarios.es"), att("Benítez Ruiz, Álvaro", ME_PRIV)],
    loc="Reunión de Microsoft Teams", tzid="GMT Standard Time", vtz=""),
    1, "Aeropuertos Canarios Gestión", "Técnico/a de Operaciones (Coordinación de Plataforma)", "hiring_manager",
    "ysantana@aeropuertoscanarios.es;ndeniz@aeropuertoscanarios.es", "teams-canary-gmt-windows-zone"))

# 42 Navtech recruiter screen (Google invite ES)
A(E("google-invite", "4k8n2q6s0u3w7y1a5c9e2g@google.com", google(
    "4k8n2q6s0u3w7y1a5c9e2g@google.com", "Navtech Systems Ibérica – primera llamada (Especialista Operacional ATM)",
    "20250305T160000Z", "20250305T163000Z",
    "Hola Álvaro, primera toma de contacto de 30 min sobre la vacante de Especialista Operacional ATM "
    "(perfil ex-controlador para validación de sistemas). Un saludo, Sonia Beltrán – Talent Acquisition",
    ("Sonia Beltrán", "sonia.beltran@navtech-iberica.es"), lang="es", meet=("pnc-ksve-jaz", "904417352")),
    1, "Navtech Systems Ibérica", "Especialista Operacional ATM", "recruiter_screen", "sonia.beltran@navtech-iberica.es",
    "google-spanish-footer-recruiter-screen"))

# 43 Navtech technical (Outlook, VTIMEZONE Romance)
_u = "040000008200E00074C5B7101A82E00800000000C0C1C2C3F47ADB0100000000000000001000000024680ACE13579BDF24680ACE13579BDF"
A(E("outlook-invite", _u, outlook(
    _u, "Entrevista técnica: Especialista Operacional ATM – A. Benítez",
    "20250320T110000", "20250320T123000",
    "Hola Álvaro,\n\nSegunda fase: entrevista técnica con Enrique Salcedo (Jefe de Producto ATC) y Patricia Gil "
    "(Validación operacional). Veremos un caso de validación de una nueva herramienta de detección de "
    "conflictos de medio plazo (MTCD).\n\nOficinas Navtech, Parque Tecnológico, Alcobendas. Sala Barajas.",
    ("Salcedo Moreno, Enrique", "enrique.salcedo@navtech-iberica.es"),
    [att("Gil Andrade, Patricia", "patricia.gil@navtech-iberica.es"), att("Benítez Ruiz, Álvaro", ME_PRIV),
     att("ALC-P1-Sala Barajas (8)", "sala.barajas@navtech-iberica.es", role="NON-PARTICIPANT", cutype="ROOM",
         rsvp=False),
     att("Beltrán, Sonia", "sonia.beltran@navtech-iberica.es", role="OPT-PARTICIPANT")],
    loc="ALC-P1-Sala Barajas (8)", tzid="Romance Standard Time", vtz=TZ_ROMANCE),
    1, "Navtech Systems Ibérica", "Especialista Operacional ATM", "technical",
    "enrique.salcedo@navtech-iberica.es;patricia.gil@navtech-iberica.es", "outlook-room-recruiter-optional"))

# 44 Aerovía Consulting hand-typed iPhone
A(E("ios-hand-typed", "3A9E5C71-0F2B-4D8E-B6A4-71C9E0D52F3B", apple(
    "3A9E5C71-0F2B-4D8E-B6A4-71C9E0D52F3B", "Llamada Laura (Aerovia) - consultor ATM senior",
    "20250311T190000", "20250311T193000", desc="la de RRHH. Pregunta banda salarial + teletrabajo"),
    1, "Aerovía Consulting", "consultor ATM senior", "recruiter_screen", "Laura", "hand-typed-no-accent-first-name"))

# 45 Airsafe Tower first interview (Teams DE, W. Europe without VTIMEZONE)
_u = "040000008200E00074C5B7101A82E008000000001F2E3D4C057ADB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122"
A(E("teams-german", _u, outlook(
    _u, "Erstgespräch: Fluglotse (m/w/d) Tower – Regionalflughafen Hof-Nord",
    "20250317T100000", "20250317T104500",
    "Hallo Herr Benítez,\n\nanbei die Einladung zum Erstgespräch mit Herrn Jens Köhler (Niederlassungsleiter "
    "Tower Hof-Nord).\n\nViele Grüße\nSabine Hartmann\nPersonal\n" + TEAMS_DE.format(
        mid="MjU0ZWQ3YTEtZWM3Yi00", num="374 220 915 036", pc="Gh6tYu"),
    ("Hartmann, Sabine", "s.hartmann@airsafe-tower.de"),
    [att("Köhler, Jens", "j.koehler@airsafe-tower.de"), att("alvaro.benitez.ruiz@hotmail.es", ME_PRIV)],
    loc="Microsoft Teams-Besprechung", tzid="W. Europe Standard Time", vtz="", lang="de-DE"),
    1, "Airsafe Tower", "Fluglotse (m/w/d) Tower", "hiring_manager", "j.koehler@airsafe-tower.de",
    "german-erstgespraech-hr-organizer-not-interviewer"))

# 46 Airsafe Tower second interview on site (localized German zone with VTIMEZONE)
_u = "040000008200E00074C5B7101A82E008000000002A3B4C5D167ADB0100000000000000001000000066778899AABBCCDDEEFF001122334455"
A(E("outlook-german", _u, outlook(
    _u, "Zweitgespräch vor Ort + Towerbesichtigung – Herr Benítez",
    "20250408T090000", "20250408T130000",
    "Hallo Herr Benítez,\n\nwir freuen uns, Sie in Hof-Nord begrüßen zu dürfen: Towerbesichtigung, "
    "Zweitgespräch mit Herrn Köhler und Frau Dr. Petra Lindner (Geschäftsführerin), anschließend "
    "Mittagessen. Reisekosten werden erstattet.\n\nViele Grüße\nSabine Hartmann",
    ("Hartmann, Sabine", "s.hartmann@airsafe-tower.de"),
    [att("Köhler, Jens", "j.koehler@airsafe-tower.de"), att("Lindner, Petra", "p.lindner@airsafe-tower.de"),
     att("Benítez, Álvaro", ME_PRIV)],
    loc="Tower Hof-Nord, Flughafenstraße 1", tzid='"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"',
    vtz=TZ_UTC_DE, lang="de-DE"),
    1, "Airsafe Tower", "", "final", "j.koehler@airsafe-tower.de;p.lindner@airsafe-tower.de",
    "german-zweitgespraech-onsite-final"))

# 47 Offshore Heli Radar Services (UTC, English)
_u = "040000008200E00074C5B7101A82E008000000003C4D5E6F277ADB010000000000000000100000001A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D"
A(E("outlook-utc", _u, outlook(
    _u, "Telephone interview - Radar Controller (Offshore) - A. Benitez Ruiz",
    "20250313T140000Z", "20250313T144500Z",
    "Hi Alvaro,\n\nStuart Mackay (Ops Manager, Aberdeen) will call you at 14:00 UK time. Please have your "
    "licence and logbook details to hand.\n\nRecruitment, OHRS",
    ("OHRS Recruitment", "recruitment@ohrs.co.uk"),
    [att("Mackay, Stuart", "stuart.mackay@ohrs.co.uk"), att("Benitez Ruiz, Alvaro", ME_PRIV)],
    loc="Telephone", tzid=None, lang="en-GB", prodid="Microsoft Exchange Server 2016"),
    1, "Offshore Heli Radar Services", "Radar Controller (Offshore)", "hiring_manager", "stuart.mackay@ohrs.co.uk",
    "outlook-utc-phone-uk"))

# 48 CUAS university associate lecturer (Google export, stage unclear)
A(E("google-export", "0cuas9e1f2a3b4c5d6e7f8@google.com", gexport(
    "0cuas9e1f2a3b4c5d6e7f8@google.com", "Comisión selección CUAS – plaza Profesor/a Asociado/a Gestión del Tránsito Aéreo",
    "20250404T120000", "20250404T130000",
    desc="Defensa del CV y proyecto docente (15 min) + preguntas de la comisión. Edificio B, sala de "
         "grados. Presidenta: Dra. Carmen Olmedo.",
    loc="CUAS, Edificio B, Sala de Grados, Sevilla", tz=TZ_MADRID),
    1, "CUAS", "Profesor/a Asociado/a Gestión del Tránsito Aéreo", "", "Carmen Olmedo",
    "university-commission-stage-unclear"))

# 49 Vuelaria OCC HR screen (SuccessFactors)
A(E("successfactors-invite", "SFRCM-VUELARIA-OCC-INT-55120", wrap(
    "-//SAP SuccessFactors//Recruiting Interview Scheduling 2.0//EN", f"""BEGIN:VEVENT
UID:SFRCM-VUELARIA-OCC-INT-55120
DTSTAMP:20250303T090000Z
DTSTART;TZID=Europe/Madrid:20250306T120000
DTEND;TZID=Europe/Madrid:20250306T123000
SUMMARY:Entrevista telefónica - Controlador/a de Operaciones (OCC) - Vuelaria
ORGANIZER;CN=Vuelaria Talent:mailto:talent@vuelaria.com
ATTENDEE;CN=Lidia Navas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lidia.navas@vuelaria.com
ATTENDEE;CN=Álvaro Benítez Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{ME_PRIV}
DESCRIPTION:Hola Álvaro\\, Lidia Navas (Talent Acquisition) te llamará para una primera entrevista telefón
 ica sobre la posición de Controlador/a de Operaciones en nuestro OCC de Barcelona.
LOCATION:Teléfono
END:VEVENT
""", "REQUEST", TZ_MADRID), 1, "Vuelaria", "Controlador/a de Operaciones (OCC)", "recruiter_screen",
    "lidia.navas@vuelaria.com", "airline-occ-not-atc-still-interview"))

# 50 Belnav (Outlook English/French, Romance Standard Time VTIMEZONE)
_u = "040000008200E00074C5B7101A82E008000000004D5E6F70387ADB01000000000000000010000000BB00CC11DD22EE33FF4400551166227"
A(E("outlook-invite", _u, outlook(
    _u, "Belnav – Final selection interview ATCO Brussels ACC / Entretien final",
    "20250411T093000", "20250411T110000",
    "Dear Mr Benítez Ruiz,\n\nThe selection board (Mr Wouter Peeters, Head of ACC, and Ms Delphine Lejeune, "
    "HR) will meet you at our Steenokkerzeel office. Le jury vous recevra en anglais ou en français.\n\nBelnav "
    "Recruitment",
    ("Belnav Recruitment", "recruitment@belnav.be"),
    [att("Peeters, Wouter", "wouter.peeters@belnav.be"), att("Lejeune, Delphine", "delphine.lejeune@belnav.be"),
     att("Benítez Ruiz, Álvaro", ME_PRIV)],
    loc="Belnav HQ, Steenokkerzeel", tzid="Romance Standard Time", vtz=TZ_ROMANCE, lang="en-GB"),
    1, "Belnav", "ATCO Brussels ACC", "final", "wouter.peeters@belnav.be;delphine.lejeune@belnav.be",
    "outlook-mixed-english-french-board"))

# 51 Servicios Aeroportuarios Baleares (Factorial-style ATS)
A(E("factorial-invite", "factorial-ats-interview-20250324-8812@factorialhr.example", wrap(
    "-//Factorial//Factorial ATS//ES", f"""BEGIN:VEVENT
UID:factorial-ats-interview-20250324-8812@factorialhr.example
DTSTAMP:20250317T120000Z
DTSTART:20250324T080000Z
DTEND:20250324T090000Z
SUMMARY:Entrevista: Controlador/a de Plataforma (Apron) – Palma | Álvaro Benítez Ruiz
ORGANIZER;CN=Xisca Mulet:mailto:xisca.mulet@sab-aeroportuaris.es
ATTENDEE;CN=Xisca Mulet;PARTSTAT=ACCEPTED:mailto:xisca.mulet@sab-aeroportuaris.es
ATTENDEE;CN=Toni Ferrà;PARTSTAT=ACCEPTED:mailto:toni.ferra@sab-aeroportuaris.es
ATTENDEE;CN=Álvaro Benítez Ruiz;PARTSTAT=NEEDS-ACTION:mailto:{ME_PRIV}
DESCRIPTION:Entrevista con Toni Ferrà (Responsable de Plataforma) y Xisca Mulet (Personas). Videollamada: 
 https://meet.google.com/xvb-tfrm-uqa\\n\\nEnviado desde Factorial
LOCATION:Google Meet
END:VEVENT
""", "REQUEST"), 1, "Servicios Aeroportuarios Baleares", "Controlador/a de Plataforma (Apron)", "hiring_manager",
    "toni.ferra@sab-aeroportuaris.es;xisca.mulet@sab-aeroportuaris.es", "local-ats-apron-palma"))

# 52 Al Bidda recruiter screen (Teams EN, Arab Standard Time without VTIMEZONE)
_u = "040000008200E00074C5B7101A82E008000000005E6F7081497ADB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0"
A(E("teams-invite", _u, outlook(
    _u, "Screening interview – Air Traffic Controller (Approach/Tower) – Al Bidda Airspace Management",
    "20250304T130000", "20250304T133000",
    "Dear Alvaro,\n\nThank you for applying. Your screening interview will be with Noor Al Kuwari (Talent "
    "Acquisition Specialist). Time shown is Doha time.\n" + TEAMS_EN.format(
        mid="NDQ2MzFiOGUtZGFkNy00", num="318 557 204 119", pc="Lk2pRs"),
    ("Al Kuwari, Noor", "noor.alkuwari@albidda-am.qa"), [att("Alvaro Benitez Ruiz", ME_PRIV)],
    loc="Microsoft Teams Meeting", tzid="Arab Standard Time", vtz="", lang="en-US"),
    1, "Al Bidda Airspace Management", "Air Traffic Controller (Approach/Tower)", "recruiter_screen",
    "noor.alkuwari@albidda-am.qa", "gulf-screening-windows-zone-no-vtimezone"))

# 53 Al Bidda psychometric + ATC aptitude assessment (online, UTC)
A(E("assessment-platform", "ABAM-ASSESS-77120-ALVARO@albidda-am.qa", wrap(
    "-//Al Bidda Airspace Management//Candidate Portal//EN", """BEGIN:VEVENT
UID:ABAM-ASSESS-77120-ALVARO@albidda-am.qa
DTSTAMP:20250310T060000Z
DTSTART:20250316T090000Z
DTEND:20250316T120000Z
SUMMARY:Online psychometric & ATC aptitude assessment (Stage 2) – Air Traffic Controller
DESCRIPTION:Stage 2 of 4. Personality questionnaire\\, numerical reasoning\\, multitasking and a radar-bas
 ed aptitude game. Proctored. You will receive your login 1 hour before.
ORGANIZER;CN=Al Bidda Careers:mailto:careers@albidda-am.qa
LOCATION:Online
END:VEVENT
""", "PUBLISH"), 1, "Al Bidda Airspace Management", "Air Traffic Controller", "technical", "",
    "psychometric-online-no-attendees"))

# 54 Arctic Oceanic Control (Google invite, English)
A(E("google-invite", "9z8y7x6w5v4u3t2s1r0q@google.com", google(
    "9z8y7x6w5v4u3t2s1r0q@google.com", "Interview: Oceanic Controller (procedural) – Álvaro Benítez",
    "20250402T140000Z", "20250402T150000Z",
    "Hi Álvaro, thanks for your application. Interview with Sigrún Jónsdóttir (Oceanic Ops Manager) and me. "
    "We'll cover procedural control, CPDLC and relocation to Reykjavík.\nBirkir Ólafsson, HR",
    ("Birkir Ólafsson", "birkir@arcticoceanic.is"), [gatt("Sigrún Jónsdóttir", "sigrun@arcticoceanic.is")],
    meet=("ayq-wpzr-ehn", "310028844")),
    1, "Arctic Oceanic Control", "Oceanic Controller (procedural)", "hiring_manager",
    "sigrun@arcticoceanic.is;birkir@arcticoceanic.is", "google-icelandic-names"))

# 55 AeroSim Dynamics (Teams ES, without attendees besides user, UTC)
_u = "040000008200E00074C5B7101A82E008000000006F7081925A7ADB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
A(E("teams-invite", _u, outlook(
    _u, "Entrevista – Instructor/a de simulador ATC – AeroSim Dynamics",
    "20250327T090000Z", "20250327T100000Z",
    "Hola Álvaro:\n\nTe esperamos en la entrevista para el puesto de Instructor/a de simulador ATC. Estaremos "
    "Rubén Caballero (Director de Formación) y yo.\n\nUn saludo,\nAlba Garrido\n" + TEAMS_ES.format(
        mid="ZDFhYjQ4MzMtNTg2Zi00", num="327 664 118 092", pc="Ty7eWs"),
    ("Garrido, Alba", "agarrido@aerosim-dynamics.es"),
    [att("Caballero, Rubén", "rcaballero@aerosim-dynamics.es"), att("Benítez Ruiz, Álvaro", ME_PRIV)],
    loc="Reunión de Microsoft Teams", tzid=None),
    1, "AeroSim Dynamics", "Instructor/a de simulador ATC", "hiring_manager",
    "rcaballero@aerosim-dynamics.es;agarrido@aerosim-dynamics.es", "teams-spanish-utc-simulator-company"))

# 56 Voxcom ATM Solutions (Outlook English/German, Vienna)
_u = "040000008200E00074C5B7101A82E0080000000071829304AB7ADB0100000000000000001000000002468ACE02468ACE02468ACE02468ACE"
A(E("outlook-invite", _u, outlook(
    _u, "Interview – Product Trainer ATM Voice Systems (m/w/d) – Alvaro Benitez",
    "20250409T130000", "20250409T140000",
    "Hello Alvaro,\n\nAs discussed, an interview with Stefan Wimmer (Head of Customer Training) via Teams. "
    "Wir freuen uns auf das Gespräch!\n\nBest regards\nKatharina Auer, Talent Acquisition",
    ("Auer, Katharina", "katharina.auer@voxcom-atm.com"),
    [att("Wimmer, Stefan", "stefan.wimmer@voxcom-atm.com"), att("Benitez, Alvaro", ME_PRIV)],
    loc="Microsoft Teams", tzid="W. Europe Standard Time", vtz=TZ_WEUROPE, lang="en-GB"),
    1, "Voxcom ATM Solutions", "Product Trainer ATM Voice Systems (m/w/d)", "hiring_manager",
    "stefan.wimmer@voxcom-atm.com", "industry-trainer-role-english-german"))
