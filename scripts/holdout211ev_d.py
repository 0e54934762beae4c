"""holdout211 events, part d: Madrid airlines and MROs (blind split, CC0 1.0)."""

from holdout211ev_tz import MADRID_GOOGLE, MADRID_PLAIN, W_EUROPE

EVENTS = [
    dict(
        kind="headhunter-body-named", uid="AAMkADk0ZjJmMGE3LTA1YmMtNDU2ZS1hMTk3LTNmN2FhZTBkMWY2NABGAAAAAAD2",
        iv=1, company="Air Europa", role="Técnico Certificador B1 - Mantenimiento Base Madrid",
        stage="recruiter_screen", who="alvaro.leon@michaelpage.es",
        trap="headhunter-names-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="León Sanz, Álvaro":mailto:alvaro.leon@michaelpage.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Rubén\,\n\nGracias por la llamada de ayer.
  Como te comenté\, el proceso es para Air Europa (Técnico Certificador B1 -
  Mantenimiento Base Madrid\, flota B787/B737). Te bloqueo 45 min para hacert
 e la entrevista de preselección completa antes de presentar tu candidatura
  al cliente: trayectoria\, licencia y habilitaciones de tipo\, disponibilida
 d para turnos y para trasladarte a Madrid\, y banda salarial.\n\nTe llamo y
 o al móvil.\n\nUn abrazo\,\nÁlvaro León\nSenior Consultant | Engineering &
  Manufacturing\nMichael Page Sevilla\n
UID:AAMkADk0ZjJmMGE3LTA1YmMtNDU2ZS1hMTk3LTNmN2FhZTBkMWY2NABGAAAAAAD2
SUMMARY;LANGUAGE=es-ES:Rubén Castillo - Entrevista preselección (Álvaro Leó
 n\, Michael Page)
DTSTART;TZID=Europe/Madrid:20250130T173000
DTEND;TZID=Europe/Madrid:20250130T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250128T091200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="jefe-hangar-entrevista", uid="ux-2025-02-19-ruben-castillo@aireuropa.com",
        iv=1, company="Air Europa", role="Técnico Certificador B1",
        stage="hiring_manager", who="jmdelgado@aireuropa.com",
        trap="client-interview-headhunter-attends",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:ux-2025-02-19-ruben-castillo@aireuropa.com
DTSTAMP:20250210T110000Z
DTSTART;TZID=Europe/Madrid:20250219T120000
DTEND;TZID=Europe/Madrid:20250219T130000
SUMMARY:Entrevista Técnico Certificador B1 - D. Rubén Castillo
ORGANIZER;CN="Delgado Prieto, José Manuel";SENT-BY="mailto:secretaria.mant
 enimiento@aireuropa.com":mailto:jmdelgado@aireuropa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="León Sanz, Álvaro":mailto:alvaro.leon@michaelpage.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala 1.03 Edif. Mantenimiento":mailto:sala103.mto@aireuropa.com
DESCRIPTION:Buenos días\,\n\nPor indicación de D. José Manuel Delgado (Jefe
  de Mantenimiento Base MAD) le envío convocatoria para entrevista. Se reali
 zará en el edificio de mantenimiento de Air Europa en el Aeropuerto Adolfo
  Suárez Madrid-Barajas\, zona de carga (La Muñoza). Álvaro León (Michael Pa
 ge) se conectará por Teams.\n\nPresentarse en recepción con DNI.\n\nSaludos
 \,\nSecretaría Dirección de Mantenimiento
LOCATION:Sala 1.03 Edif. Mantenimiento
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ett-client-screening", uid="adecco-ent-20250312-3321-rcn@adecco.es",
        iv=1, company="Swiftair", role="Técnico de Mantenimiento B1 (contrato temporal 6 meses) - Madrid",
        stage="recruiter_screen", who="carmen.vazquez@adecco.com",
        trap="ett-adecco-screening-names-client",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:adecco-ent-20250312-3321-rcn@adecco.es
DTSTAMP:20250307T093000Z
DTSTART;TZID=Europe/Madrid:20250312T091500
DTEND;TZID=Europe/Madrid:20250312T094500
SUMMARY:Entrevista Adecco - Técnico Mantenimiento B1 (Swiftair MAD)
ORGANIZER;CN=Carmen Vázquez - Adecco Industrial:mailto:carmen.vazquez@adecco.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=RUBEN CASTILLO NAVARRO:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION:Hola Rubén\,\n\nTe confirmo la entrevista por videollamada para
  la posición de Técnico de Mantenimiento B1 (contrato temporal 6 meses\, pos
 ibilidad de incorporación a plantilla) en nuestro cliente SWIFTAIR\, Aerop
 uerto de Madrid-Barajas\, flota ATR 72F / B737F.\n\nRevisaremos tu CV\, lic
 encia Part-66\, disponibilidad de incorporación y turnos de noche.\n\nTeams
 : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWRlY2Nv@thread.v
 2/0\n\nCarmen Vázquez\nConsultora de Selección - Adecco Industrial Madrid S
 ur
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="client-hangar-interview", uid="q7i0e5m2b1t9a4c3d8f6g0h2jk@google.com",
        iv=1, company="Swiftair", role="", stage="hiring_manager",
        who="rmolina@swiftair.com",
        trap="typed-by-user-after-ett-client-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:ruben.castillo.b1@hotmail.com
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250320T100000
DTEND;TZID=Europe/Madrid:20250320T110000
DTSTAMP:20250314T190233Z
UID:q7i0e5m2b1t9a4c3d8f6g0h2jk@google.com
CREATED:20250314T190233Z
DESCRIPTION:Con Raúl Molina (responsable de mantenimiento línea) rmolina@sw
 iftair.com. Ir por la T4 carga\, nave de Swiftair. Me manda Carmen de Adec
 co. Llevar DNI+licencia. AVE 6:35 Sta Justa!!
LOCATION:Swiftair - Centro de Carga Aérea Barajas
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Swiftair (via Adecco)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teamtailor-video", uid="teamtailor-meeting-2f8c1d44-9a11@teamtailor.com",
        iv=1, company="Nayak Aircraft Services", role="Técnico B1 Line Maintenance - Madrid",
        stage="", who="ines.roldan@nayak.aero",
        trap="teamtailor-video-meeting-ambiguous-stage",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-2f8c1d44-9a11@teamtailor.com
DTSTAMP:20250116T081500Z
DTSTART:20250122T110000Z
DTEND:20250122T114500Z
SUMMARY:Nayak | Técnico B1 Line Maintenance - Madrid | Rubén Castillo Navar
 ro
DESCRIPTION:¡Hola Rubén!\n\nGracias por tu interés en Nayak. Te esperamos e
 n una videollamada con Inés Roldán (Station Manager MAD) para conocerte y ha
 blar de la posición.\n\nEnlace: https://meet.teamtailor.com/nayak/2f8c1d44\n
 \nSi necesitas cambiar la hora\, responde a este correo.\n\nEquipo de Talen
 to - Nayak Aircraft Services
LOCATION:https://meet.teamtailor.com/nayak/2f8c1d44
ORGANIZER;CN=Nayak Aircraft Services:mailto:noreply@teamtailor.com
ATTENDEE;CN=Rubén Castillo Navarro;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Inés Roldán:mailto:ines.roldan@nayak.aero
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bookings-slot", uid="8f7a2c0e-bookings-iberiaexpress-4471",
        iv=1, company="Iberia Express", role="Técnico de Mantenimiento de Línea B1 A320",
        stage="recruiter_screen", who="",
        trap="microsoft-bookings-booked-by-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Selección Iberia Express:mailto:SeleccionIberiaExpress@iberiaexpress.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rubén Castillo:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION;LANGUAGE=es-ES:Se ha confirmado su reserva.\n\nServicio: Entrev
 ista telefónica - Técnico de Mantenimiento de Línea B1 A320\nPersonal: Sele
 cción Iberia Express\nDuración: 20 minutos\n\nLe llamaremos al teléfono ind
 icado en la reserva.\n\nPara cancelar o reprogramar: https://outlook.office
 365.com/owa/calendar/SeleccionIberiaExpress@iberiaexpress.onmicrosoft.com/b
 ookings/\n\nMicrosoft Bookings
UID:8f7a2c0e-bookings-iberiaexpress-4471
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica - Técnico de Mantenimiento de
  Línea B1 A320
DTSTART;TZID=W. Europe Standard Time:20250407T124000
DTEND;TZID=W. Europe Standard Time:20250407T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-terse-entry", uid="9C2D1F0A-7E33-4B0C-A1D2-3F4E5A6B7C8D",
        iv=1, company="Plus Ultra", role="", stage="",
        who="",
        trap="handtyped-terse-abbrev-airline",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9C2D1F0A-7E33-4B0C-A1D2-3F4E5A6B7C8D
DTSTAMP:20250205T130402Z
DTSTART:20250211T163000
DTEND:20250211T171500
SUMMARY:entr. Plus Ultra B1 A330/340 (vid)
DESCRIPTION:link en el mail de rrhh. preguntar si hay tipo A330 pagado y s
 i el turno es 4x4. camisa
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="google-x-wr-final", uid="3tq8m1r6o0b2w9y5c7e4a1k2lz@google.com",
        iv=1, company="Wamos Air", role="Técnico Certificador B1 A330",
        stage="final", who="pablo.arranz@wamosair.com;noemi.gil@wamosair.com",
        trap="google-x-wr-timezone-utc-final",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250513T080000Z
DTEND:20250513T093000Z
DTSTAMP:20250506T153000Z
ORGANIZER;CN=Noemí Gil:mailto:noemi.gil@wamosair.com
UID:3tq8m1r6o0b2w9y5c7e4a1k2lz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pablo
  Arranz;X-NUM-GUESTS=0:mailto:pablo.arranz@wamosair.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Noemí
  Gil;X-NUM-GUESTS=0:mailto:noemi.gil@wamosair.com
DESCRIPTION:Hola Rubén\, te convocamos a la última fase del proceso de Técn
 ico Certificador B1 A330: entrevista con Pablo Arranz (Director Técnico / P
 art-145 Accountable) y conmigo. Será presencial en nuestras oficinas de Bar
 ajas (C/ Noray 10\, Edificio Wamos). Trae tu logbook de experiencia en A330
  si lo tienes.\n\nNoemí Gil - RRHH Wamos Air
LOCATION:Wamos Air\, Calle Noray 10\, 28042 Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wamos Air - Entrevista final Técnico Certificador B1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="meet-recruiter-call", uid="0v9p3l6k8n2s4d1f7h5j3a0q6w@google.com",
        iv=1, company="Iberojet", role="Técnico de Mantenimiento B1 (A350/A330)",
        stage="recruiter_screen", who="marta.quesada@iberojet.com",
        trap="google-meet-first-call-airline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250225T100000
DTEND;TZID=Europe/Madrid:20250225T103000
DTSTAMP:20250219T171100Z
ORGANIZER;CN=Marta Quesada:mailto:marta.quesada@iberojet.com
UID:0v9p3l6k8n2s4d1f7h5j3a0q6w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
DESCRIPTION:Primera llamada - Técnico de Mantenimiento B1 (A350/A330). Hab
 laremos de tu experiencia y de la posición. ¡Un saludo!\n\n-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google
  Meet: https://meet.google.com/oxq-hfbd-ten\nO marca: (ES) +34 910 48 07 74
  PIN: 771 302 558#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rubén Castillo x Iberojet
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
