# ruff: noqa: E501, W291, W293, RUF100
"""holdout276 events, part B: museum foundations, cruise lines in Miami, the city tourism board's selection, internal."""

from holdout276ev_zones import (
    EASTERN_OUTLOOK,
    MADRID_APPLE,
    MADRID_GOOGLE,
    MADRID_MOZ,
    NEW_YORK,
    ROMANCE,
    UTC_LABEL_MADRID,
    fold,
    google_footer,
    google_meet,
    teams,
    zoom,
)

ME = "macarena.villalobos.guia@gmail.com"
ME_WORK = "macarena@sevillatours-guias.example.es"

FORMS = {
    "Fundación Casa de Zurbarán": ["Casa de Zurbarán", "Fundación Zurbarán", "FCZ"],
    "Fundación Museo Alfarero de Triana": ["Museo Alfarero de Triana", "Museo Alfarero", "Fundación Museo Alfarero"],
    "Fundación Hispalense de Arte Sacro": ["Fundación Arte Sacro", "Hispalense de Arte Sacro", "FHAS"],
    "Fundación Casa del Cante Jondo": ["Casa del Cante", "Fundación Casa del Cante", "Casa del Cante Jondo"],
    "Fundación Patrimonio Vivo Andalucía": ["Patrimonio Vivo", "Fundación Patrimonio Vivo", "FPVA"],
    "Azure Horizon Cruises": ["Azure Horizon", "AHC", "Azure Horizon Cruise Line"],
    "Meridian Seas Cruise Line": ["Meridian Seas", "Meridian Seas Cruises"],
    "Coral Crown Voyages": ["Coral Crown", "Coral Crown Cruises"],
    "Hispalis Turismo": [
        "Agencia Municipal de Turismo de Sevilla",
        "Hispalis Turismo Sevilla",
        "Agencia Hispalis Turismo",
    ],
    "Sevilla Tours Guías": ["Sevilla Tours", "SevillaTours Guías", "Sevilla Tours Guias"],
}

