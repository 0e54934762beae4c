# ruff: noqa: E501, W291, W293, RUF100
"""holdout273 events, part c: the user's own interviews at single-round employers (schedulers, agencies, ...)."""

from holdout273ev_zones import APPLE_HALIFAX, APPLE_TORONTO, CANADA_CENTRAL_WIN, EASTERN_WIN, ROMANCE, TORONTO

FORMS = {
    "St. Clair Actuarial Consulting": "St. Clair Actuarial|St Clair Actuarial|St. Clair|St Clair",
    "Aurelian Benefits Consulting": "Aurelian|Aurelian Benefits",
    "Mutuelle du Fleuve": "La Mutuelle du Fleuve|Fleuve|Mutuelle du Fleuve assurance vie",
    "Atlantic Keel Life": "Atlantic Keel|AKL",
    "Huronia Trust": "Huronia|Huronia Trust Company",
    "Evergreen Annuity Company": "Evergreen Annuity|Evergreen",
    "Pinecrest Actuarial": "Pinecrest|Pinecrest Actuarial Inc.",
    "Mosaic Health Benefits": "Mosaic|Mosaic Health",
    "Red River Public Pension Board": "Red River Pension|RRPPB|Red River",
    "Osprey Insurance Analytics": "Osprey|Osprey Analytics",
    "Kingsway Benefit Society": "Kingsway|KBS|Kingsway Benefit",
    "Beaconsfield Group Benefits": "Beaconsfield|Beaconsfield GB",
    "Lumen Actuarial Partners": "Lumen|Lumen Actuarial",
    "Ashgrove Insurance Company": "Ashgrove|Ashgrove Insurance",
    "Thornbury Financial Group": "Thornbury|Thornbury Financial|TFG",
    "Bayfront General Insurance": "Bayfront|Bayfront General",
    "Quillon Analytics": "Quillon",
    "Cedarline Insurance": "Cedarline",
    "Trillium Benefit Life": "Trillium|Trillium Benefit|TBL",
    "Halcyon Re": "Halcyon|Halcyon Reinsurance",
    "Prairie Crown Assurance": "Prairie Crown|PCA",
    "Fairhaven Life": "Fairhaven|Fairhaven Life Insurance",
    "Tamarack Life Assurance": "Tamarack|Tamarack Life",
    "Solana Re": "Solana|Solana Reaseguros|Solana Re Canada",
}

