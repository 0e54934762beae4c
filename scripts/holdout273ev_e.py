# ruff: noqa: E501, W291, W293, RUF100
"""holdout273 events, part e: other negatives (exams, model-validation 'interviews', press, mock, family, ...)."""

from holdout273ev_zones import APPLE_TORONTO, EASTERN_WIN, TORONTO, W_EUROPE

FORMS: dict[str, str] = {}


def _neg(kind, uid, trap, ics, eol="\r\n"):
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
        "prometric-exam-sitting",
        "PRM-APPT-7741-0039918275@prometric.com",
        "soa-exam-sitting-confirmation",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Prometric//Appointment Confirmation//EN
METHOD:PUBLISH
{TORONTO}
BEGIN:VEVENT
UID:PRM-APPT-7741-0039918275@prometric.com
DTSTAMP:20260801T140512Z
DTSTART;TZID=America/Toronto:20261030T083000
DTEND;TZID=America/Toronto:20261030T130000
SUMMARY:Society of Actuaries - ILA LFV Exam (Prometric)
LOCATION:Prometric Test Center #7741\, 2 Bloor St W Suite 1900\, Toronto ON
DESCRIPTION:Confirmation number: 0039918275\nCandidate: Priyanka Sethi\nExa
 m: ILA LFV - Life Financial Valuation\nPlease arrive 30 minutes before you
 r scheduled appointment with valid\, unexpired government-issued ID. Pers
 onal items are not permitted in the testing room. Approved calculators o
 nly (BA II Plus / TI-30XS).
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "apple-recurring-study-block",
        "8E0A2C4E-6F8A-4B0C-9E2A-4C6E8A0B2C4D",
        "recurring-study-block-with-override",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 16.1//EN
CALSCALE:GREGORIAN
{APPLE_TORONTO}
BEGIN:VEVENT
CREATED:20260802T153011Z
DTEND;TZID=America/Toronto:20260905T130000
DTSTAMP:20260802T153102Z
DTSTART;TZID=America/Toronto:20260905T090000
LAST-MODIFIED:20260920T134455Z
RRULE:FREQ=WEEKLY;UNTIL=20261025T035959Z;BYDAY=SA,SU
EXDATE;TZID=America/Toronto:20261017T090000
SEQUENCE:1
SUMMARY:FSA study - LFV (ASOP/reading + 2 past papers)
TRANSP:OPAQUE
UID:8E0A2C4E-6F8A-4B0C-9E2A-4C6E8A0B2C4D
LOCATION:Toronto Reference Library\, 4th floor
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:0A2C4E6F-8A0B-4C2D-9E4F-6A8B0C2D4E6F
X-WR-ALARMUID:0A2C4E6F-8A0B-4C2D-9E4F-6A8B0C2D4E6F
END:VALARM
END:VEVENT
BEGIN:VEVENT
CREATED:20260802T153011Z
DTEND;TZID=America/Toronto:20260927T160000
DTSTAMP:20260920T134455Z
DTSTART;TZID=America/Toronto:20260927T120000
LAST-MODIFIED:20260920T134455Z
RECURRENCE-ID;TZID=America/Toronto:20260927T090000
SEQUENCE:1
SUMMARY:FSA study - LFV (timed mock exam!)
TRANSP:OPAQUE
UID:8E0A2C4E-6F8A-4B0C-9E2A-4C6E8A0B2C4D
LOCATION:home
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-all-day-close",
        "040000008200E00074C5B7101A82E008000000007A9C1E3F5D3CDC01000000000000000010000000ABCD1234ABCD1234ABCD1234ABCD1234",
        "valuation-close-all-day-deadline",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo, Chidi":mailto:chidi.okonkwo@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Valuation Team":mailto:valuation.team@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:WD5 - final reserves (IFRS 17 BEL/RA/CSM by port
 folio) and LICAT inputs to the Appointed Actuary. Movement analysis due W
 D6. No leave please.\n
UID:040000008200E00074C5B7101A82E008000000007A9C1E3F5D3CDC01000000000000000010000000ABCD1234ABCD1234ABCD1234ABCD1234
SUMMARY;LANGUAGE=en-US:Q3 valuation close - reserves to Appointed Actuary (
 WD5)
