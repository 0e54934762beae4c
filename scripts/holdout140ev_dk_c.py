"""holdout140: more Danish employers plus Vattenfall (Hamburg), schedulers and the user's own notes."""

from holdout140ev_common import TZ_BER, TZ_CPH, WIN_ROMANCE, E

EVENTS = [
    E("vattenfall-note", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250221T063012Z
DESCRIPTION:Julia Brandt (Recruiting) ringer på mobil. Site Manager Offshor
 e (m/w/d)\, Hamburg\, Job-ID 2025-4417. Løn: sig 78-85k EUR. Engelsk ok\,
  tysk "gut".\n
DTEND;TZID="Romance Standard Time":20250226T120000
DTSTAMP:20250221T063012Z
DTSTART;TZID="Romance Standard Time":20250226T113000
LAST-MODIFIED:20250221T063012Z
LOCATION:mobil
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=da:Vattenfall tlf screening (Julia B.)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0C2D9B0C284DB01000000000000000
 010000000E6DDB2B0F6F3C14DB7C9C8D2D74B1A2E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D0C2D9B0C284DB01000000000000000010000000E6DDB2B0F6F3C14DB7C9C8D2D74B1A2E",
      True, "Vattenfall", "Site Manager Offshore (m/w/d)", "recruiter_screen", "Julia Brandt",
      "user-typed-outlook-desktop-recruiter-call"),

    E("webex-fachinterview", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_BER + r"""BEGIN:VEVENT
UID:8d1e2a7c-4f0b-4c6e-b3b5-vattenfall-hh-20250318
DTSTAMP:20250307T101101Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250318T140000
DTEND;TZID=Europe/Berlin:20250318T153000
SUMMARY:Fachinterview / technical interview - Site Manager Offshore (m/w/d)
  - Mikkel Sørensen
LOCATION:Webex
DESCRIPTION:Hallo Herr Sørensen\, dear Mikkel\,\n\nas discussed with Julia
 \, we would like to continue in English (German questions may come up). W
 e will discuss the Sandbank / DanTysk O&M set-up\, your experience with
  jack-up campaigns and work permits (SOP / PtW)\, and a short case on a ge
 arbox exchange.\n\nDr. Lena Hoffmann - Head of Offshore Operations Hambur
 g\nOle Petersen - Teamleiter Technik\n\n-- Do not delete or change any of
  the following text. --\n\nWhen it's time\, join your Webex meeting here.
 \n\nMeeting number (access code): 2741 889 3307\nMeeting password: hMp4Q
 tWa\n\nJoin meeting\nhttps://vattenfall.webex.com/vattenfall/j.php?MTID=m
 3e1f0a9b\n\nJoin by phone\n+49-619-6781-9736 Germany toll\nAccess code:
  2741 889 3307\n
ORGANIZER;CN="Hoffmann, Lena":mailto:lena.hoffmann@vattenfall.de
ATTENDEE;CN="Sørensen, Mikkel";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN="Petersen, Ole";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:O
 le.Petersen@vattenfall.de
ATTENDEE;CN="Brandt, Julia";ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:
 julia.brandt@vattenfall.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "8d1e2a7c-4f0b-4c6e-b3b5-vattenfall-hh-20250318", True, "Vattenfall", "Site Manager Offshore (m/w/d)",
      "technical", "lena.hoffmann@vattenfall.de;ole.petersen@vattenfall.de",
      "webex-bilingual-fachinterview-hamburg"),

    E("modernloop-loop", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-candidate-evt-0f6a3b1e-77d2-4c0b-a1f5-2d9e8c4b7a60
DTSTAMP:20250416T121500Z
DTSTART:20250424T080000Z
DTEND:20250424T093000Z
SUMMARY:Maersk Supply Service - Interviews for Offshore Wind Site Represen
 tative
DESCRIPTION:Hi Mikkel\,\n\nHere is your interview schedule (all times CEST)
 :\n\n10:00 - 10:45  Rune Ebbesen\, Head of Offshore Wind Projects (hiring
  manager)\n10:45 - 11:30  Kristoffer Dahl\, Lead Marine Superintendent -
  technical & marine operations\n\nMicrosoft Teams: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_bW9kZXJu@thread.v2/0\n\nYour recruiting co
 ordinator is Amalie Holst - reach out with any questions.\n\nScheduled wi
 th ModernLoop
LOCATION:Microsoft Teams
ORGANIZER;CN=Amalie Holst:mailto:amalie.holst@maersk.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:mikkel.s
 orensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ml-candidate-evt-0f6a3b1e-77d2-4c0b-a1f5-2d9e8c4b7a60", True, "Maersk Supply Service",
      "Offshore Wind Site Representative", "onsite", "Rune Ebbesen;Kristoffer Dahl",
      "modernloop-candidate-loop-coordinator-organizer"),

    E("welcon-phone", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:mikkel.sorensen@mail.dk
X-WR-TIMEZONE:Europe/Copenhagen
BEGIN:VEVENT
DTSTART:20250317T130000Z
DTEND:20250317T133000Z
DTSTAMP:20250601T090000Z
UID:4tq2c2j0m9n8d7h6s5g4f3e2k1@google.com
CREATED:20250312T181522Z
DESCRIPTION:Jette ringer kl 14 ang. HSE-jobbet i Give. husk: tårnfabrik\,
  ikke offshore. spørg til skifteholdsordning
LAST-MODIFIED:20250312T181522Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Welcon tlf
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4tq2c2j0m9n8d7h6s5g4f3e2k1@google.com", True, "Welcon", "", "recruiter_screen", "Jette",
      "google-export-x-wr-timezone-utc-terse-phone", eol="\n"),

    E("goodtime-ramboll", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime//GoodTime Hire//EN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:goodtime-3c9a0de4b17f45a28e62d0f1a9b3c7e5@goodtime.io
DTSTAMP:20250409T074411Z
DTSTART;TZID=Europe/Copenhagen:20250416T090000
DTEND;TZID=Europe/Copenhagen:20250416T100000
SUMMARY:Ramboll: Interview with Mikkel Sørensen - HSE Lead\, Offshore Wind
  Construction
LOCATION:Ramboll Esbjerg\, Vestre Havnepromenade 1A\, 6700 Esbjerg
DESCRIPTION:Interview details\n\nCandidate: Mikkel Sørensen\nPosition: HSE
  Lead\, Offshore Wind Construction (R-011932)\nInterviewer: Birgitte Laur
 idsen\, Department Manager\, Offshore Wind HSE\n\nPlease report to recept
 ion on the ground floor.\n\nScheduling contact: Ramboll Talent Acquisitio
 n (ta-nordics@ramboll.com)\n\nScheduled via GoodTime
ORGANIZER;CN=Ramboll Talent Acquisition:mailto:ta-nordics@ramboll.com
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mikkel.so
 rensen@mail.dk
ATTENDEE;CN=Birgitte Lauridsen;ROLE=REQ-PARTICIPANT:mailto:BILA@ramboll.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "goodtime-3c9a0de4b17f45a28e62d0f1a9b3c7e5@goodtime.io", True, "Ramboll",
      "HSE Lead, Offshore Wind Construction", "hiring_manager", "bila@ramboll.com",
      "goodtime-team-mailbox-organizer"),

    E("hrmanager-samtale", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HR Manager//Rekruttering//DA
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:hrm-3317-88210-5512@hr-manager.net
DTSTAMP:20250220T123000Z
DTSTART;TZID=Europe/Copenhagen:20250228T090000
DTEND;TZID=Europe/Copenhagen:20250228T100000
SUMMARY:Samtale vedr. stillingen som Site Manager - Total Wind Group
LOCATION:Total Wind Group\, Industrivej 14\, 6950 Ringkøbing
DESCRIPTION:Kære Mikkel\n\nTak for din ansøgning. Vi vil gerne invitere dig
  til en samtale fredag den 28. februar kl. 9.00.\n\nTil stede er Peter Kal
 lestrup (COO) og Anne Juul (HR).\n\nSvar venligst via linket i mailen.\n\n
 Venlig hilsen\nTotal Wind Group
ORGANIZER;CN=Total Wind Group:mailto:noreply@hr-manager.net
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "hrm-3317-88210-5512@hr-manager.net", True, "Total Wind Group", "Site Manager", "",
      "Peter Kallestrup;Anne Juul", "hr-manager-danish-interviewers-named-in-body"),

    E("deif-telefon", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Louise Bang:mailto:LBA@deif.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Mikkel\n\nSom aftalt ringer jeg dig op tirsd
 ag kl. 8.30 til en kort indledende snak om stillingen som Service Supervis
 or\, Wind Power. Ca. 30 min.\n\nMvh\nLouise Bang\nTalent Acquisition\, DEI
 F A/S\, Frisenborgvej 33\, 7800 Skive\n
UID:040000008200E00074C5B7101A82E00800000000704FA63C7A94DB01000000000000000
 010000000D3B1C2A4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=da-DK:Telefoninterview - Service Supervisor\, Wind Power
DTSTART;TZID=Romance Standard Time:20250325T083000
DTEND;TZID=Romance Standard Time:20250325T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T142211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Telefon (+45 30 12 45 67)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000704FA63C7A94DB01000000000000000010000000D3B1C2A4E5F60718293A4B5C6D7E8F90",
      True, "DEIF", "Service Supervisor, Wind Power", "recruiter_screen", "lba@deif.com",
      "outlook-telefoninterview-danish"),

    E("ashby-final", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-2b7d5f10-e4c9-4a3b-9d62-71c8e0f3a5b4
DTSTAMP:20250508T150322Z
DTSTART:20250515T120000Z
DTEND:20250515T133000Z
SUMMARY:Final Interview: Mikkel Sørensen <> Rope Robotics (Field Operation
 s Lead)
DESCRIPTION:Hi Mikkel\, looking forward to the last round!\n\nInterviewers:
 \n- Jakob Tind (CEO)\n- Camilla Fog (VP Operations)\n\nWe'll cover how yo
 u would run robot deployments on blade leading-edge repair with rope-acce
 ss crews\, and your questions about the offer package.\n\nGoogle Meet: ht
 tps://meet.google.com/rrt-kfwe-zqa\n\nScheduled with Ashby
LOCATION:https://meet.google.com/rrt-kfwe-zqa
ORGANIZER;CN=Nanna Holm:mailto:nanna@roperobotics.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:mikkel.s
 orensen@mail.dk
ATTENDEE;CN=Jakob Tind;PARTSTAT=ACCEPTED:mailto:jt@roperobotics.com
ATTENDEE;CN=Camilla Fog;PARTSTAT=ACCEPTED:mailto:cf@roperobotics.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ashby-interview-event-2b7d5f10-e4c9-4a3b-9d62-71c8e0f3a5b4", True, "Rope Robotics",
      "Field Operations Lead", "final", "jt@roperobotics.com;cf@roperobotics.com",
      "ashby-final-coordinator-organizer"),
]
