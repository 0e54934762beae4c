"""holdout165: the user's own interviews (R&D, agencies, headhunter, founder, startups, public engineering)."""

import holdout165ev_zones as z

EVENTS = [
    dict(
        kind="outlook-panel-presentation",
        uid="040000008200E00074C5B7101A82E00800000000E0B7D2A9C04EDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        is_interview=1, company="Ikerlan", role="", stage="technical",
        interviewers="galberdi@ikerlan.es;juribe@ikerlan.es;netxaniz@ikerlan.es",
        trap="panel-tecnico-with-own-presentation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Alberdi, Gorka";RSVP=TRUE:mailto:galberdi@ikerlan.es
ATTENDEE;CN="Uribe, Jone";RSVP=TRUE:mailto:juribe@ikerlan.es
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ARR-Edif.1-Gela Aizkorri
 ";RSVP=TRUE:mailto:arr-aizkorri@ikerlan.es
CLASS:PUBLIC
DESCRIPTION:Iker\, segunda fase (IK-25-061): panel técnico en Arrasate. Pre
 para una presentación de 15 min sobre un proyecto que hayas liderado (sin
  datos confidenciales). Después\, preguntas de Gorka Alberdi (Resp. Equipo
  Mecatrónica) y Jone Uribe (Dirección de Proyectos). Yo también estaré.\n\n
 Nagore\n
DTEND;TZID="Romance Standard Time":20251113T113000
DTSTAMP:20251104T100220Z
DTSTART;TZID="Romance Standard Time":20251113T100000
LOCATION:ARR-Edif.1-Gela Aizkorri
ORGANIZER;CN="Etxaniz, Nagore":mailto:netxaniz@ikerlan.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:IK-25-061 / Panel técnico / Etxeberria
UID:040000008200E00074C5B7101A82E00800000000E0B7D2A9C04EDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-8823104477-20251201T093000Z",
        is_interview=1, company="Tekniker", role="Responsable de Proyecto - Mecánica de Precisión", stage="",
        interviewers="josu.egana@tekniker.es",
        trap="zoom-invite-research-foundation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-8823104477-20251201T093000Z
DTSTAMP:20251124T101500Z
DTSTART:20251201T093000Z
DTEND:20251201T103000Z
SUMMARY:Tekniker - entrevista Responsable de Proyecto (Mecánica de Precisió
 n)
DESCRIPTION:Josu Egaña le está invitando a una reunión de Zoom programada.\n
 \nUnirse a la reunión Zoom\nhttps://tekniker.zoom.us/j/88231044770?pwd=aTJ
 xWkVqb1c\n\nID de reunión: 882 3104 4770\nCódigo de acceso: 552019\n\nMarcar
  por su ubicación\n+34 91 787 0058 España\n
LOCATION:https://tekniker.zoom.us/j/88231044770?pwd=aTJxWkVqb1c
ORGANIZER;CN=Josu Egaña:mailto:josu.egana@tekniker.es
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxebe
 rria.meca@euskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-meeting-title",
        uid="040000008200E00074C5B7101A82E00800000000B0C1D2E3F44FDC0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        is_interview=1, company="Sarralle", role="Jefe de Ingeniería de Diseño", stage="hiring_manager",
        interviewers="nazpiazu@sarralle.com",
        trap="neutral-reunion-title-interview-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Iker\, encantada de haber hablado contigo. Como te decía\, el p
 uesto de Jefe de Ingeniería de Diseño depende de mí directamente\, así que
  me gustaría hacerte yo la entrevista antes de seguir con el proceso. Te es
 pero en Azpeitia\, recepción edificio oficinas.\n\nNekane Azpiazu\nDirecto
 ra de Ingeniería - SARRALLE\n
DTEND;TZID="Romance Standard Time":20251209T100000
DTSTAMP:20251201T181122Z
DTSTART;TZID="Romance Standard Time":20251209T090000
LOCATION:Sarralle - Azpeitia
ORGANIZER;CN="Azpiazu, Nekane":mailto:nazpiazu@sarralle.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Reunión Nekane / Iker
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F44FDC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-virtual-onsite",
        uid="modernloop-evt-4f1e7d2a9b0c@modernloop.io",
        is_interview=1, company="Wabtec", role="Engineering Manager, Brake Systems", stage="onsite",
        interviewers="michael.obrien@wabtec.com;elena.castro@wabtec.com",
        trap="modernloop-coordinator-organizer-virtual-onsite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:modernloop-evt-4f1e7d2a9b0c@modernloop.io
DTSTAMP:20251119T150000Z
DTSTART:20251126T140000Z
DTEND:20251126T160000Z
SUMMARY:Wabtec Virtual Onsite: Iker Etxeberria - Engineering Manager\, Bra
 ke Systems
DESCRIPTION:Hi Iker\,\n\nHere is your virtual onsite schedule (times in CET)
 :\n15:00-16:00  Michael O'Brien\, Director Engineering EMEA - leadership &
  technical\n16:00-17:00  Elena Castro\, Engineering Manager Madrid - techni
 cal deep dive\n\nZoom: https://wabtec.zoom.us/j/97731200451\n\nIf anything
  comes up please reply to me.\nPriya Nair\, Recruiting Coordinator\n\nSchedu
 led with ModernLoop
LOCATION:https://wabtec.zoom.us/j/97731200451
ORGANIZER;CN=Priya Nair:mailto:priya.nair@wabtec.com
ATTENDEE;CN=Michael O'Brien;ROLE=REQ-PARTICIPANT:mailto:michael.obrien@wabte
 c.com
ATTENDEE;CN=Elena Castro;ROLE=REQ-PARTICIPANT:mailto:elena.castro@wabtec.co
 m
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="6p9r2t4v6x8z0b2d4f6h8j0l2n@google.com",
        is_interview=1, company="Errail Sensing", role="Head of Mechanical", stage="hiring_manager",
        interviewers="anelarranaga.errail@gmail.com",
        trap="founder-on-free-mail-startup",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251017T190000
DTEND;TZID=Europe/Madrid:20251017T200000
DTSTAMP:20251014T214403Z
ORGANIZER;CN=Ane Larrañaga:mailto:anelarranaga.errail@gmail.com
UID:6p9r2t4v6x8z0b2d4f6h8j0l2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ane La
 rrañaga;X-NUM-GUESTS=0:mailto:anelarranaga.errail@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=iker.etxeberria.meca@euskaltel.net;X-NUM-GUESTS=0:mailto:iker.etxe
 berria.meca@euskaltel.net
DESCRIPTION:Hola Iker! Soy Ane\, cofundadora de Errail (sensorización de bo
 gies\, spin-off de Mondragon Unibertsitatea). Buscamos Head of Mechanical y
  tu perfil encaja muchísimo. Te propongo una primera entrevista por Meet a
  la tarde\, sin formalismos pero en serio :)\n\nhttps://meet.google.com/f
 vb-tnwq-oxe
LOCATION:https://meet.google.com/fvb-tnwq-oxe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Errail x Iker - Head of Mechanical
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-body-client",
        uid="040000008200E00074C5B7101A82E00800000000F0D3E4A5B650DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        is_interview=1, company="Lazpiur", role="Director/a Técnico/a", stage="recruiter_screen",
        interviewers="giriarte@iriartesearch.com",
        trap="headhunter-names-client-only-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Iker\, buenas tardes.\n\nTe confirmo la entrevista de la posici
 ón de Director/a Técnico/a. Ahora que has firmado el NDA te puedo decir qu
 e el cliente es Lazpiur (Zumarraga)\, máquina especial y automatización pa
 ra automoción y ferrocarril. Repasaremos tu trayectoria y\, si encaja\, te
  presento al Director General la semana que viene.\n\nUn abrazo\,\nGonzalo
  Iriarte\nIriarte Executive Search\n
DTEND;TZID="Romance Standard Time":20251029T193000
DTSTAMP:20251024T170044Z
DTSTART;TZID="Romance Standard Time":20251029T183000
LOCATION:Zoom / teléfono (te llamo)
ORGANIZER;CN="Gonzalo Iriarte":mailto:giriarte@iriartesearch.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Iker Etxeberria - posición Director/a Técnico/a (con
 fidencial)
UID:040000008200E00074C5B7101A82E00800000000F0D3E4A5B650DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-hays-teams",
        uid="040000008200E00074C5B7101A82E008000000001A2B3C4D5E51DC01000000000000000010000000DEADBEEF00112233445566778899AABB",
        is_interview=1, company="Gamesa Electric", role="Jefe de Proyecto Mecánico", stage="recruiter_screen",
        interviewers="cristina.vega@hays.es",
        trap="agency-hays-screen-client-in-subject",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Hola Iker\, te envío la convocatoria para la entrevista de pres
 elección del proceso de Jefe de Proyecto Mecánico que gestionamos para Gam
 esa Electric (Sarriguren). Duración aproximada 40 min.\n\nCristina Vega\nS
 enior Consultant Engineering - Hays Bilbao\n\n____________________________
 ____________________________________________________\nReunión de Microsoft
  Teams\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA
 w\nId. de reunión: 384 005 129 663  Código de acceso: Z8pQ4n\n____________
 ____________________________________________________________________\n
DTEND;TZID="Romance Standard Time":20251105T094000
DTSTAMP:20251031T114900Z
DTSTART;TZID="Romance Standard Time":20251105T090000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Vega, Cristina":mailto:cristina.vega@hays.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Hays - Gamesa Electric / Iker Etxeberria
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E51DC01000000000000000010000000DEADBEEF00112233445566778899AABB
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-randstad-office",
        uid="rdst-agenda-20251113-0ps7721@randstad.es",
        is_interview=1, company="Arteche", role="Responsable de Diseño Mecánico", stage="recruiter_screen",
        interviewers="oscar.pardo@randstad.es",
        trap="agency-preseleccion-in-agency-office",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251113T174500
DTEND;TZID=Europe/Madrid:20251113T183000
DTSTAMP:20251110T091200Z
ORGANIZER;CN=Oscar Pardo:mailto:oscar.pardo@randstad.es
UID:rdst-agenda-20251113-0ps7721@randstad.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Iker Etxeberria;X-NUM-GUESTS=0:mailto:iker.etxeberria.meca@euskalt
 el.net
DESCRIPTION:Entrevista de preselección - Responsable de Diseño Mecánico - c
 liente: ARTECHE (Mungia). Oficina Randstad Professionals\, Alameda Urquijo
  28\, 3º\, Bilbao. Traer DNI y títulos.
LOCATION:Randstad Professionals\, Alameda Urquijo 28\, Bilbao
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Randstad - preselección Iker Etxeberria
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="public-tribunal-teams",
        uid="040000008200E00074C5B7101A82E00800000000A1B1C1D1E152DC0100000000000000001000000024680ACE13579BDF24680ACE13579BDF",
        is_interview=1, company="Ineco", role="Jefe/a de Proyecto Material Rodante", stage="",
        interviewers="aruiz@ineco.com;cdelgado@ineco.com",
        trap="public-company-competency-interview-tribunal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Ruiz Alonso, Alberto";RSVP=TRUE:mailto:aruiz@ineco.com
ATTENDEE;CN="Delgado Pérez, Carmen";RSVP=TRUE:mailto:cdelgado@ineco.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Estimado candidato:\n\nEn relación con el proceso de selección
  ref. 2025-1187 (Jefe/a de Proyecto Material Rodante)\, le convocamos a la
  fase de entrevista por competencias ante la comisión de selección. Duració
 n máxima: 45 min.\n\nSelección INECO\n\n__________________________________
 ______________________________________________\nReunión de Microsoft Teams
 \nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ5\n
DTEND;TZID="Romance Standard Time":20251211T124500
DTSTAMP:20251201T080000Z
DTSTART;TZID="Romance Standard Time":20251211T120000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN=Seleccion INECO:mailto:seleccion@ineco.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Proceso 2025-1187 - Entrevista - ETXEBERRIA\, IKER
UID:040000008200E00074C5B7101A82E00800000000A1B1C1D1E152DC0100000000000000001000000024680ACE13579BDF24680ACE13579BDF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-google-phone",
        uid="4r8t2y6u0i@google.com",
        is_interview=1, company="Goratu", role="", stage="",
        interviewers="",
        trap="hand-typed-terse-with-typo",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20251016T153000Z
DTEND:20251016T163000Z
DTSTAMP:20251201T181002Z
UID:4r8t2y6u0i@google.com
CREATED:20251010T062201Z
DESCRIPTION:llevar dni. jefe proyectos maquina grande
LAST-MODIFIED:20251010T062201Z
LOCATION:Goratu Elgoibar
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Goratu entrevsta
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-english-hm",
        uid="zoom-93318822014-20251210T150000Z",
        is_interview=1, company="Mondragon Assembly", role="Engineering Manager", stage="hiring_manager",
        interviewers="juranga@mondragon-assembly.com",
        trap="zoom-english-title-spanish-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
""" + z.MADRID + r"""BEGIN:VEVENT
UID:zoom-93318822014-20251210T150000Z
DTSTAMP:20251203T090000Z
DTSTART;TZID=Europe/Madrid:20251210T160000
DTEND;TZID=Europe/Madrid:20251210T170000
SUMMARY:Interview Engineering Manager - Iker Etxeberria
DESCRIPTION:Julen Uranga le está invitando a una reunión de Zoom programad
 a.\n\nEntrevista con el Director de Operaciones para la posición Engineeri
 ng Manager (Aretxabaleta).\n\nUnirse a la reunión Zoom\nhttps://us02web.zoo
 m.us/j/93318822014\nID de reunión: 933 1882 2014\n
LOCATION:https://us02web.zoom.us/j/93318822014
ORGANIZER;CN=Julen Uranga:mailto:juranga@mondragon-assembly.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxebe
 rria.meca@euskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-technical",
        uid="ashby-interview-schedule-b3c9e2d1-77f0-4a1c-9e55-2f4a6c8e0b13",
        is_interview=1, company="Nabrawind", role="Lead Structural Engineer", stage="technical",
        interviewers="isanz@nabrawind.com",
        trap="ashby-technical-interview-wind-startup",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-b3c9e2d1-77f0-4a1c-9e55-2f4a6c8e0b13
DTSTAMP:20251118T164500Z
DTSTART:20251124T080000Z
DTEND:20251124T091500Z
SUMMARY:Iker Etxeberria - Technical Interview (Nabrawind)
DESCRIPTION:Role: Lead Structural Engineer\nInterview: Technical Interview
  - bolted joints & fatigue (75 min)\nInterviewer: Íñigo Sanz\nVideo: https:
 //meet.google.com/kyp-dzqe-ord\n\nNeed to reschedule? Reply to this email.
LOCATION:https://meet.google.com/kyp-dzqe-ord
ORGANIZER;CN=Nabrawind Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Íñigo Sanz;ROLE=REQ-PARTICIPANT:mailto:isanz@nabrawind.com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-goodtime-final",
        uid="goodtime-7f3a91c2e6b84d0f-interview@goodtime.io",
        is_interview=1, company="Zeleros", role="Mechanical Engineering Lead", stage="final",
        interviewers="clara.vidal@zeleros.com;tom.hughes@zeleros.com",
        trap="goodtime-greenhouse-final-round-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7f3a91c2e6b84d0f-interview@goodtime.io
DTSTAMP:20251202T110000Z
DTSTART:20251215T090000Z
DTEND:20251215T110000Z
SUMMARY:Final Round Interview - Mechanical Engineering Lead - Iker Etxeberr
 ia
DESCRIPTION:Hi Iker\, thanks for making time for your final round with Zele
 ros.\n\n10:00 CET - Clara Vidal (VP Engineering)\n10:45 CET - Tom Hughes (
 Head of Systems)\n\nGoogle Meet: https://meet.google.com/hzk-pwer-tmq\n\nAny
  questions\, contact talent@zeleros.com.\n\nApplication managed in Greenho
 use - scheduled with GoodTime.
LOCATION:https://meet.google.com/hzk-pwer-tmq
ORGANIZER;CN=Zeleros Talent:mailto:talent@zeleros.com
ATTENDEE;CN=Clara Vidal;ROLE=REQ-PARTICIPANT:mailto:clara.vidal@zeleros.com
ATTENDEE;CN=Tom Hughes;ROLE=REQ-PARTICIPANT:mailto:tom.hughes@zeleros.com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
]
