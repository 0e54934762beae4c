"""holdout204: more of the user's own interviews (Vienna, industry, NGO, start-up)."""

from holdout204ev_tz import TZ_WEU, ev

EVENTS = [
    ev(
        "goodtime-presentation",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-3f0b6e1a9c2d47e58a71b4c0d9e2f613@goodtime.io
DTSTAMP:20251124T163000Z
DTSTART:20251202T093000Z
DTEND:20251202T103000Z
SUMMARY:Medtronic Interview - Therapy Education Specialist (Austria) - Presentation Round
DESCRIPTION:Hello Verena\,\n\nYour interview has been confirmed.\n\nSchedule
  (CET):\n10:30 - 10:50  Presentation: "Onboarding ward nurses to a new infus
 ion therapy" – Sandra Lechner\, Therapy Education Manager DACH\n10:50 - 11:30
   Interview – Sandra Lechner & Florian Baumgartner\, District Manager\n\nZo
 om: https://medtronic.zoom.us/j/95012288431\n\nNeed to reschedule? Reply to
  your recruiting coordinator Priya Nair.\n\nScheduled with GoodTime
ORGANIZER;CN=Medtronic Recruiting Coordination:mailto:interviews@medtronic.goodtime.io
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
ATTENDEE;CN=Sandra Lechner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sandra.lechner@medtronic.com
ATTENDEE;CN=Florian Baumgartner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:florian.baumgartner@medtronic.com
ATTENDEE;CN=Priya Nair;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.nair@medtronic.com
LOCATION:https://medtronic.zoom.us/j/95012288431
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="gt-3f0b6e1a9c2d47e58a71b4c0d9e2f613@goodtime.io",
        iv=1,
        company="Medtronic",
        role="Therapy Education Specialist (Austria)",
        stage="technical",
        who="sandra.lechner@medtronic.com;florian.baumgartner@medtronic.com",
        trap="goodtime-english-presentation-coordinator-optional",
    ),
    ev(
        "outlook-vg",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Leopold, Astrid":mailto:astrid.leopold@sanatorium-hera.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-AT:\n
UID:040000008200E00074C5B7101A82E00800000000811E5F0C3B47DC01000000000000000
 01000000012AB34CD56EF7890AB12CD34EF56A789
SUMMARY;LANGUAGE=de-AT:VG Pichler (SL 4. Stock)
DTSTART;TZID=W. Europe Standard Time:20260128T140000
DTEND;TZID=W. Europe Standard Time:20260128T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Sanatorium Hera\, Löblichgasse 14\, PD-Büro
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000811E5F0C3B47DC0100000000000000001000000012AB34CD56EF7890AB12CD34EF56A789",
        iv=1,
        company="Sanatorium Hera",
        who="astrid.leopold@sanatorium-hera.at",
        trap="terse-outlook-vg-empty-body",
    ),
    ev(
        "lever-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8e21c4d0-5b7a-4f39-9c16-0a3e7d2b1f84
DTSTAMP:20251210T092233Z
DTSTART:20251217T120000Z
DTEND:20251217T130000Z
SUMMARY:Gespräch Pflegedienstleitung Sozialzentrum Wien-Liesing – Verena Pichler
DESCRIPTION:Liebe Frau Pichler\,\n\nanbei die Einladung zu unserem Gespräch.
 \n\nGesprächspartnerin: Doris Aigner (Regionalleitung Wien)\nOrt: SeneCura
  Sozialzentrum Liesing\, Empfang\n\nWir freuen uns auf Sie!\nIhr SeneCura Re
 cruiting Team
ORGANIZER;CN=SeneCura Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
ATTENDEE;CN=Doris Aigner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:doris.aigner@senecura.at
LOCATION:SeneCura Sozialzentrum Liesing
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="lever-interview-8e21c4d0-5b7a-4f39-9c16-0a3e7d2b1f84",
        iv=1,
        company="SeneCura",
        role="Pflegedienstleitung Sozialzentrum Wien-Liesing",
        stage="hiring_manager",
        who="doris.aigner@senecura.at",
        trap="lever-gespraech-care-home-pdl",
    ),
    ev(
        "ngo-zoom-en",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260109T081200Z
DTSTART:20260116T090000Z
DTEND:20260116T100000Z
SUMMARY:HR Interview – Nursing Activity Manager (Field Pool) – V. Pichler
UID:20260109T081200Z-95531840022@fe80:0:0:0:1c2a:3b4c:5d6e:7f80eth0
TZID:Europe/Vienna
DESCRIPTION:Tomás Álvarez is inviting you to a scheduled Zoom meeting.\n\nJo
 in Zoom Meeting\nhttps://msf.zoom.us/j/95531840022?pwd=VkZ3bW9aT0xYeU1kQWRk
 \n\nMeeting ID: 955 3184 0022\nPasscode: 604113\n\n---\nHR interview (60 min
 ) for the Nursing Activity Manager field pool\, MSF Austria / OCB. Panel:
  Tomás Álvarez (HR Field Recruitment) and Hanna Berger (Medical Referent).
  Short case discussion on triage in a measles outbreak included.
LOCATION:https://msf.zoom.us/j/95531840022?pwd=VkZ3bW9aT0xYeU1kQWRk
ORGANIZER;CN=Tomás Álvarez:mailto:tomas.alvarez@vienna.msf.org
END:VEVENT
END:VCALENDAR
""",
        uid="20260109T081200Z-95531840022@fe80:0:0:0:1c2a:3b4c:5d6e:7f80eth0",
        iv=1,
        company="Ärzte ohne Grenzen",
        role="Nursing Activity Manager (Field Pool)",
        stage="recruiter_screen",
        who="tomas.alvarez@vienna.msf.org;Hanna Berger",
        trap="zoom-native-ics-english-ngo-hr-interview",
    ),
    ev(
        "calcom-founder",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3kzQW8pXr2TmYb6NvC4dLs
DTSTAMP:20251117T203015Z
DTSTART:20251121T170000Z
DTEND:20251121T174500Z
SUMMARY:Kennenlernen Head of Clinical Training – Nurseflow (Verena / Lukas)
DESCRIPTION:Was: Kennenlernen Head of Clinical Training – Nurseflow\nWer:\n-
  Lukas Brenner - Gastgeber\n  lukas.brenner.wien@gmail.com\n- Verena Pichler\n
   verena.pichler86@aon.at\nWo: Google Meet https://meet.google.com/ptd-qvkr-
 xwa\nNotizen: Hey Verena\, freu mich! Wir sind zu dritt und bauen eine App f
 ür Einschulung auf Station – suche jemanden\, der die Trainings fachlich
  verantwortet. Lass uns einfach reden\, kein Bewerbungsgespräch-Stress :)\n\n
 Absagen oder verschieben: https://cal.com/booking/3kzQW8pXr2TmYb6NvC4dLs
ORGANIZER;CN=Lukas Brenner:mailto:lukas.brenner.wien@gmail.com
ATTENDEE;CN=Verena Pichler;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:https://meet.google.com/ptd-qvkr-xwa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="3kzQW8pXr2TmYb6NvC4dLs",
        iv=1,
        company="Nurseflow",
        role="Head of Clinical Training",
        stage="hiring_manager",
        who="lukas.brenner.wien@gmail.com",
        trap="founder-free-mail-calcom-not-an-interview-wording",
    ),
]
