"""holdout180 events, part d: multinationals and ATS invites (Kessler, Vallaurix, Monedo, Kivo, and others)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_NEW_YORK, TZ_PARIS

EVENTS = [
    dict(
        k="successfactors-de",
        uid="SF-INTV-2025-000318842-01@kessler.successfactors.eu",
        y=1,
        co="Kessler Industrietechnik",
        role="Senior Legal Counsel Iberia (m/w/d)",
        stage="hiring_manager",
        iv="katrin.vogt@kessler-it.de;lorena.prieto@kessler.es",
        trap="successfactors-german-english-invite",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-2025-000318842-01@kessler.successfactors.eu
DTSTAMP:20250320T070211Z
SEQUENCE:0
DTSTART:20250327T090000Z
DTEND:20250327T100000Z
SUMMARY:Vorstellungsgespräch / Interview: Senior Legal Counsel Iberia (m/w/d) - Inés Carvajal Ruiz
ORGANIZER;CN=Kessler Recruiting:mailto:noreply.recruiting@kessler-it.de
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Dr. Katrin Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogt@kessler-it.de
ATTENDEE;CN=Lorena Prieto;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lorena.prieto@kessler.es
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrte Frau Carvajal Ruiz\,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns\, Sie zu einem Vorstellungsgespräch per Microsoft Teams einzuladen.\n\nGesprächspartnerinnen: Dr. Katrin Vogt (Head of Legal Europe South\, München)\, Lorena Prieto (HR Business Partner Kessler Ibérica\, Madrid)\nSprache: Englisch\n\n--- English ---\nDear Ms Carvajal Ruiz\, thank you for your application. We are pleased to invite you to an interview via Microsoft Teams. The interview will be held in English.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE1N2Fk%40thread.v2/0\n\nMit freundlichen Grüßen / Kind regards\nKessler Industrietechnik GmbH – Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="entretien",
        uid="040000008200E00074C5B7101A82E00800000000A6D1E7F3B5A2DB01000000000000000010000000E2C8",
        y=1,
        co="Groupe Vallaurix",
        role="Juriste Senior / Legal Counsel Espagne",
        stage="hiring_manager",
        iv="claire.marchand@vallaurix.com",
        trap="french-entretien-paris-tz-directrice-juridique",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_PARIS}
BEGIN:VEVENT
ORGANIZER;CN="MARCHAND Claire":mailto:claire.marchand@vallaurix.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inés\,\n\nComme convenu avec Béatrice\, je vous propose un premier échange en visio autour du poste de Juriste Senior pour notre filiale espagnole (droit des sociétés\, M&A\, contrats). L'entretien pourra se dérouler en français ou en anglais\, à votre convenance.\n\nBien cordialement\,\nClaire Marchand\nDirectrice Juridique Groupe\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Njk1YjA0%40thread.v2/0>\nID de la réunion : 381 772 650 194\nCode secret : dN7h3P\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A6D1E7F3B5A2DB01000000000000000010000000E2C8
SUMMARY;LANGUAGE=fr-FR:Entretien Juriste Senior Espagne - Inés Carvajal
DTSTART;TZID=Europe/Paris:20250402T110000
DTEND;TZID=Europe/Paris:20250402T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T160423Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="phone-entry",
        uid="E7B3C9D1-0A4F-4E8B-9C2D-6F1A5B3E7D90",
        y=1,
        co="Groupe Vallaurix",
        role="",
        stage="",
        iv="Beatriz Olmos",
        trap="floating-phone-entry-second-round",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250404T072255Z
DTEND:20250410T100000
DTSTAMP:20250404T072301Z
DTSTART:20250410T090000
LAST-MODIFIED:20250404T072301Z
LOCATION:Serrano 41\, 4º
SEQUENCE:0
SUMMARY:2a entrevista Vallaurix - Beatriz Olmos (RRHH Iberia)
DESCRIPTION:llevar DNI. preguntar banda salarial y si el puesto reporta a París o a Madrid
UID:E7B3C9D1-0A4F-4E8B-9C2D-6F1A5B3E7D90
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="lever-ceo",
        uid="2c5v8b1n4m7q0w3e6r9t2y5u8i@google.com",
        y=1,
        co="Monedo Fintech",
        role="Head of Legal",
        stage="hiring_manager",
        iv="ignacio.fuster@monedo.es",
        trap="lever-video-call-with-ceo",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250225T170000Z
DTEND:20250225T175000Z
DTSTAMP:20250219T110745Z
ORGANIZER;CN=Lucía Marín:mailto:lucia.marin@monedo.es
UID:2c5v8b1n4m7q0w3e6r9t2y5u8i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ignacio Fuster;X-NUM-GUESTS=0:mailto:ignacio.fuster@monedo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Video call with Ignacio Fuster (CEO & co-founder)\n\nHola Inés! Te dejo aquí el enlace para la charla con Nacho. Es una conversación para conoceros: visión de Monedo\, licencia de entidad de pago\, próxima ronda (Serie B) y cómo ves tú el rol de Head of Legal.\n\nLucía · People & Talent\n\nThis event was scheduled via Lever.\n\nJoin with Google Meet: https://meet.google.com/bnh-yuxz-qpo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Monedo - Head of Legal - Video call w/ Ignacio Fuster
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="ashby-screen",
        uid="ashby-int-0f6c2a9e-5b17-4d83-a4e0-91c7b3d58f26",
        y=1,
        co="Kivo Health",
        role="Legal Counsel",
        stage="recruiter_screen",
        iv="olivia.brandt@kivohealth.com",
        trap="ashby-english-recruiter-screen",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-0f6c2a9e-5b17-4d83-a4e0-91c7b3d58f26
DTSTAMP:20250226T174002Z
DTSTART:20250303T130000Z
DTEND:20250303T133000Z
SUMMARY:Kivo Health: Inés Carvajal <> Olivia Brandt
ORGANIZER;CN=Kivo Health Recruiting:mailto:recruiting@kivohealth.com
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Olivia Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.brandt@kivohealth.com
LOCATION:https://us06web.zoom.us/j/87120955431?pwd=VkFxbWRzT0tYcnQ
DESCRIPTION:Hi Inés\,\n\nThanks for taking the time to speak with us about the Legal Counsel role in our Madrid hub. Olivia\, our Senior Recruiter\, will walk you through Kivo and the role and learn more about your background.\n\nZoom: https://us06web.zoom.us/j/87120955431?pwd=VkFxbWRzT0tYcnQ\nMeeting ID: 871 2095 5431\nPasscode: 402917\n\nNeed to reschedule? https://app.ashbyhq.com/candidate/reschedule/0f6c2a9e\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="ashby-round-two",
        uid="ashby-int-7a3d91b4-c2e8-4f05-9b6a-d4e0f1a28c73",
        y=1,
        co="Kivo Health",
        role="Legal Counsel",
        stage="hiring_manager",
        iv="tomas.herrero@kivohealth.com",
        trap="ashby-hiring-manager-conversation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-7a3d91b4-c2e8-4f05-9b6a-d4e0f1a28c73
DTSTAMP:20250311T093015Z
DTSTART:20250317T160000Z
DTEND:20250317T164500Z
SUMMARY:Kivo Health: Inés Carvajal <> Tomás Herrero (Hiring Manager)
ORGANIZER;CN=Kivo Health Recruiting:mailto:recruiting@kivohealth.com
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Tomás Herrero;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tomas.herrero@kivohealth.com
LOCATION:https://us06web.zoom.us/j/83302716690?pwd=dGhRYlF3UmVq
DESCRIPTION:Hi Inés\,\n\nNext up: a 45-minute conversation with Tomás Herrero\, VP Legal & Compliance. Expect questions on health-data regulation\, commercial contracts with hospitals and how you prioritise as a team of one in Spain.\n\nZoom: https://us06web.zoom.us/j/83302716690?pwd=dGhRYlF3UmVq\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="smartrecruiters",
        uid="SR-INTERVIEW-6a1f0e44c9b2d7835e10@smartrecruiters.com",
        y=1,
        co="Grupo Alimentario Sierra Morena",
        role="Abogado/a Senior Derecho Mercantil",
        stage="hiring_manager",
        iv="rcanete@gasierramorena.com",
        trap="smartrecruiters-webex-spanish",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-INTERVIEW-6a1f0e44c9b2d7835e10@smartrecruiters.com
DTSTAMP:20250415T101200Z
DTSTART:20250423T080000Z
DTEND:20250423T090000Z
SUMMARY:Entrevista: Abogado/a Senior Derecho Mercantil - Grupo Alimentario Sierra Morena
ORGANIZER;CN=Grupo Alimentario Sierra Morena:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Rafael Cañete;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rcanete@gasierramorena.com
LOCATION:Webex
DESCRIPTION:Hola Inés\,\n\nTe confirmamos tu entrevista con Rafael Cañete (Director de Asesoría Jurídica) para la posición de Abogado/a Senior Derecho Mercantil.\n\nUnirse a la reunión Webex:\nhttps://gasierramorena.webex.com/gasierramorena/j.php?MTID=m4e1f0a9c2b7d\nNúmero de reunión: 2741 883 0195\nContraseña: Olivo25\nUnirse por teléfono: +34 91 114 1233 España (Madrid)\n\nSaludos\,\nDepartamento de Personas
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="personio",
        uid="personio-interview-3318071-20250505@personio.de",
        y=1,
        co="Verde Agro Capital",
        role="Legal Manager",
        stage="",
        iv="javier.uriarte@verdeagro.es;ana.pizarro@verdeagro.es",
        trap="personio-interview-no-stage-words",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-3318071-20250505@personio.de
DTSTAMP:20250428T150020Z
DTSTART:20250505T140000Z
DTEND:20250505T150000Z
SUMMARY:Verde Agro Capital | Inés Carvajal Ruiz - Legal Manager
ORGANIZER;CN=Ana Pizarro:mailto:ana.pizarro@verdeagro.es
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Javier Uriarte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:javier.uriarte@verdeagro.es
ATTENDEE;CN=Ana Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ana.pizarro@verdeagro.es
LOCATION:Verde Agro Capital\, C/ Velázquez 50\, 2º dcha\, Madrid
DESCRIPTION:Hola Inés\,\n\nte esperamos en nuestras oficinas. Estarán Javier Uriarte (CFO) y Ana Pizarro (People). Conversaremos sobre la cartera de fincas\, las operaciones de compraventa previstas y el rol.\n\nUn saludo\,\nAna
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="teamtailor",
        uid="tt-interview-8842117@teamtailor.com",
        y=1,
        co="Lumen Proptech",
        role="Legal Counsel Real Estate",
        stage="recruiter_screen",
        iv="marta.soler@lumenproptech.com",
        trap="teamtailor-first-call",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-8842117@teamtailor.com
DTSTAMP:20250424T120805Z
DTSTART:20250429T073000Z
DTEND:20250429T080000Z
SUMMARY:Primera llamada - Legal Counsel Real Estate | Lumen
ORGANIZER;CN=Marta Soler:mailto:marta.soler@lumenproptech.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Google Meet
DESCRIPTION:¡Hola Inés!\n\nGracias por aplicar a Legal Counsel Real Estate en Lumen 🏠. Te he reservado 30 min para una primera llamada: te cuento el proyecto\, el equipo y el proceso\, y tú nos cuentas un poco más de ti.\n\nMeet: https://meet.google.com/kjd-whzt-pnx\n\nMarta Soler · Talent @ Lumen\n\nSent with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="workable",
        uid="workable-event-2f91c0a7d4e3@workable.com",
        y=1,
        co="Bodegas Riberal",
        role="Responsable Jurídico/a",
        stage="hiring_manager",
        iv="rcalleja@bodegasriberal.com",
        trap="workable-director-general-video",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-2f91c0a7d4e3@workable.com
DTSTAMP:20250502T081150Z
DTSTART:20250508T100000Z
DTEND:20250508T104500Z
SUMMARY:Entrevista con Bodegas Riberal para Responsable Jurídico/a
ORGANIZER;CN=Bodegas Riberal:mailto:bodegas-riberal@jobs.workablemail.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Ramiro Calleja;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rcalleja@bodegasriberal.com
LOCATION:Videollamada (Zoom)
DESCRIPTION:Hola Inés\,\n\nRamiro Calleja (Director General) tendrá una videollamada contigo.\n\nZoom: https://zoom.us/j/96644018273?pwd=Umlib2RlcmFs\nID: 966 4401 8273 · Código: 1916\n\nSi necesitas cambiar la hora\, responde a este correo.\n\nBodegas Riberal – Aranda de Duero (Burgos)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="icims-screen",
        uid="icims-sched-55190342-1@harwellmed.icims.com",
        y=1,
        co="Harwell Medical",
        role="Counsel, EMEA Commercial",
        stage="recruiter_screen",
        iv="kevin.morrissey@harwellmed.com",
        trap="icims-new-york-tz-recruiter",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_NEW_YORK}
BEGIN:VEVENT
UID:icims-sched-55190342-1@harwellmed.icims.com
DTSTAMP:20250508T194411Z
DTSTART;TZID=America/New_York:20250514T100000
DTEND;TZID=America/New_York:20250514T103000
SUMMARY:Harwell Medical - Phone Interview - Counsel\, EMEA Commercial (Req 2025-4471)
ORGANIZER;CN=Kevin Morrissey:mailto:kevin.morrissey@harwellmed.com
ATTENDEE;CN=Ines Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Phone - Kevin to call candidate at +34 6XX XXX 412
DESCRIPTION:Candidate: Ines Carvajal Ruiz\nRequisition: 2025-4471 Counsel\, EMEA Commercial (Madrid\, Spain - Hybrid)\nInterview Type: Phone Interview\nInterviewer(s): Kevin Morrissey\, Sr. Talent Acquisition Partner (Boston)\n\nPlease note the time above is US Eastern (10:00 AM ET / 4:00 PM CEST).\n\nThis invitation was generated by iCIMS.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
