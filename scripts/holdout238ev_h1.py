"""holdout238 events, hiring side part 1: Wanjiru interviewing and assessing candidates at Pesaline."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_NAIROBI

EVENTS: list[dict] = []

_GCAL_HEAD = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"


def _neg(kind: str, uid: str, trap: str, ics: str, lf: bool = False) -> None:
    EVENTS.append(dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap,
                       hiring=True, ics=ics, lf=lf))


_neg("lever-invite", "lever-evt-pesaline-0a71c3e2-intern-kmutua", "user-as-interviewer-lever-intern-panel",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250513T110000
DTEND;TZID=Africa/Nairobi:20250513T114500
DTSTAMP:20250508T082014Z
ORGANIZER;CN=Faith Njeri:mailto:faith.njeri@pesaline.co.ke
UID:lever-evt-pesaline-0a71c3e2-intern-kmutua
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pesaline-HQ-2-Tsavo (6);X-NUM-GUESTS=0:mailto:c_1887f0a2d9e3b@resource.calendar.google.com
DESCRIPTION:Interview: Kevin Mutua for Data Intern (2025 cohort)\n\nInterviewers: David Kiprono\, Wanjiru Kamau\nInterview kit: https://hire.lever.co/interviews/kits/8f1e2a40 (SQL basics\, Excel\, curiosity/attitude)\nResume: https://hire.lever.co/candidates/0a71c3e2/resume\n\nPlease submit your feedback in Lever within 24h.\n\nScheduled via Lever
LOCATION:Pesaline-HQ-2-Tsavo (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Kevin Mutua – Data Intern (Panel)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("phone-entry", "7c2e9a4f1b0d3e6a8c5f2b9d4e1a7c3f@google.com", "user-as-interviewer-scorecard-task",
     _GCAL_HEAD + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250513T160000
DTEND;TZID=Africa/Nairobi:20250513T163000
DTSTAMP:20250513T075502Z
UID:7c2e9a4f1b0d3e6a8c5f2b9d4e1a7c3f@google.com
DESCRIPTION:Lever feedback for Kevin + Sharon + Abdi. Faith needs them before the 5pm sync. rating scale 1-4\, be honest on SQL.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Submit scorecards - intern round 1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("meet-invite", "5b8e1d4a7c0f3b6e9d2a5c8f1e4b7d0a@google.com", "user-as-interviewer-debrief-hire-no-hire",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250618T153000
DTEND;TZID=Africa/Nairobi:20250618T161500
DTSTAMP:20250616T120301Z
ORGANIZER;CN=David Kiprono:mailto:david.kiprono@pesaline.co.ke
UID:5b8e1d4a7c0f3b6e9d2a5c8f1e4b7d0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Faith Njeri;X-NUM-GUESTS=0:mailto:faith.njeri@pesaline.co.ke
DESCRIPTION:Debrief on the 3 Junior Data Analyst finalists (Mercy\, Brian\, Amina). Come with your scorecards filled. Decision: hire / no hire / hold. Faith will share comp bands.\n\nJoin with Google Meet: https://meet.google.com/psl-dbrf-jda
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jr Data Analyst – debrief
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("gcal-invite", "0e3b6d9a2c5f8e1b4d7a0c3f6e9b2d5a@google.com", "user-as-interviewer-candidate-free-mail",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250605T100000
DTEND;TZID=Africa/Nairobi:20250605T110000
DTSTAMP:20250602T063318Z
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@pesaline.co.ke
UID:0e3b6d9a2c5f8e1b4d7a0c3f6e9b2d5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mercywambui.w@gmail.com;X-NUM-GUESTS=0:mailto:mercywambui.w@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
DESCRIPTION:Hi Mercy\,<br><br>Thanks for your application to Pesaline. This is your interview for the Junior Data Analyst role with David Kiprono (Head of Data) and myself. We'll have a short SQL exercise on screen – nothing scary. Please find us at Pesaline\, 4th floor\, Delta Corner Annex\, Westlands\, or join on Meet if you are out of town.<br><br>Best\,<br>Wanjiru\n\nJoin with Google Meet: https://meet.google.com/psl-mrcy-int
LOCATION:Pesaline HQ\, Delta Corner Annex\, 4th flr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pesaline | Junior Data Analyst interview – Mercy Wambui
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("invite-reply", "1f4a7d0c3e6b9f2a5d8c1e4b7a0d3f6c@google.com", "user-as-interviewer-candidate-reply-accepted",
     rf"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REPLY
{TZ_NAIROBI}
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Ian Kiplagat:mailto:ian.kiplagat@outlook.com
COMMENT;LANGUAGE=en-US:Thank you\, I will be there. Regards\, Ian\n
SUMMARY;LANGUAGE=en-US:Accepted: Pesaline - Data Intern interview (Ian Kiplagat)
DTSTART;TZID=Africa/Nairobi:20250514T143000
DTEND;TZID=Africa/Nairobi:20250514T151500
UID:1f4a7d0c3e6b9f2a5d8c1e4b7a0d3f6c@google.com
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@pesaline.co.ke
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250510T191204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Pesaline HQ\, Delta Corner Annex
END:VEVENT
END:VCALENDAR""")

