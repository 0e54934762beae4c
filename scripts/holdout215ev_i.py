"""holdout215 events, part i: look-alikes around the search, the user's own HR events, errands and courses."""

from holdout215ev_common import TZ_DUBLIN, TZ_LONDON, E

EVENTS = [
    E(
        "agency-intro", 0, "3x9ah5c1e4g7i0k2m6o8q3s5uw@google.com",
        trap="agency-intro-gulf-carrier-unnamed",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250326T120000
DTEND;TZID=Europe/London:20250326T123000
DTSTAMP:20250324T091544Z
ORGANIZER;CN=Laura Finnegan:mailto:laura@meridiancrew.co.uk
UID:3x9ah5c1e4g7i0k2m6o8q3s5uw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.
 fly@gmail.com
DESCRIPTION:Hi Niamh\, thanks for registering with Meridian. Quick intro c
 all to get to know you and talk through a few live cabin crew campaigns
  - I'm working with a Gulf carrier launching new long-haul routes and a
  couple of VIP operators. I can't name the airline just yet (confidential
  until they go public) but happy to tell you all about the package.<br><
 br>Laura
LOCATION:Phone - I'll call your mobile
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call - Laura Finnegan (Meridian Crew Solutions)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "prep-block", 0, "4y0bi6d2f5h8j1l3n7p9r4t6vx@google.com",
        trap="prep-block-before-final",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:niamh.gallagher.fly@gmail.com
X-WR-TIMEZONE:Europe/Dublin
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250416T140000
DTEND;TZID=Europe/Dublin:20250416T170000
DTSTAMP:20250413T093011Z
UID:4y0bi6d2f5h8j1l3n7p9r4t6vx@google.com
DESCRIPTION:- 6 STAR stories (difficult pax\, medical onboard\, conflict
  w/ colleague\, going above + beyond\, mistake\, teamwork)\n- QR fleet: A
 350\, 787\, 777 / Qsuite\n- why Doha? why QR not EK?\n- practise on video
  w/ phone + watch it back (ugh)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP for QR final 📚
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "thank-you", 0, "F4B8D2E6-3A1C-4F7B-9E05-2C6A8D0B1E73",
        trap="thank-you-note-reminder", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F4B8D2E6-3A1C-4F7B-9E05-2C6A8D0B1E73
DTSTAMP:20250326T101200Z
DTSTART;VALUE=DATE:20250327
DTEND;VALUE=DATE:20250328
SUMMARY:send thank u email to Karen + Alan (Cathay)
DESCRIPTION:mention the HKG stopover story Alan laughed at. keep it short
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "appraisal", 0, "AAMkAGE3ODkzMWI0LTc1NzYtNDZjYS04ZTY5LTQ4ZjE5ZTIxODc2OABGAAAAAAD2xWq1",
        trap="own-annual-performance-review",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:AAMkAGE3ODkzMWI0LTc1NzYtNDZjYS04ZTY5LTQ4ZjE5ZTIxODc2OABGAAAAAAD2xWq1
SEQUENCE:0
DTSTAMP:20250210T141500Z
DTSTART;TZID=Europe/Dublin:20250219T130000
DTEND;TZID=Europe/Dublin:20250219T134500
SUMMARY:Annual Performance Review 2024 - Niamh Gallagher
ORGANIZER;CN=Gary Lynch:mailto:gary.lynch@emeraldskylink.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.g
 allagher@emeraldskylink.ie
DESCRIPTION:Hi Niamh\, time for your annual review. Please complete the se
 lf-assessment in the HR portal beforehand - we'll go through your line c
 heck\, customer feedback\, sickness record and development goals (you me
 ntioned the trainer pathway).\n\nGary\nBase Manager\, Cabin Crew DUB
LOCATION:Crew Centre - Base Manager's office
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "exit-interview", 0, "AAMkAGZkMjg0YzFiLTQ2ZTctNDA5Mi1iNmQ3LTg0NjIwY2Q1ZTRkMwBGAAAAAAAx8RnP",
        trap="own-exit-interview-current-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:AAMkAGZkMjg0YzFiLTQ2ZTctNDA5Mi1iNmQ3LTg0NjIwY2Q1ZTRkMwBGAAAAAAAx8RnP
SEQUENCE:0
DTSTAMP:20250812T102000Z
DTSTART;TZID=Europe/Dublin:20250828T110000
DTEND;TZID=Europe/Dublin:20250828T113000
SUMMARY:Exit interview - N. Gallagher (Cabin Crew DUB)
ORGANIZER;CN=HR Operations:mailto:hr@emeraldskylink.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.g
 allagher@emeraldskylink.ie
ATTENDEE;CN=Louise Kinsella;ROLE=REQ-PARTICIPANT:mailto:louise.kinsella@em
 eraldskylink.ie
DESCRIPTION:Hi Niamh\,\n\nSorry to see you go! As part of our leaver proc
 ess we'd like to have a short\, confidential exit interview with you abo
 ut your time with us. Please also return your ID card\, iPad and uniform
  on your last day.\n\nLouise Kinsella\, HR Business Partner
LOCATION:HR Office\, Crew Centre / Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "reference-call", 0, "5z1cj7e3g6i9k2m4o8q0s5u7wy@google.com",
        trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250521T100000
DTEND;TZID=Europe/London:20250521T101500
DTSTAMP:20250519T144510Z
ORGANIZER;CN=Virgin Atlantic Onboarding:mailto:onboarding.references@fly.
 virgin.com
UID:5z1cj7e3g6i9k2m4o8q0s5u7wy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=niamh
 .gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.fly@gmail.
 com
DESCRIPTION:Thank you for agreeing to act as a referee for Chloe Byrne\,
  who has been offered a position as Cabin Crew with Virgin Atlantic. We
  will call you to confirm dates of employment\, her role and your worki
 ng relationship. The call takes around 10 minutes.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call - Chloe Byrne (Virgin Atlantic)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "research-interview", 0, "calcom-8b6e2f90-41d7-4c3a-a5b9-d07c2e6f1a83@cal.com",
        trap="user-research-interview-crew-app",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8b6e2f90-41d7-4c3a-a5b9-d07c2e6f1a83@cal.com
DTSTAMP:20250223T120000Z
DTSTART:20250226T170000Z
DTEND:20250226T174500Z
SUMMARY:User interview - CrewMate app between Tomás Ó Briain and Niamh Gal
 lagher
DESCRIPTION:What: User interview (45 min)\nWho:\nTomás Ó Briain - Organize
 r - tomas@crewmate.app\nNiamh Gallagher - niamh.gallagher.fly@gmail.com\n
 Where: https://meet.google.com/vkp-sgwe-hxa\nAdditional notes: We're bui
 lding a roster-swap app for cabin crew and would love to hear how you sw
 ap duties today. €40 One4All voucher as a thank you. Nothing to prepare
 !
ORGANIZER;CN=Tomás Ó Briain:mailto:tomas@crewmate.app
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 niamh.gallagher.fly@gmail.com
LOCATION:https://meet.google.com/vkp-sgwe-hxa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "podcast", 0, "6a2dk8f4h7j0l3n5p9r1t6v8xz@google.com",
        trap="podcast-recording-guest",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250604T190000
DTEND;TZID=Europe/Dublin:20250604T200000
DTSTAMP:20250528T103000Z
ORGANIZER;CN=Jump Seat Diaries:mailto:hello@jumpseatdiaries.ie
UID:6a2dk8f4h7j0l3n5p9r1t6v8xz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=niamh
 .gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.fly@gmail.
 com
DESCRIPTION:Recording - episode 41 "Regional flying: 4 sectors before lun
 ch". Guest: Niamh Gallagher. We'll record on Riverside - link below. Use
  headphones! Roughly 40 min chat\, we edit after.<br>https://riverside.f
 m/studio/jumpseatdiaries
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast recording - Jump Seat Diaries ep. 41 w/ Niamh
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "bank", 0, "7b3el9g5i8k1m4o6q0s2u7w9ya@google.com",
        trap="bank-appointment-personal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250122T153000
DTEND;TZID=Europe/Dublin:20250122T161500
DTSTAMP:20250115T111100Z
ORGANIZER;CN=Bank of Ireland Appointments:mailto:appointments@boi.com
UID:7b3el9g5i8k1m4o6q0s2u7w9ya@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=niamh
 .gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.fly@gmail.
 com
DESCRIPTION:Your appointment with a Personal Lending adviser is confirmed.
  Topic: car loan. Please bring 3 months' payslips\, bank statements and
  photo ID.
LOCATION:Bank of Ireland\, Main Street\, Swords
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bank of Ireland - lending appointment
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "police-cert", 0, "A9C3E7B1-5D2F-4A68-8B0E-4F7D1C9A3E26",
        trap="police-certificate-official-appointment", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
CALSCALE:GREGORIAN
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:A9C3E7B1-5D2F-4A68-8B0E-4F7D1C9A3E26
DTSTAMP:20250401T202011Z
DTSTART;TZID=Europe/Dublin:20250408T100000
DTEND;TZID=Europe/Dublin:20250408T103000
SUMMARY:Garda station - police cert for QR
LOCATION:Swords Garda Station
DESCRIPTION:Police clearance cert needed for Qatar visa pack. Bring passp
 ort + utility bill + the form. Public office open 10-12 only
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "nails", 0, "8c4fm0h6j9l2n5p7r1t3v8x0zb@google.com",
        trap="grooming-beauty-appointment-before-assessment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250221T170000
DTEND;TZID=Europe/Dublin:20250221T183000
DTSTAMP:20250210T180500Z
UID:8c4fm0h6j9l2n5p7r1t3v8x0zb@google.com
DESCRIPTION:BIAB natural pink (NOT red - Emirates want natural for the open
  day) + brows. Booked w/ Jade. Deposit paid €10
LOCATION:Glow Beauty Rooms\, Swords
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nails + brows 💅
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "elearning-due", 0, "9d5gn1i7k0m3o6q8s2u4w9y1ac@google.com",
        trap="dangerous-goods-elearning-deadline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250331
DTEND;VALUE=DATE:20250401
DTSTAMP:20250303T080000Z
ORGANIZER;CN=Cabin Crew Training:mailto:cctraining@emeraldskylink.ie
UID:9d5gn1i7k0m3o6q8s2u4w9y1ac@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=N
 iamh Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Reminder: Dangerous Goods (Cat 7/8) recurrent e-learning + as
 sessment must be completed on the LMS by 31 March or you will be removed
  from the roster.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DUE: DG recurrent e-learning + test
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "base-meeting", 0, "0e6ho2j8l1n4p7r9t3v5x0z2bd@google.com",
        trap="base-crew-meeting-internal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250129T140000
DTEND;TZID=Europe/Dublin:20250129T153000
DTSTAMP:20250120T090500Z
ORGANIZER;CN=Gary Lynch:mailto:gary.lynch@emeraldskylink.ie
UID:0e6ho2j8l1n4p7r9t3v5x0z2bd@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=DUB Cabi
 n Crew;X-NUM-GUESTS=0:mailto:dub-cabincrew@emeraldskylink.ie
DESCRIPTION:Quarterly base meeting: summer schedule + new routes (CWL\, NC
 L)\, roster stability\, uniform update\, Q&A with ops. Paid as GD if you
  attend on a day off.
LOCATION:Crew Centre - Training Room 1 / Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DUB Base crew meeting - Q1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "trainer-course", 0, "1f7ip3k9m2o5q8s0u4w6y1a3ce@google.com",
        trap="train-the-trainer-course-own-development",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:niamh.gallagher.fly@gmail.com
X-WR-TIMEZONE:Europe/Dublin
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250125T093000
DTEND;TZID=Europe/Dublin:20250125T163000
DTSTAMP:20250109T201000Z
UID:1f7ip3k9m2o5q8s0u4w6y1a3ce@google.com
DESCRIPTION:QQI L6 Training Delivery & Evaluation - day 1 of 5 (Saturdays)
 . Microteach #1 on day 3 - assessed. Paid €650\, all the trainer jobs as
 k for it
LOCATION:Dublin Business School\, Aungier St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Train the Trainer - day 1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "spanish-class", 0, "2g8jq4l0n3p6r9t1v5x7z2b4df@google.com",
        trap="spanish-conversation-class",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250422T183000
DTEND;TZID=Europe/Dublin:20250422T200000
DTSTAMP:20250414T120000Z
ORGANIZER;CN=Instituto Cervantes Dublín:mailto:cursos.dublin@cervantes.es
UID:2g8jq4l0n3p6r9t1v5x7z2b4df@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=niamh
 .gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.fly@gmail.
 com
DESCRIPTION:Curso de conversación B1 - sesión 3. Tema: viajes y entrevist
 as de trabajo (vocabulario\, simulaciones en parejas). Profesora: Marta.
LOCATION:Instituto Cervantes\, Lincoln House\, Dublin 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase de español - conversación B1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "swim-practice", 0, "D6F0B4A8-2E7C-4193-8A5D-0B3E9C7F1D52",
        trap="swim-practice-before-swim-test", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D6F0B4A8-2E7C-4193-8A5D-0B3E9C7F1D52
DTSTAMP:20250325T190000Z
DTSTART:20250329T080000
DTEND:20250329T090000
SUMMARY:swim - practise treading water
LOCATION:National Aquatic Centre
DESCRIPTION:3 mins treading + 25m no stopping\, in case Etihad keep me fo
 r the swim test. bring €8
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "practice-session", 0, "3h9kr5m1o4q7s0u2w6y8a3c5eg@google.com",
        trap="group-exercise-practice-with-other-applicants",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250218T200000
DTEND;TZID=Europe/Dublin:20250218T213000
DTSTAMP:20250216T181500Z
ORGANIZER;CN=Leah Fitzgerald:mailto:leahfitz.crew@gmail.com
UID:3h9kr5m1o4q7s0u2w6y8a3c5eg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=niamh
 .gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.fly@gmail.
 com
DESCRIPTION:Practice group task + final interview Qs for the Emirates ope
 n day on Sat - from the "Irish Cabin Crew Applicants" FB group. We'll ta
 ke turns being the recruiter. Cameras on!<br>Join with Google Meet: https
 ://meet.google.com/rqz-gnbu-wkt
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EK open day practice 🙈
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