DTSTART;VALUE=DATE:20261007
DTEND;VALUE=DATE:20261008
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260901T130000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-model-validation-interview",
        "040000008200E00074C5B7101A82E008000000008B0D2F4A6E4DDC01000000000000000010000000BCDE2345BCDE2345BCDE2345BCDE2345",
        "model-validation-interview-business-owner",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castellanos, Julio":mailto:julio.castellanos@northbridgelife.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bhattacharya, Dev":mailto:dev.bhattacharya@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Julio\,\n\nAs part of the 2026 periodic valid
 ation of the Term 20 pricing model (MRM ID NBL-PRC-014)\, we'd like to in
 terview you as the model owner: intended use\, key assumptions (lapse\, 
 mortality improvement)\, overrides and known limitations. ~60 min. Our q
 uestion list is attached.\n\nThanks\,\nPriyanka\n
UID:040000008200E00074C5B7101A82E008000000008B0D2F4A6E4DDC01000000000000000010000000BCDE2345BCDE2345BCDE2345BCDE2345
SUMMARY;LANGUAGE=en-US:Model validation interview - Term 20 pricing model (
 owner: J. Castellanos)
DTSTART;TZID=Eastern Standard Time:20260915T100000
DTEND;TZID=Eastern Standard Time:20260915T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260908T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR-18-Muskoka (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teams-stakeholder-interview",
        "040000008200E00074C5B7101A82E008000000009C1E3A5B7F5EDC01000000000000000010000000CDEF3456CDEF3456CDEF3456CDEF3456",
        "mv-stakeholder-interview-panel-words",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Ivanova, Lena";SENT-BY="mailto:mrm.admin@northbridgelife.example.ca":mailto:lena.ivanova@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Park, Daniel":mailto:daniel.park@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Rami":mailto:rami.haddad@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Stakeholder interview #2 of 4 for the independe
 nt validation of the IFRS 17 CSM engine. Panel (MRM): Lena Ivanova\, Priy
 anka Sethi. Interviewees (Finance): Daniel Park\, Rami Haddad. Topics: da
 ta lineage from the valuation system\, manual adjustments\, coverage-unit
  selection\, reconciliation controls.\n\n________________________________
 ________________________________________________\nMicrosoft Teams meeting\
 nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjYyMmVk@thr
 ead.v2/0\nMeeting ID: 230 558 119 04\nPasscode: Mv8Rk2\n___________________
 _____________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000009C1E3A5B7F5EDC01000000000000000010000000CDEF3456CDEF3456CDEF3456CDEF3456
SUMMARY;LANGUAGE=en-US:MV stakeholder interview #2 - IFRS 17 CSM engine (Fi
 nance)
DTSTART;TZID=Eastern Standard Time:20260924T140000
DTEND;TZID=Eastern Standard Time:20260924T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T121000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-internal-audit-interview",
        "040000008200E00074C5B7101A82E00800000000AD2F4B6C806FDC01000000000000000010000000DEF04567DEF04567DEF04567DEF04567",
        "internal-audit-interview-user-interviewee",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Oduya, Grace":mailto:grace.oduya@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\, Internal Audit is performing the 20
 26 audit of the actuarial reserving process (IA-2026-11). We'd like to in
 terview you as the preparer of the quarterly reserve roll-forward: walkt
 hrough of the steps\, key controls and evidence of review. Please have t
 he Q2 working files available to screen-share.\n\nGrace Oduya\, CIA\nSenio
 r Auditor\, Internal Audit\n
UID:040000008200E00074C5B7101A82E00800000000AD2F4B6C806FDC01000000000000000010000000DEF04567DEF04567DEF04567DEF04567
SUMMARY;LANGUAGE=en-US:IA-2026-11 Reserving process - walkthrough interview
  (P. Sethi)
DTSTART;TZID=Eastern Standard Time:20260918T100000
DTEND;TZID=Eastern Standard Time:20260918T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260910T180000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-external-auditor-inquiry",
        "040000008200E00074C5B7101A82E00800000000BE305C7D9170DC01000000000000000010000000EF015678EF015678EF015678EF015678",
        "external-auditor-inquiry-interviews",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Volkova, Irina (Delacourt LLP)":mailto:ivolkova@delacourt-llp.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okonkwo, Chidi":mailto:chidi.okonkwo@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Delacourt LLP - FY2026 audit of Northbridge Life
 \n\nActuarial inquiry session with the valuation team: assumption changes
  in Q3 (lapse\, mortality improvement scale)\, experience studies\, and ma
 nagement's review controls. Our actuarial specialists will join.\n
