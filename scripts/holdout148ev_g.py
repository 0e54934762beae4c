# ruff: noqa: E501  (raw iCalendar text: long content lines are data)
"""holdout148 events, part G: more of the user on the hiring side (raw iCalendar text)."""

from holdout148ev_tz import DUBLIN_G, GMT_WIN

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("visit-request", "2p6t0x4b8f1j5n9r3v7z1d5h9l@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250520T154000
DTEND;TZID=Europe/Dublin:20250520T161000
DTSTAMP:20250515T212230Z
ORGANIZER;CN=Ciara Nolan:mailto:ciaranolan.maths@gmail.com
UID:2p6t0x4b8f1j5n9r3v7z1d5h9l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ciara Nolan;X-NUM-GUESTS=0:mailto:ciaranolan.maths@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=abrennan@cnecork.ie;X-NUM-GUESTS=0:mailto:abrennan@cnecork.ie
DESCRIPTION:Dear Ms Brennan\, thank you for replying to my email. As discus
 sed I'd love to see the school and hear a bit more about the maths depart
 ment before the closing date for the fixed-term post. I'll come to recept
 ion at 3.40. Many thanks\, Ciara Nolan
LOCATION:Coláiste Naomh Eoin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:School visit - Ciara Nolan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-prospective-candidate-gmail-visit")

add("bookings-host", "AAMkADc4ZTNmYjI1LTNkZDUtNDNiOC1hOWEwLWQ4NGQ5MWJlYzQ3ZgBGAAAAAAB-cne-sna-0007", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=CNE Staffing:mailto:CNEStaffing@cnecork.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: SNA Interview (30 min)\nCustomer: Gráinne Lyons\nEmail: grainnelyons@hotmail.com\nPhone: 086 xxx 2210\nStaff member: Aoife Brennan\n\nCustomer notes: I have QQI Level 6 Special Needs Assisting and 3 years' experience at Scoil Mhuire NS. Thank you.\n\nThis booking was made through CNE Staffing (Microsoft Bookings).\n
UID:AAMkADc4ZTNmYjI1LTNkZDUtNDNiOC1hOWEwLWQ4NGQ5MWJlYzQ3ZgBGAAAAAAB-cne-sna-0007
SUMMARY;LANGUAGE=en-US:SNA Interview (30 min) with Gráinne Lyons
DTSTART;TZID=GMT Standard Time:20250123T121500
DTEND;TZID=GMT Standard Time:20250123T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T091122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CNE - Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-bookings-staff-member-sna-slot")

add("cand-notes", "E5F6A7B8-C9D0-4E1F-8A2B-3C4D5E6F7A8B", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250605T133602Z
DTSTAMP:20250605T134110Z
UID:E5F6A7B8-C9D0-4E1F-8A2B-3C4D5E6F7A8B
SUMMARY:cands maths post - notes
DTSTART:20250605T133000
DTEND:20250605T134500
DESCRIPTION:#1 Rory - v nervous\, weak on differentiation Q. 52\n#2 Darragh OF - excellent\, AM specialist\, good on SEN. 81\n#3 Sarah K - solid\, 2 yrs in UK. 74\n#4 (withdrew)\n#5 Eimear - 64\n#6 Niall - 58\nrank D > S > E. refs for D. Seán agrees
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-hand-typed-candidate-scores")

add("demo-lessons", "040000008200E00074C5B7101A82E008000000003A1C7E9F0B2DDB01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dineen, Tomás":mailto:tdineen@cnecork.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CNE - Room 14":mailto:room14@cnecork.ie
DESCRIPTION;LANGUAGE=en-IE:Tomás - the 3 shortlisted for the Physics post will each teach 20 mins to 2nd Yr group 2B (forces/speed). We observe from the back and fill in the observation sheet (attached). Students told it's a "visiting teacher".\n
UID:040000008200E00074C5B7101A82E008000000003A1C7E9F0B2DDB01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-IE:Sample lessons - Physics post (obs)
DTSTART;TZID=GMT Standard Time:20250213T090000
DTEND;TZID=GMT Standard Time:20250213T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T141414Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:CNE - Room 14
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-observing-candidates-sample-lessons")

add("debrief", "6c0g4k8o2s6w0a4e8i2m6q0u4y@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250213T160000
DTEND;TZID=Europe/Dublin:20250213T163000
DTSTAMP:20250210T083000Z
ORGANIZER;CN=Seán Mac Carthaigh:mailto:principal@cnecork.ie
UID:6c0g4k8o2s6w0a4e8i2m6q0u4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=abrennan@cnecork.ie;X-NUM-GUESTS=0:mailto:abrennan@cnecork.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tomás Dineen;X-NUM-GUESTS=0:mailto:tdineen@cnecork.ie
DESCRIPTION:Wrap-up after the sample lessons and board this afternoon: agr
 ee order of merit\, panel report for the BOM\, who makes the phone call.
LOCATION:Principal's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Physics post - board wrap-up / order of merit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-debrief-order-of-merit")

add("marking", "7D8E9F0A-1B2C-4D3E-8F4A-5B6C7D8E9F0A", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
""" + DUBLIN_G + r"""BEGIN:VEVENT
CREATED:20250303T210101Z
DTSTAMP:20250303T210130Z
UID:7D8E9F0A-1B2C-4D3E-8F4A-5B6C7D8E9F0A
SUMMARY:Finish AP II marking sheets -> Seán
DTSTART;TZID=Europe/Dublin:20250304T200000
DTEND;TZID=Europe/Dublin:20250304T210000
DESCRIPTION:Individual marks for the 4 internal AP II applicants (criteria: leadership & mgmt\, teaching & learning\, school improvement\, developing leadership capacity). Sign + scan. Confidential - do NOT leave in staffroom.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-scoring-internal-promotion")

add("ap-board", "040000008200E00074C5B7101A82E00800000000F7E6D5C4B3A2DB0100000000000000001000000010293847566574839201A2B3C4D5E6F7",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Mac Carthaigh, Seán":mailto:principal@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ní Dhonnchadha, Eithne (DP)":mailto:endonnchadha@cnecork.ie
DESCRIPTION;LANGUAGE=ga:Agallaimh do phoist AP II (4 iarratasóir inmheánacha). Bord: Príomhoide\, Leas-Phríomhoide\, Aoife (ceann bliana). Tá an scéim mharcála ar SharePoint.\n\nInterviews for AP II posts - 4 internal applicants. Board: Principal\, DP\, Aoife (Year Head rep). Circular 0003/2018 procedures apply.\n
UID:040000008200E00074C5B7101A82E00800000000F7E6D5C4B3A2DB0100000000000000001000000010293847566574839201A2B3C4D5E6F7
SUMMARY;LANGUAGE=ga:Agallaimh AP II / AP II interviews
DTSTART;TZID=GMT Standard Time:20250303T140000
DTEND;TZID=GMT Standard Time:20250303T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T100505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ga:Seomra an Bhoird
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-irish-agallaimh-internal-posts")

add("shadow", "8e2i6m0q4u8y2c6g0k4o8s2w6a@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:abrennan@cnecork.ie
X-WR-TIMEZONE:Europe/Dublin
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20241121T090000
DTEND;TZID=Europe/Dublin:20241121T130000
DTSTAMP:20241115T101000Z
UID:8e2i6m0q4u8y2c6g0k4o8s2w6a@google.com
CREATED:20241115T100950Z
DESCRIPTION:Sitting in (observer only\, no marks) with Eithne on the caretak
 er + school secretary boards - part of my CSL leadership learning. Seán OK
 'd with the chair. Sign confidentiality form.
LOCATION:Boardroom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Observe interview board (caretaker / secretary) w/ Eithne
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-shadowing-board-as-observer")

add("calendly-host", "calendly-host-77c1e0d2-aa3b-4c5d-8e9f-0a1b2c3d4e5f@calendly.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-host-77c1e0d2-aa3b-4c5d-8e9f-0a1b2c3d4e5f@calendly.com
DTSTAMP:20240902T190000Z
DTSTART:20240905T143000Z
DTEND:20240905T144500Z
SUMMARY:Sub panel 2024/25 - quick call: Aoife Brennan and Kevin Lenihan
ORGANIZER;CN=Aoife Brennan:mailto:abrennan@cnecork.ie
ATTENDEE;CN=Kevin Lenihan;PARTSTAT=ACCEPTED:mailto:klenihan.teach@gmail.com
DESCRIPTION:Event Name: Sub panel 2024/25 - quick call\n\nInvitee: Kevin Lenihan\nInvitee Email: klenihan.teach@gmail.com\n\nQuestions:\nSubjects you can cover: Maths\, Science (JC)\nTC registration number: 4471xx\nAvailability: Mon-Wed\n\nLocation: Aoife will call you on 087 xxx 0091\n\nPowered by Calendly.com
LOCATION:Phone call
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-calendly-host-substitute-panel")

add("external-board", "040000008200E00074C5B7101A82E00800000000D2C3B4A5968CDB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kiely, Úna";SENT-BY="mailto:office@colaisteanghleanna.ie":mailto:principal@colaisteanghleanna.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
DESCRIPTION;LANGUAGE=en-IE:Dear Aoife\,\n\nMany thanks for agreeing to act as the external assessor on our interview board for two Year Head (AP I) posts. Five candidates. Application forms and the marking grid will be emailed on Monday. Lunch provided.\n\nÚna Kiely\nPrincipal\n
UID:040000008200E00074C5B7101A82E00800000000D2C3B4A5968CDB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=en-IE:AP I (Year Head) Interview Board - Coláiste an Ghleanna
DTSTART;TZID=GMT Standard Time:20241210T093000
DTEND;TZID=GMT Standard Time:20241210T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241128T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Coláiste an Ghleanna\, Watergrasshill
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-external-assessor-at-school-she-applies-to")

add("questions-prep", "9F0A1B2C-3D4E-4F5A-8B6C-7D8E9F0A1B2C", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
""" + DUBLIN_G + r"""BEGIN:VEVENT
CREATED:20250112T183011Z
DTSTAMP:20250112T183020Z
UID:9F0A1B2C-3D4E-4F5A-8B6C-7D8E9F0A1B2C
SUMMARY:Draft SNA int questions + marking scheme
DTSTART;TZID=Europe/Dublin:20250115T160000
DTEND;TZID=Europe/Dublin:20250115T170000
DESCRIPTION:Q bank from last yr (Staffing folder). Add: care needs scenario\, manual handling\, confidentiality\, working w/ class teacher. Weightings per Circular 0059/2019? check. Send to Seán + Bríd by Fri.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-preparing-questions-for-candidates")

add("bom-ratify", "4d8h2l6p0t4x8b2f6j0n4r8v2z@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250612T193000
DTEND;TZID=Europe/Dublin:20250612T200000
DTSTAMP:20250609T120000Z
ORGANIZER;CN=Bríd Uí Riordáin:mailto:bom.chair@cnecork.ie
UID:4d8h2l6p0t4x8b2f6j0n4r8v2z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=abrennan@cnecork.ie;X-NUM-GUESTS=0:mailto:abrennan@cnecork.ie
DESCRIPTION:Special meeting - Bord Bainistíochta. Single item: report of t
 he selection board (Maths/Applied Maths)\, ratification of recommended can
 didate. Aoife to attend for this item as a member of the board.
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cruinniú speisialta BB - appointment (maths)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-bom-ratifies-her-panel-recommendation")
