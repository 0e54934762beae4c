"""holdout154 events, part A: Kuntur Pay (Greenhouse), Neuquén Energía (Workday) and what hangs around them."""

EVENTS = [
    {
        "kind": "greenhouse-screen",
        "is_interview": 1,
        "company": "Kuntur Pay",
        "role": "Legal Counsel Sr.",
        "stage": "recruiter_screen",
        "interviewers": "florencia.ibarra@kunturpay.com",
        "trap": "greenhouse-spanish-recruiter-screen-meet",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:gh-sched-7f31c2a9-5d1e-4b0a-9c7e-00b1f3e8a214@greenhouse.io
DTSTAMP:20250303T141522Z
SEQUENCE:0
DTSTART;TZID=America/Argentina/Buenos_Aires:20250310T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20250310T113000
SUMMARY:Kuntur Pay | Primera conversación - Legal Counsel Sr.
DESCRIPTION:Hola Lucas\,\n\n¡Gracias por tu interés en Kuntur Pay! Te con
 firmamos la primera conversación para la posición Legal Counsel Sr. (Buen
 os Aires - híbrido).\n\nCon quién: Florencia Ibarra (Talent Acquisition P
 artner)\nDuración: 30 minutos\nDónde: Google Meet - https://meet.google.c
 om/kpx-rtqe-vfa\n\nSi necesitás reprogramar respondé este mail y lo coord
 inamos.\n\nSaludos\,\nEquipo de Talento - Kuntur Pay
LOCATION:https://meet.google.com/kpx-rtqe-vfa
ORGANIZER;CN=Florencia Ibarra:mailto:florencia.ibarra@kunturpay.com
ATTENDEE;CN=Lucas Fernández;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;CN=Florencia Ibarra;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 florencia.ibarra@kunturpay.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "case-study",
        "is_interview": 1,
        "company": "Kuntur Pay",
        "role": "Legal Counsel Sr.",
        "stage": "technical",
        "interviewers": "martin.sosa@kunturpay.com;ana.lopez@kunturpay.com",
        "trap": "fintech-legal-case-practico-two-lawyers",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250318T170000Z
DTEND:20250318T181500Z
DTSTAMP:20250312T203344Z
ORGANIZER;CN=Florencia Ibarra:mailto:florencia.ibarra@kunturpay.com
UID:3q9v0ck1s7m2hb5r8tgd6o4nfe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martín
  Sosa;X-NUM-GUESTS=0:mailto:martin.sosa@kunturpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Ló
 pez;X-NUM-GUESTS=0:mailto:ana.lopez@kunturpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Floren
 cia Ibarra;X-NUM-GUESTS=0:mailto:florencia.ibarra@kunturpay.com
X-MICROSOFT-CDO-OWNERAPPTID:-1548820221
CREATED:20250312T203343Z
DESCRIPTION:Lucas: en esta instancia vas a trabajar sobre un caso práctico
  (contrato de procesamiento de pagos con un adquirente + consulta regulat
 oria BCRA sobre PSPCP). Te mandamos el material 24 hs antes. 45' de presen
 tación y 30' de preguntas con Martín (Head of Legal) y Ana (Senior Counsel
 ).\n\nPuesto: Legal Counsel Sr.\n\nUnirse con Google Meet: https://meet.g
 oogle.com/wzh-pamd-qke\nUnirse por teléfono: (AR) +54 11 3986-4419 PIN: 5
 70 112 883#
LAST-MODIFIED:20250312T203344Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kuntur Pay - Caso práctico (Legal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "final-ceo",
        "is_interview": 1,
        "company": "Kuntur Pay",
        "role": "",
        "stage": "final",
        "interviewers": "Diego Kessler;martin.sosa@kunturpay.com",
        "trap": "typed-entry-final-with-ceo-office",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8C2E4F10-77A3-4B9D-A1F6-3E0D5C9B7A21
DTSTAMP:20250327T013012Z
CREATED:20250327T013011Z
LAST-MODIFIED:20250327T013012Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250402T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20250402T100000
SUMMARY:Kuntur - final c/ CEO (Diego Kessler) + Martín
LOCATION:Kuntur Pay\nHumboldt 1550\, piso 3\, C1414 CABA\, Argentina
DESCRIPTION:Ir presencial. Pedir por Flor en recepción.\nLlevar DNI.\nPre
 guntar por equity / reporte a CEO vs CFO. Martín = martin.sosa@kunturpay.
 com
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "prep-block-names-employer",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5A77D1E2-0C4B-4E33-9F5A-B2C1D0E9F812
DTSTAMP:20250315T231405Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250317T200000
DTEND;TZID=America/Argentina/Buenos_Aires:20250317T220000
SUMMARY:Preparar caso Kuntur (PSP / com. A 7825 BCRA)
DESCRIPTION:Repasar: ley 25.326 datos personales\, régimen PSP\, contratos
  de adquirencia. Armar 3 slides. NO es la entrevista\, es el martes.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-screen",
        "is_interview": 1,
        "company": "Neuquén Energía",
        "role": "Abogado/a Senior - Asuntos Regulatorios",
        "stage": "recruiter_screen",
        "interviewers": "carolina.mendez@neuquenenergia.com.ar",
        "trap": "workday-teams-recruiter-screen-spanish",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:WD-INTERVIEW-R-00412-3c0e81f2a7b64d1e@myworkday.com
DTSTAMP:20250219T153000Z
SEQUENCE:0
DTSTART;TZID=America/Argentina/Buenos_Aires:20250225T150000
DTEND;TZID=America/Argentina/Buenos_Aires:20250225T153000
SUMMARY:Entrevista: Abogado/a Senior - Asuntos Regulatorios (R-00412) - Lu
 cas Fernández
DESCRIPTION:Estimado/a Lucas Fernández\,\n\nLe confirmamos la entrevista
  para la vacante R-00412 Abogado/a Senior - Asuntos Regulatorios en Neuqué
 n Energía S.A.\n\nTipo de entrevista: Entrevista inicial con Selección\nE
 ntrevistador/a: Carolina Méndez\n\n________________________________________
 ________________________________________\nReunión de Microsoft Teams\nUni
 rse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTc4@thre
 ad.v2/0\nId. de reunión: 284 551 903 217 Código de acceso: Xq7p2B\n______
 __________________________________________________________________________
 \n\nEste correo fue generado automáticamente por Workday. No responda a es
 te mensaje.
LOCATION:Microsoft Teams
ORGANIZER;CN=Neuquén Energía Selección:mailto:neuquenenergia@myworkday.com
ATTENDEE;CN=Lucas Fernández;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;CN=Carolina Méndez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:C
 arolina.Mendez@neuquenenergia.com.ar
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-hm",
        "is_interview": 1,
        "company": "Neuquén Energía",
        "role": "Abogado/a Senior - Asuntos Regulatorios",
        "stage": "hiring_manager",
        "interviewers": "gustavo.paredes@neuquenenergia.com.ar",
        "trap": "outlook-hiring-manager-original-before-reschedule",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Paredes, Gustavo";SENT-BY="mailto:lucia.ortega@neuquenenergi
 a.com.ar":mailto:gustavo.paredes@neuquenenergia.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucasfern
 andez.abog@yahoo.com.ar:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Méndez,
  Carolina":mailto:carolina.mendez@neuquenenergia.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SR Catriel 12
 P (8)":mailto:sr.catriel12p@neuquenenergia.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucas\, buenas tardes:\n\nPor indicación de Gu
 stavo Paredes (Gerente de Legales y Regulatorio) le envío la invitación p
 ara la segunda entrevista por la posición de Abogado/a Senior - Asuntos R
 egulatorios.\nLa reunión es presencial en Torre Catalinas\, Av. Eduardo M
 adero 1020\, piso 12. Por favor anunciarse en el hall con DNI.\n\nSaludos
 \,\nLucía Ortega\nAsistente Gerencia de Legales\n
UID:040000008200E00074C5B7101A82E0080000000010D3A2F06C85DB01000000000000000
 010000000A6F1D2E4B3C9774C8E0B5A1D9C7F2E31
SUMMARY;LANGUAGE=es-AR:2da entrevista - Lucas Fernández / G. Paredes
DTSTART;TZID=Argentina Standard Time:20250314T100000
DTEND;TZID=Argentina Standard Time:20250314T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T182211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:SR Catriel 12P (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-rescheduled",
        "is_interview": 1,
        "company": "Neuquén Energía",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "gustavo.paredes@neuquenenergia.com.ar",
        "trap": "outlook-hiring-manager-rescheduled-higher-sequence",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Paredes, Gustavo";SENT-BY="mailto:lucia.ortega@neuquenenergi
 a.com.ar":mailto:gustavo.paredes@neuquenenergia.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucasfern
 andez.abog@yahoo.com.ar:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Méndez,
  Carolina":mailto:carolina.mendez@neuquenenergia.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SR Catriel 12
 P (8)":mailto:sr.catriel12p@neuquenenergia.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucas\, disculpe el cambio: a Gustavo le surgi
 ó un viaje a Añelo. Pasamos la entrevista al martes 18 a las 16 h\, mismo
  lugar (Torre Catalinas\, piso 12).\n\nSaludos\,\nLucía Ortega\nAsistente
  Gerencia de Legales\n
UID:040000008200E00074C5B7101A82E0080000000010D3A2F06C85DB01000000000000000
 010000000A6F1D2E4B3C9774C8E0B5A1D9C7F2E31
SUMMARY;LANGUAGE=es-AR:2da entrevista - Lucas Fernández / G. Paredes (REPRO
 GRAMADA)
DTSTART;TZID=Argentina Standard Time:20250318T160000
DTEND;TZID=Argentina Standard Time:20250318T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T131902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-AR:SR Catriel 12P (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-final",
        "is_interview": 1,
        "company": "Neuquén Energía",
        "role": "",
        "stage": "final",
        "interviewers": "silvina.roca@neuquenenergia.com.ar;hernan.vidal@neuquenenergia.com.ar;"
        "gustavo.paredes@neuquenenergia.com.ar",
        "trap": "teams-panel-directors-no-role",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Méndez, Carolina":mailto:carolina.mendez@neuquenenergia.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nández:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roca, Sil
 vina":mailto:silvina.roca@neuquenenergia.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vidal, He
 rnán":mailto:hernan.vidal@neuquenenergia.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paredes,
  Gustavo":mailto:gustavo.paredes@neuquenenergia.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucas\, como conversamos\, te comparto la insta
 ncia final con Silvina Roca (Directora de Asuntos Legales) y Hernán Vidal
  (VP Upstream)\, junto a Gustavo.\nSon 45 minutos. Si todo va bien\, la s
 emana próxima avanzamos con la propuesta y los estudios preocupacionales.
 \n\n______________________________________________________________________
 __________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, a
 plicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la re
 unión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1YTk0@th
 read.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>\nId. de la reunión: 318 0
 44 290 615\nCódigo de acceso: 9Hd3nL\n\nO llame (solo audio)\n+54 11 5984
 -2231\,\,771230845#   Argentina\, Buenos Aires\n____________________________
 ____________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B09E58A79A93DB01000000000000000
 01000000042E8F10C7D5A3B4D9EAA6C1F20B7D9C0
SUMMARY;LANGUAGE=es-AR:Neuquén Energía - Instancia final
DTSTART;TZID=Argentina Standard Time:20250403T113000
DTEND;TZID=Argentina Standard Time:20250403T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T150744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-LOCATIONDISPLAYNAME:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "preocupacional",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "pre-employment-medical-names-employer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250415T073000
DTEND;TZID=America/Argentina/Buenos_Aires:20250415T093000
DTSTAMP:20250410T120501Z
ORGANIZER;CN=Turnos Prevenir Salud Laboral:mailto:turnos@prevenirlaboral.c
 om.ar
UID:0v5pmr3tq6ad2l1c8ekh9bsu7g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
DESCRIPTION:Examen preocupacional solicitado por: NEUQUÉN ENERGÍA S.A.\nP
 ostulante: FERNÁNDEZ\, LUCAS - DNI 38.xxx.xxx\n\nPresentarse en ayunas de
  8 horas con DNI. Incluye: examen clínico\, laboratorio\, Rx tórax\, ECG\
 , audiometría y evaluación psicotécnica.\nSede: Av. Córdoba 2351\, CABA.
SUMMARY:Preocupacional - Fernández Lucas (Neuquén Energía)
LOCATION:Prevenir Salud Laboral - Av. Córdoba 2351\, CABA
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "thank-you-reminder-after-final",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
BEGIN:VEVENT
UID:F0A9B7C6-2D3E-4F51-8A6B-7C9D0E1F2A34
DTSTAMP:20250403T152211Z
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250405
SUMMARY:Mail de agradecimiento Silvina Roca / Hernán Vidal (NESA)
DESCRIPTION:mencionar tema ampliación gasoducto y RIGI
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
]
