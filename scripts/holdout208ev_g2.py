"""holdout208 events, part G (2): school life, press, research and interview look-alikes (written blind)."""

from holdout208ev_common import PAR, PHX, WIN_USMST, neg

EVENTS = [
    neg(
        "research-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250227T170000
DTEND;TZID=America/Phoenix:20250227T180000
DTSTAMP:20250219T194418Z
ORGANIZER;CN=Tiana Rosewood:mailto:trosewo1@asu.edu
UID:6l8z0x2c4v6b8n0m2q4w6e8r0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tiana Rosewood;X-NUM-GUESTS=0:mailto:trosewo1@asu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:Thank you for agreeing to participate in my dissertation study\,
  "Teacher Leaders as Informal Instructional Coaches in Arizona Middle Sc
 hools" (ASU IRB STUDY00021877). The semi-structured interview will last
  about 60 minutes and will be audio-recorded with your consent. You will
  receive a $25 gift card.\n\nZoom: https://asu.zoom.us/j/81144093365
LOCATION:https://asu.zoom.us/j/81144093365
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview - Teacher Leaders study (participant #14)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6l8z0x2c4v6b8n0m2q4w6e8r0t@google.com",
        "research-study-participant-interview",
    ),
    neg(
        "visio-partenariat",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PAR + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250226T170000
DTEND;TZID=Europe/Paris:20250226T174500
DTSTAMP:20250218T092033Z
ORGANIZER;CN=Claire Fontaine:mailto:claire.fontaine@ac-lyon.fr
UID:8r0t2y4u6i8o0p2a4s6d8f0g2h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Fontaine;X-NUM-GUESTS=0:mailto:claire.fontaine@ac-lyon.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Bonjour Marisol\, comme convenu\, petite visio pour préparer no
 tre projet eTwinning entre mes 4e (collège Jean Moulin\, Lyon) et tes élè
 ves de 7th grade : échange de données météo et de températures de surface
 . 17h chez moi = 9h chez toi. (English is fine!)\n\nRejoindre avec Google
  Meet : https://meet.google.com/jtr-pmcw-xse
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visio projet eTwinning - Lyon / Phoenix
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8r0t2y4u6i8o0p2a4s6d8f0g2h@google.com",
        "french-sister-class-project-call-paris-zone",
    ),
    neg(
        "mock-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250302T140000
DTEND;TZID=America/Phoenix:20250302T150000
DTSTAMP:20250226T041202Z
ORGANIZER;CN=Dr. Elena Ramos:mailto:elena.ramos.edd@gmail.com
UID:0g2h4j6k8l0z2x4c6v8b0n2m4q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Elena Ramos;X-NUM-GUESTS=0:mailto:elena.ramos.edd@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.teach@
 yahoo.com
DESCRIPTION:Mija\, let's do a full mock AP panel before your Mesa one. I'l
 l play principal + parent. Come with your 2-min "tell us about yourself"
  and the discipline scenario answer. Coffee's on me. - Elena
LOCATION:Cartel Coffee Lab\, Tempe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock AP interview w/ Elena
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0g2h4j6k8l0z2x4c6v8b0n2m4q@google.com",
        "mock-interview-with-mentor",
    ),
    neg(
        "practice-panels",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250219T163000
DTEND;TZID=America/Phoenix:20250219T183000
DTSTAMP:20250210T151755Z
ORGANIZER;CN=DVUSD Leadership Development:mailto:leadership@dvusd.org
UID:2m4q6w8e0r2t4y6u8i0o2p4a6s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Aspiring Administrators Academy - Session 6: Practice panel in
 terviews. Cohort members rotate as candidate and panelist\; retired princ
 ipals will give feedback. Bring your resume and a 90-day entry plan draft
 .
LOCATION:DVUSD District Office - Training Rm A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AAA Session 6 - Practice Panel Interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2m4q6w8e0r2t4y6u8i0o2p4a6s@google.com",
        "practice-panel-aspiring-admin-cohort",
    ),
    neg(
        "webinar",
        r"""BEGIN:VCALENDAR
PRODID:-//Zoom Video Communications//Zoom Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ZW-87122904418-mvega
DTSTAMP:20250128T170000Z
DTSTART:20250206T010000Z
DTEND:20250206T020000Z
SUMMARY:AZSA Webinar: Landing Your First Assistant Principal Role - Inter
 view Strategies
DESCRIPTION:Hi Marisol\,\n\nThank you for registering for "Landing Your Fir
 st Assistant Principal Role - Interview Strategies".\n\nPresenters: Dr. Mi
 chele Tran (ret. Superintendent) and Kevin Ybarra (HR Director)\n\nJoin fr
 om PC\, Mac\, iPad or Android: https://azsa.zoom.us/w/87122904418?tk=Xy12\n
 Webinar ID: 871 2290 4418
ORGANIZER;CN=Arizona School Administrators:mailto:no-reply@zoom.us
LOCATION:https://azsa.zoom.us/w/87122904418?tk=Xy12
END:VEVENT
END:VCALENDAR
""",
        "ZW-87122904418-mvega",
        "webinar-about-ap-interviews",
    ),
    neg(
        "job-fair",
        r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1098834215077-order-58812399
DTSTAMP:20250203T020113Z
DTSTART;VALUE=DATE:20250208
DTEND;VALUE=DATE:20250209
SUMMARY:Arizona Educator Career Fair 2025 (Phoenix Convention Center)
DESCRIPTION:Your ticket for Arizona Educator Career Fair 2025. 40+ districts
  and charter networks\, resume review station\, admin & leadership pavil
 ion. Order #58812399. Doors 9 AM - 1 PM\, West Building Hall 4.
LOCATION:Phoenix Convention Center\, 100 N 3rd St\, Phoenix\, AZ 85004
ORGANIZER;CN=Eventbrite:mailto:noreply@order.eventbrite.com
END:VEVENT
END:VCALENDAR
""",
        "eventbrite-1098834215077-order-58812399",
        "career-fair-attendee-all-day",
    ),
    neg(
        "cafecito",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
CREATED:20250207T051020Z
DTEND;TZID=America/Phoenix:20250215T100000
DTSTAMP:20250207T051105Z
DTSTART;TZID=America/Phoenix:20250215T090000
LAST-MODIFIED:20250207T051105Z
LOCATION:Lux Central
DESCRIPTION:Lupe Garza (Higley sci TOSA) - pick her brain re what a distri
 ct sci coordinator actually does all day\, budgets\, adoption cycle. not
  a job thing\, just info. she's buying lol
SEQUENCE:0
SUMMARY:Cafecito w/ Lupe
TRANSP:OPAQUE
UID:3B9C1D2E-4F5A-46B7-88C9-DAEBFC0D1E2F
END:VEVENT
END:VCALENDAR
""",
        "3B9C1D2E-4F5A-46B7-88C9-DAEBFC0D1E2F",
        "informational-coffee",
    ),
    neg(
        "reference-call",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kowalczyk, Denise":mailto:kowalczyk.denise@cusd80.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mvega@dvusd.org:mailto:mvega@dvusd.org
DESCRIPTION;LANGUAGE=en-US:Ms. Vega\, Kayla Brooks has listed you as a profess
 ional reference for a 6th Grade Science position with Chandler Unified. I
 'll call you at your school number for about 15 minutes. Thank you!\n\nDen
 ise Kowalczyk\, CUSD Human Resources\n
UID:040000008200E00074C5B7101A82E0080000000094A5B6C7D898DB0100000000000000001000000024682468ACEACEAC24682468ACEACEAC
SUMMARY;LANGUAGE=en-US:Reference Check - Kayla Brooks (CUSD)
DTSTART;TZID=US Mountain Standard Time:20250318T123000
DTEND;TZID=US Mountain Standard Time:20250318T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T173311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000094A5B6C7D898DB0100000000000000001000000024682468ACEACEAC24682468ACEACEAC",
        "reference-call-user-as-referee-same-district-she-applies-to",
    ),
]
