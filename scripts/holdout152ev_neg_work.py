"""holdout152 negatives: the user's own everyday work at the Hotel Seeblick and in the trade."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "recurring-pricing",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK20DC01000000000000000010000000B1B1",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Wöchentliches Pricing Meeting: Pace\, Pickup 0-90 Tage\, Comp
 set (Baur au Lac\, Dolder\, Storchen\, Widder)\, Gruppenanfragen\, Displac
 ement.\n
DTEND;TZID="W. Europe Standard Time":20260907T100000
DTSTAMP:20260901T070000Z
DTSTART;TZID="W. Europe Standard Time":20260907T091500
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261228T081500Z
LOCATION:Sitzungszimmer Pfannenstiel
ORGANIZER;CN="Romano Chiara":mailto:c.romano@seeblick-zuerich.ch
ATTENDEE;CN="Fehr Andreas";ROLE=REQ-PARTICIPANT:mailto:a.fehr@seeblick-zue
 rich.ch
ATTENDEE;CN="Sutter Fabienne (DOSM)";ROLE=REQ-PARTICIPANT:mailto:f.sutter@
 seeblick-zuerich.ch
ATTENDEE;CN="Bernasconi Luca";ROLE=REQ-PARTICIPANT:mailto:l.bernasconi@see
 blick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:Pricing Meeting
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK20DC01000000000000000010
 000000B1B1
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
DESCRIPTION:Diese Woche am Dienstag wegen Owner's Meeting.\n
DTEND;TZID="W. Europe Standard Time":20261013T100000
DTSTAMP:20261008T070000Z
DTSTART;TZID="W. Europe Standard Time":20261013T091500
RECURRENCE-ID;TZID="W. Europe Standard Time":20261012T091500
LOCATION:Sitzungszimmer Pfannenstiel
ORGANIZER;CN="Romano Chiara":mailto:c.romano@seeblick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:Pricing Meeting (Di!)
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK20DC01000000000000000010
 000000B1B1
SEQUENCE:1
END:VEVENT
END:VCALENDAR""",
        trap="recurring-pricing-meeting-override-names-compset",
    ),
    ev(
        "budget-review",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK21DC01000000000000000010000000B2B2",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Budget 2027 Rooms Division / Revenue – Präsentation an Owner's
  Representative. Chiara: ADR/Occupancy-Szenarien\, Segmentmix.\n
DTEND;TZID="W. Europe Standard Time":20261013T120000
DTSTAMP:20261001T101000Z
DTSTART;TZID="W. Europe Standard Time":20261013T090000
LOCATION:Boardroom
ORGANIZER;CN="Fehr Andreas";SENT-BY="mailto:assistant.gm@seeblick-zuerich.c
 h":mailto:a.fehr@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
ATTENDEE;CN="Hofstetter Urs (Owner Rep)";ROLE=REQ-PARTICIPANT:mailto:urs.h
 ofstetter@seeblick-holding.ch
ATTENDEE;CN="Graf Beat (Finance)";ROLE=REQ-PARTICIPANT:mailto:b.graf@seebl
 ick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:Owner's Meeting – Budget 2027
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK21DC01000000000000000010
 000000B2B2
END:VEVENT
END:VCALENDAR""",
        trap="owners-meeting-budget",
    ),
    ev(
        "site-inspection",
        "8p7o6i5u4y3t@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261015T140000
DTEND;TZID=Europe/Zurich:20261015T153000
DTSTAMP:20261010T120000Z
ORGANIZER;CN=Fabienne Sutter:mailto:f.sutter@seeblick-zuerich.ch
UID:8p7o6i5u4y3t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chiar
 a Romano;X-NUM-GUESTS=0:mailto:c.romano@seeblick-zuerich.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karin
  Amrein;X-NUM-GUESTS=0:mailto:karin.amrein@zurich.com
DESCRIPTION:Site Inspection Zurich Insurance Group – Corporate RFP 2027 (c
 a. 1'800 RN). Zimmer 412\, 508 (Suite)\, Meetingräume\, Lunch im Bistro.
  Chiara: Ratenstruktur LRA/NLRA erklären.
LOCATION:Hotel Seeblick Lobby
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Site Inspection – Zurich Insurance (RFP 2027)
TRANSP:OPAQUE
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="corporate-client-site-inspection",
    ),
    ev(
        "vendor-training",
        "ideas-g3-training-6631@ideas.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ GMT Standard Time%%
BEGIN:VEVENT
DESCRIPTION:IDeaS G3 RMS – Group Pricing Evaluation module training (Sess
 ion 2 of 3). Trainer: Oliver Brooks\, IDeaS Client Success.\nTeams link b
 elow.\n
DTEND;TZID="GMT Standard Time":20261020T103000
DTSTAMP:20261013T140000Z
DTSTART;TZID="GMT Standard Time":20261020T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Brooks, Oliver":mailto:oliver.brooks@ideas.com
ATTENDEE;CN="Romano Chiara";RSVP=TRUE:mailto:c.romano@seeblick-zuerich.ch
SUMMARY;LANGUAGE=en-gb:IDeaS G3 training – GPE (Hotel Seeblick)
UID:ideas-g3-training-6631@ideas.com
END:VEVENT
END:VCALENDAR""",
        trap="vendor-rms-training",
    ),
    ev(
        "mod-shift",
        "2w3e4r5t6z7u@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261024
DTEND;VALUE=DATE:20261026
DTSTAMP:20261001T080000Z
UID:2w3e4r5t6z7u@google.com
SUMMARY:MOD Wochenende
DESCRIPTION:Manager on Duty Sa/So. Handy MOD abholen bei Nachtportier.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        trap="manager-on-duty-weekend",
    ),
    ev(
        "lqa-debrief",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK22DC01000000000000000010000000B3B3",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Debriefing der LQA-Inspektion (Leading Quality Assurance) mit d
 er Inspektorin. Reservation-Calls & E-Mail-Anfragen wurden getestet (Myst
 ery Calls) – Resultat 84%.\n
DTEND;TZID="W. Europe Standard Time":20261009T120000
DTSTAMP:20261008T170000Z
DTSTART;TZID="W. Europe Standard Time":20261009T110000
LOCATION:Boardroom
ORGANIZER;CN="Fehr Andreas":mailto:a.fehr@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
ATTENDEE;CN="Bernasconi Luca";ROLE=REQ-PARTICIPANT:mailto:l.bernasconi@see
 blick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:LQA Debriefing
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK22DC01000000000000000010
 000000B3B3
END:VEVENT
END:VCALENDAR""",
        trap="quality-audit-debriefing",
    ),
    ev(
        "vendor-demo",
        "hubspot-meetings-siteminder-8812@siteminder.com",
        r"""BEGIN:VCALENDAR
PRODID:-//HubSpot//Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hubspot-meetings-siteminder-8812@siteminder.com
DTSTAMP:20261019T090000Z
DTSTART:20261027T130000Z
DTEND:20261027T140000Z
SUMMARY:Vorstellung SiteMinder Channel Manager & Insights – Hotel Seeblick
DESCRIPTION:Hallo Chiara\, wie besprochen die Produktvorstellung (Demo) mi
 t Fokus auf Rate-Parity und Booking-Engine-Anbindung. Gruss\, Tim Hauser\
 , Account Executive DACH
LOCATION:Zoom
ORGANIZER;CN=Tim Hauser:mailto:tim.hauser@siteminder.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:c.romano@seeblick-zuerich.ch
END:VEVENT
END:VCALENDAR""",
        trap="vendor-demo-vorstellung",
    ),
    ev(
        "conference",
        "hsmai-roc-2026-day1@hsmai-europe.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:hsmai-roc-2026-day1@hsmai-europe.com
DTSTAMP:20260915T100000Z
DTSTART;TZID=Europe/London:20261118T083000
DTEND;TZID=Europe/London:20261118T180000
SUMMARY:HSMAI Europe Revenue Optimization Conference 2026
DESCRIPTION:Your ticket: Delegate – Chiara Romano\nVenue: etc.venues County
  Hall\, London\nSessions incl. "Commercial leadership: what hotel owners e
 xpect from a Director of Revenue" and "Interviewing the data: forecasting
  after 2025".
LOCATION:etc.venues County Hall\, London
ORGANIZER;CN=HSMAI Europe:mailto:events@hsmai-europe.com
END:VEVENT
%%TZ Europe/London%%
END:VCALENDAR""",
        trap="industry-conference-director-of-revenue-session",
    ),
    ev(
        "jahresgespraech",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK23DC01000000000000000010000000B4B4",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Liebe Chiara\n\nfür unser Mitarbeitergespräch 2026 (Zielerrei
 chung\, Ziele 2027\, Entwicklung). Bitte Selbsteinschätzung in Umantis vo
 rher ausfüllen.\n\nAndreas\n
