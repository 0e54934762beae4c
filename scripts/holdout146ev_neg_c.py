# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: negatives, part C (interview look-alikes around the job search)."""
from holdout146ev_common import ev

EVENTS = [
ev("mock-interview", "D4E5F6A7-B8C9-4DA0-B1C2-D3E4F5A6B7C8",
   "mock-interview-with-career-coach",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20250910T200000Z
DTSTAMP:20250910T200144Z
LAST-MODIFIED:20250910T200144Z
UID:D4E5F6A7-B8C9-4DA0-B1C2-D3E4F5A6B7C8
DTSTART;TZID=Europe/Amsterdam:20250915T140000
DTEND;TZID=Europe/Amsterdam:20250915T153000
SUMMARY:Oefengesprek met Ingrid (loopbaancoach) - rollenspel HR + vakinhoud
LOCATION:Loopbaanpraktijk Kralingen\, Oudedijk 210
DESCRIPTION:mock interview als voorbereiding op Havenbedrijf/Hapag. video
  opname\, STAR-vragen. factuur via Nautilus loopbaanbudget
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="\n"),

ev("goto-webinar", "gtw-7731055029341@gotowebinar.com",
   "webinar-about-superintendent-interviews",
   r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gtw-7731055029341@gotowebinar.com
DTSTAMP:20250902T101500Z
DTSTART:20250909T160000Z
DTEND:20250909T171500Z
SUMMARY:Webinar: From Sea to Shore – How to Ace the Superintendent Interview
DESCRIPTION:Nautilus International members' webinar.\nSpeakers: Capt. Sarah
  Whitfield (Marine HR Partners)\, a panel of superintendents from three ship
  managers.\n\nJoin the webinar: https://attendee.gotowebinar.com/join/7731
 055029341/pieter.degraaf\nWebinar ID: 773-105-502\n\nYou registered as: Pi
 eter de Graaf (pieter.degraaf@ziggo.nl)
ORGANIZER;CN=Nautilus International:mailto:events@nautilusint.org
LOCATION:GoTo Webinar
END:VEVENT
END:VCALENDAR
"""),

ev("podcast-recording", "podcast-zeemansleven-afl38@riverside.fm",
   "podcast-interview-about-life-at-sea",
   r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:podcast-zeemansleven-afl38@riverside.fm
DTSTAMP:20250916T090000Z
DTSTART:20250919T180000Z
DTEND:20250919T191500Z
SUMMARY:Opname podcast 'Zeemansleven' afl. 38 – interview Pieter de Graaf
DESCRIPTION:Hoi Pieter\, super dat je mee wilt doen! We praten over 20 jaar
  shortsea\, het rotatieleven en waarom je nu aan wal wilt. Koptelefoon op
 \, rustige kamer.\n\nStudio link: https://riverside.fm/studio/zeemansleve
 n?t=8812\n\nGroet\, Dewi (host)
ORGANIZER;CN=Dewi Hartman:mailto:dewi@zeemansleven.nl
ATTENDEE;CN=Pieter de Graaf;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Riverside.fm
END:VEVENT
END:VCALENDAR
"""),

ev("press-interview", "040000008200E00074C5B7101A82E00800000000BB12CC34DD35DC01000000000000000010000000A0B0C0D0E0F0A1B1C1D1E1F1A2B2C2D2",
   "trade-press-interview-on-crew-shortage",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Brink, Wim van den":mailto:w.vandenbrink@schuttevaer.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Pieter\,\n\nDank voor je toezegging. Voor
  het dossier 'Tekort aan officieren' spreek ik je graag telefonisch (ca. 
 30 min) over werkdruk aan boord en waarom ervaren stuurlieden de wal opzo
 eken. Je krijgt de tekst vooraf ter inzage.\n\nWim van den Brink\nRedactie
  Schuttevaer\n
UID:040000008200E00074C5B7101A82E00800000000BB12CC34DD35DC01000000000000000010000000A0B0C0D0E0F0A1B1C1D1E1F1A2B2C2D2
SUMMARY;LANGUAGE=nl-NL:Interview Schuttevaer – tekort aan officieren
DTSTART;TZID=W. Europe Standard Time:20251003T110000
DTEND;TZID=W. Europe Standard Time:20251003T113000
DTSTAMP:20250929T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:telefonisch
END:VEVENT
END:VCALENDAR
"""),

ev("research-interview", "wmu-transition-study-p17@zoom.us",
   "academic-research-interview-seafarer-careers",
   r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
@@VTIMEZONE Europe/Stockholm@@
BEGIN:VEVENT
UID:wmu-transition-study-p17@zoom.us
DTSTAMP:20250911T070000Z
DTSTART;TZID=Europe/Stockholm:20250925T100000
DTEND;TZID=Europe/Stockholm:20250925T110000
SUMMARY:Research interview – Seafarers' transition to shore-based careers (participant 17)
DESCRIPTION:Thank you for agreeing to take part in this World Maritime Uni
 versity study. The semi-structured interview will be recorded with your c
 onsent (see information sheet). You may withdraw at any time.\n\nJoin Zoo
 m Meeting\nhttps://wmu-se.zoom.us/j/61100228830\nMeeting ID: 611 0022 8830
 \n\nDr. Maria Lindqvist\, WMU\, Malmö
ORGANIZER;CN=Maria Lindqvist:mailto:ml@wmu.se
ATTENDEE;CN=Pieter de Graaf;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""),

ev("survey-call", "panteia-zeevarenden-2025-R0771@panteia.nl",
   "survey-telephone-interview-seafarers-panel",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Panteia//Veldwerk Afspraken//NL
METHOD:REQUEST
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:panteia-zeevarenden-2025-R0771@panteia.nl
DTSTAMP:20250917T093000Z
DTSTART;TZID=Europe/Amsterdam:20250922T190000
DTEND;TZID=Europe/Amsterdam:20250922T192000
SUMMARY:Telefonisch interview Arbeidsmarktonderzoek Zeevaart 2025
DESCRIPTION:Afspraak voor het telefonische enquête-interview in opdracht 
 van de KVNR en Nautilus NL (respondentnr. R0771). Duur ca. 20 minuten. De
  interviewer belt u op het opgegeven nummer.
ORGANIZER;CN=Panteia veldwerk:mailto:veldwerk@panteia.nl
ATTENDEE;CN=P. de Graaf;RSVP=FALSE:mailto:pieter.degraaf@ziggo.nl
END:VEVENT
END:VCALENDAR
"""),

ev("own-appraisal", "040000008200E00074C5B7101A82E00800000000CC23DD45EE36DC01000000000000000010000000B1B2B3B4C5C6C7C8D9D0D1D2E3E4E5E6",
   "own-appraisal-at-current-employer",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dekker, Ton (HR)":mailto:t.dekker@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Graaf, Pieter de":mailto:p.degraaf@noordzee-shipping.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hollander, Kapt. Frank":mailto:f.hollander@noordzee-shipping.nl
DESCRIPTION;LANGUAGE=nl-NL:Jaarlijks beoordelingsgesprek 2e stuurman P. de
  Graaf. Basis: Master's appraisal reizen 2025 (mv Pioneer). Graag zelfeva
 luatieformulier vooraf invullen.\n
UID:040000008200E00074C5B7101A82E00800000000CC23DD45EE36DC01000000000000000010000000B1B2B3B4C5C6C7C8D9D0D1D2E3E4E5E6
SUMMARY;LANGUAGE=nl-NL:Beoordelingsgesprek P. de Graaf (2/O)
DTSTART;TZID=W. Europe Standard Time:20250912T100000
DTEND;TZID=W. Europe Standard Time:20250912T110000
DTSTAMP:20250903T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Kantoor HR
END:VEVENT
END:VCALENDAR
"""),

ev("career-talk", "ghq2k1l0m9n8b7v6c5x4z3a2s1@google.com",
   "own-career-development-talk-with-hr",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251104T130000Z
DTEND:20251104T140000Z
DTSTAMP:20251027T080000Z
ORGANIZER;CN=Ton Dekker:mailto:t.dekker@noordzee-shipping.nl
UID:ghq2k1l0m9n8b7v6c5x4z3a2s1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=p.degraaf@noordzee-shipping.nl;X-NUM-GUESTS=0:mailto:p.degraaf@noordzee-shipping.nl
DESCRIPTION:Pieter\, je gaf aan dat je op termijn aan wal wilt werken. Laten
  we bespreken wat binnen Noordzee Shipping mogelijk is (crewing / marine
  superintendent / opleidingstraject) vóór je volgende rotatie.
LOCATION:HR\, 1e verdieping
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Loopbaangesprek Pieter
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),

ev("coffee-pilot", "F0E1D2C3-B4A5-4968-8776-1A2B3C4D5E6F",
   "informational-coffee-ex-colleague-now-pilot",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20250908T170000Z
DTSTAMP:20250908T170101Z
LAST-MODIFIED:20250908T170101Z
UID:F0E1D2C3-B4A5-4968-8776-1A2B3C4D5E6F
DTSTART;TZID=Europe/Amsterdam:20250910T160000
DTEND;TZID=Europe/Amsterdam:20250910T170000
SUMMARY:koffie Marco (ex-Pioneer\, nu loods)
LOCATION:Hotel New York\, Rotterdam
DESCRIPTION:hoe is de loodsopleiding echt? selectie\, simulator\, 1e jaar 
 salaris. geen sollicitatie - gewoon bijpraten
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="\n"),

ev("career-fair", "mce-2025-visitor-44821@maritimecareerevent.nl",
   "maritime-careers-fair-visitor-ticket",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Tickets//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:mce-2025-visitor-44821@maritimecareerevent.nl
DTSTAMP:20250905T120000Z
DTSTART;VALUE=DATE:20251002
DTEND;VALUE=DATE:20251003
SUMMARY:Maritime Career Event 2025 – Rotterdam Ahoy
DESCRIPTION:Your ticket: Bezoeker (order #44821)\n\n80+ employers: shippin
 g lines\, ports\, offshore\, dredging\, towage. Workshops: 'Van schip naar
  wal'\, 'Je cv voor een walfunctie'\, 'Sollicitatietips van recruiters'.\n
 \nOpen 10:00–17:00.
LOCATION:Rotterdam Ahoy\, Ahoyweg 10\, Rotterdam
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),

ev("referee-call", "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8@damen.com",
   "reference-call-user-is-referee",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
UID:4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8@damen.com
DTSTAMP:20251013T080000Z
DTSTART;TZID=W. Europe Standard Time:20251015T153000
DTEND;TZID=W. Europe Standard Time:20251015T154500
SUMMARY:Reference check Henk Stam - call with Pieter de Graaf
DESCRIPTION:Dear Mr de Graaf\,\n\nHenk Stam has given your name as a refe
 rence for the position of Delivery Captain at Damen Shipyards. I'd like t
 o ask you a few questions about your time working together on the Noordze
 e Trader.\n\nKind regards\,\nMirjam Koolen\, Recruiter Damen Shipyards Gor
 inchem
ORGANIZER;CN="Koolen, Mirjam":mailto:mirjam.koolen@damen.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
LOCATION:Phone
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),

ev("recruiter-intro", "spg-intro-pdegraaf-0919@spinnaker-global.com",
   "recruiter-intro-call-no-employer-named",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE GMT Standard Time@@
BEGIN:VEVENT
UID:spg-intro-pdegraaf-0919@spinnaker-global.com
DTSTAMP:20250916T140000Z
DTSTART;TZID=GMT Standard Time:20250919T140000
DTEND;TZID=GMT Standard Time:20250919T143000
SUMMARY:Intro call – Pieter de Graaf / Spinnaker
DESCRIPTION:Hi Pieter\,\n\nGreat to connect. A quick intro call so I under
 stand what you're looking for ashore (superintendent\, port captain\, HSE
 Q) and which regions work for you. We have several ship managers and oper
 ators in NW Europe and Cyprus on our books and I'll come back with suitab
 le opportunities.\n\nBest\,\nSophie Clarke\nConsultant – Marine Technical
 \, Spinnaker Global
ORGANIZER;CN="Clarke, Sophie":mailto:sophie.clarke@spinnaker-global.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),

ev("prep-block", "1A2B3C4D-PREP-4E5F-8A9B-0C1D2E3F4A5B",
   "prep-block-before-technical-interview",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20250926T100000Z
DTSTAMP:20250926T100030Z
LAST-MODIFIED:20250926T100030Z
UID:1A2B3C4D-PREP-4E5F-8A9B-0C1D2E3F4A5B
DTSTART;TZID=Europe/Amsterdam:20250929T090000
DTEND;TZID=Europe/Amsterdam:20250929T120000
SUMMARY:voorbereiden tech. gesprek Columbia (TMSA 3 + SIRE 2.0 VIQ)
DESCRIPTION:TMSA elementen 1-13 doorlopen\, SIRE 2.0 human factors\, eigen
  incident (ladder 2023) als STAR-voorbeeld
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="\n"),

ev("thankyou-reminder", "5k6j7h8g9f0d1s2a3p4o5i6u7y@google.com",
   "thank-you-note-reminder",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:pieter.degraaf@ziggo.nl
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250926
DTEND;VALUE=DATE:20250927
DTSTAMP:20250925T171500Z
UID:5k6j7h8g9f0d1s2a3p4o5i6u7y@google.com
CREATED:20250925T171500Z
DESCRIPTION:kort mailtje Brandt + Yilmaz\, bedanken rondleiding\, ref. nar
 e ervaring drydock Gdansk noemen
LAST-MODIFIED:20250925T171500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:bedankmail Hapag-Lloyd sturen
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),

ev("pre-employment", "aspirant-keuring-20251111-pdg@loodswezen.nl",
   "pre-employment-medical-for-pilot-trainee",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
UID:aspirant-keuring-20251111-pdg@loodswezen.nl
DTSTAMP:20251103T090000Z
DTSTART;TZID=W. Europe Standard Time:20251111T083000
DTEND;TZID=W. Europe Standard Time:20251111T113000
SUMMARY;LANGUAGE=nl:Medische aanstellingskeuring aspirant-registerloods
DESCRIPTION;LANGUAGE=nl:Geachte heer De Graaf\,\n\nGefeliciteerd met het s
 uccesvol doorlopen van de selectie. Onderdeel van de aanstellingsprocedur
 e is de medische keuring (o.a. visus\, kleurenzien\, audiometrie\, ECG). 
 Nuchter komen.\n\nArbodienst Loodswezen
ORGANIZER;CN=Werving & Selectie Loodswezen:mailto:werving@loodswezen.nl
ATTENDEE;CN=pieter.degraaf@ziggo.nl;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION;LANGUAGE=nl:Keuringsarts\, Schiedamse Vest 154\, Rotterdam
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
