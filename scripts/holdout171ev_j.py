"""holdout171 events, part j: job-search look-alikes that are not her interviews (negatives)."""

from holdout171ev_tz import MADRID_APPLE, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="entrevista-tfm", uid="2q4s6u8w0y1a3c5e7g9i1k3m5o@google.com",
        i=0, trap="research-interview-master-thesis-student",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20241120T170000
DTEND;TZID=Europe/Madrid:20241120T174500
DTSTAMP:20241114T190000Z
ORGANIZER;CN=Lidia Carrasco:mailto:lidiacarrasco.tfm@gmail.com
UID:2q4s6u8w0y1a3c5e7g9i1k3m5o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=rnavarro@us-gestion.es;X-NUM-GUESTS=0:mailto:rnavarro@us-gestion.es
DESCRIPTION:Entrevista semiestructurada para mi TFM (Máster en Dirección P
 ública\, UPO): "Teletrabajo y carga de trabajo del PTGAS en las universid
 ades andaluzas". Grabaré solo el audio\, con tu consentimiento. ¡Gracias!
 \n\nMeet: https://meet.google.com/wtc-gxba-fke
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista TFM - Lidia Carrasco
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="encuesta-crue", uid="crue-tic-estudio-2025-entrevista-0471",
        i=0, trap="survey-phone-interview-sectoral-study",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Estudio Crue Universidades Españolas - Sectorial TIC sobre digi
 talización de las secretarías de centro. Entrevista telefónica (25 min) r
 ealizada por la consultora Deloitte. Sus respuestas serán anónimas.
DTEND;TZID="Romance Standard Time":20250225T102500
DTSTAMP:20250218T120000Z
DTSTART;TZID="Romance Standard Time":20250225T100000
LOCATION:Llamada telefónica
ORGANIZER;CN="Estudio Crue-TIC":mailto:estudiocrue@deloitte.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Entrevista Estudio Crue-TIC digitalización secretarías
TRANSP:OPAQUE
UID:crue-tic-estudio-2025-entrevista-0471
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="evaluacion-desempeno", uid="evd-2024-rnavarro-jefservicio@us-gestion.es",
        i=0, trap="own-appraisal-entrevista-evaluacion-desempeno",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entrevista de evaluación del desempeño 2024 (Programa de evalu
 ación del PTGAS). Revisaremos objetivos del año\, autoevaluación y plan de
  desarrollo. Trae la autoevaluación cumplimentada.
DTEND;TZID="Romance Standard Time":20241217T100000
DTSTAMP:20241210T081000Z
DTSTART;TZID="Romance Standard Time":20241217T090000
LOCATION:Despacho Jefatura de Servicio
ORGANIZER;CN="Ledesma Gómez, Francisco":mailto:fledesma@us-gestion.es
ATTENDEE;CN="Navarro Gil, Rocío";RSVP=TRUE:mailto:rnavarro@us-gestion.es
PRIORITY:5
SEQUENCE:0
SUMMARY:Entrevista evaluación desempeño - Rocío Navarro
TRANSP:OPAQUE
UID:evd-2024-rnavarro-jefservicio@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="cafe-elena", uid="E02D7B13-cafe-elena-ugr",
        i=0, trap="informational-coffee-with-insider-at-target-employer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20241002T120000Z
UID:E02D7B13-cafe-elena-ugr
DTEND;TZID=Europe/Madrid:20241012T130000
TRANSP:OPAQUE
SUMMARY:Café con Elena (UGR)
DTSTART;TZID=Europe/Madrid:20241012T113000
DTSTAMP:20241002T120000Z
LOCATION:Granada - Café Fútbol\, Pza Mariana Pineda
DESCRIPTION:que me cuente cómo es el Servicio de Posgrado por dentro\, qui
 én es quién en Gerencia y si la plaza está "dada". Aprovechar y ver a mi
 tía
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="info-day", uid="eu-careers-infoday-madrid-2024-11-08",
        i=0, trap="eu-careers-info-day-fair",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//European Commission//EU Careers Events//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eu-careers-infoday-madrid-2024-11-08
DTSTAMP:20241021T080000Z
DTSTART;VALUE=DATE:20241108
DTEND;VALUE=DATE:20241109
SUMMARY:EU Careers Info Day - Madrid
LOCATION:Representación de la Comisión Europea en España\, Paseo de la Ca
 stellana 46\, Madrid
