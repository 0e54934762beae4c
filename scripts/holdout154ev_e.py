"""holdout154 events, part E: more Buenos Aires tech and investment companies (Cal.com, Personio, Bookings, Webex)."""

EVENTS = [
    {
        "kind": "calcom-tecnica",
        "is_interview": 1,
        "company": "Criptal",
        "role": "Compliance & Legal Officer",
        "stage": "technical",
        "interviewers": "ezequiel@criptal.com",
        "trap": "calcom-instancia-tecnica-crypto-regulatory",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-x3Kf9mPq2RtV8wZ1aB4cD6
DTSTAMP:20250319T140501Z
DTSTART:20250324T180000Z
DTEND:20250324T190000Z
SUMMARY:Instancia técnica - Compliance & Legal Officer between Ezequiel Ra
 mos and Lucas Fernández
ORGANIZER;CN=Ezequiel Ramos:mailto:ezequiel@criptal.com
ATTENDEE;CN=Lucas Fernández;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:lucasfernan
 dez.abog@yahoo.com.ar
DESCRIPTION:Qué: Instancia técnica - Compliance & Legal Officer\nCuándo: l
 unes 24 de marzo 2025 15:00 - 16:00 (America/Argentina/Buenos_Aires)\nQui
 én:\n- Ezequiel Ramos - Organizador (CLO)\n- Lucas Fernández\nDónde: Cal
  Video https://app.cal.com/video/x3Kf9mPq2RtV8wZ1aB4cD6\nNotas: Vamos a
  charlar sobre registro PSAV ante CNV y un caso de onboarding KYC/UIF.
LOCATION:https://app.cal.com/video/x3Kf9mPq2RtV8wZ1aB4cD6
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-entrevista",
        "is_interview": 1,
        "company": "Gauchito Seguros",
        "role": "Abogado/a Sr. - Seguros y Regulatorio SSN",
        "stage": "",
        "interviewers": "romina.castro@gauchitoseguros.com.ar;fede.luna@gauchitoseguros.com.ar",
        "trap": "personio-spanish-two-interviewers-unclear-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//ES
VERSION:2.0
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
UID:personio-appointment-2219077-gauchito@personio.de
DTSTAMP:20250408T132000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250414T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20250414T110000
SUMMARY:Entrevista - Abogado/a Sr. - Seguros y Regulatorio SSN
ORGANIZER;CN=Gauchito Seguros:mailto:jobs@gauchitoseguros.com.ar
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lucasfe
 rnandez.abog@yahoo.com.ar
ATTENDEE;CN=Romina Castro;PARTSTAT=ACCEPTED:mailto:romina.castro@gauchitos
 eguros.com.ar
ATTENDEE;CN=Federico Luna;PARTSTAT=ACCEPTED:mailto:fede.luna@gauchitosegur
 os.com.ar
DESCRIPTION:Hola Lucas\,\nTe esperamos en nuestras oficinas (Reconquista 6
 57\, 5° piso). Vas a conversar con Romina Castro (Gerenta de Legales) y Fe
 derico Luna (Compliance Officer).\nSaludos\,\nGauchito Seguros
LOCATION:Reconquista 657\, 5° piso\, CABA
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-final",
        "is_interview": 1,
        "company": "Mate Health",
        "role": "Senior Counsel, LatAm",
        "stage": "final",
        "interviewers": "jon@matehealth.com",
        "trap": "english-google-invite-final-ceo-cofounder",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250429T200000Z
DTEND:20250429T203000Z
DTSTAMP:20250424T162811Z
ORGANIZER;CN=Camila Vera:mailto:camila.vera@matehealth.com
UID:1f7bhsq0m5rk9ed2c4vp3nu6lo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jon A
 ltman;X-NUM-GUESTS=0:mailto:jon@matehealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camil
 a Vera;X-NUM-GUESTS=0:mailto:camila.vera@matehealth.com
DESCRIPTION:Final conversation for the Senior Counsel\, LatAm role with Jo
 n (CEO & co-founder). Camila (Recruiting Coordinator) will drop off after
  intros.\n\nJoin with Google Meet: https://meet.google.com/mhx-fqar-ubt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucas Fernández // Jon Altman - final
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-entrevista",
        "is_interview": 1,
        "company": "Fibra Austral",
        "role": "Abogado/a Regulatorio Telecomunicaciones",
        "stage": "hiring_manager",
        "interviewers": "gbianchi@fibraaustral.com.ar",
        "trap": "webex-telecom-regulatory-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//ES
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
UID:webex-9a0b7c31d2e44f59a1b8c6d7e3f20415
DTSTAMP:20250310T180022Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250317T120000
DTEND;TZID=America/Argentina/Buenos_Aires:20250317T130000
SUMMARY:Entrevista Abogado/a Regulatorio Telecomunicaciones - L. Fernández
ORGANIZER;CN=Guido Bianchi:mailto:gbianchi@fibraaustral.com.ar
ATTENDEE;CN=Lucas Fernández;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucasfer
 nandez.abog@yahoo.com.ar
DESCRIPTION:Guido Bianchi (Gerente de Asuntos Regulatorios) lo invita a u
 na reunión de Webex.\n\nUnirse a la reunión:\nhttps://fibraaustral.webex.
 com/fibraaustral/j.php?MTID=m7f2a\nNúmero de reunión: 2314 776 0981\nCon
 traseña: Fa2025!\n\nUnirse por teléfono\n+54-11-5217-xxxx Argentina Toll
LOCATION:https://fibraaustral.webex.com/fibraaustral/j.php?MTID=m7f2a
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-partner",
        "is_interview": 1,
        "company": "Ceibo Ventures",
        "role": "Legal Counsel (Fund & Portfolio)",
        "stage": "",
        "interviewers": "mariano@ceibo.vc",
        "trap": "vc-fund-zoom-invite-conversation-framing",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250402T113004Z
UID:ZOOM71822930415@zoom.us
DTSTART:20250407T133000Z
DTEND:20250407T141500Z
SUMMARY:Ceibo Ventures - Lucas Fernández
DESCRIPTION:Hola Lucas\, como hablamos: conversación sobre la posición de
  Legal Counsel (Fund & Portfolio) con Mariano (Managing Partner).\n\nMari
 ano Ledesma le está invitando a una reunión de Zoom programada.\nUnirse a
  la reunión Zoom\nhttps://us02web.zoom.us/j/71822930415?pwd=Q2VpYm8\nID
  de reunión: 718 2293 0415\nCódigo de acceso: 118822\n
LOCATION:https://us02web.zoom.us/j/71822930415?pwd=Q2VpYm8
ORGANIZER;CN=Mariano Ledesma:mailto:mariano@ceibo.vc
ATTENDEE;CN=lucasfernandez.abog@yahoo.com.ar;RSVP=TRUE:mailto:lucasfernand
 ez.abog@yahoo.com.ar
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-entrevista",
        "is_interview": 1,
        "company": "Quebracho Capital",
        "role": "",
        "stage": "recruiter_screen",
        "interviewers": "Lorena Gaitán",
        "trap": "microsoft-bookings-candidate-books-rrhh-slot",
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
ORGANIZER;CN=Quebracho Capital - Selección:mailto:SeleccionQuebracho@quebr
 achocapital.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nández:mailto:lucasfernandez.abog@yahoo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Su reserva está confirmada\n\nServicio: Entrev
 ista RRHH - Búsqueda Legales\nPersonal: Lorena Gaitán\nDuración: 30 minut
 os\n\nSi necesita cambiar la cita\, use el vínculo de la confirmación.\n\
 nQuebracho Capital S.A. - Sarmiento 447\, CABA\n
UID:040000008200E00074C5B7101A82E008000000005F3D1C2B0A99DB01000000000000000
 0100000006C5B4A3928170F6E5D4C3B2A19080706
SUMMARY;LANGUAGE=es-AR:Entrevista RRHH - Búsqueda Legales (Lucas Fernández
 )
DTSTART;TZID=Argentina Standard Time:20250422T093000
DTEND;TZID=Argentina Standard Time:20250422T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T221013Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-panel",
        "is_interview": 1,
        "company": "Datacampo",
        "role": "Legal Lead",
        "stage": "onsite",
        "interviewers": "ines.gallardo@datacampo.ag;pablo.ferro@datacampo.ag",
        "trap": "lever-panel-agtech-office-visit",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-6e1c9d0a-0d9b-4b21-8f7e-55d3c2a1b0f9
DTSTAMP:20250416T140800Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250423T140000
DTEND;TZID=America/Argentina/Buenos_Aires:20250423T160000
SUMMARY:Datacampo - Panel presencial (Legal Lead)
ORGANIZER;CN=Datacampo Talent:mailto:talent@datacampo.ag
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
ATTENDEE;CN=Inés Gallardo;PARTSTAT=ACCEPTED:mailto:ines.gallardo@datacampo
 .ag
ATTENDEE;CN=Pablo Ferro;PARTSTAT=ACCEPTED:mailto:pablo.ferro@datacampo.ag
ATTENDEE;CUTYPE=ROOM;CN=Sala Soja (6):mailto:c_18820soja@resource.calendar
 .google.com
DESCRIPTION:Panel en oficina con Inés Gallardo (COO) y Pablo Ferro (CFO).
  Bloque de 2 hs: presentación de un caso de contratos de servicios con pr
 oductores + preguntas.\nDirección: Olga Cossettini 1190\, Dique 3\, Puert
 o Madero.
LOCATION:Sala Soja (6)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
