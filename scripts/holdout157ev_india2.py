# ruff: noqa: E501
"""holdout157 events: Priya's own interviews with Indian employers (part 2)."""

from holdout157ev_tz import IST_WINDOWS, KOLKATA, ev

EVENTS = [
    ev(
        "machine-coding", "facecode-interview-77821905@hackerearth.com", 1, "PhonePe", "SDET Lead", "technical",
        "naveen.reddy@phonepe.com", "hackerearth-facecode-machine-coding-round",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HackerEarth//FaceCode//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:facecode-interview-77821905@hackerearth.com
DTSTAMP:20250312T080500Z
DTSTART;TZID=Asia/Kolkata:20250315T110000
DTEND;TZID=Asia/Kolkata:20250315T123000
SUMMARY:PhonePe - Machine Coding Round - SDET Lead
ORGANIZER;CN=PhonePe Hiring:mailto:interviews@hackerearth.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Naveen Reddy;ROLE=REQ-PARTICIPANT:mailto:naveen.reddy@phonepe.com
LOCATION:https://assessment.hackerearth.com/facecode/join/77821905/
DESCRIPTION:Dear Priya\,\n\nYou have been invited to a FaceCode interview by PhonePe.\n\nRound: Machine coding (90 min) - you will build a small test automation framework for a given API spec (any language). Evaluation: code structure\, extensibility\, test design\, reporting.\nInterviewer: Naveen Reddy\n\nJoin the interview: https://assessment.hackerearth.com/facecode/join/77821905/\nPlease use Chrome and allow camera/mic access.\n\nTeam HackerEarth
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "hm-round", "0r6l2s8pd1g9f3qk7a5b4c2e0h@google.com", 1, "PhonePe", "SDET Lead", "hiring_manager",
        "arvind.m@phonepe.com", "google-calendar-hm-round-terse-title",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250321T103000Z
DTEND:20250321T113000Z
DTSTAMP:20250318T123344Z
ORGANIZER;CN=Pallavi Joshi:mailto:pallavi.joshi@phonepe.com
UID:0r6l2s8pd1g9f3qk7a5b4c2e0h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Arvind M;X-NUM-GUESTS=0:mailto:arvind.m@phonepe.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pallavi Joshi;X-NUM-GUESTS=0:mailto:pallavi.joshi@phonepe.com
X-GOOGLE-CONFERENCE:https://meet.google.com/bkr-npsd-qwo
DESCRIPTION:HM round with Arvind (Head of Quality\, Consumer Payments). Pallavi from TA will drop off after intros.\n\nJoin with Google Meet: https://meet.google.com/bkr-npsd-qwo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PhonePe HM Round - Priya R
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "calendly-screen", "e8f4c2a1-0b7d-4e3f-9c6a-5d2b1a0f9e88", 1, "Groww", "Lead SDET", "recruiter_screen",
        "tanvi.sharma@groww.in", "calendly-booked-by-user-recruiter-host",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e8f4c2a1-0b7d-4e3f-9c6a-5d2b1a0f9e88
DTSTAMP:20250224T154410Z
DTSTART:20250226T053000Z
DTEND:20250226T060000Z
SUMMARY:Priya Raghavan and Tanvi Sharma
ORGANIZER;CN=Tanvi Sharma:mailto:tanvi.sharma@groww.in
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Tanvi Sharma;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tanvi.sharma@groww.in
LOCATION:+91 98450 22718
DESCRIPTION:Event Name: Groww - Lead SDET - Initial Chat (30 min)\n\nLocation: This is a phone call. Tanvi Sharma will call the invitee at +91 98450 22718\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/e8f4c2a1-0b7d-4e3f-9c6a-5d2b1a0f9e88\nReschedule: https://calendly.com/reschedulings/e8f4c2a1-0b7d-4e3f-9c6a-5d2b1a0f9e88\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "hm-discussion", "7mt1p0c3k9l2v8q4d6e5f1a2b3@google.com", 1, "Meesho", "Engineering Manager - QA",
        "hiring_manager", "kiran.hegde@meesho.com", "google-calendar-pipe-separated-hm-discussion",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Asia/Kolkata:20250404T173000
DTEND;TZID=Asia/Kolkata:20250404T183000
DTSTAMP:20250401T091207Z
ORGANIZER;CN=Meesho Talent Acquisition:mailto:ta-tech@meesho.com
UID:7mt1p0c3k9l2v8q4d6e5f1a2b3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kiran Hegde;X-NUM-GUESTS=0:mailto:kiran.hegde@meesho.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raghavan;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/uzs-fopx-gai
DESCRIPTION:<b>Meesho | Hiring Manager Discussion | EM - QA</b><br><br>Candidate: Priya Raghavan<br>Interviewer: Kiran Hegde (Director - Engineering)<br>Duration: 60 mins<br><br>Resume: https://drive.google.com/file/d/1xQp-priya-raghavan-cv/view<br><br>Join with Google Meet: https://meet.google.com/uzs-fopx-gai
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meesho | Hiring Manager Discussion | EM - QA | Priya Raghavan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "l1-flipkart", "1fk9a2l7m3n8b0v5c6x4z2q1w0@google.com", 1, "Flipkart", "SDET-3", "technical",
        "sowmya.r@flipkart.com", "google-calendar-l1-with-interview-guidelines",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250407T043000Z
DTEND:20250407T053000Z
DTSTAMP:20250403T110052Z
ORGANIZER;CN=Flipkart Hiring:mailto:hiring-coordination@flipkart.com
UID:1fk9a2l7m3n8b0v5c6x4z2q1w0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sowmya R;X-NUM-GUESTS=0:mailto:sowmya.r@flipkart.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/rrq-wjcb-nty
DESCRIPTION:Interview Details\n-----------------\nCandidate Name: Priya Raghavan\nRole: SDET-3 (Supply Chain Quality)\nRound: L1 - DS/Algo + Test Design\nInterviewer: Sowmya R\n\nGuidelines: Please ensure a quiet place\, camera ON throughout\, and a working code editor. Use of AI tools is not permitted during the interview.\n\nJoin with Google Meet: https://meet.google.com/rrq-wjcb-nty
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Priya Raghavan | SDET-3 | L1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "cancelled-l2", "9fk2b3l8m4n1c0v6x5z3q2w1e7@google.com", 1, "Flipkart", "SDET-3", "hiring_manager",
        "abhishek.jain@flipkart.com", "google-calendar-method-cancel-l2",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20250415T090000Z
DTEND:20250415T100000Z
DTSTAMP:20250414T153012Z
ORGANIZER;CN=Flipkart Hiring:mailto:hiring-coordination@flipkart.com
UID:9fk2b3l8m4n1c0v6x5z3q2w1e7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Abhishek Jain;X-NUM-GUESTS=0:mailto:abhishek.jain@flipkart.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION:This event has been cancelled.\n\nInterview Details\n-----------------\nCandidate Name: Priya Raghavan\nRole: SDET-3 (Supply Chain Quality)\nRound: L2 - Hiring Manager\nInterviewer: Abhishek Jain\n\nThe position has been put on hold. Our recruiter will reach out to you.
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled event: Interview: Priya Raghavan | SDET-3 | L2 (HM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "workday-panel", "WD-INTERVIEW-R-2045187-PRIYA-1", 1, "Walmart Global Tech India", "Manager II, QA",
        "technical", "v0s0k1a@walmart.com;m0g02ny@walmart.com", "workday-virtual-panel-cryptic-ids",
        rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:WD-INTERVIEW-R-2045187-PRIYA-1
DTSTAMP:20250320T030000Z
DTSTART;TZID=Asia/Kolkata:20250326T150000
DTEND;TZID=Asia/Kolkata:20250326T163000
SUMMARY:Interview - Manager II\, QA (R-2045187) - Panel
ORGANIZER;CN=Walmart Recruiting:mailto:walmart@myworkday.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Vinod Sekar;ROLE=REQ-PARTICIPANT:mailto:v0s0k1a@walmart.com
ATTENDEE;CN=Meghna Gupta;ROLE=REQ-PARTICIPANT:mailto:m0g02ny@walmart.com
LOCATION:Microsoft Teams
DESCRIPTION:Hello Priya\,\n\nYour interview for Manager II\, QA (R-2045187) at Walmart Global Tech India\, Bengaluru has been scheduled.\n\nInterview type: Panel (Technical - Quality Engineering)\nPanel: Vinod Sekar\, Meghna Gupta\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_WGT2045187@thread.v2/0\n\nYou can view your interview schedule in your Candidate Home account.\n\nWalmart Global Tech Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "successfactors", "SF-ISCHED-4410937-1", 1, "SAP Labs India", "Quality Engineering Lead", "technical",
        "lakshmi.narayanan@sap.com", "successfactors-interview-scheduling-teams",
        rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:SF-ISCHED-4410937-1
DTSTAMP:20250408T071500Z
DTSTART;TZID=Asia/Kolkata:20250411T100000
DTEND;TZID=Asia/Kolkata:20250411T110000
SUMMARY:Interview Invitation: Quality Engineering Lead (Req ID 414822)
ORGANIZER;CN=SAP Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Lakshmi Narayanan;ROLE=REQ-PARTICIPANT:mailto:lakshmi.narayanan@sap.com
LOCATION:Microsoft Teams / SAP Labs India\, Whitefield
DESCRIPTION:Dear Priya Raghavan\,\n\nThank you for your interest in SAP. We are pleased to invite you to a first technical interview for the position Quality Engineering Lead (Req ID 414822) in Bangalore.\n\nInterviewer: Lakshmi Narayanan (Development Manager\, SAP Business Technology Platform)\n\nTeams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SAP414822@thread.v2/0\n\nPlease accept or decline the invitation via the link in the e-mail.\n\nKind regards\,\nYour SAP Talent Acquisition Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "chime-phone", "amazon-chime-8841-2201-5590@amazon.com", 1, "Amazon", "Quality Assurance Manager",
        "hiring_manager", "sumanthk@amazon.com", "amazon-chime-phone-interview-with-hm",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:amazon-chime-8841-2201-5590@amazon.com
DTSTAMP:20250303T093000Z
DTSTART:20250307T083000Z
DTEND:20250307T093000Z
SUMMARY:Amazon Phone Interview - Quality Assurance Manager - Priya Raghavan
ORGANIZER;CN="Kumar, Sumanth":mailto:sumanthk@amazon.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
LOCATION:Amazon Chime: https://chime.aws/7742019358
DESCRIPTION:Hello Priya\,\n\nThis is your phone interview with the hiring manager for Quality Assurance Manager\, Alexa Shopping (Job ID 2871104)\, Bengaluru. Please review the Leadership Principles before the call: https://www.amazon.jobs/principles\n\n-- Amazon Chime --\nClick to join the meeting: https://chime.aws/7742019358\nMeeting ID: 7742 01 9358\nIndia: +91 22 7127 9800 (Mumbai)\nIndia Toll Free: 000 800 040 1530\nOne-click Mobile Dial-in (India): +91 22 7127 9800\,\,7742019358#
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "virtual-loop", "amazon-loop-2871104-prg-20250320", 1, "Amazon", "Quality Assurance Manager", "onsite",
        "sumanthk@amazon.com;rshetty@amazon.com;ganeshpv@amazon.com;neelima@amazon.com",
        "amazon-virtual-onsite-loop-four-interviewers",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{IST_WINDOWS}
BEGIN:VEVENT
UID:amazon-loop-2871104-prg-20250320
DTSTAMP:20250314T101500Z
DTSTART;TZID=India Standard Time:20250320T103000
DTEND;TZID=India Standard Time:20250320T153000
SUMMARY:Virtual Onsite - Priya Raghavan - QAM (Job 2871104)
ORGANIZER;CN="Fernandes, Gloria":mailto:glorfern@amazon.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kumar, Sumanth":mailto:sumanthk@amazon.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Shetty, Rohini":mailto:rshetty@amazon.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="P V, Ganesh":mailto:ganeshpv@amazon.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Rao, Neelima":mailto:neelima@amazon.com
LOCATION:Amazon Chime
DESCRIPTION:Hi Priya\,\n\nPlease find your virtual onsite (interview loop) schedule below. All times IST. Each session uses the same Chime link.\n\n10:30 - 11:30  Sumanth Kumar (Hiring Manager) - Leadership Principles / people management\n11:30 - 12:30  Rohini Shetty (Sr. QAE) - Test design and automation\n12:30 - 13:30  Lunch break\n13:30 - 14:30  Ganesh P V (SDM) - Bar Raiser\n14:30 - 15:30  Neelima Rao (Principal TPM) - Cross-team delivery\n\nChime: https://chime.aws/5519203874\n\nGloria Fernandes | Recruiting Coordinator
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "partner-round", "040000008200E00074C5B7101A82E00800000000904C6A3B119EDB01000000000000000010000000DD0A7F3C42", 1,
        "Deloitte USI", "QA Manager", "final", "srrao@deloitte.com",
        "outlook-sent-by-assistant-room-resource-partner-round",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Rao, Srinivas";SENT-BY="mailto:lbalaji@deloitte.com":mailto:srrao@deloitte.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HYD-MW-T2-08-Godavari (6)":mailto:hyd-mw-t2-08-godavari@deloitte.com
DESCRIPTION;LANGUAGE=en-US:Priya\,\n\nThis is the final discussion with Srinivas (Partner\, Quality Engineering) for the QA Manager position. Please report to reception at Meenakshi Tech Park\, Gachibowli Tower 2 by 2:45 PM and carry a photo ID. Lakshmi will meet you at reception.\n\nRegards\,\nLakshmi Balaji\nExecutive Assistant to Srinivas Rao
UID:040000008200E00074C5B7101A82E00800000000904C6A3B119EDB01000000000000000010000000DD0A7F3C42
SUMMARY;LANGUAGE=en-US:Discussion: Priya Raghavan / Srinivas Rao - QA Manager
DTSTART;TZID=India Standard Time:20250409T150000
DTEND;TZID=India Standard Time:20250409T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T064421Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HYD-MW-T2-08-Godavari (6)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "darwinbox-r1", "dbx-interview-5510338-persistent", 1, "Persistent Systems", "Test Manager", "technical",
        "sachin_kale@persistent.com", "darwinbox-candidate-side-round-1-pune",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Darwinbox//Recruitment//EN
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:dbx-interview-5510338-persistent
DTSTAMP:20250313T052210Z
DTSTART;TZID=Asia/Kolkata:20250318T120000
DTEND;TZID=Asia/Kolkata:20250318T130000
SUMMARY:Interview Scheduled: Test Manager - Round 1 (Technical)
ORGANIZER;CN=Persistent Systems Careers:mailto:noreply@darwinbox.in
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Sachin Kale;ROLE=REQ-PARTICIPANT:mailto:sachin_kale@persistent.com
LOCATION:MS Teams
DESCRIPTION:Dear Priya Raghavan\,\n\nYour interview has been scheduled with Persistent Systems Ltd for the position Test Manager (Job Code: PSL-QA-2231\, Pune - Hinjewadi).\n\nRound: Round 1 (Technical)\nInterviewer: Sachin Kale\nMode: Virtual - MS Teams\nLink: https://teams.microsoft.com/l/meetup-join/19%3ameeting_PSL2231@thread.v2/0\n\nPlease confirm your availability by clicking Accept.\n\nRegards\,\nTalent Acquisition Team\nPersistent Systems
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
