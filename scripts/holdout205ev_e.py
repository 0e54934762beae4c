"""holdout205 events, part e: Argentine employers, second half (scheduling tools, a founder on free mail, typed)."""

from holdout205ev_tz import GOOGLE_BA, GOOGLE_COR, OUTLOOK_ARG

EVENTS = [
    dict(
        kind="bancor-entrevista",
        uid="2b9d4f6a8c0e@martin-pc",
        y=1,
        company="Bancor",
        role="Jefe de Contaduría General",
        stage="",
        who="Cra. Alejandra Funes",
        trap="typed-desktop-bank-interview-with-address",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250407T011512Z
DTSTAMP:20250407T011512Z
DTSTART;TZID=Argentina Standard Time:20250411T083000
DTEND;TZID=Argentina Standard Time:20250411T093000
SUMMARY:Bancor - entrevista Jefe Contaduría Gral
LOCATION:San Jerónimo 166\, 3er piso (Gcia. Contaduría)
DESCRIPTION:con la Cra. Alejandra Funes. llevar CV impreso + título + matr
 ícula CPCE. pedir medio día en agro (decir q es odontólogo??)
UID:2b9d4f6a8c0e@martin-pc
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="0p3s6v9y2b5e8h1k4n7q0t3w6z@google.com",
        y=1,
        company="Granario",
        role="Head of Finance",
        stage="",
        who="franco.aimar.ag@gmail.com",
        trap="founder-on-free-mail-cafe-framed-as-charla",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250502T090000
DTEND;TZID=America/Argentina/Cordoba:20250502T100000
DTSTAMP:20250429T231510Z
ORGANIZER;CN=Franco Aimar:mailto:franco.aimar.ag@gmail.com
UID:0p3s6v9y2b5e8h1k4n7q0t3w6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Franco Aimar;X-NUM-GUESTS=0:mailto:franco.aimar.ag@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
CREATED:20250429T231509Z
DESCRIPTION:Che Martín\, buenísimo lo que charlamos por LinkedIn. Te cuen
 to en persona de Granario (tokenización de granos\, cerramos seed round
  en feb) y qué buscamos para el puesto de Head of Finance: alguien que ar
 me el área desde cero\, tesorería\, impuestos\, reporting a inversores. T
 raé preguntas! Invito el café ☕\nFranco (co-founder & CEO)
LAST-MODIFIED:20250429T231509Z
LOCATION:Café Pan de Azúcar\, Rondeau 2xx\, Nueva Córdoba
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Franco / Martín - Granario
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="holcim-outlook",
        uid="040000008200E00074C5B7101A82E00800000000306F5E4D3CA2DB01"
            "000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        y=1,
        company="Holcim Argentina",
        role="Controller Financiero - Planta Malagueño",
        stage="hiring_manager",
        who="rodrigo.peralta@holcim.com",
        trap="outlook-argentina-standard-time-plant-controller",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Peralta, Rodrigo":mailto:rodrigo.peralta@holcim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benitez,
  Carla":mailto:carla.benitez@holcim.com
DESCRIPTION;LANGUAGE=es-AR:Martín\, como conversamos con Carla de RRHH\, t
 e envío la invitación para conocernos. Te cuento sobre el rol de Control
 ler Financiero en Malagueño y me contás de tu experiencia en agro.\n\nRod
 rigo Peralta\nGerente de Administración y Finanzas - Holcim Argentina\n\n__
 ______________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room dev
 ice\nMeeting ID: 289 441 003 771\nPasscode: Vb8ak2\n\nDial in by phone\n+5
 4 11 5983-1212\,\,540882310# Argentina\, Buenos Aires\n_____________________
 ___________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000306F5E4D3CA2DB01000000000000000
 010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=es-AR:Martín Ferreyra / Rodrigo Peralta
DTSTART;TZID=Argentina Standard Time:20250320T173000
DTEND;TZID=Argentina Standard Time:20250320T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T115505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="grido-meet",
        uid="3r7v1z5d9h3l7p1t5x9b3f7j1n@google.com",
        y=1,
        company="Grido",
        role="Analista Sr. de Impuestos",
        stage="recruiter_screen",
        who="seleccion@helacor.com.ar",
        trap="google-shared-hr-mailbox-interviewer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250313T113000
DTEND;TZID=America/Argentina/Cordoba:20250313T120000
DTSTAMP:20250311T144012Z
ORGANIZER;CN=Selección Helacor:mailto:seleccion@helacor.com.ar
UID:3r7v1z5d9h3l7p1t5x9b3f7j1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Selección Helacor;X-NUM-GUESTS=0:mailto:seleccion@helacor.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ufe-ncwd-pqa
CREATED:20250311T144011Z
DESCRIPTION:Entrevista inicial - Analista Sr. de Impuestos (Grido Helado /
  Helacor S.A.). Te escribimos del equipo de Selección por tu postulación
  en Bumeran.
LAST-MODIFIED:20250311T144011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista inicial - Martín Ferreyra
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-seleccion",
        uid="bookings-9f2c7e1a-3b4d-4e5f-a6b7-c8d9e0f1a2b3",
        y=1,
        company="Sancor Seguros",
        role="Analista de Reservas Técnicas Sr",
        stage="",
        who="Equipo de Selección",
        trap="microsoft-bookings-candidate-as-customer",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN=Sancor Seguros - Selección:mailto:SeleccionSancor@gruposancors
 eguros.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martín Fe
 rreyra:mailto:martinferreyra.cpn@gmail.com
DESCRIPTION;LANGUAGE=es-AR:Su reserva se ha confirmado.\n\nServicio: Entr
 evista online - Analista de Reservas Técnicas Sr\nPersonal: Equipo de Sel
 ección\nDuración: 40 minutos\n\nSancor Seguros - Sunchales\, Santa Fe\n\nU
 nirse a la reunión de Microsoft Teams\n\nAdministrar reserva: https://outl
 ook.office365.com/owa/calendar/SeleccionSancor@gruposancorseguros.onmicros
 oft.com/bookings/\n
UID:bookings-9f2c7e1a-3b4d-4e5f-a6b7-c8d9e0f1a2b3
SUMMARY;LANGUAGE=es-AR:Entrevista online - Analista de Reservas Técnicas S
 r
DTSTART;TZID=Argentina Standard Time:20250407T140000
DTEND;TZID=Argentina Standard Time:20250407T144000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T100005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-screen",
        uid="ashby-interview-4c1d9a7b-2e3f-4a5b-8c6d-e7f8a9b0c1d2@ashbyhq.com",
        y=1,
        company="Ualá",
        role="Accounting Manager",
        stage="recruiter_screen",
        who="tomas.lagos@uala.com.ar",
        trap="ashby-intro-call-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-4c1d9a7b-2e3f-4a5b-8c6d-e7f8a9b0c1d2@ashbyhq.com
DTSTAMP:20250408T201144Z
DTSTART:20250411T190000Z
DTEND:20250411T193000Z
SUMMARY:Intro call: Martín Ferreyra x Ualá (Accounting Manager)
ORGANIZER;CN=Tomás Lagos:mailto:tomas.lagos@uala.com.ar
ATTENDEE;CN=Tomás Lagos;PARTSTAT=ACCEPTED:mailto:tomas.lagos@uala.com.ar
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:martinfe
 rreyra.cpn@gmail.com
LOCATION:https://meet.google.com/dyk-ovtw-hgr
DESCRIPTION:Hola Martín! Agendamos 30' para conocernos y contarte sobre e
 l rol de Accounting Manager en Ualá.\n\nGoogle Meet: https://meet.google.c
 om/dyk-ovtw-hgr\n\nNeed to reschedule? https://jobs.ashbyhq.com/uala/resch
 edule/4c1d9a7b\n\nScheduled with Ashby
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-loop",
        uid="goodtime-8d2a6f0e4c1b3a5d7f9e1c3b5a7d9f1e",
        y=1,
        company="Mondelez",
        role="Plant Controller - Pacheco",
        stage="onsite",
        who="jose.paz@mdlz.com;valeria.rossi@mdlz.com;thiago.nunes@mdlz.com",
        trap="goodtime-back-to-back-onsite-loop",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
UID:goodtime-8d2a6f0e4c1b3a5d7f9e1c3b5a7d9f1e
DTSTAMP:20250513T151800Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250520T093000
DTEND;TZID=America/Argentina/Buenos_Aires:20250520T123000
SUMMARY:Mondelēz International - Onsite Interviews: Plant Controller - Pa
 checo
ORGANIZER;CN=Mondelez Recruiting Coordination:mailto:scheduling@mdlz.goodt
 ime.io
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
LOCATION:Planta Pacheco - Henry Ford 3xxx\, Gral. Pacheco\, Buenos Aires
DESCRIPTION:Hi Martín\,\n\nYour interview schedule:\n09:30 - 10:30  José
  Paz\, Plant Director (jose.paz@mdlz.com)\n10:30 - 11:30  Valeria Rossi\, F
 inance Director Southern Cone (valeria.rossi@mdlz.com)\n11:30 - 12:30  Thi
 ago Nunes\, Regional Controller LA (thiago.nunes@mdlz.com) - in English\n
 \nPlease arrive 15 minutes early and ask for the HR team at the gate.\n\nT
 his invitation was scheduled by GoodTime on behalf of Mondelēz Internatio
 nal.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-interview",
        uid="modernloop-evt-73c1f2b9-0d5e-4a8b-9c6d-1e2f3a4b5c6d",
        y=1,
        company="dLocal",
        role="Senior Tax Analyst",
        stage="technical",
        who="gabriel.methol@dlocal.com",
        trap="modernloop-english-tax-deep-dive-montevideo",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Montevideo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:modernloop-evt-73c1f2b9-0d5e-4a8b-9c6d-1e2f3a4b5c6d
DTSTAMP:20250602T180001Z
DTSTART;TZID=America/Montevideo:20250605T110000
DTEND;TZID=America/Montevideo:20250605T120000
SUMMARY:dLocal | Tax Deep Dive with Gabriel Methol - Senior Tax Analyst
ORGANIZER;CN=dLocal Recruiting:mailto:interviews@dlocal.modernloop.io
ATTENDEE;CN=Gabriel Methol;ROLE=REQ-PARTICIPANT:mailto:gabriel.methol@dloc
 al.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
LOCATION:https://dlocal.zoom.us/j/97712004481
DESCRIPTION:Hi Martín\, this session is a technical deep dive on indirect
  taxes (VAT\, withholding regimes\, IIBB in Argentina) and transfer pricin
 g with Gabriel Methol\, Tax Manager. Please join via Zoom.\n\nScheduled w
 ith ModernLoop
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-interview",
        uid="icims-interview-2025-ADM-11478-0032",
        y=1,
        company="ADM",
        role="Financial Analyst III - Origination",
        stage="",
        who="ana.pereyra@adm.com",
        trap="icims-interview-no-stage-rosario",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-interview-2025-ADM-11478-0032
DTSTAMP:20250423T140022Z
DTSTART:20250429T170000Z
DTEND:20250429T175000Z
SUMMARY:ADM Interview - Financial Analyst III - Origination (Req 11478)
ORGANIZER;CN=ADM Talent Acquisition:mailto:noreply@talent.icims.com
ATTENDEE;CN=Martin Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CN=Ana Pereyra:mailto:ana.pereyra@adm.com
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Martin\,\n\nThank you for your interest in ADM. You are
  scheduled to interview with Ana Pereyra\, Finance Manager Origination A
 rgentina\, for Financial Analyst III - Origination (Rosario\, Santa Fe).\n
 \nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmU1\n\nA
 DM Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-booking",
        uid="calcom-bk-2PqA7xLmN4rT9wZ1",
        y=1,
        company="Agrofy",
        role="Finance Lead",
        stage="hiring_manager",
        who="tomas.iriarte@agrofy.com",
        trap="cal-com-booking-agtech-cfo",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-bk-2PqA7xLmN4rT9wZ1
DTSTAMP:20250519T220433Z
DTSTART:20250522T200000Z
DTEND:20250522T204500Z
SUMMARY:Finance Lead - entrevista con Tomás between Tomás Iriarte and Mart
 ín Ferreyra
ORGANIZER;CN=Tomás Iriarte:mailto:tomas.iriarte@agrofy.com
ATTENDEE;CN=Martín Ferreyra;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TR
 UE:mailto:martinferreyra.cpn@gmail.com
LOCATION:https://app.cal.com/video/2PqA7xLmN4rT9wZ1
DESCRIPTION:What: Finance Lead - entrevista con Tomás\nWho:\nTomás Iriart
 e - Organizer (CFO\, Agrofy)\nMartín Ferreyra\nWhere: Cal Video\nAdditio
 nal notes: Vengo de la charla con Romi de People. Gracias!\n\nNeed to ma
 ke a change? https://app.cal.com/booking/2PqA7xLmN4rT9wZ1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pampa-teams",
        uid="040000008200E00074C5B7101A82E00800000000B7A6958473B0DB01"
            "000000000000000010000000A1A2A3A4B5B6B7B8C9C0D1D2E3E4F5F6",
        y=1,
        company="Pampa Energía",
        role="Analista Sr. de Control de Gestión",
        stage="hiring_manager",
        who="matias.berardi@pampaenergia.com",
        trap="outlook-sent-by-hr-teams-dial-in",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Berardi, Matias";SENT-BY="mailto:lorena.sava@pampaenergia.co
 m":mailto:matias.berardi@pampaenergia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
DESCRIPTION;LANGUAGE=es-AR:Entrevista Analista Sr. de Control de Gestión
  - Generación. Matías Berardi (Jefe de Control de Gestión) / Martín Ferrey
 ra.\nCoordina: Lorena Sava - Talento.\n\n_________________________________
 _______________________________________________\nReunión de Microsoft Team
 s\nUnirse desde el equipo\nId. de la reunión: 255 310 982 004\nCódigo de
  acceso: hR7t9Q\nMarcar por teléfono\n+54 11 5984-0823\,\,97120337# Argenti
 na\, Buenos Aires\n___________________________________________________________
 _____________________\n
UID:040000008200E00074C5B7101A82E00800000000B7A6958473B0DB01000000000000000
 010000000A1A2A3A4B5B6B7B8C9C0D1D2E3E4F5F6
SUMMARY;LANGUAGE=es-AR:Entrevista Analista Sr. CdG - M. Ferreyra
DTSTART;TZID=Argentina Standard Time:20250508T150000
DTEND;TZID=Argentina Standard Time:20250508T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T123301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
]
