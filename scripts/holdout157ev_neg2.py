# ruff: noqa: E501
"""holdout157 events: Priya's everyday work and personal calendar (not interviews)."""

from holdout157ev_tz import BERLIN, IST_WINDOWS, KOLKATA, ev

EVENTS = [
    ev(
        "doctor-appt", "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9", 0, "", "", "", "", "personal-doctor-appointment-for-mother",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
CREATED:20250310T031500Z
DTSTART;TZID=Asia/Kolkata:20250313T170000
DTEND;TZID=Asia/Kolkata:20250313T180000
DTSTAMP:20250310T031510Z
SUMMARY:doctor appt - amma - Dr Shetty (Manipal OAR)
LOCATION:Manipal Hospital\, Old Airport Road
DESCRIPTION:knee follow up. take old xray + reports file. token no. 14
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "ugadi", "6F7A8B9C-0D1E-4F2A-B3C4-D5E6F7A8B9C0", 0, "", "", "", "", "personal-festival-pooja-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
CREATED:20250320T101000Z
DTSTART;VALUE=DATE:20250330
DTEND;VALUE=DATE:20250331
DTSTAMP:20250320T101010Z
SUMMARY:Ugadi - pooja at amma's place
DESCRIPTION:bevu bella\, obbattu. leave by 8. no calls pls
UID:6F7A8B9C-0D1E-4F2A-B3C4-D5E6F7A8B9C0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "bank-visit", "7A8B9C0D-1E2F-4A3B-C4D5-E6F7A8B9C0D1", 0, "", "", "", "", "personal-bank-home-loan-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android 4.2505//EN
BEGIN:VEVENT
UID:7A8B9C0D-1E2F-4A3B-C4D5-E6F7A8B9C0D1
DTSTAMP:20250303T120000Z
DTSTART;TZID=Asia/Kolkata:20250307T100000
DTEND;TZID=Asia/Kolkata:20250307T110000
SUMMARY:HDFC - home loan part prepayment + FD foreclosure
LOCATION:HDFC Bank\, Indiranagar 100ft Rd
DESCRIPTION:meet RM Mr. Prakash. cheque book + PAN copy. ask abt NRE acct if moving abroad
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "passport-seva", "psk-appt-BNG-ARN-25020871122", 0, "", "", "", "", "official-passport-seva-appointment",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-TIMEZONE:Asia/Kolkata
{KOLKATA}
BEGIN:VEVENT
UID:psk-appt-BNG-ARN-25020871122
DTSTAMP:20250208T150000Z
DTSTART;TZID=Asia/Kolkata:20250225T094500
DTEND;TZID=Asia/Kolkata:20250225T123000
SUMMARY:PSK Koramangala - passport reissue (ARN 25-0208711222)
LOCATION:Passport Seva Kendra\, Koramangala\, Bengaluru
DESCRIPTION:Appointment slot 09:45. Carry original old passport\, Aadhaar\, printout of appointment receipt. Reach 15 min before. Token counters A -> B -> C. Police verification later.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "school-ptm", "3sc7h1o5o9l2p4t6m8a0b3c5d7@google.com", 0, "", "", "", "", "personal-school-parent-teacher-meeting",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250322T040000Z
DTEND:20250322T050000Z
DTSTAMP:20250315T090000Z
ORGANIZER;CN=Greenwood High Parents Office:mailto:parents@greenwoodhigh.edu.in
UID:3sc7h1o5o9l2p4t6m8a0b3c5d7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION:Dear Parent\, the Term 2 Parent-Teacher Meeting for Grade 2 (Section B) is scheduled on Saturday. Please collect the report card from the class teacher\, Ms. Roopa. Slot: 9:30-10:30 AM.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PTM - Grade 2B - Aarav Raghavan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "sprint-planning", "040000008200E00074C5B7101A82E0080000000011223344556ADB01000000000000000010000000AABBCCDDEE", 0,
        "", "", "", "", "internal-sprint-planning-recurring",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Joseph, Anil":mailto:anil.j@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="R, Priya":mailto:priya.r@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claims-Squad:mailto:claims-squad@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Sprint planning - Claims squad. Backlog grooming done on Thursday\; come with capacity (leaves\, holidays). QA estimates in story points incl. automation.
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO
UID:040000008200E00074C5B7101A82E0080000000011223344556ADB01000000000000000010000000AABBCCDDEE
SUMMARY;LANGUAGE=en-US:Sprint Planning - Claims
DTSTART;TZID=India Standard Time:20250224T100000
DTEND;TZID=India Standard Time:20250224T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T050000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BLR-4F-Nilgiri (12)
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "go-no-go", "4gn8o2g0o5n7g1o3r6e9l4s8e2@google.com", 0, "", "", "", "", "internal-release-go-no-go",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250327T113000Z
DTEND:20250327T121500Z
DTSTAMP:20250325T060000Z
ORGANIZER;CN=Priya R:mailto:priya.r@tesseract-labs.in
UID:4gn8o2g0o5n7g1o3r6e9l4s8e2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anil Joseph;X-NUM-GUESTS=0:mailto:anil.j@tesseract-labs.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rohan Nair;X-NUM-GUESTS=0:mailto:rohan.n@tesseract-labs.in
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=release-mgmt;X-NUM-GUESTS=0:mailto:release-mgmt@tesseract-labs.in
X-GOOGLE-CONFERENCE:https://meet.google.com/rel-gngo-58x
DESCRIPTION:v5.8 release readiness. QA sign-off report: regression 96% pass\, 2 open P2s (CLM-4412\, CLM-4430) with workarounds. Perf run pending on prod-like. Decision: go / no-go for Saturday deploy window.\n\nJoin with Google Meet: https://meet.google.com/rel-gngo-58x
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Go/No-Go: Release 5.8
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "one-on-one", "040000008200E00074C5B7101A82E00800000000FEDCBA9876DBDB01000000000000000010000000123456789A", 0,
        "", "", "", "", "internal-weekly-one-on-one-with-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Nair, Rohan":mailto:rohan.n@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="R, Priya":mailto:priya.r@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Weekly 1:1.
RRULE:FREQ=WEEKLY;BYDAY=WE
UID:040000008200E00074C5B7101A82E00800000000FEDCBA9876DBDB01000000000000000010000000123456789A
SUMMARY;LANGUAGE=en-US:Priya / Rohan 1:1
DTSTART;TZID=India Standard Time:20250108T123000
DTEND;TZID=India Standard Time:20250108T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250105T050000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Teams
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Nair, Rohan":mailto:rohan.n@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="R, Priya":mailto:priya.r@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Weekly 1:1 - moved to Thursday\, I'm at the client on Wed.
RECURRENCE-ID;TZID=India Standard Time:20250319T123000
UID:040000008200E00074C5B7101A82E00800000000FEDCBA9876DBDB01000000000000000010000000123456789A
SUMMARY;LANGUAGE=en-US:Priya / Rohan 1:1
DTSTART;TZID=India Standard Time:20250320T160000
DTEND;TZID=India Standard Time:20250320T163000
DTSTAMP:20250317T050000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Teams
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "istqb-exam", "istqb-ctal-tm-exam-ITB-55102", 0, "", "", "", "", "certification-exam-slot",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pearson VUE//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:istqb-ctal-tm-exam-ITB-55102
DTSTAMP:20250215T100000Z
DTSTART:20250405T043000Z
DTEND:20250405T074500Z
SUMMARY:ISTQB CTAL-TM v3.0 (Advanced Level Test Management) exam
LOCATION:Online proctored (OnVUE)
DESCRIPTION:Registration ID: ITB-55102. Check in 30 minutes before the appointment. Run system test on the same laptop. Clear desk\, government ID required. 3h exam (+25% extended time not applicable).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "client-uat", "040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000DD88EE99FF", 0,
        "", "", "", "", "work-client-visit-uat-sign-off",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Joseph, Anil":mailto:anil.j@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="R, Priya":mailto:priya.r@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Menon, Ravi (SecureLife)":mailto:ravi.menon@securelife.co.in
DESCRIPTION;LANGUAGE=en-US:On-site UAT walkthrough and sign-off with SecureLife Insurance operations team. Priya to present the test summary report and defect closure status. Cab booked from office at 9:00.
UID:040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000DD88EE99FF
SUMMARY;LANGUAGE=en-US:SecureLife - UAT sign-off (client site)
DTSTART;TZID=India Standard Time:20250416T100000
DTEND;TZID=India Standard Time:20250416T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T050000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SecureLife Insurance\, Prestige Tech Park\, Marathahalli
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "press-interview", "8pr3e5s7s9i1n4t6v8w0x2y4z6@google.com", 0, "", "", "", "", "press-interview-journalist-women-in-tech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T093000Z
DTEND:20250306T100000Z
DTSTAMP:20250303T110000Z
ORGANIZER;CN=Radhika Iyengar:mailto:radhika.iyengar@thehindu.co.in
UID:8pr3e5s7s9i1n4t6v8w0x2y4z6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION:Hi Priya\, thanks for agreeing to speak to us for our Women's Day feature on women leading QA and engineering teams in Bengaluru. ~25 minute phone interview\, quotes will be shared with you before publication. - Radhika\, The Hindu BusinessLine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BusinessLine interview - Women's Day feature (Priya Raghavan)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "ielts-speaking", "idp-ielts-BLR-2025-0412-SPK-30917", 0, "", "", "", "", "ielts-speaking-test-face-to-face",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//IDP Education//IELTS Booking//EN
METHOD:PUBLISH
{KOLKATA}
BEGIN:VEVENT
UID:idp-ielts-BLR-2025-0412-SPK-30917
DTSTAMP:20250320T070000Z
DTSTART;TZID=Asia/Kolkata:20250412T141000
DTEND;TZID=Asia/Kolkata:20250412T143000
SUMMARY:IELTS General Training - Speaking test (face-to-face interview with examiner)
LOCATION:IDP IELTS Test Centre\, Residency Road\, Bengaluru
DESCRIPTION:Candidate: PRIYA RAGHAVAN\nCandidate number: 030917\nYour Speaking test is an 11-14 minute face-to-face interview with a certified IELTS examiner. Please arrive 30 minutes before your scheduled time with the same passport used for registration.\nListening\, Reading and Writing: 12 April\, 09:00 (computer-delivered).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "deutschkurs", "goethe-mmb-blr-a2-2025-abend@goethe.de", 0, "", "", "", "", "german-language-class-recurring",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Goethe-Institut//Kursverwaltung//DE
METHOD:PUBLISH
{KOLKATA}
BEGIN:VEVENT
UID:goethe-mmb-blr-a2-2025-abend@goethe.de
DTSTAMP:20250201T060000Z
DTSTART;TZID=Asia/Kolkata:20250204T183000
DTEND;TZID=Asia/Kolkata:20250204T203000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20250529T150000Z
SUMMARY:Deutschkurs A2.1 Abendkurs - Goethe-Institut / Max Mueller Bhavan Bangalore
LOCATION:Max Mueller Bhavan\, Lavelle Road\, Bengaluru - Raum 3
DESCRIPTION:Kurs A2.1 (Intensiv-Abend). Lehrerin: Frau Lakshmi Bhat. Lehrwerk: Netzwerk neu A2. Bitte pünktlich kommen. Mündliche Prüfung am Kursende.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "expat-info-session", "hinm-webinar-20250410-berlin-blue-card", 0, "", "", "", "", "relocation-info-session-abroad",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Make it in Germany//Events//DE
METHOD:PUBLISH
{BERLIN}
BEGIN:VEVENT
UID:hinm-webinar-20250410-berlin-blue-card
DTSTAMP:20250401T090000Z
DTSTART;TZID=Europe/Berlin:20250415T110000
DTEND;TZID=Europe/Berlin:20250415T123000
SUMMARY:Online-Infoveranstaltung: Mit der Blauen Karte EU nach Deutschland (IT-Fachkräfte aus Indien)
LOCATION:Online (Webex)
DESCRIPTION:Informationsveranstaltung für IT-Fachkräfte: Visum\, Anerkennung\, Blaue Karte EU\, Jobsuche\, Vorstellungsgespräche und Leben in Deutschland. Sprache: Englisch. Teilnahme kostenlos.\nWebex: https://makeit.webex.com/makeit/j.php?MTID=m0f1e2d3c4b5a69788796a5b4c3d2e1f0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "conference-talk", "testbash-india-2025-speaker-priya", 0, "", "", "", "", "conference-speaker-slot",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sessionize//Speaker Agenda//EN
X-WR-TIMEZONE:Asia/Kolkata
BEGIN:VEVENT
UID:testbash-india-2025-speaker-priya
DTSTAMP:20250301T100000Z
DTSTART:20250426T063000Z
DTEND:20250426T071500Z
SUMMARY:[Speaker] Priya Raghavan - "Hiring testers who think: what our interview loop taught us"
LOCATION:Main Hall\, NIMHANS Convention Centre\, Bengaluru
DESCRIPTION:Testing conference\, track 2. Please be at the speaker lounge 30 min before your slot. Slides (16:9) to be uploaded by 20 April.
END:VEVENT
END:VCALENDAR""",
    ),
]
