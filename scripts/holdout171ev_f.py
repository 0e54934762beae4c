"""holdout171 events, part f: foundations, cultural institutes, a founder (the user's own interviews)."""

from holdout171ev_tz import BERLIN, LONDON, MADRID_GOOGLE, PARIS, ROMANCE

EVENTS = [
    dict(
        k="workday-video", uid="JR-0193377-INT-2-5ac1e8@myworkday.com",
        i=1, co="Banco Santander", role="Gestor/a de Programas - Santander Universidades", st="",
        iv="ines.calvo@gruposantander.com", trap="workday-bank-universities-programme",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:JR-0193377-INT-2-5ac1e8@myworkday.com
DTSTAMP:20250129T154400Z
DTSTART:20250206T093000Z
DTEND:20250206T102000Z
SUMMARY:Video Interview - Gestor/a de Programas - Santander Universidades
ORGANIZER;CN=Santander:mailto:santander@myworkday.com
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Inés Calvo Martín;ROLE=REQ-PARTICIPANT:mailto:ines.calvo@grupo
 santander.com
DESCRIPTION:Hola Rocío\,\n\nTienes programada una entrevista por Teams con
  Inés Calvo (Santander Universidades) para la vacante JR-0193377 en Ciudad
  Grupo Santander\, Boadilla del Monte.\n\nEnlace: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_SAN19@thread.v2/0\n\nSantander Talent Acqui
 sition
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="fundacion-outlook", uid="040000008200E00074C5B7101A82E00800000000C4F0A17D3E44DB010000000000000000100000LC88",
        i=1, co="Fundación \"la Caixa\"", role="Técnico/a de Becas de Posgrado", st="",
        iv="mmasip@fundacionlacaixa.org;jribas@fundacionlacaixa.org", trap="outlook-w-europe-barcelona-foundation",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Masip Vilalta, Mireia":mailto:mmasip@fundacionlacaixa.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ribas Soler, Jordi":mailto:jribas@fundacionl
 acaixa.org
DESCRIPTION;LANGUAGE=es-ES:Hola Rocío\,\n\nTe confirmamos la entrevista con
  Jordi Ribas (Responsable del Programa de Becas de Posgrado) y conmigo par
 a la posición de Técnico/a de Becas de Posgrado. Será por Teams.\n\nSalud
 os\,\nMireia Masip\nPersonas - Fundación "la Caixa"\n
UID:040000008200E00074C5B7101A82E00800000000C4F0A17D3E44DB010000000000000000100000LC88
SUMMARY;LANGUAGE=es-ES:Entrevista Técnico/a Becas Posgrado - R. Navarro
DTSTART;TZID=W. Europe Standard Time:20250225T110000
DTEND;TZID=W. Europe Standard Time:20250225T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="calcom-founder", uid="calcom-8fQ2kR1mZx7Yp3Lw@cal.com",
        i=1, co="Opositas Sur", role="Directora Académica", st="hiring_manager",
        iv="javi.ortizmena@gmail.com", trap="founder-gmail-cal-com-cafe-wording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8fQ2kR1mZx7Yp3Lw@cal.com
DTSTAMP:20250221T200512Z
DTSTART:20250227T171500Z
DTEND:20250227T180000Z
SUMMARY:Café Rocío <> Javier (Opositas Sur)
ORGANIZER;CN=Javier Ortiz Mena:mailto:javi.ortizmena@gmail.com
ATTENDEE;CN=Rocío Navarro Gil;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:rocionavar
 ro.gil@hotmail.com
DESCRIPTION:¡Hola Rocío! Como te dije por LinkedIn\, buscamos una Directora
  Académica para la academia (preparación de oposiciones PAS de universida
 des\, 300 alumnos online). Tómatelo como una entrevista pero sin corbata
  :) Te cuento el proyecto y me cuentas tú.\n\nAdditional notes: nos vemos
  en La Cacharrería (C/ Regina)\n\nPowered by Cal.com
LOCATION:La Cacharrería\, C/ Regina 14\, Sevilla
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="goodtime-panel", uid="goodtime-bc-es-0f82a771@goodtime.io",
        i=1, co="British Council", role="Exams Operations Manager - Andalucía", st="",
        iv="rebecca.hughes@britishcouncil.org;jorge.sanmartin@britishcouncil.es",
        trap="goodtime-english-panel-london-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:goodtime-bc-es-0f82a771@goodtime.io
DTSTAMP:20250108T121000Z
DTSTART;TZID=Europe/London:20250115T090000
DTEND;TZID=Europe/London:20250115T100000
SUMMARY:British Council | Panel Interview - Exams Operations Manager (Anda
 lucía)
ORGANIZER;CN=British Council Recruitment:mailto:recruitment@britishcouncil.org
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Rebecca Hughes;ROLE=REQ-PARTICIPANT:mailto:rebecca.hughes@brit
 ishcouncil.org
ATTENDEE;CN=Jorge San Martín;ROLE=REQ-PARTICIPANT:mailto:jorge.sanmartin@br
 itishcouncil.es
DESCRIPTION:Dear Rocío\,\n\nYour panel interview has been confirmed. The pa
 nel will use competency-based (behavioural) questions aligned with our Cor
 e Skills and Behaviours. Please prepare a 5-minute presentation on managin
 g exam-day operations across several venues.\n\nPanel: Rebecca Hughes (Hea
 d of Exams Operations\, Spain) and Jorge San Martín (Exams Services Manage
 r\, Seville).\nMicrosoft Teams link: https://teams.microsoft.com/l/meetup-
 join/19%3ameeting_BCxams@thread.v2/0\n\nScheduled with GoodTime
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="vorstellung", uid="softgarden-goethe-1147290-vg1@softgarden.io",
        i=1, co="Goethe-Institut", role="Leitung der Verwaltung (m/w/d) Goethe-Institut Madrid", st="",
        iv="k.baumann@goethe.de;verwaltung-madrid@goethe.de", trap="german-vorstellungsgespraech-softgarden-berlin-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:softgarden-goethe-1147290-vg1@softgarden.io
DTSTAMP:20250129T100215Z
DTSTART;TZID=Europe/Berlin:20250213T140000
DTEND;TZID=Europe/Berlin:20250213T150000
SUMMARY:Vorstellungsgespräch: Leitung der Verwaltung (m/w/d)\, Goethe-Inst
 itut Madrid
ORGANIZER;CN=Goethe-Institut e.V. Personal:mailto:noreply@softgarden.io
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Katrin Baumann;ROLE=REQ-PARTICIPANT:mailto:k.baumann@goethe.de
ATTENDEE;CN=Institutsleitung Madrid;ROLE=REQ-PARTICIPANT:mailto:verwaltung-m
 adrid@goethe.de
DESCRIPTION:Sehr geehrte Frau Navarro Gil\,\n\nvielen Dank für Ihre Bewerbu
 ng. Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferen
 z (Zoom) ein. Am Gespräch nehmen Frau Baumann (Personalreferentin\, Zentra
 le München) und die Institutsleitung des Goethe-Instituts Madrid teil. Da
 s Gespräch wird auf Deutsch und Spanisch geführt.\n\nZoom-Link: https://g
 oethe.zoom.us/j/93218840071\n\nMit freundlichen Grüßen\nIhr Personalteam
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="entretien-paris", uid="3qk8vp1o2r7tmb5cn4ah9d0e6f@google.com",
        i=1, co="Institut français d'Espagne", role="Responsable administratif et financier (Séville)", st="",
        iv="claire.dubois@institutfrancais.es;secretaire.general@institutfrancais.es",
        trap="french-google-entretien-paris-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20241127T160000
DTEND;TZID=Europe/Paris:20241127T164500
DTSTAMP:20241120T090012Z
ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@institutfrancais.es
UID:3qk8vp1o2r7tmb5cn4ah9d0e6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Dubois;X-NUM-GUESTS=0:mailto:claire.dubois@institutfrancais.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Secrétaire général IFE;X-NUM-GUESTS=0:mailto:secretaire.general@insti
 tutfrancais.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gi
 l@hotmail.com
DESCRIPTION:Bonjour Madame Navarro Gil\,\n\nNous vous confirmons votre ent
 retien pour le poste de responsable administratif et financier de l'Insti
 tut français de Séville (recrutement local)\, en visioconférence avec le
  secrétaire général de l'Institut français d'Espagne et moi-même.\n\nBien
  cordialement\,\nClaire Dubois\n\nRejoindre avec Google Meet : https://mee
 t.google.com/pcz-rmtw-hoq
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien RAF Séville - Mme Navarro Gil
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="meet-export", uid="1m4o7r0t3w6z9c2f5i8l1n4q7s@google.com",
        i=1, co="EOI", role="Responsable de Secretaría Académica", st="",
        iv="direccion.personas@eoi.es", trap="google-export-x-wr-timezone-floating-dtstart",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:rocionavarro.gil@hotmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250304T120000
DTEND:20250304T124500
DTSTAMP:20250226T085500Z
ORGANIZER;CN=Dirección de Personas EOI:mailto:direccion.personas@eoi.es
UID:1m4o7r0t3w6z9c2f5i8l1n4q7s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=rocion
 avarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gil@hotmail.com
DESCRIPTION:Entrevista con la Dirección de Personas - Responsable de Secret
 aría Académica (EOI Escuela de Organización Industrial\, Avda. Gregorio de
 l Amo 6\, Madrid). Proceso de selección de personal laboral - Fundación EO
 I F.S.P.\n\nÚnete con Google Meet: https://meet.google.com/aeb-tnhq-sxo
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EOI - entrevista Dirección de Personas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="factorial", uid="factorial-ats-interview-559812@factorialhr.com",
        i=1, co="Fundación Carolina", role="Responsable del Programa de Becas", st="hiring_manager",
        iv="rebeca.santos@fundacioncarolina.es", trap="factorial-spanish-ats-foundation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Factorial//Factorial ATS//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:factorial-ats-interview-559812@factorialhr.com
DTSTAMP:20250110T120101Z
DTSTART;TZID=Europe/Madrid:20250120T100000
DTEND;TZID=Europe/Madrid:20250120T104500
SUMMARY:Entrevista: Responsable del Programa de Becas
ORGANIZER;CN=Fundación Carolina:mailto:no-reply@factorialhr.com
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN=Rebeca Santos;ROLE=REQ-PARTICIPANT:mailto:rebeca.santos@fundac
 ioncarolina.es
DESCRIPTION:Hola Rocío\, Rebeca Santos (Directora de Formación) te ha invit
 ado a una entrevista para el puesto Responsable del Programa de Becas.\n\n
 Enlace: https://meet.google.com/dzq-ohkw-uxp\n\nFactorial · Software de RR
 HH
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="teams-fps", uid="040000008200E00074C5B7101A82E00800000000A91B4D6E2F2EDB010000000000000000100000FPS067",
        i=1, co="Fundación Progreso y Salud", role="Técnico/a de Gestión de Proyectos de I+D+i", st="",
        iv="carmen.lara@juntadeandalucia.es",
        trap="teams-public-foundation-ref-code-entrevista-personal",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Selección FPS":mailto:seleccion.fps@juntadeandalucia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lara Benítez, Carmen":mailto:carmen.lara@junt
 adeandalucia.es
DESCRIPTION;LANGUAGE=es-ES:Ref. 2024/067 - Técnico/a de Gestión de Proyecto
 s de I+D+i.\nConvocatoria a entrevista personal (fase 2 del proceso). La
  Comisión de Selección estará formada por la responsable del área y person
 al de RR.HH.\n\nReunión de Microsoft Teams: https://teams.microsoft.com/l/
 meetup-join/19%3ameeting_FpS67@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000A91B4D6E2F2EDB010000000000000000100000FPS067
SUMMARY;LANGUAGE=es-ES:Ref. 2024/067 - Entrevista personal
DTSTART;TZID=Romance Standard Time:20241128T090000
DTEND;TZID=Romance Standard Time:20241128T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241121T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
]
