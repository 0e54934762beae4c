# ruff: noqa: E501  (raw iCalendar text: long content lines are data)
"""holdout148 events, part F: three more Irish interviews, then the user on the hiring side at school (raw iCalendar text)."""

from holdout148ev_tz import DUBLIN_G, GMT_WIN

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("pa-invite", "040000008200E00074C5B7101A82E00800000000B1E9C3F7D0A3DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Cronin, Dermot";SENT-BY="mailto:pa.principal@colaisteanchuain.ie":mailto:dermot.cronin@colaisteanchuain.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:aoife.brennan77@eircom.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CAC - Principal's Office":mailto:room.principal@colaisteanchuain.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Aoife\,\n\nDermot has asked me to send this on. He would like to meet with you informally before the board convenes - this is a one-to-one conversation with him as Principal and forms part of the selection process for the Deputy Principal post (the formal board interview follows on 22 May).\n\nCoffee will be in the office. Parking at the front of the school is fine after 4pm.\n\nRegards\,\nSandra Kiely\nPA to the Principal\n
UID:040000008200E00074C5B7101A82E00800000000B1E9C3F7D0A3DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=en-IE:Meeting with Dermot Cronin (Principal) - DP post
DTSTART;TZID=GMT Standard Time:20250515T161500
DTEND;TZID=GMT Standard Time:20250515T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T122500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:CAC - Principal's Office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Coláiste an Chuain", "Deputy Principal", "hiring_manager", "dermot.cronin@colaisteanchuain.ie",
    "informal-sounding-meeting-that-is-selection-stage-pa-sent")

add("goto", "goto-mtg-482-119-773-aoife@goto.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Technologies//GoTo Meeting//EN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
UID:goto-mtg-482-119-773-aoife@goto.com
DTSTAMP:20250224T200010Z
DTSTART;TZID=Europe/Dublin:20250303T190000
DTEND;TZID=Europe/Dublin:20250303T194000
SUMMARY:St. Finbarr's Cobh - BOM - DP Interviews - Slot 3
ORGANIZER;CN=Eileen Barrett:mailto:bomsecretary.stfinbarrscobh@outlook.ie
ATTENDEE;CN=Aoife Brennan;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
DESCRIPTION:St. Finbarr's Secondary School\, Cobh - Board of Management\nDeputy Principal appointment - online interviews\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/482119773\n\nYou can also dial in using your phone.\nAccess Code: 482-119-773\nIreland: +353 15 360 756\n\nNew to GoTo Meeting? Get the app now and be ready when your first meeting starts: https://meet.goto.com/install
LOCATION:https://meet.goto.com/482119773
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "St. Finbarr's Secondary School", "Deputy Principal", "", "", "goto-bom-secretary-on-outlook-ie-slot")

add("webex", "9f2c1a7b3e4d5f60a1b2c3d4e5f6a7b8@webex.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
UID:9f2c1a7b3e4d5f60a1b2c3d4e5f6a7b8@webex.com
DTSTAMP:20250411T081212Z
DTSTART;TZID=Europe/Dublin:20250424T101500
DTEND;TZID=Europe/Dublin:20250424T110000
SUMMARY:Mercy Heights Skibbereen - Principal competition - interview (A. Brennan)
ORGANIZER;CN=Nora Cotter:mailto:ncotter@ceist.ie
ATTENDEE;CN=aoife.brennan77@eircom.net;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Fr. Liam Coakley;RSVP=TRUE:mailto:liamcoakley.chair@gmail.com
ATTENDEE;CN=Nora Cotter;PARTSTAT=ACCEPTED:mailto:ncotter@ceist.ie
DESCRIPTION:Interview for the post of Principal\, Mercy Heights Secondary School\, Skibbereen.\nSelection board: Fr. Liam Coakley (Chairperson\, BOM)\; Nora Cotter (CEIST)\; external assessor (to be confirmed).\n\nJoin Webex meeting: https://ceist.webex.com/ceist/j.php?MTID=m3b1c0a9f8e7d6c5b4a3\nMeeting number: 2735 118 6402\nPassword: Mercy25!\nJoin by phone: +353 1 526 0058 Ireland toll\nAccess code: 2735 118 6402
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Mercy Heights Secondary School", "Principal", "", "liamcoakley.chair@gmail.com;ncotter@ceist.ie",
    "webex-trust-organizer-chair-on-gmail")

# ---- the user on the hiring side at Coláiste Naomh Eoin ----

