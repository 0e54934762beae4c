"""holdout186: Shannon Doyle's own interviews, part D (coffee chains, Zara, Decathlon, PAUL, DB Schenker, Boots...)."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("paradox-interview", "olivia-sched-5b2e9d41c7a8@paradox.ai", 1, "Starbucks", "District Manager",
       "hiring_manager", "treid@starbucks.co.uk", "paradox-olivia-conversational-scheduler", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Paradox//Olivia Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:olivia-sched-5b2e9d41c7a8@paradox.ai
DTSTAMP:20260926T183011Z
DTSTART:20261002T123000Z
DTEND:20261002T131500Z
SUMMARY:Starbucks District Manager Interview
DESCRIPTION:Hi Shannon! It's Olivia\, the Starbucks virtual recruiting assistant. You're all set for your interview.\n\nPosition: District Manager - Manchester North\nWho: Tom Reid\, Regional Director\nHow: Video call - join here: https://starbucks.zoom.us/j/96630174412\n\nText me any time if you need to reschedule.\n\nStarbucks Coffee Company (UK) Ltd
LOCATION:https://starbucks.zoom.us/j/96630174412
ORGANIZER;CN=Olivia (Starbucks Recruiting):mailto:olivia@paradox.ai
ATTENDEE;CN=Tom Reid;ROLE=REQ-PARTICIPANT:mailto:treid@starbucks.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("greenhouse-screen", "greenhouse-7740213004-interview@greenhouse.io", 1, "Black Sheep Coffee",
       "Area Manager (North)", "recruiter_screen", "olly.barnes@blacksheepcoffee.co.uk",
       "greenhouse-google-meet-recruiter-screen", r'''BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:greenhouse-7740213004-interview@greenhouse.io
DTSTAMP:20260917T113344Z
DTSTART;TZID=Europe/London:20260923T173000
DTEND;TZID=Europe/London:20260923T180000
SUMMARY:Shannon Doyle - Area Manager (North) - Black Sheep Coffee
DESCRIPTION:Hey Shannon\, thanks for applying to Black Sheep Coffee!\n\nThis is a 30 min intro chat with Olly Barnes (Talent Partner) to learn more about you and tell you about us and the role.\n\nGoogle Meet: https://meet.google.com/pvk-tqhd-wzm\nOr dial: +44 20 3937 1862 PIN: 482 119 905#\n\nCheers\,\nBlack Sheep Coffee People Team
LOCATION:https://meet.google.com/pvk-tqhd-wzm
ORGANIZER;CN=Olly Barnes:mailto:olly.barnes@blacksheepcoffee.co.uk
ATTENDEE;CN=Olly Barnes;PARTSTAT=ACCEPTED:mailto:olly.barnes@blacksheepcoffee.co.uk
ATTENDEE;CN=Shannon Doyle;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("field-day", "greenhouse-7740213118-interview@greenhouse.io", 1, "Black Sheep Coffee", "",
       "onsite", "dan.whelan@blacksheepcoffee.co.uk", "trial-field-day-visiting-sites-with-ops-director",
       r'''BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:greenhouse-7740213118-interview@greenhouse.io
DTSTAMP:20261005T092012Z
DTSTART;TZID=Europe/London:20261012T090000
DTEND;TZID=Europe/London:20261012T150000
SUMMARY:Field Day - Shannon Doyle x Dan Whelan (Black Sheep Coffee)
DESCRIPTION:Next step! Spend the day with Dan Whelan (Operations Director) visiting our Manchester sites - Arndale\, Deansgate and Leeds Victoria Quarter. It's a trial day as much as an interview: Dan will ask you to do a quick audit at one site and give the GM feedback.\n\nMeet at Black Sheep Coffee\, Manchester Arndale at 9am. Lunch and train to Leeds on us.\n\nBlack Sheep Coffee People Team
LOCATION:Black Sheep Coffee\, Manchester Arndale
ORGANIZER;CN=Black Sheep Coffee People Team:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Dan Whelan;PARTSTAT=ACCEPTED:mailto:dan.whelan@blacksheepcoffee.co.uk
ATTENDEE;CN=Shannon Doyle;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("video-interview", "sr-interview-3e1d8b27-6f44-4c09-a8f1-7a2c5b0e9d13@smartrecruiters.com", 1,
       "Pret A Manger", "Area Manager - Manchester", "hiring_manager", "becky.stone@pret.com",
       "smartrecruiters-teams-hiring-manager", r'''BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:sr-interview-3e1d8b27-6f44-4c09-a8f1-7a2c5b0e9d13@smartrecruiters.com
DTSTAMP:20261007T121010Z
DTSTART;TZID=Europe/London:20261014T150000
DTEND;TZID=Europe/London:20261014T160000
SUMMARY:Interview - Area Manager - Manchester - Pret A Manger
DESCRIPTION:Hello Shannon\,\n\nYou have been invited to an interview with Pret A Manger.\n\nJob: Area Manager - Manchester\nInterviewer: Becky Stone\, Operations Manager North\nLocation: Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q4MDkx%40thread.v2/0\n\nIf you pass this stage you'll be invited to a Job Experience Day in one of our shops.\n\nPret Recruitment
LOCATION:Microsoft Teams
ORGANIZER;CN=Pret A Manger Recruitment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Becky Stone;ROLE=REQ-PARTICIPANT:mailto:becky.stone@pret.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("experience-day", "F0D6A4B2-9E8C-4A1D-B3F5-7C9E1A3B5D7F", 1, "Pret A Manger", "",
       "onsite", "Becky", "job-experience-day-trial-shift-typed-by-user", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
@@TZ_LONDON@@
BEGIN:VEVENT
UID:F0D6A4B2-9E8C-4A1D-B3F5-7C9E1A3B5D7F
DTSTAMP:20261019T200144Z
CREATED:20261019T200130Z
DTSTART;TZID=Europe/London:20261024T063000
DTEND;TZID=Europe/London:20261024T123000
SUMMARY:Pret experience day!
LOCATION:Pret St Ann's Square\, Manchester
DESCRIPTION:6.30 start!! black trousers\, flat black shoes\, hair tied back. working on the floor with the team then sit down w Becky (ops mgr) at end. they vote on u apparently. swap Sat shift w Paul
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("entrevista", "040000008200E00074C5B7101A82E00800000000A8D4F6E1C237DC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0", 1,
       "Zara", "Operations Manager UK North", "hiring_manager", "luciafe@inditex.com;javierot@inditex.com",
       "spanish-english-madrid-tz-teams", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN="Otero Vázquez, Javier";RSVP=TRUE:mailto:javierot@inditex.com
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20261014T101530Z
DESCRIPTION:Hola Shannon\,\n\nTe confirmamos la entrevista para la posición de Operations Manager UK North (Zara) con Javier Otero (Country Operations Manager UK & Ireland) y conmigo. La entrevista será en inglés.\n\nHi Shannon\, this is to confirm your interview for the Operations Manager UK North position at Zara with Javier Otero (Country Operations Manager UK & Ireland) and myself. The interview will be held in English. Please note the invitation is in Madrid time (11:00 CET = 10:00 UK).\n\nUn saludo / Kind regards\,\nLucía Fernández\nTalent Acquisition - Inditex\, Arteixo\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde el equipo\, la aplicación móvil o el dispositivo de la sala\nHaga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1OGQ0%40thread.v2/0>\nId. de reunión: 355 209 814 776\nCódigo de acceso: 4DqT9x\n________________________________________________________________________________\n
DTEND;TZID="Romance Standard Time":20261028T120000
DTSTAMP:20261014T101530Z
DTSTART;TZID="Romance Standard Time":20261028T110000
LAST-MODIFIED:20261014T101530Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Fernández Rey, Lucía":mailto:luciafe@inditex.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista Shannon Doyle - Operations Manager UK North (Zara)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A8D4F6E1C237DC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("entretien", "0m8k6i4g2e0c8a6y4w2u0s8q6o@google.com", 1, "Decathlon", "Regional Leader North West",
       "hiring_manager", "camille.lefebvre@decathlon.com", "french-english-google-meet-paris-tz", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261105T100000
DTEND;TZID=Europe/Paris:20261105T110000
DTSTAMP:20261030T134410Z
ORGANIZER;CN=Camille Lefèbvre:mailto:camille.lefebvre@decathlon.com
UID:0m8k6i4g2e0c8a6y4w2u0s8q6o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Lefèbvre;X-NUM-GUESTS=0:mailto:camille.lefebvre@decathlon.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
CREATED:20261030T134407Z
DESCRIPTION:Bonjour Shannon\,<br><br>Suite à notre échange\, je vous propose un entretien pour le poste de Regional Leader North West (UK). L'entretien se fera en anglais\, ne vous inquiétez pas !<br><br>Hello Shannon\, following our exchange\, here is the invite for your interview for the Regional Leader North West role. We'll speak in English. Time shown is Paris time (10:00 = 09:00 in Manchester).<br><br>À bientôt\,<br>Camille Lefèbvre<br>Responsable Régionale Ressources Humaines - Decathlon UK & Nord<br><br>Rejoindre Google Meet : https://meet.google.com/xzr-hbpa-kqe
LAST-MODIFIED:20261030T134410Z
LOCATION:https://meet.google.com/xzr-hbpa-kqe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Shannon Doyle / Decathlon - Regional Leader NW
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("entretien-final", "zoom-8d1c5e3a-paul-uk-2026@zoom.us", 1, "PAUL", "Area Manager North",
       "final", "m.dubois@groupe-holder.com", "french-zoom-final-romance-standard-time", r'''BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Paris
LAST-MODIFIED:20240422T053451Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20261110T091200Z
DTSTART;TZID=Europe/Paris:20261117T143000
DTEND;TZID=Europe/Paris:20261117T153000
SUMMARY:Entretien final - Area Manager North - PAUL UK
UID:zoom-8d1c5e3a-paul-uk-2026@zoom.us
TZID:Europe/Paris
DESCRIPTION:Maxime Dubois vous invite à une réunion Zoom planifiée.\n\nSujet : Entretien final - Area Manager North - PAUL UK\n\nBonjour Shannon\, suite à vos échanges avec l'équipe PAUL UK à Londres\, Maxime Dubois (Directeur des Opérations Internationales) souhaite vous rencontrer pour l'entretien final. L'échange se fera en anglais.\n\nParticiper à la réunion Zoom\nhttps://us06web.zoom.us/j/81244719036?pwd=Ym91bGFuZ2VyaWU\n\nID de réunion: 812 4471 9036\nCode secret: 318447\n
LOCATION:https://us06web.zoom.us/j/81244719036?pwd=Ym91bGFuZ2VyaWU
ORGANIZER;CN=Maxime Dubois:mailto:m.dubois@groupe-holder.com
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("fallstudie", "040000008200E00074C5B7101A82E00800000000C9B8A7F6E571DC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049", 1,
       "DB Schenker", "Regional Operations Manager Contract Logistics", "technical",
       "thomas.krueger@dbschenker.com;lisa.bergmann@dbschenker.com", "german-case-study-presentation-w-europe",
       r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
@@TZ_WEST@@
BEGIN:VEVENT
ATTENDEE;CN="Krüger, Thomas";RSVP=TRUE:mailto:thomas.krueger@dbschenker.com
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20261028T081244Z
DESCRIPTION:Sehr geehrte Frau Doyle\,\n\nwie telefonisch besprochen\, laden wir Sie zur zweiten Runde ein: Präsentation Ihrer Fallstudie (20 Min.) mit anschließendem Fachgespräch. Die Unterlagen zur Fallstudie haben Sie per E-Mail erhalten.\n\nDear Ms Doyle\, as discussed\, please find the invitation to the second round: presentation of your case study (20 mins) followed by a discussion with Thomas Krüger (Head of Contract Logistics UK) and me. Time shown is CET (14:00 CET = 13:00 UK).\n\nMit freundlichen Grüßen\nLisa Bergmann\nTalent Acquisition DACH/UK\, Schenker AG\, Essen\n\n________________________________________________________________________________\nMicrosoft Teams Besprechung\nHier klicken\, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmE0ZjE3%40thread.v2/0>\nBesprechungs-ID: 371 554 208 119  Kennung: gT2sVw\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20261110T153000
DTSTAMP:20261028T081244Z
DTSTART;TZID="W. Europe Standard Time":20261110T140000
LAST-MODIFIED:20261028T081244Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Bergmann, Lisa":mailto:lisa.bergmann@dbschenker.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:2. Runde: Fallstudie / Case Study - Regional Operations Manager Contract Logistics (m/w/d) - Doyle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C9B8A7F6E571DC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("stage-one", "avature-intv-20260930-118842@boots.avature.net", 1, "Boots", "Area Manager", "recruiter_screen",
       "megan.lowe@boots.co.uk", "avature-stage-one-video-ta-partner", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Recruiting//EN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:avature-intv-20260930-118842@boots.avature.net
DTSTAMP:20260924T150000Z
DTSTART;TZID=Europe/London:20260930T124500
DTEND;TZID=Europe/London:20260930T131500
SUMMARY:Boots - Area Manager (Manchester North) - Stage 1 Video Interview
DESCRIPTION:Dear Shannon\,\n\nThank you for your application to Boots. We'd like to invite you to a Stage 1 video interview with Megan Lowe\, Talent Acquisition Partner.\n\nJoin via Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9vdHMx%40thread.v2/0\n\nThis interview will focus on your experience and motivation for the role.\n\nKind regards\,\nBoots Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Boots Talent Acquisition:mailto:boots-careers@avature.net
ATTENDEE;CN=Megan Lowe;ROLE=REQ-PARTICIPANT:mailto:Megan.Lowe@boots.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("interview-confirmation", "tribepad-booking-550193-superdrug", 1, "Superdrug", "Area Manager - North West",
       "hiring_manager", "Kerry Mottram", "tribepad-uk-ats-no-interviewer-attendee", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//Tribepad ATS//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:tribepad-booking-550193-superdrug
DTSTAMP:20261008T112233Z
DTSTART:20261015T130000Z
DTEND:20261015T140000Z
SUMMARY:Interview Confirmation - Area Manager - North West - Superdrug Stores plc
DESCRIPTION:Dear Shannon\, \n\nThank you for booking your interview slot for the role of Area Manager - North West.\n\nYour interview will be held with Kerry Mottram (Regional Manager) at Superdrug\, Market Street\, Manchester M1 1WA. Please ask a member of staff to call Kerry down from the office.\n\nPlease bring: proof of your right to work in the UK.\n\nKind Regards\, \nSuperdrug Recruitment Team\n\nPlease do not reply to this email as this mailbox is not monitored.
LOCATION:Superdrug\, Market Street\, Manchester M1 1WA
ORGANIZER;CN=Superdrug Recruitment:mailto:no-reply@superdrug.tribepad.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
]
