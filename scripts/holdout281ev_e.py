# ruff: noqa: E501, W291, W293, RUF100
"""holdout281 events, part E: other negatives (trade meetings, press, personal, job-hunt admin)."""

from holdout281ev_zones import BERLIN, GMT_STANDARD, LONDON, ROMANCE, UTC1_BRUSSELS


def _neg(kind, uid, trap, ics, eol="\r\n"):
    """A negative that is neither the user's interview nor the user on the hiring side."""
    return dict(
        kind=kind,
        uid=uid,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=False,
        ics=ics,
        eol=eol,
    )


EVENTS = [
    _neg(
        "outlook-hmrc-visit",
        "040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DC01000000000000000010000000A3B4C5D6E7F8091A2B3C4D5E6F7A8B9C",
        "hmrc-excise-visit-interview-with-warehousekeeper",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="McIntosh, Jean":mailto:j.mcintosh@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paterson, Gail (Finance)":mailto:g.paterson@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:HMRC Excise assurance visit – two officers (Mr D. Cairns and Ms P. Walsh). Agenda from their letter:\n1. Review of warehouse records\, W5 returns and losses since the last visit\n2. Interview with the authorised warehousekeeper (Callum) on cask receipts\, movements under duty suspension and the regauge procedure\n3. Physical check of a sample of casks in W2 and W6\n4. Close-out meeting\n\nCallum – please have the stock reconciliation and the last two regauge reports printed.\n\nJean\n
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DC01000000000000000010000000A3B4C5D6E7F8091A2B3C4D5E6F7A8B9C
SUMMARY;LANGUAGE=en-GB:HMRC Excise visit – incl. warehousekeeper interview (CF)
DTSTART;TZID=GMT Standard Time:20261209T130000
DTEND;TZID=GMT Standard Time:20261209T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T101522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA Boardroom + Warehouses 2 & 6
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-cask-audit",
        "040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DC01000000000000000010000000B4C5D6E7F8091A2B3C4D5E6F7A8B9C0D",
        "cask-audit-assessment-vocabulary",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Smith, Davie":mailto:d.smith@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Taylor, Grant":mailto:g.taylor@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Auditor – Spirit Stock Assurance:mailto:audit@spiritstockassurance.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Annual cask audit with the external auditor – W4 (dunnage\, 3 high). Sample 250 casks against the WMS: cask number\, fill date\, spirit type\, RLA at fill\, position. Candidate casks for the sample will be picked by the auditor on the day.\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DC01000000000000000010000000B4C5D6E7F8091A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=en-GB:Cask audit – W4 dunnage (external)
DTSTART;TZID=GMT Standard Time:20260910T080000
DTEND;TZID=GMT Standard Time:20260910T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260825T140010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Warehouse 4
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-vip-tour",
        "040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DC01000000000000000010000000C5D6E7F8091A2B3C4D5E6F7A8B9C0D1E",
        "vip-tour-user-leads-meet-the-team",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:VIP tour – Mr Kenji Takahashi + 5 (whisky club from Osaka\, via our Japanese importer). Callum to lead the warehouse part and the cask-draw tasting in W1 (3 casks – see list). They'd like to "meet the team" and ask about how long you've worked here and your career – photos allowed in W1 only. Interpreter with the group.\n
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DC01000000000000000010000000C5D6E7F8091A2B3C4D5E6F7A8B9C0D1E
SUMMARY;LANGUAGE=en-GB:VIP tour – Takahashi party (Osaka) – CF warehouse & cask tasting
DTSTART;TZID=GMT Standard Time:20260612T140000
DTEND;TZID=GMT Standard Time:20260612T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260601T101910Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Visitor Centre → W1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-export",
        "0h5t9k2q6m1v8s3d7n4c0p6r2b@google.com",
        "festival-warehouse-tasting-sessions",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Glenavon Events
X-WR-TIMEZONE:Europe/London
X-WR-CALDESC:Visitor centre & festival events
BEGIN:VEVENT
DTSTART:20260502T100000Z
DTEND:20260502T160000Z
DTSTAMP:20261120T081500Z
UID:0h5t9k2q6m1v8s3d7n4c0p6r2b@google.com
CREATED:20260212T101022Z
DESCRIPTION:Festival weekend – Warehouse 1 tastings\, 11:00 and 15:00 (30 
 tickets each). Host: Callum Fraser. 4 casks drawn by valinch: 2008 refill
  hogshead\, 2012 first-fill sherry butt\, 2015 ex-bourbon barrel\, 2019 pea
 ted. Q&A with the warehouseman. Sold out.
LAST-MODIFIED:20260428T154411Z
LOCATION:Glenavon Distillery – Warehouse 1
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Festival: Warehouse 1 cask tastings (CF hosting)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-press-interview",
        "040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DC01000000000000000010000000D6E7F8091A2B3C4D5E6F7A8B9C0D1E2F",
        "press-interview-magazine-feature",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Morrow, Kate":mailto:kate.morrow@maltledger.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\,\n\nThanks for agreeing to be interviewed for our feature "The Keepers of the Casks" (The Malt Ledger\, winter issue). About 45 minutes on the phone – dunnage vs racked\, how you decide when a cask is ready\, the craft of the warehouseman. Our photographer will come out separately.\n\nKate Morrow\nFeatures Editor\, The Malt Ledger\n
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DC01000000000000000010000000D6E7F8091A2B3C4D5E6F7A8B9C0D1E2F
SUMMARY;LANGUAGE=en-GB:Interview – The Malt Ledger – "Keepers of the Casks" (Callum Fraser\, Glenavon)
DTSTART;TZID=GMT Standard Time:20260915T110000
DTEND;TZID=GMT Standard Time:20260915T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260908T133012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone – Kate to call Callum's mobile
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "zoom-research-interview",
        "ZOOM84417702259@zoom.us",
        "research-interview-workforce-study-consent",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20261002T091233Z
DTSTART:20261008T133000Z
DTEND:20261008T143000Z
SUMMARY:Research interview – Skills & automation in Scotch whisky warehousing
UID:ZOOM84417702259@zoom.us
TZID:Europe/London
DESCRIPTION:Dr Sarah Kilbride is inviting you to a scheduled Zoom meeting.\n\nThank you for agreeing to take part in our research project "Skills\, automation and the future distillery workforce" (Strathmore University Business School). The semi-structured interview will last about 60 minutes and will be recorded with your consent (form attached to my email). Participation is voluntary and anonymous.\n\nJoin Zoom Meeting\nhttps://strathmore-ac-uk.zoom.us/j/84417702259?pwd=cmVzZWFyY2h3aGlza3k\n\nMeeting ID: 844 1770 2259\nPasscode: 306114\n
LOCATION:https://strathmore-ac-uk.zoom.us/j/84417702259?pwd=cmVzZWFyY2h3aGlza3k
ORGANIZER;CN=Dr Sarah Kilbride:mailto:s.kilbride@strathmore-uni.example.ac.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT:mailto:callum.fraser.speyside@btinternet.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite",
        "8s2k6q0v4m9t1n5d3c7h2p0r8e@google.com",
        "podcast-guest-recording-interview-word",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260827T180000Z
DTEND:20260827T190000Z
DTSTAMP:20260819T170102Z
ORGANIZER;CN=Dram Stories Podcast:mailto:hello@dramstories.example.com
UID:8s2k6q0v4m9t1n5d3c7h2p0r8e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dram Stories Podcast;X-NUM-GUESTS=0:mailto:hello@dramstories.example.co
 m
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
CREATED:20260819T170101Z
DESCRIPTION:Podcast recording – guest interview with Callum Fraser ("Life i
 n the warehouse: 20 years of moving casks"). Recording via Riverside – use
  headphones\, Chrome browser\, laptop if possible. Link: https://riverside.
 fm/studio/dram-stories?t=7a1c9e\n\nInvitation from Google Calendar: https:
 //calendar.google.com/calendar/
LAST-MODIFIED:20260819T170102Z
LOCATION:https://riverside.fm/studio/dram-stories
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dram Stories – guest interview recording (Callum Fraser)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "zoom-press-german",
        "ZOOM89023316648@zoom.us",
        "german-press-interview-fassreifung",
        rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{BERLIN}
BEGIN:VEVENT
DTSTAMP:20261013T081522Z
DTSTART;TZID=Europe/Berlin:20261019T170000
DTEND;TZID=Europe/Berlin:20261019T174500
SUMMARY:Interview Whisky-Journal: Fassreifung in der Speyside (Callum Fraser\, Glenavon)
UID:ZOOM89023316648@zoom.us
DESCRIPTION:Jörg Albrecht lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: Interview für das Whisky-Journal\, Ausgabe 1/2027 – Fassreifung\, Dunnage-Lagerhäuser und der "Angels' Share". Das Gespräch wird auf Englisch geführt und für den Artikel übersetzt.\n\nZoom-Meeting beitreten\nhttps://us02web.zoom.us/j/89023316648?pwd=d2hpc2t5am91cm5hbA\n\nMeeting-ID: 890 2331 6648\nKenncode: 551902\n
LOCATION:https://us02web.zoom.us/j/89023316648?pwd=d2hpc2t5am91cm5hbA
ORGANIZER;CN=Jörg Albrecht:mailto:j.albrecht@whisky-journal.example.de
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT:mailto:c.fraser@glenavon-distillery.example.co.uk
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-french-press",
        "040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DC01000000000000000010000000E7F8091A2B3C4D5E6F7A8B9C0D1E2F3A",
        "french-entretien-journalist-visit",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="LEFEBVRE Amélie":mailto:amelie.lefebvre@journaldumalt.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Callum\,\n\nComme convenu avec Heather\, je viendrai à Glenavon pour un entretien et une visite des chais pour notre dossier "Les gardiens des fûts" (Le Journal du Malt\, numéro de printemps). Environ une heure d'entretien (en anglais\, ne vous inquiétez pas !) puis photos dans l'entrepôt n°1.\n\nÀ bientôt\,\nAmélie Lefebvre\nJournaliste – Le Journal du Malt\n
UID:040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DC01000000000000000010000000E7F8091A2B3C4D5E6F7A8B9C0D1E2F3A
SUMMARY;LANGUAGE=fr-FR:Entretien + visite chais – Le Journal du Malt / Glenavon
DTSTART;TZID=Romance Standard Time:20261104T110000
DTEND;TZID=Romance Standard Time:20261104T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T091144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Glenavon Distillery\, Speyside
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-spanish-supplier",
        "040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DC01000000000000000010000000F8091A2B3C4D5E6F7A8B9C0D1E2F3A4B",
        "spanish-cask-supplier-seleccion-and-newsletter-entrevista",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_BRUSSELS}
BEGIN:VEVENT
ORGANIZER;CN=Javier Moreno Sáez:mailto:j.moreno@bodegasalmadraba.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=es-ES:Hola Callum\, hola Alistair:\n\nOs confirmo la reunión por Teams para la selección de botas de jerez (oloroso y PX) para las llenadas de 2027: precios\, plazos de envío y el programa de sazonado. Además\, nuestro departamento de comunicación quiere hacerte una breve entrevista para la revista interna de la bodega ("Nuestros clientes en Escocia").\n\nHi both – confirming our Teams meeting on sherry cask selection for the 2027 fillings\, and a short interview with Callum for our customer newsletter.\n\nUn abrazo\,\nJavier Moreno\nBodegas Almadraba – Jerez\n
UID:040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DC01000000000000000010000000F8091A2B3C4D5E6F7A8B9C0D1E2F3A4B
SUMMARY;LANGUAGE=es-ES:Reunión Bodegas Almadraba / Glenavon – selección de botas 2027 + entrevista revista
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20261124T100000
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20261124T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T120911Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-typed",
        "3A7F9C12-8D4B-4E65-9B20-6F1C3E8A5D74",
        "mortgage-interview-personal-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260903T200512Z
UID:3A7F9C12-8D4B-4E65-9B20-6F1C3E8A5D74
DTEND:20260912T113000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Mortgage interview - Buchan Building Soc (me + Fiona)
DTSTART:20260912T100000
DTSTAMP:20260903T200633Z
LOCATION:Buchan BS\, High St\, Elgin
SEQUENCE:0
DESCRIPTION:bring 3 payslips each\, P60\, bank statements. remortgage - fix 5yr?
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-family-event",
        "6c0q4k8v2m7t3s1n9d5h0p4r6a@google.com",
        "daughter-university-interview-mmi",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261207T093000Z
DTEND:20261207T123000Z
DTSTAMP:20261110T213011Z
ORGANIZER;CN=Fiona Fraser:mailto:fiona.fraser.elgin@gmail.example.com
UID:6c0q4k8v2m7t3s1n9d5h0p4r6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Fiona Fraser;X-NUM-GUESTS=0:mailto:fiona.fraser.elgin@gmail.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.fras
 er.speyside@btinternet.com
CREATED:20261110T213010Z
DESCRIPTION:Isla's vet school interview (MMI – 8 stations). Callum driving 
 her down the night before\, staying at Gran's. Interview 9:30 at the Easter
  Bush campus\, out about 12:30.
LAST-MODIFIED:20261110T213011Z
LOCATION:Easter Bush Campus\, Edinburgh
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Isla – vet school interview (Edinburgh)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-typed",
        "B1E6C3A8-5F27-4D90-8A43-2C9E7B1D6F05",
        "spouse-job-interview-childcare-note",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261012T064512Z
UID:B1E6C3A8-5F27-4D90-8A43-2C9E7B1D6F05
DTEND:20261016T160000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Fiona's interview (practice nurse @ Elgin surgery) - I do school pickup 3.15
DTSTART:20261016T140000
DTSTAMP:20261012T064601Z
SEQUENCE:0
DESCRIPTION:leave work 2.45. Rory has football after - kit in boot
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite",
        "2q6k0v4m8t1s5n9d3c7h1p5r0b@google.com",
        "mock-interview-with-career-coach",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260707T190000
DTEND;TZID=Europe/London:20260707T200000
DTSTAMP:20260703T111233Z
ORGANIZER;CN=Douglas Pirie Coaching:mailto:douglas@piriecoaching.example.co.uk
UID:2q6k0v4m8t1s5n9d3c7h1p5r0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
CREATED:20260703T111232Z
DESCRIPTION:Mock interview – Distillery Manager (competency-based). I'll pl
 ay the panel chair and throw the Balnacraig-style questions at you: leading
  change\, a serious H&S incident\, managing a poor performer\, HMRC relatio
 nship. 40 min mock + 20 min feedback. Session 3 of 4.\n\nJoin with Google M
 eet: https://meet.google.com/ugr-vmsd-kto\n\nInvitation from Google Calend
 ar: https://calendar.google.com/calendar/
LAST-MODIFIED:20260703T111233Z
LOCATION:https://meet.google.com/ugr-vmsd-kto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview – DM competency practice (Callum / Douglas)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "webinar-registration",
        "webinar-77120-cf-scottish-drinks-skills@events.example.scot",
        "webinar-about-competency-interviews",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Scottish Drinks Skills Network//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-77120-cf-scottish-drinks-skills@events.example.scot
DTSTAMP:20260615T080015Z
DTSTART:20260624T120000Z
DTEND:20260624T130000Z
SUMMARY:Webinar: Stepping up to management – nailing the competency-based interview
DESCRIPTION:Thanks for registering\, Callum!\n\nScottish Drinks Skills Network – lunchtime webinar\n"Stepping up to management: nailing the competency-based interview"\nSpeaker: Moira Henderson\, HR Director (retd.)\n\nWhat we'll cover: the STAR method\, typical distillery and bottling competencies\, assessment centres and psychometric tests\, questions to ask the panel.\n\nJoin link: https://events.example.scot/live/77120?k=cf8812\n\nA recording will be sent to all registrants.
LOCATION:Online
ORGANIZER;CN=Scottish Drinks Skills Network:mailto:events@sdsn.example.scot
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-training-course",
        "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC01000000000000000010000000091A2B3C4D5E6F7A8B9C0D1E2F3A4B5C",
        "interviewing-skills-course-for-supervisors",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Grant, Kenny":mailto:k.grant@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Half-day course for supervisors and managers who sit on interview panels: fair and consistent interviewing\, competency questions\, note-taking\, unconscious bias and the Equality Act. Delivered by an external trainer (Grampian HR Training). Certificates issued – required before you sit on any panel from January.\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC01000000000000000010000000091A2B3C4D5E6F7A8B9C0D1E2F3A4B5C
SUMMARY;LANGUAGE=en-GB:Training: Recruitment & Selection – Interviewing Skills (half day)
DTSTART;TZID=GMT Standard Time:20261126T130000
DTEND;TZID=GMT Standard Time:20261126T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T100344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA Training Room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-typed",
        "D4A8E2C6-1F93-4B57-A0E8-5C2D9F7B3E16",
        "informational-coffee-ex-manager-of-target",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260826T174422Z
UID:D4A8E2C6-1F93-4B57-A0E8-5C2D9F7B3E16
DTEND:20260829T113000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Coffee w/ Ruaridh Begg (ex Glen Tarvie DM) - pick his brains
DTSTART:20260829T103000
DTSTAMP:20260826T174509Z
LOCATION:Spey Larder cafe\, Aberlour
SEQUENCE:0
DESCRIPTION:what's Morven like to work for\, why he left\, what the DM job really is day to day. NOT an interview - he's retired. buy the coffees
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-job-fair-stand",
        "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F8A9",
        "job-fair-user-staffs-employer-stand",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Moray Skills & Jobs Fair – Glenavon stand (no. 14). Callum and Heather on the stand 10–2 to talk to school leavers and job seekers about apprenticeships\, warehouse and seasonal roles. Banner\, leaflets and the miniature cask are in the HR cupboard. No interviews on the day – just collect names for Tribepad.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F8A9
SUMMARY;LANGUAGE=en-GB:Moray Skills & Jobs Fair – Glenavon stand
DTSTART;TZID=GMT Standard Time:20261008T093000
DTEND;TZID=GMT Standard Time:20261008T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T094522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Elgin Town Hall
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "eventbrite-ticket",
        "eventbrite-order-7731904455-drinks-careers-expo",
        "careers-expo-visitor-ticket",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Tickets//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-order-7731904455-drinks-careers-expo
DTSTAMP:20260901T194411Z
DTSTART:20260919T090000Z
DTEND:20260919T150000Z
SUMMARY:Scottish Drinks Careers Expo 2026
DESCRIPTION:Order #7731904455 – 1 x General Admission (Free)\n\nMeet 40+ distillers\, brewers\, bottlers and drinks brands who are hiring. Bring copies of your CV. Talks: "From warehouse to distillery manager"\, "Working in brand advocacy"\, "Life at a cask broker".\n\nView your ticket: https://www.eventbrite.example.co.uk/mytickets/7731904455
LOCATION:Hall 3\, Clydeside Exhibition Centre\, Glasgow G3
ORGANIZER;CN=Scottish Drinks Careers Expo:mailto:tickets@drinkscareersexpo.example.co.uk
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-reference-call",
        "040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F8A9B0",
        "user-is-referee-for-ex-colleague-at-target-employer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Kerr, Lorna":mailto:lorna.kerr@morvenspirits.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\,\n\nKirsty Ogilvie has given your name as a referee for the Warehouse Team Leader post at Glen Tarvie (she reported to you at Glenavon 2019–2024). Could I call you for a 15-minute reference? I'll ask about her reliability\, leadership\, health & safety record and whether you'd re-employ.\n\nMany thanks\,\nLorna Kerr\nTalent Acquisition Partner\, Morven Spirits plc\n
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F8A9B0
SUMMARY;LANGUAGE=en-GB:Reference call – Kirsty Ogilvie (Morven Spirits)
DTSTART;TZID=GMT Standard Time:20261105T121500
DTEND;TZID=GMT Standard Time:20261105T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T143005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-typed",
        "a7e3c1f9-2d84-4b6a-9e05-8c1f4d7b2a93",
        "prep-block-names-target-employer",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{LONDON}
BEGIN:VEVENT
CREATED:20260710T195502Z
LAST-MODIFIED:20260710T195611Z
DTSTAMP:20260710T195611Z
UID:a7e3c1f9-2d84-4b6a-9e05-8c1f4d7b2a93
SUMMARY:PREP - Balnacraig final: STAR examples + 100 day plan
DTSTART;TZID=Europe/London:20260712T190000
DTEND;TZID=Europe/London:20260712T213000
DESCRIPTION:1) W3 roof leak / cask move 2) HMRC loss query 2023 3) new shif
 t rota 4) near miss -> FLT refresher. print org chart. practise 10 min pr
 es out loud x2