add("sna-board", "040000008200E00074C5B7101A82E008000000004D1E8C77A1A1DB01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Mac Carthaigh, Seán":mailto:principal@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Uí Riordáin, Bríd (BOM Chair)":mailto:bom.chair@cnecork.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CNE - Boardroom":mailto:boardroom@cnecork.ie
DESCRIPTION;LANGUAGE=en-IE:Aoife\,\n\nThanks for agreeing to sit on the board for the two SNA posts. 9 shortlisted. Schedule:\n09:30 Board briefing\n09:45 / 10:15 / 10:45 / 11:15 Candidates 1-4\n11:45 break\n12:00 / 12:30 / 13:00 Candidates 5-7\n14:00 / 14:30 Candidates 8-9\n15:00 Marking agreed + ranking\n\nCVs and the marking scheme are in the Boardroom folder on SharePoint (Staffing > 2024-25 > SNA). Please don't print. Sub cover arranged for your classes.\n\nSeán\n
UID:040000008200E00074C5B7101A82E008000000004D1E8C77A1A1DB01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=en-IE:SNA Interviews
DTSTART;TZID=GMT Standard Time:20250123T093000
DTEND;TZID=GMT Standard Time:20250123T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250114T160212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:CNE - Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-sna-interview-board-work-calendar")

add("board-member", "040000008200E00074C5B7101A82E0080000000062B7D0F0C3B6DB01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F7",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Mac Carthaigh, Seán":mailto:principal@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Horgan, Michael":mailto:mhorgan.external@gmail.com
DESCRIPTION;LANGUAGE=en-IE:Selection board: Maths & Applied Maths (22 hrs\, fixed term 2025/26)\n\nBoard: Seán (chair)\, Aoife (subject specialist)\, Michael Horgan (external\, retired DP Bishopstown CS).\n6 candidates\, 30 min each. Candidates have been asked to bring a short sample of a LC Higher Level lesson plan. Use the agreed question bank - Aoife to lead on the subject questions (Q4-Q6).\n
UID:040000008200E00074C5B7101A82E0080000000062B7D0F0C3B6DB01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F7
SUMMARY;LANGUAGE=en-IE:Selection Board - Maths/Applied Maths post
DTSTART;TZID=GMT Standard Time:20250605T100000
DTEND;TZID=GMT Standard Time:20250605T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T111500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-selection-board-subject-specialist")

add("shortlisting", "3e0v7k2c9p1m5s8d4b6n0qtrfh@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250527T160000
DTEND;TZID=Europe/Dublin:20250527T173000
DTSTAMP:20250520T090011Z
ORGANIZER;CN=Seán Mac Carthaigh:mailto:principal@cnecork.ie
UID:3e0v7k2c9p1m5s8d4b6n0qtrfh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=abrennan@cnecork.ie;X-NUM-GUESTS=0:mailto:abrennan@cnecork.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Seán Mac Carthaigh;X-NUM-GUESTS=0:mailto:principal@cnecork.ie
DESCRIPTION:31 applications from educationposts.ie for the maths post. Sho
 rtlisting criteria as agreed by BOM (TC registration for Maths\, HL LC exp
 erience\, Applied Maths an advantage). Aim for 6.
LOCATION:Principal's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shortlisting - maths post
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-shortlisting-applications")

add("cand-reply", "040000008200E00074C5B7101A82E00800000000A7F0E1D2C3B4DB01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250605T113000Z
DTEND:20250605T120000Z
DTSTAMP:20250530T194402Z
ORGANIZER;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
UID:040000008200E00074C5B7101A82E00800000000A7F0E1D2C3B4DB01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Darra
 gh Ó Floinn;X-NUM-GUESTS=0:mailto:darraghofloinn94@gmail.com
CREATED:20250530T194402Z
DESCRIPTION:
LAST-MODIFIED:20250530T194402Z
LOCATION:Coláiste Naomh Eoin - main reception
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview - Maths/Applied Maths (fixed term 2025/26) - 12.30
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-candidate-accepted-reply-gmail")

add("ref-check", "C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250606T081101Z
DTSTAMP:20250606T081122Z
UID:C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F
SUMMARY:ref - Darragh O F (call Pres Thurles principal)
DTSTART:20250609T111000
DTEND:20250609T113000
DESCRIPTION:2nd ref = HoD in Thurles. Ask: classroom mgmt\, HL LC results\, reliability\, would you re-employ. Seán wants both refs in before BOM ratifies Thurs.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-reference-check-on-candidate")

add("prefects", "5b2n8d1q0s7e4k9m3h6c1vpxlg@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:abrennan@cnecork.ie
X-WR-TIMEZONE:Europe/Dublin
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250507T130500
DTEND;TZID=Europe/Dublin:20250507T135000
DTSTAMP:20250502T100000Z
UID:5b2n8d1q0s7e4k9m3h6c1vpxlg@google.com
CREATED:20250502T095900Z
DESCRIPTION:Prefect interviews - incoming 6th years (lunchtime). 4 per day
 \, 10 mins each. Panel: me + Mr Dineen (5th yr head) + Head Girl/Boy. Appl
 ication forms in the Year Head press. Score on the rubric (leadership\, re
 liability\, Cúram).
LOCATION:Rm 22
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prefect interviews 5th yrs (day 2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-prefect-selection-students")

add("ty-leaders", "1a9c5e7g3i2k4m6o8q0s2u4w6y@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:abrennan@cnecork.ie
X-WR-TIMEZONE:Europe/Dublin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250904
DTEND;VALUE=DATE:20250905
DTSTAMP:20250825T100000Z
UID:1a9c5e7g3i2k4m6o8q0s2u4w6y@google.com
DESCRIPTION:TY mini-company CEO + Meitheal leader "interviews" - during TY
  induction day. Students prepare a 1-min pitch. With Orla (TY coord).
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TY leader interviews (Meitheal / mini-co)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-transition-year-student-roles")

add("agency-cand", "040000008200E00074C5B7101A82E00800000000C9E1F2A3B4C5DB01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Eoghan Kavanagh":mailto:eoghan@teachrecruit.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lisa Grogan":mailto:lisagrogan.physics@gmail.com
DESCRIPTION;LANGUAGE=en-IE:Hi Aoife\,\n\nFurther to your request for Physics/Maths maternity cover from after Easter\, please find attached the CV of Lisa Grogan (PME UL 2023\, TC registered\, currently subbing in Limerick). Lisa is free to talk to you and the Principal at the time below - I've added her to the invite.\n\nEoghan Kavanagh\nTeachRecruit Ireland | Education Recruitment Specialists\n
UID:040000008200E00074C5B7101A82E00800000000C9E1F2A3B4C5DB01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=en-IE:Candidate call: Lisa Grogan - Physics maternity cover (CNE)
DTSTART;TZID=GMT Standard Time:20250312T154500
DTEND;TZID=GMT Standard Time:20250312T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T130033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-agency-sends-candidate-for-cover")
