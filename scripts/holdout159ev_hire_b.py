"""holdout159: negatives with the user on the hiring side at Congressos Mediterrània, part B."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("candidat-gmail", ("2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com", 0, "", "", "", "", "user-as-interviewer-candidate-sends-invite-free-mail"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250325T160000Z
DTEND:20250325T164500Z
DTSTAMP:20250321T090512Z
ORGANIZER;CN=Pau Ferrer:mailto:paufer98@gmail.com
UID:2c4e6g8i0k2m4o6q8s0u2w4y6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pau Ferrer;X-NUM-GUESTS=0:mailto:paufer98@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=npuig@congressosmed.cat;X-NUM-GUESTS=0:mailto:npuig@congressosmed.cat
X-GOOGLE-CONFERENCE:https://meet.google.com/fpe-rnxa-uqw
CREATED:20250321T090500Z
DESCRIPTION:Hola Núria\,\n\nT'envio la invitació per a la videotrucada que vam acordar per telèfon\, per la vacant d'Account Executive a Congressos Mediterrània. Et reenvio el CV per si de cas.\n\nMoltes gràcies per l'oportunitat!\nPau Ferrer
LAST-MODIFIED:20250321T090512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Pau Ferrer – Account Executive (Congressos Mediterrània)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("guio-entrevista", ("040000008200E00074C5B7101A82E0080000000011EE22DD33CCDB01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00", 0, "", "", "", "", "user-as-interviewer-interview-kit-review"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Camps, Sílvia":mailto:scamps@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Núria\, abans de començar les entrevistes d'Event Assistant (perfil internacional) repassem el guió: preguntes per competències\, la part en anglès i francès i la rúbrica de l'1 al 5. T'he deixat el document a Teams > Persones > Selecció 2025.
UID:040000008200E00074C5B7101A82E0080000000011EE22DD33CCDB01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00
SUMMARY;LANGUAGE=ca-ES:Repàs guió + rúbrica – Event Assistant (internacional)
DTSTART;TZID=Romance Standard Time:20250317T153000
DTEND;TZID=Romance Standard Time:20250317T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Reunió de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ("panel-finalistes", ("040000008200E00074C5B7101A82E00800000000AC11BD22CE33DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0", 0, "", "", "", "", "user-as-interviewer-panel-chair"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bosch, Marc":mailto:mbosch@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roca, Elena":mailto:eroca@congressosmed.cat
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala Mediterrani (10p)":mailto:salamediterrani@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Entrevistes finalistes Account Manager (cartera associacions mèdiques):\n10:00 Irene Soler\n11:00 David Pérez\n12:00 Montse Aguilar\nJo modero i faig la part de cas; Marc pregunta pressupostos i proveïdors; Elena tanca amb condicions. Cada candidat presenta 10 min el cas del congrés de 600 pax.
UID:040000008200E00074C5B7101A82E00800000000AC11BD22CE33DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
SUMMARY;LANGUAGE=ca-ES:Finalistes Account Manager (x3)
DTSTART;TZID=Romance Standard Time:20250423T100000
DTEND;TZID=Romance Standard Time:20250423T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala Mediterrani (10p)
END:VEVENT
END:VCALENDAR
"""),
    ("bookings-staff", ("bookings-9a8b7c6d5e4f@congressosmed.onmicrosoft.com", 0, "", "", "", "", "user-as-interviewer-bookings-host"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN=Selecció Staff · Congressos Mediterrània:mailto:SeleccioStaff@congressosmed.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Puig:mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Nova reserva\n\nServei: Entrevista staff MWC 2026 (15 min)\nPersonal: Núria Puig\nClient: Andreu Soler Bas\nTelèfon: +34 655 21 88 40\nCorreu: andreu.solerbas@gmail.com\nNotes del client: Tinc experiència com a controlador d'accessos a l'Eurofitness i al Primavera Sound.\n\nMicrosoft Bookings
UID:bookings-9a8b7c6d5e4f@congressosmed.onmicrosoft.com
SUMMARY;LANGUAGE=ca-ES:Entrevista staff MWC 2026 – Andreu Soler Bas
DTSTART;TZID=Romance Standard Time:20250505T174500
DTEND;TZID=Romance Standard Time:20250505T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T200000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Trucada de Teams
END:VEVENT
END:VCALENDAR
"""),
    ("candidatura-interna", ("040000008200E00074C5B7101A82E00800000000BEEF0101BEEFDB010000000000000000100000000A0B0C0D0E0F101112131415161718191A", 0, "", "", "", "", "user-as-interviewer-internal-promotion"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pujol, Anna":mailto:apujol@congressosmed.cat
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Camps, Sílvia":mailto:scamps@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Anna\, tal com vam parlar\, fem la conversa formal sobre la teva candidatura a Coordinadora de Secretaria Tècnica. Explica'ns com organitzaries l'equip per a la temporada de tardor. Sílvia hi serà per la part de condicions.
UID:040000008200E00074C5B7101A82E00800000000BEEF0101BEEFDB010000000000000000100000000A0B0C0D0E0F101112131415161718191A
SUMMARY;LANGUAGE=ca-ES:Anna – candidatura interna Coord. Secretaria Tècnica
DTSTART;TZID=Romance Standard Time:20250429T120000
DTEND;TZID=Romance Standard Time:20250429T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Sala petita
END:VEVENT
END:VCALENDAR
"""),
    ("corregir-proves", ("3A4B5C6D-7E8F-4091-A2B3-C4D5E6F70819", 0, "", "", "", "", "user-as-interviewer-scoring-written-tests"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.2//EN
CALSCALE:GREGORIAN
@MADRID
BEGIN:VEVENT
CREATED:20250319T170000Z
DTSTART;TZID=Europe/Madrid:20250320T160000
DTEND;TZID=Europe/Madrid:20250320T173000
DTSTAMP:20250319T170100Z
SUMMARY:Corregir proves escrites Secretaria Tècnica (EN/FR)
DESCRIPTION:7 proves – puntuar mail a ponent en EN + traducció FR\nposar nota a l'excel de la Sílvia abans de dv
SEQUENCE:0
TRANSP:OPAQUE
UID:3A4B5C6D-7E8F-4091-A2B3-C4D5E6F70819
END:VEVENT
END:VCALENDAR
"""),
    ("ett-candidat", ("040000008200E00074C5B7101A82E00800000000AD3C0AD3C0DB01000000000000000010000000ADECC0ADECC0ADECC0ADECC0ADECC000", 0, "", "", "", "", "user-as-interviewer-temp-agency-candidate"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Serra Vidal, Marina":mailto:marina.serra@adecco.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=es-ES:Hola Núria\,\n\nTe confirmo la entrevista con el candidato que te presentamos para el puesto de Auxiliar de sala (contrato de puesta a disposición\, 12-16 de mayo): Oriol Vidal\, 24 años\, experiencia en Fira Gran Via y ferias de ISE. Se presentará en vuestras oficinas.\n\nCualquier cambio\, dime.\nMarina Serra\nConsultora – Adecco Hostelería y Eventos
UID:040000008200E00074C5B7101A82E00800000000AD3C0AD3C0DB01000000000000000010000000ADECC0ADECC0ADECC0ADECC0ADECC000
SUMMARY;LANGUAGE=es-ES:Entrevista candidato Adecco – Oriol Vidal (Aux. sala)
DTSTART;TZID=Romance Standard Time:20250430T100000
DTEND;TZID=Romance Standard Time:20250430T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Congressos Mediterrània\, c/ Casp 58
END:VEVENT
END:VCALENDAR
"""),
    ("dinar-candidat", ("9e8d7c6b5a4f3e2d1c0b9a8f7e@google.com", 0, "", "", "", "", "user-as-interviewer-lunch-with-candidate"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250409T120000Z
DTEND:20250409T133000Z
DTSTAMP:20250403T100000Z
ORGANIZER;CN=Elena Roca:mailto:eroca@congressosmed.cat
UID:9e8d7c6b5a4f3e2d1c0b9a8f7e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Roca;X-NUM-GUESTS=0:mailto:eroca@congressosmed.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Núria Puig;X-NUM-GUESTS=0:mailto:npuig@congressosmed.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rubén Ortega;X-NUM-GUESTS=0:mailto:ruben.ortega.events@outlook.com
CREATED:20250403T095900Z
DESCRIPTION:Dinar informal amb en Rubén (candidat a Head of Operations) abans de fer-li l'oferta. Núria\, vull la teva impressió de com encaixaria amb l'equip d'operacions.\nReservat a La Flauta\, Balmes 164.
LAST-MODIFIED:20250403T100000Z
LOCATION:La Flauta\, Carrer de Balmes\, 164\, Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dinar amb Rubén Ortega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("franges-recurrents", ("040000008200E00074C5B7101A82E00800000000F1A9F1A9F1A9DB010000000000000000100000005E5E5E5E6F6F6F6F7A7A7A7A8B8B8B8B", 0, "", "", "", "", "user-as-interviewer-recurring-screening-slots-override"), r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Franja bloquejada per trucar candidates de la borsa de hostesses (MWC / ESC / SEDOR). Llista al full "Borsa hostesses 2025"\, columna "pendent trucada".
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU
UID:040000008200E00074C5B7101A82E00800000000F1A9F1A9F1A9DB010000000000000000100000005E5E5E5E6F6F6F6F7A7A7A7A8B8B8B8B
SUMMARY;LANGUAGE=ca-ES:Trucades borsa hostesses (preselecció)
DTSTART;TZID=Romance Standard Time:20250311T090000
DTEND;TZID=Romance Standard Time:20250311T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Aquesta setmana a la tarda (dimarts matí site inspection).
RECURRENCE-ID;TZID=Romance Standard Time:20250325T090000
UID:040000008200E00074C5B7101A82E00800000000F1A9F1A9F1A9DB010000000000000000100000005E5E5E5E6F6F6F6F7A7A7A7A8B8B8B8B
SUMMARY;LANGUAGE=ca-ES:Trucades borsa hostesses (preselecció)
DTSTART;TZID=Romance Standard Time:20250325T160000
DTEND;TZID=Romance Standard Time:20250325T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
    ("estand-forum", ("040000008200E00074C5B7101A82E008000000000F0F0F0F0F0FDB0100000000000000001000000012121212343434345656565678787878", 0, "", "", "", "", "user-as-interviewer-careers-forum-recruiting-stand"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="Camps, Sílvia":mailto:scamps@congressosmed.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puig, Núria":mailto:npuig@congressosmed.cat
DESCRIPTION;LANGUAGE=ca-ES:Estand de Congressos Mediterrània al Fòrum d'Ocupació de la Facultat d'Economia i Empresa (UB). Recollim CV per a pràctiques de tardor i fem mini-entrevistes de 5 min a qui encaixi. Porteu roll-up\, fulls de registre i tauleta.
UID:040000008200E00074C5B7101A82E008000000000F0F0F0F0F0FDB0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=ca-ES:Fòrum d'Ocupació UB – estand CM
DTSTART;TZID=Romance Standard Time:20250514T100000
DTEND;TZID=Romance Standard Time:20250514T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Facultat d'Economia i Empresa UB\, Av. Diagonal 690
END:VEVENT
END:VCALENDAR
"""),
]