CATEGORIES:Job hunt
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-typed",
        "E5C2A9F1-7B36-4D84-9E0A-1F6B3D8C2A57",
        "thank-you-reminder-lists-interviewer-names",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261029T172012Z
UID:E5C2A9F1-7B36-4D84-9E0A-1F6B3D8C2A57
DTEND:20261030T081500
TRANSP:TRANSPARENT
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Send thank you emails - Caledon panel (Derek\, Karen\, Raj)
DTSTART:20261030T080000
DTSTAMP:20261029T172044Z
SEQUENCE:0
DESCRIPTION:mention the case packer idea + OEE on line 5
BEGIN:VALARM
X-WR-ALARMUID:2F9A6C3D-8E14-4B70-A5D2-7C1E9B3F6A08
UID:2F9A6C3D-8E14-4B70-A5D2-7C1E9B3F6A08
TRIGGER:PT0S
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recruiter-confidential",
        "040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8A9B0C1",
        "recruiter-call-client-not-named-yet",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Kinnear, Jamie":mailto:jamie.kinnear@ambersearch.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Callum\,\n\nThanks for connecting. I'm retained on a confidential Distillery Manager search for a well-known single malt on Speyside – I can't name the client until you've agreed to be considered and signed our confidentiality note. Let's have a 20-minute call so I can tell you about the role (scale\, team\, package) and hear what you're looking for.\n\nJamie Kinnear\nAmber Search Partners\n
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8A9B0C1
SUMMARY;LANGUAGE=en-GB:Confidential – Distillery Manager search (Speyside) – intro call
DTSTART;TZID=GMT Standard Time:20261119T123000
DTEND;TZID=GMT Standard Time:20261119T125000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T103312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-appraisal",
        "040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC010000000000000000100000004D5E6F708192A3B4C5D6E7F8A9B0C1D2",
        "annual-performance-review-with-own-manager",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Annual PDR. Please complete your self-assessment on the PDR form (objectives\, competencies\, development plan) by Friday. We'll also talk about your career aspirations.\n
