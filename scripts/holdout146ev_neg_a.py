# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: negatives, part A (the user on the hiring side at Noordzee Shipping)."""
from holdout146ev_common import ev

EVENTS = [
ev("crewing-panel", "040000008200E00074C5B7101A82E00800000000C1C2C3C4C52FDC01000000000000000010000000AAAA1111BBBB2222CCCC3333DDDD4444",
   "user-as-interviewer-cadet-selection-panel-outlook",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kramer, Marloes":mailto:m.kramer@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hollander, Kapt. Frank":mailto:f.hollander@noordzee-shipping.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Vergaderzaal Brielle":mailto:zaal.brielle@noordzee-shipping.nl
DESCRIPTION;LANGUAGE=nl-NL:Hoi Pieter\,\n\nFijn dat je tijdens je verlof 
 wilt aanschuiven bij de selectie voor de cadetten-lichting februari (MBO-
 4 stuurman/werktuigkundige\, STC en MIWB). 6 kandidaten\, 40 min per gesp
 rek. Cv's en motivatiebrieven staan in Homerun onder 'Cadetten feb 2026'.
 \nJij let vooral op nautische motivatie en stagehouding\, Frank op de rest
 .\n\nGr. Marloes\nCrewing Noordzee Shipping
UID:040000008200E00074C5B7101A82E00800000000C1C2C3C4C52FDC01000000000000000010000000AAAA1111BBBB2222CCCC3333DDDD4444
SUMMARY;LANGUAGE=nl-NL:Selectiegesprekken cadetten lichting feb '26
DTSTART;TZID=W. Europe Standard Time:20250924T090000
DTEND;TZID=W. Europe Standard Time:20250924T133000
DTSTAMP:20250915T101010Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Vergaderzaal Brielle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("promotion-board", "040000008200E00074C5B7101A82E0080000000012F3E4D5C630DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
   "user-as-interviewer-promotion-board-member",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Hollander, Kapt. Frank";SENT-BY="mailto:crewing@noordzee-shipping.nl":mailto:f.hollander@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Vermeulen, Ch.Eng. Rik":mailto:r.vermeulen@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kramer, Marloes":mailto:m.kramer@noordzee-shipping.nl
DESCRIPTION;LANGUAGE=en-GB:Promotion board Q4.\n\nCandidates:\n- 2/O T. d
 e Wit -> C/O (mv Noordzee Trader)\n- 3/O A. Nowak -> 2/O (mv Noordzee Pi
 oneer)\n- 2/E K. Yildiz -> 1/E\n\nEach candidate: 30 min oral (COLREG\, ca
 rgo\, ISM scenario) + 15 min board deliberation. Master's appraisals in th
 e crewing folder. Pieter\, please take the cargo/stability questions.\n
UID:040000008200E00074C5B7101A82E0080000000012F3E4D5C630DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-GB:Promotion Board Q4 - deck & engine
DTSTART;TZID=W. Europe Standard Time:20251008T130000
DTEND;TZID=W. Europe Standard Time:20251008T170000
DTSTAMP:20250929T070707Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Boardroom 3rd floor / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("manning-agency", "mca-pres-20250917-3O-delacruz@marinecrew.ph",
   "user-as-interviewer-manning-agency-presents-candidate",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:mca-pres-20250917-3O-delacruz@marinecrew.ph
DTSTAMP:20250915T023000Z
DTSTART:20250917T060000Z
DTEND:20250917T063000Z
SUMMARY:Candidate endorsement - 3/O Rommel Dela Cruz for Noordzee Shipping
DESCRIPTION:Good day Sir Pieter\,\n\nAs requested by your crewing dept we 
 endorse 3/O Rommel Dela Cruz (COC II/1\, 28 months seatime as 3/O on MPP/
 general cargo\, ex-Spliethoff feeder). Candidate will join the call from 
 our Manila office for your technical interview.\n\nCV\, SIRB and COC copie
 s attached.\n\nZoom: https://zoom.us/j/99288011200\n\nBest regards\,\nMa. 
 Theresa Santos\nCrewing Officer\, Marine Crew Alliance Manila
ORGANIZER;CN=Theresa Santos:mailto:tsantos@marinecrew.ph
ATTENDEE;CN=p.degraaf@noordzee-shipping.nl;RSVP=TRUE:mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;CN=Marloes Kramer:mailto:m.kramer@noordzee-shipping.nl
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("reply-accepted", "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f",
   "user-as-interviewer-candidate-reply-accepted-free-mail",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250926T123000Z
DTEND:20250926T133000Z
DTSTAMP:20250920T091233Z
ORGANIZER;CN=Pieter de Graaf:mailto:p.degraaf@noordzee-shipping.nl
UID:6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lars Meijer;X-NUM-GUESTS=0:mailto:larsmeijer.zeevaart@gmail.com
CREATED:20250919T140000Z
DESCRIPTION:Sollicitatiegesprek functie 3e stuurman bij Noordzee Shipping
 . Gesprek met P. de Graaf (2e stuurman) en M. Kramer (crewing).
LAST-MODIFIED:20250920T091233Z
LOCATION:Noordzee Shipping\, Scheepmakershaven\, Rotterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Geaccepteerd: Sollicitatiegesprek 3e stuurman - Lars Meijer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("homerun-evaluation", "homerun-eval-3ebb51c2@homerun.co",
   "user-as-interviewer-ats-evaluation-task",
   r"""BEGIN:VCALENDAR
PRODID:-//Homerun//Homerun Hiring//NL
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:homerun-eval-3ebb51c2@homerun.co
DTSTAMP:20250926T140000Z
DTSTART;VALUE=DATE:20250929
DTEND;VALUE=DATE:20250930
SUMMARY:Evaluatie invullen: Lars Meijer – Derde stuurman
DESCRIPTION:Je hebt Lars Meijer gesproken voor Derde stuurman. Vul je eval
 uatie in vóór maandag zodat het team een beslissing kan nemen.\n\nOpen in
  Homerun: https://app.homerun.co/noordzee-shipping/candidates/3ebb51c2\n
ORGANIZER;CN=Homerun:mailto:notifications@homerun.co
ATTENDEE;CN=Pieter de Graaf:mailto:p.degraaf@noordzee-shipping.nl
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("debrief-teams", "040000008200E00074C5B7101A82E00800000000D7E8F9A0B131DC010000000000000000100000000F0E0D0C0B0A09080706050403020100",
   "user-as-interviewer-debrief-second-officer-candidates",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kramer, Marloes":mailto:m.kramer@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hollander, Kapt. Frank":mailto:f.hollander@noordzee-shipping.nl
DESCRIPTION;LANGUAGE=nl-NL:Korte nabespreking van de drie 2/O-kandidaten 
 voor de Trader (aflossing januari). Graag jullie scores vooraf in Homerun
 \, dan kiezen we wie een aanbod krijgt.\n\nMicrosoft Teams-vergadering\nD
 eelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzsDeb\n
UID:040000008200E00074C5B7101A82E00800000000D7E8F9A0B131DC010000000000000000100000000F0E0D0C0B0A09080706050403020100
SUMMARY;LANGUAGE=nl-NL:Nabespreking kandidaten 2/O Trader
DTSTART;TZID=W. Europe Standard Time:20251021T160000
DTEND;TZID=W. Europe Standard Time:20251021T163000
DTSTAMP:20251016T121212Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("iphone-notes", "0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9",
   "user-as-interviewer-hand-typed-candidate-call-notes",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20251001T183000Z
DTSTAMP:20251002T103012Z
LAST-MODIFIED:20251002T103012Z
UID:0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9
DTSTART;TZID=Europe/Amsterdam:20251002T100000
DTEND;TZID=Europe/Amsterdam:20251002T103000
SUMMARY:bellen kand. AB Oleksandr (via MCS)
DESCRIPTION:voor Marloes - AB mv Pioneer jan.\n+ BOSIET geldig\, kraan erv
 aring\, engels ok\n- 2x kort contract 2024?? navragen\neindoordeel: doorz
 etten naar crewing\, 7/10
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", hiring=True, eol="\n"),

ev("onboard-trial", "onboard-20250814-meevaren-ab@noordzee-pioneer.local",
   "user-as-interviewer-supervises-trial-trip-floating",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20250812T190000Z
DTSTAMP:20250812T190210Z
UID:onboard-20250814-meevaren-ab@noordzee-pioneer.local
SUMMARY:Proefreis kandidaat matroos (D. Kok) - begeleiden
DTSTART:20250814T060000
DTEND:20250814T180000
LOCATION:mv Noordzee Pioneer - Eemshaven > Immingham
DESCRIPTION:Kandidaat vaart 1 reis mee. Ik begeleid op dek: mooring stati
 on\, enclosed space toolbox\, lashing. Beoordelingsformulier na aankomst 
 naar crewing. Scheepstijd.
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("calendly-host", "c8d7e6f5-a4b3-4c2d-9e1f-0a9b8c7d6e5f@calendly.com",
   "user-as-interviewer-calendly-host-cadet-placement",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c8d7e6f5-a4b3-4c2d-9e1f-0a9b8c7d6e5f@calendly.com
DTSTAMP:20250929T110101Z
DTSTART:20251003T080000Z
DTEND:20251003T081500Z
SUMMARY:Sem Visser and Pieter de Graaf
DESCRIPTION:Event Name: Kennismaking stageplaats cadet (15 min)\n\nLocatio
 n: Pieter de Graaf will call the invitee at +31 6 1177 0932\n\nQuestions:\
 nOpleiding: MBO-4 Stuurman/Werktuigkundige\, STC Rotterdam (jaar 2)\nWaar
 om Noordzee Shipping?: Ik wil graag op de shortsea varen\, dicht bij huis
 .\n\nNeed to make changes to this event?\nCancel: https://calendly.com/ca
 ncellations/c8d7e6f5\n\nPowered by Calendly.com
ORGANIZER;CN=Pieter de Graaf:mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;CN=Sem Visser;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sem.visser2006@outlook.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.degraaf@noordzee-shipping.nl
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("bookings-staff", "7d1c3e5a9b2f4e6d8c0a1b3c5d7e9f10@noordzee-shipping.nl",
   "user-as-interviewer-bookings-staff-member-cadet-intake",
   r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Crewing Noordzee Shipping:mailto:CrewingBookings@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Pieter de Graaf:mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Yara el Amrani:mailto:yara.elamrani@student.stc-r.nl
DESCRIPTION;LANGUAGE=nl-NL:Nieuwe boeking\n\nService: Intakegesprek cadet
  (30 min)\nKlant: Yara el Amrani\nE-mail: yara.elamrani@student.stc-r.nl\
 nPersoneel: Pieter de Graaf\n\nOpmerkingen klant: 2e jaars\, zoekt boord
 stage vanaf februari.\n\nMicrosoft Bookings
UID:7d1c3e5a9b2f4e6d8c0a1b3c5d7e9f10@noordzee-shipping.nl
SUMMARY;LANGUAGE=nl-NL:Intakegesprek cadet (30 min) - Yara el Amrani
DTSTART;TZID=W. Europe Standard Time:20251009T140000
DTEND;TZID=W. Europe Standard Time:20251009T143000
DTSTAMP:20251002T080808Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams
END:VEVENT
END:VCALENDAR
""", hiring=True),

ev("shadow-crewing", "9C8B7A6F-5E4D-4C3B-A291-0F1E2D3C4B5A",
   "user-as-interviewer-shadowing-crewing-interviews",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250911T070000Z
DTEND:20250911T110000Z
DTSTAMP:20250908T150000Z
ORGANIZER;CN=Marloes Kramer:mailto:m.kramer@noordzee-shipping.nl
UID:9C8B7A6F-5E4D-4C3B-A291-0F1E2D3C4B5A
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=p.degraaf@noordzee-shipping.nl;X-NUM-GUESTS=0:mailto:p.degraaf@noordzee-shipping.nl
DESCRIPTION:Meekijken bij de gesprekken met ratings (OS/AB) zodat je daar
 na zelf gesprekken kunt voeren. Je zit erbij als tweede\, ik leid.
LOCATION:Crewing\, 2e verdieping
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meekijken gesprekken ratings (schaduwen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", hiring=True),
]
