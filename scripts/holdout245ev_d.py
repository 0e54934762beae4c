# ruff: noqa: E501, W291
"""holdout245: other negatives - the trade's own 'interviews', personal appointments, press, prep, family."""
from holdout245ev_zones import fill

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
dict(_NEG, kind="listing-interview-sellers", uid="8b2n4m6q1w3e5r7t9y2u4i6o8p@google.com", trap="listing-interview-sellers-interview-agent",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250918T180000
DTEND;TZID=America/New_York:20250918T190000
DTSTAMP:20250915T010000Z
ORGANIZER;CN=Rachel Katz:mailto:rachel.katz.home@gmail.com
UID:8b2n4m6q1w3e5r7t9y2u4i6o8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Katz;X-NUM-GUESTS=0:mailto:rachel.katz.home@gmail.com
DESCRIPTION:Hi Valeria\, we're interviewing three agents this week before w
 e list the house. Please bring your marketing plan and pricing thoughts. 
 Both of us will be there.\n- Rachel & Ben Katz\n\nInvitation from Google Ca
 lendar: https://calendar.google.com/calendar/
LOCATION:4410 Pine Tree Dr\, Miami Beach\, FL 33140
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Agent interview - listing our home (Katz)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="listing-appointment-ios", uid="11AA22BB-33CC-44DD-55EE-66FF77008899", trap="listing-appointment-cma-hand-typed",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250919T020000Z
DTEND;TZID=America/New_York:20250922T113000
DTSTAMP:20250919T020010Z
DTSTART;TZID=America/New_York:20250922T100000
LAST-MODIFIED:20250919T020010Z
LOCATION:2150 SW 23rd Terr\, Coral Way
SEQUENCE:0
SUMMARY:Listing appt - Mrs. Gutiérrez (bring CMA + listing agreement)
UID:11AA22BB-33CC-44DD-55EE-66FF77008899
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT45M
END:VALARM
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="showing-confirmation", uid="st-appt-88412093@showingservice.example", trap="showing-service-confirmation",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ShowingDesk//Appointment Center//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:st-appt-88412093@showingservice.example
DTSTAMP:20250923T140000Z
DTSTART:20250924T213000Z
DTEND:20250924T220000Z
SUMMARY:CONFIRMED Showing: 1200 Brickell Bay Dr #3105 (MLS A11847201)
DESCRIPTION:Showing agent: Valeria Montoya (Bayfront Realty Group)\nListin
 g agent: Tom Ruiz\nLockbox: Supra\, front desk holds key\nInstructions: bu
 yers must show ID to concierge. Remove shoes.
LOCATION:1200 Brickell Bay Dr #3105\, Miami\, FL 33131
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="open-house-google-export", uid="3k5m7o9q1s3u5w7y9a1c3e5g7i@google.com", trap="open-house-export-calname",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bayfront - Valeria
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20250928T170000Z
DTEND:20250928T200000Z
DTSTAMP:20251201T120000Z
UID:3k5m7o9q1s3u5w7y9a1c3e5g7i@google.com
CREATED:20250922T150000Z
DESCRIPTION:Open house - 2BR/2BA\, $849K. Bring sign-in iPad\, flyers\, wat
 er bottles. Balloons in trunk.
LAST-MODIFIED:20250922T150000Z
LOCATION:88 SW 7th St #2406\, Miami\, FL 33130
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:OPEN HOUSE 88 SW 7th #2406
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="closing-title-company", uid="040000008200E00074C5B7101A82E00800000000D4D4E5E5F6F6DC010000000000000000100000004D4D4D4D000000000000000000000004",
     trap="closing-at-title-company-outlook",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Maja (Coastal Key Title)":mailto:mlindqvist@coastalkeytitle.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:Closing - Ruiz purchase\, 7700 SW 88th St #C-12. 
 Buyers must bring government ID. Wire instructions will ONLY be provided b
 y phone - beware of wire fraud.\n
UID:040000008200E00074C5B7101A82E00800000000D4D4E5E5F6F6DC010000000000000000100000004D4D4D4D000000000000000000000004
SUMMARY;LANGUAGE=en-US:CLOSING: Ruiz / 7700 SW 88th St #C-12
DTSTART;TZID=Eastern Standard Time:20251003T140000
DTEND;TZID=Eastern Standard Time:20251003T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Coastal Key Title\, 9100 S Dadeland Blvd\, Suite 1500
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="home-inspection", uid="C1D2E3F4-0A1B-4C2D-9E3F-4A5B6C7D8E9F", trap="inspection-floating-thunderbird",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250930T120000Z
DTSTAMP:20250930T120010Z
UID:C1D2E3F4-0A1B-4C2D-9E3F-4A5B6C7D8E9F
SUMMARY:Inspection + wind mit - 6420 SW 44 St (Lindqvist buyers)
DTSTART:20251006T090000
DTEND:20251006T120000
LOCATION:6420 SW 44th St\, South Miami
DESCRIPTION:inspector: SureHome (Pete). 4-point for insurance too
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="buyer-interview-consultation", uid="bfrg-buyer-consult-lindqvist-0926", trap="buyer-interview-consultation-agent-term",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250926T170000
DTEND;TZID=America/New_York:20250926T180000
DTSTAMP:20250923T150000Z
ORGANIZER;CN=Valeria Montoya:mailto:vmontoya@bayfrontrealtygroup.com
UID:bfrg-buyer-consult-lindqvist-0926
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Erik Lindqvist;X-NUM-GUESTS=0:mailto:erik.lindqvist@protonmail.com
DESCRIPTION:Buyer interview / consultation: needs\, budget\, pre-approval s
 tatus\, buyer broker agreement (post-NAR settlement - must be signed befor
 e touring).
LOCATION:Bayfront Realty Group\, 1390 Brickell Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Buyer interview - the Lindqvists
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="tenant-interview", uid="D9E8F7A6-B5C4-4D3E-8F2A-1B0C9D8E7F6A", trap="tenant-applicant-interview-leasing",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251001T230000Z
DTEND;TZID=America/New_York:20251002T174500
DTSTAMP:20251001T230010Z
DTSTART;TZID=America/New_York:20251002T171500
LAST-MODIFIED:20251001T230010Z
LOCATION:Unit 4B\, 1540 Michigan Ave
SEQUENCE:0
SUMMARY:Tenant interview - applicant for 4B (landlord wants me to meet them)
DESCRIPTION:credit 690\, 2 cats - ask about pet deposit. income 3x rent?
UID:D9E8F7A6-B5C4-4D3E-8F2A-1B0C9D8E7F6A
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="condo-board-interview", uid="hpca-board-approval-1009@harbourpoint-condo.example", trap="condo-association-board-interview-buyers",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:The Board of Directors of Harbour Point Condominium Association 
 will interview the prospective purchasers of Unit 1804 (Sánchez) as part o
 f the approval process. The buyers' agent may attend. Please bring the sig
 ned application and background check authorization.\n\nHarbour Point Manag
 ement Office\n
DTSTART:20251009T230000Z
DTEND:20251009T233000Z
DTSTAMP:20251003T140000Z
LOCATION:Harbour Point clubhouse\, 2 Grove Isle Dr
ORGANIZER;CN=Harbour Point Management:mailto:office@harbourpoint-condo.example
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;CN=Carlos Sánchez;RSVP=TRUE:mailto:csanchez.mia@gmail.com
SEQUENCE:0
SUMMARY:Board Approval Interview - Unit 1804 purchasers
TRANSP:OPAQUE
UID:hpca-board-approval-1009@harbourpoint-condo.example
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="press-interview", uid="bl-interview-montoya-1010@biscayneledger.example", trap="press-interview-user-as-source",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251010T110000
DTEND;TZID=America/New_York:20251010T113000
DTSTAMP:20251007T180000Z
ORGANIZER;CN=Naomi Feldman:mailto:nfeldman@biscayneledger.example
UID:bl-interview-montoya-1010@biscayneledger.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION:Phone interview for my piece on condo prices after the SB-4D mi
 lestone inspections and special assessments. 20-30 min\, on the record unl
 ess you say otherwise.\n\nNaomi Feldman\, real estate reporter\, The Biscay
 ne Ledger
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview w/ Biscayne Ledger re: condo market
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="podcast-guest", uid="riverside-rec-latinas-re-ep42", trap="podcast-guest-interview-recording",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside//Recording Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-latinas-re-ep42
DTSTAMP:20251008T120000Z
DTSTART:20251014T220000Z
DTEND:20251014T230000Z
SUMMARY:Podcast recording: Latinas in Real Estate - Ep. 42 guest interview
ORGANIZER;CN=Daniela Ocampo:mailto:daniela@latinasinre.example
ATTENDEE;CN=Valeria Montoya:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Hi Valeria! Thanks for being a guest. We'll talk about working 
 with LatAm buyers and building a bilingual brand. Use headphones\, Chrome\, 
 quiet room.\nStudio link: https://riverside.example/studio/latinas-in-re
LOCATION:https://riverside.example/studio/latinas-in-re
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="mock-interview-coach", uid="6F5E4D3C-2B1A-4098-8765-43210FEDCBA9", trap="mock-interview-with-career-coach",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6F5E4D3C-2B1A-4098-8765-43210FEDCBA9
DTSTAMP:20250929T140000Z
DTSTART:20251001T130000Z
DTEND:20251001T140000Z
SUMMARY:Mock Interview Session between Renata Solís and Valeria Montoya
ORGANIZER;CN=Renata Solís:mailto:renata@solis-careercoaching.example
ATTENDEE;CN=Valeria Montoya;PARTSTAT=ACCEPTED:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Event Name: Mock Interview Session (60 min)\n\nWe'll rehearse a
  final-round interview for a luxury brokerage and your listing presentatio
 n\, then debrief.\n\nLocation: Zoom\, link to follow\n\nPowered by Calendly.
 com
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="webinar-interview-tips", uid="webinar-8841-nextmove@on24.example", trap="webinar-about-brokerage-interviews",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ON24//Webcast//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-8841-nextmove@on24.example
DTSTAMP:20250925T150000Z
DTSTART:20251007T170000Z
DTEND:20251007T180000Z
SUMMARY:Webinar: Interviewing the Brokerage - 10 Questions to Ask Before Yo
 u Switch
DESCRIPTION:Hosted by the South Florida Association of Realtors (fictional 
 chapter) Young Professionals Network. Learn how to interview a brokerage: s
 plits\, caps\, desk fees\, lead sources\, culture. Free for members.\nJoin:
  https://event.on24.example/wcc/r/8841
LOCATION:Online
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="ce-class-all-day", uid="20251016-fairhousing-ce@realtyschool.example", trap="all-day-continuing-education-class",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Thunderbird//Lightning 115//EN
BEGIN:VEVENT
UID:20251016-fairhousing-ce@realtyschool.example
DTSTAMP:20251001T120000Z
DTSTART;VALUE=DATE:20251016
DTEND;VALUE=DATE:20251017
SUMMARY:CE: Fair Housing + Core Law (14 hr renewal) - day 1
LOCATION:Gold Coast Realty School\, Doral
DESCRIPTION:license renews 3/31. bring ID\, laptop
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="informational-coffee", uid="9n8b7v6c5x4z3l2k1j0h9g8f7d@google.com", trap="informational-coffee-names-employer",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250911T080000
DTEND;TZID=America/New_York:20250911T090000
DTSTAMP:20250908T120000Z
ORGANIZER;CN=Valeria Montoya:mailto:valeria.montoya.re@gmail.com
UID:9n8b7v6c5x4z3l2k1j0h9g8f7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jen Alvarado;X-NUM-GUESTS=0:mailto:jen.alvarado@palmettoluxe-realty.com
DESCRIPTION:Informational coffee - Jen's been at Palmetto Luxe 3 years. Ask
  what the luxury division is really like\, who to talk to\, splits. NOT an
  interview\, just picking her brain.
LOCATION:La Colombe\, Coral Gables
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Jen (Palmetto Luxe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="career-expo", uid="sfrecareerexpo-2025-attendee-55102@eventbrite.example", trap="job-fair-career-expo-attendee",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Event Ticket//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sfrecareerexpo-2025-attendee-55102@eventbrite.example
DTSTAMP:20250915T120000Z
DTSTART:20251011T140000Z
DTEND:20251011T190000Z
SUMMARY:South Florida Real Estate Career Expo 2025
DESCRIPTION:Your ticket: General Admission (Order #55102)\n40+ brokerages\, 
 developers and property managers hiring. On-the-spot interviews available
  at select booths. Bring resumes.
LOCATION:Miami Airport Convention Center\, 711 NW 72nd Ave
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="reference-call-user-is-referee", uid="ref-call-maria-gonzalez-1015", trap="reference-call-user-is-referee",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@EST_OUTLOOK@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hello Ms. Montoya\, María González listed you as a professional
  reference for the Leasing Agent position at Verde Living. 15 minutes is a
 ll we need.\n\nTom Becker\, HR Generalist\, Verde Living\n
DTSTART;TZID=Eastern Standard Time:20251015T120000
DTEND;TZID=Eastern Standard Time:20251015T121500
DTSTAMP:20251013T150000Z
LOCATION:Phone
ORGANIZER;CN="Becker, Tom":mailto:tbecker@verdeliving.example
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
SEQUENCE:0
SUMMARY:Reference check - María González (Leasing Agent)
TRANSP:OPAQUE
UID:ref-call-maria-gonzalez-1015
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="prep-block", uid="A9B8C7D6-E5F4-4321-9876-ABCDEF012345", trap="prep-block-names-employer-final",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251010T120000Z
DTEND;TZID=America/New_York:20251013T210000
DTSTAMP:20251010T120010Z
DTSTART;TZID=America/New_York:20251013T190000
LAST-MODIFIED:20251010T120010Z
SEQUENCE:0
SUMMARY:PREP entrevista final Alcázar - repasar absorción\, precios/m2\, com
 petencia Brickell
DESCRIPTION:practicar pitch en español. preguntas para Ignacio: equipo\, co
 misión\, plazos de entrega
UID:A9B8C7D6-E5F4-4321-9876-ABCDEF012345
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="thank-you-reminder", uid="F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F", trap="thank-you-note-reminder-after-interview",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250926T160000Z
DTEND;VALUE=DATE:20250927
DTSTAMP:20250926T160010Z
DTSTART;VALUE=DATE:20250926
LAST-MODIFIED:20250926T160010Z
SEQUENCE:0
SUMMARY:send thank you emails - Andrés + Kendra (Brickell Atlantic)
UID:F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="recruiter-no-employer", uid="lts-call-jordan-0930@luxetalentsearch.example", trap="recruiter-confidential-client-unnamed",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250930T153000Z
DTEND:20250930T160000Z
DTSTAMP:20250926T200000Z
ORGANIZER;CN=Jordan Blake:mailto:jordan@luxetalentsearch.example
UID:lts-call-jordan-0930@luxetalentsearch.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Hi Valeria\, I'm retained by a confidential client - a top-5 lu
 xury brokerage expanding in Miami Beach - for a senior sales role. Let's ta
 lk about your background first\; I can share the name once we sign an NDA.
 \n\nJordan Blake\, Luxe Talent Search
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call with Jordan (Luxe Talent Search) - confidential opportunity
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="family-brother-interview", uid="7C8D9E0F-1A2B-4C3D-8E4F-5A6B7C8D9E0F", trap="brother-job-interview-drive-him",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251012T020000Z
DTEND;TZID=America/New_York:20251016T083000
DTSTAMP:20251012T020010Z
DTSTART;TZID=America/New_York:20251016T074500
LAST-MODIFIED:20251012T020010Z
LOCATION:Baptist Hospital\, Kendall
SEQUENCE:0
SUMMARY:llevar a Diego a su entrevista de trabajo (Baptist) 8am
DESCRIPTION:his car is in the shop. wish him luck!!
UID:7C8D9E0F-1A2B-4C3D-8E4F-5A6B7C8D9E0F
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="school-admission-interview", uid="admissions-int-2026-sofia-m@stcatalina-school.example", trap="daughter-school-admission-entrevista",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Blackbaud//Admissions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:admissions-int-2026-sofia-m@stcatalina-school.example
DTSTAMP:20251015T130000Z
DTSTART:20251021T123000Z
DTEND:20251021T131500Z
SUMMARY:Family Interview - Sofía Montoya (Kindergarten 2026-27)
ORGANIZER;CN=Admissions Office:mailto:admissions@stcatalina-school.example
ATTENDEE;CN=Valeria Montoya:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Dear Ms. Montoya\, we look forward to meeting you and Sofía for 
 the family interview and student visit. / Estimada Sra. Montoya\, la entre
 vista familiar dura aproximadamente 45 minutos.
LOCATION:St. Catalina School\, Admissions Office\, Coral Gables
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="consulate-visa-interview", uid="2D3E4F50-6172-4839-9A0B-1C2D3E4F5061", trap="mother-visa-entrevista-consulado",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251001T010000Z
DTSTAMP:20251001T010010Z
UID:2D3E4F50-6172-4839-9A0B-1C2D3E4F5061
SUMMARY:Mamá - entrevista visa (consulado Bogotá) - llamarla antes
DTSTART;TZID=America/Bogota:20251023T073000
DTEND;TZID=America/Bogota:20251023T090000
DESCRIPTION:recordarle: DS-160\, pasaporte\, carta mía de invitación\, extr
 actos bancarios
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="german-kaeufergespraech", uid="040000008200E00074C5B7101A82E00800000000E5E5F6F6A7A7DC010000000000000000100000005E5E5E5E000000000000000000000005",
     trap="german-gespraech-with-buyers-not-job",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@W_EUROPE_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Köhler, Stefan":mailto:stefan.koehler@koehler-consulting.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com:mailto:valeria.montoya.re@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Montoya\,\n\nwie besprochen ein erste
 s Gespräch zu unserer Suche: Ferienwohnung in Miami Beach\, 2 Schlafzimmer\, 
 Budget bis 1\,2 Mio. USD\, Vermietung erlaubt. Meine Frau ist auch dabei.\n\n
 Viele Grüße\nStefan Köhler\n
UID:040000008200E00074C5B7101A82E00800000000E5E5F6F6A7A7DC010000000000000000100000005E5E5E5E000000000000000000000005
SUMMARY;LANGUAGE=de-DE:Gespräch Wohnungssuche Miami - Familie Köhler
DTSTART;TZID=W. Europe Standard Time:20251024T180000
DTEND;TZID=W. Europe Standard Time:20251024T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="french-entretien-clients", uid="entretien-laurent-1027@gmail.com", trap="french-entretien-with-buyers-not-job",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_TZ@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251027T190000
DTEND;TZID=Europe/Paris:20251027T193000
DTSTAMP:20251022T170000Z
ORGANIZER;CN=Hélène Laurent:mailto:helene.laurent75@gmail.com
UID:entretien-laurent-1027@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valeria.montoya.re@gmail.com;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Bonjour Valeria\, comme convenu un entretien en visio pour parl
 er de notre projet d'achat à Miami (appartement avec vue mer\, Sunny Isles 
 ou Bal Harbour). Mon mari Olivier sera là aussi.\n\nRejoindre Google Meet : 
 https://meet.google.com/hlt-oefw-xuz\n\nInvitation de Google Agenda : http
 s://calendar.google.com/calendar/
LOCATION:https://meet.google.com/hlt-oefw-xuz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien projet achat Miami - H. et O. Laurent
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="mid-year-review", uid="040000008200E00074C5B7101A82E00800000000F6F6A7A7B8B8DC010000000000000000100000006F6F6F6F000000000000000000000006",
     trap="performance-review-own-team-lead",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:Mid-year review: GCI vs goal\, pipeline\, listin
 g inventory\, goals for Q4. Please fill the self-assessment first.\n
UID:040000008200E00074C5B7101A82E00800000000F6F6A7A7B8B8DC010000000000000000100000006F6F6F6F000000000000000000000006
SUMMARY;LANGUAGE=en-US:Mid-year review - Valeria / Carla
DTSTART;TZID=Eastern Standard Time:20250912T100000
DTEND;TZID=Eastern Standard Time:20250912T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250905T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Carla's office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="recurring-sales-meeting-override", uid="040000008200E00074C5B7101A82E00800000000A7A7B8B8C9C9DC010000000000000000100000007A7A7A7A000000000000000000000007",
     trap="recurring-meeting-override-listing-interview-training",
     ics=fill(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EST_OUTLOOK@@
BEGIN:VEVENT
ORGANIZER;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bell, Jordan":mailto:jbell@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:Weekly team meeting: new listings\, pending deal
 s\, price reductions\, then caravan.\n
RRULE:FREQ=WEEKLY;UNTIL=20251230T140000Z;INTERVAL=1;BYDAY=TU;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000A7A7B8B8C9C9DC010000000000000000100000007A7A7A7A000000000000000000000007
SUMMARY;LANGUAGE=en-US:Vance Team weekly sales meeting
DTSTART;TZID=Eastern Standard Time:20250902T090000
DTEND;TZID=Eastern Standard Time:20250902T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250828T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Room Biscayne
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Vance, Carla":mailto:cvance@bayfrontrealtygroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Montoya, Valeria":mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION;LANGUAGE=en-US:This week: guest trainer on winning listing inte
 rviews - how sellers interview agents and how to answer the commission que
 stion. Bring one recent listing presentation.\n
RECURRENCE-ID;TZID=Eastern Standard Time:20251021T090000
UID:040000008200E00074C5B7101A82E00800000000A7A7B8B8C9C9DC010000000000000000100000007A7A7A7A000000000000000000000007
SUMMARY;LANGUAGE=en-US:Sales meeting + training: Winning the Listing Interv
 iew
DTSTART;TZID=Eastern Standard Time:20251021T090000
DTEND;TZID=Eastern Standard Time:20251021T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:4th floor training room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="onboarding-new-agent", uid="onb-kevin-osei-1103@bayfrontrealtygroup.com", trap="onboarding-hired-agent-not-interview",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251103T100000
DTEND;TZID=America/New_York:20251103T120000
DTSTAMP:20251029T150000Z
ORGANIZER;CN=Valeria Montoya:mailto:vmontoya@bayfrontrealtygroup.com
UID:onb-kevin-osei-1103@bayfrontrealtygroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kevin Osei;X-NUM-GUESTS=0:mailto:kosei@bayfrontrealtygroup.com
DESCRIPTION:Welcome to the team Kevin! Day 1: MLS access\, CRM (lead routin
 g)\, Dotloop templates\, showing etiquette\, your first week of floor dut
 y.
LOCATION:Bayfront Realty Group\, 1390 Brickell Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onboarding: Kevin Osei - systems + team playbook
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="stay-interview", uid="bfrg-stay-interview-vmontoya-1029", trap="stay-interview-retention-own-employer",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BambooHR//Hiring//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bfrg-stay-interview-vmontoya-1029
DTSTAMP:20251024T140000Z
DTSTART:20251029T140000Z
DTEND:20251029T143000Z
SUMMARY:Stay interview - Valeria Montoya
ORGANIZER;CN=Janelle Pierce:mailto:jpierce@bayfrontrealtygroup.com
ATTENDEE;CN=Valeria Montoya:mailto:vmontoya@bayfrontrealtygroup.com
DESCRIPTION:Stay interviews are short conversations HR holds with our top p
 roducers: what keeps you at Bayfront\, what might make you leave\, what sup
 port you need. Confidential.
LOCATION:HR office\, 3rd floor
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="research-interview", uid="um-study-hs-2025-p17@miami-univ.example", trap="research-interview-user-as-participant",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Thank you for agreeing to participate in our study on housing a
 ffordability and agent practices in Miami-Dade (IRB #2025-0412). The inter
 view is about 45 minutes and will be recorded with your consent. You will 
 receive a $50 gift card.\n\nAlicia Romero\, PhD candidate\, School of Archi
 tecture\n
DTSTART:20251031T180000Z
DTEND:20251031T184500Z
DTSTAMP:20251025T120000Z
LOCATION:Zoom (link in email)
ORGANIZER;CN="Romero, Alicia":mailto:aromero@miami-univ.example
ATTENDEE;CN=Valeria Montoya;RSVP=TRUE:mailto:valeria.montoya.re@gmail.com
SEQUENCE:0
SUMMARY:Research interview - housing affordability study (participant 17)
TRANSP:OPAQUE
UID:um-study-hs-2025-p17@miami-univ.example
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="spanish-tv-interview", uid="canal41-noticias-entrevista-1105", trap="spanish-tv-entrevista-market-expert",
     ics=fill(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@NY_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251105T070000
DTEND;TZID=America/New_York:20251105T080000
DTSTAMP:20251101T150000Z
ORGANIZER;CN=Producción Despierta Miami:mailto:produccion@canal41noticias.example
UID:canal41-noticias-entrevista-1105
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Montoya;X-NUM-GUESTS=0:mailto:valeria.montoya.re@gmail.com
DESCRIPTION:Entrevista en vivo en el segmento "Tu Casa" (6 min): ¿es buen m
 omento para comprar condominio en Miami? Llegar 30 min antes para maquilla
 je. Estudio B.
LOCATION:Canal 41 Noticias\, 2601 NW 79th Ave\, Doral
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista TV - Despierta Miami (Canal 41)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")),

dict(_NEG, kind="interviewing-stagers", uid="E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B", trap="interviewing-home-stagers-vendors",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251104T020000Z
DTEND;TZID=America/New_York:20251107T160000
DTSTAMP:20251104T020010Z
DTSTART;TZID=America/New_York:20251107T140000
LAST-MODIFIED:20251104T020010Z
LOCATION:2150 SW 23rd Terr
SEQUENCE:0
SUMMARY:Interview 2 stagers for Gutiérrez listing (Casa Bella Staging @2\, Lume Interiors @3)
UID:E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""),

dict(_NEG, kind="dentist-personal", uid="zocdoc-appt-7781203@zocdoc.example", trap="personal-dentist-appointment",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zocdoc//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:zocdoc-appt-7781203@zocdoc.example
DTSTAMP:20251020T120000Z
DTSTART:20251112T133000Z
DTEND:20251112T143000Z
SUMMARY:Dental cleaning - Dr. Ana Paredes\, DMD
LOCATION:Brickell Smiles\, 1111 Brickell Ave\, Suite 220
DESCRIPTION:Please arrive 15 minutes early with your insurance card.
END:VEVENT
END:VCALENDAR"""),
]