UID:040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC010000000000000000100000004D5E6F708192A3B4C5D6E7F8A9B0C1D2
SUMMARY;LANGUAGE=en-GB:PDR 2026 – Callum Fraser / Alistair Munro
DTSTART;TZID=GMT Standard Time:20260604T140000
DTEND;TZID=GMT Standard Time:20260604T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260521T081045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DM office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-self-block",
        "040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DD010000000000000000100000005E6F708192A3B4C5D6E7F8A9B0C1D2E3",
        "return-to-work-interview-user-conducts",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:RTW interview form (HR-07). Gary back after 3 weeks (back injury). Check fit note\, agree light duties – no cask rolling for 2 weeks.\n
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DD010000000000000000100000005E6F708192A3B4C5D6E7F8A9B0C1D2E3
SUMMARY;LANGUAGE=en-GB:Return to work interview – Gary McKenzie
DTSTART;TZID=GMT Standard Time:20261102T070000
DTEND;TZID=GMT Standard Time:20261102T073000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261030T152201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Warehouse office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-exit-interview",
        "040000008200E00074C5B7101A82E00800000000B6C7D8E9F0A1DD010000000000000000100000006F708192A3B4C5D6E7F8A9B0C1D2E3F4",
        "exit-interview-leaver",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Smith, Davie":mailto:d.smith@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Exit interview for Davie (leaving 30th after 22 years – retirement). HR led\, Callum as line manager for the second half to cover handover of the W4 keys\, FLT and the warehouse records.\n
