# ruff: noqa: E501, W291
"""holdout245: the user's own interviews, one round per employer."""
from holdout245ev_zones import fill

EVENTS = [
dict(kind="calendly-intro-call", uid="c7b1f2e0-8d4a-4e6b-9a3f-5c2d1e0b7a96", is_interview=1,
     company="Isla Verde Luxury Homes", role="Buyer Specialist", stage="recruiter_screen",
     interviewers="talent@islaverdeluxury.com", trap="calendly-candidate-is-invitee", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c7b1f2e0-8d4a-4e6b-9a3f-5c2d1e0b7a96
DTSTAMP:20250910T023355Z
DTSTART:20250912T140000Z
DTEND:20250912T143000Z
SUMMARY:Buyer Specialist - Intro Call between Isla Verde Luxury Homes and V
 aleria Montoya
ORGANIZER;CN=Tess Morales:mailto:talent@islaverdeluxury.com
ATTENDEE;CN=Valeria Montoya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN=Tess Morales;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:talent@islaverdeluxury.com
LOCATION:Tess Morales will call the invitee at +1 305-555-0148
DESCRIPTION:Event Name: Buyer Specialist - Intro Call\n\nA short call to ge
 t to know you and tell you about the Buyer Specialist seat on our team in 
 Coconut Grove.\n\nQuestions: \nFlorida license number?\nSL3498120\nCurrent
  annual volume?\n$14.6M closed 2024\n\nNeed to make changes to this event?\
 nCancel: https://calendly.com/cancellations/c7b1f2e0\nReschedule: https://
 calendly.com/reschedulings/c7b1f2e0\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(kind="founder-gmail-invite", uid="0r9q8p7o6n5m4l3k2j1i0h9g8f@google.com", is_interview=1,
     company="Cielo Grove Realty", role="Senior Agent / Team Lead", stage="hiring_manager",
     interviewers="marta.cielogrove@gmail.com", trap="founder-free-mail-coffee-interview", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250917T083000
DTEND;TZID=America/New_York:20250917T093000
DTSTAMP:20250914T231208Z
ORGANIZER;CN=Marta Echeverri:mailto:marta.cielogrove@gmail.com
UID:0r9q8p7o6n5m4l3k2j1i0h9g8f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Echeverri;X-NUM-GUESTS=0:mailto:marta.cielogrove@gmail.com
DESCRIPTION:Valeria! So glad you reached out. Let's treat this as a proper 
 interview for the senior agent / future team lead seat at Cielo Grove - I'
 ll tell you about our numbers\, you tell me about your book. Coffee's on m
 e.\n- Marta (founder\, Cielo Grove Realty)\n\nInvitation from Google Calen
 dar: https://calendar.google.com/calendar/
LOCATION:Panther Coffee\, 3407 Main Hwy\, Coconut Grove
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valeria x Marta - Cielo Grove
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="thunderbird-spanish-hand-typed", uid="f1d2c3b4-a5e6-4f70-8192-a3b4c5d6e7f8", is_interview=1,
     company="Magnolia & Reyes Realty", role="", stage="",
     interviewers="Sra. Reyes", trap="spanish-floating-no-attendees-ampersand", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250920T020311Z
LAST-MODIFIED:20250920T020355Z
DTSTAMP:20250920T020355Z
UID:f1d2c3b4-a5e6-4f70-8192-a3b4c5d6e7f8
SUMMARY:entrevista Magnolia&Reyes - con la Sra. Reyes
DTSTART:20250924T150000
DTEND:20250924T160000
LOCATION:Miracle Mile 255\, of. 4 (al lado del banco)
DESCRIPTION:llevar CV impreso + carta de recomendación de Carla. preguntar 
 split y si pagan MLS fees
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR"""),

dict(kind="assessment-centre-group", uid="SH-AC-2025-10-04-017@sandpiperhomes.com", is_interview=1,
     company="Sandpiper Homes", role="New Home Sales Consultant", stage="onsite",
     interviewers="jrollins@sandpiperhomes.com;ebautista@sandpiperhomes.com",
     trap="builder-assessment-centre-group-exercise", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Candidate\,\n\nThank you for progressing to the Sandpiper 
 Homes Sales Consultant Assessment Centre.\n\n08:30 Welcome & coffee\n09:00 
 Group exercise: launch plan for a 64-home phase\n10:15 Individual model-ho
 me tour role-play (observed by Jason Rollins\, Regional Sales Director)\n1
 1:30 Competency interview with Elena Bautista (HR)\n12:30 Close\n\nPlease b
 ring photo ID and your real estate license.\n\nSandpiper Homes Talent Team
 \n
DTSTART;TZID=Eastern Standard Time:20251004T083000
DTEND;TZID=Eastern Standard Time:20251004T123000
DTSTAMP:20250926T130000Z
LOCATION:Sandpiper Homes Welcome Center\, Veranda Isles\, 14800 SW 56th St
ORGANIZER;CN=Sandpiper Homes Talent Team:mailto:careers@sandpiperhomes.com
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN="Rollins, Jason";ROLE=REQ-PARTICIPANT:mailto:jrollins@sandpiperhomes.com
ATTENDEE;CN="Bautista, Elena";ROLE=REQ-PARTICIPANT:mailto:ebautista@sandpiperhomes.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Sales Consultant Assessment Centre - Sat 4 Oct
TRANSP:OPAQUE
UID:SH-AC-2025-10-04-017@sandpiperhomes.com
END:VEVENT
END:VCALENDAR""")),

dict(kind="google-zoom-second-interview", uid="6u1i2o3p4a5s6d7f8g9h0j1k2l@google.com", is_interview=1,
     company="Arcadia Luxury Group", role="Luxury Sales Advisor", stage="hiring_manager",
     interviewers="bianca.russo@arcadialuxurygroup.com", trap="second-interview-zoom-in-google-invite", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251001T163000
DTEND;TZID=America/New_York:20251001T171500
DTSTAMP:20250929T120101Z
ORGANIZER;CN=Bianca Russo:mailto:bianca.russo@arcadialuxurygroup.com
UID:6u1i2o3p4a5s6d7f8g9h0j1k2l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bianca Russo;X-NUM-GUESTS=0:mailto:bianca.russo@arcadialuxurygroup.com
DESCRIPTION:Second interview - Luxury Sales Advisor (Fisher Island & Miami 
 Beach)\nWith Bianca Russo\, Managing Director\n\nJoin Zoom Meeting\nhttps:/
 /arcadialuxury.zoom.us/j/92014477105\nMeeting ID: 920 1447 7105\nPasscode: 
 771020\n\nInvitation from Google Calendar: https://calendar.google.com/cal
 endar/
LOCATION:https://arcadialuxury.zoom.us/j/92014477105
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Arcadia Luxury Group - 2nd Interview (Valeria Montoya)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="google-export-cancelled", uid="2f4h6j8k0l1z3x5c7v9b2n4m6q@google.com", is_interview=1,
     company="Pinnacle Shores Realty", role="Listing Agent", stage="recruiter_screen",
     interviewers="hr@pinnacleshoresrealty.com", trap="status-cancelled-google-export", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:valeria.montoya.re@gmail.com
X-WR-TIMEZONE:America/New_York
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251006T120000
DTEND;TZID=America/New_York:20251006T123000
DTSTAMP:20251105T140000Z
ORGANIZER;CN=Pinnacle Shores HR:mailto:hr@pinnacleshoresrealty.com
UID:2f4h6j8k0l1z3x5c7v9b2n4m6q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pinnacle Shores HR;X-NUM-GUESTS=0:mailto:hr@pinnacleshoresrealty.com
CREATED:20250930T150221Z
DESCRIPTION:Phone interview - Listing Agent (Aventura office). HR will call
  you.\n\nThis event has been canceled.
LAST-MODIFIED:20251004T172209Z
LOCATION:Phone
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled: Phone interview - Listing Agent - Pinnacle Shores Realty
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="outlook-method-cancel", uid="040000008200E00074C5B7101A82E008000000009A8B7C6D5E4FDC01000000000000000010000000F00DF00DF00DF00DF00DF00DF00DF00D",
     is_interview=1, company="Tropica Development Partners", role="In-House Sales Manager", stage="hiring_manager",
     interviewers="vkessler@tropicadev.com", trap="method-cancel-outlook-canceled-prefix", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Victor":mailto:vkessler@tropicadev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
DESCRIPTION;LANGUAGE=en-US:Valeria\, apologies - the In-House Sales Manager
  search is on hold while we finalize the construction loan for Tropica Ke
 ys. I'll reach out as soon as we reopen it.\n\nVictor Kessler\nManaging Pa
 rtner\n
UID:040000008200E00074C5B7101A82E008000000009A8B7C6D5E4FDC01000000000000000010000000F00DF00DF00DF00DF00DF00DF00DF00D
SUMMARY;LANGUAGE=en-US:Canceled: Interview - In-House Sales Manager (Tropica
  Keys)
DTSTART;TZID=Eastern Standard Time:20251016T100000
DTEND;TZID=Eastern Standard Time:20251016T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251013T210044Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Tropica Development Partners\, 3250 Mary St\, Coconu
 t Grove
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""")),

dict(kind="ios-terse-abbrev", uid="3B8F2D1C-0A9E-47D6-B5C4-E3F2A1B0C9D8", is_interview=1,
     company="Banyan Keys Realty", role="", stage="", interviewers="Dave",
     trap="terse-intvw-abbreviation-first-name", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251002T232910Z
DTEND;TZID=America/New_York:20251007T103000
DTSTAMP:20251002T232920Z
DTSTART;TZID=America/New_York:20251007T093000
LAST-MODIFIED:20251002T232920Z
SEQUENCE:0
SUMMARY:Banyan Keys intvw w/ Dave
UID:3B8F2D1C-0A9E-47D6-B5C4-E3F2A1B0C9D8
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:5E1C7A3B-2D4F-4A60-9B8C-1E2F3A4B5C6D
X-WR-ALARMUID:5E1C7A3B-2D4F-4A60-9B8C-1E2F3A4B5C6D
END:VALARM
END:VEVENT
END:VCALENDAR"""),

dict(kind="google-spanish-footer", uid="7y8u9i0o1p2a3s4d5f6g7h8j9k@google.com", is_interview=1,
     company="Monteazul Real Estate", role="Asesora Inmobiliaria Bilingüe", stage="recruiter_screen",
     interviewers="reclutamiento@monteazulrealestate.com", trap="spanish-google-invitacion-footer", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251008T110000
DTEND;TZID=America/New_York:20251008T113000
DTSTAMP:20251003T191005Z
ORGANIZER;CN=Reclutamiento Monteazul:mailto:reclutamiento@monteazulrealestate.com
UID:7y8u9i0o1p2a3s4d5f6g7h8j9k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Reclutamiento Monteazul;X-NUM-GUESTS=0:mailto:reclutamiento@monteazulrealestate.com
DESCRIPTION:Hola Valeria\,\n\nTe confirmamos la entrevista por videollamada 
 para la posición de Asesora Inmobiliaria Bilingüe (clientes de México y Ve
 nezuela que compran en Doral y Weston).\n\nSaludos\,\nEquipo de Reclutamie
 nto - Monteazul Real Estate\n\nUnirse con Google Meet: https://meet.google.
 com/mza-qpow-tri\n\nInvitación de Google Calendar: https://calendar.google.
 com/calendar/\n\nRecibes este correo porque eres un invitado del evento. P
 ara dejar de recibir actualizaciones futuras de este evento\, rechaza este
  evento.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Asesora Inmobiliaria Bilingüe (Monteazul)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="thunderbird-floating", uid="a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", is_interview=1,
     company="Brisa Homes", role="Sales Manager", stage="",
     interviewers="Ray Delgado", trap="floating-time-hand-typed-mgr-abbrev", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251011T152201Z
LAST-MODIFIED:20251011T152240Z
DTSTAMP:20251011T152240Z
UID:a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d
SUMMARY:Interview Brisa Homes - sales mgr (Ray Delgado)
DTSTART:20251015T133000
DTEND:20251015T143000
LOCATION:Brisa Homes sales trailer\, Homestead (Brisa Village ph. 2)
DESCRIPTION:ask about base vs commission\, co-op w/ outside brokers\, who r
 eports to who
END:VEVENT
END:VCALENDAR"""),

dict(kind="cam-interview-outlook", uid="EG-CAM-3391@evergladecm.com", is_interview=1,
     company="Everglade Community Management", role="Licensed Community Association Manager (LCAM)",
     stage="hiring_manager", interviewers="dpatel@evergladecm.com",
     trap="lcam-acronym-hoa-management-firm", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_UTC_LABEL@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Valeria\,\n\nConfirming your interview for the LCAM position (2 
 high-rise associations in Sunny Isles). You'll meet Deepak Patel\, Vice Pr
 esident of Operations. Please bring proof of your CAM license application 
 status.\n\nRegards\,\nEverglade Community Management\n
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251020T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251020T110000
DTSTAMP:20251014T174500Z
LOCATION:Everglade CM\, 17070 Collins Ave\, Suite 210\, Sunny Isles Beach
ORGANIZER;CN="Patel, Deepak":mailto:dpatel@evergladecm.com
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:LCAM Interview - V. Montoya
TRANSP:OPAQUE
UID:EG-CAM-3391@evergladecm.com
END:VEVENT
END:VCALENDAR""")),

