"""holdout200 events, part b: Singapore, Luxembourg, Vontobel, UBS, Reichmuth (CC0 1.0)."""

from holdout200ev_common import TZ_LUX, TZ_SGP_WIN, TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "video-interview", "040000008200E00074C5B7101A82E008000000002B8F1D0E9A3ADC0100000000000000001000000"
        "0BOS77412A9E", 1, "Bank of Singapore", "Senior Relationship Manager, Europe Desk (Swiss market)",
        "recruiter_screen", "joanne.tan@bankofsingapore.com", "singapore-video-odd-hour-outlook-singapore-zone",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_SGP_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Joanne Tan (BOS)":mailto:joanne.tan@bankofsingapore.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
DESCRIPTION;LANGUAGE=en-SG:Dear Reto\,\n\nThank you for your interest in th
 e Senior Relationship Manager role on our Europe Desk. As discussed\, pleas
 e find below the details for our initial video interview. I am aware this
  is early morning in Zurich - thank you for accommodating.\n\nBest regards\
 nJoanne Tan\nTalent Acquisition\, Bank of Singapore\n\n___________________
 _____________________________________________\nMicrosoft Teams meeting\nJoi
 n on your computer\, mobile app or room device\nClick here to join the meet
 ing<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk4>\nMeeti
 ng ID: 381 220 947 113\nPasscode: q7Xb4R\n________________________________
UID:040000008200E00074C5B7101A82E008000000002B8F1D0E9A3ADC01000000000000000010000000BOS77412A9E
SUMMARY;LANGUAGE=en-SG:Bank of Singapore | Reto Baumgartner | Initial interview
DTSTART;TZID=Singapore Standard Time:20251002T130000
DTEND;TZID=Singapore Standard Time:20251002T134500
DTSTAMP:20250926T031552Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk4
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "market-head-zoom", "bos-europe-desk-r2-RB-9d1e@zoom.us", 1, "Bank of Singapore",
        "Senior Relationship Manager, Europe Desk (Swiss market)", "hiring_manager",
        "marcus.lim@bankofsingapore.com;stefan.brunner@bankofsingapore.com", "zoom-asia-singapore-tz-0300-zurich",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Asia/Singapore
LAST-MODIFIED:20230407T050750Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Asia/Singapore
X-LIC-LOCATION:Asia/Singapore
BEGIN:STANDARD
TZNAME:+08
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20251009T021104Z
DTSTART;TZID=Asia/Singapore:20251016T100000
DTEND;TZID=Asia/Singapore:20251016T110000
SUMMARY:Second round - R. Baumgartner with Marcus Lim (Market Head Europe)
UID:bos-europe-desk-r2-RB-9d1e@zoom.us
TZID:Asia/Singapore
DESCRIPTION:Marcus Lim (Market Head\, Europe) and Stefan Brunner (Team Hea
 d\, Swiss clients) would like to continue the conversation. Please be prepa
 red to discuss your client book\, booking centre transferability and how y
 ou would grow Swiss-domiciled assets out of Singapore.\n\nJoin Zoom Meeting
 \nhttps://bankofsingapore.zoom.us/j/93215577014?pwd=a0RmT3hVb1YrZz09\n\nMee
 ting ID: 932 1557 7014\nPasscode: 552301\n
ORGANIZER;CN=Joanne Tan:mailto:joanne.tan@bankofsingapore.com
ATTENDEE;CN=Marcus Lim;RSVP=TRUE:mailto:marcus.lim@bankofsingapore.com
ATTENDEE;CN=Stefan Brunner;RSVP=TRUE:mailto:stefan.brunner@bankofsingapore.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
LOCATION:https://bankofsingapore.zoom.us/j/93215577014?pwd=a0RmT3hVb1YrZz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "online-assessment", "6C1E9F0B-2D44-4B7A-8E13-SHL0BOS2025", 1, "Bank of Singapore",
        "Senior Relationship Manager, Europe Desk (Swiss market)", "technical", "",
        "psychometric-online-test-typed-by-user",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
""" + TZ_ZRH + r"""BEGIN:VEVENT
CREATED:20251020T190022Z
UID:6C1E9F0B-2D44-4B7A-8E13-SHL0BOS2025
DTEND;TZID=Europe/Zurich:20251022T220000
SUMMARY:SHL Online-Assessment BoS (Verbal/Numerical + OPQ) – ruhig\, kein Handy
LAST-MODIFIED:20251020T190231Z
DTSTAMP:20251020T190231Z
DTSTART;TZID=Europe/Zurich:20251022T200000
DESCRIPTION:Link von Joanne im Mail vom 20.10.\, Frist Fr 24.10. 23:59 SGT
 \nca. 75 Min.\, Taschenrechner + Notizpapier bereitlegen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "teams-screen", "quintet-ta-3f2a9c11-lux@quintet.com", 1, "Quintet Private Bank",
        "Senior Private Banker – Swiss & German clients", "recruiter_screen", "anne.weber@quintet.com",
        "luxembourg-tz-teams-english-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LUX + r"""BEGIN:VEVENT