UID:040000008200E00074C5B7101A82E00800000000BE305C7D9170DC01000000000000000010000000EF015678EF015678EF015678EF015678
SUMMARY;LANGUAGE=en-US:Delacourt year-end audit - actuarial inquiry (valuat
 ion team)
DTSTART;TZID=Eastern Standard Time:20261118T090000
DTEND;TZID=Eastern Standard Time:20261118T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR-17-Algonquin (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite-press-interview",
        "1m3n5b7v9c1x3z5l7k9j1h3g5f@google.com",
        "press-interview-user-interviewee",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261013T123000
DTEND;TZID=America/Toronto:20261013T130000
DTSTAMP:20261009T190311Z
ORGANIZER;CN=Nora Whelan:mailto:nora.whelan@cdninsurancereview.example.ca
UID:1m3n5b7v9c1x3z5l7k9j1h3g5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nora Whelan;X-NUM-GUESTS=0:mailto:nora.whelan@cdninsurancereview.exampl
 e.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.a
 sa@gmail.com
CREATED:20261009T190309Z
DESCRIPTION:Thanks for agreeing to an interview for our feature on young a
 ctuaries and longevity risk! Speaking in a personal capacity is fine - I'
 ll send quotes for review before publication. Phone or Meet\, whichever y
 ou prefer.\n\nNora Whelan\, Staff Writer\, Canadian Insurance Review\n\nIn
 vitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261009T190311Z
LOCATION:https://meet.google.com/dte-wqxa-pmn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Canadian Insurance Review (longevity feature) - P. Sethi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-spanish-podcast",
        "6y8u0i2o4p6a8s0d2f4g6h8j0k@google.com",
        "spanish-entrevista-podcast-recording",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART:20261105T230000Z
DTEND:20261106T000000Z
DTSTAMP:20261028T161105Z
ORGANIZER;CN=Riesgo y Vida Podcast:mailto:produccion@riesgoyvida.example.mx
UID:6y8u0i2o4p6a8s0d2f4g6h8j0k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.a
 sa@gmail.com
CREATED:20261028T161102Z
DESCRIPTION:Hola Priyanka\, ¡gracias por aceptar la entrevista para el pódc
 ast Riesgo y Vida! Grabaremos un episodio de 40 minutos sobre longevidad 
 y rentas vitalicias en Canadá. Puedes responder en inglés\; subtitulamos
 . Usaremos Riverside: https://riverside.example.fm/studio/riesgo-y-vida\n\nS
 aludos\,\nValeria Ortega\, productora
LAST-MODIFIED:20261028T161105Z
LOCATION:Riverside (en línea)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - pódcast Riesgo y Vida (grabación)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-french-podcast",
        "040000008200E00074C5B7101A82E00800000000CF416D8EA281DC01000000000000000010000000F0126789F0126789F0126789F0126789",
        "french-entrevue-balado-not-job",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Lavoie, Geneviève":mailto:genevieve.lavoie@balado-rentes.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Priyanka\, merci d'accepter notre invit
 ation! Entrevue d'environ 30 minutes pour le balado « Rentes et retraites
  » sur le rôle des actuaires dans la réforme des régimes à prestations d
 éterminées. Enregistrement à distance\, en anglais ou en français.\n\nGen
 eviève Lavoie\, animatrice\n
UID:040000008200E00074C5B7101A82E00800000000CF416D8EA281DC01000000000000000010000000F0126789F0126789F0126789F0126789
SUMMARY;LANGUAGE=fr-CA:Entrevue - balado « Rentes et retraites » (enregistre
 ment)
DTSTART;TZID=Eastern Standard Time:20261119T190000
DTEND;TZID=Eastern Standard Time:20261119T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Zoom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "calendly-user-research",
        "c4e6a8b0-2d4f-4a6c-8e0a-2c4e6a8b0d2f@calendly.com",
        "calendly-ux-research-interview-paid",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c4e6a8b0-2d4f-4a6c-8e0a-2c4e6a8b0d2f@calendly.com
DTSTAMP:20260926T170201Z
DTSTART:20261001T213000Z
DTEND:20261001T221500Z
SUMMARY:User Research Interview between Mira Stenberg and Priyanka Sethi
ORGANIZER;CN=Mira Stenberg:mailto:mira.stenberg@polarisactuarial.example.co
 m
ATTENDEE;CN=Priyanka Sethi;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:priyanka.set
 hi.asa@gmail.com
DESCRIPTION:Event Name: User Research Interview (45 min)\n\nLocation: This 
 is a Zoom web conference.\nhttps://polarisactuarial.zoom.us/j/96610235548\
 n\nThanks for signing up to help us improve Polaris Projection Studio! We
 'll ask about how you build and review liability projections and show yo
 u a prototype. Participants receive a $100 gift card. This is not a sale
 s call.\n\nPowered by Calendly.com
LOCATION:https://polarisactuarial.zoom.us/j/96610235548
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-export-research-study",
        "2w4e6r8t0y2u4i6o8p0a2s4d6f@google.com",
        "university-research-study-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priyanka.sethi.asa@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20261008T220000Z
DTEND:20261008T230000Z
DTSTAMP:20261120T031500Z
UID:2w4e6r8t0y2u4i6o8p0a2s4d6f@google.com
CREATED:20261001T130011Z
DESCRIPTION:Study on exam stress among actuarial candidates (research ethic
 s protocol #42117). Semi-structured interview\, audio recorded\, ~60 min. 
 Researcher: Dr. Hana Okada\, Dept. of Psychology. $25 honorarium.
LAST-MODIFIED:20261001T130122Z
LOCATION:Zoom (link in email)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research study interview (exam stress) - Dr. Okada
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-mock-interview",
        "A3C5E7F9-1B3D-4F5A-8C7E-9A1B3C5D7E9F",
        "mock-case-interview-names-real-employer",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
{APPLE_TORONTO}
BEGIN:VEVENT
CREATED:20260924T011502Z
DTEND;TZID=America/Toronto:20260926T173000
DTSTAMP:20260924T011547Z
DTSTART;TZID=America/Toronto:20260926T160000
LAST-MODIFIED:20260924T011546Z
DESCRIPTION:Deepa plays the pension committee chair\, I do the funding val c
 ase. Practice only. Then switch - she has her own interview next week.
LOCATION:Deepa's place
SEQUENCE:0
SUMMARY:mock case intvw w/ Deepa (practice for Harbourview)
TRANSP:OPAQUE
UID:A3C5E7F9-1B3D-4F5A-8C7E-9A1B3C5D7E9F
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "zoom-webinar-interview-skills",
        "ZOOMWEB88172034561@zoom.us",
        "webinar-about-actuarial-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260901T120000Z
DTSTART:20260910T170000Z
DTEND:20260910T180000Z
SUMMARY:Webinar: Navigating Actuarial Job Interviews in 2026 (CPD credit)
UID:ZOOMWEB88172034561@zoom.us
DESCRIPTION:Hi Priyanka Sethi\,\n\nThank you for registering for "Navigatin
 g Actuarial Job Interviews in 2026"\, hosted by the Young Actuaries Commi
 ttee of the Ontario actuarial community. Panelists from two insurers and 
 a consulting firm will cover case interviews\, technical tests and salar
 y negotiation. Counts for 1 hour of organized CPD.\n\nJoin from a PC\, Ma
 c\, iPad\, or Android: https://us06web.zoom.us/w/88172034561?tk=Qh3x\nPassc
 ode: 220190\n\nYou can cancel your registration at any time.
LOCATION:https://us06web.zoom.us/w/88172034561
ORGANIZER;CN=Young Actuaries Committee:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "workday-learning-course",
        "wd-lrn-0f5a9c2e-b7d1-4e83-a6f4-1c8e3b9d7a20@northbridgelife.myworkday.com",
        "interviewer-training-course-enrolment",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-lrn-0f5a9c2e-b7d1-4e83-a6f4-1c8e3b9d7a20@northbridgelife.myworkday.com
DTSTAMP:20260915T150000Z
DTSTART:20261006T170000Z
DTEND:20261006T183000Z
SUMMARY:Workday Learning: Behavioural Interviewing Fundamentals (virtual cl
 assroom)
ORGANIZER;CN=Northbridge Learning:mailto:northbridgelife@myworkday.com
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:psethi@northbridgelife.example.ca
LOCATION:Microsoft Teams (link in Workday Learning)
DESCRIPTION:You are enrolled in: Behavioural Interviewing Fundamentals (LRN
 -HR-204)\nAudience: people leaders and employees who sit on interview pa
 nels\nTopics: structured interviews\, STAR probing\, avoiding bias\, note-
 taking and scorecards\n\nTo withdraw\, go to Workday > Learning > My Enrol
 ments.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-french-class-role-play",
        "3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com",
        "french-class-entretien-role-play",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priyanka.sethi.asa@gmail.com
X-WR-TIMEZONE:America/Toronto
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261015T183000
DTEND;TZID=America/Toronto:20261015T200000
DTSTAMP:20261120T031500Z
UID:3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com
CREATED:20260905T020155Z
DESCRIPTION:Cours de français B1 (groupe du jeudi). Thème : simulation d'en
 tretien d'embauche - jeu de rôle en binôme\, vocabulaire du CV. Apporter 
 le cahier.
LAST-MODIFIED:20261010T231807Z
LOCATION:École de langues Carrefour\, 25 Charles St E\, salle 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cours de français - simulation d'entretien (jeu de rôle)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-informational-coffee",
        "C7E9A1B3-5D7F-4B9A-8C1E-3A5B7C9D1E3F",
        "informational-coffee-at-interviewing-employer",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
{APPLE_TORONTO}
BEGIN:VEVENT
CREATED:20260905T224010Z
DTEND;TZID=America/Toronto:20260909T083000
DTSTAMP:20260905T224044Z
DTSTART;TZID=America/Toronto:20260909T080000
LAST-MODIFIED:20260905T224043Z
DESCRIPTION:Rahul Mehta (uni friend\, Maplecrest valuation). Just picking h
 is brain on the team culture + whether the Sr Analyst posting is real. NO
 T the interview.
LOCATION:Pilot Coffee\, Union Station
SEQUENCE:0
SUMMARY:coffee w Rahul (Maplecrest) - info chat
TRANSP:OPAQUE
UID:C7E9A1B3-5D7F-4B9A-8C1E-3A5B7C9D1E3F
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-informational-interview",
        "4r6t8y0u2i4o6p8a0s2d4f6g8h@google.com",
        "informational-interview-linkedin",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260908T123000
DTEND;TZID=America/Toronto:20260908T130000
DTSTAMP:20260903T011733Z
ORGANIZER;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.c
 om
UID:4r6t8y0u2i4o6p8a0s2d4f6g8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.asa@g
 mail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Aisha Bello;X-NUM-GUESTS=0:mailto:aisha.bello.fsa@gmail.com
CREATED:20260903T011730Z
DESCRIPTION:Informational interview - thanks so much for agreeing to chat\,
  Aisha! I'd love to hear how you moved from an insurer to Cascadia Mutual
 's valuation team and what remote work looks like there. 30 min\, my ques
 tions. - Priyanka\n\nJoin with Google Meet: https://meet.google.com/kfa-zpt
 e-wmb
LAST-MODIFIED:20260903T011733Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Informational interview - Aisha Bello (Cascadia Mutual)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "eventbrite-career-fair",
        "eventbrite-order-7788120453-ev-912250871@eventbrite.com",
        "job-fair-attendee-ticket",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
{TORONTO}
BEGIN:VEVENT
UID:eventbrite-order-7788120453-ev-912250871@eventbrite.com
DTSTAMP:20260912T030000Z
DTSTART;TZID=America/Toronto:20260926T100000
DTEND;TZID=America/Toronto:20260926T150000
SUMMARY:Actuarial & Risk Career Fair Toronto 2026
LOCATION:Metro Toronto Convention Centre\, Hall F\, 255 Front St W\, Toronto
DESCRIPTION:Order #7788120453 - 1 x General Admission (Experienced Profess
 ionals). 40+ employers (insurers\, reinsurers\, consulting firms\, banks)
 . On-site resume review and headshots. Bring copies of your resume.\n\nVi
 ew your ticket: https://www.eventbrite.ca/mytickets
URL:https://www.eventbrite.ca/e/actuarial-risk-career-fair-toronto-2026-tic
 kets-912250871
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-reference-call-referee",
        "D9F1B3C5-7E9A-4C1B-8D3F-5B7C9D1E3F5A",
        "reference-call-user-as-referee",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
{APPLE_TORONTO}
BEGIN:VEVENT
CREATED:20261016T150511Z
DTEND;TZID=America/Toronto:20261020T124500
DTSTAMP:20261016T150540Z
DTSTART;TZID=America/Toronto:20261020T123000
LAST-MODIFIED:20261016T150539Z
DESCRIPTION:I'm Kenji's reference for his Ridgeback Re application. Their 
 HR (Lydia) calls me on my cell. Notes: worked together 2023-25 on the UL 
 reprice\, strong on AXIS\, great with juniors.
SEQUENCE:0
SUMMARY:Reference call for Kenji Watanabe (Ridgeback Re)
TRANSP:OPAQUE
UID:D9F1B3C5-7E9A-4C1B-8D3F-5B7C9D1E3F5A
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-export-prep-block",
        "5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com",
        "prep-block-names-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priyanka.sethi.asa@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20261013T223000Z
DTEND:20261014T003000Z
DTSTAMP:20261120T031500Z
UID:5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com
CREATED:20261011T173001Z
DESCRIPTION:for tmrw's final panel (Teodor\, Bernadette\, Kwame): redo the 
 term pricing case walkthrough out loud\, 6 STAR stories (conflict\, miss
 ed deadline\, influence w/o authority)\, Qs to ask re: IFRS 17 pricing m
 etrics.
LAST-MODIFIED:20261011T173122Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep - Laurentian final panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-thank-you-reminder",
        "7a9c1e3f-5b7d-4f9a-b1c3-e5f7a9b1c3d5",
        "thank-you-note-reminder-names-interviewers",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TORONTO}
