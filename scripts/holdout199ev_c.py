# ruff: noqa: E501
"""holdout199 events, part c: Spanish (and Catalan) interview processes in Valencia, Madrid and Barcelona."""

EVENTS = [
    {
        "kind": "videollamada",
        "label": ("1r8e4t0k2m9p6w3c@google.com", 1, "Zumos del Turia", "Técnico/a Responsable de Calidad", "recruiter_screen", "elena.ciscar@zumosdelturia.es", "infojobs-entrevista-por-videollamada-meet"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250220T100000
DTEND;TZID=Europe/Madrid:20250220T103000
DTSTAMP:20250217T113012Z
ORGANIZER;CN=Elena Císcar:mailto:elena.ciscar@zumosdelturia.es
UID:1r8e4t0k2m9p6w3c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Elena Císcar;X-NUM-GUESTS=0:mailto:elena.ciscar@zumosdelturia.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hola Lucía\, gracias por inscribirte en nuestra oferta de InfoJ
 obs "Técnico/a Responsable de Calidad". Te envío el enlace para la entrevis
 ta por videollamada. Será una primera toma de contacto de unos 30 minutos.
 \n\nUnirse con Google Meet: https://meet.google.com/zqr-htfn-kpa\nUnirse po
 r teléfono: (ES) +34 932 74 89 11 PIN: 602 118 457#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista por videollamada - Lucía Martín (Técnico/a Resp. Calidad)
TRANSP:OPAQUE
CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=meet.google.com/zqr-htfn-kpa:https
 ://meet.google.com/zqr-htfn-kpa
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "segunda-entrevista",
        "label": ("5eq0l7vjn2h4pk8tb3m6g1ciad@google.com", 1, "Zumos del Turia", "", "hiring_manager", "Vicente Llorens;Toni", "self-typed-second-round-abbreviated"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:luciamartin.calidad@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250307T083000Z
DTEND:20250307T100000Z
DTSTAMP:20250226T211900Z
UID:5eq0l7vjn2h4pk8tb3m6g1ciad@google.com
CREATED:20250226T211852Z
DESCRIPTION:con Vicente Llorens (gerente) y Toni de producción. llevar CV i
 mpreso + certificado auditora interna IFS. pedir ver la línea de horchata
LAST-MODIFIED:20250226T211852Z
LOCATION:Zumos del Turia\, C/ de la Sèquia 7\, Pol. Ind. Fuente del Jarro\, Paterna
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2ª entrev. Zumos Turia (presencial)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "llamada-rrhh",
        "label": ("C6A0F1D2-3B4E-4C5D-8E9F-0A1B2C3D4E5F", 1, "Conservas Albufera", "Responsable de Calidad y Medio Ambiente", "recruiter_screen", "Pilar", "self-typed-phone-screen-floating-time"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250221T152244Z
DTEND:20250225T110000
DTSTAMP:20250221T152301Z
DTSTART:20250225T103000
LAST-MODIFIED:20250221T152301Z
SEQUENCE:0
SUMMARY:Llamada Pilar RRHH Conservas Albufera
DESCRIPTION:me llama ella al móvil. puesto Resp. Calidad y Medio Ambiente (
 Sueca). preguntar: turnos campaña\, equipo a cargo\, BRC o IFS\, banda sala
 rial
UID:C6A0F1D2-3B4E-4C5D-8E9F-0A1B2C3D4E5F
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
UID:9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dinamica-grupo",
        "label": ("040000008200E00074C5B7101A82E008000000001E5F6A7B8C91DB0100000000000000001000000093C4D5E6F708192A3B4C5D6E7F801234", 1, "Conservas Albufera", "Responsable de Calidad y Medio Ambiente", "onsite", "pilar.mari@conservasalbufera.es;salvador.cervera@conservasalbufera.es", "romance-standard-time-dinamica-de-grupo-onsite"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Marí Soler, Pilar":mailto:pilar.mari@conservasalbufera.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cervera Puchades, Salvador":mailto:salvador.cervera@conservasalbufera.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sala Formación - Oficinas":mailto:salaformacion@conservasalbufera.es
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nTal como hablamos por teléfono\, te convocamos a la siguiente fase del proceso de Responsable de Calidad y Medio Ambiente:\n\n9:00 - 10:30 Dinámica de grupo (con otras 5 personas candidatas)\n10:45 - 12:30 Entrevistas individuales con Salvador Cervera (Director Industrial) y conmigo\n\nDirección: Conservas Albufera S.A.\, Ctra. Sueca-Cullera km 3\, Sueca (Valencia). Puedes aparcar dentro.\n\nUn saludo\,\nPilar Marí\nDpto. de Personas\n
UID:040000008200E00074C5B7101A82E008000000001E5F6A7B8C91DB0100000000000000001000000093C4D5E6F708192A3B4C5D6E7F801234
SUMMARY;LANGUAGE=es-ES:Proceso selección Resp. Calidad y MA - Dinámica de grupo + entrevista
DTSTART;TZID=Romance Standard Time:20250313T090000
DTEND;TZID=Romance Standard Time:20250313T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T092014Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Formación - Oficinas
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-video",
        "label": ("teamtailor-interview-5518230-lacteos-sierra-de-gredos", 1, "Lácteos Sierra de Gredos", "Responsable de Calidad", "recruiter_screen", "beatriz.hernandez@lacteosgredos.es", "teamtailor-videoentrevista-spanish"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-5518230-lacteos-sierra-de-gredos
DTSTAMP:20250305T161210Z
DTSTART:20250310T110000Z
DTEND:20250310T114500Z
SUMMARY:Videoentrevista con Lácteos Sierra de Gredos - Responsable de Calidad
ORGANIZER;CN=Beatriz Hernández:mailto:beatriz.hernandez@lacteosgredos.es
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
DESCRIPTION:¡Hola Lucía!\n\nHas reservado una videoentrevista con Beatriz Hernández (Talento y Cultura) para el puesto de Responsable de Calidad en nuestra quesería de El Barco de Ávila.\n\nEnlace a la reunión: https://lacteosgredos.teamtailor.com/meetings/v/4b1e9d2a\n\n¿Necesitas cambiar la hora? Puedes hacerlo aquí: https://lacteosgredos.teamtailor.com/meetings/r/4b1e9d2a\n\nUn saludo\,\nEl equipo de Lácteos Sierra de Gredos\n\nEnviado con Teamtailor
LOCATION:Videollamada (Teamtailor Meetings)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visita-planta",
        "label": ("0b9pq2r5t8u1w4x7y0a3c6e9gi@google.com", 1, "Lácteos Sierra de Gredos", "Responsable de Calidad", "onsite", "javier.munoz@lacteosgredos.es", "visita-a-planta-y-entrevista-onsite"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T103000
DTEND;TZID=Europe/Madrid:20250402T133000
DTSTAMP:20250321T124400Z
ORGANIZER;CN=Javier Muñoz:mailto:javier.munoz@lacteosgredos.es
UID:0b9pq2r5t8u1w4x7y0a3c6e9gi@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javier Muñoz;X-NUM-GUESTS=0:mailto:javier.munoz@lacteosgredos.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Beatriz Hernández;X-NUM-GUESTS=0:mailto:beatriz.hernandez@lacteosg
 redos.es
DESCRIPTION:Lucía\, te espero en la quesería. Primero damos una vuelta por
  la sala de cuajado\, las cámaras de maduración y el laboratorio de leche\,
  y luego charlamos en mi despacho sobre el puesto. Beatriz se conecta si pue
 de.\n\nTrae calzado cerrado. Si vienes desde Madrid calcula 2 h y media.\n\
 nJavier Muñoz\nDirector Técnico
LOCATION:Lácteos Sierra de Gredos\, Ctra. de Piedrahíta s/n\, 05600 El Barc
 o de Ávila
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visita a planta y entrevista - Lucía Martín
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-entrevista",
        "label": ("personio-interview-91c4e0b7-3a2d-4f18-b6c5-7e8d9f0a1b2c", 1, "Panificadora Castellana", "Técnico/a de Calidad y Seguridad Alimentaria", "hiring_manager", "raquel.gil@panificadoracastellana.es", "personio-spanish-jefa-de-calidad"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
@TZ_MADRID@
BEGIN:VEVENT
UID:personio-interview-91c4e0b7-3a2d-4f18-b6c5-7e8d9f0a1b2c
DTSTAMP:20250220T081503Z
DTSTART;TZID=Europe/Madrid:20250227T120000
DTEND;TZID=Europe/Madrid:20250227T130000
SUMMARY:Entrevista | Técnico/a de Calidad y Seguridad Alimentaria | Panificadora Castellana
DESCRIPTION:Hola Lucía\,\n\nte confirmamos la entrevista con Raquel Gil\, Jefa de Calidad\, en nuestra planta de Fuenlabrada (Pol. Ind. Cobo Calleja\, C/ Hornos 22). Hablaréis de tu experiencia en APPCC\, gestión de alérgenos (gluten\, sésamo\, frutos de cáscara) y auditorías de cliente.\n\nSi tienes cualquier problema\, responde a este correo.\n\nSaludos\,\nEquipo de Personas - Panificadora Castellana S.L.
LOCATION:Panificadora Castellana\, C/ Hornos 22\, Fuenlabrada (Madrid)
ORGANIZER;CN=Panificadora Castellana:mailto:jobs-panificadoracastellana@mail.personio.de
ATTENDEE;CN=Lucía Martín Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Raquel Gil;PARTSTAT=ACCEPTED:mailto:raquel.gil@panificadoracastellana.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "videotrucada",
        "label": ("7hs2k9d4m1q6v3x8z5b0n7f2jc@google.com", 1, "Cuinats Montseny", "Responsable de Qualitat", "recruiter_screen", "montse.vilaro@cuinatsmontseny.cat", "catalan-entrevista-per-videotrucada"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250311T160000
DTEND;TZID=Europe/Madrid:20250311T164500
DTSTAMP:20250306T100022Z
ORGANIZER;CN=Montse Vilaró:mailto:montse.vilaro@cuinatsmontseny.cat
UID:7hs2k9d4m1q6v3x8z5b0n7f2jc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Montse Vilaró;X-NUM-GUESTS=0:mailto:montse.vilaro@cuinatsmontseny.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Bon dia Lucía\,\n\nGràcies per la teva candidatura a l'oferta d
 e Responsable de Qualitat (LinkedIn). Et proposo una primera entrevista per
  videotrucada. Si prefereixes fer-la en castellà\, cap problema.\n\nMontse
  Vilaró\nResponsable de Persones\nCuinats Montseny\n\nUneix-te amb Google Me
 et: https://meet.google.com/bkt-wmse-xpo
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista per videotrucada - Responsable de Qualitat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "segona-entrevista",
        "label": ("2a1b8c7d6e5f4a3b@cuinatsmontseny.cat", 1, "Cuinats Montseny", "Responsable de Qualitat", "final", "jordi.puigdomenech@cuinatsmontseny.cat;montse.vilaro@cuinatsmontseny.cat", "catalan-segona-entrevista-presencial-floating"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CREATED:20250318T090102Z
LAST-MODIFIED:20250318T090233Z
DTSTAMP:20250318T090233Z
UID:2a1b8c7d6e5f4a3b@cuinatsmontseny.cat
SUMMARY:Segona entrevista (presencial) - Lucía Martín Ortega
ORGANIZER;CN=Montse Vilaró:mailto:montse.vilaro@cuinatsmontseny.cat
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:luciamartin.calidad@gmail.com
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Jordi Puigdomènech:mailto:jordi.puigdomenech@cuinatsmontseny.cat
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Montse Vilaró:mailto:montse.vilaro@cuinatsmontseny.cat
DTSTART:20250326T100000
DTEND:20250326T120000
LOCATION:Cuinats Montseny\, Polígon Industrial La Batllòria\, nau 4\, Sant Celoni
DESCRIPTION:Hola Lucía\,\n\nEt confirmo la segona i última entrevista amb en Jordi Puigdomènech (director general) i amb mi. Després farem una visita a l'obrador (cuina central\, abatidors\, envasat en atmosfera modificada).\n\nDes de l'estació de Sant Celoni són 10 minuts a peu.\n\nFins dimecres!\nMontse
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-phone",
        "label": ("sr-interview-7411c2e0-9a3b-4d6f-8e1c-5b2a0d9f3e71@smartrecruiters.com", 1, "Nutrición Infantil Alba", "Quality Assurance Specialist", "recruiter_screen", "cristina.beltran@nutricionalba.com", "smartrecruiters-entrevista-telefonica"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-7411c2e0-9a3b-4d6f-8e1c-5b2a0d9f3e71@smartrecruiters.com
DTSTAMP:20250226T172201Z
DTSTART:20250304T083000Z
DTEND:20250304T090000Z
SUMMARY:Entrevista telefónica: Quality Assurance Specialist - Nutrición Infantil Alba
ORGANIZER;CN=Nutrición Infantil Alba:mailto:notification@smartrecruiters.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Cristina Beltrán;ROLE=REQ-PARTICIPANT:mailto:cristina.beltran@nutricionalba.com
DESCRIPTION:Hola Lucía\,\n\nCristina Beltrán\, Talent Acquisition\, te llamará al número que indicaste en tu candidatura (+34 6XX XXX 817).\n\nPuesto: Quality Assurance Specialist (planta de Tres Cantos\, Madrid)\nDuración: 30 min\n\nSi necesitas cambiar la hora\, utiliza el enlace de tu correo de confirmación.\n\nNutrición Infantil Alba · Powered by SmartRecruiters
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-webex",
        "label": ("040000008200E00074C5B7101A82E00800000000A2B3C4D5E6F7DB01000000000000000010000000BEEF0123456789ABCDEF0123456789AB", 1, "Nutrición Infantil Alba", "Quality Assurance Specialist", "", "ines.navarro@nutricionalba.com;david.otero@nutricionalba.com;cristina.beltran@nutricionalba.com", "webex-panel-english-spanish-no-clear-stage"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Beltrán Ruiz, Cristina":mailto:Cristina.Beltran@nutricionalba.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Navarro Gil, Inés":mailto:Ines.Navarro@nutricionalba.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Otero, David":mailto:David.Otero@nutricionalba.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nTe envío la convocatoria para el panel con Inés Navarro (Quality Director Iberia) y David Otero (Regulatory Affairs). Parte de la conversación será en inglés\, ya que reportarías también al equipo de calidad del grupo en Lyon.\n\n-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\nhttps://nutricionalba.webex.com/nutricionalba/j.php?MTID=m5a1c9e2d7f0b3a6c8e4d2f1b0a9c7e53\nMeeting number (access code): 2744 015 3390\nMeeting password: Alba2025!\n\nJoin by phone\n+34-91-749-8014 Spain Toll\n\n
UID:040000008200E00074C5B7101A82E00800000000A2B3C4D5E6F7DB01000000000000000010000000BEEF0123456789ABCDEF0123456789AB
SUMMARY;LANGUAGE=es-ES:Panel QA Specialist - Lucía Martín Ortega
DTSTART;TZID=Europe/Madrid:20250321T093000
DTEND;TZID=Europe/Madrid:20250321T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T114108Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-screen",
        "label": ("ashby-4c7e2a90-1f3b-4d85-9e6a-0b8c2d4f6a13@ashbyhq.com", 1, "Veggi Proteína Labs", "Food Safety & Quality Manager", "recruiter_screen", "marc@veggiproteina.com", "ashby-startup-english-talent-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-4c7e2a90-1f3b-4d85-9e6a-0b8c2d4f6a13@ashbyhq.com
DTSTAMP:20250310T134455Z
DTSTART:20250314T140000Z
DTEND:20250314T143000Z
SUMMARY:Lucía Martín Ortega <> Veggi Proteína Labs | Talent Screen
ORGANIZER;CN=Veggi Proteína Labs Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Marc Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marc@veggiproteina.com
DESCRIPTION:Hi Lucía!\n\nThanks for applying to Food Safety & Quality Manager at Veggi Proteína Labs. You'll be chatting with Marc Soler (Talent Partner) about your experience and what you're looking for. We mostly speak English internally\, but feel free to switch to Spanish or Catalan.\n\nGoogle Meet: https://meet.google.com/ove-rtdk-pzw\n\nNeed to reschedule? https://app.ashbyhq.com/interview-reschedule/4c7e2a90\n\nThe Veggi team 🌱
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-case",
        "label": ("ashby-9b1d3f57-6e2a-4c08-a7d9-3f5e7b9d1c24@ashbyhq.com", 1, "Veggi Proteína Labs", "Food Safety & Quality Manager", "technical", "laia@veggiproteina.com;pau.riera@veggiproteina.com", "ashby-case-study-haccp-extrusion"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-9b1d3f57-6e2a-4c08-a7d9-3f5e7b9d1c24@ashbyhq.com
DTSTAMP:20250320T091233Z
DTSTART:20250328T080000Z
DTEND:20250328T093000Z
SUMMARY:Case Study: HACCP plan for the new extrusion line - Lucía Martín Ortega
ORGANIZER;CN=Veggi Proteína Labs Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Laia Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Laia@veggiproteina.com
ATTENDEE;CN=Pau Riera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pau.riera@veggiproteina.com
ATTENDEE;CN=Marc Soler;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marc@veggiproteina.com
DESCRIPTION:Hi Lucía\,\n\nNext step: a 90-min case study session in our Poblenou pilot plant (C/ Pere IV 78\, Barcelona).\n\nYou'll get a process flow for our new high-moisture extrusion line (pea + fava protein) 30 minutes before\, and then walk Laia Ferrer (Head of Operations) and Pau Riera (Product Development) through your hazard analysis\, CCPs\, allergen strategy and how you'd get the line ready for an IFS audit. Marc will just say hi at the start.\n\nNeed to reschedule? https://app.ashbyhq.com/interview-reschedule/9b1d3f57\n\nThe Veggi team 🌱
LOCATION:Veggi Proteína Labs - Poblenou pilot plant\, C/ Pere IV 78\, Barcelona
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cafe-fundador",
        "label": ("4mkt0b8r6a2v9e1n3p5s7u0w2y@google.com", 1, "Kombucha Brava", "Responsable de Calidad y Producción", "", "alexroca.brava@gmail.com", "founder-free-mail-coffee-is-a-job-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250405T110000
DTEND;TZID=Europe/Madrid:20250405T123000
DTSTAMP:20250331T223015Z
ORGANIZER;CN=Álex Roca:mailto:alexroca.brava@gmail.com
UID:4mkt0b8r6a2v9e1n3p5s7u0w2y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Álex Roca;X-NUM-GUESTS=0:mailto:alexroca.brava@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
DESCRIPTION:Hola Lucía! Como te dije por LinkedIn\, en mayo nos mudamos a l
 a nave nueva de Benifaió y necesito a alguien que se haga cargo de calidad
  y producción (registro sanitario\, APPCC\, control de fermentación\, pH\, a
 lcohol <0\,5%). Quedamos en el obrador actual\, te enseño cómo trabajamos\,
  me cuentas tu experiencia y te explico el puesto y las condiciones. Si ves
  que encaja\, el siguiente paso sería conocer a mi socia.\n\nÁlex\nfundado
 r Kombucha Brava
LOCATION:Kombucha Brava (obrador)\, C/ del Sueco 21\, Russafa\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía <> Kombucha Brava - puesto Resp. Calidad y Producción ☕
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
