# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: negatives, part B (more of the user on the hiring side)."""
from holdout146ev_common import ev

EVENTS = [
ev("crew-committee", "040000008200E00074C5B7101A82E00800000000E1F2A3B4C532DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901234",
   "user-as-interviewer-crew-committee-permanent-contracts",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dekker, Ton (HR)":mailto:t.dekker@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hollander, Kapt. Frank":mailto:f.hollander@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kramer, Marloes":mailto:m.kramer@noordzee-shipping.nl
DESCRIPTION;LANGUAGE=nl-NL:Bemanningscommissie: besluit over vaste aanste
 lling van 4 uitzendkrachten (2x AB\, 1x 3/O\, 1x kok) na proeftijd. Graag 
 je oordeel over 3/O Nowak en AB Kok – jij hebt met beiden gevaren.\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C532DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901234
SUMMARY;LANGUAGE=nl-NL:Bemanningscommissie – vaste contracten
DTSTART;TZID=W. Europe Standard Time:20251028T100000
DTEND;TZID=W. Europe Standard Time:20251028T113000
DTSTAMP:20251020T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Vergaderzaal Brielle
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("simulator-assessor", "stc-sim-boek-25-4471@stc-group.nl",
   "user-as-interviewer-simulator-assessment-of-applicant",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//STC-Group//Simulator Planning//NL
METHOD:REQUEST
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:stc-sim-boek-25-4471@stc-group.nl
DTSTAMP:20251010T121500Z
DTSTART;TZID=Europe/Amsterdam:20251017T083000
DTEND;TZID=Europe/Amsterdam:20251017T113000
SUMMARY:Simulatorboeking FMBS-2 – Noordzee Shipping – assessment sollicitant 3/O
DESCRIPTION:Boeking: Full Mission Bridge Simulator 2\nKlant: Noordzee Shi
 pping (crewing)\nDoel: praktijkbeoordeling sollicitant derde stuurman (E.
  Brouwer) – ECDIS\, wachtoverdracht\, COLREG-situatie\nBeoordelaar klant:
  P. de Graaf\nInstructeur STC: R. Sahin
ORGANIZER;CN=STC Simulatorplanning:mailto:simplanning@stc-group.nl
ATTENDEE;CN=P. de Graaf;ROLE=REQ-PARTICIPANT:mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;CN=R. Sahin;ROLE=REQ-PARTICIPANT:mailto:r.sahin@stc-group.nl
LOCATION:STC\, Lodewijk Pincoffsweg 200\, Rotterdam
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("interview-kit", "homerun-iv-8d20f7aa@homerun.co",
   "user-as-interviewer-ats-interview-kit-invite",
   r"""BEGIN:VCALENDAR
PRODID:-//Homerun//Homerun Hiring//NL
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:homerun-iv-8d20f7aa@homerun.co
DTSTAMP:20251013T090000Z
DTSTART:20251016T120000Z
DTEND:20251016T130000Z
SUMMARY:Gesprek met Eva Brouwer – Derde stuurman
DESCRIPTION:Interviewers: Pieter de Graaf\, Marloes Kramer\n\nGesprekshan
 dleiding (interview kit):\n1. Vaartijd en schepen\n2. Wachtoverdracht – v
 oorbeeld\n3. Omgaan met een koppige loods\n4. Beschikbaarheid / rotatie
 \n\nCv en brief: https://app.homerun.co/noordzee-shipping/candidates/8d20
 f7aa\n\nVia Homerun
ORGANIZER;CN=Marloes Kramer:mailto:m.kramer@noordzee-shipping.nl
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;CN=Eva Brouwer;ROLE=REQ-PARTICIPANT:mailto:eva.brouwer.nl@gmail.com
LOCATION:Noordzee Shipping\, Scheepmakershaven 12\, Rotterdam
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("manila-video", "040000008200E00074C5B7101A82E00800000000F3A4B5C6D733DC010000000000000000100000007777888899990000AAAABBBBCCCCDDDD",
   "user-as-interviewer-ratings-video-interviews-utc",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Crewing Noordzee":mailto:crewing@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Marine Crew Alliance":mailto:crewing@marinecrew.ph
DESCRIPTION;LANGUAGE=en-GB:Video interviews for 5 ABs / 2 OSs for January
  crew change. Candidates join from the agency office in Ermita\, Manila. 
 Times in UTC (Manila 14:00-17:00). Pls use the standard deck ratings ques
 tionnaire and mark each candidate suitable / not suitable.\n
UID:040000008200E00074C5B7101A82E00800000000F3A4B5C6D733DC010000000000000000100000007777888899990000AAAABBBBCCCCDDDD
SUMMARY;LANGUAGE=en-GB:Manila video interviews deck ratings (Jan CC)
DTSTART:20251023T060000Z
DTEND:20251023T090000Z
DTSTAMP:20251017T110000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("candidate-freemail", "2r4t6y8u0i2o4p6a8s0d2f4g6h@google.com",
   "user-as-interviewer-organizer-candidate-on-hotmail",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250918T080000Z
DTEND:20250918T090000Z
DTSTAMP:20250915T193000Z
ORGANIZER;CN=Pieter de Graaf:mailto:p.degraaf@noordzee-shipping.nl
UID:2r4t6y8u0i2o4p6a8s0d2f4g6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pieter de Graaf;X-NUM-GUESTS=0:mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jeroen van Dam;X-NUM-GUESTS=0:mailto:jeroenvdam88@hotmail.com
DESCRIPTION:Hoi Jeroen\, zoals besproken: kennismaking voor de plek als 3
 e werktuigkundige op de Pioneer. Neem je vaarbevoegdheid en monsterboekje
  mee. Groet\, Pieter
LOCATION:Noordzee Shipping\, Scheepmakershaven 12\, Rotterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gesprek Jeroen v. Dam (3e wtk)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("school-speeddates", "MIWB-stagemarkt-2025-NZS@miwb.nl",
   "user-as-interviewer-school-internship-speed-interviews",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Maritiem Instituut Willem Barentsz//Evenementen//NL
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:MIWB-stagemarkt-2025-NZS@miwb.nl
DTSTAMP:20250901T080000Z
DTSTART;TZID=Europe/Amsterdam:20251107T130000
DTEND;TZID=Europe/Amsterdam:20251107T170000
SUMMARY:Stagemarkt MIWB – speeddates rederijen (tafel 7: Noordzee Shipping)
DESCRIPTION:Beste stagebieder\,\n\nU voert deze middag korte stagegesprek
 ken (10 min) met 3e-jaars studenten die bij u boordstage willen lopen. De 
 studenten hebben zich vooraf ingeschreven op uw tafel. Graag na afloop u
 w voorkeuren doorgeven aan het stagebureau.\n\nAanwezig namens Noordzee 
 Shipping: P. de Graaf\, M. Kramer
LOCATION:MIWB\, Willem Barentszweg 1\, West-Terschelling
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("reminder-feedback", "A1B2C3D4-E5F6-4789-90AB-CDEF12345678",
   "user-as-interviewer-reminder-to-send-candidate-feedback",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251016T152000Z
DTSTAMP:20251016T152022Z
LAST-MODIFIED:20251016T152022Z
UID:A1B2C3D4-E5F6-4789-90AB-CDEF12345678
DTSTART;VALUE=DATE:20251020
DTEND;VALUE=DATE:20251021
SUMMARY:!! feedback Eva B. + Jeroen naar Marloes
DESCRIPTION:Eva: sterk op ECDIS\, twijfel over rotatie 6/6. Jeroen: prima
  tech\, engels matig. ook sim-rapport Sahin meesturen
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", hiring=True, eol="\n"),

ev("reference-caller", "5E6F7A8B-9C0D-41E2-83F4-A5B6C7D8E9F0",
   "user-as-interviewer-calls-candidate-reference",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20251022T090000Z
DTSTAMP:20251022T090112Z
LAST-MODIFIED:20251022T090112Z
UID:5E6F7A8B-9C0D-41E2-83F4-A5B6C7D8E9F0
DTSTART;TZID=Europe/Amsterdam:20251023T110000
DTEND;TZID=Europe/Amsterdam:20251023T111500
SUMMARY:Referentie Eva Brouwer - kapt. Visser bellen (ex-Arklow)
DESCRIPTION:tel 06-5310 2288. vragen: wachtdiscipline\, samenwerking\, zo
 u je haar weer aannemen?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", hiring=True, eol="\n"),

ev("internal-panel", "040000008200E00074C5B7101A82E008000000000A1B2C3D4E34DC01000000000000000010000000FFEE1122DDCC3344BBAA5566998877AA",
   "user-as-interviewer-panel-for-own-employers-superintendent",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dekker, Ton (HR)":mailto:t.dekker@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Bosman, Erik (Technical Manager)":mailto:e.bosman@noordzee-shipping.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Rahman, Farid":mailto:farid.rahman.mar@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Panel interview Marine Superintendent vacancy (
 external candidate Farid Rahman\, ex-Chief Officer). Pieter joins as seag
 oing representative – please focus on how he would support the officers o
 n board. Interview guide and CV attached.\n\nTeams: https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_NzsMS\n
UID:040000008200E00074C5B7101A82E008000000000A1B2C3D4E34DC01000000000000000010000000FFEE1122DDCC3344BBAA5566998877AA
SUMMARY;LANGUAGE=en-GB:Panel interview - Marine Superintendent - F. Rahman
DTSTART;TZID=W. Europe Standard Time:20251030T140000
DTEND;TZID=W. Europe Standard Time:20251030T150000
DTSTAMP:20251024T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("recurring-override", "ratings-gesprekken-di-2025@noordzee-shipping.nl",
   "user-as-interviewer-recurring-ratings-interviews-with-override",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kramer, Marloes":mailto:m.kramer@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
UID:ratings-gesprekken-di-2025@noordzee-shipping.nl
SUMMARY;LANGUAGE=nl-NL:Gesprekken ratings (do-ochtend) - P. de Graaf/M. Kramer
DESCRIPTION;LANGUAGE=nl-NL:Zolang Pieter aan wal is: donderdagochtend sollic
 itanten OS/AB/kok. Rooster met namen staat in Homerun.\n
DTSTART;TZID=W. Europe Standard Time:20250918T090000
DTEND;TZID=W. Europe Standard Time:20250918T120000
RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=5
DTSTAMP:20250910T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Crewing spreekkamer
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Kramer, Marloes":mailto:m.kramer@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
UID:ratings-gesprekken-di-2025@noordzee-shipping.nl
RECURRENCE-ID;TZID=W. Europe Standard Time:20251009T090000
SUMMARY;LANGUAGE=nl-NL:Gesprekken ratings - VERPLAATST naar vr-middag (Pieter
  do-ochtend niet beschikbaar)
DTSTART;TZID=W. Europe Standard Time:20251010T133000
DTEND;TZID=W. Europe Standard Time:20251010T163000
DTSTAMP:20251001T120000Z
SEQUENCE:1
LOCATION;LANGUAGE=nl-NL:Crewing spreekkamer
END:VEVENT
END:VCALENDAR
""", hiring=True),
]
