"""holdout139: negatives, part 2 – more of the hiring side, and staff disciplinary/incident interviews."""

from __future__ import annotations

from holdout139ev_common import EXCHANGE_BOOKINGS, GOOGLE, OUTLOOK, THUNDERBIRD, Ev, cal

EVENTS = [
    Ev("ui-ta-sentby", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thandiwe";SENT-BY="mailto:ta.coordinator@kwezi-retail.
 co.za":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nkosi, Thandiwe":mailto
 :tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nomvula Kh
 umalo:mailto:nomvula.k.khumalo@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dlamini,
  Precious":mailto:ta.coordinator@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Dear Nomvula\,\n\nOn behalf of Thandiwe Nkosi (O
 perations Manager: DC)\, we confirm your interview for DC Shift Manager at
  Kwezi Retail.\n\nKind regards\nPrecious Dlamini\nTalent Acquisition Coord
 inator\, Kwezi Retail Group\n\n___________________________________________
 _____________________________________\nMicrosoft Teams meeting\nJoin: http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_S3dl\nMeeting ID: 377 0
 01 992 813  Passcode: Kw3zi8\n____________________________________________
 ____________________________________
UID:040000008200E00074C5B7101A82E00800000000FF6600771B1BDC01000000000000000
 0100000005E4B3A29180706F5E4D3C2B1A0908070
SUMMARY;LANGUAGE=en-ZA:Interview – DC Shift Manager – Candidate: Nomvul
 a Khumalo
DTSTART;TZID=South Africa Standard Time:20250930T100000
DTEND;TZID=South Africa Standard Time:20250930T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250924T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="user-as-interviewer-sent-by-coordinator"),

    Ev("ui-calibration", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Mashaba, Kgomotso":mailto:kmashaba@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 andiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Venter, Michelle":mailt
 o:mventer@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Hiring committee: supervisor appointments for th
 e peak-season ramp-up. Calibrate panel scores across the three shifts\, ch
 eck EE targets and sign off offers.
UID:040000008200E00074C5B7101A82E00800000000A7A7B8B8C91BDC01000000000000000
 010000000CA11B0CA11B0CA11B0CA11B0CA11B0CA
SUMMARY;LANGUAGE=en-ZA:Supervisor appointments – panel calibration & sign
 -off
DTSTART;TZID=South Africa Standard Time:20251002T130000
DTEND;TZID=South Africa Standard Time:20251002T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:GM's office
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="user-as-interviewer-hiring-committee"),

    Ev("ui-assessor", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251008T080000
DTEND;TZID=Africa/Johannesburg:20251008T160000
DTSTAMP:20250929T090000Z
ORGANIZER;CN=Kwezi Graduate Programme:mailto:graduates@kwezi-retail.co.za
UID:2ws3ed4rf5tg6yh7uj8ik9ol0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Thandiwe Nkosi;X-NUM-GUESTS=0:mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION:Thank you for volunteering as an assessor for the 2026 Supply C
 hain Graduate assessment centre. You will observe the group exercise and r
 un two one-on-one interviews with graduates. Assessor briefing at 07:30.
LOCATION:Kwezi Retail Support Office\, Training Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Graduate assessment centre – ASSESSOR
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="user-as-interviewer-assessor"),

    Ev("ui-reference-check", cal(r"""
BEGIN:VEVENT
CREATED:20250925T071000Z
LAST-MODIFIED:20250925T071000Z
DTSTAMP:20250925T071000Z
UID:5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
SUMMARY:Ref check - Bongani M. (Shift Sup candidate) - call ex-manager
DTSTART;TZID=Africa/Johannesburg:20250926T110000
DTEND;TZID=Africa/Johannesburg:20250926T113000
DESCRIPTION:Call his previous manager at the courier hub in Germiston\, 011
  555 0172. Ask re absenteeism\, IR record\, rehire?
TRANSP:OPAQUE
END:VEVENT
""", THUNDERBIRD, method=None), 0, trap="user-as-interviewer-reference-check"),

    Ev("ui-second-round", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251001T100000
DTEND;TZID=Africa/Johannesburg:20251001T110000
DTSTAMP:20250926T150000Z
UID:6yh7uj8ik9ol0pq1aw2se3dr4f@google.com
DESCRIPTION:Andries B. – Fleet Controller. 2nd round\, bring the route-pl
 anning test he did.
LOCATION:My office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2nd intvw Fleet Controller – Andries B.
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 0, trap="user-as-interviewer-second-round-handtyped"),

    Ev("ui-afrikaans", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251006T130000
DTEND;TZID=Africa/Johannesburg:20251006T160000
DTSTAMP:20251001T060000Z
UID:8ik9ol0pq1aw2se3dr4ft5gy6h@google.com
DESCRIPTION:Wian (Sizwe) het 3 kandidate vir die skofleier-poste gestuur. E
 k en Lucky doen die onderhoude.
LOCATION:Kwezi DC\, Bay 3 boardroom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:onderhoude skofleiers (3x)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 0, trap="user-as-interviewer-af"),

    Ev("ui-practical", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Mabena, Lucky":mailto:lmabena@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 andiwe":mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Practical test for the 5 shortlisted reach truck
  operator candidates. Thandiwe to observe and sign the assessment sheets.
  Training bay cordoned off.
UID:040000008200E00074C5B7101A82E00800000000B1B2C3C4D51BDC01000000000000000
 01000000077665544332211007766554433221100
SUMMARY;LANGUAGE=en-ZA:Reach truck practical – candidates (Bay 7)
DTSTART;TZID=South Africa Standard Time:20251003T080000
DTEND;TZID=South Africa Standard Time:20251003T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Bay 7
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="user-as-interviewer-practical-test"),

    Ev("ui-prep-block", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250922T070000
DTEND;TZID=Africa/Johannesburg:20250922T080000
DTSTAMP:20250919T160000Z
ORGANIZER;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
UID:9ol0pq1aw2se3dr4ft5gy6hu7j@google.com
DESCRIPTION:Finalise questions + scorecards for Stock Controller interviews
  Tue. Print CVs. Book boardroom.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep: Stock Controller interview questions
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 0, trap="user-as-interviewer-prep-block"),

    Ev("ui-bookings-walkin", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C5C6D7D8E91BDC01000000000000000
 01000000013579BDF02468ACE13579BDF02468ACE
SUMMARY:Walk-in interviews: General Workers (Peak Season) – Kwezi DC
DTSTART;TZID=South Africa Standard Time:20251011T080000
DTEND;TZID=South Africa Standard Time:20251011T130000
DTSTAMP:20251005T120000Z
ORGANIZER;CN=Kwezi DC Recruitment:mailto:KweziDCRecruitment@kwezi-retail.co
 .za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nkosi, Thandiwe":mailto
 :tnkosi@kwezi-retail.co.za
DESCRIPTION:Staff: Thandiwe Nkosi\, Lucky Mabena\nService: Walk-in intervie
 ws – General Workers\nCustomers book 10-minute slots online. Bring ID an
 d matric certificate.\n\nMicrosoft Bookings
LOCATION:Kwezi DC – Gate 1 training hall
STATUS:CONFIRMED
END:VEVENT
""", EXCHANGE_BOOKINGS, tz=("win-za",)), 0, trap="user-as-interviewer-bookings-staff"),

    Ev("ui-phone-screen-candidate", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250917T123000
DTEND;TZID=Africa/Johannesburg:20250917T125000
DTSTAMP:20250915T083000Z
ORGANIZER;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
UID:0pq1aw2se3dr4ft5gy6hu7ji8k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=palesa.motloung@gmail.com;X-NUM-GUESTS=0:mailto:palesa.motloung@gm
 ail.com
DESCRIPTION:Hi Palesa\, I will phone you for a short telephonic interview f
 or the Inventory Controller position at our DC. Regards\, Thandiwe Nkosi (
 Kwezi Retail)
LOCATION:Telephonic
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telephonic interview – Inventory Controller (Palesa Motloung)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="user-as-interviewer-phone-screen-work-to-freemail"),

    Ev("disciplinary", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Venter, Michelle":mailto:mventer@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 andiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Shop stew
 ard - SACCAWU":mailto:steward.dc@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Disciplinary hearing – J. Mahlangu (Picker\, B
 -shift). Alleged gross negligence (stock loss\, aisle 22). Chairperson: Th
 andiwe Nkosi. Initiator: Shift Manager. Employee entitled to representatio
 n.
UID:040000008200E00074C5B7101A82E00800000000D9D8C7C6B51BDC01000000000000000
 01000000000DC00DC00DC00DC00DC00DC00DC00DC
SUMMARY;LANGUAGE=en-ZA:Disciplinary hearing - J. Mahlangu
DTSTART;TZID=South Africa Standard Time:20250912T100000
DTEND;TZID=South Africa Standard Time:20250912T120000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250908T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:HR interview room\, Admin block
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="staff-disciplinary-hearing"),

    Ev("incident-interviews", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250918T080000
DTEND;TZID=Africa/Johannesburg:20250918T100000
DTSTAMP:20250917T170000Z
ORGANIZER;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
UID:1aw2se3dr4ft5gy6hu7ji8ko9l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=SHE Of
 ficer;X-NUM-GUESTS=0:mailto:she@kwezi-retail.co.za
DESCRIPTION:Incident investigation: forklift vs racking collision\, aisle 1
 4\, night shift 16/09. Interview operator\, banksman and shift supervisor.
  Section 24 report to follow.
LOCATION:SHE office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Incident interviews – aisle 14 collision
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="staff-incident-interviews"),
]
