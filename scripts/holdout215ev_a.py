"""holdout215 events, part a: Aer Lingus, Emirates and Qatar Airways processes."""

from holdout215ev_common import TZ_DUBLIN, TZ_LONDON, TZ_QATAR, TZ_WIN_ARABIAN, TZ_WIN_GMT, E

EVENTS = [
    E(
        "workday-teams", 1, "WD-INT-7f3a91c2-0b4e-4d51-9a6e-2c81f0d5e6a3@aerlingus.wd3.myworkday.com",
        company="Aer Lingus", role="Cabin Crew - Long Haul (Dublin Based)", stage="recruiter_screen",
        interviewers="ciaran.doyle@aerlingus.com", trap="workday-teams-recruiter-video-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:WD-INT-7f3a91c2-0b4e-4d51-9a6e-2c81f0d5e6a3@aerlingus.wd3.myworkday.com
DTSTAMP:20250204T093112Z
SEQUENCE:0
DTSTART;TZID=Europe/Dublin:20250211T103000
DTEND;TZID=Europe/Dublin:20250211T110000
SUMMARY:Aer Lingus - Video Interview - Cabin Crew - Long Haul (Dublin Based
 ) - R0012874
LOCATION:Microsoft Teams
DESCRIPTION:Dear Niamh\,\n\nThank you for your application for the positio
 n of Cabin Crew - Long Haul (Dublin Based). We are delighted to invite you
  to a video interview with a member of our Talent Acquisition team.\n\nInt
 erviewer: Ciarán Doyle\, Talent Acquisition Partner\nDuration: 30 minutes
 \n\nPlease join using the Microsoft Teams link below a few minutes early a
 nd make sure you are somewhere quiet with a good connection.\n\nJoin the m
 eeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTQ1Mj
 k5OGQtYjQ3Ni00ZGQ1LWE2YjMtMmVmNDc4ZjI5Y2Ux%40thread.v2/0\nMeeting ID: 348
  512 907 336\nPasscode: Pk2w9R\n\nIf you need to reschedule please reply t
 o this message via your Workday candidate home.\n\nKind regards\,\nAer Lin
 gus Talent Acquisition
ORGANIZER;CN=Aer Lingus Talent Acquisition:mailto:aerlingus@myworkday.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:niamh.gallagher.fly@gmail.com
ATTENDEE;CN=Ciarán Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Cia
 ran.Doyle@aerlingus.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "assessment-day", 1, "5E0C2A7D-91B4-4F0A-8C3E-6D2B71A9F044",
        company="Aer Lingus", stage="onsite", trap="hand-typed-assessment-day-group-exercise", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E0C2A7D-91B4-4F0A-8C3E-6D2B71A9F044
DTSTAMP:20250219T211544Z
CREATED:20250219T211502Z
LAST-MODIFIED:20250219T211544Z
DTSTART:20250304T083000
DTEND:20250304T160000
SUMMARY:EI assessment day ✈️
LOCATION:Aer Lingus Head Office\, Dublin Airport
DESCRIPTION:Reg 8.30 sharp at reception. Group exercise in the morning\, r
 ole play\, reach test + then the 1:1 interview after lunch if you get thr
 ough.\nBring: passport\, 2 passport photos\, Leaving Cert + first aid cert
  copies\nHair in a bun\, navy suit\, nude tights\, bring spare pair!!\nAsk
  Clodagh to swap my late on the 3rd
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "final-outlook", 1,
        "040000008200E00074C5B7101A82E0080000000070B5E3D2A18FDB01000000000000000010000000C2A7E93B14F0D84F9B63A1E0F27D5C11",
        company="Aer Lingus", role="Cabin Crew - Long Haul", stage="final",
        interviewers="deirdre.byrne@aerlingus.com;mark.hennessy@aerlingus.com",
        trap="outlook-sent-by-assistant-room-final",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WIN_GMT + r"""BEGIN:VEVENT
ORGANIZER;CN="Byrne, Deirdre";SENT-BY="mailto:Lisa.OToole@aerlingus.com":m
 ailto:Deirdre.Byrne@aerlingus.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=niamh.gal
 lagher.fly@gmail.com:mailto:niamh.gallagher.fly@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hennessy
 , Mark":mailto:Mark.Hennessy@aerlingus.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DUB HO 2.14 (8
 ) - Liffey":mailto:DUBHO-2.14-Liffey@aerlingus.com
DESCRIPTION;LANGUAGE=en-US:Hi Niamh\,\n\nFurther to your assessment day I
  am pleased to confirm your final interview for the Cabin Crew - Long Haul
  position with Deirdre Byrne (Cabin Services Manager\, Long Haul) and Mar
 k Hennessy (Base Manager\, Cabin Crew).\n\nPlease report to main receptio
 n at Head Office 10 minutes before and ask for me.\n\nKind regards\nLisa
 \n\nLisa O'Toole | Cabin Services Administrator | Aer Lingus\n
UID:040000008200E00074C5B7101A82E0080000000070B5E3D2A18FDB01000000000000000010000000C2A7E93B14F0D84F9B63A1E0F27D5C11
SUMMARY;LANGUAGE=en-US:Final Interview - Niamh Gallagher - Cabin Crew LH
DTSTART;TZID=GMT Standard Time:20250320T140000
DTEND;TZID=GMT Standard Time:20250320T145000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T162344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DUB HO 2.14 (8) - Liffey
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "open-day", 1, "3pk9v2q7m1c0r8t6s4n5j2a1bd@google.com",
        company="Emirates", role="Cabin Crew", stage="onsite", trap="walk-in-open-day-selection-self-typed",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:niamh.gallagher.fly@gmail.com
X-WR-TIMEZONE:Europe/Dublin
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250222T083000
DTEND;TZID=Europe/Dublin:20250222T180000
DTSTAMP:20250214T221003Z
UID:3pk9v2q7m1c0r8t6s4n5j2a1bd@google.com
CREATED:20250214T220851Z
DESCRIPTION:Open Day - Cabin Crew. CV drop from 9am. If they keep you aft
 er the CV drop you stay on for the group activities + English test + the
 n they tell you if ur through to final interview (could be the next day).
 \n\nBring: CV w/ photo\, full length photo\, passport\, pen!!\nRóisín sa
 id the queue was round the block last time so get there early\nBook off
  Sat - day off anyway thank god
LAST-MODIFIED:20250214T221003Z
LOCATION:Clayton Hotel Burlington Road\, Dublin 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EMIRATES OPEN DAY 🤞
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "language-check", 1, "ZOOM87312045567@zoom.us",
        company="Emirates", role="Cabin Crew (German speaking)", stage="technical",
        interviewers="katrin.weber@emirates.com", trap="german-language-assessment-zoom",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Asia/Dubai
LAST-MODIFIED:20240424T005236Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Asia/Dubai
X-LIC-LOCATION:Asia/Dubai
BEGIN:STANDARD
TZNAME:+04
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250224T071502Z
DTSTART;TZID=Asia/Dubai:20250227T133000
DTEND;TZID=Asia/Dubai:20250227T135000
SUMMARY:Sprachtest Deutsch – Emirates Cabin Crew (Niamh Gallagher)
UID:ZOOM87312045567@zoom.us
TZID:Asia/Dubai
DESCRIPTION:Liebe Niamh\,\n\nvielen Dank für Ihre Teilnahme am Open Day i
 n Dublin. Da Sie Deutsch als Sprache angegeben haben\, möchten wir Ihre D
 eutschkenntnisse in einem kurzen Gespräch (ca. 15 Minuten) überprüfen. E
 s handelt sich um einen Teil des Auswahlverfahrens für deutschsprachiges
  Kabinenpersonal.\n\nBitte beachten Sie: die Uhrzeit ist in Dubai-Zeit (
 09:30 Uhr in Irland).\n\nKatrin Weber\nLanguage Assessor | Emirates Group
  Recruitment\n\nZoom-Meeting beitreten\nhttps://emirates.zoom.us/j/873120
 45567?pwd=bG9uZ1N0cmluZ0hlcmU1\n\nMeeting-ID: 873 1204 5567\nKenncode: 41
 9302
LOCATION:https://emirates.zoom.us/j/87312045567?pwd=bG9uZ1N0cmluZ0hlcmU1
ORGANIZER;CN=Katrin Weber:mailto:katrin.weber@emirates.com
ATTENDEE;CN=niamh.gallagher.fly@gmail.com;RSVP=TRUE:mailto:niamh.gallagher
 .fly@gmail.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "final-interview", 1,
        "040000008200E00074C5B7101A82E008000000008C0E7A1F2B8ADB010000000000000000100000004D17B2E6A39C5F4A8E20D1C3B7F5A908",
        company="Emirates", role="Cabin Crew", stage="final", interviewers="mariam.alhashimi@emirates.com",
        trap="outlook-arabian-time-final-in-dublin",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WIN_ARABIAN + r"""BEGIN:VEVENT
ORGANIZER;CN=Emirates Group Recruitment:mailto:EGR.CabinCrew@emirates.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=niamh.gal
 lagher.fly@gmail.com:mailto:niamh.gallagher.fly@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Al Hashimi,
  Mariam":mailto:Mariam.AlHashimi@emirates.com
DESCRIPTION;LANGUAGE=en-US:Dear Niamh\,\n\nCongratulations on successfully
  completing the Open Day assessment. We are pleased to invite you to the
  Final Interview for Cabin Crew\, which will take place at the Clayton Hot
 el Burlington Road\, Dublin\, Meeting Room Herbert 2.\n\nPlease note the
  time shown is UAE time. Your interview is at 13:40 Irish time.\n\nYour in
 terviewer will be Mariam Al Hashimi\, Senior Recruitment Officer.\n\nPlea
 se bring your passport and the completed application form.\n\nBest regard
 s\,\nEmirates Group Recruitment\n
UID:040000008200E00074C5B7101A82E008000000008C0E7A1F2B8ADB010000000000000000100000004D17B2E6A39C5F4A8E20D1C3B7F5A908
SUMMARY;LANGUAGE=en-US:Emirates Cabin Crew - Final Interview - N. Gallagh
 er
DTSTART;TZID=Arabian Standard Time:20250224T174000
DTEND;TZID=Arabian Standard Time:20250224T182000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250222T174955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Clayton Hotel Burlington Road - Herbert 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "assessment-day", 1, "sf-intsched-4471928-QR-CC-LON-0412@successfactors.eu",
        company="Qatar Airways", role="Cabin Crew", stage="onsite", trap="successfactors-assessment-day-london",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:sf-intsched-4471928-QR-CC-LON-0412@successfactors.eu
DTSTAMP:20250327T101500Z
DTSTART;TZID=Europe/London:20250405T083000
DTEND;TZID=Europe/London:20250405T170000
SUMMARY:Qatar Airways Cabin Crew Assessment Day - London
LOCATION:Novotel London West\, 1 Shortlands\, Hammersmith\, London W6 8DR
DESCRIPTION:Dear Niamh Gallagher\,\n\nFollowing the review of your applic
 ation\, we are pleased to invite you to attend our Cabin Crew Assessment
  Day in London.\n\nThe day will include a short presentation about life in
  Doha\, a group exercise\, a reach test\, an English written assessment a
 nd a grooming and appearance check. Successful candidates may be invited
  to a final interview.\n\nPlease bring:\n- Your passport\n- A printed cop
 y of your CV\n- One full-length and one passport-size photograph\n\nDress
  code: business attire.\n\nQatar Airways Cabin Crew Recruitment
ORGANIZER;CN=Qatar Airways Careers:mailto:noreply-careers@qatarairways.com
 .qa
ATTENDEE;CN=Niamh Gallagher;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:niamh.g
 allagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "final-teams", 1, "AAMkADQ3ZjE1YjI0LWQ5OTUtNDMxNy1hN2Q0LTFhYjJmMjUxN2QxMgBGAAAAAAC9q3Lh0FQR",
        company="Qatar Airways", role="Cabin Crew", stage="final",
        interviewers="lina.haddad@qatarairways.com.qa;rahul.menon@qatarairways.com.qa",
        trap="qatar-time-teams-final-original",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_QATAR + r"""BEGIN:VEVENT
UID:AAMkADQ3ZjE1YjI0LWQ5OTUtNDMxNy1hN2Q0LTFhYjJmMjUxN2QxMgBGAAAAAAC9q3Lh0FQR
SEQUENCE:0
DTSTAMP:20250408T062130Z
DTSTART;TZID=Asia/Qatar:20250415T110000
DTEND;TZID=Asia/Qatar:20250415T114500
SUMMARY:Final Interview | Cabin Crew | Niamh Gallagher
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Lina Haddad:mailto:lhaddad@qatarairways.com.qa
ATTENDEE;CN=Lina Haddad;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:lina.haddad@q
 atarairways.com.qa
ATTENDEE;CN=Rahul Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Rahu
 l.Menon@qatarairways.com.qa
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
DESCRIPTION:Dear Niamh\,\n\nFurther to the London Assessment Day you are
  invited to your final interview with Lina Haddad (Recruitment Specialist)
  and Rahul Menon (Cabin Services Manager).\n\nTimes are Doha time (GMT+3)
 .\n\n____________________________________________________________________
 ____________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app
  or room device\nClick here to join the meeting<https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_NmQ4YzM5ZTAtOGIwNi00%40thread.v2/0>\nMeeti
 ng ID: 391 442 118 760\nPasscode: 7Tz3Qa\n_______________________________
 _________________________________________________\n
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "final-teams", 1, "AAMkADQ3ZjE1YjI0LWQ5OTUtNDMxNy1hN2Q0LTFhYjJmMjUxN2QxMgBGAAAAAAC9q3Lh0FQR",
        company="Qatar Airways", role="Cabin Crew", stage="final",
        interviewers="lina.haddad@qatarairways.com.qa;rahul.menon@qatarairways.com.qa",
        trap="qatar-time-teams-final-rescheduled-sequence",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_QATAR + r"""BEGIN:VEVENT
UID:AAMkADQ3ZjE1YjI0LWQ5OTUtNDMxNy1hN2Q0LTFhYjJmMjUxN2QxMgBGAAAAAAC9q3Lh0FQR
SEQUENCE:1
DTSTAMP:20250413T080512Z
DTSTART;TZID=Asia/Qatar:20250417T130000
DTEND;TZID=Asia/Qatar:20250417T134500
SUMMARY:Updated: Final Interview | Cabin Crew | Niamh Gallagher
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Lina Haddad:mailto:lhaddad@qatarairways.com.qa
ATTENDEE;CN=Lina Haddad;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:lina.haddad@q
 atarairways.com.qa
ATTENDEE;CN=Rahul Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Rahu
 l.Menon@qatarairways.com.qa
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
DESCRIPTION:Dear Niamh\,\n\nAs discussed\, your final interview has been m
 oved to Thursday 17 April at 13:00 Doha time (11:00 in Ireland) to fit ar
 ound your roster. Apologies for any inconvenience.\n\nTimes are Doha time
  (GMT+3).\n\n____________________________________________________________
 ____________________\nMicrosoft Teams meeting\nJoin on your computer\, mo
 bile app or room device\nClick here to join the meeting<https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_NmQ4YzM5ZTAtOGIwNi00%40thread.v2/0>
 \nMeeting ID: 391 442 118 760\nPasscode: 7Tz3Qa\n________________________
 ________________________________________________________\n
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "language-check", 1, "AAMkAGU4NTc0ZWM1LTg2YjMtNGQ3Mi05ZGYxLTJlYzQ5ZDU1YzE0NABGAAAAAADf7Hq2uWvR",
        company="Qatar Airways", role="Cabin Crew (French speaker)", stage="technical",
        interviewers="camille.roux@qatarairways.com.qa", trap="french-language-evaluation-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_QATAR + r"""BEGIN:VEVENT
UID:AAMkAGU4NTc0ZWM1LTg2YjMtNGQ3Mi05ZGYxLTJlYzQ5ZDU1YzE0NABGAAAAAADf7Hq2uWvR
SEQUENCE:0
DTSTAMP:20250409T111840Z
DTSTART;TZID=Asia/Qatar:20250410T150000
DTEND;TZID=Asia/Qatar:20250410T152000
SUMMARY:Évaluation linguistique – Français – Équipage de cabine
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN=Camille Roux:mailto:Camille.Roux@qatarairways.com.qa
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
DESCRIPTION:Bonjour Niamh\,\n\nSuite à la journée de recrutement à Londres
 \, nous vous proposons une courte évaluation de votre niveau de français
  (environ 15 minutes) dans le cadre de votre candidature au poste de membr
 e d'équipage de cabine (profil francophone).\n\nL'entretien se déroulera
  entièrement en français : présentation\, mise en situation à bord\, quel
 ques questions.\n\nBien cordialement\,\nCamille Roux\nLanguage Assessor –
  Cabin Crew Recruitment\nQatar Airways\n\nRéunion Microsoft Teams\nRejoin
 dre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FmZmVl%40t
 hread.v2/0\nID de réunion : 312 907 554 681\nCode secret : hX8m2K\n
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
