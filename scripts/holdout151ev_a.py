"""holdout151 events, part a: Network Rail, Royal Borough of Greenwich, Thames Water (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

NR_FINAL_UID = (
    "040000008200E00074C5B7101A82E00800000000A0C3F2E1B4E5DC010000"
    "00000000000010000000D41F6A7C2B9E8F4AB5C1D2E3F4A5B6C7"
)

EVENTS = [
    E(
        "phone-screen",
        "sf-intsched-187342-55120934@successfactors.eu",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:sf-intsched-187342-55120934@successfactors.eu
DTSTAMP:20260908T141203Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20260915T100000
DTEND;TZID=Europe/London:20260915T103000
SUMMARY:Telephone Interview - Senior Programme Manager (Capital Delivery\,
  Wessex) - Req 187342
LOCATION:Telephone - Sophie will call you on 07700 914 662
DESCRIPTION:Dear Samuel\,\n\nThank you for your application for the role o
 f Senior Programme Manager (Capital Delivery\, Wessex) at Network Rail.\n\n
 We are pleased to confirm your telephone interview with Sophie Harding\, T
 alent Acquisition Partner. The call will last around 30 minutes and will c
 over your experience\, motivation and salary expectations.\n\nIf you need to
  rearrange please use the link in your confirmation email. Please do not r
 eply to this calendar invitation.\n\nKind regards\nNetwork Rail Recruitment
ORGANIZER;CN=Network Rail Careers:mailto:noreply-careers@networkrail.co.uk
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Sophie Harding;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:so
 phie.harding@networkrail.co.uk
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Network Rail",
        role="Senior Programme Manager (Capital Delivery, Wessex)",
        stage="recruiter_screen",
        who="sophie.harding@networkrail.co.uk",
        trap="successfactors-telephone-interview-talent-partner",
    ),
    E(
        "panel-onsite",
        "040000008200E00074C5B7101A82E00800000000F07B9C1D3E4FDC010000000000000000100000007A2C93B1E44D0148A9D6C1B0E2F3A4B5",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Okonjo, David";SENT-BY="mailto:karen.bates@networkrail.co.uk"
 :mailto:david.okonjo@networkrail.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield
 , Helen":mailto:helen.whitfield@networkrail.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;C
 N="MK-Quadrant-2B.14 (8) VC":mailto:mk-quadrant-2b14@networkrail.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\,\n\nFurther to your conversation with
  Sophie\, David would like to invite you to interview at The Quadrant.\n\nT
 he interview will be 90 minutes with David Okonjo (Programme Director) and
  Helen Whitfield (Head of Project Controls). It will be competency based u
 sing our behaviours framework\, followed by a technical discussion. Please
  prepare a 10 minute presentation: "How would you recover a programme of r
 enewals that is 12 weeks behind in CP7?"\n\nPlease bring photo ID and sign
  in at main reception\, ground floor.\n\nMany thanks\nKaren\n\nKaren Bates
 \nExecutive Assistant to David Okonjo\n
UID:040000008200E00074C5B7101A82E00800000000F07B9C1D3E4FDC010000000000000000
 100000007A2C93B1E44D0148A9D6C1B0E2F3A4B5
SUMMARY;LANGUAGE=en-GB:Interview - Samuel Mensah - Snr Programme Manager Ca
 pital Delivery Wessex
DTSTART;TZID=GMT Standard Time:20261006T133000
DTEND;TZID=GMT Standard Time:20261006T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T091544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:The Quadrant:MK\, Elder Gate\, Milton Keynes MK9 1E
 N - Room 2B.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Network Rail",
        role="Snr Programme Manager Capital Delivery Wessex",
        stage="onsite",
        who="david.okonjo@networkrail.co.uk;helen.whitfield@networkrail.co.uk",
        trap="outlook-sent-by-pa-panel-with-room-resource",
    ),
    E(
        "final-teams",
        NR_FINAL_UID,
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Bates, Karen":mailto:karen.bates@networkrail.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marsh, Jo
 nathan":mailto:jonathan.marsh@networkrail.co.uk
DESCRIPTION;LANGUAGE=en-GB:Samuel\, final stage with Jonathan Marsh\, Route
  Director Wessex. 45 mins\, informal but structured - values and leadersh
 ip. \n\n__________________________________________________________________
 ______________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app
  or room device\nClick here to join the meeting<https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_NzQ1ZTJhYjEtOGQ2Ni00MGI3LWE5ZTEtYmQ0NjFhOTc1Y
 2Q3%40thread.v2/0?context=%7b%22Tid%22%3a%22c22cc3e1%22%7d>\nMeeting ID: 3
 81 552 904 117\nPasscode: Qe3Vt7\nDownload Teams | Join on the web\nJoin wi
 th a video conferencing device\nnetworkrail@m.webex.com\nVideo Conference
  ID: 118 493 220 6\n___________________________________________________________
 _____________________\n
UID:"""
        + NR_FINAL_UID
        + r"""
SUMMARY;LANGUAGE=en-GB:Final interview - Samuel Mensah / Jonathan Marsh
DTSTART;TZID=GMT Standard Time:20261022T161500
DTEND;TZID=GMT Standard Time:20261022T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T103022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_NzQ1ZTJhYjEtOGQ2Ni00MGI3LWE5ZTEtYmQ0NjFhOTc1Y2Q3%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Network Rail",
        stage="final",
        who="jonathan.marsh@networkrail.co.uk",
        trap="outlook-final-teams-sent-by-pa-as-organizer",
    ),
    E(
        "final-moved",
        NR_FINAL_UID,
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Bates, Karen":mailto:karen.bates@networkrail.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marsh, Jo
 nathan":mailto:jonathan.marsh@networkrail.co.uk
DESCRIPTION;LANGUAGE=en-GB:Apologies Samuel - Jonathan has been called to a
 n incident review on the Thursday so we have moved this to Tuesday 27th\, s
 ame time. Same Teams link.\n\nSamuel\, final stage with Jonathan Marsh\, Ro
 ute Director Wessex. 45 mins\, informal but structured - values and leaders
 hip. \n\n_________________________________________________________________
 _______________\nMicrosoft Teams meeting\nJoin on your computer\, mobile ap
 p or room device\nClick here to join the meeting<https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_NzQ1ZTJhYjEtOGQ2Ni00MGI3LWE5ZTEtYmQ0NjFhOTc1Y
 2Q3%40thread.v2/0?context=%7b%22Tid%22%3a%22c22cc3e1%22%7d>\nMeeting ID: 3
 81 552 904 117\nPasscode: Qe3Vt7\n________________________________________
 ________________________________________\n
UID:"""
        + NR_FINAL_UID
        + r"""
SUMMARY;LANGUAGE=en-GB:Final interview - Samuel Mensah / Jonathan Marsh
DTSTART;TZID=GMT Standard Time:20261027T161500
DTEND;TZID=GMT Standard Time:20261027T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T084110Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Network Rail",
        stage="final",
        who="jonathan.marsh@networkrail.co.uk",
        trap="rescheduled-final-same-uid-higher-sequence",
    ),
    E(
        "written-exercise",
        "oleeo-RBG-26-1143-cand-88217-ex1@greenwich.oleeo.co.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Recruit Calendar//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:oleeo-RBG-26-1143-cand-88217-ex1@greenwich.oleeo.co.uk
DTSTAMP:20260929T160500Z
DTSTART:20261013T084500Z
DTEND:20261013T094500Z
SUMMARY:Royal Borough of Greenwich - Written Exercise - Head of Highways &
  Transport Projects (RBG-26-1143)
LOCATION:The Woolwich Centre\, 35 Wellington Street\, London SE18 6HQ - Com
 mittee Room 4
DESCRIPTION:Dear Samuel Mensah\,\n\nThank you for attending the selection p
 rocess for the above post. You will first complete a 60 minute written exe
 rcise (a briefing note to the Cabinet Member on a proposed School Streets
  programme). A laptop will be provided. This is followed by your interview
  at 11:00.\n\nPlease arrive 15 minutes early and bring your right to work d
 ocuments (passport or share code).\n\nRecruitment Team\nRoyal Borough of Gr
 eenwich
ORGANIZER;CN=RBG Recruitment:mailto:no-reply@greenwich.oleeo.co.uk
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Royal Borough of Greenwich",
        role="Head of Highways & Transport Projects",
        stage="technical",
        trap="council-written-exercise-before-panel-utc-times",
    ),
    E(
        "panel-council",
        "oleeo-RBG-26-1143-cand-88217-int1@greenwich.oleeo.co.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Recruit Calendar//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:oleeo-RBG-26-1143-cand-88217-int1@greenwich.oleeo.co.uk
DTSTAMP:20260929T160500Z
DTSTART:20261013T100000Z
DTEND:20261013T110000Z
SUMMARY:Royal Borough of Greenwich - Interview - Head of Highways & Transpo
 rt Projects (RBG-26-1143)
LOCATION:The Woolwich Centre\, 35 Wellington Street\, London SE18 6HQ - Com
 mittee Room 4
DESCRIPTION:Dear Samuel Mensah\,\n\nYour interview will be conducted by a p
 anel using Success Profiles. You will be assessed against the following B
 ehaviours: Leadership\; Delivering at Pace\; Communicating and Influencin
 g\; Managing a Quality Service. There will also be Strengths questions and
  a Technical question on highways asset management.\n\nPanel: Andrew Pike
  (Director of Regeneration and Place)\, Fatima Begum (Assistant Director\,
  Transport)\, Cllr Denise Scott-McDonald (Cabinet Member for Transport). Ge
 mma Lloyd (HR Business Partner) will be in attendance as note-taker.\n\nRe
 cruitment Team\nRoyal Borough of Greenwich
ORGANIZER;CN=RBG Recruitment:mailto:no-reply@greenwich.oleeo.co.uk
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Royal Borough of Greenwich",
        role="Head of Highways & Transport Projects",
        stage="onsite",
        who="Andrew Pike;Fatima Begum;Cllr Denise Scott-McDonald",
        trap="council-success-profiles-panel-names-in-body",
    ),
    E(
        "workday-screen",
        "WD-Calendar-JR-0026198-c0b2e8f1d4a9@thameswater.myworkday.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-Calendar-JR-0026198-c0b2e8f1d4a9@thameswater.myworkday.com
DTSTAMP:20260911T083000Z
DTSTART:20260917T110000Z
DTEND:20260917T114500Z
SUMMARY:Interview for Programme Manager - Capital Delivery (JR-0026198)
LOCATION:Microsoft Teams
DESCRIPTION:Hello Samuel\,\n\nYou have been scheduled for an interview.\n\n
 Job Requisition: JR-0026198 Programme Manager - Capital Delivery\nInterview
 er(s): Ryan Clegg\nFormat: Video call (Microsoft Teams). Link: https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_Y2E1ZDk3%40thread.v2/0\n\nThank
  you\nThames Water Talent Acquisition
ORGANIZER;CN=Thames Water Careers:mailto:thameswater@myworkday.com
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.mensah.
 ce@btinternet.com
ATTENDEE;CN=Ryan Clegg;ROLE=REQ-PARTICIPANT:mailto:ryan.clegg@thameswater.c
 o.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Thames Water",
        role="Programme Manager - Capital Delivery",
        stage="recruiter_screen",
        who="ryan.clegg@thameswater.co.uk",
        trap="workday-interview-bst-in-utc",
    ),
    E(
        "conversation",
        "040000008200E00074C5B7101A82E0080000000020D1F3A2C24FDC01000000000000000010000000B3E9A0C17F2D6B4E81A2B3C4D5E6F701",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Adeyemi, Grace":mailto:grace.adeyemi@thameswater.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lines, Pe
 ter":mailto:peter.lines@thameswater.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\, looking forward to talking. Ryan has
  shared your CV. I'll take you through the AMP8 capital programme at Becton
  and Deephams and want to hear how you'd run the interface with our delive
 ry partners. Peter (Head of Commercial) may join for the last half hour.\n\
 nGrace\n\n________________________________________________________________
 ________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_ZmE2OTlk%40thread.v2/0\nMeeting ID: 392 774 1
 08 215\nPasscode: 8pDs2R\nDial in by phone\n+44 20 3321 5240\,\,819274655#
  United Kingdom\, London\nPhone conference ID: 819 274 655#\n_______________
 _________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000020D1F3A2C24FDC010000000000000000
 10000000B3E9A0C17F2D6B4E81A2B3C4D5E6F701
SUMMARY;LANGUAGE=en-GB:Samuel Mensah / Grace Adeyemi - Programme Manager CD
DTSTART;TZID=GMT Standard Time:20261001T083000
DTEND;TZID=GMT Standard Time:20261001T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260922T170212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Thames Water",
        role="Programme Manager CD",
        stage="hiring_manager",
        who="grace.adeyemi@thameswater.co.uk;peter.lines@thameswater.co.uk",
        trap="hiring-manager-outlook-no-interview-word",
    ),
]
