# ruff: noqa: E501
"""holdout235 events: more hiring-side events, and look-alikes from the job search and migration (all negatives)."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("video-trade-test-overseas", "ZOOM81229047715-angc-rebar", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTAMP:20251228T093300Z
UID:ZOOM81229047715-angc-rebar
SUMMARY:ANGC - Rebar Foreman trade test (Karachi test centre) - video
DTSTART;TZID=Asia/Dubai:20251230T100000
DTEND;TZID=Asia/Dubai:20251230T123000
LOCATION:https://us02web.zoom.us/j/81229047715
DESCRIPTION:Al-Madina Overseas Employment Promoters (Karachi) will connect from their test centre. 8 rebar foreman candidates for Al Noor Gulf Contracting - P1127 Tower C.\nEngr. Mark Villanueva (ANGC) to observe the practical (column cage + BBS reading) by video and interview each candidate 10 min. Marks sheet to HR by 31 Dec.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/81229047715\nMeeting ID: 812 2904 7715\nPasscode: 118820
ORGANIZER;CN=Aileen Dela Cruz:mailto:aileen.delacruz@alnoorgulf.ae
ATTENDEE;CN=mark.villanueva@alnoorgulf.ae:mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;CN=almadina.oep@gmail.com:mailto:almadina.oep@gmail.com
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-overseas-video-trade-test", fold=True),

    ev("selection-sign-off", "040000008200E00074C5B7101A82E00800000000AA3C4D5E6F4ADC01000000000000000010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sharma, Rakesh":mailto:rakesh.sharma@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dela Cruz, Aileen":mailto:aileen.delacruz@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Sir Rakesh\, Ms. Aileen\,\n\nFor sign-off of the Formwork Foreman selection before it goes to PD: my recommendation is Edgar Santos (best in practical\, Doka experience)\, reserve Ramon Bautista. Salary grade F3 as per MPR. Evaluation sheets in the shared folder \\\\angc-fs01\\P1127\\HR\\Recruitment.\n\nSalamat.\nMark\n
UID:040000008200E00074C5B7101A82E00800000000AA3C4D5E6F4ADC01000000000000000010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6
SUMMARY;LANGUAGE=en-US:Formwork Foreman - selection sign-off
DTSTART;TZID=Arabian Standard Time:20251214T081500
DTEND;TZID=Arabian Standard Time:20251214T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251211T172000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CM office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-selection-recommendation"),

    ev("candidate-sent-invite", "4n7c0s2q8v1k5m3t9h6b0r4dfa@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20260107T180000
DTEND;TZID=Asia/Dubai:20260107T183000
DTSTAMP:20260106T141102Z
ORGANIZER;CN=Kenneth Ramos:mailto:kennethramos.ce@gmail.com
UID:4n7c0s2q8v1k5m3t9h6b0r4dfa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kenneth Ramos;X-NUM-GUESTS=0:mailto:kennethramos.ce@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mark.villanueva@alnoorgulf.ae;X-NUM-GUESTS=0:mailto:mark.villanueva@alnoorgulf.ae
X-GOOGLE-CONFERENCE:https://meet.google.com/vdr-nkbo-sia
DESCRIPTION:Good evening Engr. Villanueva\,\n\nAs advised by Ms. Aileen of HR\, I am sending this invite for my online interview for the Site Engineer (Civil) vacancy at Al Noor Gulf Contracting. I am currently in Cebu\, available anytime. Attached is my updated CV.\n\nThank you very much po\, Sir.\nEngr. Kenneth Ramos\n\nJoin with Google Meet: https://meet.google.com/vdr-nkbo-sia
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview for Site Engineer position - Kenneth Ramos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-candidate-organizes-invite", fold=True),

    ev("kabayan-referral-coffee", "C5D8E1F4-7A2B-4C9D-B3E6-1F4A7C0D3E69", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251107T193000
DTEND:20251107T203000
DTSTAMP:20251105T120022Z
UID:C5D8E1F4-7A2B-4C9D-B3E6-1F4A7C0D3E69
SUMMARY:Coffee w/ Jomar (kabayan ni Pareng Dennis)
LOCATION:Tim Hortons Al Karama
DESCRIPTION:fresh grad CE\, board passer Nov\, visit visa. check CV + ask basic qs (slump test\, cover\, lap length) if pwede i-refer sa Jr Engr vacancy natin. bring MPR copy
SEQUENCE:0
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-kabayan-referral-coffee", eol="lf"),

    ev("exam-checking", "040000008200E00074C5B7101A82E00800000000BB4D5E6F704ADC01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7", r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:5 papers from HR (Jr. Site Engineer written exam). use answer key v2. pass mark 60. return w/ remarks\n
UID:040000008200E00074C5B7101A82E00800000000BB4D5E6F704ADC01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7
SUMMARY;LANGUAGE=en-US:Checking - technical exam papers (Jr Engrs)
DTSTART;TZID=Arabian Standard Time:20260126T160000
DTEND;TZID=Arabian Standard Time:20260126T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260125T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-exam-papers-checking"),

    ev("headhunter-confidential", "li-recruiter-20251020-ks8821", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
METHOD:REQUEST
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
UID:li-recruiter-20251020-ks8821
DTSTAMP:20251018T104500Z
DTSTART;TZID=Arabian Standard Time:20251020T124500
DTEND;TZID=Arabian Standard Time:20251020T131500
SUMMARY:Intro call - Mark Villanueva / Karen Soh (KSA opportunities)
ORGANIZER;CN="Karen Soh":mailto:karen.soh@apexbridge-search.com
ATTENDEE;CN="Mark Villanueva";RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Hi Mark\, thanks for connecting on LinkedIn. I'm working on several senior site / project engineer mandates in KSA for confidential clients (tier-1 contractors on giga-projects). Would be good to understand your background\, what you're looking for and your availability\, so I can match you to the right one. Will call your mobile.\n\nKaren Soh\nApexBridge Executive Search
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""", trap="headhunter-intro-confidential-clients"),

    ev("ielts-speaking", "idp-ielts-booking-DXB-2025-771204-S", r"""BEGIN:VCALENDAR
PRODID:-//IDP Education//IELTS Booking//EN
VERSION:2.0
METHOD:PUBLISH
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:idp-ielts-booking-DXB-2025-771204-S
DTSTAMP:20251001T093010Z
DTSTART;TZID=Asia/Dubai:20251025T141000
DTEND;TZID=Asia/Dubai:20251025T142500
SUMMARY:IELTS General Training - Speaking test
LOCATION:IDP IELTS Test Centre\, Block 2B\, Dubai Knowledge Park
DESCRIPTION:Candidate: VILLANUEVA MARK ANTHONY\nTest: IELTS General Training (computer-delivered)\nSpeaking test (face-to-face with examiner): 14:10\nBring the same passport used at registration. Arrive 30 minutes early for ID check.\nListening\, Reading and Writing are on the same day from 09:00.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", trap="ielts-speaking-test-with-examiner"),

    ev("vfs-biometrics", "VFS-CAN-DXB-BIO-00928817", r"""BEGIN:VCALENDAR
PRODID:-//VFS Global//Appointment//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:VFS-CAN-DXB-BIO-00928817
DTSTAMP:20251205T100211Z
DTSTART:20251211T053000Z
DTEND:20251211T060000Z
SUMMARY:Appointment Confirmation - Canada Visa Application Centre Dubai - Biometrics
LOCATION:VFS Global\, Wafi Mall\, Falcon Phase 2\, Oud Metha\, Dubai
DESCRIPTION:Reference number: DXB/CAN/BIO/00928817\nApplicant: MARK ANTHONY VILLANUEVA\nService: Biometric enrolment (IRCC Biometric Instruction Letter required)\nPlease carry your passport\, BIL and appointment letter. Mobile phones are not allowed inside the premises.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", trap="visa-biometrics-appointment-utc"),

    ev("immigration-assessment", "6sd1m8q3v0k4t7h2c9n5b1r6pe@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251012T190000
DTEND;TZID=Asia/Dubai:20251012T200000
DTSTAMP:20251009T110044Z
ORGANIZER;CN=MapleWay Immigration Consultants:mailto:appointments@maplewayimmigration.ae
UID:6sd1m8q3v0k4t7h2c9n5b1r6pe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Dear Mr. Villanueva\,\n\nThis confirms your profile assessment with our RCIC-licensed consultant (Express Entry / PNP / Australian skilled visa 189-190). Please bring your passport\, degree\, transcript\, IELTS result (if available)\, and employment certificates. The assessment fee of AED 500 is adjustable upon signing the retainer.\n\nMapleWay Immigration Consultants\, Bur Dubai
LOCATION:MapleWay office\, Al Fahidi\, Bur Dubai
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Profile Assessment - Canada/Australia PR - Mark Villanueva
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="immigration-consultant-profile-assessment", fold=True),

    ev("newspaper-interview", "9e2c4a60-kabayangulf-feature-mav", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251031T170000
DTEND;TZID=Asia/Dubai:20251031T180000
DTSTAMP:20251027T130509Z
ORGANIZER;CN=Bea Santiago:mailto:bea.santiago@kabayangulfweekly.com
UID:9e2c4a60-kabayangulf-feature-mav
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Hi Engr. Mark! Salamat for agreeing to be featured in our "Pinoy Pride sa Disyerto" series. Interview is around 45 mins - your journey from Cavite to Dubai towers\, tips for kabayan engineers\, and life on site. Our photographer will take a few shots (with hard hat pls!). Article will run in the Nov 14 issue.\n\nBea Santiago\nFeatures Writer\, Kabayan Gulf Weekly
LOCATION:Kabayan Gulf Weekly office\, Al Barsha 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Engr. Mark Villanueva (Pinoy Pride feature)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="press-interview-community-newspaper", fold=True),

    ev("own-appraisal", "040000008200E00074C5B7101A82E00800000000CC5E6F70814ADC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Sharma, Rakesh":mailto:rakesh.sharma@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Mark\,\n\nAnnual performance appraisal 2025. Please complete your self-assessment in the HR portal before the meeting (KPIs: programme adherence\, NCR count\, safety observations\, manpower productivity). We will also discuss your development plan and the Tower C role.\n\nRakesh\n
UID:040000008200E00074C5B7101A82E00800000000CC5E6F70814ADC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
SUMMARY;LANGUAGE=en-US:Performance Appraisal 2025 - Mark Anthony Villanueva
DTSTART;TZID=Arabian Standard Time:20251222T150000
DTEND;TZID=Arabian Standard Time:20251222T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251216T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CM office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="own-performance-appraisal-current-employer"),

    ev("wife-video-call", "3m0v6c1q9t2s8k4h7b5n0r2dwe@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:markvillanueva.ce@yahoo.com
X-WR-TIMEZONE:Asia/Dubai
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251005T210000
DTEND;TZID=Asia/Dubai:20251005T220000
RRULE:FREQ=WEEKLY;BYDAY=SU
DTSTAMP:20251001T150000Z
UID:3m0v6c1q9t2s8k4h7b5n0r2dwe@google.com
CREATED:20251001T145950Z
DESCRIPTION:messenger video - si Misis at mga bata (Cavite). 1am sa PH so wag ma-late!
LAST-MODIFIED:20251001T145950Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VC w/ Joy & kids
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251221T190000
DTEND;TZID=Asia/Dubai:20251221T200000
DTSTAMP:20251218T120000Z
UID:3m0v6c1q9t2s8k4h7b5n0r2dwe@google.com
RECURRENCE-ID;TZID=Asia/Dubai:20251221T210000
CREATED:20251001T145950Z
DESCRIPTION:earlier - Christmas party ng school ni Migo\, kakanta sya. sabay kami manood
LAST-MODIFIED:20251218T120000Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:VC w/ Joy & kids (maaga - Xmas party ni Migo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="recurring-family-video-call-with-override"),
]
