"""holdout193 events, part g: Stefan on the hiring side at the Alpenhof Seefeld (seasonal recruiting), 1 of 2.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "outlook-vorstellung",
        "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB010000000000000000100000004C5A4E44494441544552455A455054",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-vorstellung-rezeptionistin-hr-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Personalbüro Alpenhof:mailto:personal@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Stefan\,\n\nLena Huber kommt zur Vorstell
 ung (Rezeptionistin Wintersaison\, 6-Tage\, Eintritt 12.12.). Lebenslauf li
 egt in Personio. Bitte nimm sie danach kurz mit an die Rezeption\, damit sie 
 das Team sieht.\n\nLG Claudia
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB010000000000000000100000004C5A4E44494441544552455A455054
SUMMARY;LANGUAGE=de-AT:Vorstellung Rezeptionistin – Lena Huber
DTSTART;TZID=W. Europe Standard Time:20261015T143000
DTEND;TZID=W. Europe Standard Time:20261015T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T081022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Büro FO / Alpenhof
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-bewerbergespraech",
        "040000008200E00074C5B7101A82E0080000000022BB33CC44DDDB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-bewerbergespraech-night-audit-typed",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20261019T162210Z
DESCRIPTION:Tomasz W. (über AMS)\, 3 J. Night Audit in Ischgl\, Deutsch B2\,
  protel ja. Personalzimmer nötig.\n
DTEND;TZID=W. Europe Standard Time:20261022T113000
DTSTAMP:20261019T162210Z
DTSTART;TZID=W. Europe Standard Time:20261022T110000
LAST-MODIFIED:20261019T162210Z
LOCATION:Büro FO
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Bewerbergespräch Night Audit
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000022BB33CC44DDDB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-probetag",
        "040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB0100000000000000001000000050524F4245544147",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-supervises-probetag-rezeption",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Personalbüro Alpenhof:mailto:personal@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Probearbeiten Julia Kerschbaumer (Bewerbung Rez
 eption)\, Frühdienst mit Stefan. Bitte Namensschild + Jacke aus dem Fundus.
  Feedback bis Dienstende an mich\, sie wartet auf die Zusage.\n
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB0100000000000000001000000050524F4245544147
SUMMARY;LANGUAGE=de-AT:Probetag Julia K. – Rezeption 7–15 Uhr
DTSTART;TZID=W. Europe Standard Time:20261103T070000
DTEND;TZID=W. Europe Standard Time:20261103T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Rezeption
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "reply-accepted",
        "4a7e9c2b1d0f3e5a@alpenhof-seefeld.at",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-candidate-reply-accepted-free-mail",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261028T100000
DTEND;TZID=Europe/Vienna:20261028T103000
DTSTAMP:20261024T195512Z
ORGANIZER;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
UID:4a7e9c2b1d0f3e5a@alpenhof-seefeld.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie
  Gruber;X-NUM-GUESTS=0:mailto:sophie.gruber2004@gmail.com
CREATED:20261024T100233Z
LAST-MODIFIED:20261024T195512Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Rezeptionist/in Wintersaison – Alpenhof Seefeld
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "agency-kandidat",
        "SPT-KV-2026-1107-0088@saisonpersonal-tirol.at",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-agency-presents-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ w-europe-win%%
BEGIN:VEVENT
ATTENDEE;CN=Rezeption Leitung;RSVP=TRUE:mailto:rezeption.leitung@alpenhof-seefeld.at
CLASS:PUBLIC
DESCRIPTION:Lieber Herr Brunner\,\n\nwie telefonisch besprochen stelle ich
  Ihnen Herrn Mihai Popescu vor (Front Office Agent\, 2 Wintersaisonen in Sö
 lden\, DE/EN/RO\, Opera). Profil anbei. Im Termin verbinde ich Sie kurz mite
 inander\, danach können Sie ihn direkt interviewen. Bei Einstellung gilt un
 sere Honorarvereinbarung.\n\nBeste Grüße\nMarkus Plattner\nSaisonpersonal T
 irol GmbH
DTEND;TZID=W. Europe Standard Time:20261110T163000
DTSTAMP:20261106T090112Z
DTSTART;TZID=W. Europe Standard Time:20261110T160000
LOCATION:Telefon / WhatsApp-Video
ORGANIZER;CN="Plattner, Markus":mailto:m.plattner@saisonpersonal-tirol.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Kandidatenvorstellung Hr. Popescu – Front Office Agent (Saison) / Alpenhof
TRANSP:OPAQUE
UID:SPT-KV-2026-1107-0088@saisonpersonal-tirol.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly-host",
        "b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9@calendly.com",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-calendly-host-seasonal-candidate",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9@calendly.com
DTSTAMP:20261026T073011Z
DTSTART;TZID=Europe/Vienna:20261102T133000
DTEND;TZID=Europe/Vienna:20261102T134500
SUMMARY:Ana García and Stefan Brunner
DESCRIPTION:Event Name: Saison 26/27 – kurzes Kennenlernen (15 Min.)\n\nLoc
 ation: Stefan Brunner will call the invitee at +34 611 482 907\n\nInvitee: A
 na García\nInvitee Email: anagarcia.recepcion@hotmail.com\n\nQuestions:\nWe
 lche Stelle? Rezeption / Guest Relations\nWie hast du von uns erfahren? Inst
 agram @alpenhofseefeld\n\nPowered by Calendly.com
LOCATION:+34 611 482 907
ORGANIZER;CN=Stefan Brunner:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;CN=Ana García;PARTSTAT=ACCEPTED:mailto:anagarcia.recepcion@hotmail.com
ATTENDEE;CN=Stefan Brunner;PARTSTAT=ACCEPTED:mailto:rezeption.leitung@alpenhof-seefeld.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings-host",
        "040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB010000000000000000100000004A4F4253414C50454E484F46424B",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-bookings-staff-member",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Jobs Alpenhof Seefeld:mailto:JobsAlpenhof@alpenhofseefeld.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Bewerbungsgespräch Sais
 onstelle (30 Minuten)\nKunde: Nikola Petrović\nE-Mail: nikola.petrovic.9
 5@gmail.com\nTelefon: +381 64 228 1930\nMitarbeiter: Stefan Brunner\nAnmerk
 ungen: Bewerbung als Portier/Hausmeister\, habe Führerschein B\n\nÜber Mic
 rosoft Bookings gebucht
UID:040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB010000000000000000100000004A4F4253414C50454E484F46424B
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Saisonstelle – Nikola Petrović
DTSTART;TZID=W. Europe Standard Time:20261104T100000
DTEND;TZID=W. Europe Standard Time:20261104T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T220914Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-notes",
        "20261108T091144-3371@thunderbird-stefan",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-hand-typed-candidate-notes",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261108T091144Z
LAST-MODIFIED:20261108T094020Z
DTSTAMP:20261108T094020Z
UID:20261108T091144-3371@thunderbird-stefan
SUMMARY:Marlene (Concierge) tel.
DTSTART:20261109T153000
DTEND:20261109T160000
DESCRIPTION:Sprachen DE/EN/IT ok\, Skischule-Kontakte gut\nwill Personalzim
 mer\, Hund?? -> Claudia fragen\nGehalt lt. KV + 200\nbis Fr zusagen sonst ge
 ht sie nach Lech
X-MOZ-GENERATION:3
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personio-feedback",
        "personio-task-feedback-2c4e6a8b-0d1f-4b3c-9e5a-7f9b1d3e5a7c",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-personio-feedback-due",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:personio-task-feedback-2c4e6a8b-0d1f-4b3c-9e5a-7f9b1d3e5a7c
DTSTAMP:20261112T120000Z
DTSTART;VALUE=DATE:20261113
DTEND;VALUE=DATE:20261114
SUMMARY:Feedback fällig: Daniel Novak – Rezeptionist:in (m/w/d) Wintersaison 2026/27
DESCRIPTION:Hallo Stefan\,\n\ndu hast am 12.11. das Interview mit Daniel No
 vak geführt. Bitte gib deine Bewertung (1–5) und Empfehlung in Personio ab\,
  damit Claudia Wechselberger die Zusage verschicken kann.\n\nhttps://alpenh
 of-seefeld.personio.de/recruiting/applications/4471209
ORGANIZER;CN=Personio:mailto:no-reply@personio.de
ATTENDEE;CN=Stefan Brunner:mailto:rezeption.leitung@alpenhof-seefeld.at
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personio-interview",
        "personio-interview-8b0d2f4a-6c8e-4a1b-b3d5-f7a9c1e3b5d7",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-same-ats-as-own-search",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:personio-interview-8b0d2f4a-6c8e-4a1b-b3d5-f7a9c1e3b5d7
DTSTAMP:20261106T081200Z
DTSTART;TZID=Europe/Vienna:20261112T140000
DTEND;TZID=Europe/Vienna:20261112T144500
SUMMARY:Interview: Daniel Novak – Rezeptionist:in (m/w/d) Wintersaison 2026/27
DESCRIPTION:Interview mit Daniel Novak\n\nInterviewer: Stefan Brunner\nOrt: 
 Alpenhof Seefeld\, Büro Front Office\n\nBewerbungsunterlagen und Interviewl
 eitfaden findest du in Personio.\nhttps://alpenhof-seefeld.personio.de/recru
 iting/applications/4471209
LOCATION:Alpenhof Seefeld\, Büro Front Office
ORGANIZER;CN=Claudia Wechselberger:mailto:personal@alpenhof-seefeld.at
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rezeption.leitung@alpenhof-seefeld.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-debrief",
        "040000008200E00074C5B7101A82E0080000000055EE66FF7700DB0100000000000000001000000044454252494546464F41424C50",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-hiring-debrief-gm-hr",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Personalbüro Alpenhof:mailto:personal@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hausdame Irmgard":mailto:hausdame@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Wer bekommt Zusagen für FO und HK? Bitte Favoriten
  mitbringen\, Personalhaus-Zimmer sind knapp (noch 4 frei).\n
UID:040000008200E00074C5B7101A82E0080000000055EE66FF7700DB0100000000000000001000000044454252494546464F41424C50
SUMMARY;LANGUAGE=de-AT:Abstimmung Neueinstellungen Saison (FO / HK)
DTSTART;TZID=W. Europe Standard Time:20261116T110000
DTEND;TZID=W. Europe Standard Time:20261116T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Direktionsbüro
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