_neg("outlook-call", "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000AA55BB66CC77DD88EE99FF0011223344",
     "user-as-interviewer-agency-presents-candidate",
     r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:E. Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Maina, Kelvin":mailto:kelvin.maina@talenthubea.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wanjiru Kamau":mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Faith Njeri":mailto:faith.njeri@pesaline.co.ke
DESCRIPTION;LANGUAGE=en-US:Hi Wanjiru\,\n\nFurther to your brief for the Junior Data Analyst position\, I'd like to walk you through the profile of Amina Abdi (BSc Statistics\, Maseno\; 18 months at a Sacco doing Power BI and SQL). CV attached. She is available on 2 weeks' notice and her expectation is within your band.\n\nIf you like the profile we can set up an interview with her directly.\n\nKelvin Maina\nSenior Consultant\, TalentHub EA\n
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000AA55BB66CC77DD88EE99FF0011223344
SUMMARY;LANGUAGE=en-US:Candidate shortlist call - Jr Data Analyst (Pesaline) - TalentHub EA
DTSTART;TZID=E. Africa Standard Time:20250527T120000
DTEND;TZID=E. Africa Standard Time:20250527T122000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250523T110809Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR""")

_neg("phone-entry", "3a6d9c2f5b8e1a4d7c0f3b6e9a2d5c8f@google.com", "user-as-interviewer-handtyped-candidate-notes",
     _GCAL_HEAD + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250514T090000
DTEND;TZID=Africa/Nairobi:20250514T130000
DTSTAMP:20250514T131144Z
UID:3a6d9c2f5b8e1a4d7c0f3b6e9a2d5c8f@google.com
DESCRIPTION:Kevin - v strong SQL\, joins/window fns ok\, shy but sharp. YES\nSharon - good excel\, no SQL\, great attitude. maybe\nAbdi - late 20 min (matatu strike he says)\, weak on basics. no\nIan - 2.30pm\, pending\n>> push Kevin + Sharon to David
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:intern intvws - notes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("calendly", "0b3e6a9d2c5f8b1e4a7d0c3f6b9e2a5d@calendly.com", "user-as-interviewer-calendly-host",
     rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:0b3e6a9d2c5f8b1e4a7d0c3f6b9e2a5d@calendly.com
DTSTAMP:20250506T172233Z
DTSTART;TZID=Africa/Nairobi:20250509T100000
DTEND;TZID=Africa/Nairobi:20250509T102000
SUMMARY:Sharon Atieno and Wanjiru Kamau
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CN=Sharon Atieno;PARTSTAT=ACCEPTED:mailto:s.atieno@students.ku.ac.ke
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=ACCEPTED:mailto:wanjiru.kamau@pesaline.co.ke
LOCATION:https://meet.google.com/psl-intn-cal
DESCRIPTION:Event Name: Pesaline Data Internship 2025 – 20 min chat\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/psl-intn-cal\n\nPlease share anything that will help prepare for our meeting.: I'm a 4th year Actuarial Science student at KU\, I have done a Power BI course. Thank you for the opportunity!\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/0b3e6a9d\nReschedule: https://calendly.com/reschedulings/0b3e6a9d\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""")

_neg("appointment", "_6cr3ae1g84s3ab9k6gq34b9k74sj8b9p6ks3gb9o8d2jcd1k6or3gc1h74@google.com",
     "user-as-interviewer-appointment-schedule-booking",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250512T153000
DTEND;TZID=Africa/Nairobi:20250512T160000
DTSTAMP:20250507T200140Z
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@pesaline.co.ke
UID:_6cr3ae1g84s3ab9k6gq34b9k74sj8b9p6ks3gb9o8d2jcd1k6or3gc1h74@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Abdi Hussein;X-NUM-GUESTS=0:mailto:abdihussein2001@gmail.com
DESCRIPTION:Booked by\nAbdi Hussein\nabdihussein2001@gmail.com\n\nData Intern – first conversation (30 min)\n\nJoin with Google Meet: https://meet.google.com/psl-abdi-apt\n\nReschedule or cancel: https://calendar.google.com/calendar/appointments/schedules/AcZssZ2x
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Data Intern – first conversation (Abdi Hussein)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "9d2a5c8f1e4b7d0a3c6f9e2b5d8a1c4f@google.com", "user-as-interviewer-practical-invigilation",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250520T090000
DTEND;TZID=Africa/Nairobi:20250520T110000
DTSTAMP:20250515T143322Z
ORGANIZER;CN=Faith Njeri:mailto:faith.njeri@pesaline.co.ke
UID:9d2a5c8f1e4b7d0a3c6f9e2b5d8a1c4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zawadi Hassan;X-NUM-GUESTS=0:mailto:zawadi.hassan@pesaline.co.ke
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pesaline-HQ-4-Boardroom (14);X-NUM-GUESTS=0:mailto:c_1882b7e04f1a9@resource.calendar.google.com
DESCRIPTION:6 shortlisted interns sit the 90-min SQL + Excel practical on the test laptops (BigQuery sandbox). Wanjiru & Zawadi to invigilate and mark against the rubric in the Drive folder. Tea at 10:30.
LOCATION:Pesaline-HQ-4-Boardroom (14)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intern practical test – invigilation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "2e5b8d1a4c7f0e3b6d9a2c5f8e1b4d7a@google.com", "user-as-interviewer-shadowing",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250611T140000
DTEND;TZID=Africa/Nairobi:20250611T150000
DTSTAMP:20250609T090909Z
ORGANIZER;CN=David Kiprono:mailto:david.kiprono@pesaline.co.ke
UID:2e5b8d1a4c7f0e3b6d9a2c5f8e1b4d7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
DESCRIPTION:Wanjiru – sit in as shadow (interviewer training)\, don't ask questions this time\, just observe how I run the stakeholder scenario and then we calibrate scores together after. Candidate: Brian Otieno\, Jr Data Analyst final.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:[Shadow] Jr Data Analyst final – Brian O.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")
