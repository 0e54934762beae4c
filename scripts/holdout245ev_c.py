# ruff: noqa: E501, W291
"""holdout245: negatives with the user on the hiring or assessing side (she recruits agents for her team lead)."""
from holdout245ev_zones import fill

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
dict(_NEG, kind="teams-user-interviews-agent", uid="040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DC010000000000000000100000001A1A1A1A000000000000000000000001",
     trap="user-as-interviewer-buyers-agent-candidate-teams",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Ruiz:mailto:druiz.realtor@gmail.com
DESCRIPTION;LANGUAGE=en-US:Valeria\, can you take the first interview with 
 Daniel Ruiz (buyer's agent candidate\, 2 yrs licensed\, ex-Keller) for our 
 team? Use the usual questions\; I'll join for the last 10 min.\n\n_________
 _______________________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\nC
 lick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_OTk1%40thread.v2/0>\nMeeting ID: 219 004 771 358\nPasscode: Qe8b
 Tz\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DC010000000000000000100000001A1A1A1A000000000000000000000001
SUMMARY;LANGUAGE=en-US:Interview: Daniel Ruiz - Buyer's Agent (Vance Team)
DTSTART;TZID=Eastern Standard Time:20250915T160000
DTEND;TZID=Eastern Standard Time:20250915T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250910T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="scorecard-reminder", uid="bfrg-scorecard-aisha-grant-20250919", trap="user-as-interviewer-scorecard-due",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BambooHR//Hiring//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:bfrg-scorecard-aisha-grant-20250919
DTSTAMP:20250918T220000Z
DTSTART:20250919T130000Z
DTEND:20250919T131500Z
SUMMARY:Reminder: submit your interview scorecard for Aisha Grant
DESCRIPTION:Hi Valeria\, you interviewed Aisha Grant (Licensed Showing Assi
 stant) yesterday. Please rate her on: market knowledge\, communication\, b
 ilingual skills\, availability on weekends. Submit in BambooHR > Hiring > 
 Candidates.
ORGANIZER;CN=Bayfront Realty Group Hiring:mailto:notifications@bayfrontrealtygroup.bamboohr.com
ATTENDEE;CN=Valeria Montoya:mailto:vmontoya@bayfrontrealtygroup.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="candidate-debrief", uid="debrief-q4-recruits-8d1c@bayfrontrealtygroup.com",
     trap="user-as-interviewer-candidate-debrief",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Quick debrief on this week's agent candidates (Daniel R.\, Aish
 a G.\, Tomás P.). Bring your scorecards - we need to decide on 2 offers be
 fore Q4 onboarding.\n
DTSTART;TZID=Eastern Standard Time:20250922T173000
DTEND;TZID=Eastern Standard Time:20250922T180000
DTSTAMP:20250919T150000Z
LOCATION:Carla's office
ORGANIZER;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;CN="Montoya, Valeria";RSVP=TRUE:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CN="Bell, Jordan";RSVP=TRUE:mailto:jbell@bayfrontrealtygroup.com
SEQUENCE:0
SUMMARY:Candidate debrief - Q4 recruits
TRANSP:OPAQUE
UID:debrief-q4-recruits-8d1c@bayfrontrealtygroup.com
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="calendly-user-as-host", uid="d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70", trap="user-as-interviewer-calendly-host-join-our-team",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70
DTSTAMP:20250923T180000Z
DTSTART:20250925T163000Z
DTEND:20250925T165000Z
SUMMARY:Join Our Team - 20 min chat between Valeria Montoya and Kevin Osei
ORGANIZER;CN=Valeria Montoya:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CN=Kevin Osei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.osei.fl@outlook.com
ATTENDEE;CN=Valeria Montoya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:vmontoya@bayfrontrealtygroup.com
LOCATION:Valeria Montoya will call the invitee at +1 786-555-0112
DESCRIPTION:Event Name: Join Our Team - 20 min chat\n\nInvitee: Kevin Osei\n
 Invitee Email: kevin.osei.fl@outlook.com\n\nQuestions:\nAre you currently l
 icensed in Florida?\nJust passed the state exam\, looking for a sponsoring 
 broker\nWhat area do you want to work?\nBrickell / Edgewater\n\nPowered by 
 Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="candidate-accepted-reply", uid="040000008200E00074C5B7101A82E00800000000B2B2C3C3D4D4DC010000000000000000100000002B2B2B2B000000000000000000000002",
     trap="user-as-interviewer-candidate-accepted-reply",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Lucía Herrera:mailto:lucia.herrera.realtor@gmail.com
COMMENT;LANGUAGE=es-ES:¡Gracias\, allí estaré!
UID:040000008200E00074C5B7101A82E00800000000B2B2C3C3D4D4DC010000000000000000100000002B2B2B2B000000000000000000000002
SUMMARY;LANGUAGE=es-ES:Aceptado: Entrevista Bayfront Realty Group - Lucía H
 errera (agente bilingüe)
DTSTART;TZID=Eastern Standard Time:20250929T100000
DTEND;TZID=Eastern Standard Time:20250929T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T021500Z
TRANSP:OPAQUE
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Bayfront Realty Group\, 1390 Brickell Ave\, piso 4
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="career-night-sits-in", uid="6gq2c8s0v4k1b7n3m5x9z2w4e@google.com", trap="user-as-interviewer-career-night-host",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251002T180000
DTEND;TZID=America/New_York:20251002T200000
DTSTAMP:20250924T140000Z
ORGANIZER;CN=Bayfront Recruiting:mailto:recruiting@bayfrontrealtygroup.com
UID:6gq2c8s0v4k1b7n3m5x9z2w4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Vance;X-NUM-GUESTS=0:mailto:cvance@bayfrontrealtygroup.com
DESCRIPTION:Bayfront Career Night - Brickell\n\nProspective and newly licen
 sed agents come to learn about joining Bayfront. Team leads and senior age
 nts: please sit at your table\, talk with attendees and note the ones wort
 h a follow-up interview on the clipboard sheet (1-5 rating).\n\nWine & tap
 as from 6 pm. Speakers at 6:30.\n\nInvitation from Google Calendar: https:/
 /calendar.google.com/calendar/
LOCATION:Bayfront Realty Group - 4th floor event space
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Career Night @ Bayfront (team leads + senior agents)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="agency-presents-candidate", uid="sss-cand-pres-4471@sunstatestaffing.com", trap="user-as-interviewer-agency-presents-candidate",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Valeria\,\n\nAs promised\, I'd like to present a candidate f
 or your team's Transaction Coordinator opening: Renee Alvarez\, 6 years TC 
 experience\, SkySlope and Dotloop certified\, bilingual. Resume attached. 
 15-minute call to walk you through her profile before you decide whether t
 o interview her.\n\nMike Daniels\nAccount Manager\, SunState Staffing\n
DTSTART:20251006T140000Z
DTEND:20251006T141500Z
DTSTAMP:20251002T201500Z
LOCATION:Phone - I'll call your cell
ORGANIZER;CN="Daniels, Mike":mailto:mdaniels@sunstatestaffing.com
ATTENDEE;CN="Montoya, Valeria";RSVP=TRUE:mailto:vmontoya@bayfrontrealtygroup.com
SEQUENCE:0
SUMMARY:Candidate presentation - Transaction Coordinator (Renee A.)
TRANSP:OPAQUE
UID:sss-cand-pres-4471@sunstatestaffing.com
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="spanish-user-interviews-candidate", uid="B7C8D9E0-F1A2-4B3C-8D4E-5F6A7B8C9D0E", trap="user-as-interviewer-entrevista-candidata-ios",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250926T120000Z
DTEND;TZID=America/New_York:20250929T104500
DTSTAMP:20250926T120030Z
DTSTART;TZID=America/New_York:20250929T100000
LAST-MODIFIED:20250926T120030Z
LOCATION:Oficina - sala 4B
SEQUENCE:0
SUMMARY:Entrevistar a Lucía Herrera (candidata agente bilingüe)
DESCRIPTION:imprimir preguntas + hoja de evaluación. preguntarle por su pip
 eline y si tiene clientes en Colombia
UID:B7C8D9E0-F1A2-4B3C-8D4E-5F6A7B8C9D0E
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="rate-candidate-role-play", uid="h4l1-roleplay-tomas-p@bayfrontrealtygroup.com", trap="user-as-interviewer-rates-mock-listing-presentation",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Tomás Pineda (candidate\, listing agent) will give his listing 
 presentation for 125 NE 48th St as if we were the sellers. Valeria and Jor
 dan play the sellers and score him on the rubric (pricing logic\, marketin
 g plan\, objection handling). Rubric in the Recruiting folder.\n
DTSTART;TZID=Eastern Standard Time:20251001T113000
DTEND;TZID=Eastern Standard Time:20251001T123000
DTSTAMP:20250926T170000Z
LOCATION:Conf Room Biscayne
ORGANIZER;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;CN="Montoya, Valeria";RSVP=TRUE:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CN="Bell, Jordan";RSVP=TRUE:mailto:jbell@bayfrontrealtygroup.com
ATTENDEE;CN=Tomás Pineda;RSVP=TRUE:mailto:tomas.pineda.re@gmail.com
ATTENDEE;CUTYPE=ROOM;CN=Conf Room Biscayne:mailto:conf.biscayne@bayfrontrealtygroup.com
SEQUENCE:0
SUMMARY:Candidate role-play: listing presentation - Tomás Pineda
TRANSP:OPAQUE
UID:h4l1-roleplay-tomas-p@bayfrontrealtygroup.com
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="candidate-ride-along", uid="0A1B2C3D-4E5F-4061-8273-9A4B5C6D7E8F", trap="user-as-interviewer-candidate-shadows-showings",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251003T220000Z
DTEND;TZID=America/New_York:20251004T130000
DTSTAMP:20251003T220010Z
DTSTART;TZID=America/New_York:20251004T093000
LAST-MODIFIED:20251003T220010Z
LOCATION:start at 1200 Brickell Bay Dr lobby
SEQUENCE:0
SUMMARY:Ride-along w/ candidate Kevin O. (3 showings)
DESCRIPTION:Carla wants my read on him before she makes an offer - watch h
 ow he talks to the buyers\, punctuality\, follow-up. fill eval form after
UID:0A1B2C3D-4E5F-4061-8273-9A4B5C6D7E8F
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="interview-kit-email", uid="bamboo-interview-kit-priya-nair-1008", trap="user-as-interviewer-interview-kit",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BambooHR//Hiring//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bamboo-interview-kit-priya-nair-1008
DTSTAMP:20251006T150000Z
DTSTART:20251008T190000Z
DTEND:20251008T194500Z
SUMMARY:Interview - Priya Nair - Licensed Buyer's Agent
ORGANIZER;CN=Carla Vance:mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;CN=Valeria Montoya;ROLE=REQ-PARTICIPANT:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CN=Priya Nair;ROLE=REQ-PARTICIPANT:mailto:priya.nair.homes@gmail.com
LOCATION:Bayfront Realty Group - Conf Room Key Biscayne
DESCRIPTION:Interviewer: Valeria Montoya\nCandidate: Priya Nair\nJob: Licen
 sed Buyer's Agent (Vance Team)\n\nInterview kit:\n1. Walk me through your l
 ast three closings.\n2. How do you generate buyer leads without paid ads?\n
 3. A buyer wants to waive inspection on a 1970s condo - what do you say?\n4
 . Weekend availability?\n\nAfter the interview\, submit your scorecard in B
 ambooHR.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="bookings-user-is-staff", uid="bk-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", trap="user-as-interviewer-bookings-recruiting-consultation",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN=Bayfront Agent Recruiting:mailto:AgentRecruiting@bayfrontrealtygroup.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Andre Baptiste:mailto:andre.baptiste77@gmail.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Agent Recruiting Consult
 ation (30 min)\nStaff: Valeria Montoya\nCustomer: Andre Baptiste\nCustomer 
 email: andre.baptiste77@gmail.com\nCustomer notes: Currently with a discou
 nt brokerage\, 11 closings last year\, curious about your team split.\n
UID:bk-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d
SUMMARY;LANGUAGE=en-US:Agent Recruiting Consultation - Andre Baptiste
DTSTART;TZID=Eastern Standard Time:20251009T120000
DTEND;TZID=Eastern Standard Time:20251009T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Bayfront Realty Group\, 1390 Brickell Ave
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="user-on-tc-hiring-panel", uid="040000008200E00074C5B7101A82E00800000000C3C3D4D4E5E5DC010000000000000000100000003C3C3C3C000000000000000000000003",
     trap="user-as-interviewer-transaction-coordinator-panel",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Pierce, Janelle":mailto:jpierce@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renee Alvarez:mailto:renee.alvarez.tc@yahoo.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="BRK-4-Coral (6)":mailto:brk4coral@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:Panel: Janelle (HR)\, Carla and Valeria interview
  Renee Alvarez for the team Transaction Coordinator position. Valeria cove
 rs the contract-to-close scenario questions.\n
UID:040000008200E00074C5B7101A82E00800000000C3C3D4D4E5E5DC010000000000000000100000003C3C3C3C000000000000000000000003
SUMMARY;LANGUAGE=en-US:Panel interview - Transaction Coordinator - R. Alvarez
DTSTART;TZID=Eastern Standard Time:20251013T140000
DTEND;TZID=Eastern Standard Time:20251013T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BRK-4-Coral (6)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="user-calls-candidate-reference", uid="7E6D5C4B-3A29-4180-B7F6-E5D4C3B2A190", trap="user-as-interviewer-checks-candidate-reference",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251010T140000Z
DTEND;TZID=America/New_York:20251014T123000
DTSTAMP:20251010T140020Z
DTSTART;TZID=America/New_York:20251014T121500
LAST-MODIFIED:20251010T140020Z
SEQUENCE:0
SUMMARY:Ref check for Priya N. - call her old broker (Sandra @ Oakwood Realty)
DESCRIPTION:Sandra Kell (954) 555-0181. ask: reliability\, # of deals\, wh
 y she left\, would she rehire
UID:7E6D5C4B-3A29-4180-B7F6-E5D4C3B2A190
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="second-interview-showing-assistant", uid="bfrg-2nd-int-showing-asst-aisha@bayfrontrealtygroup.com",
     trap="user-as-interviewer-second-interview-she-runs",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251015T153000
DTEND;TZID=America/New_York:20251015T161500
DTSTAMP:20251011T180000Z
ORGANIZER;CN=Valeria Montoya:mailto:vmontoya@bayfrontrealtygroup.com
UID:bfrg-2nd-int-showing-asst-aisha@bayfrontrealtygroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aisha Grant;X-NUM-GUESTS=0:mailto:aisha.grant.fl@gmail.com
DESCRIPTION:Hi Aisha\, thanks for coming in last week! This is your second 
 interview for the Licensed Showing Assistant role on our team. We'll do a 
 short showing simulation at a vacant listing nearby.\n\nValeria Montoya\nSe
 nior Sales Associate | Vance Team at Bayfront Realty Group\n\nInvitation fr
 om Google Calendar: https://calendar.google.com/calendar/
LOCATION:Bayfront Realty Group\, 1390 Brickell Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2nd interview - Aisha Grant - Showing Assistant
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="spanish-evaluacion-candidatos", uid="eval-candidatos-equipo-1017@bayfrontrealtygroup.com", trap="user-as-interviewer-evaluacion-candidatos-spanish",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION;LANGUAGE=es:Revisar las entrevistas de los candidatos de esta s
 emana (Lucía H.\, Andre B.) y decidir a quién invitamos a la segunda ronda
 . Traer las hojas de evaluación.\n
DTSTART;TZID=Eastern Standard Time:20251017T090000
DTEND;TZID=Eastern Standard Time:20251017T093000
DTSTAMP:20251015T120000Z
LOCATION:Café en la oficina
ORGANIZER;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;CN="Montoya, Valeria";RSVP=TRUE:mailto:vmontoya@bayfrontrealtygroup.com
SEQUENCE:0
SUMMARY;LANGUAGE=es:Evaluación de candidatos - equipo Vance
TRANSP:OPAQUE
UID:eval-candidatos-equipo-1017@bayfrontrealtygroup.com
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="isa-candidate-call-test", uid="isa-test-call-marcus-bell-1020", trap="user-as-interviewer-isa-phone-role-play",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T180000Z
DTEND:20251020T183000Z
DTSTAMP:20251016T150000Z
ORGANIZER;CN=Valeria Montoya:mailto:vmontoya@bayfrontrealtygroup.com
UID:isa-test-call-marcus-bell-1020
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Bell;X-NUM-GUESTS=0:mailto:marcusbell.isa@gmail.com
DESCRIPTION:ISA (inside sales agent) candidate test: Marcus calls me posing
  as a Zillow lead\, I play a skeptical seller. Score: rapport\, qualifying 
 questions\, appointment set Y/N.\n\nJoin with Google Meet: https://meet.goo
 gle.com/isa-mbel-ltr
LOCATION:https://meet.google.com/isa-mbel-ltr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ISA candidate call role-play - Marcus Bell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="recruiting-lunch-rival-agent", uid="C0FFEE00-1111-4222-8333-444455556666", trap="user-as-interviewer-recruiting-pitch-to-rival-agent",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251021T010000Z
DTEND;TZID=America/New_York:20251023T133000
DTSTAMP:20251021T010010Z
DTSTART;TZID=America/New_York:20251023T123000
LAST-MODIFIED:20251021T010010Z
LOCATION:Zuma Miami
SEQUENCE:0
SUMMARY:Lunch w/ Jess Tran (recruit her to our team!)
DESCRIPTION:she's top producer at Harbor & Vine\, Carla wants her. pitch: 8
 0/20 split\, leads\, TC support. see if she's a culture fit
UID:C0FFEE00-1111-4222-8333-444455556666
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="group-interview-observer", uid="bfrg-group-int-newlic-1104@bayfrontrealtygroup.com", trap="user-as-interviewer-group-interview-observer",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Bayfront Recruiting":mailto:recruiting@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bell, Jordan":mailto:jbell@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:Group interview for newly licensed agents (8 ca
 ndidates). Senior agents act as observers: please rate each candidate on th
 e observation sheet during the team exercise (mock open house plan). Do no
 t discuss ratings with candidates.\n
UID:bfrg-group-int-newlic-1104@bayfrontrealtygroup.com
SUMMARY;LANGUAGE=en-US:Group Interview - New Agents (observers needed)
DTSTART;TZID=Eastern Standard Time:20251104T090000
DTEND;TZID=Eastern Standard Time:20251104T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:4th floor training room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="hiring-decision-sync", uid="5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com", trap="user-as-interviewer-offer-decision-sync",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251107T213000Z
DTEND:20251107T220000Z
DTSTAMP:20251105T160000Z
ORGANIZER;CN=Carla Vance:mailto:cvance@bayfrontrealtygroup.com
UID:5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION:Hire / no hire on the group interview candidates - Valeria and 
 Jordan share their observation ratings\, then we draft offer letters.
LOCATION:Carla's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hiring decisions - new agent cohort
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),
]