BEGIN:VEVENT
CREATED:20261016T190008Z
LAST-MODIFIED:20261016T190144Z
DTSTAMP:20261016T190144Z
UID:7a9c1e3f-5b7d-4f9a-b1c3-e5f7a9b1c3d5
SUMMARY:Send thank-you emails - Harbourview superday
STATUS:CONFIRMED
DTSTART;TZID=America/Toronto:20261016T200000
DTEND;TZID=America/Toronto:20261016T203000
DESCRIPTION:Gwen\, Arjun\, Felicity (+ Noor for organizing). Mention the tr
 ustee simulation + the CAP question. Within 24h!
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT5M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recruiter-confidential-client",
        "040000008200E00074C5B7101A82E00800000000D0527E9FB392DC0100000000000000001000000001230123012301230123012301230123",
        "agency-recruiter-confidential-client",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Grant, Oliver":mailto:oliver.grant@kestrelrecruit.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\, great to connect. As mentioned on 
 LinkedIn\, I'm working on a confidential search for a Pricing Actuary (F
 SA or near-FSA) with a Toronto-based life insurer - I can share the clien
 t name once we've spoken and I have your consent to submit. 20 min to ta
 lk through your background and what you're looking for.\n\nOliver Grant\nS
 enior Consultant\, Kestrel Risk Recruiting\n