UID:040000008200E00074C5B7101A82E00800000000B6C7D8E9F0A1DD010000000000000000100000006F708192A3B4C5D6E7F8A9B0C1D2E3F4
SUMMARY;LANGUAGE=en-GB:Exit interview – Davie Smith
DTSTART;TZID=GMT Standard Time:20261127T140000
DTEND;TZID=GMT Standard Time:20261127T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261120T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HR office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-investigation",
        "040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DD01000000000000000010000000708192A3B4C5D6E7F8A9B0C1D2E3F4A5",
        "incident-investigation-interviews-witnesses",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ross, Elaine (SHE Advisor)":mailto:e.ross@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Taylor, Grant":mailto:g.taylor@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Near miss W3 (FLT / pedestrian at door 2). Witness interviews: driver 10:00\, banksman 10:30\, Grant (shift lead) 11:00. Use the RIDDOR screening checklist. Statements to Elaine for the investigation report.\n
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DD01000000000000000010000000708192A3B4C5D6E7F8A9B0C1D2E3F4A5
SUMMARY;LANGUAGE=en-GB:Incident investigation interviews – W3 near miss
DTSTART;TZID=GMT Standard Time:20260828T100000
DTEND;TZID=GMT Standard Time:20260828T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260827T161544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Warehouse office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "training-provider-booking",
        "mtp-booking-55218-cfraser",
        "user-assessed-on-forklift-refresher-not-job",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Moray Training Partnership//Bookings//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:mtp-booking-55218-cfraser
