"""holdout211 events, part b: Irish agency and Shannon MRO, Ryanair, Aer Lingus, Emerald (blind split, CC0 1.0)."""

from holdout211ev_tz import DUBLIN, GMT_STD

EVENTS = [
    dict(
        kind="agency-intro-unnamed", uid="BR7XQ2KDFGHMZ3LA@calendly.com",
        iv=0, trap="agency-screen-unnamed-client-shannon-mro",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:BR7XQ2KDFGHMZ3LA@calendly.com
DTSTAMP:20250128T211400Z
DTSTART:20250204T100000Z
DTEND:20250204T102000Z
SUMMARY:Ruben Castillo and Ciarán Walsh
DESCRIPTION:Event Name: 20 min intro call - Licensed Engineers (B1/B2)\n\nL
 ocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/8417735
 0291?pwd=QmFxT3lLa2Y\n\nHi Ruben\, thanks for booking in. I'm working on a
  couple of permanent B1 roles with a leading MRO at Shannon (narrowbody and
  widebody heavy checks) and some contract line roles around Dublin. Keen to
  hear what you're looking for\, your type ratings and your notice period.
  I'll share more detail on the client once we've spoken.\n\nCiarán\nKestrel
  Aviation Recruitment\n\nNeed to make changes to this event?\nCancel: https:
 //calendly.com/cancellations/7f2a1e0c\nReschedule: https://calendly.com/res
 chedulings/7f2a1e0c\n\nPowered by Calendly.com
LOCATION:https://us06web.zoom.us/j/84177350291?pwd=QmFxT3lLa2Y
ORGANIZER;CN=Ciarán Walsh:mailto:ciaran.walsh@kestrelaviation.ie
ATTENDEE;CN=Ruben Castillo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Ciarán Walsh;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ciaran.walsh@kestrelaviation.ie
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="agency-client-named", uid="6m3v0q9l2o8qk1hfl4rj0c2b7e@google.com",
        iv=1, company="Atlantic Aviation Group", role="B1 Licensed Aircraft Engineer - Base Maintenance Shannon",
        stage="recruiter_screen", who="ciaran.walsh@kestrelaviation.ie",
        trap="agency-screen-client-named-in-description",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250213T123000
DTEND;TZID=Europe/Dublin:20250213T131500
DTSTAMP:20250207T164500Z
ORGANIZER;CN=Ciarán Walsh:mailto:ciaran.walsh@kestrelaviation.ie
UID:6m3v0q9l2o8qk1hfl4rj0c2b7e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ciarán
  Walsh;X-NUM-GUESTS=0:mailto:ciaran.walsh@kestrelaviation.ie
DESCRIPTION:Hi Ruben\,\n\nGood news - the client is happy for me to name th
 em now: it's Atlantic Aviation Group (AAG) at Shannon Airport. Role: B1 Lic
 ensed Aircraft Engineer - Base Maintenance\, A320/B737 heavy checks\, 4-on-
 4-off.\n\nThis call is my formal screening before I submit you: licence/mod
 ules\, type courses\, right to work\, salary expectations\, relocation. Hav
 e your Part-66 licence and logbook handy.\n\nJoining info\nJoin with Google
  Meet: https://meet.google.com/kpe-zrbh-qwn\nJoin by phone: (IE) +353 1 536
  9112 PIN: 448 372 104#\n\nCiarán Walsh | Senior Consultant - Engineering\nK
 estrel Aviation Recruitment Ltd\, Limerick
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ruben Castillo / Kestrel - screening call (AAG Shannon B1)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="shannon-hangar-practical",
        uid="040000008200E00074C5B7101A82E0080000000030AA61C7E78FDB0100000000"
        "00000000100000004C9B1A2E8D7F6E4A9A0B3C2D1E0F9A8B",
        iv=1, company="Atlantic Aviation Group", role="B1 Licensed Aircraft Engineer",
        stage="technical", who="dmcnamara@aag.com;sinead.oconnor@aag.com",
        trap="outlook-gmt-standard-practical-assessment-hangar",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Connor, Sinead":mailto:sinead.oconnor@aag.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McNamara, Declan":mailto:DMcNamara@aag.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Walsh, C
 iarán (Kestrel)":mailto:ciaran.walsh@kestrelaviation.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SNN Hangar 2 T
 raining Bay":mailto:snn-h2-trainingbay@aag.com
DESCRIPTION;LANGUAGE=en-IE:Hi Ruben\,\n\nFurther to your screening with Ci
 arán\, we'd like to invite you to Shannon for a practical assessment and in
 terview.\n\n09:00 Site induction and safety brief\n09:30 Practical assessme
 nt in Hangar 2 with Declan McNamara (Base Maintenance Manager): panel remov
 al/installation\, torque and locking\, borescope familiarisation\, task car
 d and CRS entries\n12:00 Interview with Declan and myself\n\nPlease bring yo
 ur passport\, Part-66 licence and safety boots. We will cover reasonable tr
 avel costs from Seville.\n\nKind regards\,\nSinéad O'Connor\nHR Business Par
 tner | Atlantic Aviation Group\nShannon Airport\, Co. Clare\, V14 EE06\n
UID:040000008200E00074C5B7101A82E0080000000030AA61C7E78FDB010000000000000000100000004C9B1A2E8D7F6E4A9A0B3C2D1E0F9A8B
SUMMARY;LANGUAGE=en-IE:Practical Assessment & Interview - Ruben Castillo Na
 varro (B1)
DTSTART;TZID=GMT Standard Time:20250306T090000
DTEND;TZID=GMT Standard Time:20250306T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T103010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:SNN Hangar 2 Training Bay
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workday-online-test", uid="WD-RYR-JR-0048213-ASMT@myworkday.com",
        iv=1, company="Ryanair", role="Aircraft Maintenance Engineer B1 - Dublin Hangar",
        stage="technical", who="",
        trap="workday-online-technical-assessment-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-RYR-JR-0048213-ASMT@myworkday.com
DTSTAMP:20250114T170221Z
DTSTART:20250121T180000Z
DTEND:20250121T190000Z
SUMMARY:Ryanair Engineering - Online Technical Assessment (Part-66)
DESCRIPTION:Dear Ruben\,\n\nAs the next step for JR-0048213 Aircraft Mainte
 nance Engineer B1 - Dublin Hangar\, please complete the online technical as
 sessment. It consists of 50 multiple choice questions covering Part-66 modu
 les 6\, 7A\, 11A and 15 and a short B737 systems section. You will have 60 m
 inutes. The assessment must be completed within your booked slot.\n\nAsses
 sment link: https://ryanair.wd3.myworkday.com/ryanair/d/task/2998$4413.htm
 l\n\nBest of luck!\nRyanair Talent Acquisition - Engineering
LOCATION:Online
ORGANIZER;CN=Ryanair Careers:mailto:ryanair@myworkday.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-bmm-interview", uid="ryr-eng-int-5510-rcn@ryanair.com",
        iv=1, company="Ryanair", role="Aircraft Maintenance Engineer B1 - Dublin Hangar",
        stage="hiring_manager", who="keanem@ryanair.com;o'brienl@ryanair.com",
        trap="workday-teams-hiring-manager-dublin",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:ryr-eng-int-5510-rcn@ryanair.com
DTSTAMP:20250129T114200Z
DTSTART;TZID=Europe/Dublin:20250205T093000
DTEND;TZID=Europe/Dublin:20250205T103000
SUMMARY:Interview: Ruben Castillo Navarro - AME B1 Dublin Hangar
ORGANIZER;CN="Byrne, Aoife";SENT-BY="mailto:engineeringrecruitment@ryanair.com":mailto:ByrneA@ryanair.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ruben Cas
 tillo Navarro:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Keane, Mark":mailto:KeaneM@ryanair.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="O'Brien, Lisa":mailto:O'BrienL@ryanair.com
DESCRIPTION:Hi Ruben\,\n\nCongratulations on passing the technical assessmen
 t. Your interview will be with Mark Keane (Hangar Shift Manager) and Lisa O'
 Brien (Engineering Recruitment). Expect technical questions on B737 systems
  and a few competency questions.\n\nAoife Byrne\nTalent Acquisition Coordin
 ator\n\n________________________________________________________________
 ________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile a
 pp or room device\nClick here to join the meeting <https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_N2E4NzVm@thread.v2/0>\nMeeting ID: 381 502 774
  956\nPasscode: dK7r2n\nOr call in (audio only)\n+353 1 653 4471\,\,6623090
 1#   Ireland\, Dublin\nPhone Conference ID: 662 309 01#\n_______________
 _________________________________________________________________
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="competency-interview-english", uid="WD-EIN-R-11984-INT1@myworkday.com",
        iv=1, company="Aer Lingus", role="Licensed Aircraft Engineer (B1) - Line Maintenance Dublin",
        stage="hiring_manager", who="niamh.kelly@aerlingus.com;p.dunne@aerlingus.com",
        trap="workday-english-competency-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:WD-EIN-R-11984-INT1@myworkday.com
DTSTAMP:20250226T090500Z
DTSTART;TZID=Europe/Dublin:20250304T143000
DTEND;TZID=Europe/Dublin:20250304T153000
SUMMARY:Aer Lingus Interview - Licensed Aircraft Engineer (B1) - Line Maint
 enance Dublin
DESCRIPTION:Dear Ruben\,\n\nWe are pleased to invite you to a competency-bas
 ed interview for the role of Licensed Aircraft Engineer (B1) - Line Mainten
 ance Dublin (R-11984).\n\nInterview panel:\n- Pádraig Dunne\, Line Maintena
 nce Manager\n- Niamh Kelly\, Talent Acquisition Partner\n\nThe interview wi
 ll take place on Microsoft Teams and will be conducted in English. Please u
 se the STAR format when answering competency questions and have your licen
 ce to hand.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 YjU4ZTAx@thread.v2/0\n\nKind regards\,\nAer Lingus Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Aer Lingus Careers:mailto:aerlingus@myworkday.com
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Niamh Kelly;ROLE=REQ-PARTICIPANT:mailto:Niamh.Kelly@aerlingus.com
ATTENDEE;CN=Padraig Dunne;ROLE=REQ-PARTICIPANT:mailto:P.Dunne@aerlingus.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="final-onsite-dublin", uid="WD-EIN-R-11984-INT2@myworkday.com",
        iv=1, company="Aer Lingus", role="Licensed Aircraft Engineer (B1) - Line Maintenance Dublin",
        stage="final", who="p.dunne@aerlingus.com;c.walshe@aerlingus.com",
        trap="workday-final-onsite-dublin-airport",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:WD-EIN-R-11984-INT2@myworkday.com
DTSTAMP:20250314T101500Z
DTSTART;TZID=Europe/Dublin:20250327T110000
DTEND;TZID=Europe/Dublin:20250327T123000
SUMMARY:Final Interview - Licensed Aircraft Engineer (B1) - Aer Lingus
DESCRIPTION:Dear Ruben\,\n\nThank you for your time on 4 March. We would lik
 e to invite you to a final interview at our Technical Operations building
 \, Dublin Airport.\n\nPanel: Pádraig Dunne (Line Maintenance Manager) and C
 olm Walshe (Head of Line Maintenance). This will include a short technical
  discussion on an A320 defect scenario and a tour of the line station.\n\nR
 eception: Hangar 6\, Dublin Airport\, K67 AP84. Please bring photo ID.\n\nKi
 nd regards\,\nAer Lingus Talent Acquisition
LOCATION:Hangar 6 Reception\, Dublin Airport
ORGANIZER;CN=Aer Lingus Careers:mailto:aerlingus@myworkday.com
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Padraig Dunne;ROLE=REQ-PARTICIPANT:mailto:P.Dunne@aerlingus.com
ATTENDEE;CN=Colm Walshe;ROLE=REQ-PARTICIPANT:mailto:C.Walshe@aerlingus.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cancelled-video-interview", uid="7f3c1a9e-ea11-4d4b-8c55-emerald-hr-2211",
        iv=1, company="Emerald Airlines", role="B1 Licensed Engineer ATR 72 - Dublin",
        stage="hiring_manager", who="eoin.fitzgerald@emeraldairlines.com",
        trap="outlook-method-cancel-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Hayes, Gráinne":mailto:grainne.hayes@emeraldairlines.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fitzgera
 ld, Eoin":mailto:eoin.fitzgerald@emeraldairlines.com
DESCRIPTION;LANGUAGE=en-IE:Hi Ruben\, apologies - Eoin has been called away
  on an AOG in Belfast. I'll be in touch to rearrange.\n\nGráinne\n
UID:7f3c1a9e-ea11-4d4b-8c55-emerald-hr-2211
SUMMARY;LANGUAGE=en-IE:Canceled: Video interview - Ruben Castillo - B1 ATR
  72 Dublin (Eoin Fitzgerald\, Chief Engineer)
DTSTART;TZID=GMT Standard Time:20250319T150000
DTEND;TZID=GMT Standard Time:20250319T154500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250318T172233Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
]