UID:040000008200E00074C5B7101A82E00800000000D0527E9FB392DC0100000000000000001000000001230123012301230123012301230123
SUMMARY;LANGUAGE=en-US:Intro call - Oliver Grant (Kestrel Risk Recruiting)
DTSTART;TZID=Eastern Standard Time:20260917T124000
DTEND;TZID=Eastern Standard Time:20260917T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T200000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Oliver to call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-family-mmi",
        "E3A5C7E9-1F3B-4D5C-9A7E-1C3E5A7C9E1B",
        "family-member-med-school-mmi",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
{APPLE_TORONTO}
BEGIN:VEVENT
CREATED:20261101T010203Z
DTEND;TZID=America/Toronto:20261121T130000
DTSTAMP:20261101T010240Z
DTSTART;TZID=America/Toronto:20261121T071500
LAST-MODIFIED:20261101T010239Z
DESCRIPTION:Rohan's MMI interview day (8 stations). Drive him to Hamilton\, 
 leave 7:15. Wait at the café\, pick up ~1pm.
LOCATION:Health Sciences Centre\, Hamilton
SEQUENCE:0
SUMMARY:Rohan - med school interview (MMI) - drive
TRANSP:OPAQUE
UID:E3A5C7E9-1F3B-4D5C-9A7E-1C3E5A7C9E1B
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-family-citizenship",
        "8i0o2p4a6s8d0f2g4h6j8k0l2z@google.com",
        "family-citizenship-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sethi family
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20261202T143000Z
DTEND:20261202T163000Z
DTSTAMP:20261120T031500Z
UID:8i0o2p4a6s8d0f2g4h6j8k0l2z@google.com
CREATED:20261012T231500Z
DESCRIPTION:Mummy's citizenship interview + test at IRCC Scarborough. Brin
 g PR card\, passports\, the notice letter. Priyanka takes day off\, Papa 
 drives.
