"""holdout238 events, other negatives part 1: work meetings, personal life, look-alikes of interviews."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_LONDON, TZ_NAIROBI, TZ_WIN_EAST_AFRICA

EVENTS: list[dict] = []

_G = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"


def _neg(kind: str, uid: str, trap: str, ics: str, lf: bool = False) -> None:
    EVENTS.append(dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap, ics=ics, lf=lf))


_neg("recurring", "4sprintplan0d7e2a9c5b1f3e8a6d4c2b0@google.com", "internal-sprint-planning-recurring-override",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250407T100000
DTEND;TZID=Africa/Nairobi:20250407T110000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO
DTSTAMP:20250401T080000Z
ORGANIZER;CN=David Kiprono:mailto:david.kiprono@pesaline.co.ke
UID:4sprintplan0d7e2a9c5b1f3e8a6d4c2b0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zawadi Hassan;X-NUM-GUESTS=0:mailto:zawadi.hassan@pesaline.co.ke
DESCRIPTION:Data team sprint planning. Jira board: DATA. Bring estimates for dbt model refactors + dashboard requests from Growth.\n\nJoin with Google Meet: https://meet.google.com/psl-sprt-pln
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Data sprint planning
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250603T100000
DTEND;TZID=Africa/Nairobi:20250603T110000
DTSTAMP:20250530T120000Z
ORGANIZER;CN=David Kiprono:mailto:david.kiprono@pesaline.co.ke
UID:4sprintplan0d7e2a9c5b1f3e8a6d4c2b0@google.com
RECURRENCE-ID;TZID=Africa/Nairobi:20250602T100000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
DESCRIPTION:Moved to Tuesday – Madaraka Day holiday on Monday.
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Data sprint planning (moved – Madaraka Day)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "6stakeh0lder1review2churn3dash4@google.com", "internal-stakeholder-dashboard-review",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250529T143000
DTEND;TZID=Africa/Nairobi:20250529T153000
DTSTAMP:20250526T091500Z
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@pesaline.co.ke
UID:6stakeh0lder1review2churn3dash4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel Mutiso;X-NUM-GUESTS=0:mailto:samuel.mutiso@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Grace Wairimu;X-NUM-GUESTS=0:mailto:grace.wairimu@pesaline.co.ke
DESCRIPTION:Q2 stakeholder review of the wallet churn & reactivation Looker dashboard: cohort definitions\, the agent-network drill-down\, what Growth needs for the July campaign. Pls review the explore before the meeting.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stakeholder review – churn dashboard (Growth x Data)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "8midyear2025wkamau0review1dk@google.com", "own-mid-year-review",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250708T140000
DTEND;TZID=Africa/Nairobi:20250708T150000
DTSTAMP:20250701T100000Z
ORGANIZER;CN=David Kiprono:mailto:david.kiprono@pesaline.co.ke
UID:8midyear2025wkamau0review1dk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lydia Atieno;X-NUM-GUESTS=0:mailto:lydia.atieno@pesaline.co.ke
DESCRIPTION:Mid-year performance conversation. Please complete your self-assessment in Lattice before the meeting (OKRs\, values\, development goals). Lydia may join for the last 10 min re: promotion cycle.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wanjiru – mid-year review
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("zoom-invite", "zoom-86001234567-techblog@zoom.us", "press-interview-women-in-data-feature",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250611T170000
DTEND;TZID=Africa/Nairobi:20250611T174500
DTSTAMP:20250605T140000Z
ORGANIZER;CN=Naliaka Wekesa:mailto:naliaka@techsavanna.africa
UID:zoom-86001234567-techblog@zoom.us
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
DESCRIPTION:Hi Wanjiru! Thanks for agreeing to be featured in our "Women in Data" series on TechSavanna. This is the interview for the profile – about 40 min\, recorded for quotes only. Topics: your path from stats at UoN to fintech analytics\, what a day at Pesaline looks like\, advice for young women in data. Pesaline comms (Grace) has approved.\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/86001234567?pwd=VGVjaFNhdmFubmE\nMeeting ID: 860 0123 4567
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TechSavanna interview – Women in Data feature (Wanjiru Kamau)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "2mentor0ship1session2wk3@google.com", "career-mentorship-session",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250426T090000
DTEND;TZID=Africa/Nairobi:20250426T100000
DTSTAMP:20250420T190000Z
ORGANIZER;CN=Dr. Mumbi Gichuru:mailto:mumbi.gichuru@gmail.com
UID:2mentor0ship1session2wk3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Mentorship session #4 (Women in Data Kenya mentorship programme). Agenda: your job-search pipeline\, salary negotiation\, how to talk about the dbt migration in interviews. Homework from last time: updated CV + LinkedIn headline.\n\nJoin with Google Meet: https://meet.google.com/wid-mntr-wk4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mentorship w/ Dr. Mumbi – session 4
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("all-day", "bm-alert-20250505-wkamau@brightermonday.co.ke", "job-alert-not-interview",
     r"""BEGIN:VCALENDAR
