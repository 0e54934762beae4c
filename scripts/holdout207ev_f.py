# ruff: noqa: E501
"""holdout207 events, part f: Fiona on the hiring side at Grampian Offshore Services (all negatives)."""

from holdout207ev_tz import GMT_STD, LONDON

W = "fiona.mackenzie@grampianoffshore.co.uk"


def neg(kind: str, uid: str, trap: str, ics: str, eol: str = "crlf") -> dict:
    return dict(kind=kind, eol=eol, uid=uid, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring_side=True, ics=ics)


EVENTS = [
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000AA11BB22CC79DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        "user-as-interviewer-outlook-panel-hse-technician", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bruce, Alan":mailto:alan.bruce@grampianoffshore.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ALT-MR2 Bennachie":mailto:alt-mr2@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Candidate: Callum Reid (ex-Bilfinger\, NEBOSH Cer
 t\, OPITO Emergency Response Team Member).\nCV and interview pack are in the
  Resourcing > HSE Tech Q1 folder. Fiona to lead the HSE technical question
 s\, Alan the ops/rotation side. Please complete the scoring sheet before y
 ou leave the room.\nThanks\, Shona\n
SUMMARY;LANGUAGE=en-GB:Interview - HSE Technician (Rotational) - Callum Reid
DTSTART;TZID=GMT Standard Time:20250319T100000
DTEND;TZID=GMT Standard Time:20250319T110000
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC79DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T113022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:ALT-MR2 Bennachie
END:VEVENT
END:VCALENDAR
"""),
    neg("ats-notice", "tribepad-interviewer-7731-22914@grampianoffshore.tribepad.com",
        "user-as-interviewer-ats-panel-member-notice", r"""BEGIN:VCALENDAR
PRODID:-//Tribepad//Tribepad ATS//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:tribepad-interviewer-7731-22914@grampianoffshore.tribepad.com
DTSTAMP:20250312T090010Z
DTSTART;TZID=Europe/London:20250324T140000
DTEND;TZID=Europe/London:20250324T150000
SUMMARY:Interview: Ewan Fraser - HSE Technician (Offshore) - GOS-0417
DESCRIPTION:Hello Fiona\,\n\nYou have been added as an interviewer.\n\nCandid
 ate: Ewan Fraser\nVacancy: HSE Technician (Offshore) - GOS-0417\nStage: 1st
  interview\nLocation: Altens office\, Meeting Room 2\n\nView the candidate's
  application and score the interview in Tribepad: https://grampianoffshore.
 tribepad.com/hiring/interviews/22914
LOCATION:Altens office\, Meeting Room 2
ORGANIZER;CN=Grampian Offshore Recruitment:mailto:noreply@tribepad.com
ATTENDEE;CN=Fiona Mackenzie;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:fiona.mackenzie@grampianoffshore.co.uk
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("ats-notice", "tribepad-feedback-due-22914@grampianoffshore.tribepad.com",
        "user-as-interviewer-feedback-form-due", r"""BEGIN:VCALENDAR
PRODID:-//Tribepad//Tribepad ATS//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:tribepad-feedback-due-22914@grampianoffshore.tribepad.com
DTSTAMP:20250324T150500Z
DTSTART;VALUE=DATE:20250325
DTEND;VALUE=DATE:20250326
SUMMARY:Feedback outstanding: Ewan Fraser - HSE Technician (Offshore)
DESCRIPTION:Your interview scores for Ewan Fraser have not been submitted.
  Please complete the evaluation so the hiring team can progress the candi
 date: https://grampianoffshore.tribepad.com/hiring/interviews/22914/score
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000BB22CC33DD79DB0100000000000000001000000098BA76DC54FE32109A8B7C6D5E4F3A2B",
        "user-as-interviewer-wash-up-after-interviews", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bruce, Alan":mailto:alan.bruce@grampianoffshore.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Thomson, Keith (Ops Manager)":mailto:keith.thomson@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Wash-up for the four HSE Tech candidates seen thi
 s week (Reid\, Fraser\, Murray\, Okafor). Bring your scoring sheets - we nee
 d a ranking and a view on who goes forward to the practical.\n
SUMMARY;LANGUAGE=en-GB:Wash-up - HSE Tech candidates
DTSTART;TZID=GMT Standard Time:20250326T150000
DTEND;TZID=GMT Standard Time:20250326T153000
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD79DB0100000000000000001000000098BA76DC54FE32109A8B7C6D5E4F3A2B
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T100902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams / ALT-MR2
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "9B1E2C3D-4A5F-4B6C-8D7E-0F1A2B3C4D5E", "user-as-interviewer-typed-call-candidate", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:9B1E2C3D-4A5F-4B6C-8D7E-0F1A2B3C4D5E
DTSTAMP:20250305T203311Z
DTSTART:20250318T083000
DTEND:20250318T090000
SUMMARY:ring Kirsty Duncan re tech role
DESCRIPTION:ex RN medic\, NEBOSH done\, no PTW yet. good on paper. ask about
  rotation + if she'd do nights. 07700 900 133
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("outlook-reply", "040000008200E00074C5B7101A82E00800000000CC33DD44EE79DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        "user-as-interviewer-candidate-accepted-reply", r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250324T100000Z
DTEND:20250324T110000Z
DTSTAMP:20250313T194420Z
ORGANIZER;CN=Mackenzie\, Fiona:mailto:fiona.mackenzie@grampianoffshore.co.uk
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE79DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Graham Stewart;X-NUM-GUESTS=0:mailto:grahamstewart86@gmail.com
COMMENT:Thanks Fiona\, see you Monday. Graham
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - HSE Technician - Graham Stewart
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000DD44EE55FF79DB0100000000000000001000000012121212343434345656565678787878",
        "user-as-interviewer-agency-candidate-intro", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Darren Leith:mailto:darren.leith@oriongroup.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\,\n\nFurther to my email - Lewis Gray i
 s available for your HSE Technician vacancy (CV attached: 6 yrs as HSE tec
 h / medic on FPSOs\, NEBOSH Cert\, current BOSIET and OGUK medical). Happy
  to walk you through his background and availability for interview. Rate
  and terms as per our PSL agreement.\n\nDarren Leith\nSenior Consultant\, O
 rion Group Aberdeen\n
SUMMARY;LANGUAGE=en-GB:Lewis Gray - HSE Technician - candidate discussion
DTSTART;TZID=GMT Standard Time:20250317T160000
DTEND;TZID=GMT Standard Time:20250317T161500
UID:040000008200E00074C5B7101A82E00800000000DD44EE55FF79DB0100000000000000001000000012121212343434345656565678787878
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T090355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000EE55FF66AA7BDB010000000000000000100000003E3E3E3E5F5F5F5F7A7A7A7A9C9C9C9C",
        "user-as-interviewer-practical-assessment-assessor", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bruce, Alan":mailto:alan.bruce@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Practical assessment for the three shortlisted HS
 E Tech candidates at the training centre.\n09:00 PTW exercise - spot the f
 aults in a mocked-up hot work permit + isolation cert (Fiona to assess)\n
 10:30 Toolbox talk delivery (5 mins each)\n11:30 Incident scenario - first
  on scene\, preserve\, report\n13:30 Assessors' calibration + scores to Sh
 ona\n
SUMMARY;LANGUAGE=en-GB:Practical assessment - HSE Tech shortlist (assessors)
DTSTART;TZID=GMT Standard Time:20250327T090000
DTEND;TZID=GMT Standard Time:20250327T143000
UID:040000008200E00074C5B7101A82E00800000000EE55FF66AA7BDB010000000000000000100000003E3E3E3E5F5F5F5F7A7A7A7A9C9C9C9C
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T160022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Grampian Offshore Training Centre\, Altens
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000FF66AA77BB7BDB0100000000000000001000000044556677889900AABBCCDDEEFF112233",
        "user-as-interviewer-shadowing-panel-interviewer-training", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Thomson, Keith (Ops Manager)":mailto:keith.thomson@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Fiona - as part of your interviewer sign-off\, ple
 ase sit in and observe this one. You won't be scoring\, but we'll have a q
 uick debrief after on how the competency questions went.\nCandidate: Marc
 o Bell\, Control Room Operator.\nKeith\n
SUMMARY;LANGUAGE=en-GB:Shadowing - CRO interview (M Bell) - interviewer sign-off
DTSTART;TZID=GMT Standard Time:20250326T133000
DTEND;TZID=GMT Standard Time:20250326T143000
UID:040000008200E00074C5B7101A82E00800000000FF66AA77BB7BDB0100000000000000001000000044556677889900AABBCCDDEEFF112233
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T141414Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:ALT-MR1 Lochnagar
END:VEVENT
END:VCALENDAR
"""),
    neg("bookings-invite", "040000008200E00074C5B7101A82E008000000001A2B3C4D5E7BDB01000000000000000010000000BEEFBEEFBEEFBEEFBEEFBEEFBEEFBEEF",
        "user-as-interviewer-bookings-staff-member", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Grampian Offshore Careers:mailto:GOSCareers@grampianoffshore.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Okafor:mailto:d.okafor.hse@outlook.com
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: HSE Technician - screeni
 ng call (20 min)\nStaff member: Fiona Mackenzie\nCustomer: Daniel Okafor\, d
 .okafor.hse@outlook.com\, 07700 900562\nNotes from customer: Currently on F
 PSO in West of Shetland\, back onshore 24th.\n
SUMMARY;LANGUAGE=en-GB:HSE Technician - screening call (20 min) - Daniel Okafor
DTSTART;TZID=GMT Standard Time:20250325T120000
DTEND;TZID=GMT Standard Time:20250325T122000
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E7BDB01000000000000000010000000BEEFBEEFBEEFBEEFBEEFBEEFBEEFBEEF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T221805Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone call
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E008000000002B3C4D5E6F7BDB0100000000000000001000000077777777AAAAAAAA33333333DDDDDDDD",
        "user-as-interviewer-hiring-decision-resourcing-review", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Thomson, Keith (Ops Manager)":mailto:keith.thomson@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bruce, Alan":mailto:alan.bruce@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Decision on the two HSE Tech posts for the Ythan
  Alpha rotation (Q2 manning). Shona to bring the practical assessment score
 s and references. Agree offers / reserve list.\n
SUMMARY;LANGUAGE=en-GB:Resourcing review - HSE Techs Q2 - offers
DTSTART;TZID=GMT Standard Time:20250328T080000
DTEND;TZID=GMT Standard Time:20250328T084500
UID:040000008200E00074C5B7101A82E008000000002B3C4D5E6F7BDB0100000000000000001000000077777777AAAAAAAA33333333DDDDDDDD
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T080010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
]
