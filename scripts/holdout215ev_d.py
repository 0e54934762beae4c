"""holdout215 events, part d: single interviews with airlines, schools and an agency."""

from holdout215ev_common import TZ_DUBLIN, TZ_KOLKATA, TZ_LONDON, TZ_QATAR, TZ_WIN_ARABIAN, E

EVENTS = [
    E(
        "workday-virtual", 1, "WD-INT-0d93c5b1-6e2a-4f17-b8c4-5a1e7d9f3026@qantas.wd3.myworkday.com",
        company="Qantas", role="Cabin Crew (London Based)", stage="recruiter_screen",
        interviewers="zoe.mitchell@qantas.com.au", trap="workday-virtual-interview-london-base",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:WD-INT-0d93c5b1-6e2a-4f17-b8c4-5a1e7d9f3026@qantas.wd3.myworkday.com
DTSTAMP:20250227T231907Z
DTSTART;TZID=Europe/London:20250306T080000
DTEND;TZID=Europe/London:20250306T083000
SUMMARY:Qantas - Virtual Interview - Cabin Crew (London Based)
DESCRIPTION:G'day Niamh\,\n\nWe'd love to chat with you about the London
  Based Cabin Crew role. Your virtual interview will be with Zoe Mitchell\,
  Talent Acquisition Advisor (Sydney) - please note the early start in Lo
 ndon!\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YT
 Q4Zjcx%40thread.v2/0\nMeeting ID: 437 221 990 815  Passcode: Qf2bR7\n\nQa
 ntas Talent Acquisition
ORGANIZER;CN=Qantas Careers:mailto:qantas@myworkday.com
ATTENDEE;CN=Zoe Mitchell;ROLE=REQ-PARTICIPANT:mailto:Zoe.Mitchell@qantas.co
 m.au
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "agency-call", 1, "0r7ub4c1s9k2m6n3p8q5t0v4wx@google.com",
        company="Riyadh Air", role="Cabin Crew", stage="recruiter_screen", interviewers="laura@meridiancrew.co.uk",
        trap="agency-screen-names-gulf-client-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250409T173000
DTEND;TZID=Europe/London:20250409T181500
DTSTAMP:20250407T152033Z
ORGANIZER;CN=Laura Finnegan:mailto:laura@meridiancrew.co.uk
UID:0r7ub4c1s9k2m6n3p8q5t0v4wx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.
 fly@gmail.com
DESCRIPTION:Hi Niamh\, great news - I can now tell you the client is <b>R
 iyadh Air</b>! This is your screening interview for their cabin crew int
 ake (Riyadh base\, 787 fleet). I'll go through your experience\, the ben
 efits package and then submit you for their assessment. Around 45 mins.<
 br><br>Join with Google Meet: https://meet.google.com/kcw-rbfa-xvo<br><b
 r>Laura Finnegan<br>Senior Aviation Consultant | Meridian Crew Solutions
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Niamh Gallagher / Laura (Meridian) - screening
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "goodtime-phone", 1, "gt-evt-41c8e7b2a9d05f36@goodtime.io",
        company="Qatar Executive", role="Flight Attendant - Business Jets", stage="recruiter_screen",
        interviewers="noor.alsada@qatarexecutive.com.qa", trap="goodtime-doha-time-phone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_QATAR + r"""BEGIN:VEVENT
UID:gt-evt-41c8e7b2a9d05f36@goodtime.io
DTSTAMP:20250514T102233Z
DTSTART;TZID=Asia/Qatar:20250520T160000
DTEND;TZID=Asia/Qatar:20250520T163000
SUMMARY:Qatar Executive - Flight Attendant - Phone Interview
DESCRIPTION:Interview details\nCandidate: Niamh Gallagher\nPosition: Fli
 ght Attendant - Business Jets (Doha)\nInterviewer: Noor Al-Sada\, Talent
  Acquisition\n\nNoor will call you on +353874125590. Time is Doha time.\n
 \nNeed to make a change? Reply to this email.
ORGANIZER;CN=Qatar Executive Recruiting:mailto:scheduling@goodtime.io
ATTENDEE;CN=Noor Al-Sada;ROLE=REQ-PARTICIPANT:mailto:noor.alsada@qatarexec
 utive.com.qa
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "eploy-interview", 1, "eploy-int-3390125@ryanair.eploy.net",
        company="Ryanair", role="Cabin Crew Instructor", stage="hiring_manager",
        interviewers="declan.furlong@ryanair.com", trap="eploy-instructor-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Eploy//Eploy Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:eploy-int-3390125@ryanair.eploy.net
DTSTAMP:20250630T161002Z
DTSTART;TZID=Europe/Dublin:20250707T113000
DTEND;TZID=Europe/Dublin:20250707T121500
SUMMARY:Interview - Cabin Crew Instructor - Dublin
DESCRIPTION:Dear Niamh\,\n\nYou have been invited to interview for the ro
 le of Cabin Crew Instructor with Declan Furlong (Cabin Crew Training Mana
 ger). Please attend at Ryanair DAC\, Airside Business Park\, Swords and
  bring evidence of your current cabin crew attestation.\n\nRyanair Recrui
 tment
ORGANIZER;CN=Ryanair Recruitment:mailto:recruitment@ryanair.eploy.net
ATTENDEE;CN=Declan Furlong;ROLE=REQ-PARTICIPANT:mailto:declan.furlong@rya
 nair.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
LOCATION:Ryanair DAC\, Airside Business Park\, Swords\, Co. Dublin
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "tribepad-video", 1, "tribepad-interview-771209-a@tui.tribepad.com",
        company="TUI Airways", role="Cabin Crew (Long Haul) - London Gatwick", stage="recruiter_screen",
        trap="tribepad-video-no-interviewer-named",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Tribepad//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:tribepad-interview-771209-a@tui.tribepad.com
DTSTAMP:20250116T201144Z
DTSTART;TZID=Europe/London:20250123T150000
DTEND;TZID=Europe/London:20250123T152000
SUMMARY:TUI - Video Interview - Cabin Crew (Long Haul) - London Gatwick
DESCRIPTION:Hi Niamh\, thanks for booking your video interview. One of ou
 r Cabin Crew Recruitment team will call you through the link below at yo
 ur chosen time.\n\nhttps://tui.tribepad.com/video/join/771209-a\n\nTUI Ca
 bin Crew Recruitment
ORGANIZER;CN=TUI Careers:mailto:no-reply@tui.tribepad.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "phone-note", 1, "9A4E7C21-D5B8-4F3A-BC60-1E2F8D7A9C44",
        company="Titan Airways", stage="recruiter_screen", interviewers="Becky",
        trap="self-typed-floating-recruiter-call", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9A4E7C21-D5B8-4F3A-BC60-1E2F8D7A9C44
DTSTAMP:20250117T125900Z
CREATED:20250117T125841Z
DTSTART:20250121T170000
DTEND:20250121T173000
SUMMARY:Titan - Becky ringing re VIP crew job
DESCRIPTION:she'll ring from an 01279 no. (Stansted)\nask: roster patter
 n? contract or perm? help w/ accommodation first few wks?\nsay about the
  premium cabin course I did
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "workday-teams", 1, "WD-INT-b6e07a14-9c3f-4d28-a1f5-0e8d2c7b4a93@easyjet.wd3.myworkday.com",
        company="easyJet", role="Cabin Crew Trainer - London Gatwick", stage="hiring_manager",
        interviewers="sam.whitfield@easyjet.com", trap="workday-trainer-hiring-manager-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:WD-INT-b6e07a14-9c3f-4d28-a1f5-0e8d2c7b4a93@easyjet.wd3.myworkday.com
DTSTAMP:20250602T094310Z
DTSTART;TZID=Europe/London:20250610T130000
DTEND;TZID=Europe/London:20250610T140000
SUMMARY:Interview: Cabin Crew Trainer (LGW) - Niamh Gallagher - JR-24771
DESCRIPTION:Hiring Manager Interview\n\nInterviewer: Sam Whitfield (Crew
  Training Manager\, Gatwick)\nFormat: Microsoft Teams\, 60 minutes\, comp
 etency and training scenario questions\n\nhttps://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_ZWFzeUpldA%40thread.v2/0\n\neasyJet Talent
ORGANIZER;CN=easyJet Talent:mailto:easyjet@myworkday.com
ATTENDEE;CN=Sam Whitfield;ROLE=REQ-PARTICIPANT:mailto:sam.whitfield@easyj
 et.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "greenhouse-video", 1, "7hb2k9m4q1w6e3r8t5y0u2i7op@google.com",
        company="VistaJet", role="Cabin Hostess", interviewers="elodie.martin@vistajet.com",
        trap="greenhouse-coordinator-organizer-not-interviewer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250219T140000
DTEND;TZID=Europe/London:20250219T144500
DTSTAMP:20250212T110207Z
ORGANIZER;CN=Maria Camilleri:mailto:maria.camilleri@vistajet.com
UID:7hb2k9m4q1w6e3r8t5y0u2i7op@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elodi
 e Martin;X-NUM-GUESTS=0:mailto:elodie.martin@vistajet.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagh
 er.fly@gmail.com
DESCRIPTION:Hi Niamh\,<br><br>Please find below the details for your inte
 rview with Elodie Martin (Cabin Hostess Trainer). Elodie may switch to Fr
 ench for part of the conversation - nothing to worry about\, it's just to
  get a feel for your level.<br><br>Google Meet: https://meet.google.com/x
 zn-pqrw-tba<br><br>Kind regards\,<br>Maria Camilleri<br>Recruitment Coord
 inator | VistaJet<br><br>This interview was scheduled through Greenhouse.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VistaJet | Cabin Hostess | Niamh Gallagher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "jobvite-instructor", 1, "jv-int-oK9dfw1a-5510@jobvite.com",
        company="CAE", role="Cabin Crew Instructor - London Gatwick Training Centre", stage="hiring_manager",
        interviewers="gareth.owen@cae.com;priyanka.shah@cae.com", trap="jobvite-two-interviewers-instructor",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Jobvite//Jobvite Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:jv-int-oK9dfw1a-5510@jobvite.com
DTSTAMP:20250704T081500Z
DTSTART;TZID=Europe/London:20250711T100000
DTEND;TZID=Europe/London:20250711T110000
SUMMARY:CAE | Cabin Crew Instructor - London Gatwick | Interview
DESCRIPTION:You are scheduled to interview with:\n- Gareth Owen\, Trainin
 g Centre Manager\n- Priyanka Shah\, Lead Cabin Crew Instructor\n\nLocati
 on: CAE London Gatwick Training Centre\, Gatwick Road\, Crawley RH10 9AY.
  You will be asked to deliver a short (5 min) briefing as part of the int
 erview.
ORGANIZER;CN=CAE Talent Acquisition:mailto:noreply@jobvite.com
ATTENDEE;CN=Gareth Owen;ROLE=REQ-PARTICIPANT:mailto:gareth.owen@cae.com
ATTENDEE;CN=Priyanka Shah;ROLE=REQ-PARTICIPANT:mailto:priyanka.shah@cae.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
LOCATION:CAE London Gatwick Training Centre
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "coffee-founder", 1, "4fd8s2a6g0h3j7k1l5z9x2c6vb@google.com",
        company="Aviation Skills Ireland", role="Cabin Crew Course Tutor (part-time)", stage="hiring_manager",
        interviewers="ger.mulvihill.asi@gmail.com", trap="founder-free-mail-coffee-is-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250429T110000
DTEND;TZID=Europe/Dublin:20250429T120000
DTSTAMP:20250424T210144Z
ORGANIZER;CN=Ger Mulvihill:mailto:ger.mulvihill.asi@gmail.com
UID:4fd8s2a6g0h3j7k1l5z9x2c6vb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagh
 er.fly@gmail.com
DESCRIPTION:Hi Niamh\, thanks for sending on the CV. As I said on the phon
 e I'm looking for a tutor for the evening Cabin Crew Skills course (Tues
  + Thurs\, 6.30-9.30). Let's meet for a coffee\, I'll bring the course o
 utline and ask you a few questions about how you'd run the safety and gr
 ooming modules - if we're both happy I'd like you to start with the Sept
 ember group.<br><br>Ger<br>Founder\, Aviation Skills Ireland
LOCATION:Bewley's Café\, 78 Grafton Street\, Dublin 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee - Ger (ASI) / Niamh - tutor role
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "calcom-trainer", 1, "calcom-2f7a19d4-83e6-4b5c-9d10-6ce2a8b3f571@cal.com",
        company="Shannon Crew Academy", role="Cabin Crew Trainer", stage="hiring_manager",
        interviewers="siobhan@shannoncrewacademy.ie", trap="calcom-trainer-interview-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-2f7a19d4-83e6-4b5c-9d10-6ce2a8b3f571@cal.com
DTSTAMP:20250612T193004Z
DTSTART:20250619T180000Z
DTEND:20250619T184500Z
SUMMARY:Trainer interview between Siobhán Ryan and Niamh Gallagher
DESCRIPTION:What: Trainer interview (45 min)\nInvitee time zone: Europe/D
 ublin\nWho:\nSiobhán Ryan - Organizer - siobhan@shannoncrewacademy.ie\nNi
 amh Gallagher - niamh.gallagher.fly@gmail.com\nWhere: https://meet.googl
 e.com/ubq-mzjr-dhe\nAdditional notes: Applying for the trainer post adver
 tised on LinkedIn. Available evenings after 6pm on days off.\n\nNeed to r
 eschedule or cancel? https://cal.com/booking/2f7a19d4
ORGANIZER;CN=Siobhán Ryan:mailto:siobhan@shannoncrewacademy.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 niamh.gallagher.fly@gmail.com
LOCATION:https://meet.google.com/ubq-mzjr-dhe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "recruitment-drive", 1, "5ksj2h8d0f6g1a4q7w3e9r2t5y@google.com",
        company="Air India", role="Cabin Crew - London Base", stage="onsite",
        trap="kolkata-time-recruitment-drive-london",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_KOLKATA + r"""BEGIN:VEVENT
DTSTART;TZID=Asia/Kolkata:20250515T150000
DTEND;TZID=Asia/Kolkata:20250515T223000
DTSTAMP:20250506T095512Z
ORGANIZER;CN=Air India Cabin Crew Recruitment:mailto:cabincrew.recruitment@
 airindia.com
UID:5ksj2h8d0f6g1a4q7w3e9r2t5y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagh
 er.fly@gmail.com
DESCRIPTION:Dear Candidate\,<br><br>You are shortlisted for the Air India
  Cabin Crew (London Base) selection. Please report at 10:30 AM London ti
 me. The selection includes document verification\, grooming check\, grou
 p discussion and personal interview. Candidates must carry original pass
 port and UK right to work.<br><br>Regards\,<br>Talent Acquisition - In-fl
 ight Services
LOCATION:Novotel London Heathrow\, Cherry Lane\, West Drayton UB7 9HB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Air India Cabin Crew Selection - London
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "headhunter-call", 1, "0B8F3E61-2C47-4D19-A9E5-7F6D1C3B2A80",
        company="Qatar Amiri Flight", role="VIP Cabin Crew", stage="recruiter_screen",
        interviewers="tom.harrington@aerotalentpartners.com", trap="headhunter-names-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:0B8F3E61-2C47-4D19-A9E5-7F6D1C3B2A80
DTSTAMP:20250319T134021Z
DTSTART;TZID=Europe/London:20250321T123000
DTEND;TZID=Europe/London:20250321T131500
SUMMARY:Niamh Gallagher - confidential VIP role - call
ORGANIZER;CN=Tom Harrington:mailto:tom.harrington@aerotalentpartners.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
DESCRIPTION:Niamh\,\n\nThanks for coming back to me. As promised I can sh
 are a bit more: my client is Qatar Amiri Flight - they are hiring a small
  number of VIP cabin crew for their Doha-based head of state fleet. On th
 e call I'll take you through your background\, discretion requirements a
 nd languages before I put you forward. Please keep the client name to yo
 urself.\n\nI'll ring you on your mobile.\n\nTom Harrington\nPartner\, Aer
 o Talent Partners\n
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "outlook-interview", 1,
        "040000008200E00074C5B7101A82E00800000000E0A4D91C7C94DB01000000000000000010000000A5E3C7D19B2F4E4C8A06F1B27D3E9C50",
        company="Oman Air", role="Cabin Crew", interviewers="salim.albalushi@omanair.com",
        trap="outlook-arabian-time-sent-by-no-stage",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WIN_ARABIAN + r"""BEGIN:VEVENT
ORGANIZER;CN="Al Balushi, Salim";SENT-BY="mailto:Aisha.AlRawahi@omanair.co
 m":mailto:Salim.AlBalushi@omanair.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=niamh.gal
 lagher.fly@gmail.com:mailto:niamh.gallagher.fly@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Niamh\,\n\nFurther to your application for
  Cabin Crew (International Recruitment 2025)\, you are invited to a Team
 s interview with Mr Salim Al Balushi\, Manager Cabin Services. Time is Mu
 scat time (GMT+4).\n\nRegards\,\nAisha\nHR Recruitment - Oman Air\n\nMicr
 osoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_T21hbkFpcg%40thread.v2/0\nMeeting ID: 388 912 450 663  Passcode:
  wY7p3N\n
UID:040000008200E00074C5B7101A82E00800000000E0A4D91C7C94DB01000000000000000010000000A5E3C7D19B2F4E4C8A06F1B27D3E9C50
SUMMARY;LANGUAGE=en-US:Interview - Cabin Crew - Ms Niamh Gallagher
DTSTART;TZID=Arabian Standard Time:20250625T140000
DTEND;TZID=Arabian Standard Time:20250625T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250618T092210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