EVENTS = [
    # Fundación Casa de Zurbarán, round 1: director's assistant sends on her behalf (SENT-BY), formal 'usted'
    dict(
        kind="outlook-sent-by-invite",
        uid="040000008200E00074C5B7101A82E00800000000119A3C5E7F3DDC01000000000000000010000000D4F6B8A0C2E3579146802ACE9BDF0357",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Laffón Rivas, Concepción";SENT-BY="mailto:secretaria@fundacioncasazurbaran.example.org":mailto:claffon@fundacioncasazurbaran.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Villalobos Ruiz:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:Estimada Sra. Villalobos:\n\nPor indicación de la Directora\, D.ª Concepción Laffón\, le convocamos a una entrevista personal con ella para la plaza de Coordinador/a de Programas Públicos (ref. FCZ-03/2025). Rogamos puntualidad y que traiga copia de su acreditación como guía oficial de turismo y de las titulaciones alegadas.\n\nAtentamente\,\n\nSecretaría de Dirección\nFundación Casa de Zurbarán\n
UID:040000008200E00074C5B7101A82E00800000000119A3C5E7F3DDC01000000000000000010000000D4F6B8A0C2E3579146802ACE9BDF0357
SUMMARY;LANGUAGE=es-ES:Entrevista plaza Coordinador/a de Programas Públicos (FCZ-03/2025)
DTSTART;TZID=Romance Standard Time:20251015T103000
DTEND;TZID=Romance Standard Time:20251015T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T113402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Fundación Casa de Zurbarán – C/ Santa Clara 14 (entrada por el patio)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2040157731
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
"""),
        is_interview=1,
        company="Fundación Casa de Zurbarán",
        role="Coordinador/a de Programas Públicos",
        stage="hiring_manager",
        interviewers="claffon@fundacioncasazurbaran.example.org",
        trap="sent-by-secretary-formal-usted",
        hiring=False,
    ),
    # Fundación Casa de Zurbarán, round 2: practical test before a commission
    dict(
        kind="google-invite",
        uid="1vq7e3n9k5b0h2c8s4m6t1p3ud@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251028T090000Z
DTEND:20251028T103000Z
DTSTAMP:20251020T080817Z
ORGANIZER;CN=Concepción Laffón:mailto:claffon@fundacioncasazurbaran.example.org
UID:1vq7e3n9k5b0h2c8s4m6t1p3ud@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Concepción Laffón;X-NUM-GUESTS=0:mailto:claffon@fundacioncasazurbaran.example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Manuel Espinar;X-NUM-GUESTS=0:mailto:mespinar@fundacioncasazurbaran.example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251020T080816Z
DESCRIPTION:Segunda fase del proceso FCZ-03/2025 (Coordinador/a de Programas Públicos).\n\nPrueba práctica: preparación in situ (45 min) de una visita-taller para familias sobre la colección de pintura barroca y exposición de 15 minutos ante la comisión (Concepción Laffón\, Directora\, y Manuel Espinar\, Conservador). Se facilitará el material y las fichas de las obras.\n\n{google_footer("es")}
LAST-MODIFIED:20251020T080816Z
LOCATION:Fundación Casa de Zurbarán\, C/ Santa Clara 14\, Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba práctica – Coordinador/a de Programas Públicos (FCZ-03/2025)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Fundación Casa de Zurbarán",
        role="Coordinador/a de Programas Públicos",
        stage="technical",
        interviewers="claffon@fundacioncasazurbaran.example.org;mespinar@fundacioncasazurbaran.example.org",
        trap="prueba-practica-museum-commission",
        hiring=False,
    ),
    # Fundación Museo Alfarero de Triana: Google cancellation (STATUS:CANCELLED)
    dict(
        kind="google-cancel",
        uid="7hd2m9q4v1k6b3s0c8e5n2t7ra@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20251106T160000Z
DTEND:20251106T164500Z
DTSTAMP:20251104T121955Z
ORGANIZER;CN=Rosario Vega:mailto:rvega@museoalfarerotriana.example.org
UID:7hd2m9q4v1k6b3s0c8e5n2t7ra@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251027T093012Z
DESCRIPTION:Hola Macarena: te escribo aparte. El patronato ha decidido congelar la plaza de Coordinadora de Actividades hasta aprobar el presupuesto de 2026\, así que anulamos la entrevista. Lo siento mucho.\nRosario\n\n{google_footer("es")}
LAST-MODIFIED:20251104T121955Z
LOCATION:Museo Alfarero de Triana\, C/ Callao 9\, Sevilla
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista Coordinadora de Actividades – Museo Alfarero
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Fundación Museo Alfarero de Triana",
        role="Coordinadora de Actividades",
        stage="",
        interviewers="rvega@museoalfarerotriana.example.org",
        trap="google-cancel-status-cancelled-frozen-post",
        hiring=False,
    ),
    # Fundación Hispalense de Arte Sacro: Thunderbird, typed with abbreviations
    dict(
        kind="thunderbird-hand-typed",
        uid="a2c4e6f8-0b1d-4f3a-8c5e-7d9b1f3a5c7e",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID_MOZ}BEGIN:VEVENT
CREATED:20251109T112040Z
LAST-MODIFIED:20251109T112233Z
DTSTAMP:20251109T112233Z
UID:a2c4e6f8-0b1d-4f3a-8c5e-7d9b1f3a5c7e
SUMMARY:Entrev. Fund. Hispalense Arte Sacro - coord visitas
DTSTART;TZID=Europe/Madrid:20251114T110000
DTEND;TZID=Europe/Madrid:20251114T120000
DESCRIPTION:puesto coordinadora de visitas y reservas. Con Javier Solís (gerente) y alguien del patronato. Llevar CV impreso + acreditación guía. C/ Abades.
LOCATION:C/ Abades 22
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Fundación Hispalense de Arte Sacro",
        role="coordinadora de visitas y reservas",
        stage="hiring_manager",
        interviewers="Javier Solís",
        trap="thunderbird-abbrev-typed",
        hiring=False,
    ),
    # Fundación Casa del Cante Jondo: Zoom invitation in Spanish
    dict(
        kind="zoom-invite",
        uid="ZOOM84417309926-20251117T150000Z@zoom.us",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTAMP:20251111T124436Z
DTSTART;TZID=Europe/Madrid:20251117T160000
DTEND;TZID=Europe/Madrid:20251117T164000
SUMMARY:Entrevista – Coordinación de Públicos (Fundación Casa del Cante)
UID:ZOOM84417309926-20251117T150000Z@zoom.us
TZID:Europe/Madrid
ORGANIZER;CN=Nieves Montoya:mailto:nmontoya@fundacioncasadelcante.example.org
DESCRIPTION:{zoom("es", "Nieves Montoya (RR. HH. y Administración)", "84417309926", "733018")}
LOCATION:https://us06web.zoom.us/j/84417309926?pwd=bG99926aXZ2U0tWc2hPZ1R73Qjdm.1
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Fundación Casa del Cante Jondo",
        role="Coordinación de Públicos",
        stage="recruiter_screen",
        interviewers="nmontoya@fundacioncasadelcante.example.org",
        trap="zoom-invite-spanish-boilerplate",
        hiring=False,
    ),
    # Fundación Patrimonio Vivo Andalucía: commission panel, '(UTC+01:00) ...' zone with VTIMEZONE
    dict(
        kind="outlook-panel-invite",
        uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF60DC0100000000000000001000000066B8D0F2A4C6E8013579BDF02468ACE1",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC_LABEL_MADRID}BEGIN:VEVENT
ORGANIZER;CN=Fundación Patrimonio Vivo - Selección:mailto:seleccion@patrimoniovivo.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pérez de Tudela, Gonzalo":mailto:gperez@patrimoniovivo.example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lissén, Amparo":mailto:alissen@patrimoniovivo.example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Vidal Ortiz, Marcos":mailto:mvidal@patrimoniovivo.example.org
DESCRIPTION;LANGUAGE=es-ES:Estimada Macarena:\n\nHa superado la fase de méritos y la prueba escrita del proceso de Coordinador/a de Rutas Patrimoniales. Le convocamos a la última fase\, una entrevista ante la comisión de selección formada por Gonzalo Pérez de Tudela (Director)\, Amparo Lissén (Responsable de Educación) y Marcos Vidal (en representación del Patronato).\n\nDuración aproximada: 45 minutos. Parte de la entrevista podrá realizarse en inglés.\n\nFundación Patrimonio Vivo Andalucía\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF60DC0100000000000000001000000066B8D0F2A4C6E8013579BDF02468ACE1
SUMMARY;LANGUAGE=es-ES:Última fase – entrevista ante la comisión – Coordinador/a de Rutas Patrimoniales
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251209T090000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251209T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T110045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sede FPVA\, Plaza de San Leandro 3\, Sevilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:815530762
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Fundación Patrimonio Vivo Andalucía",
        role="Coordinador/a de Rutas Patrimoniales",
        stage="final",
        interviewers="gperez@patrimoniovivo.example.org;alissen@patrimoniovivo.example.org;mvidal@patrimoniovivo.example.org",
        trap="commission-panel-utc-label-tzid",
        hiring=False,
    ),
    # Azure Horizon Cruises, round 1: Miami recruiter, phone screen, Google invite sent through Greenhouse
    dict(
        kind="greenhouse-google-invite",
        uid="2k7d9r4m1q8v5c3h0b6n2s9e4f@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250924T140000Z
DTEND:20250924T143000Z
DTSTAMP:20250918T201733Z
ORGANIZER;CN=Danielle Ortiz:mailto:dortiz@azurehorizoncruises.example.com
UID:2k7d9r4m1q8v5c3h0b6n2s9e4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Danielle Ortiz;X-NUM-GUESTS=0:mailto:dortiz@azurehorizoncruises.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20250918T201732Z
DESCRIPTION:Hi Macarena\,\n\nThanks for applying to Azure Horizon Cruises! I'll give you a call on +34 611 40 87 18 for a 30-minute phone screen about the Shore Excursions Manager (Europe & Med) role\, based in our Miami headquarters. Times below are shown in your time zone.\n\nTalk soon\,\nDanielle Ortiz\nSenior Recruiter\, Azure Horizon Cruises\n\nScheduled via Greenhouse\n\n{google_footer("en")}
LAST-MODIFIED:20250918T201732Z
LOCATION:Phone call – Danielle calls +34 611 40 87 18
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Screen: Macarena Villalobos Ruiz – Shore Excursions Manager (Europe & Med)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Azure Horizon Cruises",
        role="Shore Excursions Manager (Europe & Med)",
        stage="recruiter_screen",
        interviewers="dortiz@azurehorizoncruises.example.com",
        trap="miami-recruiter-utc-phone-screen",
        hiring=False,
    ),
    # Azure Horizon Cruises, round 2: Eastern Standard Time during the week when Europe already changed clocks
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000D4C3B2A19045DC0100000000000000001000000013579BDF2468ACE0FDB97531ECA86420",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_OUTLOOK}BEGIN:VEVENT
ORGANIZER;CN="Halvorsen, Greg":mailto:ghalvorsen@azurehorizoncruises.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Hi Macarena\, looking forward to our conversation. I'd like to hear how you would build and run the shore excursion program for Cádiz\, Málaga and Lisbon calls (vendor selection\, guide quality\, on-tour incidents). Note the US clocks don't change until Nov 2\, so this is 4 PM in Seville.\n\nGreg Halvorsen\nDirector\, Shore Excursions\n\n{teams("en", "281 936 004 572", "Hs2Wy7", "NzY0MzFkZTItYmU5Yy00MjA4LThhNzEtMGM1ZjNiZTk4ZDIx")}
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A19045DC0100000000000000001000000013579BDF2468ACE0FDB97531ECA86420
SUMMARY;LANGUAGE=en-US:Shore Excursions Manager - Interview w/ Greg Halvorsen
DTSTART;TZID=Eastern Standard Time:20251029T110000
DTEND;TZID=Eastern Standard Time:20251029T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T173058Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1844509921
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Azure Horizon Cruises",
        role="Shore Excursions Manager",
        stage="hiring_manager",
        interviewers="ghalvorsen@azurehorizoncruises.example.com",
        trap="eastern-zone-dst-gap-week",
        hiring=False,
    ),
    # Azure Horizon Cruises, final: Greenhouse virtual onsite, coordinator organizes
    dict(
        kind="greenhouse-invite",
        uid="greenhouse-interview-7730194-20251112@azurehorizoncruises.example.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-7730194-20251112@azurehorizoncruises.example.com
DTSTAMP:20251105T152201Z
DTSTART:20251112T150000Z
DTEND:20251112T164500Z
SUMMARY:Azure Horizon Cruises – Final Round (Virtual Onsite) – Shore Excursions Manager
ORGANIZER;CN=Kayla Brooks:mailto:kbrooks@azurehorizoncruises.example.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:praman@azurehorizoncruises.example.com
ATTENDEE;CN=Luis Ocasio;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:locasio@azurehorizoncruises.example.com
ATTENDEE;CN=Greg Halvorsen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ghalvorsen@azurehorizoncruises.example.com
ATTENDEE;CN=Danielle Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dortiz@azurehorizoncruises.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:Hi Macarena\,\n\nCongratulations on moving to the final round! Here is your schedule (all times Eastern / Miami):\n\n10:00 – 10:45  Priya Raman\, VP Guest Experience\n10:45 – 11:15  Luis Ocasio\, Director Port Operations\n11:15 – 11:45  Greg Halvorsen & Danielle Ortiz – wrap-up and next steps\n\nThat is 16:00–17:45 in Seville. All sessions use the same Zoom room: https://azurehorizoncruises.zoom.us/j/97120384451\n\nI'm your coordinator for logistics only – reach me here with any questions.\nKayla Brooks\, Recruiting Coordinator
LOCATION:Zoom – https://azurehorizoncruises.zoom.us/j/97120384451
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Azure Horizon Cruises",
        role="Shore Excursions Manager",
        stage="final",
        interviewers="praman@azurehorizoncruises.example.com;locasio@azurehorizoncruises.example.com;ghalvorsen@azurehorizoncruises.example.com;dortiz@azurehorizoncruises.example.com",
        trap="virtual-onsite-coordinator-organizer",
        hiring=False,
    ),
    # Meridian Seas Cruise Line, round 1: Lever, Google invite with Meet
    dict(
        kind="lever-google-invite",
        uid="4s1c8v6n3k0q9m2h7e5b1d4t8g@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T130000Z
DTEND:20251016T133000Z
DTSTAMP:20251010T143012Z
ORGANIZER;CN=Tasha Vance:mailto:tvance@meridianseas.example.com
UID:4s1c8v6n3k0q9m2h7e5b1d4t8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tasha Vance;X-NUM-GUESTS=0:mailto:tvance@meridianseas.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Villalobos Ruiz;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251010T143011Z
DESCRIPTION:Hi Macarena – excited to connect! This is a 30 minute intro call for the Manager\, Shore Excursions Europe opening (English-speaking\, Miami HQ with frequent travel to our European ports). I'm the recruiter partnering with the Destination Experiences team.\n\nTasha Vance | Talent Acquisition | Meridian Seas Cruise Line\n(sent via Lever)\n\n{google_meet("en", "vfu-pxcq-jdo", "(US) +1 786-555-0133", "318 447 552")}
LAST-MODIFIED:20251010T143011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meridian Seas Cruise Line | Intro call – Manager\, Shore Excursions Europe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Meridian Seas Cruise Line",
        role="Manager, Shore Excursions Europe",
        stage="recruiter_screen",
        interviewers="tvance@meridianseas.example.com",
        trap="lever-google-english-escaped-comma-role",
        hiring=False,
    ),
    # Meridian Seas Cruise Line, round 2: Outlook export, Windows zone without VTIMEZONE
    dict(
        kind="outlook-export",
        uid="040000008200E00074C5B7101A82E008000000005E6F7A8B9C5DDC010000000000000000100000002468ACE013579BDF97531ECA8642FDB0",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN="Whitaker, Dean";RSVP=TRUE:mailto:dwhitaker@meridianseas.example.com
ATTENDEE;CN=macarena.villalobos.guia@gmail.com;RSVP=TRUE:mailto:{ME}
CLASS:PUBLIC
CREATED:20251118T210344Z
DESCRIPTION:Macarena\, thanks for making time. Dean leads Destination Experiences and is the hiring manager for the Manager\, Shore Excursions Europe role.\n\n{teams("en", "266 590 018 347", "Xb6Rj2", "ODkwMWZjNjMtNWM0YS00ZTk3LWI1MjgtMWE2ZDA0ZjcyMzA5")}
DTEND;TZID="Eastern Standard Time":20251125T103000
DTSTAMP:20251118T210344Z
DTSTART;TZID="Eastern Standard Time":20251125T093000
LAST-MODIFIED:20251118T210344Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Whitaker, Dean":mailto:dwhitaker@meridianseas.example.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Interview – Manager\, Shore Excursions Europe (M. Villalobos)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000005E6F7A8B9C5DDC010000000000000000100000002468ACE013579BDF97531ECA8642FDB0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Meridian Seas Cruise Line",
        role="Manager, Shore Excursions Europe",
        stage="hiring_manager",
        interviewers="dwhitaker@meridianseas.example.com",
        trap="windows-zone-no-vtimezone-miami",
        hiring=False,
    ),
    # Coral Crown Voyages, round 1: Workday, America/New_York zone
    dict(
        kind="workday-invite",
        uid="WD-INTERVIEW-JR-2025-0871-0000412@coralcrown.example.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
{NEW_YORK}BEGIN:VEVENT
UID:WD-INTERVIEW-JR-2025-0871-0000412@coralcrown.example.com
DTSTAMP:20251006T181507Z
DTSTART;TZID=America/New_York:20251010T100000
DTEND;TZID=America/New_York:20251010T103000
SUMMARY:Interview Invitation: Shore Excursions Manager (English-speaking) - JR-2025-0871
ORGANIZER;CN=Coral Crown Voyages Recruiting:mailto:coralcrown@myworkday.example.com
ATTENDEE;CN=Jasmine Pruitt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jpruitt@coralcrown.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:Dear Macarena\,\n\nYou have been invited to interview for Shore Excursions Manager (English-speaking)\, JR-2025-0871\, Miami\, FL.\n\nInterview type: Recruiter Screen (video)\nInterviewer: Jasmine Pruitt\, Senior Talent Partner\nVideo link: https://coralcrown.zoom.us/j/93488210576\n\nAll times are shown in Eastern Time (US & Canada).\n\nCoral Crown Voyages Talent Acquisition
LOCATION:Video – Zoom
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Coral Crown Voyages",
        role="Shore Excursions Manager (English-speaking)",
        stage="recruiter_screen",
        interviewers="jpruitt@coralcrown.example.com",
        trap="workday-jr-number-new-york-zone",
        hiring=False,
    ),
    # Coral Crown Voyages, round 2: rescheduled twice (SEQUENCE 2), evening local time
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B45EDC0100000000000000001000000097531ECA8642FDB013579BDF2468ACE0",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_OUTLOOK}BEGIN:VEVENT
ORGANIZER;CN="Delgado, Marisol":mailto:mdelgado@coralcrown.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Hi Macarena – moving us once more\, apologies: the Coral Celestia is in dry dock this week and I'll be onboard on Tuesday. New time Wednesday 1:00 PM ET (7:00 PM your time). Same Teams link.\n\nMarisol Delgado\nDirector\, Destination Services – Coral Crown Voyages\n\nPD: ¡si prefieres\, hacemos parte de la entrevista en español!\n\n{teams("en", "294 773 105 628", "Cw9Ld3", "YzE4ZTBjNjctNzE0Ni00MjAxLWJhOWUtNWQ3ZjE2YTMxODQ1")}
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B45EDC0100000000000000001000000097531ECA8642FDB013579BDF2468ACE0
SUMMARY;LANGUAGE=en-US:Updated: Shore Excursions Manager interview – Marisol Delgado / Macarena Villalobos
DTSTART;TZID=Eastern Standard Time:20251119T130000
DTEND;TZID=Eastern Standard Time:20251119T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T162246Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-72281130
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
"""),
        is_interview=1,
        company="Coral Crown Voyages",
        role="Shore Excursions Manager",
        stage="hiring_manager",
        interviewers="mdelgado@coralcrown.example.com",
        trap="rescheduled-seq2-evening-local",
        hiring=False,
    ),
    # Hispalis Turismo, public selection, 1st exercise: typed into Google Calendar, exported
    dict(
        kind="google-export-hand-typed",
        uid="5ne2b8h0v6q3m9k1c7s4d2t0pf@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251018T093000
DTEND;TZID=Europe/Madrid:20251018T123000
DTSTAMP:20251015T210001Z
UID:5ne2b8h0v6q3m9k1c7s4d2t0pf@google.com
CREATED:20250930T184455Z
DESCRIPTION:Aula 1.3 Facultad de Turismo. DNI + bolígrafo azul. Llamamiento único 9:30\, no dejan entrar después.\nTest 60 preguntas + supuesto práctico. Temario: legislación turística andaluza\, recursos de Sevilla\, ordenanza de guías/free tours\, estadística.\nLista de admitidos en sede electrónica (soy la 214).
LAST-MODIFIED:20251015T210001Z
LOCATION:Facultad de Turismo y Finanzas\, Av. San Francisco Javier s/n\, Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bolsa Técnico/a Turismo Hispalis – 1er ejercicio (test + supuesto)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hispalis Turismo",
        role="Técnico/a de Turismo",
        stage="technical",
        interviewers="",
        trap="public-selection-written-exam",
        hiring=False,
    ),
    # Hispalis Turismo, language test: Outlook from the selection mailbox, candidates in BCC
    dict(
        kind="outlook-invite-no-attendees",
        uid="040000008200E00074C5B7101A82E008000000007B8C9DAEBF5FDC01000000000000000010000000ACE0246813579BDFECA86420FDB97531",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Selección Hispalis Turismo:mailto:seleccion@hispalisturismo.example.es
DESCRIPTION;LANGUAGE=es-ES:BOLSA DE EMPLEO TÉCNICO/A DE TURISMO – CONVOCATORIA 2025\n\nSe convoca a las personas aspirantes que han superado el primer ejercicio a la realización del SEGUNDO EJERCICIO: prueba de idiomas (inglés obligatorio y segundo idioma a elegir entre francés\, alemán o italiano)\, consistente en traducción directa sin diccionario y conversación con asesores especialistas del tribunal.\n\nTurno: aspirantes con primer apellido de la L a la Z.\nSede: Sala de formación\, C/ Almirante Apodaca 7\, 1ª planta.\nDocumentación: DNI o pasaporte en vigor.\n\nEsta comunicación no sustituye a la publicación oficial en el tablón de la sede electrónica.\n
UID:040000008200E00074C5B7101A82E008000000007B8C9DAEBF5FDC01000000000000000010000000ACE0246813579BDFECA86420FDB97531
SUMMARY;LANGUAGE=es-ES:Bolsa de Empleo Técnico/a de Turismo – 2º ejercicio: prueba de idiomas (L-Z)
DTSTART;TZID=Romance Standard Time:20251127T160000
DTEND;TZID=Romance Standard Time:20251127T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de formación\, C/ Almirante Apodaca 7\, Sevilla
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hispalis Turismo",
        role="Técnico/a de Turismo",
        stage="technical",
        interviewers="",
        trap="public-board-language-test-bcc",
        hiring=False,
    ),
    # Hispalis Turismo, interview before the tribunal: iPhone entry
    dict(
        kind="apple-hand-typed",
        uid="C4D5E6F7-0819-4A2B-BC3D-E4F5061728A9",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20251210T081822Z
DTEND;TZID=Europe/Madrid:20251216T104500
DTSTAMP:20251210T082010Z
DTSTART;TZID=Europe/Madrid:20251216T101500
LAST-MODIFIED:20251210T082010Z
LOCATION:Hispalis Turismo\, Almirante Apodaca 7
SEQUENCE:0
SUMMARY:Entrevista tribunal Hispalis (bolsa técnico turismo) 3ª fase
DESCRIPTION:llamada por orden\, soy la nº 14 → estar a las 10. Tribunal: presidenta + 3 vocales + secretario. Repasar plan estratégico turismo 2030\, free tours\, cruceros\, turismofobia/pisos turísticos. Baremo de méritos ya publicado (tengo 6\,5).
TRANSP:OPAQUE
UID:C4D5E6F7-0819-4A2B-BC3D-E4F5061728A9
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
X-APPLE-CREATOR-TEAM-IDENTITY:0000000000
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT2H
UID:5B6C7D8E-9FA0-4B1C-8D2E-3F4A5B6C7D8E
X-WR-ALARMUID:5B6C7D8E-9FA0-4B1C-8D2E-3F4A5B6C7D8E
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hispalis Turismo",
        role="",
        stage="final",
        interviewers="",
        trap="tribunal-interview-ios-no-names",
        hiring=False,
    ),
    # Sevilla Tours Guías: internal application at the user's own agency, sent to her work address
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E008000000008C9DAEBFC060DC01000000000000000010000000BDF13579ACE02468FDB97531ECA86420",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Conde Marín, Rafael":mailto:rconde@sevillatours-guias.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villalobos Ruiz, Macarena":mailto:{ME_WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salas, Gema":mailto:gsalas@sevillatours-guias.example.es
DESCRIPTION;LANGUAGE=es-ES:Macarena\,\n\nComo te comenté\, abrimos el puesto de Coordinadora de Guías (operaciones y calidad) primero a la plantilla y a los colaboradores habituales antes de publicarlo fuera. Te hemos apuntado como candidata interna. Quiero que lo hablemos en serio\, como una entrevista más: tu visión del equipo\, cómo organizarías el cuadrante de cruceros de 2026 y qué necesitarías. Estará también Gema (socia).\n\nRafa\n
UID:040000008200E00074C5B7101A82E008000000008C9DAEBFC060DC01000000000000000010000000BDF13579ACE02468FDB97531ECA86420
SUMMARY;LANGUAGE=es-ES:Entrevista candidatura interna – Coordinación de Guías
DTSTART;TZID=Romance Standard Time:20251215T090000
DTEND;TZID=Romance Standard Time:20251215T100000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251210T172719Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Oficina Sevilla Tours – despacho Rafa
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1633018825
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
"""),
        is_interview=1,
        company="Sevilla Tours Guías",
        role="Coordinadora de Guías",
        stage="hiring_manager",
        interviewers="rconde@sevillatours-guias.example.es;gsalas@sevillatours-guias.example.es",
        trap="internal-application-own-employer-work-address",
        hiring=False,
    ),
]
