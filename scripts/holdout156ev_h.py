"""holdout156 events, part H: other negatives (the trade's own calendar, look-alikes) (1/2)."""
from holdout156ev_common import neg

EVENTS = [
    neg("roster-flight", "roster-export-flight-duty-utc",
        r"""BEGIN:VCALENDAR
PRODID:-//AIMS//eCrew Roster Export//EN
VERSION:2.0
X-WR-CALNAME:Roster RUIZ CENTENO A (FO)
BEGIN:VEVENT
UID:AIMS-RS-20250221-IBJ3125-0133
DTSTAMP:20250215T000000Z
DTSTART:20250221T061500Z
DTEND:20250221T144000Z
SUMMARY:IBJ3125 MAD-TFS / IBJ3126 TFS-MAD  A320 EC-NJP
DESCRIPTION:Report 06:15Z  Off 14:40Z\nCP: HIDALGO R.\nFO: RUIZ CENTENO A.\
 nSCCM: PALACIOS E.\nBlock: 06:10  Duty: 08:25
LOCATION:MAD
END:VEVENT
END:VCALENDAR
"""),
    neg("imaginaria", "roster-all-day-imaginaria-standby",
        r"""BEGIN:VCALENDAR
PRODID:-//AIMS//eCrew Roster Export//EN
VERSION:2.0
X-WR-CALNAME:Roster RUIZ CENTENO A (FO)
BEGIN:VEVENT
UID:AIMS-RS-20250304-SBY-0077
DTSTAMP:20250215T000000Z
DTSTART;VALUE=DATE:20250306
DTEND;VALUE=DATE:20250307
SUMMARY:IMAG (SBY casa) 0500-1700LT
DESCRIPTION:Imaginaria en domicilio. Tiempo máximo de presentación: 90 min
 . Contactar con Programación: 91 XXX XX 40
END:VEVENT
END:VCALENDAR
"""),
    neg("lpc-opc", "own-recurrent-sim-check-at-current-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Formación Tripulantes Técnicos":mailto:formacion.tt@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Hidalgo Ramos, Rafael";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhidalgo@iberojet-express.es
ATTENDEE;CN="Prieto Lago, Andrés (TRE)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aprieto@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:LPC/OPC A320 - sesión 2 de 2 (check)\nTRE: Cmdte
 . Andrés Prieto\nTripulación: Cmdte. Hidalgo / F/O Ruiz\nPresentación 1 h a
 ntes para briefing. Escenarios del módulo EBT 2025-1.
DTSTART;TZID="Romance Standard Time":20250228T220000
DTEND;TZID="Romance Standard Time":20250301T030000
DTSTAMP:20250203T080000Z
LOCATION:CAE Madrid - FFS A320 #1
SUMMARY;LANGUAGE=es-ES:LPC/OPC A320 - Sim check (2/2)
UID:040000008200E00074C5B7101A82E008000000001C4EF3B5A5FADB01000000000000000
 010000000FF708192A3B4C5D6E7F8091A2B3C4D5E
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("line-check", "own-line-check-roster-duty",
        r"""BEGIN:VCALENDAR
PRODID:-//AIMS//eCrew Roster Export//EN
VERSION:2.0
X-WR-CALNAME:Roster RUIZ CENTENO A (FO)
BEGIN:VEVENT
UID:AIMS-RS-20250417-IBJ3011-0310
DTSTAMP:20250401T000000Z
DTSTART:20250417T045000Z
DTEND:20250417T121000Z
SUMMARY:IBJ3011 MAD-BCN / IBJ3012 BCN-MAD  LC
DESCRIPTION:LINE CHECK (FO) - Examinador: LOZANO B. (LC)\nCP: LOZANO B.\nF
 O: RUIZ CENTENO A.\nReport 04:50Z
LOCATION:MAD
END:VEVENT
END:VCALENDAR
"""),
    neg("recurrente-crm", "recurrent-ground-training-crm-dg",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Formación Tripulantes Técnicos":mailto:formacion.tt@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
ATTENDEE;CN="Aula 2 Formación";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:aula2@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Curso recurrente anual: CRM (4 h)\, Mercancías
  Peligrosas (2 h)\, SEP teórico (2 h). Firma de asistencia obligatoria. Tr
 aer iPad con la EFB actualizada.
DTSTART;TZID="Romance Standard Time":20250210T083000
DTEND;TZID="Romance Standard Time":20250210T173000
DTSTAMP:20250120T120000Z
LOCATION:Aula 2 Formación
SUMMARY;LANGUAGE=es-ES:Recurrente CRM + DG + SEP
UID:040000008200E00074C5B7101A82E008000000002D5F04C6B60BDC01000000000000000
 0100000000A8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("medical-clase1", "own-periodic-class1-medical-renewal",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3B7C1E90-5D24-4A6F-8E13-7C9F0A2D4B65
DTSTAMP:20250203T101500Z
DTSTART;TZID=Europe/Madrid:20250218T080000
DTEND;TZID=Europe/Madrid:20250218T113000
SUMMARY:Reconocimiento clase 1 (renovación)
LOCATION:CMAE\, Arturo Soria 82\, Madrid
DESCRIPTION:en ayunas!! analítica + ECG + audiometría\nllevar gafas y cert
 ificado anterior
SEQUENCE:0
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
"""),
    neg("pre-employment-medical", "pre-employment-medical-after-offer",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Arabian Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="EK Aviation Medicine - Appointments":mailto:aviationmedicine.appointments@emirates.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-US:Dear Mr Ruiz Centeno\,\n\nFollowing your condit
 ional offer\, your pre-employment medical (GCAA Class 1 initial + compan
 y assessment) is booked. Please fast from midnight\, and bring your curre
 nt EASA medical certificate\, glasses and vaccination records.\n\nEmirates
  Aviation Medical Centre\, Emirates Group Headquarters\, Dubai.
DTSTART;TZID="Arabian Standard Time":20250604T073000
DTEND;TZID="Arabian Standard Time":20250604T123000
DTSTAMP:20250523T081000Z
LOCATION:Emirates Aviation Medical Centre\, EGHQ
SUMMARY;LANGUAGE=en-US:Pre-Employment Medical - Ruiz Centeno A.
UID:040000008200E00074C5B7101A82E008000000003E6015D7C71BDC01000000000000000
 0100000001B8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("mock-panel", "mock-interview-with-coach",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e4a9c2f0-1b7d-4f33-8e6a-0c5d9b2f7a18@calendly.com
DTSTAMP:20250501T190000Z
DTSTART:20250507T170000Z
DTEND:20250507T183000Z
SUMMARY:Mock Interview - Gulf Carrier Final Panel between Capt. Rob Hughe
 s and Alvaro Ruiz Centeno
DESCRIPTION:Event Name: Mock Interview - Gulf Carrier Final Panel (90 min
 )\n\nLocation: Zoom - https://us06web.zoom.us/j/81933445120\n\nPlease shar
 e anything that will help prepare for our meeting.: Real final with Emira
 tes on 12 May. Want to practise technical + HR questions and my "why Dub
 ai" answer.\n\nPilotPrep Coaching Ltd - practice sessions only\, not affil
 iated with any airline.\n\nPowered by Calendly.com
ORGANIZER;CN=Capt. Rob Hughes:mailto:rob@pilotprepcoaching.co.uk
ATTENDEE;CN=Alvaro Ruiz Centeno;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mai
 lto:alvaro.ruizc@hotmail.es
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""),
    neg("sim-alquiler", "rented-sim-prep-at-training-centre",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250408T200000
DTEND;TZID=Europe/Madrid:20250408T220000
DTSTAMP:20250325T103000Z
UID:4c0p7e3rs8k1tb2fmq9h5vjd6n@google.com
DESCRIPTION:Alquiler FFS A320 2h (pagado 780€ a medias con Rubén)\nperfile
 s para el sim check de Vueling: EO tras V1\, RNP\, go-around manual\, emer
 gency descent\nGTA\, instructor de sala: el que toque
LOCATION:Global Training Aviation\, Getafe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sim prep (alquiler) con Rubén
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("webinar-gulf", "webinar-about-passing-airline-assessments",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-7612004419513346398
DTSTAMP:20250210T120000Z
DTSTART:20250213T190000Z
DTEND:20250213T203000Z
SUMMARY:Webinar: How to pass Gulf airline pilot assessments (DEC & DEFO)
DESCRIPTION:Thank you for registering for "How to pass Gulf airline pilot
  assessments (DEC & DEFO)".\n\nHost: FlightDeck Careers\nPanel: two forme
 r assessors share what the panel interview and the sim ride look for.\n\n
 Join webinar: https://attendee.gotowebinar.com/join/7612004419513346398/8
 80154239\nWebinar ID: 211-487-659\n\nTo cancel this registration\, click h
 ere.
ORGANIZER;CN=FlightDeck Careers:mailto:customercare@gotowebinar.com
LOCATION:GoTo Webinar
END:VEVENT
END:VCALENDAR
"""),
    neg("podcast", "podcast-interview-user-is-guest",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250227T190000
DTEND;TZID=Europe/Madrid:20250227T203000
DTSTAMP:20250218T113500Z
ORGANIZER;CN=Altitud de Crucero Podcast:mailto:altituddecrucero.podcast@gmail.com
UID:7f1m9c0tq3s6bk2pd8e5hr4lvn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION:Grabación del episodio 58: "De copiloto a comandante: ¿upgrade
  o irse fuera?". Te entrevistamos unos 60 min. Grabamos en Riverside: http
 s://riverside.fm/studio/altitud-de-crucero\nAuriculares con cable\, por fav
 or.
LOCATION:https://riverside.fm/studio/altitud-de-crucero
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista podcast Altitud de Crucero (ep. 58)
TRANSP:OPAQUE
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
""", crlf=True),
    neg("research-interview", "university-research-interview-participant",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Patel, Anika":mailto:anika.patel@cranfield.ac.uk
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-GB:Dear Alvaro\,\n\nThank you for volunteering for
  our study "Career mobility of European airline pilots after 2020". This s
 emi-structured research interview lasts about 50 minutes and will be reco
 rded with your consent (participant information sheet attached).\n\nTeams
  link below.\n\nAnika Patel\, PhD researcher\, Centre for Air Transport Man
 agement\, Cranfield University
DTSTART;TZID="GMT Standard Time":20250312T170000
DTEND;TZID="GMT Standard Time":20250312T180000
DTSTAMP:20250304T141400Z
LOCATION:Microsoft Teams Meeting
SUMMARY;LANGUAGE=en-GB:Research interview - pilot career study (P14)
UID:040000008200E00074C5B7101A82E008000000004F7126E8D82BDC01000000000000000
 0100000002C8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("evaluacion-anual", "own-annual-appraisal-at-current-job",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lozano, Beatriz (Jefa Flota)":mailto:blozano@iberojet-express.es
ATTENDEE;CN="Ruiz Centeno, Álvaro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aruiz@iberojet-express.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista anual de desempeño 2024. Revisamos t
 us informes de LC/OPC\, objetivos\, tu papel de evaluador y tu posición e
 n la lista de upgrade. Trae tu autoevaluación rellena.
DTSTART;TZID="Romance Standard Time":20250225T120000
DTEND;TZID="Romance Standard Time":20250225T130000
DTSTAMP:20250217T090000Z
LOCATION:Despacho Jefatura de Flota
SUMMARY;LANGUAGE=es-ES:Entrevista de desempeño anual - Ruiz Centeno
UID:040000008200E00074C5B7101A82E008000000005081370E9E3BDC01000000000000000
 0100000003D8192A3B4C5D6E7F8091A2B3C4D5E6F
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    neg("cafe-binter", "informational-coffee-with-pilot-at-target-airline",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5A0E2C71-8B3F-4D19-A6E4-0F7B3C9D1E28
DTSTAMP:20250308T214000Z
DTSTART;TZID=Atlantic/Canary:20250315T113000
DTEND;TZID=Atlantic/Canary:20250315T130000
SUMMARY:Café con Quique (cmdte Binter)
LOCATION:Café del Real\, Triana\, Las Palmas
DESCRIPTION:preguntarle qué tal la vida en LPA\, cómo son las rotaciones\,
  colegios para los niños\, si la jornada de selección es dura. No es entrev
 ista\, solo charla.
SEQUENCE:0
END:VEVENT
@@TZ Atlantic/Canary@@
END:VCALENDAR
"""),
    neg("pilot-careers-live", "careers-fair-attendee-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1029384756-ticket-4471
DTSTAMP:20250201T100000Z
DTSTART;VALUE=DATE:20250222
DTEND;VALUE=DATE:20250223
SUMMARY:Pilot Careers Live - Madrid
DESCRIPTION:Your ticket for Pilot Careers Live - Madrid.\nAirlines and tra
 ining organisations exhibiting\, seminars on pilot recruitment and assess
 ment preparation\, CV clinics.\nVenue: IFEMA - Pabellón 3\nOrder #4471\n\n
 Eventbrite
LOCATION:IFEMA Madrid
END:VEVENT
END:VCALENDAR
"""),
    neg("referencia-colega", "reference-call-user-is-referee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250319T093000
DTEND;TZID=Europe/Madrid:20250319T094500
DTSTAMP:20250314T120500Z
ORGANIZER;CN=Nuria Sáez:mailto:nuria.saez@volotea.com
UID:6k2v8d1mr4n9cf0bt5q7sehl3p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION:Hola Álvaro\, gracias por aceptar dar referencias de Sergio Mol
 ina (candidato a Primer Oficial en Volotea). Te llamo al móvil\, serán 10-
 15 minutos sobre vuestra experiencia volando juntos en Iberojet Express.\n
 Nuria - People\, Volotea
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referencias Sergio Molina - llamada Volotea
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
]