LAST-MODIFIED:20261012T231614Z
LOCATION:IRCC office\, Scarborough
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mom - citizenship interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-nexus-interview",
        "F5B7D9F1-3A5C-4E7F-9B1D-3F5A7C9E1B3D",
        "nexus-enrolment-interview",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
{APPLE_TORONTO}
BEGIN:VEVENT
CREATED:20260820T140101Z
DTEND;TZID=America/Toronto:20260929T074500
DTSTAMP:20260820T140130Z
DTSTART;TZID=America/Toronto:20260929T071500
LAST-MODIFIED:20260820T140129Z
DESCRIPTION:Conditional approval ✅. Bring passport + proof of address. Enr
 olment centre\, Terminal 1 arrivals level.
LOCATION:Pearson Airport T1
SEQUENCE:0
SUMMARY:NEXUS interview
TRANSP:OPAQUE
UID:F5B7D9F1-3A5C-4E7F-9B1D-3F5A7C9E1B3D
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:5A7C9E1B-3D5F-4A7B-9C1D-3E5F7A9B1C3D
X-WR-ALARMUID:5A7C9E1B-3D5F-4A7B-9C1D-3E5F7A9B1C3D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-german-career-webinar",
        "040000008200E00074C5B7101A82E00800000000E16380A0C4A3DC0100000000000000001000000034563456345634563456345634563456",
        "german-employer-career-webinar",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Norvik Re Employer Branding:mailto:karriere@norvikre.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Vielen Dank für Ihre Anmeldung zu unserem Karri
 ere-Webinar „Arbeiten bei Norvik Re – Aktuariat weltweit“. Kolleg:innen a
 us München\, Toronto und Singapur berichten über ihren Arbeitsalltag und 
 beantworten Ihre Fragen im offenen Q&A. Das Webinar findet auf Englisch s
 tatt und ist kein Bestandteil des Auswahlverfahrens.\n\nIhr Employer-Bran
 ding-Team\n