PRODID:-//BrighterMonday//Job Alerts//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:bm-alert-20250505-wkamau@brightermonday.co.ke
DTSTAMP:20250505T040000Z
DTSTART;VALUE=DATE:20250505
DTEND;VALUE=DATE:20250506
SUMMARY:BrighterMonday Job Alert: 14 new jobs for "Senior Data Analyst"
DESCRIPTION:New matches for your alert "Senior Data Analyst – Nairobi":\n- Senior Data Analyst – a leading commercial bank (Upper Hill) – closes 19 May\n- Business Intelligence Lead – FMCG (Industrial Area)\n- Data Analyst\, Interview Panel Management – NGO\n- Analytics Engineer – Fintech (Westlands)\n...and 10 more.\n\nView all: https://www.brightermonday.co.ke/jobs?q=senior+data+analyst\nManage alerts: https://www.brightermonday.co.ke/account/alerts
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""")

_neg("recurring", "chama0monthly1wamama2@google.com", "personal-chama-meeting-monthly",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250406T140000
DTEND;TZID=Africa/Nairobi:20250406T170000
RRULE:FREQ=MONTHLY;BYDAY=1SU
DTSTAMP:20250301T120000Z
UID:chama0monthly1wamama2@google.com
DESCRIPTION:Tujenge chama – contribution 5k via paybill 522533 acc TUJENGE#WK. this month: vote on the Ruiru plot + loan requests. host rotates
LOCATION:rotating - check WhatsApp group
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chama meeting (Tujenge)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("recurring", "church0sunday1service2@google.com", "personal-church-weekly",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250406T090000
DTEND;TZID=Africa/Nairobi:20250406T113000
RRULE:FREQ=WEEKLY;BYDAY=SU
EXDATE;TZID=Africa/Nairobi:20250713T090000
DTSTAMP:20250301T120500Z
UID:church0sunday1service2@google.com
LOCATION:PCEA St Andrew's\, Nyerere Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Church – 2nd service
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("all-day", "ruracio0cousin1njoki2@google.com", "personal-ruracio-all-day",
     _G + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250628
DTEND;VALUE=DATE:20250629
DTSTAMP:20250515T200000Z
UID:ruracio0cousin1njoki2@google.com
DESCRIPTION:Njoki's ruracio! leave Nbi 6am\, meet at Uncle Kamau's. buy 2 crates soda + sugar for the mamas. wear the green dera. harambee contribution 3k to Mum
LOCATION:Kangema\, Murang'a
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ruracio – cousin Njoki 💍
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("phone-entry", "dentist0kilimani1wk2@google.com", "personal-dentist",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250613T080000
DTEND;TZID=Africa/Nairobi:20250613T090000
DTSTAMP:20250606T070000Z
UID:dentist0kilimani1wk2@google.com
DESCRIPTION:Dr Shah - filling follow up. carry NHIF/SHA card + insurance card
LOCATION:Kilimani Dental Clinic\, Argwings Kodhek
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dentist
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("all-day", "naivasha0weekend1girls2@google.com", "personal-naivasha-weekend-multi-day",
     _G + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250718
DTEND;VALUE=DATE:20250721
DTSTAMP:20250610T180000Z
UID:naivasha0weekend1girls2@google.com
DESCRIPTION:girls trip 🌅 Airbnb near Crescent Island (booked by Wambo). split 12k each\, MPESA to Wambo by 10th. Hell's Gate biking Sat\, boat ride Sun
LOCATION:Naivasha
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Naivasha weekend
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("meet-invite", "mock0interview1achieng2@google.com", "mock-interview-with-friend",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250604T200000
DTEND;TZID=Africa/Nairobi:20250604T210000
DTSTAMP:20250603T210000Z
ORGANIZER;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
UID:mock0interview1achieng2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Achieng Odera;X-NUM-GUESTS=0:mailto:achieng.odera@gmail.com
DESCRIPTION:Achieng plays the UN panel – competency-based qns (STAR). she has done 2 CBIs at UNEP. record it so I can watch myself 🙈\n\nJoin with Google Meet: https://meet.google.com/wkm-mock-ach
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock CBI w/ Achieng
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("zoom-invite", "zoom-webinar-81122334455-widk@zoom.us", "webinar-cracking-data-interviews",
     rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTAMP:20250501T100000Z
DTSTART;TZID=Africa/Nairobi:20250515T180000
DTEND;TZID=Africa/Nairobi:20250515T193000
SUMMARY:Cracking the Data Analyst Interview: SQL\, case studies & salary talk
UID:zoom-webinar-81122334455-widk@zoom.us
DESCRIPTION:Hi Wanjiru Kamau\,\n\nThank you for registering for "Cracking the Data Analyst Interview: SQL\, case studies & salary talk" hosted by Women in Data Kenya.\n\nPanel: hiring managers from a Tier-1 bank\, a telco and a remote start-up share what they look for in technical interviews and take-homes.\n\nPlease submit any questions to: wid.kenya@gmail.com\n\nJoin from a PC\, Mac\, iPad\, iPhone or Android device:\nPlease click this URL to join. https://us06web.zoom.us/w/81122334455?tk=abc\nPasscode: WiDK25
LOCATION:https://us06web.zoom.us/w/81122334455
ORGANIZER;CN=Women in Data Kenya:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR""")