dict(kind="teams-utc-label-zone-vtimezone", uid="040000008200E00074C5B7101A82E0080000000011A2B3C4D55EDC01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8",
     is_interview=1, company="Vista Mar Developers", role="Sales & Marketing Manager", stage="hiring_manager",
     interviewers="ogarza@vistamardev.com", trap="teams-developer-in-house-role", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_UTC_LABEL@@
BEGIN:VEVENT
ORGANIZER;CN="Garza, Octavio":mailto:ogarza@vistamardev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
DESCRIPTION;LANGUAGE=en-US:Valeria - as mentioned by phone\, let's do a Tea
 ms interview for the Sales & Marketing Manager role (you would run broker 
 outreach and the sales center for Vista Mar Bay Harbor).\n\nOctavio Garza\n
 Chief Operating Officer\n\n________________________________________________
 ________________________________\nMicrosoft Teams meeting\nJoin on your co
 mputer\, mobile app or room device\nClick here to join the meeting<https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE2%40thread.v2/0>\nMeetin
 g ID: 266 730 118 445\nPasscode: uW7n3K\nCall in (audio only)\n+1 305-555-0
 190\,\,482771933#   United States\, Miami\nPhone Conference ID: 482 771 933
 #\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D55EDC01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
SUMMARY;LANGUAGE=en-US:Vista Mar - Sales & Marketing Mgr - interview
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251022T153000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251022T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T203011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""")),

dict(kind="case-study-presentation", uid="ncr-int-20251027-vmontoya@northbaycapital.com", is_interview=1,
     company="Northbay Capital Residential", role="Asset Manager - Multifamily", stage="technical",
     interviewers="jlarkin@northbaycapital.com;ssaito@northbaycapital.com",
     trap="case-study-underwriting-presentation", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Valeria\, for the next round please prepare a 15-minute present
 ation on the attached rent roll and T-12 for a 96-unit property in Hialeah
 : recommended rent strategy\, capex priorities and a 12-month leasing plan
 . Jeff Larkin (Head of Asset Management) and Saki Saito (Senior Analyst) w
 ill ask follow-up questions.\n
DTSTART:20251027T150000Z
DTEND:20251027T160000Z
DTSTAMP:20251021T120010Z
LOCATION:Northbay Capital\, 333 SE 2nd Ave\, 27th floor
ORGANIZER;CN="Larkin, Jeff":mailto:jlarkin@northbaycapital.com
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN="Saito, Saki";ROLE=REQ-PARTICIPANT:mailto:ssaito@northbaycapital.com
SEQUENCE:0
SUMMARY:Case study presentation - Asset Manager candidate V. Montoya
TRANSP:OPAQUE
UID:ncr-int-20251027-vmontoya@northbaycapital.com
END:VEVENT
END:VCALENDAR"""),