UID:040000008200E00074C5B7101A82E00800000000E16380A0C4A3DC0100000000000000001000000034563456345634563456345634563456
SUMMARY;LANGUAGE=de-DE:Karriere-Webinar: Arbeiten bei Norvik Re – Aktuariat 
 weltweit (Q&A für Bewerber:innen)
DTSTART;TZID=W. Europe Standard Time:20260924T170000
DTEND;TZID=W. Europe Standard Time:20260924T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260915T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Live-Event
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-stay-interview",
        "040000008200E00074C5B7101A82E00800000000F274A1B1D5B4DC0100000000000000001000000045674567456745674567456745674567",
        "stay-interview-own-employer-hr",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Chen, Margaret":mailto:margaret.chen@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\, as part of our retention program w
 e hold "stay interviews" with high-potential analysts: what keeps you at
  Northbridge\, what might make you leave\, and what support you need for 
 your FSA. Confidential\, 30 minutes\, no preparation.\n\nMargaret Chen\, H
 R Business Partner\, Actuarial & Finance\n
UID:040000008200E00074C5B7101A82E00800000000F274A1B1D5B4DC0100000000000000001000000045674567456745674567456745674567
SUMMARY;LANGUAGE=en-US:Stay interview - Priyanka Sethi / Margaret Chen (HRB
 P)
DTSTART;TZID=Eastern Standard Time:20260930T103000
DTEND;TZID=Eastern Standard Time:20260930T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260921T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR-19-Rideau (4)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-mid-year-check-in",
        "040000008200E00074C5B7101A82E00800000000038592C2E6C5DC0100000000000000001000000056785678567856785678567856785678",
        "performance-conversation-own-manager",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Kapoor, Ravi":mailto:ravi.kapoor@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Mid-year performance & development conversation.
  Please complete your self-assessment in Workday (Performance > Mid-Year 
 Check-in) beforehand. We'll cover goals\, exam support for the FSA and yo
 ur interest in a pricing rotation.\n
