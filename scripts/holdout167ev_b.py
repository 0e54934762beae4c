"""Holdout167 events, part B: Maasdelta, Spoorwijzer, Woningwaard, Bakfietsdirect; appraisal and hiring-side work."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="successfactors-kennismaking",
        uid="SFI-7f1c0d2e-93b4-4a7e-b1c5-0e6d2f8a4b19",
        label=(1, "Maasdelta Verzekeringen", "Senior Product Owner Schade Particulier", "hiring_manager", "m.verhoeven@maasdelta.nl", "successfactors-kennismakingsgesprek-manager"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFI-7f1c0d2e-93b4-4a7e-b1c5-0e6d2f8a4b19
DTSTAMP:20250210T140233Z
DTSTART:20250217T090000Z
DTEND:20250217T100000Z
SUMMARY:Kennismakingsgesprek Senior Product Owner Schade Particulier (Req 4471)
DESCRIPTION:Beste Joost van den Berg\,\n\nHartelijk dank voor je sollicitatie bij Maasdelta Verzekeringen. Graag nodigen wij je uit voor een kennismakingsgesprek met Marloes Verhoeven\, manager Product & Propositie Schade.\n\nLocatie: Maasdelta Verzekeringen\, Weena 455\, Rotterdam. Meld je bij de receptie op de begane grond en neem een geldig legitimatiebewijs mee.\n\nMet vriendelijke groet\,\nRecruitment Maasdelta\n\nDit is een automatisch gegenereerd bericht. Reageer niet op deze e-mail.
LOCATION:Weena 455\, Rotterdam
ORGANIZER;CN=Maasdelta Recruitment:mailto:noreply@successfactors.eu
ATTENDEE;CN=Joost van den Berg;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Marloes Verhoeven;ROLE=REQ-PARTICIPANT:mailto:M.Verhoeven@maasdelta.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-arbeidsvoorwaarden",
        uid="040000008200E00074C5B7101A82E00800000000F28B64D3A98ADB01000000000000000010000000C7E05A1D3B9F6C42A8D1E37B0F4C2A96",
        label=(1, "Maasdelta Verzekeringen", "Senior Product Owner Schade Particulier", "final", "m.verhoeven@maasdelta.nl;k.dijkstra@maasdelta.nl", "arbeidsvoorwaardengesprek-outlook"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Dijkstra, Kim (HR)":mailto:k.dijkstra@maasdelta.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joost van den Berg:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Verhoeven, Marloes":mailto:m.verhoeven@maasdelta.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Joost\,\n\nZoals telefonisch besproken nodigen we je uit voor het arbeidsvoorwaardengesprek. We lopen het aanbod door (salaris\, variabele beloning\, pensioen\, leaseregeling\, thuiswerkvergoeding) en beantwoorden je vragen.\n\nVriendelijke groet\,\nKim Dijkstra\nHR Business Partner\n\n________________________________________________________________________________\nMicrosoft Teams-vergadering\nDeelnemen op uw computer\, mobiele app of ruimteapparaat\nKlik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2OTA1ZjItYTgzNC00MGE4LWI2NjItMTk3ZmE1MzU0N2Ex%40thread.v2/0>\nVergadering-id: 318 904 227 611\nWachtwoordcode: q9Mx4F\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F28B64D3A98ADB01000000000000000010000000C7E05A1D3B9F6C42A8D1E37B0F4C2A96
SUMMARY;LANGUAGE=nl-NL:Arbeidsvoorwaardengesprek Joost van den Berg
DTSTART;TZID=W. Europe Standard Time:20250320T163000
DTEND;TZID=W. Europe Standard Time:20250320T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T102230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2OTA1ZjItYTgzNC00MGE4LWI2NjItMTk3ZmE1MzU0N2Ex%40thread.v2/0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-teams",
        uid="WD-INTERVIEW-3c9a81f0e2b54d7c8a61b0f2d4e7a915",
        label=(1, "Spoorwijzer", "Lead Product Owner Reisinformatie", "", "jeroen.vanleeuwen@spoorwijzer.nl;f.ozturk@spoorwijzer.nl", "workday-teams-ronde-1-no-clear-stage"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-3c9a81f0e2b54d7c8a61b0f2d4e7a915
DTSTAMP:20250221T081502Z
DTSTART:20250226T123000Z
DTEND:20250226T133000Z
SUMMARY:Interview ronde 1: Lead Product Owner Reisinformatie (JR-2025-00318)
DESCRIPTION:Beste Joost\,\n\nJe gesprek voor de functie Lead Product Owner Reisinformatie (JR-2025-00318) is ingepland.\n\nGesprekspartners:\nJeroen van Leeuwen - Manager Digitale Reizigersdiensten\nFatma Öztürk - Agile Coach\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3ZDg5NTEtMzQ0Zi00ZmQ1LTg0NDQtN2RkMDNhN2QwOTEz%40thread.v2/0\n\nJe kunt je sollicitatie volgen in het kandidatenportaal van Spoorwijzer.
ORGANIZER;CN=Spoorwijzer Recruitment:mailto:spoorwijzer@myworkday.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Jeroen van Leeuwen:mailto:jeroen.vanleeuwen@spoorwijzer.nl
ATTENDEE;CN=Fatma Öztürk:mailto:f.ozturk@spoorwijzer.nl
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-screen",
        uid="ashby-interview-event-0b7e4c29-51d3-4f6a-8c20-9e1a7d3f5b84",
        label=(1, "Woningwaard", "Senior Product Manager", "recruiter_screen", "hannah@woningwaard.nl", "ashby-english-intro-call"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:ashby-interview-event-0b7e4c29-51d3-4f6a-8c20-9e1a7d3f5b84
DTSTAMP:20250224T113015Z
DTSTART:20250227T150000Z
DTEND:20250227T153000Z
SUMMARY:Joost van den Berg <> Woningwaard - Intro call
DESCRIPTION:Hi Joost\,\n\nLooking forward to our chat about the Senior Product Manager role at Woningwaard. This is a relaxed 30-minute intro: we'll talk about your background\, what you're looking for and how we work.\n\nJoin Google Meet: https://meet.google.com/ykr-pbxd-tna\nOr dial: +31 20 257 3911 PIN: 482 119 305#\n\nNeed to reschedule? Use the link in your confirmation email.\n\nHannah Kok\, Talent Partner
ORGANIZER;CN=Hannah Kok:mailto:hannah@woningwaard.nl
ATTENDEE;CN=Joost van den Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Hannah Kok;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah@woningwaard.nl
LOCATION:https://meet.google.com/ykr-pbxd-tna
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-onsite",
        uid="ashby-interview-event-6d21f0a8-3c7b-49e2-b5a1-f84c0e92d317",
        label=(1, "Woningwaard", "Senior Product Manager", "onsite", "ruben@woningwaard.nl;sophie@woningwaard.nl;daan@woningwaard.nl", "ashby-onsite-product-loop"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:ashby-interview-event-6d21f0a8-3c7b-49e2-b5a1-f84c0e92d317
DTSTAMP:20250307T090211Z
DTSTART:20250313T090000Z
DTEND:20250313T120000Z
SUMMARY:Onsite: Joost van den Berg - Senior Product Manager
DESCRIPTION:Agenda (Woningwaard office\, Danzigerkade 23\, Amsterdam\, 3rd floor):\n10:00 - 10:45 Product sense & case - Ruben de Graaf (CPO)\n10:45 - 11:30 Working with engineering - Sophie Lambert (Engineering Manager)\n11:30 - 12:00 Coffee break\n12:00 - 13:00 Stakeholders & data - Daan Peeters (Head of Data)\n\nPlease bring your laptop. Lunch is on us afterwards if you have time!\n\nQuestions? Reply to hannah@woningwaard.nl
ORGANIZER;CN=Hannah Kok:mailto:hannah@woningwaard.nl
ATTENDEE;CN=Joost van den Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Ruben de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ruben@woningwaard.nl
ATTENDEE;CN=Sophie Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie@woningwaard.nl
ATTENDEE;CN=Daan Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daan@woningwaard.nl
LOCATION:Danzigerkade 23\, 1013 AP Amsterdam
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="1u8c3n7p0rk4t2g9b6m5e1s0vq@google.com",
        label=(1, "Bakfietsdirect", "Head of Product", "hiring_manager", "wouter.bakfiets@gmail.com", "founder-free-mail-koffie-about-role"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250304T081500Z
DTEND:20250304T091500Z
DTSTAMP:20250227T212205Z
ORGANIZER;CN=Wouter Schaap:mailto:wouter.bakfiets@gmail.com
UID:1u8c3n7p0rk4t2g9b6m5e1s0vq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wouter Schaap;X-NUM-GUESTS=0:mailto:wouter.bakfiets@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl;X-NUM-GUESTS=0:mailto:joost.vdberg@kpnmail.nl
CREATED:20250227T212204Z
DESCRIPTION:Hé Joost\, leuk dat je reageerde op m'n LinkedIn-post. Laten we een bak koffie doen in De Hallen en gewoon vrijuit praten over de Head of Product rol: waar we staan (€4M omzet\, 2 devs + bureau)\, wat ik zoek\, wat jij zoekt. Geen formeel gedoe. Ik neem het portfolio-overzicht mee.\n\nWouter
LAST-MODIFIED:20250227T212204Z
LOCATION:Koffiebar Lot Sixty One\, Kinkerstraat 112\, Amsterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Koffie Wouter / Joost (Bakfietsdirect)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jaargesprek",
        uid="040000008200E00074C5B7101A82E0080000000031A2B9C4E67ADB01000000000000000010000000F0B1D2C3A4E5F60718293A4B5C6D7E8F",
        label=(0, "", "", "", "", "own-appraisal-at-current-employer"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="de Jong, Mirjam":mailto:mirjam.dejong@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Hoi Joost\,\n\nTijd voor ons beoordelingsgesprek over 2024. Wil je vooraf je zelfreflectie in AFAS Insite invullen (tabblad Gesprekscyclus)? Ik neem de 360-feedback van het team mee. Daarna kijken we vooruit: ontwikkeldoelen en je wens om richting lead PO te groeien.\n\nGroet\, Mirjam\n
UID:040000008200E00074C5B7101A82E0080000000031A2B9C4E67ADB01000000000000000010000000F0B1D2C3A4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=nl-NL:Beoordelingsgesprek 2024 - Joost
DTSTART;TZID=W. Europe Standard Time:20250218T150000
DTEND;TZID=W. Europe Standard Time:20250218T160000
CLASS:PRIVATE
DTSTAMP:20250131T144010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:UTR-4.01 Oudegracht (4p)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="productcase-host",
        uid="040000008200E00074C5B7101A82E00800000000B4E1C07D2F8BDB01000000000000000010000000D3C2B1A0F9E8D7C6B5A4938271605F4E",
        label=(0, "", "", "", "", "user-as-interviewer-runs-product-case-for-designer"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meijer, Anouk":mailto:anouk.meijer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rana Yilmaz:mailto:rana.yilmaz.design@outlook.com
DESCRIPTION;LANGUAGE=nl-NL:Hoi Rana\,\n\nZoals afgesproken: in deze sessie krijg je een korte productcasus over onze schademeldingsflow\, die je samen met Joost (Product Owner) en Anouk (Chapter Lead Design) uitwerkt. Je hoeft niets voor te bereiden.\n\nJoost\, Anouk: scoreformulier staat klaar in Recruitee.\n\n________________________________________________________________________________\nMicrosoft Teams-vergadering\nKlik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmI3MzE5NjQtODEyMS00YjE3LWE0ODUtNjQ0OGI4MTA2ZTc5%40thread.v2/0>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B4E1C07D2F8BDB01000000000000000010000000D3C2B1A0F9E8D7C6B5A4938271605F4E
SUMMARY;LANGUAGE=nl-NL:Productcase Senior UX Designer - Rana Yilmaz
DTSTART;TZID=W. Europe Standard Time:20250225T133000
DTEND;TZID=W. Europe Standard Time:20250225T143000
CLASS:PUBLIC
DTSTAMP:20250219T120155Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="evaluation-task",
        uid="recruitee-task-20250211-mehmet-aydin-eval@recruitee.com",
        label=(0, "", "", "", "", "user-as-interviewer-evaluation-deadline"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Interview Scheduler 2.0//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:recruitee-task-20250211-mehmet-aydin-eval@recruitee.com
DTSTAMP:20250211T110500Z
DTSTART:20250212T080000Z
DTEND:20250212T081500Z
SUMMARY:Evaluatie invullen: Mehmet Aydın (Medior Java Developer)
DESCRIPTION:Je hebt een evaluatie openstaan voor Mehmet Aydın\, Medior Java Developer - Polisplein.\n\nBeoordeel op: Samenwerking\, Eigenaarschap\, Technische diepgang (alleen Sander)\, Eindoordeel (Sterk ja / Ja / Nee / Sterk nee).\n\nOpen in Recruitee: https://app.recruitee.com/#/candidates/70213388/evaluations
ORGANIZER;CN=Recruitee:mailto:notifications@recruitee.com
ATTENDEE;CN=Joost van den Berg:mailto:joost.vandenberg@polisplein.nl
END:VEVENT
END:VCALENDAR
""",
    ),
]
