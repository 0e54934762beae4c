"""holdout139: negatives, part 3 – press and research 'interviews', practice, webinars, personal appointments."""

from __future__ import annotations

from holdout139ev_common import APPLE, GOOGLE, OUTLOOK, Ev, cal

EVENTS = [
    Ev("radio-interview", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250916T064500
DTEND;TZID=Africa/Johannesburg:20250916T070000
DTSTAMP:20250912T110000Z
ORGANIZER;CN=Naledi Mokoena:mailto:naledi.producer@metrotalk1043.co.za
UID:2se3dr4ft5gy6hu7ji8ko9lp0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tnkosi
 @kwezi-retail.co.za;X-NUM-GUESTS=0:mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION:Live telephonic interview on the Breakfast Drive: how retailers
  keep shelves stocked during load-shedding stage 4. Producer will call you
  at 06:40. Approx 8 minutes on air. Corporate comms has approved.
LOCATION:Telephonic – Metro Talk 104.3 FM studio line
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Radio interview – Metro Talk 104.3 Breakfast Drive
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="press-radio-interview"),

    Ev("podcast", cal(r"""
BEGIN:VEVENT
UID:riverside-rec-7781@coldchainshow.co.za
DTSTAMP:20250920T100000Z
DTSTART:20251007T150000Z
DTEND:20251007T160000Z
SUMMARY:The Cold Chain Show – guest interview recording (Thandiwe Nkosi)
ORGANIZER;CN=Dumisani Khanye:mailto:dumi@coldchainshow.co.za
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
DESCRIPTION:Thanks for agreeing to be a guest! We'll chat about running a m
 ulti-temperature DC through load-shedding and what you'd tell a young supe
 rvisor. Recording link: https://riverside.fm/studio/cold-chain-show\nHeadp
 hones please.
LOCATION:https://riverside.fm/studio/cold-chain-show
END:VEVENT
""", "-//Riverside//Riverside Studio//EN", tz=()), 0, trap="podcast-guest-interview"),

    Ev("user-research", cal(r"""
BEGIN:VEVENT
UID:zoom-92211004477-20250924@stackwise.io
DTSTAMP:20250915T120000Z
DTSTART:20250924T090000Z
DTEND:20250924T094500Z
SUMMARY:Customer interview: WMS usability study (45 min) – Stackwise Rese
 arch
ORGANIZER;CN=Hannah Reid:mailto:hannah.reid@stackwise.io
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION:Hi Thandiwe\, thanks for signing up for our research session. W
 e'd like to watch how your team plans wave picking in Stackwise WMS. This
  is not a sales call. You'll receive a R500 voucher as thanks.\n\nJoin Zoo
 m Meeting\nhttps://us06web.zoom.us/j/92211004477\nMeeting ID: 922 1100 447
 7
LOCATION:Zoom
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN", tz=()), 0, trap="user-research-interview-vendor"),

    Ev("journalist", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thandiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Greg Hollis:mailto:greg@
 salogisticsmonthly.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Moodley, Shanice (Corpo
 rate Comms)":mailto:smoodley@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Interview for SA Logistics Monthly feature on DC
  automation (goods-to-person pilot). Comms will sit in. Photos on the floo
 r afterwards – hi-vis for Greg.
UID:040000008200E00074C5B7101A82E00800000000E9E8D7D6C51BDC01000000000000000
 01000000010203040506070801020304050607080
SUMMARY;LANGUAGE=en-ZA:Media interview – SA Logistics Monthly (DC automat
 ion)
DTSTART;TZID=South Africa Standard Time:20251002T100000
DTEND;TZID=South Africa Standard Time:20251002T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:KWZ DC - Boardroom Upstairs
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="press-trade-magazine-interview"),

    Ev("mock-interview", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250927T090000
DTEND;TZID=Africa/Johannesburg:20250927T103000
DTSTAMP:20250922T180000Z
ORGANIZER;CN=Zanele Mthethwa:mailto:zanele@careerlift.co.za
UID:3dr4ft5gy6hu7ji8ko9lp0zx1c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=thandi
 we.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nkosi.ops@webmai
 l.co.za
DESCRIPTION:Mock competency-based panel interview ahead of your final round
 s. I'll play the MD\, my colleague plays HR. We'll record it and go throug
 h your STAR answers afterwards.\n\nZanele Mthethwa\nExecutive Career Coach
 \, CareerLift\n\nJoin with Google Meet: https://meet.google.com/mck-pnlx-i
 nt
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock panel interview with Zanele (coach)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="mock-interview-coach"),

    Ev("webinar-interviewing", cal(r"""
BEGIN:VEVENT
UID:gtw-webinar-5520198833-ts@gotowebinar.com
DTSTAMP:20250901T080000Z
DTSTART:20250918T100000Z
DTEND:20250918T110000Z
SUMMARY:Webinar: Competency-based interviewing for warehouse line managers
ORGANIZER;CN=SA Supply Chain Forum:mailto:events@sascforum.org.za
ATTENDEE;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION:Thank you for registering. Learn how to structure STAR question
 s\, avoid bias on panels and score candidates consistently. CPD points: 1.
 \n\nJoin webinar: https://attendee.gotowebinar.com/join/5520198833
LOCATION:GoTo Webinar
END:VEVENT
""", "-//GoTo//GoTo Webinar//EN", tz=()), 0, trap="webinar-about-interviewing"),

    Ev("masterclass", cal(r"""
BEGIN:VEVENT
UID:evt-masterclass-acefinal-20251004@careerlift.co.za
DTSTAMP:20250925T080000Z
DTSTART;TZID=Africa/Johannesburg:20251004T100000
DTEND;TZID=Africa/Johannesburg:20251004T120000
SUMMARY:Masterclass: Acing the final interview with the MD (executives)
ORGANIZER;CN=CareerLift Events:mailto:events@careerlift.co.za
ATTENDEE;CN=Thandiwe Nkosi:mailto:thandiwe.nkosi.ops@webmail.co.za
DESCRIPTION:Online class: negotiating the package\, answering 'why are you
  leaving?'\, presenting a 90-day plan. Zoom link sent on the day.
LOCATION:Online
END:VEVENT
""", "-//CareerLift//Events//EN"), 0, trap="class-about-interviews"),

    Ev("doctor", cal(r"""
BEGIN:VEVENT
CREATED:20250905T061000Z
DTEND;TZID=Africa/Johannesburg:20250911T083000
DTSTAMP:20250905T061000Z
DTSTART;TZID=Africa/Johannesburg:20250911T080000
LOCATION:Dr R Pillay\, Linksfield Medical Centre
SEQUENCE:0
SUMMARY:Dr Pillay – check-up + BP
TRANSP:OPAQUE
UID:2B3C4D5E-6F70-4A81-92A3-B4C5D6E7F809
END:VEVENT
""", APPLE, method=None), 0, trap="personal-doctor"),

    Ev("home-affairs", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250920T073000
DTEND;TZID=Africa/Johannesburg:20250920T100000
DTSTAMP:20250913T190000Z
UID:4ft5gy6hu7ji8ko9lp0zx1cv2b@google.com
DESCRIPTION:Smart ID card collection. Booked via BABS\, ref 44219087. Bring
  old green ID book + SMS.
LOCATION:Home Affairs\, Sandton Branch (Discovery bank branch)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Home Affairs – smart ID collection
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 0, trap="personal-home-affairs"),

    Ev("school", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250925T161500
DTEND;TZID=Africa/Johannesburg:20250925T163000
DTSTAMP:20250918T120000Z
ORGANIZER;CN=Greenside Primary:mailto:office@greensideprimary.co.za
UID:pt-meeting-gr7b-lwazi-2025@greensideprimary.co.za
ATTENDEE;CN=Thandiwe Nkosi:mailto:thandiwe.nkosi.ops@webmail.co.za
DESCRIPTION:Parent-teacher interview: Lwazi Nkosi (Gr 7B) with Mrs Botha. 1
 5-minute slot. Please be on time.
LOCATION:Greenside Primary – Classroom 7B
SUMMARY:Parent-teacher interview – Lwazi (Gr 7B)
END:VEVENT
""", "-//SchoolBooking//Parent Evenings//EN"), 0, trap="personal-parent-teacher-interview"),

    Ev("bank", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251011T090000
DTEND;TZID=Africa/Johannesburg:20251011T100000
DTSTAMP:20251006T150000Z
UID:5gy6hu7ji8ko9lp0zx1cv2bn3m@google.com
DESCRIPTION:Bond originator – pre-approval. Bring 3 months payslips + ban
 k statements.
LOCATION:Eastgate Mall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bank – home loan appointment
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 0, trap="personal-bank"),

    Ev("visa", cal(r"""
BEGIN:VEVENT
UID:VFS-ZA-JNB-UKV-20251015-0930-88120
DTSTAMP:20250930T080000Z
DTSTART;TZID=Africa/Johannesburg:20251015T093000
DTEND;TZID=Africa/Johannesburg:20251015T100000
SUMMARY:Visa Application Centre appointment – Biometrics (UK Standard Vis
 itor)
DESCRIPTION:Reference: GWF0884421. Please arrive 15 minutes before your app
 ointment with your passport\, appointment confirmation and supporting docu
 ments. Mobile phones may not be used inside the centre.
LOCATION:Visa Application Centre\, Rivonia Road\, Sandton
END:VEVENT
""", "-//VFS Global//Appointments//EN", method="PUBLISH"), 0, trap="personal-visa-biometrics"),

    Ev("dc-walk-recurring", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250901T063000
DTEND;TZID=Africa/Johannesburg:20250901T071500
RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR
DTSTAMP:20250825T060000Z
ORGANIZER;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
UID:6hu7ji8ko9lp0zx1cv2bn3mq4w@google.com
DESCRIPTION:Receiving > ambient > chillers > dispatch. Check 5S\, blocked a
 isles\, damaged pallets.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DC walk
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 0, trap="internal-dc-walk-recurring"),

    Ev("loadshedding", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thandiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mabena, Lucky":mailto:l
 mabena@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Engineering - DC":mailt
 o:dc.engineering@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Stage 6 scenario: generator diesel days on hand\
 , chiller priority\, dock door sequencing\, shift times.
UID:040000008200E00074C5B7101A82E00800000000F1F2E3E4D51BDC01000000000000000
 01000000066006600660066006600660066006600
SUMMARY;LANGUAGE=en-ZA:Load-shedding plan – stage 6 scenario
DTSTART;TZID=South Africa Standard Time:20250917T090000
DTEND;TZID=South Africa Standard Time:20250917T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Ops office
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="internal-load-shedding"),

    Ev("shift-handover", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250915T180000
DTEND;TZID=Africa/Johannesburg:20250915T181500
RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR
DTSTAMP:20250901T060000Z
UID:7ji8ko9lp0zx1cv2bn3mq4we5r@google.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:shift handover
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None), 0, trap="internal-shift-handover"),
]