CLASS:PUBLIC
DTSTAMP:20251006T124400Z
DTSTART;TZID=Europe/Luxembourg:20251013T120000
DTEND;TZID=Europe/Luxembourg:20251013T124500
ORGANIZER;CN="WEBER Anne":mailto:anne.weber@quintet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Reto Baumgartner":mailto:reto.baumgartner@bluewin.ch
SUMMARY:Quintet – Senior Private Banker (Swiss & German clients) – first call
DESCRIPTION:Dear Mr Baumgartner\,\n\nas agreed\, a first conversation of ab
 out 45 minutes with myself (Talent Acquisition) to go through your backgrou
 nd and the role in Luxembourg.\n\nMicrosoft Teams\nMeeting ID: 344 019 826
  55\nPasscode: 8HwT3c\nDial in by phone +352 27 86 10 77\,\,775118203#  Lu
 xembourg\n
LOCATION:Microsoft Teams
UID:quintet-ta-3f2a9c11-lux@quintet.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "lux-onsite", "2BA07F33-91C2-4E5D-B0A8-LUXQUINTET", 1, "Quintet Private Bank",
        "Senior Private Banker – Swiss & German clients", "onsite", "",
        "all-day-trip-entry-interviews-abroad",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.7//EN
BEGIN:VEVENT
UID:2BA07F33-91C2-4E5D-B0A8-LUXQUINTET
DTSTAMP:20251024T061500Z
DTSTART;VALUE=DATE:20251104
DTEND;VALUE=DATE:20251105
SUMMARY:LUX – Quintet Interviews (Head PB DACH + COO)
DESCRIPTION:LX1073 ZRH 07:10 – LUX 08:25\, zurück LX1076 19:05\nBoulevard
  Royal 43\, 10:00 Empfang\, 3 Gespräche à 45' + Lunch mit Team\nFerien eing
 eben bei Limmattal!!
LOCATION:Luxembourg
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "erstgespraech-sf", "INTERVIEW_2025-000918_rb@successfactors.eu", 1, "Vontobel",
        "Senior Relationship Manager Private Clients Schweiz", "hiring_manager",
        "patrick.hug@vontobel.com;lea.staub@vontobel.com", "successfactors-interview-scheduling-german",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:INTERVIEW_2025-000918_rb@successfactors.eu
DTSTAMP:20250915T134807Z
DTSTART;TZID=Europe/Zurich:20250919T120000
DTEND;TZID=Europe/Zurich:20250919T131500
SUMMARY:Interview: Senior Relationship Manager Private Clients Schweiz (Req. 8712)
DESCRIPTION:Guten Tag Reto Baumgartner\,\n\nWir freuen uns\, Sie zu einem
  persönlichen Gespräch einzuladen.\n\nGesprächspartner:\nPatrick Hug\, Head
  Private Clients Schweiz\nLea Staub\, Talent Acquisition\n\nOrt: Vontobel\,
  Gotthardstrasse 43\, 8002 Zürich\, Empfang EG\n\nFreundliche Grüsse\nVonto
 bel Talent Acquisition\n\nDiese E-Mail wurde automatisch generiert.