DTEND;TZID="W. Europe Standard Time":20261201T113000
DTSTAMP:20261110T091500Z
DTSTART;TZID="W. Europe Standard Time":20261201T100000
LOCATION:Büro GM
ORGANIZER;CN="Fehr Andreas":mailto:a.fehr@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
SUMMARY;LANGUAGE=de-ch:Mitarbeitergespräch 2026 – Chiara Romano
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK23DC01000000000000000010
 000000B4B4
END:VEVENT
END:VCALENDAR""",
        trap="own-appraisal-mitarbeitergespraech",
    ),
    ev(
        "press-interview",
        "htr-interview-romano-20261008@htr.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Grüezi Frau Romano\, besten Dank für die Zusage. Interview f
 ür die htr hotelrevue (Dossier "Dynamic Pricing in der Stadthotellerie")\,
  ca. 30 Min.\, Fotos im Anschluss. Das Gespräch wird vor Publikation zum
  Gegenlesen zugestellt.\nFreundliche Grüsse\, Laura Bachmann\, Redaktion
  htr\n
DTEND;TZID="W. Europe Standard Time":20261008T143000
DTSTAMP:20261002T100000Z
DTSTART;TZID="W. Europe Standard Time":20261008T140000
LOCATION:Hotel Seeblick\, Bar
ORGANIZER;CN="Bachmann Laura":mailto:laura.bachmann@htr.ch
ATTENDEE;CN="c.romano@seeblick-zuerich.ch";RSVP=TRUE:mailto:c.romano@seebl
 ick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:Interview htr hotelrevue – C. Romano (Hotel Seeblick)
UID:htr-interview-romano-20261008@htr.ch
END:VEVENT
END:VCALENDAR""",
        trap="press-interview-trade-paper",
    ),
    ev(
        "podcast",
        "riverside-rec-rm-podcast-48@riverside.fm",
        r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-rm-podcast-48@riverside.fm
DTSTAMP:20261012T160000Z
DTSTART:20261022T160000Z
DTEND:20261022T170000Z
SUMMARY:Recording: Revenue Matters Podcast Ep. 48 – guest Chiara Romano
DESCRIPTION:Hi Chiara\, thanks for joining as our guest! We'll chat about
  luxury city hotels\, total revenue management and your path from front de
 sk to RM. Studio link: https://riverside.fm/studio/revenue-matters\nHeadp
 hones please :)\n– Ben Harper\, host
