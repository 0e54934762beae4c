# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: negatives, part D (the trade's everyday calendar and personal life)."""
from holdout146ev_common import ev

EVENTS = [
ev("seafarer-medical", "3C4D5E6F-7A8B-4C9D-AE0F-1B2C3D4E5F60",
   "periodic-seafarer-medical-not-pre-employment",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20250901T090000Z
DTSTAMP:20250901T090202Z
LAST-MODIFIED:20250901T090202Z
UID:3C4D5E6F-7A8B-4C9D-AE0F-1B2C3D4E5F60
DTSTART;TZID=Europe/Amsterdam:20250917T083000
DTEND;TZID=Europe/Amsterdam:20250917T093000
SUMMARY:Zeevaartkeuring (verloopt 30/9!)
LOCATION:Keuringsartsen Rijnmond\, Pietersbergweg\, Rotterdam
DESCRIPTION:bril meenemen + oude geneeskundige verklaring
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="\n"),

ev("stcw-refresher", "falck-nl-BST-R-20251020-0193@falck.com",
   "stcw-basic-safety-refresher-course",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Falck Safety Services//Course Booking//EN
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:falck-nl-BST-R-20251020-0193@falck.com
DTSTAMP:20250912T110000Z
DTSTART;TZID=Europe/Amsterdam:20251020T080000
DTEND;TZID=Europe/Amsterdam:20251020T170000
SUMMARY:STCW Basic Safety Refresher (A-VI/1) – P. de Graaf
DESCRIPTION:Cursus: Basic Safety Training – Refresher\nDeelnemer: Pieter 
 de Graaf (werkgever: Noordzee Shipping)\nPraktijkbeoordeling brandbestrij
 ding en personal survival. Zwemkleding meenemen.
LOCATION:Falck Safety Services\, Beerweg 101\, Rotterdam-Maasvlakte
END:VEVENT
END:VCALENDAR
"""),

ev("crew-change", "noordzee-crewplan-PIO-2025-11-pdegraaf@noordzee-shipping.nl",
   "allday-multi-day-crew-change-and-rotation",
   r"""BEGIN:VCALENDAR
PRODID:-//Noordzee Shipping//Crew Planning//NL
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:noordzee-crewplan-PIO-2025-11-pdegraaf@noordzee-shipping.nl
DTSTAMP:20251020T060000Z
DTSTART;VALUE=DATE:20251121
DTEND;VALUE=DATE:20251219
SUMMARY:Aflossing + rotatie mv Noordzee Pioneer (2/O) – Eemshaven
DESCRIPTION:Joining: 21-11 Eemshaven (agent: Wagenborg Agencies). Sign off
  planned 18-12 Immingham. Travel: company car pool from Rotterdam 05:30.
ORGANIZER;CN=Crewing Noordzee:mailto:crewing@noordzee-shipping.nl
ATTENDEE;CN=P. de Graaf:mailto:p.degraaf@noordzee-shipping.nl
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),

ev("sire-inspection", "vetting-SIRE2-PIO-20250821@noordzee-shipping.nl",
   "sire-vetting-inspection-with-officer-interviews-utc",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:vetting-SIRE2-PIO-20250821@noordzee-shipping.nl
DTSTAMP:20250815T120000Z
DTSTART:20250821T070000Z
DTEND:20250821T150000Z
SUMMARY:SIRE 2.0 inspection mv Noordzee Pioneer – Rotterdam Botlek
DESCRIPTION:Inspector: Capt. L. Moreau (on behalf of TotalEnergies). SIRE 
 2.0 includes interviews of bridge and engine officers per question set (
 human factors). 2/O de Graaf to be available for navigation/passage plan
 ning section 08:00-10:00 LT. All times UTC.
ORGANIZER;CN="Bosman, Erik (Technical Manager)":mailto:e.bosman@noordzee-shipping.nl
ATTENDEE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;CN="Master Noordzee Pioneer":mailto:master.pioneer@noordzee-shipping.nl
LOCATION:Botlek\, Rotterdam – berth 6
END:VEVENT
END:VCALENDAR
"""),

ev("psc-onboard", "onboard-20250806-psc@noordzee-pioneer.local",
   "port-state-control-inspection-typed-on-board",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20250805T200000Z
DTSTAMP:20250805T200112Z
UID:onboard-20250806-psc@noordzee-pioneer.local
SUMMARY:PSC Paris MOU inspectie verwacht - Immingham
DTSTART:20250806T080000
DTEND:20250806T120000
DESCRIPTION:agent meldt PSC morgenochtend. checken: ECDIS updates\, passa
 ge plan\, garbage record\, drills log. ik doe brug met PSCO.
END:VEVENT
END:VCALENDAR
"""),

ev("fleet-meeting", "040000008200E00074C5B7101A82E00800000000DD34EE56FF37DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6",
   "internal-fleet-meeting-officers-ashore",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Bosman, Erik (Technical Manager)":mailto:e.bosman@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hollander, Kapt. Frank":mailto:f.hollander@noordzee-shipping.nl
DESCRIPTION;LANGUAGE=nl-NL:Officierenoverleg (wal): agenda\n1. Uitkomst SI
 RE 2.0 Pioneer\n2. Nieuwe ECDIS-software\n3. Planning dokking Trader feb 
 2026\n4. Rondvraag\n
UID:040000008200E00074C5B7101A82E00800000000DD34EE56FF37DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
SUMMARY;LANGUAGE=nl-NL:Officierenoverleg vloot Q3
DTSTART;TZID=W. Europe Standard Time:20250923T100000
DTEND;TZID=W. Europe Standard Time:20250923T120000
DTSTAMP:20250910T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Boardroom 3e verdieping
END:VEVENT
END:VCALENDAR
"""),

ev("dentist", "tandarts-bevestiging-88213@mijntandarts.nl",
   "personal-dentist-appointment",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mijn Tandarts//Online Afspraken//NL
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:tandarts-bevestiging-88213@mijntandarts.nl
DTSTAMP:20250908T120000Z
DTSTART;TZID=Europe/Amsterdam:20250930T081500
DTEND;TZID=Europe/Amsterdam:20250930T084500
SUMMARY:Afspraak controle – Tandartspraktijk Hillegersberg
DESCRIPTION:Behandelaar: tandarts R. Oudshoorn. Bent u verhinderd? Afmel
 den uiterlijk 24 uur van tevoren\, anders brengen wij de tijd in rekening.
LOCATION:Bergweg-Zuid 100\, Rotterdam
END:VEVENT
END:VCALENDAR
"""),

ev("school-meeting", "2d4f6h8j0l2n4p6r8t0v2x4z6b@google.com",
   "parent-teacher-ten-minute-talk",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Gezin de Graaf
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20251008T191000
DTEND;TZID=Europe/Amsterdam:20251008T192000
DTSTAMP:20251001T190000Z
UID:2d4f6h8j0l2n4p6r8t0v2x4z6b@google.com
CREATED:20251001T190000Z
DESCRIPTION:mentor mevr. Aydin\, lokaal 1.14. Pieter + Ilse allebei
LAST-MODIFIED:20251001T190000Z
LOCATION:Libanon Lyceum\, Rotterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:10-minutengesprek Emma (2 havo)
TRANSP:OPAQUE
END:VEVENT
@@VTIMEZONE Europe/Amsterdam@@
END:VCALENDAR
"""),

ev("bank-appointment", "rabo-afspraak-7720014@rabobank.nl",
   "bank-mortgage-advice-gesprek",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rabobank//Afspraak maken//NL
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:rabo-afspraak-7720014@rabobank.nl
DTSTAMP:20250919T150000Z
DTSTART;TZID=Europe/Amsterdam:20251006T160000
DTEND;TZID=Europe/Amsterdam:20251006T170000
SUMMARY:Adviesgesprek hypotheek (oversluiten) – Rabobank Rotterdam
DESCRIPTION:U heeft een videogesprek met uw hypotheekadviseur. Neem de la
 atste salarisstroken en werkgeversverklaring mee. Let op: bij een baanwi
 sseling gelden andere voorwaarden.\n\nDeelnemen: via de Rabo App > Afspr
 aken
END:VEVENT
END:VCALENDAR
"""),

ev("municipality", "stadswinkel-RTD-20251013-0914-paspoort@rotterdam.nl",
   "municipal-passport-appointment",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gemeente Rotterdam//Afspraken Stadswinkel//NL
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:stadswinkel-RTD-20251013-0914-paspoort@rotterdam.nl
DTSTAMP:20250929T100000Z
DTSTART;TZID=Europe/Amsterdam:20251013T091400
DTEND;TZID=Europe/Amsterdam:20251013T092400
SUMMARY:Afspraak Stadswinkel: paspoort aanvragen
DESCRIPTION:Afspraaknummer: 0914-2289. Neem mee: huidig paspoort\, pasfot
 o (niet ouder dan 6 maanden). Locatie: Stadswinkel Centrum\, Coolsingel.
LOCATION:Stadswinkel Centrum\, Coolsingel 40\, Rotterdam
END:VEVENT
END:VCALENDAR
"""),

ev("gp-visit", "8B9C0D1E-2F3A-4B5C-9D6E-7F8A9B0C1D2E",
   "personal-gp-visit-terse",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20251026T080000Z
DTSTAMP:20251026T080012Z
LAST-MODIFIED:20251026T080012Z
UID:8B9C0D1E-2F3A-4B5C-9D6E-7F8A9B0C1D2E
DTSTART;TZID=Europe/Amsterdam:20251028T084000
DTEND;TZID=Europe/Amsterdam:20251028T085000
SUMMARY:huisarts (knie)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="\n"),

ev("application-deadline", "7g8h9j0k1l2z3x4c5v6b7n8m9q@google.com",
   "application-deadline-allday-reminder",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:pieter.degraaf@ziggo.nl
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250912
DTEND;VALUE=DATE:20250913
DTSTAMP:20250906T111000Z
UID:7g8h9j0k1l2z3x4c5v6b7n8m9q@google.com
CREATED:20250906T111000Z
DESCRIPTION:sluitingsdatum sollicitatie Officier van Dienst Kustwachtcent
 rum (werkenvoornederland vac. 2025-114873). brief + cv + vaarbevoegdheid 
 pdf
LAST-MODIFIED:20250906T111000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DEADLINE sollicitatie Kustwacht
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),

ev("coc-revalidation", "ilt-afspraak-VBB-2025-33019@ilent.nl",
   "certificate-revalidation-appointment-authority",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Inspectie Leefomgeving en Transport//Afspraken//NL
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:ilt-afspraak-VBB-2025-33019@ilent.nl
DTSTAMP:20250915T080000Z
DTSTART;TZID=Europe/Amsterdam:20251001T090000
DTEND;TZID=Europe/Amsterdam:20251001T093000
SUMMARY:ILT – loketafspraak vaarbevoegdheidsbewijs (revalidatie STCW II/2)
DESCRIPTION:Zaaknummer VBB-2025-33019. Meenemen: identiteitsbewijs\, geldi
 ge geneeskundige verklaring\, bewijs van vaartijd (monsterboekje). Aanvr
 aag Master <3000 GT (II/2) - beoordeling vaartijd.
LOCATION:ILT\, Rijnstraat 8\, Den Haag
END:VEVENT
END:VCALENDAR
"""),

ev("interview-workshop", "nautilusnl-workshop-star-20251002@nautilusint.org",
   "interview-skills-workshop-class",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nautilus NL//Ledenactiviteiten//NL
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:nautilusnl-workshop-star-20251002@nautilusint.org
DTSTAMP:20250915T080000Z
DTSTART;TZID=Europe/Amsterdam:20251002T190000
DTEND;TZID=Europe/Amsterdam:20251002T213000
SUMMARY:Workshop 'Het sollicitatiegesprek voor walfuncties' (STAR-methode)
DESCRIPTION:Nautilus NL ledenworkshop. Trainer: Peter Blom (Blom Loopbaan
 advies). Oefenen in tweetallen met typische vragen van rederijen en have
 nbedrijven. Gratis voor leden\, max. 16 deelnemers.
LOCATION:Nautilus NL\, Schiedamse Vest 2\, Rotterdam
END:VEVENT
END:VCALENDAR
"""),

ev("union-meeting", "040000008200E00074C5B7101A82E00800000000EE45FF67AA38DC01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7",
   "union-members-meeting-cao-negotiations",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Nautilus NL Secretariaat":mailto:secretariaat@nautilusint.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=FALSE;CN="pieter.degraaf@ziggo.nl":mailto:pieter.degraaf@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Ledenraadpleging cao Koopvaardij 2026: uitleg 
 eindbod werkgevers\, stemming. Hybride: zaal en Teams.\n
UID:040000008200E00074C5B7101A82E00800000000EE45FF67AA38DC01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7
SUMMARY;LANGUAGE=nl-NL:Ledenvergadering cao Koopvaardij
DTSTART;TZID=W. Europe Standard Time:20251112T193000
DTEND;TZID=W. Europe Standard Time:20251112T213000
DTSTAMP:20251029T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Nautilus NL\, Rotterdam / Teams
END:VEVENT
END:VCALENDAR
"""),
]
