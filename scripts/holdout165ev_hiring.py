"""holdout165: negatives with the user on the HIRING side at Ferrogipuzkoa (part 1)."""

import holdout165ev_zones as z

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring_side=True)

EVENTS = [
    dict(
        NEG, kind="fp-dual-panel",
        uid="040000008200E00074C5B7101A82E00800000000B0A9F1C2D353DC01000000000000000010000000FE0D1C2B3A49586776859A4B3C2D1E0F",
        trap="user-as-interviewer-fp-dual-apprentice-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
ATTENDEE;CN="Agirre, Mikel";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:magirre@
 ferrogipuzkoa.eus
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala Txindoki";RSVP=TRUE:
 mailto:sala.txindoki@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Iker\, como cada año\, te necesito para las entrevistas de los
  alumnos de FP Dual (Diseño en Fabricación Mecánica\, Goierri Eskola). Son
  4 alumnos\, 30 min cada uno. Te paso los CV por Teams. Yo llevo la parte d
 e competencias\, tú la técnica.\nNerea\n
DTEND;TZID="Romance Standard Time":20251016T110000
DTSTAMP:20251009T120000Z
DTSTART;TZID="Romance Standard Time":20251016T090000
LOCATION:Sala Txindoki
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevistas FP Dual 25/26 - Oficina Técnica
UID:040000008200E00074C5B7101A82E00800000000B0A9F1C2D353DC01000000000000000010000000FE0D1C2B3A49586776859A4B3C2D1E0F
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="cad-test-organizer",
        uid="040000008200E00074C5B7101A82E00800000000C1B2A3D4E554DC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        trap="user-as-interviewer-runs-catia-test",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=unai.mendizabal98@gmail.com;RSVP=TRUE:mailto:unai.mendizabal98@
 gmail.com
ATTENDEE;CN="Aizpurua, Nerea (RRHH)";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto
 :naizpurua@ferrogipuzkoa.eus
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Puesto CAD 4 (Sala Forma
 ción)";RSVP=TRUE:mailto:cad4@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Kaixo Unai\,\n\nTal como te comentó Nerea\, la segunda parte de
 l proceso es una prueba práctica en CATIA V5: modelar y acotar un soporte
  de amortiguador a partir de un croquis. 90 min. No hace falta traer nada.\n
 \nPregunta por mí en portería.\n\nIker Etxeberria\nOficina Técnica - Ferro
 gipuzkoa\n
DTEND;TZID="Romance Standard Time":20251023T113000
DTSTAMP:20251017T094411Z
DTSTART;TZID="Romance Standard Time":20251023T100000
LOCATION:Puesto CAD 4 (Sala Formación)
ORGANIZER;CN="Etxeberria, Iker":mailto:ietxeberria@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Prueba práctica CATIA - Unai Mendizabal
UID:040000008200E00074C5B7101A82E00800000000C1B2A3D4E554DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="successfactors-interviewer",
        uid="SFINT-ferrogi-3321-00784-INTERVIEWER-ietxeberria",
        trap="user-as-interviewer-ats-interviewer-copy",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
UID:SFINT-ferrogi-3321-00784-INTERVIEWER-ietxeberria
DTSTAMP:20251027T074500Z
DTSTART;TZID=Europe/Madrid:20251030T120000
DTEND;TZID=Europe/Madrid:20251030T130000
SUMMARY:Entrevista: Ingeniero/a Junior de Cálculo (3321) - Maite Goikoetxe
 a
DESCRIPTION:Has sido asignado/a como entrevistador/a.\n\nCandidata: Maite G
 oikoetxea\nPuesto: Ingeniero/a Junior de Cálculo (3321)\nFormulario de eva
 luación: https://performancemanager5.successfactors.eu/sf/interviewassess
 ment?req=3321\nCV y carta en el enlace. Cumplimenta la evaluación en las 4
 8 h siguientes a la entrevista.
LOCATION:Sala Aralar
ORGANIZER;CN=Ferrogipuzkoa Selección:mailto:noreply+ferrogi@successfactor
 s.eu
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ietxebe
 rria@ferrogipuzkoa.eus
ATTENDEE;CN=Nerea Aizpurua;ROLE=REQ-PARTICIPANT:mailto:naizpurua@ferrogipu
 zkoa.eus
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="typed-feedback-task",
        uid="a1b2c3d4e5f6-feedback@ferrogipuzkoa.eus",
        trap="user-as-interviewer-feedback-reminder",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + z.ROMANCE + r"""BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:rellenar valoracion Ander Ruiz en SF (delineante proyectista).
  ojo: buen ACAD\, flojo en GD&T. recomendar 2a fase? hablar con Nerea
DTEND;TZID="Romance Standard Time":20251031T090000
DTSTAMP:20251030T161200Z
DTSTART;TZID="Romance Standard Time":20251031T083000
SUMMARY:Feedback Ander R.
UID:a1b2c3d4e5f6-feedback@ferrogipuzkoa.eus
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="teams-debrief",
        uid="040000008200E00074C5B7101A82E00800000000D2C3B4A5F655DC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        trap="user-as-interviewer-debrief-draughtsmen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
ATTENDEE;CN="Agirre, Mikel";RSVP=TRUE:mailto:magirre@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Puesta en común de los 3 delineantes que nos ha mandado Adecco
  para la sustitución de Josean. Traed vuestras notas.\n\n_________________
 _______________________________________________________________\nReunión d
 e Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3a
 meeting_ZmRl\n
DTEND;TZID="Romance Standard Time":20251107T133000
DTSTAMP:20251104T101010Z
DTSTART;TZID="Romance Standard Time":20251107T130000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Puesta en común candidatos delineación (ETT)
UID:040000008200E00074C5B7101A82E00800000000D2C3B4A5F655DC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="hiring-committee",
        uid="040000008200E00074C5B7101A82E00800000000E3D4C5B6A756DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6",
        trap="user-as-interviewer-internal-promotion-committee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
ATTENDEE;CN="Aizpurua, Nerea (RRHH)";RSVP=TRUE:mailto:naizpurua@ferrogipuz
 koa.eus
ATTENDEE;CN="Olano, Jose Mari";RSVP=TRUE:mailto:jmolano@ferrogipuzkoa.eus
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sala Consejo";RSVP=TRUE:m
 ailto:sala.consejo@ferrogipuzkoa.eus
CLASS:CONFIDENTIAL
DESCRIPTION:Comité de selección para la cobertura interna del puesto de Jef
 e/a de Equipo Bastidores. 3 candidaturas internas. Confidencial - no reenv
 iar.\n
DTEND;TZID="Romance Standard Time":20251119T110000
DTSTAMP:20251112T080000Z
DTSTART;TZID="Romance Standard Time":20251119T090000
LOCATION:Sala Consejo
ORGANIZER;CN="Agirre, Mikel":mailto:magirre@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Comité selección - Jefe/a Equipo Bastidores
UID:040000008200E00074C5B7101A82E00800000000E3D4C5B6A756DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="shadowing-rrhh",
        uid="040000008200E00074C5B7101A82E00800000000F4E5D6C7B857DC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7",
        trap="user-as-interviewer-shadowing-competency-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
CLASS:PUBLIC
DESCRIPTION:Iker\, para el plan de formación de mandos: vienes de oyente a
  una entrevista por competencias que hago yo (candidata a técnica de calida
 d). Tú no preguntas\, solo observas. Luego 15 min para comentar.\nNerea\n
DTEND;TZID="Romance Standard Time":20251113T101500
DTSTAMP:20251106T120000Z
DTSTART;TZID="Romance Standard Time":20251113T091500
LOCATION:Sala Aralar
ORGANIZER;CN="Aizpurua, Nerea (RRHH)":mailto:naizpurua@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Shadowing entrevista - Iker (formación mandos)
UID:040000008200E00074C5B7101A82E00800000000F4E5D6C7B857DC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="trial-day-supervised",
        uid="8E2F4A6C-1B3D-4F5A-9C7E-0A2B4C6D8E1F",
        trap="user-as-interviewer-trial-day-he-supervises",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + z.ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Xabier Lizarralde (Adecco) viene a probar: jornada completa en
  OT. Sentarle con Garbiñe\, darle plano bastidor Oaris rev.C para pasar a 2
 D. Tarjeta visita en portería. Valorar a las 16:00 con Garbiñe y llamar a
  Adecco.
DTEND;TZID="Romance Standard Time":20251125T170000
DTSTAMP:20251121T143300Z
DTSTART;TZID="Romance Standard Time":20251125T073000
LOCATION:Oficina Técnica
SUMMARY;LANGUAGE=es-ES:Día de prueba delineante - Xabier L.
UID:8E2F4A6C-1B3D-4F5A-9C7E-0A2B4C6D8E1F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="agency-sends-candidate",
        uid="040000008200E00074C5B7101A82E0080000000005F6E7D8C958DC01000000000000000010000000D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8",
        trap="user-as-interviewer-agency-presents-draughtsman",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Etxeberria, Iker";RSVP=TRUE:mailto:ietxeberria@ferrogipuzkoa.eus
ATTENDEE;CN=josu.arregi.delin@gmail.com;RSVP=TRUE:mailto:josu.arregi.delin@
 gmail.com
CLASS:PUBLIC
DESCRIPTION:Hola Iker\,\n\nTe presento a Josu Arregi\, delineante proyectist
 a con 6 años en calderería y SolidWorks\, disponible inmediata. Os he puest
 o esta cita en vuestras instalaciones para que le conozcas. CV adjunto.\n\n
 Un saludo\,\nAmaia Ruiz de Gordoa\nAdecco Beasain - Industrial\n
DTEND;TZID="Romance Standard Time":20251104T100000
DTSTAMP:20251030T123000Z
DTSTART;TZID="Romance Standard Time":20251104T093000
LOCATION:Ferrogipuzkoa - Oficina Técnica
ORGANIZER;CN="Ruiz de Gordoa, Amaia":mailto:amaia.ruizdegordoa@adecco.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Adecco - presentación candidato Josu Arregi
UID:040000008200E00074C5B7101A82E0080000000005F6E7D8C958DC01000000000000000010000000D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E0080000000016A7B8C9DA59DC01000000000000000010000000E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251202T080000Z
DTEND:20251202T090000Z
DTSTAMP:20251126T184512Z
ORGANIZER;CN=Etxeberria\, Iker:mailto:ietxeberria@ferrogipuzkoa.eus
UID:040000008200E00074C5B7101A82E0080000000016A7B8C9DA59DC01000000000000000010000000E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Leire
  Etxaniz;X-NUM-GUESTS=0:mailto:leire.etxaniz.upv@gmail.com
COMMENT:Eskerrik asko! Han izango naiz.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Ingeniero/a Junior Diseño Bogies - Leire Etxaniz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG, kind="basque-candidate-freemail",
        uid="040000008200E00074C5B7101A82E0080000000027B8C9DAEB5ADC01000000000000000010000000F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0",
        trap="user-as-interviewer-basque-elkarrizketa-student",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=jonander.galarraga@alumni.mondragon.edu;RSVP=TRUE:mailto:jonand
 er.galarraga@alumni.mondragon.edu
CLASS:PUBLIC
DESCRIPTION:Kaixo Jon Ander\,\n\nMila esker zure CVagatik. Elkarrizketa bat
  egingo dugu Bulego Teknikoan\, 45 minutu inguru. Ekarri zure GRALaren aur
 kezpena ordenagailuan erakusteko.\n\nIker Etxeberria\nBulego Teknikoa - Fe
 rrogipuzkoa\n
DTEND;TZID="Romance Standard Time":20251210T124500
DTSTAMP:20251203T101500Z
DTSTART;TZID="Romance Standard Time":20251210T120000
LOCATION:Ferrogipuzkoa - Bulego Teknikoa
ORGANIZER;CN="Etxeberria, Iker":mailto:ietxeberria@ferrogipuzkoa.eus
SEQUENCE:0
SUMMARY;LANGUAGE=eu-ES:Elkarrizketa - Jon Ander Galarraga (praktikak)
UID:040000008200E00074C5B7101A82E0080000000027B8C9DAEB5ADC01000000000000000010000000F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0
END:VEVENT
END:VCALENDAR
""",
    ),
]