DTSTAMP:20260814T091200Z
DTSTART:20260821T073000Z
DTEND:20260821T113000Z
SUMMARY:Counterbalance FLT refresher + practical assessment – Callum Fraser
DESCRIPTION:Booking confirmation\n\nDelegate: Callum Fraser (Glenavon Distillery)\nCourse: Counterbalance Lift Truck – Experienced Operator Refresher (1/2 day)\nIncludes theory test and practical assessment by an accredited instructor. Certificate valid 3 years.\n\nPlease bring photo ID\, safety boots and hi-vis.
LOCATION:Moray Training Partnership\, Chanonry Road\, Elgin IV30
ORGANIZER;CN=Moray Training Partnership:mailto:bookings@moraytraining.example.co.uk
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT:mailto:c.fraser@glenavon-distillery.example.co.uk
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recurring-override",
        "040000008200E00074C5B7101A82E00800000000D8E9F0A1B2C3DB0100000000000000001000000081A2B3C4D5E6F708192A3B4C5D6E7F80",
        "recurring-shift-handover-with-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Kenny":mailto:k.grant@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Weekly production / warehouse meeting: mashing & distillation plan\, filling programme\, tanker collections\, cask receipts\, H&S.\n
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO
UID:040000008200E00074C5B7101A82E00800000000D8E9F0A1B2C3DB0100000000000000001000000081A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-GB:Weekly production & warehouse meeting
DTSTART;TZID=GMT Standard Time:20260105T083000
DTEND;TZID=GMT Standard Time:20260105T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251218T110512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Still House meeting room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
RECURRENCE-ID;TZID=GMT Standard Time:20261102T083000
DESCRIPTION;LANGUAGE=en-GB:Moved to 09:30 – silent season shutdown planning with the engineers first.\n
UID:040000008200E00074C5B7101A82E00800000000D8E9F0A1B2C3DB0100000000000000001000000081A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-GB:Weekly production & warehouse meeting (late start)
DTSTART;TZID=GMT Standard Time:20261102T093000
DTEND;TZID=GMT Standard Time:20261102T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Still House meeting room
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "all-day-festival",
        "F7B2D8E4-3C61-4A95-B0E7-4D9A2C6F1E83",
        "festival-open-day-at-target-employer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260301T203012Z