dict(kind="trial-day-shadow", uid="E5D4C3B2-A190-4F8E-9D7C-6B5A4F3E2D1C", is_interview=1,
     company="Gulfstream Luxury Rentals", role="Leasing Consultant", stage="onsite",
     interviewers="Kim", trap="trial-day-ios-part-of-selection", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251025T144500Z
DTEND;TZID=America/New_York:20251101T160000
DTSTAMP:20251025T144530Z
DTSTART;TZID=America/New_York:20251101T090000
LAST-MODIFIED:20251025T144530Z
LOCATION:Gulfstream Luxury Rentals\, 1800 Sunset Harbour Dr
SEQUENCE:0
SUMMARY:Trial day Gulfstream Luxury Rentals
DESCRIPTION:Kim said it's the last step before offer - shadow the leasing t
 eam\, 2 showings\, mock lease walkthrough. Parking in Sunset Harbour garage
UID:E5D4C3B2-A190-4F8E-9D7C-6B5A4F3E2D1C
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(kind="final-team-lunch", uid="pcr-final-lunch-vm@palmcourtrealty.com", is_interview=1,
     company="Palm Court Realty", role="Listing Partner", stage="final",
     interviewers="ellen@palmcourtrealty.com;marcus@palmcourtrealty.com",
     trap="final-step-framed-as-team-lunch", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251105T123000
DTEND;TZID=America/New_York:20251105T140000
DTSTAMP:20251030T183300Z
ORGANIZER;CN=Ellen Park:mailto:ellen@palmcourtrealty.com
UID:pcr-final-lunch-vm@palmcourtrealty.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Greene;X-NUM-GUESTS=0:mailto:marcus@palmcourtrealty.com
DESCRIPTION:Last step for the Listing Partner seat: lunch with Marcus (co-o
 wner) and me\, final interview in a relaxed setting. We'll make a decision 
 by Friday.\n\nEllen Park\, Broker/Owner\n\nInvitation from Google Calendar:
  https://calendar.google.com/calendar/
LOCATION:Cantina La Veinte\, 495 Brickell Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final interview lunch - Palm Court Realty
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="webex-invite", uid="5a8e1b6c93f24d7ea0c1b2d3e4f5a6b7@regattasales.webex.com", is_interview=1,
     company="Regatta Residential Sales", role="Sales Associate", stage="recruiter_screen",
     interviewers="hkim@regattasales.com", trap="webex-boilerplate-screen", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5a8e1b6c93f24d7ea0c1b2d3e4f5a6b7@regattasales.webex.com
DTSTAMP:20251023T141501Z
DTSTART:20251028T183000Z
DTEND:20251028T190000Z
SUMMARY:Webex meeting: Regatta - Sales Associate Interview (Montoya)
ORGANIZER;CN=Hannah Kim:mailto:hkim@regattasales.com
ATTENDEE;CN=valeria.montoya.re@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
LOCATION:https://regattasales.webex.com/regattasales/j.php?MTID=m4e7f1a
DESCRIPTION:Hannah Kim (Recruiting Manager) invites you to join this Webex 
 meeting.\n\nMeeting number (access code): 2631 884 1190\nMeeting password: 
 Rg2025!\n\nJoin meeting\nhttps://regattasales.webex.com/regattasales/j.php?
 MTID=m4e7f1a\n\nJoin by phone\n+1-415-555-0160 United States Toll\n\nCan't 
 join the meeting? https://help.webex.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(kind="founder-yahoo-spanish", uid="1761241845312-calle8@yahoo.com", is_interview=1,
     company="Calle Ocho Realty", role="Agente Asociada", stage="hiring_manager",
     interviewers="luis.calle8realty@yahoo.com", trap="owner-yahoo-spanish-cafecito", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Yahoo! Inc.//Yahoo Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:1761241845312-calle8@yahoo.com
DTSTAMP:20251023T175045Z
DTSTART;TZID=America/New_York:20251027T100000
DTEND;TZID=America/New_York:20251027T110000
SUMMARY:Entrevista / cafecito - Calle Ocho Realty
ORGANIZER;CN=Luis Ferrer:mailto:luis.calle8realty@yahoo.com
ATTENDEE;CN=Valeria;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
LOCATION:Versailles\, 3555 SW 8th St
DESCRIPTION:Valeria\, como te dije\, busco una agente asociada con experien
 cia para la oficina. Hablamos con calma de la entrevista y de los números\,
  yo invito el cafecito. - Luis Ferrer (dueño)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(kind="conversational-ats-phone", uid="paradox-olivia-9f2e7d1c-coastalcrest", is_interview=1,
     company="Coastal Crest Relocation", role="Relocation Consultant", stage="recruiter_screen",
     interviewers="wanda.ellis@coastalcrestrelo.com", trap="ai-assistant-scheduler-names-recruiter", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Paradox//Olivia Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:paradox-olivia-9f2e7d1c-coastalcrest
DTSTAMP:20251027T010203Z
DTSTART:20251029T143000Z
DTEND:20251029T150000Z
SUMMARY:Phone Interview with Coastal Crest Relocation
ORGANIZER;CN=Olivia (Coastal Crest Hiring Assistant):mailto:olivia@coastalcrestrelo.com
ATTENDEE;CN=Valeria Montoya;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN=Wanda Ellis;ROLE=REQ-PARTICIPANT:mailto:wanda.ellis@coastalcrestrelo.com
DESCRIPTION:Hi Valeria! I'm Olivia\, Coastal Crest's virtual hiring assista
 nt. Your phone interview for Relocation Consultant is confirmed. Wanda Ell
 is from our recruiting team will call you at (305) 555-0148.\n\nNeed to re
 schedule? Just text me at (786) 555-0133.
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(kind="sales-pitch-test", uid="lbd-salespitch-0311@lumabaydev.com", is_interview=1,
     company="Luma Bay Developers", role="Sales Director - Luma Bay North", stage="technical",
     interviewers="rsabatini@lumabaydev.com", trap="sales-pitch-test-sales-gallery", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Valeria\,\n\nFor the next step we'd like to see you in action: 
 a 20-minute sales pitch of Luma Bay North to Roberto Sabatini (CEO) as if 
 he were a broker bringing a client\, followed by 25 min of questions on yo
 ur pricing/absorption assumptions.\n\nLuma Bay HR\n
DTSTART;TZID=Eastern Standard Time:20251106T100000
DTEND;TZID=Eastern Standard Time:20251106T110000
DTSTAMP:20251031T160505Z
LOCATION:Luma Bay Sales Center\, 7400 NE 10th Ave
ORGANIZER;CN=Luma Bay HR:mailto:hr@lumabaydev.com
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN="Sabatini, Roberto";ROLE=REQ-PARTICIPANT:mailto:rsabatini@lumabaydev.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Interview (sales pitch) - Sales Director Luma Bay North
TRANSP:OPAQUE
UID:lbd-salespitch-0311@lumabaydev.com
END:VEVENT
END:VCALENDAR""")),

dict(kind="headhunter-names-client", uid="WS-2025-1107-AFO-VM@whitmoresearch.com", is_interview=1,
     company="Aurelia Family Office", role="Residential Portfolio Manager", stage="hiring_manager",
     interviewers="ccabrera@aureliafo.com", trap="executive-search-organizer-family-office", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Valeria\,\n\nConfirming your meeting with Cristina Cabrera\, Ch
 ief Investment Officer of Aurelia Family Office\, for the Residential Portf
 olio Manager mandate (14 luxury homes and condos in Miami Beach\, Key Bisc
 ayne and Aspen\, plus acquisitions). The family values discretion\; please 
 don't mention the search on LinkedIn.\n\nBest regards\,\nHugh Whitmore\nPa
 rtner\, Whitmore Search\n
DTSTART;TZID=Eastern Standard Time:20251107T090000
DTEND;TZID=Eastern Standard Time:20251107T100000
DTSTAMP:20251103T224011Z
LOCATION:Aurelia FO\, 2000 S Bayshore Dr (ask for Cristina at the concierg
 e)
ORGANIZER;CN="Whitmore, Hugh":mailto:hugh@whitmoresearch.com
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN="Cabrera, Cristina";ROLE=REQ-PARTICIPANT:mailto:ccabrera@aureliafo.com
SEQUENCE:0
SUMMARY:Whitmore Search: V. Montoya meets Aurelia Family Office
TRANSP:OPAQUE
UID:WS-2025-1107-AFO-VM@whitmoresearch.com
END:VEVENT
END:VCALENDAR""")),

dict(kind="outlook-sent-by-assistant", uid="040000008200E00074C5B7101A82E008000000003B4C5D6E7F60DC01000000000000000010000000135791357913579135791357913579AB",
     is_interview=1, company="Seabreeze Real Estate", role="Agent", stage="hiring_manager",
     interviewers="mcollins@seabreezere.com", trap="sent-by-assistant-on-behalf-of-broker", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Collins, Meredith";SENT-BY="mailto:frontdesk@seabreezere.com":mailto:mcollins@seabreezere.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
DESCRIPTION;LANGUAGE=en-US:Agent interview with Meredith Collins\, Managing
  Broker - Seabreeze Real Estate\, Aventura. Please arrive 10 minutes early
 .\n
UID:040000008200E00074C5B7101A82E008000000003B4C5D6E7F60DC01000000000000000010000000135791357913579135791357913579AB
SUMMARY;LANGUAGE=en-US:Agent interview - Valeria Montoya
DTSTART;TZID=Eastern Standard Time:20251110T110000
DTEND;TZID=Eastern Standard Time:20251110T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T150012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Seabreeze Real Estate\, 19501 Biscayne Blvd\, Suite 
 400\, Aventura
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""")),

dict(kind="google-export-utc", uid="4c6e8g0i2k4m6o8q0s2u4w6y8a@google.com", is_interview=1,
     company="Cordova Land & Homes", role="Land & Lot Sales Specialist", stage="recruiter_screen",
     interviewers="ppowell@cordovaland.com", trap="google-export-calname-utc", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Valeria - job search
X-WR-TIMEZONE:America/New_York
X-WR-CALDESC:
BEGIN:VEVENT
DTSTART:20251111T163000Z
DTEND:20251111T170000Z
DTSTAMP:20251201T120000Z
ORGANIZER;CN=Pamela Powell:mailto:ppowell@cordovaland.com
UID:4c6e8g0i2k4m6o8q0s2u4w6y8a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pamela Powell;X-NUM-GUESTS=0:mailto:ppowell@cordovaland.com
CREATED:20251106T140300Z
DESCRIPTION:Screening call - Land & Lot Sales Specialist (Redland / Homeste
 ad acreage). Pamela Powell\, HR Manager\, will call you.
LAST-MODIFIED:20251106T140500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cordova Land & Homes - screening call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(kind="software-skills-test", uid="bwpm-skills-20251113-vm@brightwaterpm.com", is_interview=1,
     company="Brightwater Property Management", role="Assistant Property Manager", stage="technical",
     interviewers="jortega@brightwaterpm.com", trap="yardi-appfolio-practical-test", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251113T150000Z
DTEND:20251113T163000Z
DTSTAMP:20251108T011500Z
ORGANIZER;CN=Jorge Ortega:mailto:jortega@brightwaterpm.com
UID:bwpm-skills-20251113-vm@brightwaterpm.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Practical test for the Assistant Property Manager position: del
 inquency report + a lease renewal in our AppFolio sandbox\, then a short d
 elinquency-call role play with me. Bring your laptop.\n\nJorge Ortega\, Se
 nior Property Manager\n\nInvitation from Google Calendar: https://calendar
 .google.com/calendar/
LOCATION:Brightwater PM\, 4300 Biscayne Blvd\, Suite 203
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Skills test - Asst. Property Manager - Valeria Montoya
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(kind="lever-onsite", uid="lever-4e3d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c1b0", is_interview=1,
     company="Verdana Residential Management", role="Community Manager", stage="onsite",
     interviewers="olga.petrenko@verdanaresidential.com;sam.huang@verdanaresidential.com",
     trap="lever-onsite-property-tour", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251117T130000
DTEND;TZID=America/New_York:20251117T150000
DTSTAMP:20251112T170155Z
ORGANIZER;CN=Verdana Recruiting:mailto:recruiting@verdanaresidential.com
UID:lever-4e3d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c1b0
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olga Petrenko;X-NUM-GUESTS=0:mailto:olga.petrenko@verdanaresidential.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Huang;X-NUM-GUESTS=0:mailto:sam.huang@verdanaresidential.com
DESCRIPTION:Onsite interview - Community Manager\, Verdana at Midtown (312 
 units)\n\n1:00 Property tour with Sam Huang (Leasing Manager)\n1:45 Interv
 iew with Olga Petrenko (Regional Manager)\n\nThis event was scheduled with
  Lever.
LOCATION:Verdana at Midtown Leasing Office\, 3201 NE 1st Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite Interview: Valeria Montoya - Community Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="outlook-spanish-final-no-vtimezone", uid="040000008200E00074C5B7101A82E008000000004D5E6F7A8B91DC01000000000000000010000000246802468024680246802468024680AB",
     is_interview=1, company="Grupo Altamira", role="Gerente de Ventas - Altamira Edgewater", stage="final",
     interviewers="fmejia@grupoaltamira.co;aquintana@grupoaltamira.co",
     trap="spanish-entrevista-final-windows-zone-no-vtimezone", hiring=False,
     ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mejía, Felipe":mailto:fmejia@grupoaltamira.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Quintana, Andrea":mailto:aquintana@grupoaltamira.co
DESCRIPTION;LANGUAGE=es-CO:Valeria\, te confirmo la entrevista final para G
 erente de Ventas del proyecto Altamira Edgewater con Andrea Quintana (Pres
 identa) y conmigo. Estaremos en Miami esa semana.\n\nFelipe Mejía\nVicepre
 sidente Comercial\, Grupo Altamira\n
UID:040000008200E00074C5B7101A82E008000000004D5E6F7A8B91DC01000000000000000010000000246802468024680246802468024680AB
SUMMARY;LANGUAGE=es-CO:Entrevista final - Gerente de Ventas Altamira Edgewa
 ter
DTSTART;TZID=SA Pacific Standard Time:20251119T090000
DTEND;TZID=SA Pacific Standard Time:20251119T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T130044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Hotel EAST Miami\, salón privado piso 5
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""),

dict(kind="greenhouse-panel", uid="gh-panel-8812034-vmontoya@harborandvine.com", is_interview=1,
     company="Harbor & Vine Realty", role="Relocation & Luxury Agent", stage="onsite",
     interviewers="kfoster@harborandvine.com;bnguyen@harborandvine.com;rlopez@harborandvine.com",
     trap="greenhouse-panel-three-interviewers", hiring=False,
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251120T100000
DTEND;TZID=America/New_York:20251120T113000
DTSTAMP:20251114T193020Z
ORGANIZER;CN=Harbor & Vine Recruiting:mailto:recruiting@harborandvine.com
UID:gh-panel-8812034-vmontoya@harborandvine.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kate Foster;X-NUM-GUESTS=0:mailto:kfoster@harborandvine.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bao Nguyen;X-NUM-GUESTS=0:mailto:bnguyen@harborandvine.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rafael Lopez;X-NUM-GUESTS=0:mailto:rlopez@harborandvine.com
DESCRIPTION:Hi Valeria\,\n\nHere is your interview schedule for the Relocat
 ion & Luxury Agent role:\n\n10:00 - 10:30  Kate Foster\, Broker of Record\n
 10:30 - 11:00  Bao Nguyen\, Relocation Director\n11:00 - 11:30  Rafael Lope
 z\, Marketing & Listings Manager\n\nScheduled via Greenhouse
LOCATION:Harbor & Vine Realty\, 90 Alton Rd\, Miami Beach
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviews with Harbor & Vine Realty
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(kind="trial-open-house-spanish", uid="9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A", is_interview=1,
     company="Sol y Mar Realty", role="", stage="onsite",
     interviewers="Gabriela", trap="trial-open-house-hand-typed-spanglish", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251118T010203Z
DTEND;TZID=America/New_York:20251123T160000
DTSTAMP:20251118T010240Z
DTSTART;TZID=America/New_York:20251123T130000
LAST-MODIFIED:20251118T010240Z
LOCATION:7715 SW 62nd Ave\, South Miami
SEQUENCE:0
SUMMARY:Sol y Mar - open house de prueba (parte del proceso)
DESCRIPTION:Gabriela me evalúa: hosting solo\, sign-in sheet\, follow up co
 n leads el lunes. Ella decide después si me ofrece el puesto
UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(kind="icims-confirmation", uid="icims-int-00091234-oakline", is_interview=1,
     company="Oakline Residential", role="Leasing Director - South Florida", stage="hiring_manager",
     interviewers="dfarrell@oaklineresidential.com", trap="icims-interview-confirmation", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-int-00091234-oakline
DTSTAMP:20251119T150000Z
DTSTART:20251124T153000Z
DTEND:20251124T163000Z
SUMMARY:Interview Confirmation - Leasing Director - South Florida (Job ID 2
 025-4410)
ORGANIZER;CN=Oakline Residential Careers:mailto:careers@oaklineresidential.com
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
ATTENDEE;CN=Dominic Farrell;ROLE=REQ-PARTICIPANT:mailto:dfarrell@oaklineresidential.com
DESCRIPTION:Dear Valeria\,\n\nThank you for confirming your interview for L
 easing Director - South Florida. You will meet with Dominic Farrell\, Vice 
 President\, Southeast Region (hiring manager) via video.\n\nVideo link: htt
 ps://meet.oaklineresidential.com/dfarrell\n\nOakline Residential is an Equ
 al Opportunity Employer.
LOCATION:Video interview
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(kind="ios-typo-no-details", uid="2A4C6E80-1B3D-4F57-9A8C-0E2D4F6A8B1C", is_interview=1,
     company="Lumina Coast Realty", role="", stage="", interviewers="",
     trap="typo-interveiw-ten-a-no-attendees", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251120T031500Z
DTEND;TZID=America/New_York:20251125T110000
DTSTAMP:20251120T031512Z
DTSTART;TZID=America/New_York:20251125T100000
LAST-MODIFIED:20251120T031512Z
SEQUENCE:0
SUMMARY:interveiw lumina coast 10a!!
LOCATION:Lumina Coast Realty - Lincoln Rd
UID:2A4C6E80-1B3D-4F57-9A8C-0E2D4F6A8B1C
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR"""),
]
