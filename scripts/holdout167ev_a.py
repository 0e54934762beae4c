"""Holdout167 events, part A: Voltana, Zorgmaatje, Lekstroom and some of the week around them."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="recruitee-phone",
        uid="rt-interview-5583021@recruitee.com",
        label=(1, "Voltana", "Senior Product Owner", "recruiter_screen", "noor.hendriks@voltana.nl", "recruitee-phone-screen-dutch"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Interview Scheduler 2.0//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:rt-interview-5583021@recruitee.com
DTSTAMP:20250203T101522Z
DTSTART:20250206T083000Z
DTEND:20250206T090000Z
SUMMARY:Telefonisch gesprek | Senior Product Owner - Voltana
DESCRIPTION:Hoi Joost\,\n\nLeuk dat je hebt gesolliciteerd op de vacature Senior Product Owner bij Voltana! Noor belt je op het nummer dat je hebt opgegeven (06-41287790) voor een eerste kennismaking van ongeveer 30 minuten.\n\nWe willen graag wat meer horen over je achtergrond en je motivatie\, en jij kunt al je vragen over de rol en het team stellen.\n\nTot donderdag!\nTeam Voltana\n\nKun je niet? Laat het ons weten via de link in je e-mail.
LOCATION:Telefonisch
ORGANIZER;CN=Noor Hendriks:mailto:noor.hendriks@voltana.nl
ATTENDEE;CN=Joost van den Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Noor Hendriks;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:noor.hendriks@voltana.nl
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-case",
        uid="4k2q8v0m1s7dfe3l9n6b5t0c1h@google.com",
        label=(1, "Voltana", "Senior Product Owner", "technical", "thijs@voltana.nl;mila@voltana.nl", "google-invite-casus-presentatie"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250213T130000Z
DTEND:20250213T143000Z
DTSTAMP:20250207T154410Z
ORGANIZER;CN=Thijs de Wit:mailto:thijs@voltana.nl
UID:4k2q8v0m1s7dfe3l9n6b5t0c1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thijs de Wit;X-NUM-GUESTS=0:mailto:thijs@voltana.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mila@voltana.nl;X-NUM-GUESTS=0:mailto:mila@voltana.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl;X-NUM-GUESTS=0:mailto:joost.vdberg@kpnmail.nl
X-MICROSOFT-CDO-OWNERAPPTID:-1203382911
CREATED:20250207T154409Z
DESCRIPTION:Hi Joost\, zoals besproken: in deze sessie presenteer je je uitwerking van de casus (max. 20 min)\, daarna sparren we erover met Mila (Product Design). De casus heb je van Noor per mail gekregen.<br><br>Groet\, Thijs\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nDeelnemen met Google Meet: https://meet.google.com/qfe-hwzt-kpa\n\nMeer informatie over Meet: https://support.google.com/a/users/answer/9282720\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250207T154409Z
LOCATION:Voltana\, Keizersgracht 211\, Amsterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Voltana x Joost - casus
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="iphone-final",
        uid="9C1E7F52-3B0A-4D8E-A1F6-22B54E9D0C37",
        label=(1, "Voltana", "", "final", "Pieter", "self-typed-eindgesprek-ceo"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250218T192204Z
UID:9C1E7F52-3B0A-4D8E-A1F6-22B54E9D0C37
DTEND;TZID=Europe/Amsterdam:20250224T170000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Voltana eindgesprek w/ Pieter
LAST-MODIFIED:20250218T192231Z
DTSTAMP:20250218T192231Z
DTSTART;TZID=Europe/Amsterdam:20250224T160000
LOCATION:Keizersgracht 211\, Amsterdam
DESCRIPTION:CEO. Vragen over salaris pas als hij erover begint. Trein 14:46 Utrecht CS
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:0D4A6C2E-11B9-4E70-9A55-8F3A0C1B7E20
UID:0D4A6C2E-11B9-4E70-9A55-8F3A0C1B7E20
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Herinnering
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-video",
        uid="teamtailor-meeting-8f3e21a7-6b2c-4d10-9e55-0c7f2a1b9d64",
        label=(1, "Zorgmaatje", "Product Manager", "hiring_manager", "evi.smit@zorgmaatje.nl", "teamtailor-dutch-first-interview"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-8f3e21a7-6b2c-4d10-9e55-0c7f2a1b9d64
DTSTAMP:20250205T091207Z
SEQUENCE:0
DTSTART:20250212T130000Z
DTEND:20250212T140000Z
SUMMARY:Zorgmaatje - Product Manager - Joost van den Berg
DESCRIPTION:Hallo Joost\,\n\nJe bent uitgenodigd voor een gesprek met Evi Smit (Head of Product) over de functie Product Manager bij Zorgmaatje.\n\nDeelnemen via Microsoft Teams:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NWEwYzMtZDQ5Ny00ZGI2LWE4NjQtYjM0ZTFkNWU2YjIy%40thread.v2/0\n\nMet vriendelijke groet\,\nLaura Mulder\nTalent Acquisition\, Zorgmaatje
LOCATION:Microsoft Teams
ORGANIZER;CN=Laura Mulder:mailto:laura.mulder@zorgmaatje.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Evi Smit;PARTSTAT=ACCEPTED:mailto:evi.smit@zorgmaatje.nl
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-moved",
        uid="teamtailor-meeting-8f3e21a7-6b2c-4d10-9e55-0c7f2a1b9d64",
        label=(1, "Zorgmaatje", "Product Manager", "hiring_manager", "evi.smit@zorgmaatje.nl", "rescheduled-same-uid-sequence-2"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-8f3e21a7-6b2c-4d10-9e55-0c7f2a1b9d64
DTSTAMP:20250210T161944Z
SEQUENCE:2
DTSTART:20250214T090000Z
DTEND:20250214T100000Z
SUMMARY:Gewijzigd: Zorgmaatje - Product Manager - Joost van den Berg
DESCRIPTION:Hallo Joost\,\n\nHet gesprek met Evi Smit (Head of Product) is verplaatst naar vrijdag 14 februari om 10:00. Excuses voor de wijziging!\n\nDeelnemen via Microsoft Teams:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4NWEwYzMtZDQ5Ny00ZGI2LWE4NjQtYjM0ZTFkNWU2YjIy%40thread.v2/0\n\nMet vriendelijke groet\,\nLaura Mulder\nTalent Acquisition\, Zorgmaatje
LOCATION:Microsoft Teams
ORGANIZER;CN=Laura Mulder:mailto:laura.mulder@zorgmaatje.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Evi Smit;PARTSTAT=ACCEPTED:mailto:evi.smit@zorgmaatje.nl
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-tweede",
        uid="040000008200E00074C5B7101A82E00800000000A0F3C9E17A7EDB01000000000000000010000000B2D94E6A1F0C8B4C9E3A7D2F15C60B81",
        label=(1, "Woonstichting Lekstroom", "Product Owner Digitale Dienstverlening", "onsite", "ilse.bakker@lekstroom.nl;ruben.vos@lekstroom.nl;a.elkaddouri@lekstroom.nl", "outlook-tweede-gesprek-room-sent-by"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Ilse";SENT-BY="mailto:secretariaat@lekstroom.nl":mailto:ilse.bakker@lekstroom.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vos, Ruben":mailto:ruben.vos@lekstroom.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Kaddouri, Amal":mailto:a.elkaddouri@lekstroom.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="NWG 2.14 Vergaderruimte De Lek (8)":mailto:nwg214@lekstroom.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Joost\,\n\nNaar aanleiding van het prettige eerste gesprek nodigen wij je graag uit voor het tweede gesprek voor de functie Product Owner Digitale Dienstverlening. Aan dit gesprek nemen deel: Ilse Bakker (manager Klantcontact & Digitaal)\, Ruben Vos (Informatiemanager) en Amal El Kaddouri (lid huurderscommissie\, adviserend).\n\nWil je je bij binnenkomst melden bij de receptie op de begane grond? Parkeren kan in garage Nieuwegein City.\n\nMet vriendelijke groet\,\nnamens Ilse Bakker\,\nPetra Schouten\nSecretariaat Woonstichting Lekstroom\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C9E17A7EDB01000000000000000010000000B2D94E6A1F0C8B4C9E3A7D2F15C60B81
SUMMARY;LANGUAGE=nl-NL:Tweede gesprek PO Digitale Dienstverlening - J. van den Berg
DTSTART;TZID=W. Europe Standard Time:20250304T140000
DTEND;TZID=W. Europe Standard Time:20250304T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T130512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:NWG 2.14 Vergaderruimte De Lek (8)
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
    dict(
        kind="prep-block",
        uid="3E0B9A14-77C2-4F1D-8B2A-6C5D1E0F9A83",
        label=(0, "", "", "", "", "prep-block-names-employer"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250209T201544Z
UID:3E0B9A14-77C2-4F1D-8B2A-6C5D1E0F9A83
DTEND;TZID=Europe/Amsterdam:20250212T220000
TRANSP:OPAQUE
SUMMARY:casus Voltana uitwerken!! (slides + prio-model)
DTSTART;TZID=Europe/Amsterdam:20250212T200000
DTSTAMP:20250209T201602Z
DESCRIPTION:- churn data uit bijlage\n- RICE of gewoon impact/effort?\n- max 10 slides\, eindigen met roadmap Q2\n- Eva vragen om mee te kijken
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reminder-thanks",
        uid="B7A52C90-1F3E-4A6D-9C08-D4E2F7A31B55",
        label=(0, "", "", "", "", "thank-you-reminder-after-interview"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250214T104812Z
UID:B7A52C90-1F3E-4A6D-9C08-D4E2F7A31B55
DTEND;TZID=Europe/Amsterdam:20250214T124500
TRANSP:TRANSPARENT
SUMMARY:mailtje Evi (Zorgmaatje) bedanken + portfolio link
DTSTART;TZID=Europe/Amsterdam:20250214T123000
DTSTAMP:20250214T104812Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel",
        uid="040000008200E00074C5B7101A82E008000000005C1D8AB87C7EDB01000000000000000010000000E4A1C36F9B2D7E4CA0F18B3C7D52E906",
        label=(0, "", "", "", "", "user-as-interviewer-sollicitatiegesprek-developer-with-chapter-lead"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brouwer, Sander":mailto:sander.brouwer@polisplein.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="UTR-3.05 Dom (6p)":mailto:utr-305-dom@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Hoi Joost en Sander\,\n\nHierbij het sollicitatiegesprek met Mehmet Aydın voor de vacature Medior Java Developer (Squad Schade). Sander neemt het technische deel\, Joost het stuk over samenwerking met product en de manier van werken in de squad.\n\nCV en motivatie staan in Recruitee onder de kandidaat. Graag binnen 24 uur na het gesprek je evaluatie invullen.\n\nMehmet komt op locatie\, ik haal hem op bij de receptie.\n\nGroet\,\nDerya\n
UID:040000008200E00074C5B7101A82E008000000005C1D8AB87C7EDB01000000000000000010000000E4A1C36F9B2D7E4CA0F18B3C7D52E906
SUMMARY;LANGUAGE=nl-NL:Sollicitatiegesprek Mehmet Aydın - Medior Java Developer
DTSTART;TZID=W. Europe Standard Time:20250211T100000
DTEND;TZID=W. Europe Standard Time:20250211T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T081133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:UTR-3.05 Dom (6p)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="customer-interview",
        uid="zoom-88231907745-20250219@zoom.us",
        label=(0, "", "", "", "", "user-research-interview-with-customer"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250214T093001Z
DTSTART:20250219T150000Z
DTEND:20250219T154500Z
SUMMARY:Klantinterview ZZP'er #3 - AOV-aanvraagflow
UID:zoom-88231907745-20250219@zoom.us
TZID:Europe/Amsterdam
DESCRIPTION:Joost van den Berg nodigt u uit voor een geplande Zoom-vergadering.\n\nOnderwerp: Klantinterview ZZP'er #3 - AOV-aanvraagflow\n\nDeelnemen aan Zoom-vergadering\nhttps://polisplein.zoom.us/j/88231907745?pwd=bGxQd3NqZk9aT0R6\n\nVergadering-ID: 882 3190 7745\nToegangscode: 417233\n\nBellen vanaf mobiel\n+31207941375\,\,88231907745# Nederland\n\nInterviewguide: Confluence > Discovery > AOV > guide v2. Deelnemer krijgt 40 euro bol-bon na afloop. Eva (UX research) notuleert.
LOCATION:https://polisplein.zoom.us/j/88231907745?pwd=bGxQd3NqZk9aT0R6
ORGANIZER;CN=Joost van den Berg:mailto:joost.vandenberg@polisplein.nl
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="daily-standup",
        uid="040000008200E00074C5B7101A82E00800000000D07E2A4C6B3ADB01000000000000000010000000A91C4E7B3D5F2A4E8B0C6D1F9E2A3B47",
        label=(0, "", "", "", "", "recurring-work-standup-with-override"),
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
X-WR-CALNAME:Agenda
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Daily van Squad Schade. Bord: Jira SCH.\n________________________________________________________________________________\nMicrosoft Teams Hulp nodig?\nNu deelnemen aan de vergadering\nVergadering-id: 374 118 902 55\nWachtwoordcode: Rb3t7K\n________________________________________________________________________________\n
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000D07E2A4C6B3ADB01000000000000000010000000A91C4E7B3D5F2A4E8B0C6D1F9E2A3B47
SUMMARY;LANGUAGE=nl-NL:Daily Squad Schade
DTSTART;TZID=W. Europe Standard Time:20240902T091500
DTEND;TZID=W. Europe Standard Time:20240902T093000
CLASS:PUBLIC
DTSTAMP:20250301T070000Z
SEQUENCE:3
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
RECURRENCE-ID;TZID=W. Europe Standard Time:20250305T091500
UID:040000008200E00074C5B7101A82E00800000000D07E2A4C6B3ADB01000000000000000010000000A91C4E7B3D5F2A4E8B0C6D1F9E2A3B47
SUMMARY;LANGUAGE=nl-NL:Daily Squad Schade (later ivm PI-planning)
DTSTART;TZID=W. Europe Standard Time:20250305T110000
DTEND;TZID=W. Europe Standard Time:20250305T111500
DTSTAMP:20250301T070000Z
SEQUENCE:3
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    ),
]
