# ruff: noqa: E501
"""holdout150 events: the user on the HIRING side at Nordvale GBS (part 2). All negatives."""

from holdout150ev_tz import CEST_WIN, WAW

_HDR = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"

EVENTS = [
    dict(
        kind="interview-shadowing",
        uid="040000008200E00074C5B7101A82E00800000000E9FAABBCCDB3DB0100000000000000001000000099AA00BB11CC22DD33EE44FF55667788",
        iv=0, side=True, trap="user-as-interviewer-new-team-lead-shadows-her-interview",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sowa, Marta":mailto:marta.sowa@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:Marta - as discussed\\, you will shadow my interview with the AP Specialist candidate (Daria W.) at 11:00 - just observe and take notes\\, we debrief right after. Please read the interview guide beforehand (Workday > Interview Kit > AP Specialist).
UID:040000008200E00074C5B7101A82E00800000000E9FAABBCCDB3DB0100000000000000001000000099AA00BB11CC22DD33EE44FF55667788
SUMMARY;LANGUAGE=en-US:Shadowing - AP Specialist interview (Marta observes) + debrief
DTSTART;TZID=Central European Standard Time:20250415T110000
DTEND;TZID=Central European Standard Time:20250415T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T131313Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:KRK-Quattro-B-3.08 (4)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-decision",
        uid="040000008200E00074C5B7101A82E00800000000FAABBCCDDEB4DB01000000000000000010000000AABB00CC11DD22EE33FF445566778899",
        iv=0, side=True, trap="user-as-interviewer-hiring-decision-two-finalists",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Majewski, Krzysztof":mailto:krzysztof.majewski@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lewandowska, Joanna":mailto:joanna.lewandowska@nordvale-gbs.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bąk, Tomasz":mailto:tomasz.bak@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:Senior Accountant GL (JR-33018) - 2 finalists (K. Nowicki\\, E. Marczak). Kasia to present scorecards from round 2\\, Joanna - salary expectations / notice periods. Decision + offer approval today please.
UID:040000008200E00074C5B7101A82E00800000000FAABBCCDDEB4DB01000000000000000010000000AABB00CC11DD22EE33FF445566778899
SUMMARY;LANGUAGE=en-US:JR-33018 Senior Accountant GL - hiring decision
DTSTART;TZID=Central European Standard Time:20250327T150000
DTEND;TZID=Central European Standard Time:20250327T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T080001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dzien-probny-supervised",
        uid="040000008200E00074C5B7101A82E00800000000ABBCCDDEEFB5DB01000000000000000010000000BBCC00DD11EE22FF3344556677889900",
        iv=0, side=True, trap="user-as-interviewer-trial-day-she-supervises-polish",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pietrzyk, Aleksandra":mailto:aleksandra.pietrzyk@nordvale-gbs.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="IT Service Desk KRK":mailto:itsd.krk@nordvale-gbs.com
DESCRIPTION;LANGUAGE=pl-PL:Dzień próbny kandydatki na stanowisko Accountant (AR) - Julia Kmieć. Ola jest jej opiekunką przez cały dzień (uzgodnienia AR\\, cash application na danych testowych). Przepustka gościa na recepcji\\, laptop testowy od IT (bez dostępu do produkcji!). O 15:30 krótka rozmowa podsumowująca ze mną.
UID:040000008200E00074C5B7101A82E00800000000ABBCCDDEEFB5DB01000000000000000010000000BBCC00DD11EE22FF3344556677889900
SUMMARY;LANGUAGE=pl-PL:Dzień próbny - J. Kmieć (AR)
DTSTART;TZID=Central European Standard Time:20250506T090000
DTEND;TZID=Central European Standard Time:20250506T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T120500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Open space B3 - biurko 3.41
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-on-gmail",
        uid="040000008200E00074C5B7101A82E00800000000BCCDDEEFFAB6DB01000000000000000010000000CCDD00EE11FF2233445566778899AABB",
        iv=0, side=True, trap="user-as-interviewer-her-invite-to-candidate-on-free-mail",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tomasz.lis88@gmail.com:mailto:tomasz.lis88@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bąk, Tomasz":mailto:tomasz.bak@nordvale-gbs.com
DESCRIPTION;LANGUAGE=pl-PL:Dzień dobry Panie Tomaszu\\,\\n\\ndziękuję za zainteresowanie stanowiskiem Starszy Księgowy w zespole R2R. Zapraszam na spotkanie do naszego biura: Quattro Business Park\\, ul. Opolska 110 (budynek B)\\, proszę zgłosić się na recepcję.\\n\\nPozdrawiam\\nKatarzyna Nowak\\nTeam Leader R2R\\, Nordvale GBS
UID:040000008200E00074C5B7101A82E00800000000BCCDDEEFFAB6DB01000000000000000010000000CCDD00EE11FF2233445566778899AABB
SUMMARY;LANGUAGE=pl-PL:Nordvale GBS - spotkanie / Tomasz Lis
DTSTART;TZID=Central European Standard Time:20250313T140000
DTEND;TZID=Central European Standard Time:20250313T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T094512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Quattro Business Park\\, budynek B\\, sala 3.08
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="panel-chair-internal",
        uid="040000008200E00074C5B7101A82E00800000000CDDEEFFAABB7DB01000000000000000010000000DDEE00FF112233445566778899AABBCC",
        iv=0, side=True, trap="user-as-interviewer-chairs-panel-for-internal-applicants",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Lewandowska, Joanna":mailto:joanna.lewandowska@nordvale-gbs.com
ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Majewski, Krzysztof":mailto:krzysztof.majewski@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Frey, Annika":mailto:annika.frey@nordvale-gbs.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KRK-Quattro-B-4.02 Board (10)":mailto:krk-quattrob-402@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:Internal recruitment - Team Leader R2R (Fixed Assets & Leases). Three internal applicants\\, 40 min each: 09:00 / 09:50 / 10:40\\, panel wash-up 11:30.\\nKasia chairs the panel and owns the competency questions\\; Krzysztof - business case\\; Annika - stakeholder scenario (EN/DE).\\nNames are in the confidential Workday requisition - please do not forward.
UID:040000008200E00074C5B7101A82E00800000000CDDEEFFAABB7DB01000000000000000010000000DDEE00FF112233445566778899AABBCC
SUMMARY;LANGUAGE=en-US:Panel - TL R2R FA&Leases (internal applicants)
DTSTART;TZID=Central European Standard Time:20250522T090000
DTEND;TZID=Central European Standard Time:20250522T120000
CLASS:CONFIDENTIAL
PRIORITY:5
DTSTAMP:20250515T110011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:KRK-Quattro-B-4.02 Board (10)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="campus-intern-interviews",
        uid="8d2h5k1m9q4t7w0z3c6f8j1n4r@google.com",
        iv=0, side=True, trap="user-as-interviewer-campus-internship-interviews-polish",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + WAW + """BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250326T100000
DTEND;TZID=Europe/Warsaw:20250326T140000
DTSTAMP:20250312T131000Z
ORGANIZER;CN=Biuro Karier UEK:mailto:biurokarier@uek.krakow.pl
UID:8d2h5k1m9q4t7w0z3c6f8j1n4r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katarzyna.nowak@nordvale-gbs.com;X-NUM-GUESTS=0:mailto:katarzyna.no
 wak@nordvale-gbs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=joanna.lewandowska@nordvale-gbs.com;X-NUM-GUESTS=0:mailto:joanna.lewand
 owska@nordvale-gbs.com
DESCRIPTION:Dzień Pracodawcy Nordvale GBS - rozmowy z kandydatami na prakty
 ki letnie (R2R / AP). Sala 214\\, Pawilon C. Harmonogram 15-minutowych rozmó
 w ze studentami prześlemy dzień wcześniej. Prosimy o zabranie roll-upa i ul
 otek.\\n\\nBiuro Karier UEK
LOCATION:Uniwersytet Ekonomiczny w Krakowie\\, Pawilon C\\, sala 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UEK - rozmowy z kandydatami na praktyki (Nordvale GBS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="debrief-round-two",
        uid="040000008200E00074C5B7101A82E00800000000DEEFFAABBCC8DB01000000000000000010000000EEFF0011223344556677889900AABBCC",
        iv=0, side=True, trap="user-as-interviewer-debrief-round-two-surnames-only",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Bąk, Tomasz":mailto:tomasz.bak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
DESCRIPTION;LANGUAGE=pl-PL:Omówienie 2 rundy - Zając / Mazurek / Bąkowska. Kto idzie dalej?\\n
UID:040000008200E00074C5B7101A82E00800000000DEEFFAABBCC8DB01000000000000000010000000EEFF0011223344556677889900AABBCC
SUMMARY;LANGUAGE=pl-PL:Debrief: GL Accountant - runda 2
DTSTART;TZID=Central European Standard Time:20250318T161500
DTEND;TZID=Central European Standard Time:20250318T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="feedback-due-task",
        uid="WD-TASK-NORDVALE-FB-JR33018-991204@myworkday.com",
        iv=0, side=True, trap="user-as-interviewer-workday-feedback-due-all-day",
        ics="""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-TASK-NORDVALE-FB-JR33018-991204@myworkday.com
DTSTAMP:20250320T100500Z
DTSTART;VALUE=DATE:20250321
DTEND;VALUE=DATE:20250322
SUMMARY:Due: Give Interview Feedback - Kamil Nowicki (JR-33018 Senior Accountant)
ORGANIZER;CN=Nordvale Talent Acquisition:mailto:nordvale@myworkday.com
ATTENDEE;CN=Katarzyna Nowak:mailto:katarzyna.nowak@nordvale-gbs.com
DESCRIPTION:Reminder: your interview feedback for candidate Kamil Nowicki i
 s due. Rate: Technical accounting\\, Excel\\, Communication\\, Team fit. Overa
 ll recommendation: Strong Yes / Yes / No / Strong No.\\n\\nOpen in Workday: h
 ttps://wd3.myworkday.com/nordvale/d/task/2997$4412.htmld
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="case-presentations-scoring",
        uid="040000008200E00074C5B7101A82E00800000000EFFAABBCCDD9DB01000000000000000010000000FF00112233445566778899AABBCCDDEE",
        iv=0, side=True, trap="user-as-interviewer-scores-candidate-case-presentations",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Frey, Annika":mailto:annika.frey@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kubiak, Rafał":mailto:rafal.kubiak@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:FP&A Analyst (JR-33402) - case presentations\\, 3 candidates x 30 min (variance analysis case). Kasia + Rafał on the scoring panel with me. Scoring grid attached\\, please score independently before we discuss.\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjYxZmUz@thread.v2/0>\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000EFFAABBCCDD9DB01000000000000000010000000FF00112233445566778899AABBCCDDEE
SUMMARY;LANGUAGE=en-US:Case presentations - FP&A Analyst candidates
DTSTART;TZID=Central European Standard Time:20250605T130000
DTEND;TZID=Central European Standard Time:20250605T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T074512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sprachtest-deutsch",
        uid="040000008200E00074C5B7101A82E00800000000FAABBCCDDEEADB0100000000000000001000000000112233445566778899AABBCCDDEEFF",
        iv=0, side=True, trap="user-as-interviewer-german-language-check-of-candidate",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Frey, Annika":mailto:annika.frey@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alicja.brandt@o2.pl:mailto:alicja.brandt@o2.pl
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Brandt\\,\\n\\nwie besprochen machen wir einen kurzen Sprachtest auf Deutsch (ca. 20 Min.) für die Stelle Accountant mit Deutsch (AP DACH). Frau Frey wird das Gespräch auf Deutsch führen\\, ich bin auch dabei.\\n\\nViele Grüße\\nKatarzyna Nowak\\, Nordvale GBS
UID:040000008200E00074C5B7101A82E00800000000FAABBCCDDEEADB0100000000000000001000000000112233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Sprachtest Deutsch - Accountant AP DACH (A. Brandt)
DTSTART;TZID=Central European Standard Time:20250226T150000
DTEND;TZID=Central European Standard Time:20250226T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