UID:F7B2D8E4-3C61-4A95-B0E7-4D9A2C6F1E83
DTEND;VALUE=DATE:20260529
TRANSP:TRANSPARENT
SUMMARY:Fèis Ìle – Kilnaughton open day (me + Euan\, punters)
DTSTART;VALUE=DATE:20260528
DTSTAMP:20260301T203144Z
LOCATION:Kilnaughton Distillery\, Islay
SEQUENCE:0
DESCRIPTION:festival bottling queue opens 9. warehouse tasting tickets booked (2). ferry back Fri.
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-cask-owner-visit",
        "040000008200E00074C5B7101A82E00800000000E9F0A1B2C3D4DD01000000000000000010000000920A3B4C5D6E7F8091A2B3C4D5E6F7A8",
        "private-cask-owner-sampling-visit",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Grant, Heather":mailto:h.grant@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Private cask owners Mr & Mrs Jansen (Utrecht) visiting their cask #2016/0417 (first-fill oloroso hogshead\, W2 bay 14). Callum to draw a sample\, give strength and volume from the last regauge and talk through bottling options. They may ask about moving the cask to a broker – refer to Heather.\n
UID:040000008200E00074C5B7101A82E00800000000E9F0A1B2C3D4DD01000000000000000010000000920A3B4C5D6E7F8091A2B3C4D5E6F7A8
SUMMARY;LANGUAGE=en-GB:Cask owner visit – Jansen – cask 2016/0417
DTSTART;TZID=GMT Standard Time:20260818T140000
DTEND;TZID=GMT Standard Time:20260818T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260810T120301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Warehouse 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-informal-chat",
        "040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DD01000000000000000010000000A30B4C5D6E7F8091A2B3C4D5E6F7A8B9",
        "informal-chat-with-site-director-budget-not-job",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="McIntosh, Jean":mailto:j.mcintosh@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Informal chat about the 2027 warehouse budget before it goes to the board: racking for W7\, roof repairs on W3 and overtime for the regauge programme. Bring your rough numbers.\n
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DD01000000000000000010000000A30B4C5D6E7F8091A2B3C4D5E6F7A8B9
SUMMARY;LANGUAGE=en-GB:Informal chat – 2027 warehouse budget (JM / CF)
DTSTART;TZID=GMT Standard Time:20261119T150000
DTEND;TZID=GMT Standard Time:20261119T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T090511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Site Director's office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-sensory-panel",
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DD01000000000000000010000000B40C5D6E7F8091A2B3C4D5E6F7A8B9C0",
        "sensory-panel-candidate-casks-vocabulary",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dewar, Rona (Blender)":mailto:r.dewar@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Monthly sensory panel: new make sign-off (weeks 44–47) and the 12yo batch 26/09 – 14 candidate casks for the vatting\, nosed blind at 20% abv. Panel scores on the sensory sheet.\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DD01000000000000000010000000B40C5D6E7F8091A2B3C4D5E6F7A8B9C0