_neg("gcal-entry", "coffee0info1tandaa2@google.com", "informational-coffee-chat",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250425T080000
DTEND;TZID=Africa/Nairobi:20250425T090000
DTSTAMP:20250423T200000Z
UID:coffee0info1tandaa2@google.com
DESCRIPTION:coffee w/ Achieng's friend Dorcas – she's a CVM analyst at Tandaa. just info: team culture\, who the manager is\, is the CVM role real or internal already filled?? I'm buying
LOCATION:Java House\, ABC Place
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Dorcas (Tandaa CVM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("all-day", "nbo-tech-jobs-fair-2025-kicc@eventbrite.com", "careers-fair",
     r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite Inc//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:nbo-tech-jobs-fair-2025-kicc@eventbrite.com
DTSTAMP:20250501T080000Z
DTSTART;VALUE=DATE:20250531
DTEND;VALUE=DATE:20250601
SUMMARY:Nairobi Tech & Data Jobs Fair 2025
LOCATION:KICC\, Harambee Avenue\, Nairobi
DESCRIPTION:Meet 60+ employers hiring in tech\, data and fintech. Free CV clinic\, on-the-spot interviews with selected exhibitors\, LinkedIn photo booth. Order #8822419003 – 1 x General Admission. Bring printed CVs.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""")

_neg("outlook-call", "040000008200E00074C5B7101A82E00800000000ABCD1234EF56DB01000000000000000010000000REFEREE0GRACE0WANJIKU0CALL0001",
     "reference-call-user-as-referee",
     rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Okello, Brian":mailto:brian.okello@kilimofin.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau@pesaline.co.ke:mailto:wanjiru.kamau@pesaline.co.ke
DESCRIPTION;LANGUAGE=en-US:Dear Wanjiru\,\n\nGrace Wanjiku has listed you as a referee for the role of Data Analyst at Kilimo Finance. I would appreciate 15 minutes of your time to ask a few questions about her work as an intern on your team (2023-2024).\n\nI will call you on the number provided.\n\nRegards\,\nBrian Okello\nHR Officer\, Kilimo Finance\n
UID:040000008200E00074C5B7101A82E00800000000ABCD1234EF56DB01000000000000000010000000REFEREE0GRACE0WANJIKU0CALL0001
SUMMARY;LANGUAGE=en-US:Reference call - Grace Wanjiku
DTSTART;TZID=E. Africa Standard Time:20250617T160000
DTEND;TZID=E. Africa Standard Time:20250617T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250613T102000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR""")

_neg("teams-invite", "040000008200E00074C5B7101A82E00800000000D00D1E5F0A0BDB01000000000000000010000000RECRUITER0NO0EMPLOYER0LONDON001",
     "recruiter-call-no-employer-named",
     rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_LONDON}
BEGIN:VEVENT
ORGANIZER;CN="Hughes, Tom":mailto:tom.hughes@talentline-global.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Wanjiru\,\n\nThanks for connecting. I'm working on several analytics roles for clients across fintech and banking in East Africa and remote-first scale-ups in Europe. Would be great to have an initial chat to understand what you're looking for\, your salary expectations and notice period\, so I can match you to the right opportunities.\n\nSpeak soon\,\nTom Hughes\nTalentline Global | Data & Analytics\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VGFsZW50%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000D00D1E5F0A0BDB01000000000000000010000000RECRUITER0NO0EMPLOYER0LONDON001
SUMMARY;LANGUAGE=en-GB:Intro call - Wanjiru Kamau / Talentline Global
DTSTART;TZID=Europe/London:20250522T140000
DTEND;TZID=Europe/London:20250522T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250519T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""")
