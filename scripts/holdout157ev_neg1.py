# ruff: noqa: E501
"""holdout157 events: look-alikes of interviews around Priya's job search (not her own interviews)."""

from holdout157ev_tz import IST_WINDOWS, KOLKATA, ev

EVENTS = [
    ev(
        "mock-interview", "topmate-booking-88123401", 0, "", "", "", "", "mock-interview-with-paid-mentor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Topmate//Bookings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:topmate-booking-88123401
DTSTAMP:20250307T150000Z
DTSTART:20250309T043000Z
DTEND:20250309T053000Z
SUMMARY:Mock Interview: Test Manager / QA Leadership - Anand Subramaniam
ORGANIZER;CN=Anand Subramaniam:mailto:anand.qa.mentor@gmail.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raghavan.qa@outlook.com
LOCATION:https://meet.google.com/tpm-mock-anq
DESCRIPTION:Booking confirmed via Topmate.\n\nService: 1:1 Mock Interview (60 min) - Test Manager / QA leadership rounds\nAmount paid: Rs 2\,499\n\nNote from Priya: have HM rounds at Amazon and Atlassian coming up - please grill me on people management + LP style questions.\n\nJoin: https://meet.google.com/tpm-mock-anq
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "webinar", "zoom-webinar-84410022913-priya", 0, "", "", "", "", "webinar-about-cracking-sdet-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-webinar-84410022913-priya
DTSTAMP:20250225T120000Z
DTSTART:20250301T123000Z
DTEND:20250301T140000Z
SUMMARY:The Test Tribe Webinar: Cracking SDET & Test Manager Interviews in 2025
ORGANIZER;CN=The Test Tribe:mailto:no-reply@zoom.us
LOCATION:https://us06web.zoom.us/w/84410022913?tk=webinarreg
DESCRIPTION:Hi Priya Raghavan\,\n\nThank you for registering for "Cracking SDET & Test Manager Interviews in 2025". Speakers: panel of hiring managers from product companies. Q&A at the end.\n\nPlease submit any questions to: community@thetesttribe.com\n\nJoin from a PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/84410022913?tk=webinarreg\nWebinar ID: 844 1002 2913\n\nYou can cancel your registration at any time.
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "podcast-recording", "riverside-rec-2025-testingtalks-ep48", 0, "", "", "", "",
        "podcast-guest-interview-recording",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{KOLKATA}
BEGIN:VEVENT
UID:riverside-rec-2025-testingtalks-ep48
DTSTAMP:20250312T100000Z
DTSTART;TZID=Asia/Kolkata:20250322T110000
DTEND;TZID=Asia/Kolkata:20250322T123000
SUMMARY:Testing Talks India podcast - Ep 48 recording (guest: Priya Raghavan)
ORGANIZER;CN=Abhijeet Sawant:mailto:abhijeet@testingtalks.in
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raghavan.qa@outlook.com
LOCATION:https://riverside.fm/studio/testing-talks-india
DESCRIPTION:Hi Priya\, thanks for agreeing to be interviewed on the show! Topic: "Building a QA function in a product company - lessons from the trenches". Format: 45-50 min conversation\, recorded on Riverside. Please use headphones and a quiet room. Rough questions attached in the mail.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "research-session", "ue-study-BS-TO-2025-0317-P14", 0, "", "", "", "",
        "user-research-interview-by-company-she-also-applies-to",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ue-study-BS-TO-2025-0317-P14
DTSTAMP:20250313T090000Z
DTSTART:20250317T103000Z
DTEND:20250317T111500Z
SUMMARY:BrowserStack research interview: Test Observability (45 min)
ORGANIZER;CN=BrowserStack UX Research:mailto:uxresearch@browserstack.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
LOCATION:Zoom - https://browserstack.zoom.us/j/99012877120
DESCRIPTION:Hi Priya\,\n\nThanks for signing up for our user research study. We'd like to understand how QA leads triage flaky tests and failures in CI. This is not a sales call and there are no right or wrong answers. The session will be recorded for internal research only.\n\nAs a thank-you you'll receive an Amazon voucher worth Rs 2\,000 after the session.\n\nBrowserStack UX Research
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "survey-call", "9C3E5A71-0D2B-4F6E-8A9C-1B3D5F7A9C2E", 0, "", "", "", "", "market-survey-phone-interview-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
CREATED:20250318T044010Z
DTSTART;TZID=Asia/Kolkata:20250319T173000
DTEND;TZID=Asia/Kolkata:20250319T180000
DTSTAMP:20250318T044020Z
SUMMARY:Kantar survey call - IT salaries (paid 1500)
DESCRIPTION:they call on mobile. 20 min phone interview for salary benchmarking study\, anonymous.
UID:9C3E5A71-0D2B-4F6E-8A9C-1B3D5F7A9C2E
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "appraisal", "keka-pms-review-2024-25-priya-r", 0, "", "", "", "", "own-annual-appraisal-at-current-job",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Nair, Rohan":mailto:rohan.n@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R, Priya":mailto:priya.r@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Annual performance review discussion for FY 2024-25. Please complete your self-assessment in Keka (Performance > Reviews) before the meeting. We'll go over goals\, ratings and development plan.
UID:keka-pms-review-2024-25-priya-r
SUMMARY;LANGUAGE=en-US:Annual Review Discussion FY24-25 - Priya / Rohan
DTSTART;TZID=India Standard Time:20250408T153000
DTEND;TZID=India Standard Time:20250408T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250401T050000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Rohan's cabin / Teams
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "stay-interview", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000D7C6B5A493", 0,
        "", "", "", "", "own-hr-stay-interview-retention-at-current-job",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{IST_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Shankar, Divya":mailto:divya.s@tesseract-labs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R, Priya":mailto:priya.r@tesseract-labs.in
DESCRIPTION;LANGUAGE=en-US:Hi Priya\,\n\nAs part of our HRBP connect for key talent\, I'd like to have a short stay interview with you - what keeps you here\, what could be better\, and your growth aspirations. This is confidential and informal.\n\nDivya\nHRBP - Engineering
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000D7C6B5A493
SUMMARY;LANGUAGE=en-US:Stay Interview - Priya R
DTSTART;TZID=India Standard Time:20250423T120000
DTEND;TZID=India Standard Time:20250423T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HR meeting room 2F / Teams
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "coffee-chat", "1ic8m3n0b5v7c2x9z4a6s1d3f0@google.com", 0, "", "", "", "",
        "informational-coffee-with-ex-colleague-abroad",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250308T140000Z
DTEND:20250308T144500Z
DTSTAMP:20250305T200000Z
ORGANIZER;CN=Meghana Rao:mailto:meghana.rao88@gmail.com
UID:1ic8m3n0b5v7c2x9z4a6s1d3f0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Meghana Rao;X-NUM-GUESTS=0:mailto:meghana.rao88@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/mgr-cofe-pri
DESCRIPTION:Virtual coffee :) Happy to tell you how the Blue Card + moving to Berlin went for us\, what QA roles pay here\, schools for kids\, and what German companies look for in interviews. Not hiring at my company right now but happy to help.\n\nJoin with Google Meet: https://meet.google.com/mgr-cofe-pri
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee chat - Meghana / Priya (life in Berlin)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "job-fair", "eventbrite-1098723344102-priya", 0, "", "", "", "", "europe-jobs-fair-registration",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Events//EN
METHOD:PUBLISH
{KOLKATA}
BEGIN:VEVENT
UID:eventbrite-1098723344102-priya
DTSTAMP:20250301T080000Z
DTSTART;TZID=Asia/Kolkata:20250329T100000
DTEND;TZID=Asia/Kolkata:20250329T170000
SUMMARY:Europe Tech Careers Fair Bengaluru 2025 - Meet Employers from Germany\, Netherlands\, Ireland
LOCATION:Hotel Lalit Ashok\, Kumara Krupa Road\, Bengaluru
DESCRIPTION:Your ticket: 1 x General Admission (Free)\nOrder #7731120045\n\nMeet 40+ employers and relocation consultants. On-the-spot CV reviews\, talks on EU Blue Card and Canada PR\, and networking. Bring printed CVs.\n\nView event: https://www.eventbrite.com/e/1098723344102
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "reference-call", "0rf4k8m2n6b1v3c5x7z9a2s4d6@google.com", 0, "", "", "", "",
        "reference-call-user-is-referee-for-ex-reportee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T113000Z
DTEND:20250320T114500Z
DTSTAMP:20250318T050000Z
ORGANIZER;CN=Neha Arora:mailto:neha.arora@accenture.com
UID:0rf4k8m2n6b1v3c5x7z9a2s4d6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION:Dear Priya\,\n\nHarish Kumar has listed you as a professional reference (former manager) for the position of Senior Test Analyst at Accenture. I would like to speak with you for about 10-15 minutes regarding his role\, strengths and areas of improvement.\n\nI will call you on the number Harish provided.\n\nThanks\,\nNeha Arora | Talent Acquisition\, Accenture
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference check - Harish Kumar
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "recruiter-noname", "040000008200E00074C5B7101A82E00800000000E9F0A1B2C3D4DB01000000000000000010000000B1A2C3D4E5", 0,
        "", "", "", "", "headhunter-call-confidential-client-no-employer",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Chawla, Amit":mailto:amit.chawla@hays.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\,\n\nGood speaking with you on LinkedIn. I'm working on a couple of Test Manager / Head of QA mandates with leading GCCs and product firms in Bengaluru and Hyderabad (clients confidential at this stage). Let's have a general chat about your profile and what you're looking for\, and I'll share details of the openings that fit.\n\nRegards\,\nAmit Chawla\nManager - Technology\, Hays India
UID:040000008200E00074C5B7101A82E00800000000E9F0A1B2C3D4DB01000000000000000010000000B1A2C3D4E5
SUMMARY;LANGUAGE=en-US:Call: Priya Raghavan / Amit (Hays) - career discussion
DTSTART:20250306T083000Z
DTEND:20250306T090000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T141500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "prep-block", "7F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0", 0, "", "", "", "", "prep-block-before-own-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
BEGIN:VEVENT
CREATED:20250329T162000Z
DTSTART;TZID=Asia/Kolkata:20250401T070000
DTEND;TZID=Asia/Kolkata:20250401T083000
DTSTAMP:20250329T162010Z
SUMMARY:PREP booking.com tech rnd - test pyramid\, flaky metrics\, STAR x5
DESCRIPTION:re-read JD. practice design: automation for search ranking A/B. Kannada class skip today.
UID:7F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        nofold=True,
    ),
    ev(
        "thank-you-note", "D2C3B4A5-9687-4E5F-A1B2-C3D4E5F6A7B8", 0, "", "", "", "", "thank-you-mail-reminder-after-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
BEGIN:VEVENT
CREATED:20250411T111500Z
DTSTART;TZID=Asia/Kolkata:20250411T190000
DTEND;TZID=Asia/Kolkata:20250411T191500
DTSTAMP:20250411T111510Z
SUMMARY:send thank u mail - N26 Lena + Tobias/Ana
DESCRIPTION:mention contract testing idea\, ask abt timeline. cc recruiter
UID:D2C3B4A5-9687-4E5F-A1B2-C3D4E5F6A7B8
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
    ev(
        "pre-employment-medical", "apollo-appt-PEHC-77120394", 0, "", "", "", "", "pre-employment-health-check-for-offer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apollo Clinic//Appointments//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:apollo-appt-PEHC-77120394
DTSTAMP:20250425T050000Z
DTSTART:20250429T023000Z
DTEND:20250429T043000Z
SUMMARY:Pre-Employment Health Check - Apollo Clinic Koramangala
ORGANIZER;CN=Apollo Clinic:mailto:appointments@apolloclinic.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT:mailto:priya.raghavan.qa@outlook.com
LOCATION:Apollo Clinic\, 1st Block Koramangala\, Bengaluru
DESCRIPTION:Dear Priya Raghavan\,\n\nYour Pre-Employment Health Check (corporate package sponsored by Razorpay) is booked.\nPlease come fasting (10-12 hours). Carry a photo ID and the authorisation letter from the employer.\nTests: CBC\, blood sugar\, lipid profile\, chest X-ray\, ECG\, vision\, physician consultation.\n\nBooking ID: PEHC-77120394
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "offer-call", "6of9r2a4z8x1c3v5b7n0m2k4j6@google.com", 0, "", "", "", "", "own-offer-discussion-after-rounds-not-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250324T100000Z
DTEND:20250324T103000Z
DTSTAMP:20250322T080000Z
ORGANIZER;CN=Shruti Nair:mailto:shruti.nair@razorpay.com
UID:6of9r2a4z8x1c3v5b7n0m2k4j6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Shruti Nair;X-NUM-GUESTS=0:mailto:shruti.nair@razorpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priya.raghavan.qa@outlook.com;X-NUM-GUESTS=0:mailto:priya.raghavan.qa@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/rzp-ofr-dscn
DESCRIPTION:Hi Priya\, happy to share that the panel has approved your selection! Let's get on a call to walk you through the offer - CTC break-up\, ESOPs\, joining bonus and notice period buyout. The offer letter will follow after BGV initiation.\n\nJoin with Google Meet: https://meet.google.com/rzp-ofr-dscn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Razorpay | Offer discussion | Priya Raghavan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "bgv-verification", "1A2B3C4D-authbridge-verif-2025", 0, "", "", "", "", "own-bgv-verification-call-for-new-offer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android 4.2505//EN
BEGIN:VEVENT
UID:1A2B3C4D-authbridge-verif-2025
DTSTAMP:20250402T093000Z
DTSTART;TZID=Asia/Kolkata:20250403T113000
DTEND;TZID=Asia/Kolkata:20250403T120000
SUMMARY:AuthBridge BGV call - docs verification (Razorpay offer)
DESCRIPTION:they will video call to verify address + docs. keep Aadhaar\, PAN\, degree certs\, relieving letters from Cognizant & Mu Sigma ready. upload pending: form 16.
END:VEVENT
END:VCALENDAR""",
        nofold=True, lf=True,
    ),
]
