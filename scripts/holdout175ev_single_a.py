# ruff: noqa: E501
"""holdout175: European funds (French, Spanish), a headhunter-run off-cycle process, and single interviews."""
from holdout175ev_tz import ev

EVENTS = [
    ev("entretien", "vauban-okafor-e1-20260210@vauban-capital.fr",
       1, "Vauban Capital Partenaires", "Chargé d'affaires senior / Associate", "",
       "c.deslandes@vauban-capital.fr", "french-fund-first-entretien-paris-zone", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Paris@@
BEGIN:VEVENT
UID:vauban-okafor-e1-20260210@vauban-capital.fr
DTSTAMP:20260203T101522Z
DTSTART;TZID=Europe/Paris:20260210T163000
DTEND;TZID=Europe/Paris:20260210T173000
SUMMARY;LANGUAGE=fr-FR:Entretien Daniel Okafor - Chargé d'affaires senior
ORGANIZER;CN="Claire Deslandes":mailto:c.deslandes@vauban-capital.fr
ATTENDEE;CN="Daniel Okafor";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Daniel\,\n\nComme convenu\, je vous propose un premier échange en visio pour le poste de chargé d'affaires senior (Associate) au sein de notre équipe Mid-Cap à Paris. L'entretien se déroulera en français et en anglais.\n\nLien Zoom : https://vauban-capital.zoom.us/j/81264409982\n\nBien cordialement\,\nClaire Deslandes\nDirectrice d'investissement\nVauban Capital Partenaires\n
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-final", "vauban-okafor-e2-20260226@vauban-capital.fr",
       1, "Vauban Capital Partenaires", "Chargé d'affaires senior / Associate", "final",
       "p.maurel@vauban-capital.fr;a.benhamou@vauban-capital.fr", "french-final-with-partners-in-paris", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Paris@@
BEGIN:VEVENT
UID:vauban-okafor-e2-20260226@vauban-capital.fr
DTSTAMP:20260216T081140Z
DTSTART;TZID=Europe/Paris:20260226T100000
DTEND;TZID=Europe/Paris:20260226T123000
SUMMARY;LANGUAGE=fr-FR:Tour final - rencontre avec les associés (D. Okafor)
ORGANIZER;CN="Claire Deslandes":mailto:c.deslandes@vauban-capital.fr
ATTENDEE;CN="Daniel Okafor";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN="Philippe Maurel":mailto:p.maurel@vauban-capital.fr
ATTENDEE;CN="Anissa Benhamou":mailto:a.benhamou@vauban-capital.fr
ATTENDEE;CUTYPE=ROOM;CN="Salle Vendôme":mailto:salle.vendome@vauban-capital.fr
DESCRIPTION;LANGUAGE=fr-FR:Daniel\,\n\nMerci pour votre cas pratique. Pour le dernier tour\, vous rencontrerez Philippe Maurel et Anissa Benhamou\, associés\, dans nos bureaux (12 rue de la Paix\, 75002 Paris). Prévoir environ 2h30.\n\nÀ bientôt\,\nClaire
LOCATION:Salle Vendôme - 12 rue de la Paix\, Paris 2e
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevista", "tt-interview-4471920@teamtailor.com",
       1, "Alcántara Capital", "Associate Private Equity", "",
       "lucia.ferrer@alcantaracapital.es", "spanish-teamtailor-entrevista-madrid", r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//ES
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:tt-interview-4471920@teamtailor.com
DTSTAMP:20251028T112004Z
DTSTART;TZID=Europe/Madrid:20251104T170000
DTEND;TZID=Europe/Madrid:20251104T174500
SUMMARY:Entrevista: Associate Private Equity - Alcántara Capital
ORGANIZER;CN=Alcántara Capital:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Lucía Ferrer;PARTSTAT=ACCEPTED:mailto:lucia.ferrer@alcantaracapital.es
DESCRIPTION:Hola Daniel\,\n\nGracias por tu candidatura al puesto de Associate Private Equity. Te confirmamos la entrevista con Lucía Ferrer (Directora de Inversiones) por Google Meet.\n\nEnlace: https://meet.google.com/ajt-pqzd-wme\n\nSi necesitas cambiar la hora\, responde a este mensaje.\n\nUn saludo\,\nEquipo de Talento - Alcántara Capital\nPaseo de la Castellana 41\, Madrid
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-call", "kestrel-jmorrow-0203-okafor@kestrelsearch.com",
       1, "Pinecrest Growth Partners", "Associate (off-cycle)", "recruiter_screen",
       "jmorrow@kestrelsearch.com", "headhunter-screen-names-employer-only-in-body", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:kestrel-jmorrow-0203-okafor@kestrelsearch.com
DTSTAMP:20260130T211500Z
DTSTART;TZID="Eastern Standard Time":20260203T190000
DTEND;TZID="Eastern Standard Time":20260203T193000
SUMMARY:Dan Okafor / Jess Morrow - Kestrel
ORGANIZER;CN="Jess Morrow":mailto:jmorrow@kestrelsearch.com
ATTENDEE;CN="dan.okafor.ny@gmail.com";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Dan - per my email\, this is the off-cycle Associate search we're running for Pinecrest Growth Partners (growth buyouts in vertical software\, ~$2bn fund III). I want to walk through your deals and make sure you're the right fit before I submit you - expect a few questions on your models and why growth vs. buyout. I'll call your cell.\n\nJess Morrow\nPartner | Kestrel Search\n(646) 555-0190
LOCATION:Phone - I'll call you
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("first-round", "e9b3a1c2-pinecrest-r1@pinecrestgrowth.com",
       1, "Pinecrest Growth Partners", "Associate", "",
       "dfarrell@pinecrestgrowth.com;aweiss@pinecrestgrowth.com", "growth-fund-first-round-google-invite", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260212T173000
DTEND;TZID=America/New_York:20260212T183000
DTSTAMP:20260206T002210Z
ORGANIZER;CN=Dana Farrell:mailto:dfarrell@pinecrestgrowth.com
UID:e9b3a1c2-pinecrest-r1@pinecrestgrowth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana Farrell;X-NUM-GUESTS=0:mailto:dfarrell@pinecrestgrowth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Adam Weiss;X-NUM-GUESTS=0:mailto:aweiss@pinecrestgrowth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dan.okafor.ny@gmail.com;X-NUM-GUESTS=0:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=jmorrow@kestrelsearch.com;X-NUM-GUESTS=0:mailto:jmorrow@kestrelsearch.com
DESCRIPTION:Pinecrest 1st round - Dana (Principal) and Adam (VP). 1 Vanderbilt\, 33rd fl\, ask for Pinecrest at the front desk.
LOCATION:One Vanderbilt Ave\, 33rd Floor\, New York
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dan Okafor - Pinecrest Growth
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("lever-intro", "lever-iv-2c5d8e11-greyfield@hire.lever.co",
       1, "Greyfield Partners", "Associate - Private Equity", "",
       "mchoi@greyfieldpartners.com", "lever-zoom-first-interview-with-principal", r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-2c5d8e11-greyfield@hire.lever.co
DTSTAMP:20250922T133000Z
DTSTART:20250930T200000Z
DTEND:20250930T204500Z
SUMMARY:Interview: Dan Okafor for Associate - Private Equity
ORGANIZER;CN=Greyfield Partners Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Dan Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Michelle Choi;PARTSTAT=ACCEPTED:mailto:mchoi@greyfieldpartners.com
DESCRIPTION:Greyfield Partners has scheduled an interview with you.\n\nPosition: Associate - Private Equity\nInterviewer: Michelle Choi (Principal)\nDuration: 45 min\n\nJoin Zoom Meeting: https://greyfield.zoom.us/j/97713002586\n\nSent via Lever. Please reply to your recruiter with questions.
LOCATION:https://greyfield.zoom.us/j/97713002586
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("ashby-modeling", "ashby-iv-0f2a7e4c-northmark@ashbyhq.com",
       1, "Northmark Capital", "Private Equity Associate", "technical",
       "rpatel@northmarkcap.com", "ashby-modeling-test-proctored", r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-0f2a7e4c-northmark@ashbyhq.com
DTSTAMP:20251017T181200Z
DTSTART:20251101T140000Z
DTEND:20251101T170000Z
SUMMARY:Northmark Capital - Modeling Test (Dan Okafor)
ORGANIZER;CN=Northmark Capital:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Dan Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Raj Patel;PARTSTAT=ACCEPTED:mailto:rpatel@northmarkcap.com
DESCRIPTION:Hi Dan\,\n\nHere are the details for your modeling test for the Private Equity Associate role.\n\nFormat: 3 hours\, camera on\, proctored by Raj Patel (Vice President). You'll get the case materials at the start of the session and will present your returns and a buy/pass view to Raj in the final 15 minutes.\n\nGoogle Meet: https://meet.google.com/rkt-wxbo-uva\n\nScheduled with Ashby
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("on-cycle-interview", "harcourt-bl-2027-okafor-0911@harcourtsearch.com",
       1, "Brennan Lowe & Co.", "2027 Private Equity Associate", "",
       "Tom Brennan;Nisha Iyer", "on-cycle-headhunter-invite-employer-in-subject", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:harcourt-bl-2027-okafor-0911@harcourtsearch.com
DTSTAMP:20250910T021408Z
DTSTART;TZID="Eastern Standard Time":20250911T073000
DTEND;TZID="Eastern Standard Time":20250911T083000
SUMMARY:Brennan Lowe - Dan Okafor (Round 1)
ORGANIZER;CN="Priscilla Yuen":mailto:pyuen@harcourtsearch.com
ATTENDEE;CN="dan.okafor.ny@gmail.com";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Dan\,\n\nYou are confirmed for Brennan Lowe's first round tomorrow at 7:30am before your workday. You'll meet Tom Brennan (Managing Director) and Nisha Iyer (Vice President). 600 Lexington Ave\, 22nd fl.\n\nOn-cycle is moving fast this week - please keep your phone on you\; second rounds may be same day.\n\nPriscilla Yuen\nHarcourt Search Group
LOCATION:600 Lexington Ave\, 22nd Floor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("smartrecruiters-screen", "sr-iv-61f0e8a2-oakline@smartrecruiters.com",
       1, "Oakline Infrastructure Partners", "Associate, Infrastructure Investments", "recruiter_screen",
       "bpowell@oaklineinfra.com", "smartrecruiters-phone-screen", r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-iv-61f0e8a2-oakline@smartrecruiters.com
DTSTAMP:20251020T120012Z
DTSTART:20251023T150000Z
DTEND:20251023T153000Z
SUMMARY:Phone Screen | Associate\, Infrastructure Investments | Oakline Infrastructure Partners
ORGANIZER;CN=Oakline Infrastructure Partners:mailto:notifications@smartrecruiters.com
ATTENDEE;CN=Daniel Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Brianna Powell;PARTSTAT=ACCEPTED:mailto:bpowell@oaklineinfra.com
DESCRIPTION:Dear Daniel\,\n\nYour Phone Screen for Associate\, Infrastructure Investments is confirmed.\n\nInterviewer: Brianna Powell\, Talent Acquisition Lead\nBrianna will call you at +1 917 555 0133.\n\nBest regards\,\nOakline Infrastructure Partners\n\nThis invitation was sent through SmartRecruiters.
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly-call", "calendly-9a81c2fd-4e7b-4f2a-ae13-5d6b7c8e9f01",
       1, "Trellis Consumer Partners", "Associate", "",
       "gavin@trellisconsumer.com", "calendly-booked-by-user-with-principal", r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-9a81c2fd-4e7b-4f2a-ae13-5d6b7c8e9f01
DTSTAMP:20251111T030155Z
DTSTART:20251114T173000Z
DTEND:20251114T180000Z
SUMMARY:Associate Candidate Conversation between Gavin Sharpe and Dan Okafor
ORGANIZER;CN=Gavin Sharpe:mailto:gavin@trellisconsumer.com
ATTENDEE;CN=Dan Okafor;PARTSTAT=ACCEPTED:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Event Name: Associate Candidate Conversation\n\nPlease share anything that will help prepare for our meeting.: Referred by Kate Lin (ex-H&R). Currently associate in M&A at Harlan & Reece\, 3 consumer sell-sides.\n\nLocation: This is a Zoom web conference.\nhttps://us02web.zoom.us/j/88124630071\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/9a81c2fd\nReschedule: https://calendly.com/reschedulings/9a81c2fd\n\nPowered by Calendly.com
LOCATION:https://us02web.zoom.us/j/88124630071
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("founder-gmail", "CAH9vkx2Pq0mN7bT@google.com",
       1, "Sable Ridge Capital", "Associate", "hiring_manager",
       "mike.delaney.sr@gmail.com", "independent-sponsor-founder-on-free-mail", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251204T003000Z
DTEND:20251204T013000Z
DTSTAMP:20251201T150044Z
ORGANIZER;CN=Mike Delaney:mailto:mike.delaney.sr@gmail.com
UID:CAH9vkx2Pq0mN7bT@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mike Delaney;X-NUM-GUESTS=0:mailto:mike.delaney.sr@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dan.okafor.ny@gmail.com;X-NUM-GUESTS=0:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Dan - drinks at the Campbell\, Grand Central. Want to talk about you coming on as my first associate at Sable Ridge. Bring questions\, I'll bring the two deals we have under LOI. I'll want to hear how you'd underwrite the HVAC roll-up. -Mike
LOCATION:The Campbell\, 15 Vanderbilt Ave\, New York
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mike / Dan - Sable Ridge
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("workable-phone", "workable-event-5b2c9f77a0@workable.com",
       1, "Quarry Hill Partners", "Investment Associate", "recruiter_screen",
       "sofia.marchetti@quarryhillpartners.com", "workable-phone-interview", r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:workable-event-5b2c9f77a0@workable.com
DTSTAMP:20251205T140210Z
DTSTART;TZID=America/New_York:20251210T081500
DTEND;TZID=America/New_York:20251210T084500
SUMMARY:Phone interview with Daniel Okafor - Investment Associate
ORGANIZER;CN=Quarry Hill Partners:mailto:noreply@workablemail.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Sofia Marchetti:mailto:sofia.marchetti@quarryhillpartners.com
DESCRIPTION:Quarry Hill Partners invited you to a phone interview for the Investment Associate position.\n\nInterviewer: Sofia Marchetti (Operations & Talent)\nPhone: Sofia will call +19175550133\n\nPowered by Workable
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("personio-video", "personio-appt-7734192@personio.de",
       1, "Fenwick Harbour Capital", "Investment Associate", "",
       "h.ashworth@fenwickharbour.com;j.osei@fenwickharbour.com", "personio-english-london-video-interview", r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/London@@
BEGIN:VEVENT
UID:personio-appt-7734192@personio.de
DTSTAMP:20251203T101010Z
DTSTART;TZID=Europe/London:20251208T133000
DTEND;TZID=Europe/London:20251208T143000
SUMMARY:Interview Daniel Okafor | Investment Associate
ORGANIZER;CN=Fenwick Harbour Capital:mailto:noreply@personio.de
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Harriet Ashworth:mailto:h.ashworth@fenwickharbour.com
ATTENDEE;CN=Joseph Osei:mailto:j.osei@fenwickharbour.com
DESCRIPTION:Dear Daniel\,\n\nthank you for your application. We would like to invite you to a video interview with Harriet Ashworth (Partner) and Joseph Osei (Investment Director).\n\nGoogle Meet: https://meet.google.com/fhc-uxpn-ntr\n\nKind regards\,\nFenwick Harbour Capital\n\nThis message was sent via Personio.
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-paper-lbo", "E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B",
       1, "Kinsale Partners", "", "technical", "Greg Tamura",
       "user-typed-floating-paper-lbo-call", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B
DTSTAMP:20251007T232511Z
DTSTART:20251009T073000
DTEND:20251009T080000
SUMMARY:Kinsale - paper LBO over phone (Greg T)
DESCRIPTION:greg calls my cell. pen + paper\, NO calc. 5x EBITDA 100\, 60% debt\, 5yr\, exit same multiple - practice IRR rules of thumb (2x/5yr ~15%\, 3x ~25%)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("typed-phone-round", "6b0a2d3c-whitestone-ios-entry",
       1, "Whitestone Equity", "", "", "Mark Ruiz",
       "user-typed-abbreviated-first-round", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0.1//EN
BEGIN:VEVENT
UID:6b0a2d3c-whitestone-ios-entry
DTSTAMP:20251014T120233Z
DTSTART:20251016T121500
DTEND:20251016T130000
SUMMARY:Whitestone 1st rd - M Ruiz
LOCATION:call 212-555-0174
DESCRIPTION:Mark Ruiz VP. book a phone room on 32. walk thru Project Falcon w/o naming client
END:VEVENT
END:VCALENDAR
"""),
]