EVENTS = [
    dict(
        kind="calendly-invitee",
        uid="b3e5a7c9-1d2f-4a6b-8c0e-2f4a6c8e0b1d@calendly.com",
        is_interview=1,
        company="St. Clair Actuarial Consulting",
        role="Pension Actuarial Analyst",
        stage="recruiter_screen",
        interviewers="rosalind.mercer@stclairactuarial.example.com",
        trap="calendly-user-as-invitee",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b3e5a7c9-1d2f-4a6b-8c0e-2f4a6c8e0b1d@calendly.com
DTSTAMP:20260907T022140Z
DTSTART:20260911T150000Z
DTEND:20260911T153000Z
SUMMARY:Pension Analyst - Screening Call between Rosalind Mercer and Priyan
 ka Sethi
ORGANIZER;CN=Rosalind Mercer:mailto:rosalind.mercer@stclairactuarial.exampl
 e.com
ATTENDEE;CN=Priyanka Sethi;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:priyanka.seth
 i.asa@gmail.com
ATTENDEE;CN=Rosalind Mercer;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:rosalind.me
 rcer@stclairactuarial.example.com
DESCRIPTION:Event Name: Pension Analyst - Screening Call\n\nLocation: This 
 is a Zoom web conference.\nhttps://stclairactuarial.zoom.us/j/92018844317\n\
 nThank you for applying to the Pension Actuarial Analyst position at St. C
 lair Actuarial Consulting! This short screening call covers your experien
 ce\, SOA/CIA exam progress and availability.\n\nQuestions: \n\nPlease shar
 e anything that will help prepare for our meeting.: Currently ASA\, sitti
 ng LFV-ILA in the fall sitting. Notice period 3 weeks.\n\nNeed to make cha
 nges to this event?\nCancel: https://calendly.com/cancellations/b3e5a7c9-1d
 2f-4a6b-8c0e-2f4a6c8e0b1d\nReschedule: https://calendly.com/reschedulings/b
 3e5a7c9-1d2f-4a6b-8c0e-2f4a6c8e0b1d\n\nPowered by Calendly.com
LOCATION:https://stclairactuarial.zoom.us/j/92018844317
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-candidate-booked",
        uid="bk-7c1e5f93a2d84b06@aurelianbenefits.example.com",
        is_interview=1,
        company="Aurelian Benefits Consulting",
        role="Senior Analyst, Group Benefits Consulting",
        stage="hiring_manager",
        interviewers="marcus.lindgren@aurelianbenefits.example.com",
        trap="microsoft-bookings-candidate-side",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Aurelian Careers:mailto:AurelianCareers@aurelianbenefits.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Lindgren:mailto:marcus.lindgren@aurelianbenefits.example.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Interview 
 - Senior Analyst\, Group Benefits Consulting (45 minutes)\nStaff: Marcus L
 indgren (Principal\, Group Benefits)\nCustomer: Priyanka Sethi\, priyanka.s
 ethi.asa@gmail.com\, 416-555-0108\n\nThis is an online meeting. Join from 
 your computer or mobile: https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_ZTI3NmQ4@thread.v2/0\n\nNeed to make changes? Manage your booking: h
 ttps://outlook.office365.com/owa/calendar/AurelianCareers@aurelianbenefits
 .example.com/bookings/\n\nAurelian Benefits Consulting | 145 Wellington St 
 W\, Toronto\n
UID:bk-7c1e5f93a2d84b06@aurelianbenefits.example.com
SUMMARY;LANGUAGE=en-US:Interview - Senior Analyst\, Group Benefits Consulti
 ng
DTSTART;TZID=Eastern Standard Time:20261013T150000
DTEND;TZID=Eastern Standard Time:20261013T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T011930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-entretien",
        uid="040000008200E00074C5B7101A82E008000000008F4A2C6E0B51DC01000000000000000010000000C0FFEE00BADC0DE011223344556677AA",
        is_interview=1,
        company="Mutuelle du Fleuve",
        role="Actuaire - évaluation et solvabilité (TSAV)",
        stage="hiring_manager",
        interviewers="josee.tremblay-roy@mutuelledufleuve.example.ca",
        trap="french-entretien-quebec-insurer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Roy, Josée":mailto:josee.tremblay-roy@mutuelledufleuve.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Sethi\,\n\nJe vous confirme notre
  entretien pour le poste d'Actuaire - évaluation et solvabilité (TSAV). L
 e poste est basé à Québec\, mais le mode hybride avec 2 jours par mois au 
 bureau est possible. Nous discuterons de votre expérience en évaluation d
 es provisions (IFRS 17) et en test de suffisance du capital. L'entretien 
 se déroulera en français et en anglais.\n\nJosée Tremblay-Roy\, FSA\, FICA
 \nDirectrice\, Actuariat corporatif\nMutuelle du Fleuve\n\n______________
 __________________________________________________________________\nRéuni
 on Microsoft Teams\nCliquez ici pour participer à la réunion<https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_NmE0MTc5@thread.v2/0>\nID de réu
 nion : 266 013 447 90\nCode secret : Fv2Lk8\n___________________________
 _____________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000008F4A2C6E0B51DC01000000000000000010000000C0FFEE00BADC0DE011223344556677AA
SUMMARY;LANGUAGE=fr-CA:Entretien - Actuaire\, évaluation et solvabilité (TS
 AV) - P. Sethi
DTSTART;TZID=Eastern Standard Time:20261006T150000
DTEND;TZID=Eastern Standard Time:20261006T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260930T172040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed-halifax",
        uid="E1C3A5F7-0B2D-4E6F-8A9C-1B3D5F7A9C0E",
        is_interview=1,
        company="Atlantic Keel Life",
        role="Sr Analyst Valuation",
        stage="recruiter_screen",
        interviewers="Jen MacNeil",
        trap="hand-typed-atlantic-zone-name-only",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
{APPLE_HALIFAX}
BEGIN:VEVENT
CREATED:20260915T121407Z
DTEND;TZID=America/Halifax:20260918T150000
DTSTAMP:20260915T121450Z
DTSTART;TZID=America/Halifax:20260918T143000
LAST-MODIFIED:20260915T121449Z
DESCRIPTION:Jen MacNeil HR calls me. Sr Analyst Valuation\, remote ok\, Hali
 fax trips quarterly. have salary # ready
SEQUENCE:0
SUMMARY:phone screen atlantic keel (Jen) 2:30 AST = 1:30 here!!
TRANSP:OPAQUE
UID:E1C3A5F7-0B2D-4E6F-8A9C-1B3D5F7A9C0E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
UID:4C6E8A0B-2D4F-4A1C-9E3B-5D7F9A1C3E5B
X-WR-ALARMUID:4C6E8A0B-2D4F-4A1C-9E3B-5D7F9A1C3E5B
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-technical",
        uid="7e1f3a5c9b2d4f6a8c0e1b3d5f7a9c2e@huroniatrust.webex.com",
        is_interview=1,
        company="Huronia Trust",
        role="Model Validation Specialist, Insurance & Actuarial Models",
        stage="technical",
        interviewers="farah.siddiqui@huroniatrust.example.com;ben.ashdown@huroniatrust.example.com",
        trap="model-validation-role-technical-webex",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings 45.6//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7e1f3a5c9b2d4f6a8c0e1b3d5f7a9c2e@huroniatrust.webex.com
DTSTAMP:20260929T181140Z
DTSTART:20261008T140000Z
DTEND:20261008T150000Z
SUMMARY:Huronia Trust - Technical interview (Model Validation Specialist)
ORGANIZER;CN=Farah Siddiqui:mailto:farah.siddiqui@huroniatrust.example.com
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;CN=Ben Ashdown;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ben.as
 hdown@huroniatrust.example.com
LOCATION:https://huroniatrust.webex.com/huroniatrust/j.php?MTID=m0a9b8c7d6
 e5f4a3b2c1d0e9f8a7b6c5d
DESCRIPTION:Hi Priyanka\, this is the technical interview for the Model Val
 idation Specialist\, Insurance & Actuarial Models role. Ben Ashdown (Senio
 r Validator) and I will ask you to critique a short validation report on 
 a mortality improvement model and discuss challenger models. No prep need
 ed.\n\nFarah Siddiqui\, Senior Manager\, Model Validation\n\nJoin meeting:
  https://huroniatrust.webex.com/huroniatrust/j.php?MTID=m0a9b8c7d6e5f4a3b2
 c1d0e9f8a7b6c5d\nMeeting number: 2661 093 4478\nPassword: HTval2026
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-accepted",
        uid="1a3s5d7f9g2h4j6k8l0z1x3c5v@google.com",
        is_interview=1,
        company="Evergreen Annuity Company",
        role="Senior Actuarial Analyst, Annuity Pricing",
        stage="hiring_manager",
        interviewers="samuel.otieno@evergreenannuity.example.com",
        trap="google-export-utc-zoom-link",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Priyanka Sethi
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20261019T190000Z
DTEND:20261019T194500Z
DTSTAMP:20261120T031500Z
ORGANIZER;CN=Samuel Otieno:mailto:samuel.otieno@evergreenannuity.example.com
UID:1a3s5d7f9g2h4j6k8l0z1x3c5v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel
  Otieno;X-NUM-GUESTS=0:mailto:samuel.otieno@evergreenannuity.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priyan
 ka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.asa@gmail.com
CREATED:20261013T154002Z
DESCRIPTION:Evergreen Annuity Company - interview with the hiring manager f
 or Senior Actuarial Analyst\, Annuity Pricing.\n\nSamuel Otieno is invitin
 g you to a scheduled Zoom meeting.\nJoin Zoom Meeting\nhttps://evergreenann
 uity.zoom.us/j/81504427719\nMeeting ID: 815 0442 7719\nPasscode: 481920
LAST-MODIFIED:20261013T160511Z
LOCATION:https://evergreenannuity.zoom.us/j/81504427719
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Evergreen Annuity - Interview (Sr Actuarial Analyst\, Annuity Prici
 ng)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-all-day-trial",
        uid="9c2e4a6b-8d0f-4c1e-a3b5-7d9f1b3d5e7a",
        is_interview=1,
        company="Pinecrest Actuarial",
        role="Pension Consultant",
        stage="onsite",
        interviewers="Hugh Pemberton;Aleksandra Wojcik",
        trap="paid-work-sample-day-all-day",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261015T023318Z
LAST-MODIFIED:20261015T023512Z
DTSTAMP:20261015T023512Z
UID:9c2e4a6b-8d0f-4c1e-a3b5-7d9f1b3d5e7a
SUMMARY:Work sample day @ Pinecrest Actuarial (paid\, part of selection)
STATUS:CONFIRMED
DTSTART;VALUE=DATE:20261021
DTEND;VALUE=DATE:20261022
TRANSP:OPAQUE
LOCATION:Pinecrest Actuarial\, 390 Queens Quay W Suite 610
DESCRIPTION:Pension Consultant role. 9-4. Real (anonymized) small DB plan - 
 do the going-concern + solvency valuation\, draft the cover letter to the 
 administrator. Hugh Pemberton (partner) reviews at 3pm\, Aleksandra Wojcik
  (senior consultant) is my buddy for the day. They pay $400 for the day.
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-terse-abbrev",
        uid="2F4A6C8E-0A1B-4C3D-9E5F-7A9B1C3D5E7F",
        is_interview=1,
        company="Mosaic Health Benefits",
        role="",
        stage="hiring_manager",
        interviewers="",
        trap="terse-abbreviation-intvw",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 16.1//EN
CALSCALE:GREGORIAN
{APPLE_TORONTO}
BEGIN:VEVENT
CREATED:20261102T163005Z
DTEND;TZID=America/Toronto:20261105T123000
DTSTAMP:20261102T163029Z
DTSTART;TZID=America/Toronto:20261105T120000
LAST-MODIFIED:20261102T163028Z
LOCATION:phone
SEQUENCE:0
SUMMARY:Mosaic HM intvw - grp benefits pricing
TRANSP:OPAQUE
UID:2F4A6C8E-0A1B-4C3D-9E5F-7A9B1C3D5E7F
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-central-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000A6C2E8F4B15BDC0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA",
        is_interview=1,
        company="Red River Public Pension Board",
        role="Pension Actuarial Analyst",
        stage="",
        interviewers="corinne.fontaine@redriverpension.example.ca;tariq.haidari@redriverpension.example.ca",
        trap="central-zone-public-pension-panel",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fontaine, Corinne":mailto:corinne.fontaine@redriverpension.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haidari, Tariq":mailto:tariq.haidari@redriverpension.example.ca
DESCRIPTION;LANGUAGE=en-US:Competition #2026-044 - Pension Actuarial Analys
 t\n\nThank you for your interest in a career with the Red River Public Pen
 sion Board. This virtual interview will be conducted by a panel of two: C
 orinne Fontaine\, Manager\, Actuarial Services\, and Tariq Haidari\, Seni
 or HR Consultant. Interviews last approximately 60 minutes. Please note t
 he time is Central Time (Winnipeg).\n\nhttps://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_OGFiYzA3@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000A6C2E8F4B15BDC0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA
SUMMARY;LANGUAGE=en-US:Interview - Pension Actuarial Analyst (Competition #
 2026-044)
DTSTART;TZID=Central Standard Time:20261103T100000
DTEND;TZID=Central Standard Time:20261103T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T203355Z
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
    dict(
        kind="ashby-technical",
        uid="ashby-interview-event-3f8a1c6e-92d4-4b7e-a05f-d1c8e7b3a924",
        is_interview=1,
        company="Osprey Insurance Analytics",
        role="Senior Pricing Actuary",
        stage="technical",
        interviewers="nikhil.banerjee@ospreyanalytics.example.io",
        trap="insurtech-ats-noreply-organizer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-3f8a1c6e-92d4-4b7e-a05f-d1c8e7b3a924
DTSTAMP:20261009T171702Z
DTSTART:20261014T200000Z
DTEND:20261014T210000Z
SUMMARY:Osprey Insurance Analytics: Technical Interview (Python & GLM) - Se
 nior Pricing Actuary
ORGANIZER;CN=Osprey Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Priyanka Sethi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priyanka.s
 ethi.asa@gmail.com
ATTENDEE;CN=Nikhil Banerjee;PARTSTAT=ACCEPTED:mailto:nikhil.banerjee@osprey
 analytics.example.io
DESCRIPTION:Technical Interview (Python & GLM)\nwith Nikhil Banerjee\, Head
  of Actuarial\n\nYou'll share your screen and work through a small pricin
 g dataset in a Jupyter notebook we provide (pandas\, statsmodels). Googlin
 g is allowed. We care more about how you reason about credibility and li
 nk functions than about syntax.\n\nGoogle Meet: https://meet.google.com/ri
 x-fpoa-kdm\n\nScheduled with Ashby
LOCATION:https://meet.google.com/rix-fpoa-kdm
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="taleo-interview-invitation",
        uid="TALEO-INT-2600341-00917@kingsway.taleo.net",
        is_interview=1,
        company="Kingsway Benefit Society",
        role="Actuarial Analyst II",
        stage="hiring_manager",
        interviewers="Colleen Fitzsimmons",
        trap="taleo-name-only-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-INT-2600341-00917@kingsway.taleo.net
DTSTAMP:20260918T130000Z
DTSTART:20260925T143000Z
DTEND:20260925T151500Z
SUMMARY:Interview Invitation - Actuarial Analyst II (Req 2600341)
ORGANIZER;CN=Kingsway Benefit Society Careers:mailto:kingsway@taleo.net
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
LOCATION:Kingsway Benefit Society\, 41 Sheppard Ave E\, Nort
 h York - 8th floor reception
DESCRIPTION:Dear Priyanka\,\n\nWe are pleased to invite you to an interview
  for the position of Actuarial Analyst II (Requisition 2600341).\n\nInterv
 iewer: Colleen Fitzsimmons\, Manager\, Actuarial Services\nDuration: 45 mi
 nutes\nType: In person\n\nKingsway Benefit Society is a fraternal benefit s
 ociety serving members across Canada since 1894.\n\nPlease do not reply t
 o this message. This message was sent by the Taleo Scheduling Center on b
 ehalf of Kingsway Benefit Society.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-second-round",
        uid="7q9w1e3r5t7y9u1i3o5p7a9s1d@google.com",
        is_interview=1,
        company="Beaconsfield Group Benefits",
        role="Sr Analyst, Group Pricing",
        stage="onsite",
        interviewers="Rhonda Kaplan",
        trap="hand-typed-2nd-round-export",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priyanka.sethi.asa@gmail.com
X-WR-TIMEZONE:America/Toronto
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261026T150000
DTEND;TZID=America/Toronto:20261026T163000
DTSTAMP:20261120T031500Z
UID:7q9w1e3r5t7y9u1i3o5p7a9s1d@google.com
CREATED:20261021T000316Z
DESCRIPTION:2nd round in person - VP Group Pricing (Rhonda Kaplan) + team l
 ead. Sr Analyst\, Group Pricing. Bring printed CV x3. 20 min early\, securi
 ty desk.
LAST-MODIFIED:20261021T000452Z
LOCATION:Beaconsfield Group Benefits\, 4100 Yonge St\, North York\, ON
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Beaconsfield - 2nd round w/ VP
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-P0DT1H0M0S
DESCRIPTION:This is an event reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-partner-final",
        uid="4e6r8t0y2u4i6o8p0a2s4d6f8g@google.com",
        is_interview=1,
        company="Lumen Actuarial Partners",
        role="Consulting Actuary",
        stage="final",
        interviewers="elliot.vance@lumenactuarial.example.com",
        trap="partner-lunch-final-round",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261112T120000
DTEND;TZID=America/Toronto:20261112T133000
DTSTAMP:20261105T162208Z
ORGANIZER;CN=Elliot Vance:mailto:elliot.vance@lumenactuarial.example.com
UID:4e6r8t0y2u4i6o8p0a2s4d6f8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Elliot Vance;X-NUM-GUESTS=0:mailto:elliot.vance@lumenactuarial.example.
 com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.a
 sa@gmail.com
CREATED:20261105T162205Z
DESCRIPTION:Priyanka - the team enjoyed meeting you. Last step for the Con
 sulting Actuary role is lunch with me (I'm the managing partner). Informa
 l setting\, but it's the final interview - I'd like to hear how you'd han
 dle a difficult plan sponsor and where you see yourself after FSA. Table 
 booked under Lumen.\n\nElliot\n\nInvitation from Google Calendar: https://
 calendar.google.com/calendar/\n\nYou are receiving this email because you 
 are an attendee on the event.
LAST-MODIFIED:20261105T162208Z
LOCATION:Café Marlowe\, 120 Front St E\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lunch w/ Elliot Vance - final round (Lumen Actuarial)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-onsite-confirmation",
        uid="icims-interview-88124-4471092@careers-ashgroveinsurance.icims.com",
        is_interview=1,
        company="Ashgrove Insurance Company",
        role="Senior Analyst, Reserving",
        stage="onsite",
        interviewers="nadia.kowalski@ashgroveinsurance.example.ca;peter.lindstrom@ashgroveinsurance.example.ca",
        trap="icims-onsite-floating-time",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-interview-88124-4471092@careers-ashgroveinsurance.icims.com
DTSTAMP:20261020T142301Z
DTSTART:20261028T130000
DTEND:20261028T143000
SUMMARY:Interview Confirmation: Senior Analyst\, Reserving - Ashgrove Insura
 nce Company
ORGANIZER;CN=Ashgrove Talent Acquisition:mailto:talent@ashgroveinsurance.ex
 ample.ca
ATTENDEE;CN=Priyanka Sethi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priyanka.s
 ethi.asa@gmail.com
ATTENDEE;CN=Nadia Kowalski;PARTSTAT=ACCEPTED:mailto:nadia.kowalski@ashgrove
 insurance.example.ca
ATTENDEE;CN=Peter Lindstrom;PARTSTAT=ACCEPTED:mailto:peter.lindstrom@ashgro
 veinsurance.example.ca
LOCATION:Ashgrove Insurance Company\, 88 Queen St E\, 9th floor\, Toronto
DESCRIPTION:Hello Priyanka\,\n\nThis confirms your on-site interview for Se
 nior Analyst\, Reserving (Job ID 2026-4471).\n\nDate: Wednesday\, October 2
 8\, 2026\nTime: 1:00 PM - 2:30 PM (Eastern)\nInterviewers: Nadia Kowalski (
 Director\, Actuarial Reserving) and Peter Lindstrom (Manager\, Reserving)\n
 \nPlease bring a piece of government-issued ID.\n\nAshgrove Talent Acquis
 ition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-online-assessment",
        uid="040000008200E00074C5B7101A82E008000000001C7E3A9F5D62DC010000000000000000100000007788990011AABBCCDDEEFF0011223344",
        is_interview=1,
        company="Thornbury Financial Group",
        role="Actuarial Associate, Individual Insurance",
        stage="technical",
        interviewers="",
        trap="proctored-online-excel-test-no-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Abernathy, Claire":mailto:claire.abernathy@thornburyfinancial.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nAs the next step in our selecti
 on process for the Actuarial Associate\, Individual Insurance role\, pleas
 e complete our online technical assessment during this window. It is proc
 tored by webcam (60 minutes: Excel modelling\, life contingencies and a s
 hort data-interpretation section). You will receive the personal link fro
 m assessments@thornburyfinancial.example.com 30 minutes before the start.
 \n\nGood luck!\nClaire Abernathy\nCampus & Early Career Recruitment\, Thornb
 ury Financial Group\n
UID:040000008200E00074C5B7101A82E008000000001C7E3A9F5D62DC010000000000000000100000007788990011AABBCCDDEEFF0011223344
SUMMARY;LANGUAGE=en-US:Thornbury Financial - Online Technical Assessment (p
 roctored)
DTSTART;TZID=Eastern Standard Time:20261019T080000
DTEND;TZID=Eastern Standard Time:20261019T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T130418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dayforce-teams-screen",
        uid="DF-REC-INT-552871-20260922@bayfrontgeneral.dayforcehcm.com",
        is_interview=1,
        company="Bayfront General Insurance",
        role="Senior Analyst, Actuarial Predictive Analytics",
        stage="recruiter_screen",
        interviewers="yusuf.karimi@bayfrontgeneral.example.ca",
        trap="canadian-ats-dayforce-teams-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ceridian//Dayforce Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:DF-REC-INT-552871-20260922@bayfrontgeneral.dayforcehcm.com
DTSTAMP:20260917T184522Z
DTSTART:20260922T161500Z
DTEND:20260922T164500Z
SUMMARY:Interview: Senior Analyst\, Actuarial Predictive Analytics - Bayfro
 nt General Insurance
ORGANIZER;CN=Bayfront General Careers:mailto:careers-noreply@bayfrontgenera
 l.example.ca
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;CN=Yusuf Karimi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:yusuf
 .karimi@bayfrontgeneral.example.ca
LOCATION:Microsoft Teams
DESCRIPTION:Hello Priyanka\,\n\nYour interview for Senior Analyst\, Actuari
 al Predictive Analytics (Requisition 552871) has been scheduled.\n\nInterv
 iewer: Yusuf Karimi\, Talent Acquisition Partner\nFormat: Microsoft Teams 
 (30 minutes)\nTopics: your background\, why P&C after life insurance\, an
 d next steps in the process.\n\nJoin: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_MTk2ODRl@thread.v2/0\nMeeting ID: 219 004 887 13\nPassc
 ode: xQ7tY2\n\nTo reschedule\, visit the Candidate Portal in Dayforce.\n\n
 Bayfront General Insurance welcomes applications from people with disabil
 ities. Accommodations are available on request.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-freemail-founder",
        uid="8z6x4c2v0b8n6m4q2w0e8r6t4y@google.com",
        is_interview=1,
        company="Quillon Analytics",
        role="Founding Actuary",
        stage="hiring_manager",
        interviewers="theo.marchetti.builds@gmail.com",
        trap="founder-freemail-coffee-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261003T100000
DTEND;TZID=America/Toronto:20261003T110000
DTSTAMP:20260929T040112Z
ORGANIZER;CN=Theo Marchetti:mailto:theo.marchetti.builds@gmail.com
UID:8z6x4c2v0b8n6m4q2w0e8r6t4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Theo Marchetti;X-NUM-GUESTS=0:mailto:theo.marchetti.builds@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.a
 sa@gmail.com
CREATED:20260929T040110Z
DESCRIPTION:Hey Priyanka\, thanks for applying through our Wellfound post! 
 I'm one of the two co-founders of Quillon Analytics (we build mortality-a
 ssumption tooling for small insurers). Coffee's on me - I'd like to use t
 his as the first interview for the founding actuary role: your experience
 \, how you'd set up our assumption library\, and what you'd need to be su
 ccessful. If it goes well\, next step is meeting my co-founder.\n\nTheo\n\
 nInvitation from Google Calendar: https://calendar.google.com/calendar/\n
 \nYou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20260929T040112Z
LOCATION:Bluebird Coffee\, 812 Dundas St W\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee - Theo / Priyanka (Quillon founding actuary)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-client-interview",
        uid="040000008200E00074C5B7101A82E00800000000F1B7D3A9E58ADC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
        is_interview=1,
        company="Cedarline Insurance",
        role="Senior Actuarial Analyst, Reserving",
        stage="hiring_manager",
        interviewers="Lorraine Beck",
        trap="agency-organizer-names-client",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Okoro, Femi":mailto:femi.okoro@actuarialtalent.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nGreat news - Cedarline Insuranc
 e would like to meet you for the Senior Actuarial Analyst\, Reserving rol
 e. You'll meet Lorraine Beck\, Director of Reserving\, at their office (1
 8 King St E\, 14th floor). Lorraine will focus on your IFRS 17 experience
  and the quarterly reserving cycle. Please don't contact Cedarline direct
 ly - route any questions through me\, and call me right after!\n\nFemi Ok
 oro\nSenior Consultant\, Actuarial Talent Partners\nDirect 416-555-0176\n
UID:040000008200E00074C5B7101A82E00800000000F1B7D3A9E58ADC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=en-US:Interview: Cedarline Insurance - Sr Actuarial Analy
 st\, Reserving (via Actuarial Talent Partners)
DTSTART;TZID=Eastern Standard Time:20261007T083000
DTEND;TZID=Eastern Standard Time:20261007T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T171533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Cedarline Insurance\, 18 King St E\, 14th floor
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-hand-typed-agency",
        uid="0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
        is_interview=1,
        company="Trillium Benefit Life",
        role="Pricing Actuary",
        stage="technical",
        interviewers="Deborah Kline;Wesley Tan",
        trap="hand-typed-agency-recruiter-named",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priyanka.sethi.asa@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20261013T200000Z
DTEND:20261013T211500Z
DTSTAMP:20261120T031500Z
UID:0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
CREATED:20261008T224410Z
DESCRIPTION:via Ridgeway Actuarial Search (Colin Ferris 647-555-0193). Pric
 ing Actuary. Tech round: Deborah Kline + Wesley Tan from pricing\, profit
  testing questions + a whiteboard on UL COI. Colin says they like struct
 ure\, slow down.
LAST-MODIFIED:20261008T224533Z
LOCATION:Trillium Benefit Life\, 212 University Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trillium Benefit Life tech interview (via Ridgeway)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-sent-by",
        uid="040000008200E00074C5B7101A82E008000000002A6E0C4F8B73DC01000000000000000010000000C3C3C3C3D4D4D4D4E5E5E5E5F6F6F6F6",
        is_interview=1,
        company="Halcyon Re",
        role="Senior Actuarial Analyst, Life Reinsurance Pricing",
        stage="hiring_manager",
        interviewers="magnus.thorsen@halcyonre.example.com",
        trap="agency-scheduled-client-hm-attendee",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Delgado, Marisa";SENT-BY="mailto:scheduling@kestrelrecruit.example.com":mailto:marisa.delgado@kestrelrecruit.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thorsen, Magnus":mailto:magnus.thorsen@halcyonre.example.com
DESCRIPTION;LANGUAGE=en-US:Priyanka\, as discussed: first interview with Ha
 lcyon Re for the Senior Actuarial Analyst\, Life Reinsurance Pricing role.
  You'll meet Magnus Thorsen\, Head of Life Pricing (Canada). Teams link be
 low (Halcyon's tenant). Debrief with me afterwards please.\n\nMarisa Delga
 do | Principal\, Kestrel Risk Recruiting\n\nhttps://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_ZDE5NGM2@thread.v2/0\n
UID:040000008200E00074C5B7101A82E008000000002A6E0C4F8B73DC01000000000000000010000000C3C3C3C3D4D4D4D4E5E5E5E5F6F6F6F6
SUMMARY;LANGUAGE=en-US:Halcyon Re - 1st interview w/ Head of Life Pricing (
 Kestrel)
DTSTART;TZID=Eastern Standard Time:20261020T160000
DTEND;TZID=Eastern Standard Time:20261020T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T194408Z
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
    dict(
        kind="outlook-regina-zone",
        uid="040000008200E00074C5B7101A82E008000000006D3F9B5E1C84DC01000000000000000010000000D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0",
        is_interview=1,
        company="Prairie Crown Assurance",
        role="Senior Actuarial Analyst - Individual Life Valuation",
        stage="recruiter_screen",
        interviewers="danielle.lapointe@prairiecrown.example.ca",
        trap="canada-central-no-dst-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CANADA_CENTRAL_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Lapointe, Danielle":mailto:danielle.lapointe@prairiecrown.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nThank you for your application 
 to the Senior Actuarial Analyst - Individual Life Valuation position. I'd 
 like to set up a 30-minute screening interview by phone. Please note the t
 ime is Saskatchewan time (no daylight saving)\, i.e. 12:00 in Regina = 1:0
 0 PM Toronto in November.\n\nDanielle Lapointe\nHuman Resources Consultant
 \, Prairie Crown Assurance\n306-555-0148\n
UID:040000008200E00074C5B7101A82E008000000006D3F9B5E1C84DC01000000000000000010000000D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0
SUMMARY;LANGUAGE=en-US:Screening interview - Sr Actuarial Analyst (Prairie 
 Crown Assurance)
DTSTART;TZID=Canada Central Standard Time:20261110T120000
DTEND;TZID=Canada Central Standard Time:20261110T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261103T162019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-cancelled-invite",
        uid="5t3r1e9w7q5a3s1d9f7g5h3j1k@google.com",
        is_interview=1,
        company="Fairhaven Life",
        role="Senior Analyst, Experience Studies",
        stage="hiring_manager",
        interviewers="wendell.marsh@fairhavenlife.example.ca",
        trap="google-method-cancel-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261111T140000
DTEND;TZID=America/Toronto:20261111T144500
DTSTAMP:20261109T142733Z
ORGANIZER;CN=Wendell Marsh:mailto:wendell.marsh@fairhavenlife.example.ca
UID:5t3r1e9w7q5a3s1d9f7g5h3j1k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priyan
 ka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wendel
 l Marsh;X-NUM-GUESTS=0:mailto:wendell.marsh@fairhavenlife.example.ca
CREATED:20261102T152201Z
DESCRIPTION:Interview with Wendell Marsh (hiring manager) - Senior Analyst
 \, Experience Studies. Google Meet: https://meet.google.com/bzt-uvwe-qrn\n
 \nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261109T142733Z
LOCATION:
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Fairhaven Life | Interview - Senior Analyst\, Experience Studies
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-floating-onsite",
        uid="3b5d7f9a-1c3e-4a5b-8d7f-9b1d3f5a7c9e",
        is_interview=1,
        company="Tamarack Life Assurance",
        role="Sr Actuarial Analyst",
        stage="onsite",
        interviewers="Paul Nadeau;Irina Sokolova",
        trap="floating-time-hand-typed-onsite",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261027T003012Z
LAST-MODIFIED:20261027T003355Z
DTSTAMP:20261027T003355Z
UID:3b5d7f9a-1c3e-4a5b-8d7f-9b1d3f5a7c9e
SUMMARY:Tamarack onsite - 3 back-to-back (HM\, tech\, HR)
STATUS:CONFIRMED
DTSTART:20261102T093000
DTEND:20261102T123000
LOCATION:Tamarack Life\, 77 Burnhamthorpe Rd W\, Mississauga
DESCRIPTION:Sr Actuarial Analyst. 9:30 Paul Nadeau (HM)\, 10:30 Irina Sokol
 ova (tech - reserves + AXIS)\, 11:30 HR. GO train 8:10 from Union!
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-spanish-entrevista",
        uid="040000008200E00074C5B7101A82E00800000000B8E4A0C6D295DC0100000000000000001000000012121212343434345656565678787878",
        is_interview=1,
        company="Solana Re",
        role="Actuario/a Senior de Tarificación Vida",
        stage="hiring_manager",
        interviewers="javier.ocampo@solanare.example.es;marta.garcia@solanare.example.es",
        trap="spanish-romance-zone-entrevista",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="García Llorente, Marta":mailto:marta.garcia@solanare.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ocampo Ruiz, Javier":mailto:javier.ocampo@solanare.example.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Priyanka:\n\nGracias por tu interés en 
 el puesto de Actuario/a Senior de Tarificación Vida para nuestra oficina 
 de Toronto. Te confirmamos la entrevista por Teams con Javier Ocampo Ruiz
 \, Director de Tarificación Vida para las Américas\, y conmigo. La entrevi
 sta será en inglés\; se valorará el español.\n\nHora: 19:00 (Madrid) / 13
 :00 (Toronto).\n\nUn saludo\,\nMarta García Llorente\nTalento y Selección\
 , Solana Re\n\nUnirse a la reunión: https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_M2E3ZjU1@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000B8E4A0C6D295DC0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=es-ES:Entrevista - Actuario/a Senior de Tarificación Vida 
 (oficina de Toronto)
DTSTART;TZID=Romance Standard Time:20261015T190000
DTEND;TZID=Romance Standard Time:20261015T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T091207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
