"""holdout165: negatives with the user on the HIRING side at Ferrogipuzkoa (part 2)."""

import holdout165ev_zones as z

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring_side=True)

EVENTS = [
    dict(
        NEG, kind="typed-candidate-notes",
        uid="D5E6F7A8-B9C0-4D1E-8F2A-3B4C5D6E7F80",
        trap="user-as-interviewer-hand-typed-becario-notes",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:D5E6F7A8-B9C0-4D1E-8F2A-3B4C5D6E7F80
DTSTAMP:20251016T112001Z
DTSTART:20251016T113000
DTEND:20251016T114500
SUMMARY:becarios -> pasar notas a Nerea
DESCRIPTION:Aitor: catia bien\, timido\nLeire: TFG bogies!! ++ euskera ok\n
 Ibai: no (no disponible hasta junio)\nMarkel: ?? repetir prueba
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="bookings-user-host",
        uid="7c1e3a5b-bookings-ferrogi-9d2f-4b6a8c0e1f37",
        trap="user-as-interviewer-bookings-host-tfg-students",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=Etxeberria\, Iker;RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eu
 s
ATTENDEE;CN=Oihana Mujika;RSVP=TRUE:mailto:omujika003@ikasle.ehu.eus
DESCRIPTION:Nueva reserva\n\nServicio: Prácticas / TFG Oficina Técnica - ch
 arla 20 min\nPersonal: Iker Etxeberria\nCliente: Oihana Mujika\nTeléfono:
  +34 688 xx xx 41\nNotas del cliente: 4º Ing. Mecánica EHU Donostia\, me int
 eresa el TFG en cálculo de bastidores.\n\nReservado con Microsoft Bookings
DTEND;TZID="Romance Standard Time":20251204T162000
DTSTAMP:20251128T090500Z
DTSTART;TZID="Romance Standard Time":20251204T160000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN=Prácticas Ferrogipuzkoa:mailto:PracticasFerrogipuzkoa@ferrogip
 uzkoa.onmicrosoft.com
SUMMARY;LANGUAGE=es-ES:Prácticas / TFG Oficina Técnica - Oihana Mujika
UID:7c1e3a5b-bookings-ferrogi-9d2f-4b6a8c0e1f37
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="basque-hautaketa-panel",
        uid="040000008200E00074C5B7101A82E0080000000038C9DAEBFC5BDC010000000000000000100000000A1B2C3D4E5F60718293A4B5C6D7E8F9",
        trap="user-as-interviewer-basque-selection-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
ATTENDEE;CN="Agirre, Mikel";RSVP=TRUE:mailto:magirre@ferrogipuzkoa.eus
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala Aralar";RSVP=TRUE:ma
 ilto:sala.aralar@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Egun on\,\n\nKalkulu ingeniari postuko hautaketa: 3 hautagai\,
  45 min bakoitza (10:00 / 11:00 / 12:00). Ebaluazio orria Teams-en dago. Ik
 er\, zuk galdera teknikoak (FEM\, nekea)\, Mikel\, zuk proiektuak.\n\nNerea
DTEND;TZID="Romance Standard Time":20251126T130000
DTSTAMP:20251119T114400Z
DTSTART;TZID="Romance Standard Time":20251126T100000
LOCATION:Sala Aralar
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=eu-ES:Hautaketa: kalkulu ingeniaria - elkarrizketak
UID:040000008200E00074C5B7101A82E0080000000038C9DAEBFC5BDC010000000000000000100000000A1B2C3D4E5F60718293A4B5C6D7E8F9
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="grading-tests",
        uid="f3e2d1c0-b9a8-4765-8432-10fedcba9876",
        trap="user-as-interviewer-grading-solidworks-tests",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + z.MADRID + r"""BEGIN:VEVENT
CREATED:20251024T070011Z
DTSTAMP:20251024T070030Z
UID:f3e2d1c0-b9a8-4765-8432-10fedcba9876
SUMMARY:corregir pruebas SW (3 cands. ingeniero jr)
DTSTART;TZID=Europe/Madrid:20251027T150000
DTEND;TZID=Europe/Madrid:20251027T163000
DESCRIPTION:ficheros en \\\\fs01\\OT\\Seleccion\\2025-10. plantilla de notas
  de Nerea. enviar antes del miercoles
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="fp-school-visit",
        uid="0c9b8a7f-6e5d-4c3b-2a19-087f6e5d4c3b@ferrogipuzkoa.eus",
        trap="user-as-interviewer-apprentice-interviews-at-school",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + z.ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Goierri Eskola - Enpresa eta ikasleen arteko elkarrizketak (FP
  Duala). Ferrogipuzkoa: Nerea + Iker. 6 ikasle\, 20 min. Mahaia 14.
DTEND;TZID="Romance Standard Time":20251203T133000
DTSTAMP:20251120T081500Z
DTSTART;TZID="Romance Standard Time":20251203T090000
LOCATION:Goierri Eskola\, Ordizia
SUMMARY;LANGUAGE=eu-ES:Duala: elkarrizketak Goierri Eskolan
UID:0c9b8a7f-6e5d-4c3b-2a19-087f6e5d4c3b@ferrogipuzkoa.eus
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="english-candidate-teams",
        uid="040000008200E00074C5B7101A82E0080000000049DAEBFC0D5CDC010000000000000000100000001B2C3D4E5F60718293A4B5C6D7E8F90A",
        trap="user-as-interviewer-english-teams-stress-engineer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=rui.carvalho.eng@outlook.pt;RSVP=TRUE:mailto:rui.carvalho.eng@o
 utlook.pt
ATTENDEE;CN="Aizpurua, Nerea (RRHH)";RSVP=TRUE:mailto:naizpurua@ferrogipuz
 koa.eus
CLASS:PUBLIC
DESCRIPTION:Dear Rui\,\n\nThank you for your application for the Senior Str
 ess Engineer position at Ferrogipuzkoa. I would like to invite you to a te
 chnical interview with me and Nerea Aizpurua (HR). We will talk about your
  experience with EN 13749 and fatigue assessment of welded frames.\n\nBest
  regards\,\nIker Etxeberria\nTechnical Office Lead\n\n____________________
 ____________________________________________________________\nMicrosoft Te
 ams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 Y2E3\n
DTEND;TZID="Romance Standard Time":20251205T110000
DTSTAMP:20251128T160000Z
DTSTART;TZID="Romance Standard Time":20251205T100000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Etxeberria, Iker":mailto:ietxeberria@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview - Senior Stress Engineer - Rui Carvalho
UID:040000008200E00074C5B7101A82E0080000000049DAEBFC0D5CDC010000000000000000100000001B2C3D4E5F60718293A4B5C6D7E8F90A
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="reference-check-candidate",
        uid="5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D",
        trap="user-as-interviewer-calls-candidates-former-boss",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D
DTSTAMP:20251208T091500Z
DTSTART;TZID=Europe/Madrid:20251209T171500
DTEND;TZID=Europe/Madrid:20251209T173000
SUMMARY:Ref. Rui C. - llamar a su ex jefe (Alstom Porto)
DESCRIPTION:Paulo Sousa +351 9xx. preguntar: autonomia\, calculos fatiga\,
  trabajo en equipo\, volveria a contratarle?
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="recurring-selection-sync",
        uid="040000008200E00074C5B7101A82E008000000005AEBFC0D1E5DDC010000000000000000100000002C3D4E5F60718293A4B5C6D7E8F90A1B",
        trap="user-as-interviewer-weekly-hiring-sync-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Seguimiento semanal de las vacantes de Oficina Técnica (ingenie
 ro jr cálculo\, delineante ETT\, becarios duales): estado de candidatos\,
  próximas entrevistas\, ofertas.\n
DTSTART;TZID="Romance Standard Time":20251006T083000
DTEND;TZID="Romance Standard Time":20251006T090000
RRULE:FREQ=WEEKLY;UNTIL=20251222T073000Z;INTERVAL=1;BYDAY=MO;WKST=MO
DTSTAMP:20251001T100000Z
LOCATION:Sala Aralar / Teams
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Seguimiento selección OT
UID:040000008200E00074C5B7101A82E008000000005AEBFC0D1E5DDC010000000000000000100000002C3D4E5F60718293A4B5C6D7E8F90A1B
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
DESCRIPTION:Esta semana el martes por el puente. Revisar oferta a Maite G.\n
RECURRENCE-ID;TZID="Romance Standard Time":20251208T083000
DTSTART;TZID="Romance Standard Time":20251209T083000
DTEND;TZID="Romance Standard Time":20251209T091500
DTSTAMP:20251203T100000Z
LOCATION:Sala Aralar
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SEQUENCE:1
SUMMARY;LANGUAGE=es-ES:Seguimiento selección OT
UID:040000008200E00074C5B7101A82E008000000005AEBFC0D1E5DDC010000000000000000100000002C3D4E5F60718293A4B5C6D7E8F90A1B
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="offer-call",
        uid="040000008200E00074C5B7101A82E008000000006BFC0D1E2F5EDC010000000000000000100000003D4E5F60718293A4B5C6D7E8F90A1B2C",
        trap="user-as-interviewer-offer-call-to-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
CLASS:CONFIDENTIAL
DESCRIPTION:Llamamos juntos a Maite Goikoetxea para trasladarle la oferta (
 Ingeniera Jr Cálculo\, banda B2\, incorporación 12/01). Iker le explica eq
 uipo y proyecto Oaris.\n
DTEND;TZID="Romance Standard Time":20251211T094500
DTSTAMP:20251209T150000Z
DTSTART;TZID="Romance Standard Time":20251211T093000
LOCATION:Despacho RRHH
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Llamada oferta - Maite G.
UID:040000008200E00074C5B7101A82E008000000006BFC0D1E2F5EDC010000000000000000100000003D4E5F60718293A4B5C6D7E8F90A1B2C
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="plant-tour-candidate",
        uid="9a8b7c6d5e4f@ferrogipuzkoa.eus",
        trap="user-as-interviewer-second-phase-shop-tour",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=Leire Etxaniz;RSVP=TRUE:mailto:leire.etxaniz.upv@gmail.com
ATTENDEE;CN="Olano, Jose Mari";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:jmola
 no@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Leire\, 2ª fase: te enseño el lantegia (soldadura bastidores y
  montaje bogies) y luego charlamos 30 min con Jose Mari (jefe de producción
 ). Trae calzado de seguridad si tienes\; si no\, te dejamos unas botas.\n
 Iker\n
DTEND;TZID="Romance Standard Time":20251216T123000
DTSTAMP:20251210T090000Z
DTSTART;TZID="Romance Standard Time":20251216T110000
LOCATION:Portería Ferrogipuzkoa
ORGANIZER;CN="Etxeberria, Iker":mailto:ietxeberria@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:2ª fase Leire Etxaniz - visita lantegia
UID:9a8b7c6d5e4f@ferrogipuzkoa.eus
END:VEVENT
END:VCALENDAR
""",
    ),
]