LOCATION:https://riverside.fm/studio/revenue-matters
ORGANIZER;CN=Ben Harper:mailto:ben@revenuematterspodcast.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        trap="podcast-guest-recording",
    ),
    ev(
        "ux-research",
        "userinterviews-duetto-4471@userinterviews.com",
        r"""BEGIN:VCALENDAR
PRODID:-//User Interviews//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-duetto-4471@userinterviews.com
DTSTAMP:20261015T150000Z
DTSTART:20261021T150000Z
DTEND:20261021T154500Z
SUMMARY:Research session: Revenue manager interview (45 min) – $100 incenti
 ve
DESCRIPTION:Thanks for signing up! You'll speak with a product researcher
  about how you build rate strategies and use your RMS. Session is recorded
 . Incentive paid via Tremendous within 3 business days.\nZoom: https://zoo
 m.us/j/95512003318
LOCATION:Zoom
ORGANIZER;CN=User Interviews:mailto:scheduling@userinterviews.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        trap="paid-user-research-interview",
    ),
    ev(
        "thesis-interview",
        "4r5t6z7u8i9o@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261028T170000
DTEND;TZID=Europe/Zurich:20261028T174500
DTSTAMP:20261020T210000Z
ORGANIZER;CN=Lukas Wenger:mailto:lukas.wenger@stud.hslu.ch
UID:4r5t6z7u8i9o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Chiara Romano;X-NUM-GUESTS=0:mailto:c.romano@seeblick-zuerich.ch
DESCRIPTION:Experteninterview für meine Bachelorarbeit (HSLU Tourismus): "
 Einsatz von KI im Revenue Management der Schweizer Luxushotellerie". Das I
 nterview wird aufgezeichnet und anonymisiert ausgewertet. Herzlichen Dank!
LOCATION:Zoom
SUMMARY:Experteninterview Bachelorarbeit – Frau Romano
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="thesis-expert-interview",
    ),
    ev(
        "owners-forecast",
        "6z7u8i9o0p1a@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20261030T150000
DTEND:20261030T160000
DTSTAMP:20261027T090000Z
UID:6z7u8i9o0p1a@google.com
SUMMARY:Forecast Q4 an Holding schicken + Call Urs
DESCRIPTION:vorher STR-Report Woche 43 checken\, Dezember Gruppen (Banken)
  nachfassen
END:VEVENT
END:VCALENDAR""",
        trap="floating-work-reminder-forecast",
        eol="\n",
    ),
]
