"""holdout165: the user's own interviews (Hübner, Dellner, Talgo, Danobat)."""

import holdout165ev_zones as z

EVENTS = [
    dict(
        kind="personio-video",
        uid="personio-interview-3c7d1e0a-5b24-4f91-8e2d-6a9f0b1c2d3e",
        is_interview=1, company="Hübner", role="Leiter Konstruktion Übergangssysteme (m/w/d)",
        stage="hiring_manager",
        interviewers="katrin.vogt@huebner-group.com;thomas.schaefer@huebner-group.com",
        trap="personio-german-kassel-video-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + z.BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-3c7d1e0a-5b24-4f91-8e2d-6a9f0b1c2d3e
DTSTAMP:20251015T093311Z
DTSTART;TZID=Europe/Berlin:20251022T100000
DTEND;TZID=Europe/Berlin:20251022T110000
SUMMARY:Vorstellungsgespräch (Video): Leiter Konstruktion Übergangssysteme
  (m/w/d) - Iker Etxeberria
DESCRIPTION:Hallo Iker Etxeberria\,\n\nwir freuen uns\, Sie kennenzulernen!
 \n\nPosition: Leiter Konstruktion Übergangssysteme (m/w/d)\nStandort: Kass
 el\nGesprächspartner: Dr. Katrin Vogt (Bereichsleitung Engineering Rail)\,
  Thomas Schäfer (People & Culture)\n\nZoom-Meeting beitreten:\nhttps://hue
 bner.zoom.us/j/84512093377?pwd=QmZ1cW5\nMeeting-ID: 845 1209 3377\nKenncode
 : 771203\n\nViele Grüße\nIhr HÜBNER Recruiting-Team
LOCATION:Zoom
ORGANIZER;CN=HÜBNER Recruiting:mailto:huebner-group@jobs.personio.de
ATTENDEE;CN=Dr. Katrin Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k
 atrin.vogt@huebner-group.com
ATTENDEE;CN=Thomas Schäfer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:th
 omas.schaefer@huebner-group.com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:iker.etxeberria.meca@euskaltel.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-abgesagt",
        uid="040000008200E00074C5B7101A82E00800000000B01F7C22A146DC01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F00",
        is_interview=1, company="Hübner", role="", stage="onsite",
        interviewers="katrin.vogt@huebner-group.com;thomas.schaefer@huebner-group.com",
        trap="cancelled-onsite-german-method-cancel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
""" + z.WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schäfer, Thomas";RSVP=TRUE:mailto:thomas.schaefer@huebner-gro
 up.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="KS-Agathofstr.-Raum Fulda
 ";RSVP=TRUE:mailto:ks-raum-fulda@huebner-group.com
CLASS:PUBLIC
DESCRIPTION:Lieber Herr Etxeberria\,\n\nleider müssen wir das Zweitgespräch
  in Kassel absagen\, da die Position intern neu bewertet wird. Wir melden
  uns\, sobald wir mehr wissen.\n\nBeste Grüße\nKatrin Vogt\n
DTEND;TZID="W. Europe Standard Time":20251112T150000
DTSTAMP:20251105T154407Z
DTSTART;TZID="W. Europe Standard Time":20251112T110000
LOCATION:KS-Agathofstr.-Raum Fulda
ORGANIZER;CN="Vogt, Katrin Dr.":mailto:katrin.vogt@huebner-group.com
PRIORITY:1
SEQUENCE:3
STATUS:CANCELLED
SUMMARY;LANGUAGE=de-DE:Abgesagt: Zweitgespräch vor Ort - Etxeberria
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000B01F7C22A146DC01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F00
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-stockholm",
        uid="teamtailor-meeting-8812345-candidate-40021977",
        is_interview=1, company="Dellner Couplers", role="R&D Project Manager", stage="recruiter_screen",
        interviewers="karin.lindqvist@dellner.com",
        trap="teamtailor-swedish-employer-english-screen",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
""" + z.STOCKHOLM + r"""BEGIN:VEVENT
UID:teamtailor-meeting-8812345-candidate-40021977
DTSTAMP:20251013T121500Z
DTSTART;TZID=Europe/Stockholm:20251017T090000
DTEND;TZID=Europe/Stockholm:20251017T094500
SUMMARY:Interview with Dellner Couplers
DESCRIPTION:Hi Iker!\n\nThank you for booking a time. This is an introducto
 ry interview for the role R&D Project Manager in Falun.\n\nYou will meet:
  Karin Lindqvist\, Talent Acquisition Partner\n\nJoin Microsoft Teams meeti
 ng: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTQ4\n\nNeed to
  reschedule? https://career.dellner.com/meetings/8812345/reschedule\n\nPow
 ered by Teamtailor
LOCATION:Microsoft Teams
ORGANIZER;CN=Karin Lindqvist:mailto:karin.lindqvist@dellner.com
ATTENDEE;CN=Iker Etxeberria;PARTSTAT=ACCEPTED:mailto:iker.etxeberria.meca@e
 uskaltel.net
ATTENDEE;CN=Karin Lindqvist;PARTSTAT=ACCEPTED:mailto:karin.lindqvist@dellne
 r.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-case-presentation",
        uid="040000008200E00074C5B7101A82E00800000000D0C9A3B8F343DC0100000000000000001000000055E7C1A9B2D0F4418A6C3E2B1D0F9E8A",
        is_interview=1, company="Dellner Couplers", role="R&D Project Manager", stage="technical",
        interviewers="johan.eriksson@dellner.com;anna.berg@dellner.com",
        trap="case-presentation-second-round-english",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Johan Eriksson";RSVP=TRUE:mailto:johan.eriksson@dellner.com
ATTENDEE;CN="Anna Berg";RSVP=TRUE:mailto:anna.berg@dellner.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Hi Iker\,\n\nAs discussed\, next step is a case presentation (2
 0 min) followed by Q&A with Johan Eriksson (Head of R&D) and Anna Berg (Pr
 oject Office). Case: plan the development of a new automatic coupler for
  a 160 km/h regional EMU - milestones\, verification (EN 16019)\, risks\, te
 am. Slides in English please\, send them the day before.\n\nKind regards\,
 \nKarin\n\n________________________________________________________________
 ________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_MzE1\nMeeting ID: 311 004 822 190\nPasscode:
  Fq4tz9\n______________________________________________________________
 __________________\n
DTEND;TZID="W. Europe Standard Time":20251104T150000
DTSTAMP:20251024T081244Z
DTSTART;TZID="W. Europe Standard Time":20251104T133000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Karin Lindqvist":mailto:karin.lindqvist@dellner.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Case presentation - R&D Project Manager / Iker Etxeb
 erria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0C9A3B8F343DC0100000000000000001000000055E7C1A9B2D0F4418A6C3E2B1D0F9E8A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-page-call",
        uid="040000008200E00074C5B7101A82E00800000000F0B5D3A1C539DC0100000000000000001000000076C0E1D2F3A4B5C6D7E8F90A1B2C3D4E",
        is_interview=1, company="Talgo", role="Jefe de Proyecto de Ingeniería", stage="recruiter_screen",
        interviewers="laura.mendez@michaelpage.es",
        trap="agency-screen-client-named-in-subject",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Hola Iker\,\n\nTal y como hemos hablado por LinkedIn\, te envío
  convocatoria para repasar tu candidatura al puesto de Jefe de Proyecto de
  Ingeniería para nuestro cliente Talgo (Las Matas\, Madrid). Hablaremos de
  tu trayectoria\, motivación para el cambio a Madrid y banda salarial.\n\n
 Te llamo yo al móvil.\n\nUn saludo\,\nLaura Méndez\nSenior Consultant - En
 gineering & Manufacturing\nMichael Page\n
DTEND;TZID="Romance Standard Time":20251007T183000
DTSTAMP:20251003T110212Z
DTSTART;TZID="Romance Standard Time":20251007T180000
LOCATION:Llamada telefónica
ORGANIZER;CN="Laura Mendez":mailto:laura.mendez@michaelpage.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Michael Page / Iker Etxeberria - Jefe de Proyecto In
 geniería (Talgo)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0B5D3A1C539DC0100000000000000001000000076C0E1D2F3A4B5C6D7E8F90A1B2C3D4E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-xwr",
        uid="1t7ql2o9d8cj3mfk0b6s4h5e2g@google.com",
        is_interview=1, company="Talgo", role="", stage="onsite",
        interviewers="rsanz@talgo.com;marta.gil@talgo.com",
        trap="google-export-x-wr-timezone-utc-times",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:iker.etxeberria.meca@euskaltel.net
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20251030T090000Z
DTEND:20251030T113000Z
DTSTAMP:20251201T181002Z
ORGANIZER;CN=Rodrigo Sanz:mailto:rsanz@talgo.com
UID:1t7ql2o9d8cj3mfk0b6s4h5e2g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rodrig
 o Sanz;X-NUM-GUESTS=0:mailto:rsanz@talgo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Gil;X-NUM-GUESTS=0:mailto:marta.gil@talgo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=iker.e
 txeberria.meca@euskaltel.net;X-NUM-GUESTS=0:mailto:iker.etxeberria.meca@eu
 skaltel.net
CREATED:20251014T085011Z
DESCRIPTION:Iker\, te esperamos en Las Matas para la entrevista con Rodrigo
  Sanz (Director de Ingeniería de Vehículo) y Marta Gil (Personas). Incluir
 emos una visita breve a la línea de rodales.\n\nDirección: Paseo del Tren
  Talgo 2\, Las Rozas. Presentarse en recepción con DNI.
LAST-MODIFIED:20251014T085011Z
LOCATION:Talgo - Paseo del Tren Talgo 2\, 28290 Las Matas (Madrid)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Talgo - Iker Etxeberria (Jefe de Proyecto Ingeniería)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-basque-bilingual",
        uid="040000008200E00074C5B7101A82E0080000000070A9C4E6D43FDC01000000000000000010000000A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8",
        is_interview=1, company="Danobat", role="Ingeniero/a de Proyectos I+D - Rectificadoras", stage="",
        interviewers="agallastegi@danobatgroup.com",
        trap="basque-spanish-bilingual-elkarrizketa-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Kaixo Iker\,\n\nZure hautagaitza jaso dugu. Elkarrizketa bat eg
 in nahiko genuke Elgoibarko bulegoetan.\n\nHola Iker\, hemos recibido tu c
 andidatura para Ingeniero/a de Proyectos I+D - Rectificadoras. Nos gustarí
 a conocerte en nuestras oficinas de Elgoibar.\n\nOndo izan\,\nAinhoa Galla
 stegi\nPertsonak / Personas - DANOBAT\n
DTEND;TZID="Romance Standard Time":20251021T101500
DTSTAMP:20251014T142250Z
DTSTART;TZID="Romance Standard Time":20251021T091500
LOCATION:DANOBAT - Arriaga kalea 21\, Elgoibar
ORGANIZER;CN="Gallastegi, Ainhoa":mailto:agallastegi@danobatgroup.com
SEQUENCE:0
SUMMARY;LANGUAGE=eu-ES:Elkarrizketa / Entrevista - Iker Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000070A9C4E6D43FDC01000000000000000010000000A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="floating-typed-test",
        uid="6b41c7e2d1f0@iker-android",
        is_interview=1, company="Danobat", role="", stage="technical",
        interviewers="",
        trap="hand-typed-floating-prueba-tecnica",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//dmfs.org//mimedir.icalendar//EN
BEGIN:VEVENT
UID:6b41c7e2d1f0@iker-android
DTSTAMP:20251027T064811Z
DTSTART:20251105T160000
DTEND:20251105T180000
SUMMARY:Danobat prueba tec. (caso CAD + calculo)
LOCATION:Elgoibar
DESCRIPTION:llevar portatil propio? -> NO\, ellos ponen NX. 2h. preguntar p
 or Ainhoa en recepcion
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