DESCRIPTION:Jornada informativa sobre oposiciones y procesos de selección
  de la UE: EPSO\, CAST\, agencias. Talleres: "Cómo superar el assessmen
 t centre" y "La entrevista con el comité de selección". Inscripción grat
 uita.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="referencias", uid="0f3b7a22-llamada-referencias-upo@us-gestion.es",
        i=0, trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Me llaman de RRHH de la UPO para pedir referencias de Pablo Her
 rera (estuvo 3 años en mi sección\, se presenta a la jefatura de negociado
  de allí). Hablar bien: autonomía\, UXXI\, trato con estudiantes.
DTEND;TZID="Romance Standard Time":20241106T133000
DTSTAMP:20241104T150000Z
DTSTART;TZID="Romance Standard Time":20241106T131500
LOCATION:móvil
PRIORITY:5
SEQUENCE:0
SUMMARY:Llamada referencias Pablo Herrera (UPO)
TRANSP:OPAQUE
UID:0f3b7a22-llamada-referencias-upo@us-gestion.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="michael-page", uid="mp-es-sev-20241030-RNavarro-0019",
        i=0, trap="recruiter-call-no-employer-named",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Rocío\, gracias por aceptar la llamada. Me gustaría conoce
 rte mejor y comentarte algunas posiciones que manejamos en el sector educ
 ativo privado (dirección de operaciones académicas\, secretaría general)
  de forma confidencial. Un saludo\, Guillermo Reina - Michael Page Educati
 on & Non-Profit
DTEND;TZID="Romance Standard Time":20241030T180000
DTSTAMP:20241028T112000Z
DTSTART;TZID="Romance Standard Time":20241030T173000
LOCATION:Teléfono
ORGANIZER;CN="Reina, Guillermo":mailto:guillermoreina@michaelpage.es
ATTENDEE;CN="rocionavarro.gil@hotmail.com";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY:Rocío Navarro Gil / Michael Page - toma de contacto
TRANSP:OPAQUE
UID:mp-es-sev-20241030-RNavarro-0019
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="preparar-final", uid="1A9B2C8D-prep-ue-final",
        i=0, trap="prep-block-before-final-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20241125T200000Z
UID:1A9B2C8D-prep-ue-final
DTEND;TZID=Europe/Madrid:20241201T210000
TRANSP:OPAQUE
SUMMARY:Preparar entrevista final Universidad Europea
DTSTART;TZID=Europe/Madrid:20241201T180000
DTSTAMP:20241125T200000Z
DESCRIPTION:- repasar organigrama UE y campus\n- 3 ejemplos STAR (matrícul
 a 2023\, implantación sede electrónica\, conflicto con negociado)\n- pregu
 ntas para Carmen Vidal: objetivos 1er año\, equipo\n- salario: no bajar de
  48k
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="email-gracias", uid="8C3D4E5F-gracias-loyola",
        i=0, trap="thank-you-note-reminder-after-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241105T120500Z
UID:8C3D4E5F-gracias-loyola
DTSTART;VALUE=DATE:20241106
DTEND;VALUE=DATE:20241107
SUMMARY:mandar email agradecimiento Loyola (Beatriz + Tomás)
DTSTAMP:20241105T120500Z
DESCRIPTION:mencionar lo del expediente electrónico que preguntó Tomás
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="medical-euipo", uid="EUIPO-MED-PRE-2025-0093",
        i=0, trap="pre-employment-medical-eu-agency-english",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Ms Navarro Gil\,\n\nAs part of the recruitment formalitie
 s\, you are invited to the pre-recruitment medical examination at the EUIP
 O Medical Service. Please come fasting (blood test) and bring your vaccina
 tion record and any recent medical reports.\n\nMedical Service - EUIPO
DTEND;TZID="Romance Standard Time":20250116T100000
DTSTAMP:20250107T090000Z
DTSTART;TZID="Romance Standard Time":20250116T083000
LOCATION:EUIPO - Medical Service\, building AC\, ground floor\, Alicante
ORGANIZER;CN="EUIPO Medical Service":mailto:medical.service@euipo.europa.eu
ATTENDEE;CN="NAVARRO GIL Rocio";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Pre-recruitment medical examination
TRANSP:OPAQUE
UID:EUIPO-MED-PRE-2025-0093
END:VEVENT
END:VCALENDAR
"""),
]
