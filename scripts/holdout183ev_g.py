"""holdout183 events, part G: Oliver on the hiring side at The Ledger (trainee scheme, maternity-cover reporter)."""

from holdout183ev_zones import GMT_STD

EVENTS = []

# Oleeo: graduate scheme interview panel slot for Oliver as panellist
EVENTS.append(dict(
    kind="oleeo", iv=0, hiring=True,
    trap="user-as-interviewer-grad-scheme-panel-slot",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Oleeo Recruit//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:oleeo-ledger-tjs25-panel-0311-am@oleeo.com
DTSTAMP:20250303T113000Z
DTSTART:20250311T093000Z
DTEND:20250311T123000Z
SUMMARY:Trainee Journalist Scheme 2025 - Interview Panel (AM) - Panel B
DESCRIPTION:Dear Oliver\\,\\n\\nThank you for volunteering as a panel member
  for the Trainee Journalist Scheme 2025. You are on Panel B with Rachel Ogund
 e (Head of Talent Development).\\n\\n09:30 Candidate TJS-0147\\n10:15 Candidate
  TJS-0203\\n11:00 Candidate TJS-0088\\n11:45 Candidate TJS-0311\\n\\nCandidate pac
 ks and the scoring guide are in the Oleeo interviewer portal. Please submit s
 cores within 24 hours.\\n\\nLedger Early Careers
LOCATION:The Ledger\\, 5th floor\\, Room 5.02 (Fleet)
ORGANIZER;CN=Ledger Early Careers:mailto:earlycareers@theledger.co.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=ACCEPTED:mailto:oliver.kemp@theledger.co.uk
ATTENDEE;CN=Rachel Ogunde;PARTSTAT=ACCEPTED:mailto:rachel.ogunde@theledger.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Teamtailor: Oliver as interviewer for maternity-cover reporter
EVENTS.append(dict(
    kind="teamtailor", iv=0, hiring=True,
    trap="user-as-interviewer-teamtailor-interviewer-copy",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-119004512@teamtailor.com
DTSTAMP:20250130T141100Z
DTSTART:20250206T103000Z
DTEND:20250206T111500Z
SUMMARY:Interview: Kemal Aydin - Business Reporter (12-month maternity cover)
DESCRIPTION:Interviewers: Oliver Kemp\\, Fiona Gallagher\\nCandidate: Kemal Ayd
 in\\nStage: First interview\\n\\nOpen the candidate profile in Teamtailor to see
  CV\\, cuttings and screening answers. Remember to leave your evaluation after
  the interview.\\n\\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_MTkzZjA2
LOCATION:Microsoft Teams
ORGANIZER;CN=The Ledger:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION:mailto:oliver.kemp@theledger.co.uk
ATTENDEE;CN=Fiona Gallagher;PARTSTAT=ACCEPTED:mailto:fiona.gallagher@theledger.co.uk
ATTENDEE;CN=Kemal Aydin;PARTSTAT=ACCEPTED:mailto:kemal.aydin91@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Scorecard reminder, Oleeo
EVENTS.append(dict(
    kind="oleeo-task", iv=0, hiring=True,
    trap="user-as-interviewer-scoring-deadline",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Oleeo Recruit//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:oleeo-ledger-tjs25-scores-due-panelB@oleeo.com
DTSTAMP:20250311T130000Z
DTSTART:20250312T120000Z
DTEND:20250312T121500Z
SUMMARY:Action required: submit interview scores - TJS 2025 Panel B
DESCRIPTION:You have 2 of 4 score sheets outstanding (TJS-0088\\, TJS-0311).
  Moderation cannot start until all panel scores are in.
ORGANIZER;CN=Ledger Early Careers:mailto:earlycareers@theledger.co.uk
ATTENDEE;CN=Oliver Kemp:mailto:oliver.kemp@theledger.co.uk
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

# Marking the news-writing test, typed at work in Outlook
EVENTS.append(dict(
    kind="outlook-self", iv=0, hiring=True,
    trap="user-as-interviewer-marking-writing-tests",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + GMT_STD + """BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250217T090112Z
DESCRIPTION:batch 3 of the trainee news-writing tests - 14 scripts. Use the
  marking grid (accuracy / intro / numbers / law). Flag anyone who invents quo
 tes.\\n
DTEND;TZID="GMT Standard Time":20250219T170000
DTSTAMP:20250217T090112Z
DTSTART;TZID="GMT Standard Time":20250219T150000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Mark TJS tests (batch 3) - DO NOT BOOK
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000077A1B2C3D483DB01000000000000000010000000CAFEBABE00112233445566778899AABB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

# Wash-up / moderation
EVENTS.append(dict(
    kind="outlook", iv=0, hiring=True,
    trap="user-as-interviewer-moderation-wash-up",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Ogunde, Rachel":mailto:rachel.ogunde@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gallagher
 , Fiona":mailto:fiona.gallagher@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker, Joe":mailto:joe.whitaker@theledger.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="5.01 Strand (12)":mailto:room.5.01@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Moderation of all four panels' scores and agreein
 g the 12 to invite to the assessment day. Please bring your notes. Biscuits
  provided.\\n
UID:040000008200E00074C5B7101A82E0080000000031C4D5E6F786DB01000000000000000010000000D00DFEED11223344556677889900AABB
SUMMARY;LANGUAGE=en-GB:TJS 2025 - panel wash-up & moderation
DTSTART;TZID=GMT Standard Time:20250314T140000
DTEND;TZID=GMT Standard Time:20250314T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:5.01 Strand (12)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Assessment day: Oliver runs the press-conference exercise, all-day
EVENTS.append(dict(
    kind="outlook-allday", iv=0, hiring=True,
    trap="user-as-interviewer-assessment-day-assessor",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ledger Early Careers":mailto:earlycareers@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:TJS 2025 assessment day - 12 candidates. Oliver:
  you're running the mock press conference (you play the CEO of a collapsing
  water company\\, 20 mins\\, twice) and assessing the news-writing exercise th
 at follows. Assessors' briefing 08:30 in the Strand room.\\n
UID:040000008200E00074C5B7101A82E0080000000042D5E6F7A887DB01000000000000000010000000ABCD0000111122223333444455556666
SUMMARY;LANGUAGE=en-GB:ASSESSOR - Trainee Journalist Scheme assessment day
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T140000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""))

# Final selection board, chaired by the deputy editor
EVENTS.append(dict(
    kind="outlook", iv=0, hiring=True,
    trap="user-as-interviewer-final-selection-board",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Joe":mailto:joe.whitaker@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ogunde, Rachel":mailto:rachel.ogunde@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Decide the six offers + reserve list. Assessor sc
 ores attached. Editor will join for the last 15 mins to sign off.\\n
UID:040000008200E00074C5B7101A82E0080000000053E6F7A8B988DB01000000000000000010000000FACE0000FACE1111FACE2222FACE3333
SUMMARY;LANGUAGE=en-GB:TJS selection board
DTSTART;TZID=GMT Standard Time:20250328T110000
DTEND;TZID=GMT Standard Time:20250328T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Editor's office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Interviewer training (shadowing before panel)
EVENTS.append(dict(
    kind="teams-training", iv=0, hiring=True,
    trap="user-as-interviewer-fair-selection-training",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Learning & Development":mailto:learning@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Mandatory for all TJS panel members. Structured q
 uestioning\\, scoring against the framework\\, bias and reasonable adjustments
 . You will shadow a recorded interview and score it.\\n\\nMicrosoft Teams meet
 ing\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_NDQ0OWJh>\\n
UID:040000008200E00074C5B7101A82E0080000000064F7A8B9CA89DB0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=en-GB:Interviewer skills: fair selection (TJS panels)
DTSTART;TZID=GMT Standard Time:20250305T100000
DTEND;TZID=GMT Standard Time:20250305T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Trial shift Oliver supervises
EVENTS.append(dict(
    kind="gcal-work", iv=0, hiring=True,
    trap="user-as-interviewer-supervises-candidate-trial-shift",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250218T093000Z
DTEND:20250218T180000Z
DTSTAMP:20250212T163300Z
ORGANIZER;CN=Fiona Gallagher:mailto:fiona.gallagher@theledger.co.uk
UID:5n7p9r1t3v5x7z9b1d3f5h7j9l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Oliver Kemp;X-NUM-GUESTS=0:mailto:oliver.kemp@theledger.co.uk
CREATED:20250212T163250Z
DESCRIPTION:Kemal (mat cover shortlist) in for a trial shift on the busines
 s desk. Oliver - can you sit him next to you\\, give him the Thames Water f
 ollow-up and a results story\\, and tell me at 6 how he did? Security pass is
  at front desk.
LAST-MODIFIED:20250212T163300Z
LOCATION:Business desk\\, 4th floor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kemal A - trial shift (biz desk)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Coffee with an applicant on free mail
EVENTS.append(dict(
    kind="gcal-personal", iv=0, hiring=True,
    trap="user-as-interviewer-coffee-with-applicant-on-gmail",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250129T083000Z
DTEND:20250129T091500Z
DTSTAMP:20250126T112044Z
ORGANIZER;CN=Oliver Kemp:mailto:oliver.kemp@theledger.co.uk
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD44@theledger.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hannah.
 wray1999@gmail.com;X-NUM-GUESTS=0:mailto:hannah.wray1999@gmail.com
COMMENT:Thanks so much - see you there! I'll bring the cuttings. Hannah
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Coffee - Hannah Wray / Oliver (maternity cover role)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Agency sends a candidate for the mat-cover role
EVENTS.append(dict(
    kind="agency-candidate", iv=0, hiring=True,
    trap="user-as-interviewer-agency-presents-candidate",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + """BEGIN:VEVENT
ATTENDEE;CN="Oliver Kemp";RSVP=TRUE:mailto:oliver.kemp@theledger.co.uk
ATTENDEE;CN="Daniel Cho";RSVP=TRUE:mailto:danielcho.writes@gmail.com
CLASS:PUBLIC
CREATED:20250123T155512Z
DESCRIPTION:Hi Oliver\\,\\n\\nAs discussed\\, I'd like to introduce Daniel Cho
  for the 12-month Business Reporter cover. Daniel is currently at Reuters Bre
 akingviews on a freelance contract\\, strong on markets and deals. CV and thr
 ee cuttings attached. I've put in 30 minutes for you both on Teams - do move
  it if needed.\\n\\nBest\\nPriti Sharma\\nMedia Contacts Recruitment\\n
DTEND;TZID="GMT Standard Time":20250131T123000
DTSTAMP:20250123T155512Z
DTSTART;TZID="GMT Standard Time":20250131T120000
LOCATION:Microsoft Teams
ORGANIZER;CN="Priti Sharma":mailto:priti.sharma@mediacontacts.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Daniel Cho <> Oliver Kemp - Business Reporter (mat cover)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DB010000000000000000100000009999AAAA8888BBBB7777CCCC6666DDDD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

# Candidate's accepted reply to Oliver's Outlook invite (second interview he chairs)
EVENTS.append(dict(
    kind="outlook-reply", iv=0, hiring=True,
    trap="user-as-interviewer-candidate-accepts-second-interview",
    ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Kemal Aydin:mailto:kemal.aydin91@outlook.com
COMMENT;LANGUAGE=en-GB:Thanks Oliver\\, that works - see you at reception.\\n
SUMMARY;LANGUAGE=en-GB:Accepted: 2nd interview - Business Reporter (mat cover) - Kemal Aydin
DTSTART;TZID=GMT Standard Time:20250225T143000
DTEND;TZID=GMT Standard Time:20250225T153000
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DB0100000000000000001000000011223344AABBCCDD55667788EEFF0011
ORGANIZER;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T081500Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:The Ledger\\, 4th floor - Room 4.06
END:VEVENT
END:VCALENDAR
"""))

# The second interview itself, as held in Oliver's work calendar (he chairs)
EVENTS.append(dict(
    kind="outlook-organiser", iv=0, hiring=True,
    trap="user-as-interviewer-chairs-second-interview",
    ics="""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kemal Aydin:mailto:kemal.aydin91@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gallagher, Fiona":mailto:fiona.gallagher@theledger.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="4.06 Aldwych (6)":mailto:room.4.06@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Kemal - 2nd interview. Me in the chair\\, Fiona on
  numbers. 20 min story-ideas pitch (he sends 5 by Mon)\\, 20 min data test deb
 rief\\, 15 min his Qs. Pass to HR by Weds.\\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DB0100000000000000001000000011223344AABBCCDD55667788EEFF0011
SUMMARY;LANGUAGE=en-GB:2nd interview - Business Reporter (mat cover) - Kemal Aydin
DTSTART;TZID=GMT Standard Time:20250225T143000
DTEND;TZID=GMT Standard Time:20250225T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:4.06 Aldwych (6)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))