UID:040000008200E00074C5B7101A82E00800000000038592C2E6C5DC0100000000000000001000000056785678567856785678567856785678
SUMMARY;LANGUAGE=en-US:Mid-year check-in: Priyanka / Ravi
DTSTART;TZID=Eastern Standard Time:20260910T140000
DTEND;TZID=Eastern Standard Time:20260910T144500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260901T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ravi's office 18-112
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recurring-one-on-one",
        "040000008200E00074C5B7101A82E00800000000149603D3F7D6DC0100000000000000001000000067896789678967896789678967896789",
        "recurring-one-on-one-with-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Kapoor, Ravi":mailto:ravi.kapoor@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Weekly 1:1 - priorities\, blockers\, exam plann
 ing.\n
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000149603D3F7D6DC0100000000000000001000000067896789678967896789678967896789
SUMMARY;LANGUAGE=en-US:Priyanka / Ravi 1:1
DTSTART;TZID=Eastern Standard Time:20260831T100000
DTEND;TZID=Eastern Standard Time:20260831T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260825T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ravi's office 18-112
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Kapoor, Ravi":mailto:ravi.kapoor@northbridgelife.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sethi, Priyanka":mailto:psethi@northbridgelife.example.ca
DESCRIPTION;LANGUAGE=en-US:Moved to Tuesday (Thanksgiving Monday).\n
RECURRENCE-ID;TZID=Eastern Standard Time:20261012T100000
UID:040000008200E00074C5B7101A82E00800000000149603D3F7D6DC0100000000000000001000000067896789678967896789678967896789
SUMMARY;LANGUAGE=en-US:Priyanka / Ravi 1:1
DTSTART;TZID=Eastern Standard Time:20261013T100000
DTEND;TZID=Eastern Standard Time:20261013T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261005T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Ravi's office 18-112
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-alumni-career-panel",
        "9o1p3a5s7d9f1g3h5j7k9l1z3x@google.com",
        "career-panel-speaker-about-getting-hired",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261112T180000
DTEND;TZID=America/Toronto:20261112T193000
DTSTAMP:20261020T171000Z
ORGANIZER;CN=Actuarial Science Alumni Network:mailto:alumni.actsci@studentclu
 bs.example.ca
UID:9o1p3a5s7d9f1g3h5j7k9l1z3x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.asa@g
 mail.com
CREATED:20261020T170955Z
DESCRIPTION:Alumni panel: "Landing your first actuarial job - exams\, co-o
 ps and interviews". Panelists: Priyanka Sethi (ASA)\, two other alumni. 
 Moderated Q&A\, then networking with pizza. Speaking as alumni\, not rec
 ruiting for employers.\n\nInvitation from Google Calendar: https://calenda
 r.google.com/calendar/
LAST-MODIFIED:20261020T171000Z
LOCATION:Bahen Centre\, Room 1180
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alumni panel (speaker): Landing your first actuarial job
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "apple-all-day-results",
        "1B3D5F7A-9C1E-4B3D-8F5A-7C9E1B3D5F7A",
        "exam-results-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 16.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261101T020000Z
DTEND;VALUE=DATE:20261218
DTSTAMP:20261101T020033Z
DTSTART;VALUE=DATE:20261217
LAST-MODIFIED:20261101T020032Z
SEQUENCE:0
SUMMARY:SOA LFV results 🤞
TRANSP:TRANSPARENT
UID:1B3D5F7A-9C1E-4B3D-8F5A-7C9E1B3D5F7A
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-landlord-viewing",
        "2c4e6a8c-0e2a-4c6e-8a0c-2e4a6c8e0a2c",
        "landlord-tenant-interview-floating",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261103T022001Z
LAST-MODIFIED:20261103T022148Z
DTSTAMP:20261103T022148Z
UID:2c4e6a8c-0e2a-4c6e-8a0c-2e4a6c8e0a2c
SUMMARY:Viewing + landlord "interview" - 2BR Leslieville
STATUS:CONFIRMED
DTSTART:20261107T110000
DTEND:20261107T114500
LOCATION:Carlaw Ave (exact # in email)
DESCRIPTION:Bring credit report\, employment letter from Northbridge\, 2 pa
 y stubs\, references. Landlord wants to "interview" all applicants. Ask a
 bout parking + laundry.
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
]