ORGANIZER;CN=Vontobel Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Reto Baumgartner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Patrick Hug;ROLE=REQ-PARTICIPANT:mailto:patrick.hug@vontobel.com
ATTENDEE;CN=Lea Staub;ROLE=REQ-PARTICIPANT:mailto:lea.staub@vontobel.com
LOCATION:Gotthardstrasse 43\, 8002 Zürich
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "potenzialanalyse", "8e71c0a2-4f3d-11f0-9c2b-aonassess@assessment.aon.com", 1, "Vontobel",
        "Senior Relationship Manager Private Clients Schweiz", "technical", "dr.kathrin.meili@aon.com",
        "external-psychometric-assessment-for-named-bank",
        r"""BEGIN:VCALENDAR
PRODID:-//Aon Assessment Solutions//Scheduling//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:8e71c0a2-4f3d-11f0-9c2b-aonassess@assessment.aon.com
DTSTAMP:20251001T081233Z
DTSTART;TZID=Europe/Zurich:20251010T083000
DTEND;TZID=Europe/Zurich:20251010T123000
SUMMARY:Potenzialanalyse im Auftrag der Bank Vontobel AG – R. Baumgartner
DESCRIPTION:Sehr geehrter Herr Baumgartner\n\nIm Auftrag unserer Kundin\, d
 er Bank Vontobel AG\, laden wir Sie zur Potenzialanalyse ein. Ablauf: Onli
 ne-Fragebogen (Persönlichkeit\, vorab zu Hause) - Fallstudie Kundengespräch
  (Rollenspiel) - Interview mit Dr. Kathrin Meili (Psychologin FSP) - Feedb
 ackgespräch.\n\nBitte planen Sie 4 Stunden ein.\n\nAon Assessment Solutions
 \, Löwenstrasse 1\, 8001 Zürich
ORGANIZER;CN=Aon Assessment Scheduling:mailto:scheduling@assessment.aon.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Dr. Kathrin Meili:mailto:dr.kathrin.meili@aon.com
LOCATION:Aon\, Löwenstrasse 1\, 8001 Zürich
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "phone-screen", "wd-ubs-JR50041877-scr-221@myworkday.com", 1, "UBS",
        "Team Head Private Clients Zürich (Director)", "recruiter_screen", "martina.vogt@ubs.com",
        "workday-phone-screen-english-german",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-ubs-JR50041877-scr-221@myworkday.com
DTSTAMP:20250911T090310Z
DTSTART:20250917T113000Z
DTEND:20250917T120000Z
SUMMARY:Phone Screen: Team Head Private Clients Zürich (Director) - JR50041877
DESCRIPTION:Dear Reto\,\n\nYour phone screen has been scheduled. Martina Vo
 gt (Recruiter) will call you on +41 79 412 55 09.\n\nKind regards\,\nUBS Re
 cruiting\n\nPlease do not reply to this e-mail.
ORGANIZER;CN=UBS Recruiting:mailto:ubs@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Martina Vogt:mailto:martina.vogt@ubs.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "abgesagt", "wd-ubs-JR50041877-hm-318@myworkday.com", 1, "UBS",
        "Team Head Private Clients Zürich (Director)", "hiring_manager", "daniel.frischknecht@ubs.com",
        "cancelled-method-cancel-workday",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:wd-ubs-JR50041877-hm-318@myworkday.com
DTSTAMP:20250929T151955Z
DTSTART:20251001T140000Z
DTEND:20251001T150000Z
SUMMARY:Canceled: Interview with Daniel Frischknecht - Team Head Private Clients Zürich (Director)
DESCRIPTION:Dear Reto\,\n\nUnfortunately your interview with Daniel Frischk
 necht (Market Area Head) had to be cancelled. Your recruiter will get in t
 ouch to propose a new date.\n\nUBS Recruiting
ORGANIZER;CN=UBS Recruiting:mailto:ubs@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Reto Baumgartner:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Daniel Frischknecht:mailto:daniel.frischknecht@ubs.com
LOCATION:Europaallee 21\, Zürich
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "kennenlernen-personio", "personio-interview-5502917@personio.de", 1, "Reichmuth & Co",
        "Senior Kundenberater / Teamleiter Privatkunden Zürich", "hiring_manager", "christian.reichmuth@reichmuthco.ch",
        "personio-kennenlerngespraech-partner",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-5502917@personio.de
DTSTAMP:20251021T144102Z
DTSTART:20251027T160000Z
DTEND:20251027T170000Z
SUMMARY:Kennenlernen: Reto Baumgartner – Reichmuth & Co
DESCRIPTION:Hallo Reto Baumgartner\,\n\nvielen Dank für Ihre Bewerbung als
  Senior Kundenberater / Teamleiter Privatkunden Zürich. Gerne laden wir Si
 e zu einem ersten Kennenlernen mit Christian Reichmuth ein.\n\nOrt: Tödistr
 asse 63\, 8002 Zürich\n\nBeste Grüsse\nIhr Reichmuth & Co Recruiting-Team
ORGANIZER;CN=Reichmuth & Co Recruiting:mailto:noreply@personio.de
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Christian Reichmuth:mailto:christian.reichmuth@reichmuthco.ch
LOCATION:Tödistrasse 63\, 8002 Zürich
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "partnergremium", "040000008200E00074C5B7101A82E0080000000011F3A9C1B745DC01000000000000000010000000"
        "RCH2025PNL", 1, "Reichmuth & Co", "Senior Kundenberater / Teamleiter Privatkunden Zürich", "final",
        "christian.reichmuth@reichmuthco.ch;remo.reichmuth@reichmuthco.ch;silvan.arnold@reichmuthco.ch",
        "panel-with-ceo-and-partners-outlook",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Arnold, Silvan";SENT-BY="mailto:empfang@reichmuthco.ch":mailto:silvan.arnold@reichmuthco.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Reichmuth, Christian":mailto:christian.reichmuth@reichmuthco.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Reichmuth, Remo":mailto:remo.reichmuth@reichmuthco.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ZH Sitzungszimmer Rigi":mailto:zh-rigi@reichmuthco.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Baumgartner\n\nwie besprochen
  treffen Sie den CEO und zwei unbeschränkt haftende Gesellschafter zu einem
  abschliessenden Gespräch. Ich (Silvan Arnold\, CEO) leite die Runde.\n\nFr
 eundliche Grüsse\nSilvan Arnold
UID:040000008200E00074C5B7101A82E0080000000011F3A9C1B745DC01000000000000000010000000RCH2025PNL
SUMMARY;LANGUAGE=de-CH:Gespräch Partnerrunde – R. Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251118T180000
DTEND;TZID=W. Europe Standard Time:20251118T193000
DTSTAMP:20251107T112045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ZH Sitzungszimmer Rigi
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