SUMMARY;LANGUAGE=en-GB:Sensory panel – new make + 12yo batch approval
DTSTART;TZID=GMT Standard Time:20261125T100000
DTEND;TZID=GMT Standard Time:20261125T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T080022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Lab / sample room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite",
        "5v9k3q7m1t0s4n8d2c6h9p3r7a@google.com",
        "filming-video-interview-for-employer-socials",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260917T100000
DTEND;TZID=Europe/London:20260917T120000
DTSTAMP:20260910T141233Z
ORGANIZER;CN=Speyfilm Productions:mailto:crew@speyfilm.example.co.uk
UID:5v9k3q7m1t0s4n8d2c6h9p3r7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=c.fraser@glenavon-distillery.example.co.uk;X-NUM-GUESTS=0:mailto:c.
 fraser@glenavon-distillery.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=h.grant@glenavon-distillery.example.co.uk;X-NUM-GUESTS=0:mailto:h.grant
 @glenavon-distillery.example.co.uk
CREATED:20260910T141232Z
DESCRIPTION:Filming for Glenavon's "Meet the Team" social series: sit-down 
 to-camera interview with Callum in W1 (approx. 20 min)\, then B-roll of cas
 k rolling and the valinch. Wear the branded fleece please.\n\nInvitation fr
 om Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20260910T141233Z
LOCATION:Glenavon Distillery – Warehouse 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Filming – "Meet the Warehouseman" interview (Glenavon socials)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
