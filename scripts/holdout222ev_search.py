"""holdout222 events, part 8: job-search look-alikes that are not interviews (exams, courses, prep, press, fairs).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
"""

from holdout222ev_tz import GMT_STD, LONDON, MADRID

EVENTS = [
    (
        "osce-course",
        "osceprep-cohort-2025-05@meridiannurses.co.uk",
        0, "", "", "", "", "osce-preparation-course-not-interview",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250517T090000
DTEND;TZID=Europe/London:20250517T160000
RRULE:FREQ=WEEKLY;BYDAY=SA,SU;COUNT=4
DTSTAMP:20250428T100000Z
ORGANIZER;CN=Meridian Clinical Education:mailto:education@meridiannurses.co
 .uk
UID:osceprep-cohort-2025-05@meridiannurses.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=rocio.
 delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf@gmail.com
DESCRIPTION:OSCE preparation course (2 weekends\, online + skills lab vide
 os): APIE stations\, skills stations (IM injection\, BLS\, aseptic non-tou
 ch technique)\, professional values and evidence-based practice. Mock stati
 ons with feedback on the last day.
LOCATION:Zoom + Plymouth skills lab recordings
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:OSCE Prep Course - Cohort May
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "osce-exam",
        "nmc-toc-p2-ulster-20250604-RDM@ulster.ac.uk",
        0, "", "", "", "", "nmc-osce-exam-not-job-interview",
        """BEGIN:VCALENDAR
PRODID:-//Ulster University//OSCE Booking//EN
VERSION:2.0
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
UID:nmc-toc-p2-ulster-20250604-RDM@ulster.ac.uk
DTSTAMP:20250506T100000Z
DTSTART;TZID=Europe/London:20250604T074500
DTEND;TZID=Europe/London:20250604T130000
SUMMARY:NMC Test of Competence Part 2 (OSCE) - Adult Nursing
LOCATION:Ulster University Test of Competence Centre\, Derry~Londonderry
DESCRIPTION:Candidate: Rocio Delgado Marin\nNMC application ref: 2504917E\n
 Please arrive at 07:45 with your passport. 10 stations: APIE (assessment\,
  planning\, implementation\, evaluation)\, skills and professional values.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-exam",
        "20250220T093000Z-cbt@rocio-android",
        0, "", "", "", "", "nmc-cbt-computer-test",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250220T093000Z-cbt@rocio-android
DTSTAMP:20250220T093000Z
DTSTART:20250227T083000Z
DTEND:20250227T123000Z
SUMMARY:CBT NMC 🇬🇧 Pearson VUE
LOCATION:Pearson VUE - Avda. de la Palmera\, Sevilla
DESCRIPTION:llevar pasaporte. Part A numeracy + Part B clinical. 4h.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "oet-speaking",
        "oet-bk-88317721-speaking@oet.com",
        0, "", "", "", "", "oet-speaking-roleplay-exam",
        r"""BEGIN:VCALENDAR
PRODID:-//OET//Booking//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:oet-bk-88317721-speaking@oet.com
DTSTAMP:20250120T101500Z
DTSTART:20250208T091000Z
DTEND:20250208T093000Z
SUMMARY:OET@Home - Speaking sub-test (Nursing)
DESCRIPTION:Your Speaking sub-test is a live role-play with an interlocutor
  via video call. Log in 30 minutes early to complete the identity check. Bo
 oking ID: 88317721.
LOCATION:Online (OET@Home)
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ielts",
        "BCES-IELTS-SPK-SEV-0315-441@britishcouncil.es",
        0, "", "", "", "", "ielts-speaking-test-face-to-face",
        """BEGIN:VCALENDAR
PRODID:-//British Council//IELTS Booking//EN
VERSION:2.0
METHOD:PUBLISH
""" + MADRID + r"""BEGIN:VEVENT
UID:BCES-IELTS-SPK-SEV-0315-441@britishcouncil.es
DTSTAMP:20250302T120000Z
DTSTART;TZID=Europe/Madrid:20250315T143500
DTEND;TZID=Europe/Madrid:20250315T145000
SUMMARY:IELTS Academic - Speaking test
LOCATION:British Council Sevilla\, C/ Ronda de Capuchinos
DESCRIPTION:Your face-to-face Speaking test with an examiner. Bring the same
  ID used at registration. Written tests: same day 08:30.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "occ-health",
        "uhp-ohs-preemp-4471@nhs.net",
        0, "", "", "", "", "pre-employment-occupational-health-check",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:uhp-ohs-preemp-4471@nhs.net
DTSTAMP:20250402T090000Z
DTSTART;TZID="GMT Standard Time":20250425T093000
DTEND;TZID="GMT Standard Time":20250425T100000
SUMMARY:Occupational Health - pre-employment health assessment (video)
ORGANIZER;CN="UHP Occupational Health":mailto:plh-tr.occhealth@nhs.net
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
LOCATION:Microsoft Teams
DESCRIPTION:Following your conditional offer\, an Occupational Health Nurse
  Advisor will review your health questionnaire and vaccination history (Hep
  B\, MMR\, varicella\, TB screening). Please have your vaccination records r
 eady.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "id-check",
        "4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com",
        0, "", "", "", "", "agency-dbs-right-to-work-id-check",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250416T140000Z
DTEND:20250416T141500Z
DTSTAMP:20250411T150000Z
ORGANIZER;CN=Meridian Compliance:mailto:compliance@meridiannurses.co.uk
UID:4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
DESCRIPTION:Video ID verification for your DBS application and right-to-wor
 k check. Hold your passport next to your face when asked. 10-15 min.
LOCATION:https://meet.google.com/vzo-ekrp-jdd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DBS / ID verification - Rocío Delgado
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "all-day",
        "sas-bolsa-corte-2025@rocio-android",
        0, "", "", "", "", "sas-bolsa-unica-deadline-job-pool",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:sas-bolsa-corte-2025@rocio-android
DTSTAMP:20250201T100000Z
DTSTART;VALUE=DATE:20250331
DTEND;VALUE=DATE:20250401
SUMMARY:Bolsa Única SAS - fecha de corte méritos (autobaremo!)
DESCRIPTION:Subir a VEC: certificado servicios prestados 2024\, cursos EVES
 \, máster. Marcar también Málaga y Costa del Sol en las preferencias.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "open-day",
        "evt-1042277815-ticket-7741@eventbrite.com",
        0, "", "", "", "", "open-day-for-nurses-no-interview-slot",
        """BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
""" + MADRID + r"""BEGIN:VEVENT
UID:evt-1042277815-ticket-7741@eventbrite.com
DTSTAMP:20250410T190000Z
DTSTART;TZID=Europe/Madrid:20250426T100000
DTEND;TZID=Europe/Madrid:20250426T133000
SUMMARY:Jornada de Puertas Abiertas para Enfermeras - Hospital Quirónsalud M
 arbella
LOCATION:Hospital Quirónsalud Marbella\, Av. Severo Ochoa 22\, Marbella
DESCRIPTION:Conoce nuestras unidades\, habla con supervisoras y con el equi
 po de Selección y deja tu CV. Visitas guiadas cada 30 min. Café y desayuno.
 \nEntrada: General (gratuita) - Pedido #7741
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "career-fair",
        "jornada-empleo-int-2025@colegioenfermeriasevilla.es",
        0, "", "", "", "", "colegio-international-jobs-fair",
        """BEGIN:VCALENDAR
PRODID:-//Colegio Oficial de Enfermería de Sevilla//Agenda//ES
VERSION:2.0
METHOD:PUBLISH
""" + MADRID + r"""BEGIN:VEVENT
UID:jornada-empleo-int-2025@colegioenfermeriasevilla.es
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Madrid:20250328T100000
DTEND;TZID=Europe/Madrid:20250328T140000
SUMMARY:II Jornada de Empleo Internacional para Enfermeras
LOCATION:Sede del Colegio\, Avda. Ramón y Cajal 20\, Sevilla
DESCRIPTION:Stands de agencias y hospitales de Reino Unido\, Irlanda\, Alem
 ania y Noruega. Charlas: registro NMC/NMBI\, homologación y cómo preparar
  la entrevista. Inscripción gratuita para colegiadas.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-webinar",
        "zw-84512007734-reg-ujWq3kTz@zoom.us",
        0, "", "", "", "", "webinar-how-to-pass-nhs-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zw-84512007734-reg-ujWq3kTz@zoom.us
DTSTAMP:20250301T113000Z
DTSTART:20250305T180000Z
DTEND:20250305T190000Z
SUMMARY:Webinar: How to ace your NHS Band 5 interview (STAR\, NHS values\, s
 cenarios)
DESCRIPTION:Hi Rocío\,\n\nThank you for registering for "How to ace your NH
 S Band 5 interview". Hosted by Thrive Nursing International with a former
  matron. Q&A at the end.\n\nJoin from a PC\, Mac\, iPad\, iPhone or Androi
 d device:\nhttps://us06web.zoom.us/w/84512007734?tk=ujWq3kTz\nWebinar ID:
 845 1200 7734
LOCATION:https://us06web.zoom.us/w/84512007734
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-entry",
        "3A4B5C6D-7E8F-4091-A2B3-C4D5E6F7A809",
        0, "", "", "", "", "mock-interview-with-friend-nhs-nurse",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3A4B5C6D-7E8F-4091-A2B3-C4D5E6F7A809
DTSTAMP:20250304T223000Z
DTSTART:20250309T190000
DTEND:20250309T200000
SUMMARY:Simulacro entrevista NHS con Carmen (videollamada)
DESCRIPTION:Carmen trabaja de band 6 en Bristol. Me hace de matron: 6Cs\, d
 eteriorating patient\, conflicto con compañera\, safeguarding. Grabarme!
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "coffee",
        "20250308T120100Z-cafe-laura@rocio-android",
        0, "", "", "", "", "informational-coffee-with-nurse-abroad",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250308T120100Z-cafe-laura@rocio-android
DTSTAMP:20250308T120100Z
DTSTART:20250316T093000Z
DTEND:20250316T110000Z
SUMMARY:Café con Laura (trabaja en Derriford) ☕
LOCATION:Café Ochoa\, Sierpes
DESCRIPTION:Está de vacaciones en Sevilla. Que me cuente cómo es Plymouth
 \, el preceptorship\, la casa\, sueldo real band 5
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "recruiter-call",
        "8w1e4r7t0y3u6i9o2p5a8s1d4f@google.com",
        0, "", "", "", "", "recruiter-call-no-employer-named",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250221T130000
DTEND;TZID=Europe/Madrid:20250221T133000
DTSTAMP:20250219T100000Z
ORGANIZER;CN=Sara López:mailto:sara.lopez@healthcareabroad.es
UID:8w1e4r7t0y3u6i9o2p5a8s1d4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf@gm
 ail.com
DESCRIPTION:Hola Rocío\, te llamo para contarte cómo trabajamos y las opor
 tunidades que tenemos ahora mismo en Reino Unido\, Irlanda y Noruega para
  enfermeras con experiencia quirúrgica. Sin compromiso. Sara – Healthcare
  Abroad
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Healthcare Abroad - oportunidades para enfermeras
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "prep-block",
        "20250308T213000Z-prep-uhp@rocio-android",
        0, "", "", "", "", "prep-block-before-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:20250308T213000Z-prep-uhp@rocio-android
DTSTAMP:20250308T213000Z
DTSTART:20250312T160000Z
DTEND:20250312T190000Z
SUMMARY:Preparar entrevista Plymouth
DESCRIPTION:NMC Code (4 P's)\, 6Cs\, NEWS2\, SBAR\, sepsis six. Ejemplos ST
 AR: paciente que se deteriora\, error de medicación\, familiar enfadado. Pr
 eguntas para la matron.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "reminder",
        "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F",
        0, "", "", "", "", "thank-you-email-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F
DTSTAMP:20250313T120000Z
DTSTART:20250313T200000
DTEND:20250313T201500
SUMMARY:Mandar email de agradecimiento a Claire y Joanne (Plymouth)
DESCRIPTION:en inglés! Thank you for your time today... mencionar Lynher wa
 rd y lo del preceptorship
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT0M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "podcast",
        "5m8n1b4v7c0x3z6l9k2j5h8g1f@google.com",
        0, "", "", "", "", "podcast-interview-about-emigrating",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250602T190000
DTEND;TZID=Europe/Madrid:20250602T200000
DTSTAMP:20250524T100000Z
ORGANIZER;CN=Enfermeras por el Mundo (podcast):mailto:enfermerasporelmundo.p
 odcast@gmail.com
UID:5m8n1b4v7c0x3z6l9k2j5h8g1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
DESCRIPTION:Grabación del episodio: entrevista a Rocío sobre el proceso pa
 ra trabajar en el NHS (OSCE\, CBT\, entrevistas con trusts). Riverside.fm\,
  auriculares con micro. ¡Gracias!
LOCATION:https://riverside.fm/studio/enfermeras-por-el-mundo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista podcast Enfermeras por el Mundo (grabación)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "research",
        "tfm-ugr-emigracion-enf-P14@ugr.es",
        0, "", "", "", "", "research-interview-master-thesis",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tfm-ugr-emigracion-enf-P14@ugr.es
DTSTAMP:20250404T101500Z
DTSTART:20250411T160000Z
DTEND:20250411T164500Z
SUMMARY:Entrevista semiestructurada TFM - participante 14
ORGANIZER;CN=Alba Fernández Ruiz:mailto:albafr@correo.ugr.es
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
LOCATION:Google Meet
DESCRIPTION:Gracias por participar en el estudio "Intención de emigrar de l
 as enfermeras andaluzas" (Máster en Ciencias de la Enfermería\, Universida
 d de Granada). La entrevista será grabada (audio) con tu consentimiento.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "offer-call",
        "040000008200E00074C5B7101A82E00800000000D0A3F2C1B27FDB0100000000000000001000000099",
        0, "", "", "", "", "offer-and-relocation-call-after-interview",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="International Recruitment (UHP)":mailto:plh-tr.internationalr
 ecruitment@nhs.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rocío\, congratulations again! This call is to
  go through your conditional offer: band 5 pay point\, start date\, Certifi
 cate of Sponsorship\, 3 months' free accommodation and the OSCE support pa
 ckage. Bring any questions.\n\nMicrosoft Teams meeting\nMeeting ID: 351 20
 4 908 662\nPasscode: Ew2q9T\n
UID:040000008200E00074C5B7101A82E00800000000D0A3F2C1B27FDB01000000000000000
 01000000099
SUMMARY;LANGUAGE=en-GB:Conditional offer & relocation call - Rocio Delgado
DTSTART;TZID=GMT Standard Time:20250324T090000
DTEND;TZID=GMT Standard Time:20250324T093000
DTSTAMP:20250317T154000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
]
