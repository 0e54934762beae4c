"""holdout174 events, part e: private hospital groups and the EMA (written blind, raw iCalendar)."""

from holdout174ev_tz import AMSTERDAM, MADRID_GOOGLE, ROMANCE

EVENTS = [
    {
        "kind": "outlook-competencias",
        "uid": "040000008200E00074C5B7101A82E00800000000QS0C0A11E5D5DB0100000000000000001000000JSFH01",
        "label": (1, "Quirónsalud", "Jefe/a de Servicio de Farmacia Hospitalaria - Hospital Quirónsalud Valencia",
                  "recruiter_screen", "mariajose.lluch@quironsalud.es", "hospital-group-competency-interview-hr"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lluch Benlloch, María José":mailto:mariajose.lluch@quironsal
 ud.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciafer
 rer.farma@gmail.com:mailto:luciaferrer.farma@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenas tardes Lucía\,\n\nTal y como hemos habla
 do por teléfono\, te convoco a la entrevista por competencias para la pos
 ición de Jefe/a de Servicio de Farmacia Hospitalaria - Hospital Quirónsal
 ud Valencia. Tendrá una duración aproximada de una hora.\n\nUn saludo\,\n
 María José Lluch\nSelección y Desarrollo – Dirección Territorial Levante\n
 Quirónsalud\n\n______________________________________________________________
 __________________\nReunión de Microsoft Teams\nUnirse: https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_cXVpcm9u%40thread.v2/0\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000QS0C0A11E5D5DB010000000000000000
 1000000JSFH01
SUMMARY;LANGUAGE=es-ES:Entrevista Lucía Ferrer Soler - Jefatura Farmacia H
 QS Valencia
DTSTART;TZID=Romance Standard Time:20251030T160000
DTEND;TZID=Romance Standard Time:20251030T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T145009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hand-typed-final",
        "uid": "3b1f0f8e6a2c4e8ab7d1quiron@lucia.local",
        "label": (1, "Quirónsalud", "", "final", "Dr. Alberto Navarro;María José Lluch",
                  "hand-typed-final-with-director-gerente"),
        "eol": "lf",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Lucía Ferrer
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
UID:3b1f0f8e6a2c4e8ab7d1quiron@lucia.local
DTSTAMP:20251114T205212Z
CREATED:20251114T205150Z
DTSTART;TZID=Europe/Madrid:20251121T133000
DTEND;TZID=Europe/Madrid:20251121T143000
SUMMARY:Quirón - entrevista final con el Director Gerente
DESCRIPTION:Dr. Alberto Navarro (dir. gerente) + María José Lluch (selecc
 ión). Av. Blasco Ibáñez 14\, 1ª planta\, dirección. Llevar plan del servi
 cio (1 folio): automatización\, PK\, ambulatorios. pedir salida 13h a Ram
 ón
LOCATION:Hospital Quirónsalud Valencia\, Av. Blasco Ibáñez 14
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ms-bookings",
        "uid": "bookings-7ae0c0b2-2d47-4c53-9f1a-hmhospitales-sel@outlook.office365.com",
        "label": (1, "HM Hospitales", "Jefe/a de Servicio de Farmacia – HM Sanchinarro", "hiring_manager",
                  "fjavier.ortiz@hmhospitales.com", "microsoft-bookings-candidate-books-manager"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Selección HM Hospitales:mailto:SeleccionHM@hmhospitales.onm
 icrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Ortiz, Fr
 ancisco Javier":mailto:fjavier.ortiz@hmhospitales.com
DESCRIPTION;LANGUAGE=es-ES:Su reserva se ha confirmado.\n\nServicio: Entrev
 ista Jefe/a de Servicio de Farmacia – HM Sanchinarro\nMiembro del persona
 l: Francisco Javier Ortiz (Director Médico Asistencial)\nDuración: 45 minu
 tos\n\nUnirse a la reunión de Microsoft Teams: https://teams.microsoft.com
 /l/meetup-join/19%3ameeting_aG1ob3Nw%40thread.v2/0\n\nSi necesita cambiar
  o cancelar la cita\, use el enlace Administrar reserva.\n\nHM Hospitales
  – Selección
UID:bookings-7ae0c0b2-2d47-4c53-9f1a-hmhospitales-sel@outlook.office365.com
SUMMARY;LANGUAGE=es-ES:Entrevista Jefe/a de Servicio de Farmacia – HM Sanc
 hinarro
DTSTART;TZID=Romance Standard Time:20260114T103000
DTEND;TZID=Romance Standard Time:20260114T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T190122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-floating",
        "uid": "B7C9A5E4-1D2F-4E3A-8B6C-VITHAS01",
        "label": (1, "Vithas", "", "recruiter_screen", "Amparo", "hand-typed-floating-call"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B7C9A5E4-1D2F-4E3A-8B6C-VITHAS01
DTSTAMP:20251202T081500Z
DTSTART:20251204T153000
DTEND:20251204T160000
SUMMARY:tlf Amparo (RRHH Vithas) resp. farmacia 9 Octubre
DESCRIPTION:1a llamada\, filtro. me llama ella. horario? guardias? nº cama
 s\, robot dispensación?
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trial-day",
        "uid": "5v2qk3m1ctd4oqf0m7n8c9r7vithas@google.com",
        "label": (1, "Vithas", "Responsable del Servicio de Farmacia", "onsite",
                  "rgimeno@vithas.es", "trial-morning-in-pharmacy-service"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251219T083000
DTEND;TZID=Europe/Madrid:20251219T133000
DTSTAMP:20251211T120015Z
ORGANIZER;CN=Rafael Gimeno:mailto:rgimeno@vithas.es
UID:5v2qk3m1ctd4oqf0m7n8c9r7vithas@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rafael Gimeno;X-NUM-GUESTS=0:mailto:rgimeno@vithas.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.far
 ma@gmail.com
DESCRIPTION:Hola Lucía\, como quedamos\, te propongo pasar la mañana con n
 osotros en el Servicio de Farmacia: circuito de dispensación\, sala de mez
 clas\, reunión con los supervisores de planta y al final charlamos tú y y
 o con el Director Médico sobre la posición de Responsable del Servicio de
  Farmacia.\nTrae bata. Aparcamiento en el parking del hospital (te dejo la
  tarjeta en admisión).\nRafael Gimeno – Director de Operaciones\, Vithas V
 alencia 9 de Octubre
LOCATION:Vithas Hospital Valencia 9 de Octubre\, C/ de la Vall de la Ball
 ester\, 59\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jornada en el Servicio de Farmacia - Lucía Ferrer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "1a8r6v0k2e3p7q5u4m9n2b6c1d@google.com",
        "label": (1, "Ribera", "Jefe/a de Servicio de Farmacia", "hiring_manager",
                  "jlsegura@riberasalud.com;mcalatayud@riberasalud.com", "google-invite-hospital-management"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260129T090000
DTEND;TZID=Europe/Madrid:20260129T100000
DTSTAMP:20260121T163308Z
ORGANIZER;CN=José Luis Segura:mailto:jlsegura@riberasalud.com
UID:1a8r6v0k2e3p7q5u4m9n2b6c1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=José Luis Segura;X-NUM-GUESTS=0:mailto:jlsegura@riberasalud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maite Calatayud;X-NUM-GUESTS=0:mailto:mcalatayud@riberasalud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.far
 ma@gmail.com
DESCRIPTION:Conversación sobre la plaza de Jefe/a de Servicio de Farmacia
  del Hospital Universitario del Vinalopó. Por nuestra parte: José Luis Se
 gura (Director Médico) y Maite Calatayud (Directora de Personas).\n\n-::~:~:
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚn
 ete con Google Meet: https://meet.google.com/kbr-ugzt-xwe\n-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ribera Vinalopó · Lucía Ferrer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-booking",
        "uid": "6f1c8b0e-9d2a-4b3e-a7c5-calendly-imed-74401",
        "label": (1, "IMED Hospitales", "", "", "volmos@imedhospitales.com", "calendly-booked-by-user-no-stage"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6f1c8b0e-9d2a-4b3e-a7c5-calendly-imed-74401
DTSTAMP:20251125T211055Z
DTSTART:20251201T170000Z
DTEND:20251201T173000Z
SUMMARY:Lucía Ferrer Soler and Vicente Olmos
DESCRIPTION:Event Name: Conversación candidatos – Farmacia Hospitalaria\n
 \nLocation: This is a Google Meet web conference.\nhttps://meet.google.co
 m/ecx-wwpd-rrg\n\nPlease share anything that will help prepare for our
  meeting.: Farmacéutica adjunta en hospital público (11 años)\, interesad
 a en la posición de farmacia de IMED Valencia / IMED Elche.\n\nNeed to ma
 ke changes to this event?\nCancel: https://calendly.com/cancellations/6f1
 c8b0e\nReschedule: https://calendly.com/reschedulings/6f1c8b0e\n\nPowered
  by Calendly.com
ORGANIZER;CN=Vicente Olmos:mailto:volmos@imedhospitales.com
ATTENDEE;CN=Vicente Olmos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:v
 olmos@imedhospitales.com
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:luciaferrer.farma@gmail.com
LOCATION:https://meet.google.com/ecx-wwpd-rrg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gmail-export",
        "uid": "7o3m2t9kq1c6uv5s4d0b8h2j3e_sanitas@google.com",
        "label": (1, "Sanitas", "Responsable de Farmacia Hospitalaria", "recruiter_screen",
                  "", "x-wr-timezone-export-publish"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:luciaferrer.farma@gmail.com
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART:20251015T070000Z
DTEND:20251015T074500Z
DTSTAMP:20251101T100000Z
ORGANIZER;CN=Selección Talento Sanitas:mailto:selecciontalento@sanitas.es
UID:7o3m2t9kq1c6uv5s4d0b8h2j3e_sanitas@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucí
 a Ferrer Soler;X-NUM-GUESTS=0:mailto:luciaferrer.farma@gmail.com
CREATED:20251008T112200Z
DESCRIPTION:Videoentrevista inicial – Responsable de Farmacia Hospitalaria
  (Hospital Universitario Sanitas La Moraleja\, Madrid). Te llamaremos por
  Teams desde la cuenta Selección Talento Sanitas.\n\nhttps://teams.micro
 soft.com/l/meetup-join/19%3ameeting_c2FuaXRhcw%40thread.v2/0
LAST-MODIFIED:20251008T112300Z
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sanitas - videoentrevista inicial
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ema-written-test",
        "uid": "EMA-AD-2025-014-WT-CAND0231@ema.europa.eu",
        "label": (1, "European Medicines Agency", "Scientific Officer (AD 6) – Medicines Availability and Shortages",
                  "technical", "", "eu-agency-written-test-amsterdam-zone"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{AMSTERDAM}BEGIN:VEVENT
UID:EMA-AD-2025-014-WT-CAND0231@ema.europa.eu
DTSTAMP:20251205T101500Z
DTSTART;TZID=Europe/Amsterdam:20260115T100000
DTEND;TZID=Europe/Amsterdam:20260115T120000
SUMMARY:EMA/AD/2025/014 – Written test (remote) – Candidate 0231
DESCRIPTION:Dear Candidate\,\n\nFurther to your application for the selec
 tion procedure EMA/AD/2025/014 Scientific Officer (AD 6) – Medicines Avai
 lability and Shortages\, we are pleased to invite you to the written test
 .\n\nThe test will be held remotely and proctored. It consists of a case s
 tudy (in English) to be completed within 2 hours. You will receive the ac
 cess link on the day of the test. Please connect 30 minutes in advance fo
 r identity verification (valid passport or ID card).\n\nCandidates who pass
  the written test will be invited to an interview with the Selection Commi
 ttee.\n\nKind regards\,\nRecruitment Team\nHuman Resources\nEuropean Medic
 ines Agency\nDomenico Scarlattilaan 6\, 1083 HS Amsterdam\, The Netherlan
 ds
ORGANIZER;CN=EMA Recruitment:mailto:recruitment@ema.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucia FE
 RRER SOLER:mailto:luciaferrer.farma@gmail.com
LOCATION:Remote (proctored online test)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ema-panel",
        "uid": "EMA-AD-2025-014-INT-CAND0231@ema.europa.eu",
        "label": (1, "European Medicines Agency", "Scientific Officer (AD 6)", "onsite",
                  "", "eu-agency-selection-committee-interview"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{AMSTERDAM}BEGIN:VEVENT
UID:EMA-AD-2025-014-INT-CAND0231@ema.europa.eu
DTSTAMP:20260206T093000Z
DTSTART;TZID=Europe/Amsterdam:20260303T143000
DTEND;TZID=Europe/Amsterdam:20260303T152000
SUMMARY:EMA/AD/2025/014 – Interview with the Selection Committee – Candid
 ate 0231
DESCRIPTION:Dear Candidate\,\n\nWe are pleased to inform you that you have
  passed the written test and are invited to an interview with the Select
 ion Committee for the post of Scientific Officer (AD 6).\n\nThe interview
  will take place at the EMA premises (Domenico Scarlattilaan 6\, Amsterda
 m) and will last approximately 50 minutes. Please report to the main rec
 eption 20 minutes beforehand. A contribution to travel and subsistence ex
 penses will be paid in accordance with EMA rules.\n\nPart of the intervie
 w may be conducted in a second EU language (French or Spanish)\, as indic
 ated in your application.\n\nKind regards\,\nRecruitment Team\, European
  Medicines Agency
ORGANIZER;CN=EMA Recruitment:mailto:recruitment@ema.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucia FE
 RRER SOLER:mailto:luciaferrer.farma@gmail.com
LOCATION:European Medicines Agency\, Domenico Scarlattilaan 6\, Amsterdam
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
