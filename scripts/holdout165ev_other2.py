"""holdout165: negatives from the user's work and personal life."""

import holdout165ev_zones as z

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        NEG, kind="doctor-osakidetza",
        uid="osakidetza-hitzordua-88412096@osakidetza.eus",
        trap="personal-doctor-appointment-basque",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Osakidetza//Hitzordua//EU
VERSION:2.0
BEGIN:VEVENT
UID:osakidetza-hitzordua-88412096@osakidetza.eus
DTSTAMP:20251013T070000Z
DTSTART:20251017T062000Z
DTEND:20251017T063000Z
SUMMARY:Hitzordua / Cita: Familia medikua - Beasaingo OZ
DESCRIPTION:Medikua: ARANBURU GARMENDIA\, M. Kontsulta 12. Ekarri TIS txartela.
LOCATION:Beasaingo Osasun Zentroa
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="school-tutor-meeting",
        uid="C3D4E5F6-A7B8-4C9D-0E1F-2A3B4C5D6E7F",
        trap="school-tutor-entrevista-child",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:C3D4E5F6-A7B8-4C9D-0E1F-2A3B4C5D6E7F
DTSTAMP:20251103T200000Z
DTSTART;TZID=Europe/Madrid:20251110T163000
DTEND;TZID=Europe/Madrid:20251110T171500
SUMMARY:Entrevista tutora Maialen (ikastola)
LOCATION:Andramendi Ikastola
DESCRIPTION:con Ainhoa. preguntar por mates y lo del comedor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="bank-mortgage",
        uid="kb-cita-20251118-55012@kutxabank.es",
        trap="bank-appointment-gestora",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Kutxabank//Cita Previa//ES
VERSION:2.0
""" + z.MADRID + r"""BEGIN:VEVENT
UID:kb-cita-20251118-55012@kutxabank.es
DTSTAMP:20251112T090000Z
DTSTART;TZID=Europe/Madrid:20251118T083000
DTEND;TZID=Europe/Madrid:20251118T091500
SUMMARY:Cita con su gestora - Kutxabank Beasain
DESCRIPTION:Motivo: revisión hipoteca / novación. Gestora: Maite Urretabiz
 kaia.
LOCATION:Kutxabank\, Nagusia kalea 8\, Beasain
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="dni-renewal",
        uid="citaprevia-dni-20251205-0931-BEA@policia.es",
        trap="official-appointment-dni-renewal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Policia Nacional//Cita Previa DNI//ES
VERSION:2.0
BEGIN:VEVENT
UID:citaprevia-dni-20251205-0931-BEA@policia.es
DTSTAMP:20251121T120000Z
DTSTART:20251205T083100Z
DTEND:20251205T084500Z
SUMMARY:Cita previa DNI/Pasaporte - Renovación
DESCRIPTION:Equipo: 2. Presentarse 5 min antes con DNI anterior y fotografí
 a reciente. Oficina de Documentación de Donostia.
LOCATION:Comisaría Policía Nacional\, Donostia
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="amama-dependency",
        uid="D4E5F6A7-B8C9-4D0E-1F2A-3B4C5D6E7F80",
        trap="dependency-assessment-interview-amama",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:D4E5F6A7-B8C9-4D0E-1F2A-3B4C5D6E7F80
DTSTAMP:20251024T180000Z
DTSTART;TZID=Europe/Madrid:20251104T100000
DTEND;TZID=Europe/Madrid:20251104T113000
SUMMARY:Amama - valoración dependencia (Diputación)
LOCATION:Amamaren etxea\, Tolosa
DESCRIPTION:viene la trabajadora social a hacerle la entrevista en casa. es
 tar yo o la tia. informes de Osakidetza en la carpeta azul
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="recurring-design-review",
        uid="040000008200E00074C5B7101A82E00800000000AF3A4B5C6D62DC0100000000000000001000000071829304A5B6C7D8E9F0A1B2C3D4E5F6",
        trap="recurring-design-review-with-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
