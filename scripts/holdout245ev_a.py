# ruff: noqa: E501, W291
"""holdout245: the user's own interviews with employers that run two or three rounds."""
from holdout245ev_zones import fill

EVENTS = [
# ---------------------------------------------------------------- Palmetto Luxe Realty (3 rounds)
dict(kind="greenhouse-google-invite", uid="5k2q8v0r1m3t7c9b4n6x8z0a2d@google.com", is_interview=1,
     company="Palmetto Luxe Realty", role="Luxury Sales Associate - Coral Gables", stage="recruiter_screen",
     interviewers="noah.feld@palmettoluxe-realty.com", trap="greenhouse-phone-screen-private-address", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250916T100000
DTEND;TZID=America/New_York:20250916T103000
DTSTAMP:20250911T181204Z
ORGANIZER;CN=Brianna Castillo:mailto:brianna.castillo@palmettoluxe-realty.com
UID:5k2q8v0r1m3t7c9b4n6x8z0a2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.r
 e@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Noah Feld;X-NUM-GUESTS=0:mailto:noah.feld@palmettoluxe-realty.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Brianna Castillo;X-NUM-GUESTS=0:mailto:brianna.castillo@palmettoluxe-rea
 lty.com
X-MICROSOFT-CDO-OWNERAPPTID:-1188420913
CREATED:20250911T181203Z
DESCRIPTION:Hi Valeria\,\n\nThank you for your interest in the Luxury Sales
  Associate - Coral Gables position at Palmetto Luxe Realty! This is a 30-mi
 nute phone conversation with Noah Feld\, Talent Acquisition Partner. Noah w
 ill call you at the number on your application (305) 555-0148.\n\nPlease h
 ave your Florida license number handy.\n\nBest\,\nBrianna Castillo\nRecruit
 ing Coordinator\n\nScheduled via Greenhouse\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from G
 oogle Calendar: https://calendar.google.com/calendar/\n\nYou are receiving 
 this email because you are an attendee on the event. To stop receiving fut
 ure updates for this event\, decline this event.\n\nForwarding this invitat
 ion could allow any recipient to send a response to the organizer\, be add
 ed to the guest list\, invite others regardless of their own invitation st
 atus\, or modify your RSVP.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250911T181204Z
LOCATION:Phone call - Noah will call you
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valeria Montoya - Phone Screen - Palmetto Luxe Realty
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="google-invite-managing-broker", uid="1q7w3e5r7t9y2u4i6o8p0a1s3d@google.com", is_interview=1,
     company="Palmetto Luxe Realty", role="Luxury Sales Associate", stage="hiring_manager",
     interviewers="gregory.ashby@palmettoluxe-realty.com", trap="managing-broker-meet-office-visit", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250923T140000
DTEND;TZID=America/New_York:20250923T150000
DTSTAMP:20250917T150022Z
ORGANIZER;CN=Brianna Castillo:mailto:brianna.castillo@palmettoluxe-realty.com
UID:1q7w3e5r7t9y2u4i6o8p0a1s3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gregory Ashby;X-NUM-GUESTS=0:mailto:gregory.ashby@palmettoluxe-realty.com
CREATED:20250917T150020Z
DESCRIPTION:Hi Valeria\, great speaking with you! Next step is an in-perso
 n meeting with Gregory Ashby\, Managing Broker of our Coral Gables office. 
 He'll walk you through our split structure\, marketing support and the lux
 ury division.\n\nAddress: 2201 Ponce de Leon Blvd\, Suite 300\, Coral Gabl
 es. Free parking in the garage on Salzedo\, ask the front desk for a valid
 ation.\n\nBrianna\n\nScheduled via Greenhouse\n\nInvitation from Google Cal
 endar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250917T150022Z
LOCATION:Palmetto Luxe Realty\, 2201 Ponce de Leon Blvd\, Suite 300\, Coral 
 Gables\, FL 33134
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meet Gregory Ashby (Managing Broker) - Palmetto Luxe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="google-invite-leadership-panel", uid="8h4j2k6l0z9x7c5v3b1n2m4q6w@google.com", is_interview=1,
     company="Palmetto Luxe Realty", role="Luxury Sales Associate", stage="final",
     interviewers="gregory.ashby@palmettoluxe-realty.com;diane.okafor@palmettoluxe-realty.com;"
                  "luis.bettencourt@palmettoluxe-realty.com",
     trap="final-listing-presentation-to-panel", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251002T093000
DTEND;TZID=America/New_York:20251002T110000
DTSTAMP:20250926T204410Z
ORGANIZER;CN=Brianna Castillo:mailto:brianna.castillo@palmettoluxe-realty.com
UID:8h4j2k6l0z9x7c5v3b1n2m4q6w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gregory Ashby;X-NUM-GUESTS=0:mailto:gregory.ashby@palmettoluxe-realty.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Diane Okafor;X-NUM-GUESTS=0:mailto:diane.okafor@palmettoluxe-realty.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Luis Bettencourt;X-NUM-GUESTS=0:mailto:luis.bettencourt@palmettoluxe-realty.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=CG-3-Boardroom (12) [TV];X-NUM-GUESTS=0:mailto:c_188f3a2b7e@resource.calendar.google.com
CREATED:20250926T204405Z
DESCRIPTION:Final round for the Luxury Sales Associate role.\n\nFormat (90 
 min):\n- 20 min: your listing presentation for a $3.2M Coral Gables Mediter
 ranean (sample CMA attached to the email)\n- 40 min: Q&A with Gregory Ashb
 y (Managing Broker)\, Diane Okafor (Director\, Luxury Division) and Luis B
 ettencourt (VP Marketing)\n- 30 min: compensation & next steps\n\nScheduled
  via Greenhouse
LAST-MODIFIED:20250926T204410Z
LOCATION:CG-3-Boardroom (12) [TV]
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final Interview - Valeria Montoya (Luxury Sales Associate)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Alcázar Desarrollos, Madrid developer's Miami office
dict(kind="outlook-romance-entrevista", uid="040000008200E00074C5B7101A82E00800000000A0E7C1B3F22ADC01000000000000000010000000D3F1A9C2B8E4F64BA3B0C9E2D1F0A7B5",
     is_interview=1, company="Alcázar Desarrollos", role="Directora Comercial Miami", stage="recruiter_screen",
     interviewers="paloma.ortega@alcazardesarrollos.es", trap="spanish-outlook-madrid-zone-phone-screen", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@ROMANCE_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Ortega Ruiz, Paloma":mailto:paloma.ortega@alcazardesarrollos.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Valeria\,\n\nGracias por tu interés en el p
 uesto de Directora Comercial para nuestra oficina de Miami (proyecto Alcáz
 ar Brickell). Te propongo una primera conversación telefónica de 30 minuto
 s. Te llamaré al +1 305 555 0148.\n\nHora de Madrid 16:00 = 10:00 en Miami
 .\n\nUn saludo\,\n\nPaloma Ortega Ruiz\nResponsable de Selección y Talento
 \nAlcázar Desarrollos Inmobiliarios\, S.A.\nPaseo de la Castellana 141\, 2
 8046 Madrid\n\n
UID:040000008200E00074C5B7101A82E00800000000A0E7C1B3F22ADC01000000000000000010000000D3F1A9C2B8E4F64BA3B0C9E2D1F0A7B5
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica - Directora Comercial Miami
DTSTART;TZID=Romance Standard Time:20250918T160000
DTEND;TZID=Romance Standard Time:20250918T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T090511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""")),

dict(kind="teams-utc-label-zone-no-vtimezone", uid="040000008200E00074C5B7101A82E0080000000060B4D7E8F42ADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
     is_interview=1, company="Alcázar Desarrollos", role="Directora Comercial Miami", stage="hiring_manager",
     interviewers="javier.sotomayor@alcazardesarrollos.es", trap="spanish-teams-custom-zone-no-vtimezone", hiring=False,
     ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ortega Ruiz, Paloma":mailto:paloma.ortega@alcazardesarrollos.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sotomayor Gil, Javier":mailto:javier.sotomayor@alcazardesarrollos.es
DESCRIPTION;LANGUAGE=es-ES:Valeria\, como comentamos\, la segunda entrevist
 a será con Javier Sotomayor\, Director Comercial Internacional\, que llevar
 á el equipo de ventas del proyecto en Brickell. Dura unos 45 minutos.\n\n__
 ______________________________________________________________________________
 \nReunión de Microsoft Teams\nÚnase desde el ordenador\, la aplicación móv
 il o el dispositivo de la sala\nHaga clic aquí para unirse a la reunión<htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTM4ZjQ5%40thread.v2/0
 ?context=%7b%22Tid%22%3a%22b1c2%22%7d>\nId. de la reunión: 318 224 906 117
 \nCódigo de acceso: 4fQ7pX\n__________________________________________________
 ______________________________\n
UID:040000008200E00074C5B7101A82E0080000000060B4D7E8F42ADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=es-ES:2ª entrevista Alcázar Brickell - Javier Sotomayor
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250930T170000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250930T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T112940Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTM4ZjQ5%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR"""),

dict(kind="outlook-est-final-ceo", uid="040000008200E00074C5B7101A82E00800000000F0A1E3C5D62BDC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
     is_interview=1, company="Alcázar Desarrollos", role="Directora Comercial Miami", stage="final",
     interviewers="ignacio.alcazar@alcazardesarrollos.es;javier.sotomayor@alcazardesarrollos.es",
     trap="spanish-final-ceo-visit-sales-gallery", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Ortega Ruiz, Paloma";SENT-BY="mailto:asistente.direccion@alcazardesarrollos.es":mailto:paloma.ortega@alcazardesarrollos.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alcázar Prieto, Ignacio":mailto:ignacio.alcazar@alcazardesarrollos.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sotomayor Gil, Javier":mailto:javier.sotomayor@alcazardesarrollos.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MIA Sala Galería":mailto:mia.sala.galeria@alcazardesarrollos.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista final con Ignacio Alcázar (Consejero 
 Delegado) y Javier Sotomayor\, aprovechando su viaje a Miami. Lugar: galerí
 a de ventas\, 1010 Brickell Ave\, planta baja. Duración aprox. 1h30 (inclu
 ye visita a la maqueta y a la unidad piloto).\n\nNota: la entrevista será e
 n español.
UID:040000008200E00074C5B7101A82E00800000000F0A1E3C5D62BDC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=es-ES:Entrevista final - Alcázar Desarrollos (D. Ignacio A
 lcázar)
DTSTART;TZID=Eastern Standard Time:20251014T113000
DTEND;TZID=Eastern Standard Time:20251014T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T144203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MIA Sala Galería
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Brickell Atlantic Properties (new-development team)
dict(kind="lever-google-invite", uid="lever-7f3c1a9e-2b64-4d8e-9c01-5e7a2f4b6d83", is_interview=1,
     company="Brickell Atlantic Properties", role="New Development Sales Associate", stage="recruiter_screen",
     interviewers="kendra.mills@brickellatlantic.com", trap="lever-invite-zoom-boilerplate", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250919T113000
DTEND;TZID=America/New_York:20250919T120000
DTSTAMP:20250915T130102Z
ORGANIZER;CN=Kendra Mills:mailto:kendra.mills@brickellatlantic.com
UID:lever-7f3c1a9e-2b64-4d8e-9c01-5e7a2f4b6d83
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kendra Mills;X-NUM-GUESTS=0:mailto:kendra.mills@brickellatlantic.com
DESCRIPTION:Valeria <> Brickell Atlantic\n\nHi Valeria - looking forward to
  chatting about the New Development Sales Associate opening on our sales t
 eam for The Solenne (pre-construction\, 212 residences). \n\nKendra Mills\
 , People & Talent\n\nJoin Zoom Meeting\nhttps://brickellatlantic.zoom.us/j/
 86120034571?pwd=Q2x1VnRk\n\nMeeting ID: 861 2003 4571\nPasscode: 550231\n\n
 One tap mobile\n+13052241968\,\,86120034571#\,\,\,\,*550231# US\n\nThis event
  was scheduled with Lever.
LOCATION:https://brickellatlantic.zoom.us/j/86120034571?pwd=Q2x1VnRk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valeria Montoya <> Brickell Atlantic - Intro Call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="sales-center-role-play", uid="lever-0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f", is_interview=1,
     company="Brickell Atlantic Properties", role="New Development Sales Associate", stage="technical",
     interviewers="andres.villalobos@brickellatlantic.com;kendra.mills@brickellatlantic.com",
     trap="pre-construction-buyer-role-play-assessment", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250926T100000
DTEND;TZID=America/New_York:20250926T113000
DTSTAMP:20250922T161533Z
ORGANIZER;CN=Kendra Mills:mailto:kendra.mills@brickellatlantic.com
UID:lever-0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andrés Villalobos;X-NUM-GUESTS=0:mailto:andres.villalobos@brickellatlantic.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kendra Mills;X-NUM-GUESTS=0:mailto:kendra.mills@brickellatlantic.com
DESCRIPTION:Onsite interview at The Solenne sales gallery.\n\n1) 45 min sal
 es role-play: Andrés (Director of Sales) plays a buyer from Bogotá looking 
 at a 2BR on the 30th floor\; walk him through the model\, the deposit sche
 dule (10/10/10/70) and the condo docs. Spanish and English welcome.\n2) 30 
 min debrief with Andrés and Kendra.\n\nDress: business. Valet at the galle
 ry is complimentary.\n\nThis event was scheduled with Lever.
LOCATION:The Solenne Sales Gallery\, 801 Brickell Bay Dr\, Miami\, FL 33131
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite: Sales Role-Play - Valeria Montoya (New Dev Sales Associate)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Sunhaven Property Management (Workday)
dict(kind="workday-teams-screen", uid="WD-INTERVIEW-R10482-000193844", is_interview=1,
     company="Sunhaven Property Management", role="Property Manager", stage="recruiter_screen",
     interviewers="tbrooks@sunhavenpm.com", trap="workday-requisition-number-teams", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R10482-000193844
DTSTAMP:20251001T140312Z
DTSTART:20251007T150000Z
DTEND:20251007T153000Z
SUMMARY:Interview Scheduled: Property Manager (R-10482) - Sunhaven
ORGANIZER;CN=Sunhaven Careers:mailto:donotreply@sunhavenpm.com
ATTENDEE;CN=Valeria Montoya;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN=Tamika Brooks;ROLE=REQ-PARTICIPANT:mailto:tbrooks@sunhavenpm.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Candidate: Valeria Montoya\nJob Requisition: R-10482 Property M
 anager (Residential - Condominium Portfolio)\nInterview Type: Recruiter Sc
 reen\nInterviewer(s): Tamika Brooks\, Senior Talent Acquisition Specialist\n
 \nJoin on your computer\, mobile app or room device\nhttps://teams.microsof
 t.com/l/meetup-join/19%3ameeting_NmQ0%40thread.v2/0\nMeeting ID: 245 118 30
 9 771\nPasscode: Rk3u9b\n\nPlease do not reply to this automated message.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(kind="outlook-panel-room", uid="040000008200E00074C5B7101A82E008000000002C9E8F7A1B3CDC01000000000000000010000000112233445566778899AABBCCDDEEFF00",
     is_interview=1, company="Sunhaven Property Management", role="Property Manager", stage="onsite",
     interviewers="rgalindo@sunhavenpm.com;mweiss@sunhavenpm.com", trap="outlook-est-panel-room-attendee", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Brooks, Tamika":mailto:tbrooks@sunhavenpm.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Galindo, Rosa":mailto:rgalindo@sunhavenpm.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Martin":mailto:mweiss@sunhavenpm.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DOR-Conf 2B (8)":mailto:dor-conf2b@sunhavenpm.com
DESCRIPTION;LANGUAGE=en-US:Hi Valeria\,\n\nPlease join us in person for a p
 anel interview for the Property Manager position. You'll meet Rosa Galindo
  (Regional Property Manager) and Martin Weiss (Director of Association Ser
 vices). Expect questions on budgets\, vendor bids\, 40-year recertificatio
 n and handling board meetings. Bring a copy of your CAM license if you hav
 e one.\n\nCheck in at reception on the 2nd floor.\n\nTamika\n
UID:040000008200E00074C5B7101A82E008000000002C9E8F7A1B3CDC01000000000000000010000000112233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=en-US:Panel Interview - Property Manager - Valeria Montoya
DTSTART;TZID=Eastern Standard Time:20251015T093000
DTEND;TZID=Eastern Standard Time:20251015T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T194455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DOR-Conf 2B (8)\; 8200 NW 33rd St\, Doral
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Oceanline Developers (SuccessFactors; final rescheduled)
dict(kind="successfactors-invite", uid="SF-ICS-94771-4471-2f0e", is_interview=1,
     company="Oceanline Developers", role="Director of Sales, Residential", stage="hiring_manager",
     interviewers="c.harrington@oceanlinedev.com", trap="successfactors-in-house-developer-role", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ICS-94771-4471-2f0e
DTSTAMP:20251003T120000Z
DTSTART:20251009T180000Z
DTEND:20251009T190000Z
ORGANIZER;CN=Oceanline Recruiting:mailto:recruiting-noreply@oceanlinedev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Charles Harrington:mailto:c.harrington@oceanlinedev.com
SUMMARY:Interview: Director of Sales\, Residential (Req 4471)
LOCATION:Oceanline Developers HQ\, 1450 Brickell Ave\, 19th Floor
DESCRIPTION:Dear Valeria Montoya\,\n\nYour interview for Director of Sales\,
  Residential (Requisition 4471) has been scheduled.\n\nInterviewer: Charles
  Harrington\, SVP Sales & Marketing (hiring manager)\nDuration: 60 minutes\n
 \nTo accept\, decline or propose a new time use the link in your candidate 
 profile.\n\nOceanline Developers - Talent Acquisition
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(kind="successfactors-rescheduled-final", uid="SF-ICS-95102-4471-8a3c", is_interview=1,
     company="Oceanline Developers", role="Director of Sales, Residential", stage="final",
     interviewers="c.harrington@oceanlinedev.com;m.aldana@oceanlinedev.com",
     trap="rescheduled-sequence-2-final", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ICS-95102-4471-8a3c
DTSTAMP:20251020T153010Z
DTSTART:20251024T140000Z
DTEND:20251024T153000Z
ORGANIZER;CN=Oceanline Recruiting:mailto:recruiting-noreply@oceanlinedev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Charles Harrington:mailto:c.harrington@oceanlinedev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marisol Aldana:mailto:m.aldana@oceanlinedev.com
SUMMARY:UPDATED: Final Interview - Director of Sales\, Residential (Req 4471)
LOCATION:Oceanline Developers HQ\, 1450 Brickell Ave\, 19th Floor
DESCRIPTION:Dear Valeria Montoya\,\n\nYour final interview has been RESCHED
 ULED to Friday\, October 24\, 10:00 AM ET (previously Wednesday\, October 2
 2).\n\nInterviewers: Charles Harrington (SVP Sales & Marketing)\; Marisol A
 ldana (Chief Executive Officer)\n\nOceanline Developers - Talent Acquisitio
 n
SEQUENCE:2
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

# ---------------------------------------------------------------- Bayfront Realty Group: internal application
dict(kind="outlook-internal-application", uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F52CDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
     is_interview=1, company="Bayfront Realty Group", role="Team Lead, Coral Gables office", stage="recruiter_screen",
     interviewers="jpierce@bayfrontrealtygroup.com", trap="internal-application-own-employer-work-address", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Pierce, Janelle":mailto:jpierce@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:Hi Valeria\, thanks for applying internally for 
 the Team Lead opening at the Coral Gables office. As with all internal cand
 idates\, the first step is a confidential conversation with HR about the r
 ole\, your production numbers and your timeline. Nothing is shared with yo
 ur current team lead at this stage.\n\nJanelle Pierce\nHR Business Partner
 \, Bayfront Realty Group\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F52CDC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=en-US:Internal candidate conversation - Team Lead (Coral G
 ables)
DTSTART;TZID=Eastern Standard Time:20251008T080000
DTEND;TZID=Eastern Standard Time:20251008T083000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251002T171200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HR office\, 3rd floor (Brickell HQ)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""")),

dict(kind="outlook-internal-hiring-manager", uid="040000008200E00074C5B7101A82E00800000000C7D8E9F0A13CDC01000000000000000010000000DEADBEEF00112233445566778899AABB",
     is_interview=1, company="Bayfront Realty Group", role="Team Lead", stage="hiring_manager",
     interviewers="rquintero@bayfrontrealtygroup.com", trap="internal-team-lead-interview-x-alt-desc", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Quintero, Ramón";SENT-BY="mailto:lfrancis@bayfrontrealtygroup.com":mailto:rquintero@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:Valeria - Ramón would like to meet you for your 
 Team Lead application. Please bring your 2024/2025 GCI summary and a 90-da
 y plan for the Gables team.\n\nLeah Francis\nExecutive Assistant to Ramón 
 Quintero\, Regional Managing Broker\n
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A13CDC01000000000000000010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=en-US:Team Lead interview - V. Montoya / R. Quintero
DTSTART;TZID=Eastern Standard Time:20251021T163000
DTEND;TZID=Eastern Standard Time:20251021T173000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251014T133301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ramón's office (Brickell HQ\, 5th fl)
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Valeria - Ramón would like to m
 eet you for your <b>Team Lead application</b>. Please bring your 2024/2025
  GCI summary and a 90-day plan for the Gables team.</p><p>Leah Francis<br>E
 xecutive Assistant to Ramón Quintero\, Regional Managing Broker</p></body><
 /html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Meridian Homes via Keystone Talent Partners (agency)
dict(kind="agency-invite-names-client", uid="ktp-20251006-meridian-vm-01@keystonetalent.net", is_interview=1,
     company="Meridian Homes", role="New Home Sales Consultant", stage="hiring_manager",
     interviewers="pdelacruz@meridianhomes-fl.com", trap="agency-organizer-client-employer", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251006T191500Z
DESCRIPTION:Hi Valeria\,\n\nAs discussed\, Meridian Homes would like to mee
 t you for the New Home Sales Consultant role at their Miramar Pointe commu
 nity (base + commission\, weekends required). You'll meet Patricia de la C
 ruz\, Division Sales Manager\, at the model center.\n\nCall me right after!
 \n\nGreg Tanaka\nSenior Recruiter | Keystone Talent Partners\n(954) 555-01
 77\n
DTEND;TZID=Eastern Standard Time:20251010T140000
DTSTAMP:20251006T191500Z
DTSTART;TZID=Eastern Standard Time:20251010T130000
LAST-MODIFIED:20251006T191500Z
LOCATION:Meridian Homes Model Center - Miramar Pointe\, 3300 SW 172nd Ave\,
  Miramar FL
ORGANIZER;CN="Tanaka, Greg":mailto:gtanaka@keystonetalent.net
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN="de la Cruz, Patricia";ROLE=REQ-PARTICIPANT:mailto:pdelacruz@meridianhomes-fl.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Keystone: Valeria Montoya / Meridian Homes - interview
TRANSP:OPAQUE
UID:ktp-20251006-meridian-vm-01@keystonetalent.net
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""")),

dict(kind="model-home-trial-shift", uid="ktp-20251014-meridian-vm-02@keystonetalent.net", is_interview=1,
     company="Meridian Homes", role="New Home Sales Consultant", stage="onsite",
     interviewers="pdelacruz@meridianhomes-fl.com", trap="weekend-model-home-trial-shift", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Valeria\, great news - Patricia wants you to do a paid trial sh
 ift at the model center this Saturday before they make a decision. You'll 
 greet walk-ins with their on-site team\, do one or two model tours and Pat
 ricia will observe. Wear closed-toe shoes (lots in active construction).\n\n
 Greg | Keystone Talent Partners\n
DTEND;TZID=Eastern Standard Time:20251018T150000
DTSTAMP:20251014T220301Z
DTSTART;TZID=Eastern Standard Time:20251018T100000
LOCATION:Meridian Homes Model Center - Miramar Pointe
ORGANIZER;CN="Tanaka, Greg":mailto:gtanaka@keystonetalent.net
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN="de la Cruz, Patricia";ROLE=OPT-PARTICIPANT:mailto:pdelacruz@meridianhomes-fl.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Trial shift - Meridian Homes (Miramar Pointe) - Valeria M.
TRANSP:OPAQUE
UID:ktp-20251014-meridian-vm-02@keystonetalent.net
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Haven & Hart Property Co. (rescheduled: two files, same UID)
dict(kind="google-invite-original", uid="3vbq1l5u9pmd2o7s0f4e8tjk6h@google.com", is_interview=1,
     company="Haven & Hart Property Co.", role="Leasing & Property Manager", stage="hiring_manager",
     interviewers="nora@havenandhart.co", trap="reschedule-pair-original-sequence-0", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251028T150000
DTEND;TZID=America/New_York:20251028T154500
DTSTAMP:20251021T120944Z
ORGANIZER;CN=Nora Hart:mailto:nora@havenandhart.co
UID:3vbq1l5u9pmd2o7s0f4e8tjk6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nora Hart;X-NUM-GUESTS=0:mailto:nora@havenandhart.co
CREATED:20251021T120943Z
DESCRIPTION:Interview for the Leasing & Property Manager role (Wynwood + Ed
 gewater buildings\, ~180 units). I own the company with my husband\; it'll 
 be a relaxed conversation.\n\nNora\n\nJoin with Google Meet: https://meet.g
 oogle.com/hqe-mzpt-kwa\nOr dial: (US) +1 305-555-0121 PIN: 448 712 339#\n\nI
 nvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20251021T120944Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Valeria Montoya - Haven & Hart
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="google-invite-rescheduled", uid="3vbq1l5u9pmd2o7s0f4e8tjk6h@google.com", is_interview=1,
     company="Haven & Hart Property Co.", role="Leasing & Property Manager", stage="hiring_manager",
     interviewers="nora@havenandhart.co", trap="reschedule-pair-updated-sequence-1", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251030T090000
DTEND;TZID=America/New_York:20251030T094500
DTSTAMP:20251027T224015Z
ORGANIZER;CN=Nora Hart:mailto:nora@havenandhart.co
UID:3vbq1l5u9pmd2o7s0f4e8tjk6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nora Hart;X-NUM-GUESTS=0:mailto:nora@havenandhart.co
CREATED:20251021T120943Z
DESCRIPTION:Sorry to move this - a tenant flood at Edgewater. Same link.\n\n
 Interview for the Leasing & Property Manager role (Wynwood + Edgewater bui
 ldings\, ~180 units).\n\nNora\n\nJoin with Google Meet: https://meet.google
 .com/hqe-mzpt-kwa\n\nInvitation from Google Calendar: https://calendar.goog
 le.com/calendar/
LAST-MODIFIED:20251027T224015Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview: Valeria Montoya - Haven & Hart
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Key Biscayne Estates Group
dict(kind="zoom-recruiter-screen", uid="zoom-84411290357-20251006@kbestates.com", is_interview=1,
     company="Key Biscayne Estates Group", role="Luxury Listing Specialist", stage="recruiter_screen",
     interviewers="lorna.whitfield@kbestates.com", trap="zoom-invite-acronym-summary", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251001T170455Z
DTSTART:20251006T190000Z
DTEND:20251006T193000Z
SUMMARY:KBEG | Luxury Listing Specialist - screening (V. Montoya)
UID:zoom-84411290357-20251006@kbestates.com
TZID:America/New_York
DESCRIPTION:Lorna Whitfield is inviting you to a scheduled Zoom meeting.\n\n
 Topic: KBEG | Luxury Listing Specialist - screening (V. Montoya)\n\nJoin Z
 oom Meeting\nhttps://us06web.zoom.us/j/84411290357?pwd=bXl4cEtQa2V5\n\nMee
 ting ID: 844 1129 0357\nPasscode: kbeg25\n\n---\nLorna Whitfield\nRecruitin
 g & Agent Development\, Key Biscayne Estates Group
LOCATION:https://us06web.zoom.us/j/84411290357?pwd=bXl4cEtQa2V5
ORGANIZER;CN=Lorna Whitfield:mailto:lorna.whitfield@kbestates.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""),

dict(kind="ios-listing-presentation-assessment", uid="9C1E7B44-55A2-4E3B-9F0D-2A7C6E8B1D35", is_interview=1,
     company="Key Biscayne Estates Group", role="Luxury Listing Specialist", stage="technical",
     interviewers="Lorna;Phil Sandoval", trap="seller-role-play-assessment-hand-typed", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251008T013302Z
DTEND;TZID=America/New_York:20251013T120000
DTSTAMP:20251008T013344Z
DTSTART;TZID=America/New_York:20251013T103000
LAST-MODIFIED:20251008T013344Z
LOCATION:KBEG office\, 260 Crandon Blvd
SEQUENCE:0
SUMMARY:KBEG 2nd round - listing presentation test
DESCRIPTION:They play the sellers (Lorna + Phil Sandoval\, the broker-owner
 ). Bring iPad w/ CMA for 455 Harbor Dr\, pricing strategy\, mktg plan. 30 m
 in + questions
UID:9C1E7B44-55A2-4E3B-9F0D-2A7C6E8B1D35
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:0F6B9B4E-7F4D-4E1B-8B2E-4C0E7B3A9D11
X-WR-ALARMUID:0F6B9B4E-7F4D-4E1B-8B2E-4C0E7B3A9D11
END:VALARM
END:VEVENT
END:VCALENDAR"""),

# ---------------------------------------------------------------- Grand Ventana Residences (developer sales centre)
dict(kind="microsoft-bookings-screen", uid="bk-5d7f0e2a-1c9b-4f38-a6e0-83d2b94c7e15", is_interview=1,
     company="Grand Ventana Residences", role="Sales Executive", stage="recruiter_screen",
     interviewers="shernandez@grandventana.com", trap="microsoft-bookings-staff-member", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN=Grand Ventana Talent:mailto:GrandVentanaTalent@grandventana.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Sofia Hernandez:mailto:shernandez@grandventana.com
DESCRIPTION;LANGUAGE=en-US:Booking confirmed\n\nService: Sales Executive - 
 first interview (30 min)\nStaff: Sofia Hernandez\nCustomer: Valeria Montoya
 \nPhone: +1 305 555 0148\n\nJoin Microsoft Teams Meeting\nhttps://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_Yjg2%40thread.v2/0\n\nNeed to make ch
 anges? Manage your booking: https://outlook.office365.com/owa/calendar/Gran
 dVentanaTalent@grandventana.onmicrosoft.com/bookings/\n
UID:bk-5d7f0e2a-1c9b-4f38-a6e0-83d2b94c7e15
SUMMARY;LANGUAGE=en-US:Sales Executive - first interview
DTSTART;TZID=Eastern Standard Time:20251103T110000
DTEND;TZID=Eastern Standard Time:20251103T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T201715Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(kind="sales-gallery-panel", uid="040000008200E00074C5B7101A82E00800000000D0E1F2A3B44DDC01000000000000000010000000CAFEBABE0123456789ABCDEF01234567",
     is_interview=1, company="Grand Ventana Residences", role="Sales Executive", stage="onsite",
     interviewers="shernandez@grandventana.com;dkowalski@grandventana.com;mrivas@fortunacapital-dev.com",
     trap="panel-with-developer-partner-outside-domain", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Hernandez, Sofia":mailto:shernandez@grandventana.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kowalski, Dana":mailto:dkowalski@grandventana.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rivas, Mauricio":mailto:mrivas@fortunacapital-dev.com
DESCRIPTION;LANGUAGE=en-US:Hi Valeria\, please come to the Grand Ventana sa
 les gallery for a panel interview with Dana Kowalski (VP Sales) and Mauric
 io Rivas (Development Partner\, Fortuna Capital). I'll sit in as well. Plan
  for 1 hour\, then a walk-through of the 41st-floor model.\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B44DDC01000000000000000010000000CAFEBABE0123456789ABCDEF01234567
SUMMARY;LANGUAGE=en-US:Panel interview - Sales Executive - Grand Ventana
DTSTART;TZID=Eastern Standard Time:20251112T140000
DTEND;TZID=Eastern Standard Time:20251112T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T150244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Grand Ventana Sales Gallery\, 4000 Collins Ave\, Mia
 mi Beach
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

# ---------------------------------------------------------------- Solara Residential (one-way video, then Workday final)
dict(kind="one-way-video-all-day", uid="solara-ondemand-VM-55120@solararesidential.com", is_interview=1,
     company="Solara Residential", role="Regional Leasing Manager", stage="recruiter_screen",
     interviewers="", trap="all-day-one-way-video-interview-deadline", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Solara Residential//Candidate Portal//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:solara-ondemand-VM-55120@solararesidential.com
DTSTAMP:20251020T110000Z
DTSTART;VALUE=DATE:20251023
DTEND;VALUE=DATE:20251024
SUMMARY:Complete your on-demand video interview - Solara Residential
DESCRIPTION:Hi Valeria\, the next step for the Regional Leasing Manager rol
 e is a recorded video interview (5 questions\, 2 minutes each\, one retake
 ). The link expires at 11:59 PM ET on Oct 23.\nhttps://solararesidential.o
 ndemand-interview.example/c/VM55120
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""),

dict(kind="workday-final-onsite", uid="WD-INTERVIEW-R20977-000201533", is_interview=1,
     company="Solara Residential", role="Regional Leasing Manager", stage="final",
     interviewers="gsterling@solararesidential.com;aprice@solararesidential.com",
     trap="workday-final-utc-times", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R20977-000201533
DTSTAMP:20251104T210010Z
DTSTART:20251110T163000Z
DTEND:20251110T180000Z
SUMMARY:Interview Scheduled: Regional Leasing Manager (R-20977) - Final Rou
 nd
ORGANIZER;CN=Solara Residential Talent Acquisition:mailto:donotreply@solararesidential.com
ATTENDEE;CN=Valeria Montoya;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN=Grace Sterling;ROLE=REQ-PARTICIPANT:mailto:gsterling@solararesidential.com
ATTENDEE;CN=Alan Price;ROLE=REQ-PARTICIPANT:mailto:aprice@solararesidential.com
LOCATION:Solara Residential\, 9700 S Dixie Hwy\, Suite 1100\, Pinecrest
DESCRIPTION:Candidate: Valeria Montoya\nJob Requisition: R-20977 Regional L
 easing Manager\nInterview Type: Final Round (in person)\nInterviewer(s): Gr
 ace Sterling (VP Operations)\; Alan Price (Chief Operating Officer)\n\nPlea
 se do not reply to this automated message.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

# ---------------------------------------------------------------- Hanseatic Wohnbau, Miami branch (German)
dict(kind="outlook-german-vorstellungsgespraech", uid="040000008200E00074C5B7101A82E00800000000E1F2A3B4C55DDC01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900",
     is_interview=1, company="Hanseatic Wohnbau", role="Sales Manager Miami (m/w/d)", stage="recruiter_screen",
     interviewers="henrike.brandt@hanseatic-wohnbau.de", trap="german-w-europe-zone-teams", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@W_EUROPE_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Henrike":mailto:henrike.brandt@hanseatic-wohnbau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Dear Ms Montoya\, \n\nvielen Dank für Ihre Bewer
 bung als Sales Manager Miami (m/w/d). Gerne möchten wir Sie zu einem ersten
  Kennenlerngespräch per Teams einladen (auf Englisch). Please note the tim
 e is 15:00 Hamburg time = 9:00 am Miami.\n\nMit freundlichen Grüßen\nHenri
 ke Brandt\nHR / Recruiting\nHanseatic Wohnbau GmbH\, Große Elbstraße 59\, 
 22767 Hamburg\n\n_____________________________________________________________
 ___________________\nMicrosoft Teams-Besprechung\nNehmen Sie über den Comp
 uter\, die mobile App oder das Raumgerät teil\nHier klicken\, um an der Bes
 prechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_MWQx%40thread.v2/0>\nBesprechungs-ID: 371 905 422 118\nKennung: 9TqR2m\n
 ________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C55DDC01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Valeria Montoya - Sales Manager
  Miami (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20251016T150000
DTEND;TZID=W. Europe Standard Time:20251016T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""")),

dict(kind="outlook-german-zweitgespraech", uid="040000008200E00074C5B7101A82E00800000000F2A3B4C5D66DDC01000000000000000010000000BB22CC33DD44EE55FF66778899AA0011",
     is_interview=1, company="Hanseatic Wohnbau", role="Sales Manager Miami (m/w/d)", stage="final",
     interviewers="lukas.vogt@hanseatic-wohnbau.de;henrike.brandt@hanseatic-wohnbau.de",
     trap="german-zweitgespraech-geschaeftsfuehrer-no-vtimezone", hiring=False,
     ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Henrike":mailto:henrike.brandt@hanseatic-wohnbau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vogt, Dr. Lukas":mailto:lukas.vogt@hanseatic-wohnbau.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Montoya\,\n\nwie telefonisch be
 sprochen laden wir Sie zum Zweitgespräch mit unserem Geschäftsführer Dr. Lu
 kas Vogt ein. Ich werde ebenfalls teilnehmen. Bitte bereiten Sie eine kurz
 e Einschätzung des Miami-Marktes für Käufer aus Deutschland und Österreich
  vor (10 Min.).\n\nMit freundlichen Grüßen\nHenrike Brandt\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D66DDC01000000000000000010000000BB22CC33DD44EE55FF66778899AA0011
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Fr. Montoya / Dr. Vogt
DTSTART;TZID=W. Europe Standard Time:20251029T160000
DTEND;TZID=W. Europe Standard Time:20251029T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T100144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""),

# ---------------------------------------------------------------- Maison Rivière International Realty (French)
dict(kind="french-entretien-paris-zone", uid="mri-entretien-2025-0917-vmontoya@maisonriviere-immo.fr", is_interview=1,
     company="Maison Rivière International Realty", role="Conseillère Immobilier de Prestige - Miami",
     stage="recruiter_screen", interviewers="c.lefevre@maisonriviere-immo.fr",
     trap="french-entretien-chargee-de-recrutement", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_TZ@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251022T170000
DTEND;TZID=Europe/Paris:20251022T173000
DTSTAMP:20251015T094012Z
ORGANIZER;CN=Camille Lefèvre:mailto:c.lefevre@maisonriviere-immo.fr
UID:mri-entretien-2025-0917-vmontoya@maisonriviere-immo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Bonjour Valeria\,\n\nSuite à votre candidature pour le poste de
  Conseillère Immobilier de Prestige pour notre nouveau bureau de Miami\, je
  vous propose un premier entretien en visio (30 min\, en anglais ou en fran
 çais\, comme vous préférez).\n\nBien cordialement\,\nCamille Lefèvre\nChar
 gée de recrutement\, Maison Rivière\n\nRejoindre Google Meet : https://meet
 .google.com/vrt-qkcn-ope\n\nInvitation de Google Agenda : https://calendar.
 google.com/calendar/
LOCATION:https://meet.google.com/vrt-qkcn-ope
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Valeria Montoya - Maison Rivière Miami
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="french-english-directeur-agence", uid="mri-entretien-2025-1030-vmontoya@maisonriviere-immo.fr", is_interview=1,
     company="Maison Rivière International Realty", role="Conseillère Immobilier de Prestige - Miami",
     stage="hiring_manager", interviewers="t.marchand@maisonriviere-immo.fr",
     trap="french-english-mixed-agency-director", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251104T100000
DTEND;TZID=America/New_York:20251104T110000
DTSTAMP:20251028T162201Z
ORGANIZER;CN=Camille Lefèvre:mailto:c.lefevre@maisonriviere-immo.fr
UID:mri-entretien-2025-1030-vmontoya@maisonriviere-immo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thibault Marchand;X-NUM-GUESTS=0:mailto:t.marchand@maisonriviere-immo.fr
DESCRIPTION:Valeria\, Thibault Marchand (Directeur d'agence\, Miami) will m
 eet you at the new office on Brickell - second interview\, in English. Ad
 resse : 1101 Brickell Ave\, South Tower\, 8e étage.\n\nCamille\n\nInvitati
 on de Google Agenda : https://calendar.google.com/calendar/
LOCATION:Maison Rivière\, 1101 Brickell Ave\, South Tower\, 8th floor\, Mia
 mi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2e entretien / 2nd interview - Thibault Marchand (Maison Rivière)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),
]
