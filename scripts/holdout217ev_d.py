"""holdout217 events, part d: single interviews at shipping lines and forwarders."""

from holdout217ev_tz import AMSTERDAM, EXCHANGE_ES, MADRID, MADRID_APPLE, PARIS, SINGAPORE

EVENTS = [
    {
        "kind": "teamtailor-interview",
        "crlf": True,
        "label": (
            "tt-interview-1180452-77@teamtailor.com", 1, "Samskip", "Demand Planner",
            "hiring_manager", "pieter.bos@samskip.com",
            "teamtailor-english-teams-amsterdam",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
{AMSTERDAM}
BEGIN:VEVENT
UID:tt-interview-1180452-77@teamtailor.com
DTSTAMP:20250205T132201Z
DTSTART;TZID=Europe/Amsterdam:20250210T093000
DTEND;TZID=Europe/Amsterdam:20250210T103000
SUMMARY:Interview: Demand Planner - Samskip
LOCATION:Microsoft Teams
DESCRIPTION:Hi Irene\,\n\nYou have an interview with Pieter Bos (Head of E
 quipment & Demand Planning) for the Demand Planner position in Rotterdam.
 \n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ0Yz
 E5\n\nSee you then!\nSamskip Talent Team\n\nPowered by Teamtailor
ORGANIZER;CN=Samskip:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Pieter Bos;PARTSTAT=ACCEPTED:mailto:pieter.bos@samskip.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-utc-screen",
        "crlf": True,
        "label": (
            "WD-INT-c81e2d44-0a7f-49b3-b5e6-9f3d1a2c7e80@myworkday.com", 1, "DSV",
            "Ocean Freight Operations Manager", "recruiter_screen", "ines.carrasco@dsv.com",
            "workday-utc-times-spanish-screen",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-c81e2d44-0a7f-49b3-b5e6-9f3d1a2c7e80@myworkday.com
DTSTAMP:20250116T101500Z
DTSTART:20250121T150000Z
DTEND:20250121T153000Z
SUMMARY:Entrevista: Ocean Freight Operations Manager (R0241876)
LOCATION:Microsoft Teams
DESCRIPTION:Hola Irene\,\n\nGracias por tu interés en DSV. Te confirmamos
  una primera entrevista con Inés Carrasco (Talent Acquisition Specialist
 ) para la posición Ocean Freight Operations Manager en Madrid (Coslada).
 \n\nEnlace de Teams: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_YWQ3ODEx\n\nPuedes gestionar la cita desde tu Inicio de candidato en
  Workday.\n\nDSV - Global Transport and Logistics
ORGANIZER;CN=DSV Recruitment:mailto:dsv@myworkday.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Inés Carrasco;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:In
 es.Carrasco@dsv.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-second-round",
        "crlf": False,
        "label": (
            "20250227T183344Z-4471-1000-2231-0@samsung.calendar", 1, "DB Schenker",
            "Ops Manager Ocean", "hiring_manager", "Marc Vidal",
            "handtyped-android-2a-ronda-abbreviations",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20250227T183344Z-4471-1000-2231-0@samsung.calendar
DTSTAMP:20250227T183344Z
DTSTART:20250304T160000
DTEND:20250304T170000
SUMMARY:Schenker Bcn 2a ronda - Ops Manager Ocean
LOCATION:Teams (link en gmail)
DESCRIPTION:con Marc Vidal\, jefe área marítimo. preguntar equipo (cuant
 os)\, teletrabajo\, reubicación bcn?? llevar cifras TEU/año terminal
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-madrid",
        "crlf": True,
        "label": (
            "SFINT-DGF-ES-2025-01447@sapsf.eu", 1, "DHL Global Forwarding",
            "Head of Ocean Operations Madrid", "recruiter_screen", "beatriz.ortega@dhl.com",
            "successfactors-dhl-teams-screen-madrid",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:SFINT-DGF-ES-2025-01447@sapsf.eu
DTSTAMP:20250114T094520Z
DTSTART;TZID=Europe/Madrid:20250117T120000
DTEND;TZID=Europe/Madrid:20250117T124500
SUMMARY:DHL Global Forwarding | Entrevista | Head of Ocean Operations Madr
 id
LOCATION:Microsoft Teams
DESCRIPTION:Estimada Irene\,\n\nNos complace invitarte a una entrevista en
  relación con tu candidatura a Head of Ocean Operations Madrid (Req. 1447
 ). Te entrevistará Beatriz Ortega\, HR Business Partner Iberia.\n\nEnlace
 : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDdmMTcy\n\nAtent
 amente\,\nDHL Global Forwarding Spain - Talent Acquisition
ORGANIZER;CN=DHL Careers:mailto:dhl-noreply@sapsf.eu
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Beatriz Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:b
 eatriz.ortega@dhl.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-rh",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000E3F2A1B0C97FDB0100000000000000001000000062D8E4F1A3B5C7D9E0F1A2B3C4D5E6F7",
            1, "CMA CGM", "Responsable Opérations Agence Valence", "recruiter_screen",
            "ext.mlefebvre@cma-cgm.com", "french-entretien-rh-paris-zone",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PARIS}
BEGIN:VEVENT
ORGANIZER;CN="LEFEBVRE Marion (EXT)":mailto:ext.mlefebvre@cma-cgm.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.sanc
 his.ferrer@gmail.com:mailto:irene.sanchis.ferrer@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Irene\,\n\nSuite à notre échange\, je v
 ous confirme notre entretien RH pour le poste de Responsable Opérations Ag
 ence Valence. L'entretien se déroulera en français et en espagnol.\n\nBien
  cordialement\,\nMarion Lefebvre\nTalent Acquisition - CMA CGM Marseille\n
 _____________________\nRéunion Microsoft Teams\nhttps://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_OTFhZDQ4\nID de la réunion : 381 702 445 611
 \n
UID:040000008200E00074C5B7101A82E00800000000E3F2A1B0C97FDB0100000000000000
 001000000062D8E4F1A3B5C7D9E0F1A2B3C4D5E6F7
SUMMARY;LANGUAGE=fr-FR:Entretien RH - Irene Sanchis Ferrer - Resp. Opérat
 ions Valence
DTSTART;TZID=Europe/Paris:20250128T143000
DTEND;TZID=Europe/Paris:20250128T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250123T160814Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-panel",
        "crlf": True,
        "label": (
            "WD-INT-91d7f0aa-2c3e-4b58-8e71-5a06c4b3d9f2@myworkday.com", 1, "CEVA Logistics",
            "Demand Planner - Contract Logistics", "hiring_manager",
            "alberto.serrano@cevalogistics.com",
            "workday-ceva-hiring-manager-meet-madrid",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:WD-INT-91d7f0aa-2c3e-4b58-8e71-5a06c4b3d9f2@myworkday.com
DTSTAMP:20250225T081200Z
DTSTART;TZID=Europe/Madrid:20250303T100000
DTEND;TZID=Europe/Madrid:20250303T110000
SUMMARY:CEVA Logistics - Interview with Hiring Manager - Demand Planner -
  Contract Logistics
LOCATION:Google Meet: https://meet.google.com/okb-ztdp-mwa
DESCRIPTION:Dear Irene\,\n\nYou are invited to an interview with Alberto
  Serrano (Site Manager\, Contract Logistics Madrid - Azuqueca) for the Dem
 and Planner - Contract Logistics position.\n\nMeet: https://meet.google.c
 om/okb-ztdp-mwa\n\nCEVA Logistics Talent Acquisition
ORGANIZER;CN=CEVA Talent Acquisition:mailto:cevalogistics@myworkday.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Alberto Serrano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a
 lberto.serrano@cevalogistics.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hirevue-block",
        "crlf": False,
        "label": (
            "C0D7F3B9-2E61-4A85-B7F0-93D1E6A2C548", 1, "GEODIS", "Supply Chain Planner",
            "recruiter_screen", "", "self-blocked-one-way-video-interview",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250203T211802Z
DTSTAMP:20250203T211849Z
DTSTART;TZID=Europe/Madrid:20250205T203000
DTEND;TZID=Europe/Madrid:20250205T211500
SUMMARY:Grabar entrevista vídeo GEODIS (HireVue)
DESCRIPTION:Supply Chain Planner - Barcelona. 5 preguntas\, 3 min cada un
 a\, 30 s para pensar. 1 en francés!! Plazo hasta jueves 23:59. Link en e
 l correo de geodis-recrutement. Fondo blanco\, cascos.
UID:C0D7F3B9-2E61-4A85-B7F0-93D1E6A2C548
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "singapore-panel",
        "crlf": True,
        "label": (
            "zoom-86215530419-20250313@zoom.us", 1, "Ocean Network Express",
            "Regional Equipment Demand Planner (Europe)", "hiring_manager",
            "wei.ling.tan@one-line.com;rohan.mehta@one-line.com",
            "zoom-panel-singapore-zone-english",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
{SINGAPORE}
BEGIN:VEVENT
UID:zoom-86215530419-20250313@zoom.us
DTSTAMP:20250306T031544Z
DTSTART;TZID=Asia/Singapore:20250313T160000
DTEND;TZID=Asia/Singapore:20250313T170000
SUMMARY:ONE - Interview (Regional Equipment Demand Planner\, Europe) - Ire
 ne Sanchis Ferrer
LOCATION:https://one-line.zoom.us/j/86215530419?pwd=T0pKc2Z4
DESCRIPTION:Dear Irene\,\n\nThank you for your time. Please join the panel
  interview with Ms. Tan Wei Ling (GM\, Global Equipment Management) and M
 r. Rohan Mehta (Manager\, Demand & Capacity). The meeting time is 4pm Sin
 gapore time (9am CET).\n\nJoin Zoom Meeting\nhttps://one-line.zoom.us/j/8
 6215530419?pwd=T0pKc2Z4\nMeeting ID: 862 1553 0419\nPasscode: 772301\n\nB
 est regards\,\nHuman Resources\nOcean Network Express Pte. Ltd.
ORGANIZER;CN=Chloe Lim:mailto:chloe.lim@one-line.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Tan Wei Ling;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wei.
 ling.tan@one-line.com
ATTENDEE;CN=Rohan Mehta;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rohan
 .mehta@one-line.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "exchange-es-onsite",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E008000000002B9C4D1E8F84DB01000000000000000010000000F1E2D3C4B5A6978877665544332211AA",
            1, "COSCO Shipping Lines Spain", "Jefe/a de Operaciones", "onsite",
            "lei.wang@coscoshipping.es;m.vilaplana@coscoshipping.es",
            "exchange-localized-tzid-room-attendee-in-person",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN="Vilaplana, Mónica":mailto:m.vilaplana@coscoshipping.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.sanc
 his.ferrer@gmail.com:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wang, Lei":m
 ailto:Lei.Wang@coscoshipping.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=VLC-Sala
  Shanghai (8):mailto:vlc-sala-shanghai@coscoshipping.es
DESCRIPTION;LANGUAGE=es-ES:Buenas tardes Irene\,\n\nTe confirmo la entrevi
 sta presencial para la posición de Jefe/a de Operaciones con Lei Wang (Ma
 naging Director) y conmigo. Estamos en la 4ª planta\; indica en recepci
 ón que vienes a la sala Shanghai.\n\nUn saludo\,\nMónica Vilaplana\nRR
 HH - COSCO SHIPPING Lines (Spain)\n
UID:040000008200E00074C5B7101A82E008000000002B9C4D1E8F84DB0100000000000000
 0010000000F1E2D3C4B5A6978877665544332211AA
SUMMARY;LANGUAGE=es-ES:Entrevista Jefe/a de Operaciones - Irene Sanchis
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250307T
 130000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250307T14
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T154422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:VLC-Sala Shanghai (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ferry-onsite",
        "crlf": True,
        "label": (
            "2kd8q0vm5s1hc7ft3ljr9b4n6e@google.com", 1, "Baleària",
            "Responsable de Operaciones de Terminal - Dénia", "onsite",
            "jmcatala@balearia.com", "google-in-person-port-of-denia",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T100000
DTEND;TZID=Europe/Madrid:20250402T113000
DTSTAMP:20250326T111711Z
ORGANIZER;CN=Josep Maria Català:mailto:jmcatala@balearia.com
UID:2kd8q0vm5s1hc7ft3ljr9b4n6e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Josep Maria Català;X-NUM-GUESTS=0:mailto:jmcatala@balearia.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\, t'esperem a l'Estació Marítima de Dénia per parl
 ar del lloc de Responsable de Operaciones de Terminal. Farem la conversa a
  la sala de reunions de la primera planta i després una volta per la ter
 minal de càrrega rodada (embarque de semirremolques del ferry de les 13h
 ).\n\nSalutacions\,\nJosep Maria\nCap d'Operacions Portuàries
LOCATION:Estació Marítima de Dénia\, Moll de la Pansa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Baleària - Irene Sanchis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-phone",
        "crlf": True,
        "label": (
            "personio-appointment-30418872@personio.de", 1, "Boluda",
            "Coordinador/a de Operaciones Portuarias", "recruiter_screen",
            "elena.mas@boluda.com.es", "personio-phone-screen-spanish",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:personio-appointment-30418872@personio.de
DTSTAMP:20250317T083002Z
DTSTART;TZID=Europe/Madrid:20250319T093000
DTEND;TZID=Europe/Madrid:20250319T100000
SUMMARY:Llamada telefónica - Coordinador/a de Operaciones Portuarias
LOCATION:Llamada telefónica
DESCRIPTION:Hola Irene:\n\nElena Mas (Selección - Boluda Corporación Marí
 tima) te llamará para una primera entrevista telefónica sobre tu candida
 tura a Coordinador/a de Operaciones Portuarias.\n\nSaludos
ORGANIZER;CN=Elena Mas:mailto:elena.mas@boluda.com.es
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "meet-hiring-manager",
        "crlf": True,
        "label": (
            "6rb2n9gk4e1s7lm0d3qhvt8c5j@google.com", 1, "Noatum Logistics",
            "", "hiring_manager", "sergio.miralles@noatum.com",
            "google-meet-short-title-chat-wording",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250313T083000
DTEND;TZID=Europe/Madrid:20250313T091500
DTSTAMP:20250311T190312Z
ORGANIZER;CN=Sergio Miralles:mailto:sergio.miralles@noatum.com
UID:6rb2n9gk4e1s7lm0d3qhvt8c5j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sergio Miralles;X-NUM-GUESTS=0:mailto:sergio.miralles@noatum.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hgq-wtxs-ynd
DESCRIPTION:Irene\, como te dijo Nuria\, tengo la vacante abierta en mi e
 quipo de operaciones marítimas. Charlamos 45' sobre tu experiencia y cómo
  encajarías\; si va bien\, os pongo en contacto con RRHH para la parte fo
 rmal.\n\nSergio\n\nÚnete con Google Meet: https://meet.google.com/hgq-wtxs
 -ynd
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Irene / Sergio (Noatum) - charla vacante ops
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