ATTENDEE;CN="Olano, Jose Mari";RSVP=TRUE:mailto:jmolano@ferrogipuzkoa.eus
ATTENDEE;CN="Mugika, Garbiñe";RSVP=TRUE:mailto:gmugika@ferrogipuzkoa.eus
DESCRIPTION:Bilera astekaria: Oaris bogiearen diseinu berrikuspena / revisi
 ón semanal de diseño (estado 3D\, planos\, NCs de fabricación\, cálculo).\n
DTSTART;TZID="Romance Standard Time":20251002T110000
DTEND;TZID="Romance Standard Time":20251002T120000
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;WKST=MO
DTSTAMP:20250925T080000Z
LOCATION:Sala Txindoki
ORGANIZER;CN="Agirre, Mikel":mailto:magirre@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Bilera: revisión diseño bogie Oaris
UID:040000008200E00074C5B7101A82E00800000000AF3A4B5C6D62DC0100000000000000001000000071829304A5B6C7D8E9F0A1B2C3D4E5F6
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
DESCRIPTION:Esta semana en el lantegia junto al bastidor soldado (medición
  3D).\n
RECURRENCE-ID;TZID="Romance Standard Time":20251106T110000
DTSTART;TZID="Romance Standard Time":20251106T120000
DTEND;TZID="Romance Standard Time":20251106T130000
DTSTAMP:20251103T080000Z
LOCATION:Nave 3 - puesto metrología
ORGANIZER;CN="Agirre, Mikel":mailto:magirre@ferrogipuzkoa.eus
SEQUENCE:2
SUMMARY;LANGUAGE=es-ES:Bilera: revisión diseño bogie Oaris (EN NAVE 3)
UID:040000008200E00074C5B7101A82E00800000000AF3A4B5C6D62DC0100000000000000001000000071829304A5B6C7D8E9F0A1B2C3D4E5F6
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="supplier-fai-visit",
        uid="040000008200E00074C5B7101A82E00800000000B04B5C6D7E63DC01000000000000000010000000829304A5B6C7D8E9F0A1B2C3D4E5F607",
        trap="supplier-visit-first-article-inspection",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + z.ROMANCE + r"""BEGIN:VEVENT
DESCRIPTION:FAI traviesa fundida (pedido 45-2231). Con Calidad (Ibon). Lle
 var plano rev.D y plan de inspección.
DTEND;TZID="Romance Standard Time":20251121T130000
DTSTAMP:20251114T100000Z
DTSTART;TZID="Romance Standard Time":20251121T080000
LOCATION:Fundiciones Urbina\, Legazpi
SUMMARY;LANGUAGE=es-ES:Visita proveedor Urbina - FAI traviesa
UID:040000008200E00074C5B7101A82E00800000000B04B5C6D7E63DC01000000000000000010000000829304A5B6C7D8E9F0A1B2C3D4E5F607
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="ansys-training",
        uid="formacion-ansys-fatiga-2025-11@cadfem.es",
        trap="multi-day-training-course",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//CADFEM Spain//Training//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:formacion-ansys-fatiga-2025-11@cadfem.es
DTSTAMP:20251020T090000Z
DTSTART;VALUE=DATE:20251201
DTEND;VALUE=DATE:20251203
SUMMARY:Curso: Ansys Mechanical - Fatiga de uniones soldadas
DESCRIPTION:Formación presencial 2 días\, 9:00-17:00. Bilbao. Inscrito: Ike
 r Etxeberria (Ferrogipuzkoa). FUNDAE.
LOCATION:CADFEM Spain - Bilbao
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="customer-visit-english",
        uid="040000008200E00074C5B7101A82E00800000000C15C6D7E8F64DC0100000000000000001000000093A4B5C6D7E8F9A0B1C2D3E4F5061728",
        trap="customer-design-review-english-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
ATTENDEE;CN="Lindgren, Erik";RSVP=TRUE:mailto:erik.lindgren@customer-rail.se
CLASS:PUBLIC
DESCRIPTION:Critical Design Review - bogie frame & primary suspension. Agen
 da: FEM results (EN 13749 load cases)\, open actions\, test plan.\n\nMicros
 oft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_Q0RS\n
DTEND;TZID="Romance Standard Time":20251127T170000
DTSTAMP:20251117T080000Z
DTSTART;TZID="Romance Standard Time":20251127T140000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Agirre, Mikel":mailto:magirre@ferrogipuzkoa.eus
SUMMARY;LANGUAGE=en-US:CDR bogie frame - customer review
UID:040000008200E00074C5B7101A82E00800000000C15C6D7E8F64DC0100000000000000001000000093A4B5C6D7E8F9A0B1C2D3E4F5061728
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="vacation-allday",
        uid="opor-2025-12@iker-android",
        trap="vacation-all-day-basque",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:opor-2025-12@iker-android
DTSTAMP:20251101T100000Z
DTSTART;VALUE=DATE:20251222
DTEND;VALUE=DATE:20260103
SUMMARY:Oporrak
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="pelota-match",
        uid="9b0c1d2e3f40@iker-android",
        trap="personal-leisure-pilota",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
BEGIN:VEVENT
UID:9b0c1d2e3f40@iker-android
DTSTAMP:20251008T100000Z
DTSTART:20251018T103000
DTEND:20251018T120000
SUMMARY:pilota partida - Oier\, Unai\, Beñat
LOCATION:Beasaingo frontoia
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="car-inspection",
        uid="itv-cita-GI-2025-118822@itvgipuzkoa.eus",
        trap="car-inspection-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ITV Gipuzkoa//Cita Previa//ES
VERSION:2.0
BEGIN:VEVENT
UID:itv-cita-GI-2025-118822@itvgipuzkoa.eus
DTSTAMP:20251105T100000Z
DTSTART:20251115T073000Z
DTEND:20251115T080000Z
SUMMARY:ITV - inspección periódica 1234 KLM
LOCATION:ITV Itsasondo
DESCRIPTION:Traer permiso de circulación y ficha técnica.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="industry-association-day",
        uid="mafex-jornada-2025-bilbao-reg-3381@mafex.es",
        trap="rail-industry-association-event",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//MAFEX//Eventos//ES
VERSION:2.0
METHOD:PUBLISH
""" + z.MADRID + r"""BEGIN:VEVENT
UID:mafex-jornada-2025-bilbao-reg-3381@mafex.es
DTSTAMP:20251010T090000Z
DTSTART;TZID=Europe/Madrid:20251028T090000
DTEND;TZID=Europe/Madrid:20251028T140000
SUMMARY:Jornada MAFEX: Innovación en material rodante
DESCRIPTION:Asociación Ferroviaria Española. Ponencias de CAF\, Talgo\, Sta
 dler y Alstom. Networking café 11:30.
LOCATION:Palacio Euskalduna\, Bilbao
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="certification-exam",
        uid="cswp-exam-2025-12-13-ietx@tangix.com",
        trap="online-certification-exam",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Tangix//TesterPRO//EN
VERSION:2.0
BEGIN:VEVENT
UID:cswp-exam-2025-12-13-ietx@tangix.com
DTSTAMP:20251201T090000Z
DTSTART:20251213T090000Z
DTEND:20251213T123000Z
SUMMARY:CSWP - Certified SOLIDWORKS Professional exam
DESCRIPTION:Online proctored exam. Segments 1-3. Have webcam and ID ready.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="career-coaching",
        uid="E5F6A7B8-C9D0-4E1F-2A3B-4C5D6E7F8091",
        trap="career-coaching-session-not-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251002T183000
DTEND;TZID=Europe/Madrid:20251002T193000
DTSTAMP:20250926T100000Z
ORGANIZER;CN=Amaia Olaizola:mailto:amaia@olaizolacoaching.com
UID:E5F6A7B8-C9D0-4E1F-2A3B-4C5D6E7F8091
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;PARTSTAT=ACCEPTED:mailto:ike
 r.etxeberria.meca@euskaltel.net
DESCRIPTION:Sesión 1: objetivos de carrera\, CV y perfil LinkedIn. Deberes:
  lista de 20 empresas objetivo.
SUMMARY:Coaching carrera - sesión 1 (Iker)
END:VEVENT
END:VCALENDAR
""",
    ),
]
