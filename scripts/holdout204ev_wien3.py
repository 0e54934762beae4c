"""holdout204: the user's own interviews with a medical-device maker in Vienna (hand-written iCalendar)."""

from holdout204ev_tz import TZ_WEU, ev

EVENTS = [
    ev(
        "workday-screen-en",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-a3c91e7f52b04d18@bbraun.wd3.myworkdayjobs.com
DTSTAMP:20251009T141233Z
DTSTART:20251014T080000Z
DTEND:20251014T083000Z
SUMMARY:Interview Invitation: Clinical Nurse Educator (m/f/d) - Austria (R-0048812)
DESCRIPTION:Dear Verena\,\n\nThank you for your interest in B. Braun. We are
  pleased to invite you to a first phone interview with Talent Acquisition.\n
 \nInterviewer: Lisa-Marie Gschwandtner\, Talent Acquisition Partner\nFormat
 : Phone – we will call you on +43 664 3124487\nDuration: 30 minutes\n\nPlea
 se do not reply to this automated message.\n\nKind regards\,\nB. Braun Tale
 nt Acquisition
ORGANIZER;CN=B. Braun Talent Acquisition:mailto:bbraun@myworkday.com
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="WD-INTERVIEW-a3c91e7f52b04d18@bbraun.wd3.myworkdayjobs.com",
        iv=1,
        company="B. Braun Austria",
        role="Clinical Nurse Educator (m/f/d) - Austria",
        stage="recruiter_screen",
        who="Lisa-Marie Gschwandtner",
        trap="workday-english-phone-screen-utc",
    ),
    ev(
        "panel-teams-en",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Gschwandtner, Lisa-Marie";SENT-BY="mailto:recruiting.coordin
 ation@bbraun.com":mailto:lisa-marie.gschwandtner@bbraun.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reiter, Marku
 s":mailto:markus.reiter@bbraun.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kovacs, Eszte
 r":mailto:eszter.kovacs@bbraun.com
DESCRIPTION;LANGUAGE=en-US:Hi Verena\,\n\nas discussed\, please find the in
 vitation for the panel interview with Markus Reiter (Head of Clinical Educa
 tion CEE) and Eszter Kovacs (Clinical Nurse Educator\, Hungary). Please pre
 pare a 10-minute training sequence on safe IV cannulation for ward nurses.
 \n\nBest\, Lisa\n\n____________________________________________________________
 ____________________\nMicrosoft Teams meeting\nJoin on your computer\, mobil
 e app or room device\nClick here to join the meeting<https://teams.microsof
 t.com/l/meetup-join/19%3ameeting_OTk1ZDEy%40thread.v2/0>\nMeeting ID: 271 6
 43 980 112\nPasscode: 3Jz9pQ\n____________________________________________
 ____________________________________\n
UID:040000008200E00074C5B7101A82E0080000000019C7D3E6A441DC01000000000000000
 01000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=en-US:Panel Interview - Clinical Nurse Educator Austria -
  V. Pichler
DTSTART;TZID=W. Europe Standard Time:20251030T110000
DTEND;TZID=W. Europe Standard Time:20251030T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T155102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E0080000000019C7D3E6A441DC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        iv=1,
        company="B. Braun Austria",
        role="Clinical Nurse Educator Austria",
        stage="technical",
        who="markus.reiter@bbraun.com;eszter.kovacs@bbraun.com",
        trap="english-panel-teaching-sequence-sent-by-coordinator",
    ),
]
