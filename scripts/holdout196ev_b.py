"""holdout196 events, part b: Havenzicht Zorg (Recruitee, rescheduled round) and Nuvalia Health (English)."""

EVENTS = [
    {
        "kind": "recruitee-eerste-gesprek",
        "label": {"uid": "recruitee-interview-5518203@recruitee.com", "is_interview": 1,
                  "company": "Havenzicht Zorg", "role": "Regiomanager Rotterdam-Zuid", "stage": "hiring_manager",
                  "interviewers": "l.kroon@havenzichtzorg.nl;m.bouali@havenzichtzorg.nl",
                  "trap": "recruitee-first-interview-two-interviewers"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-5518203@recruitee.com
DTSTAMP:20250910T081503Z
DTSTART:20250917T120000Z
DTEND:20250917T130000Z
SUMMARY:Eerste gesprek: Regiomanager Rotterdam-Zuid - Sanne Bakker
DESCRIPTION:Beste Sanne\,\n\nBedankt voor je sollicitatie bij Havenzicht Zo
 rg! We nodigen je graag uit voor een eerste gesprek over de functie Regiom
 anager Rotterdam-Zuid.\n\nJe spreekt met:\n- Lotte Kroon\, directeur zorg\n
 - Mounir Bouali\, HR-adviseur\n\nLocatie: Havenzicht\, Slinge 400\, Rotterd
 am (meld je bij de receptie van locatie De Slinge).\n\nMocht je verhinderd
  zijn\, laat het ons dan zo snel mogelijk weten.\n\nMet vriendelijke groet\,\n
 Team Werving & Selectie Havenzicht Zorg
LOCATION:Slinge 400\, 3085 EX Rotterdam
ORGANIZER;CN=Havenzicht Zorg:mailto:noreply@recruitee.com
ATTENDEE;CN=Sanne Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Lotte Kroon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:l.kroon@havenzichtzorg.nl
ATTENDEE;CN=Mounir Bouali;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.bouali@havenzichtzorg.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Second round with a case: original, then moved (same UID, higher SEQUENCE).
    {
        "kind": "recruitee-casus",
        "label": {"uid": "recruitee-interview-5539771@recruitee.com", "is_interview": 1,
                  "company": "Havenzicht Zorg", "role": "Regiomanager Rotterdam-Zuid", "stage": "technical",
                  "interviewers": "l.kroon@havenzichtzorg.nl;p.vandermeulen@havenzichtzorg.nl",
                  "trap": "recruitee-casus-presentation-round"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-5539771@recruitee.com
DTSTAMP:20250919T134011Z
DTSTART:20250929T130000Z
DTEND:20250929T143000Z
SUMMARY:Tweede gesprek + casus: Regiomanager Rotterdam-Zuid - Sanne Bakker
DESCRIPTION:Beste Sanne\,\n\nLeuk dat we door kunnen naar de tweede ronde!
  In dit gesprek presenteer je in 15 minuten je aanpak van de bijgevoegde ca
 sus (een locatie met hoog verzuim en een verbetermaatregel van de IGJ). Daa
 rna gaan Lotte Kroon en Petra van der Meulen (bestuurder) met je in gesprek
 .\n\nGroet\,\nTeam Werving & Selectie Havenzicht Zorg
LOCATION:Slinge 400\, 3085 EX Rotterdam
ORGANIZER;CN=Havenzicht Zorg:mailto:noreply@recruitee.com
ATTENDEE;CN=Sanne Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Lotte Kroon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:l.kroon@havenzichtzorg.nl
ATTENDEE;CN=Petra van der Meulen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.vandermeulen@havenzichtzorg.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruitee-verzet",
        "label": {"uid": "recruitee-interview-5539771@recruitee.com", "is_interview": 1,
                  "company": "Havenzicht Zorg", "role": "Regiomanager Rotterdam-Zuid", "stage": "technical",
                  "interviewers": "l.kroon@havenzichtzorg.nl;p.vandermeulen@havenzichtzorg.nl",
                  "trap": "rescheduled-same-uid-higher-sequence"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-5539771@recruitee.com
DTSTAMP:20250925T071948Z
DTSTART:20251006T080000Z
DTEND:20251006T093000Z
SUMMARY:Gewijzigd: Tweede gesprek + casus: Regiomanager Rotterdam-Zuid - Sanne Bakker
DESCRIPTION:Beste Sanne\,\n\nZoals telefonisch besproken verplaatsen we het
  tweede gesprek naar maandag 6 oktober om 10.00 uur\, omdat onze bestuurder
  op 29 september onverwacht naar het ministerie moet. De casus blijft hetzel
 fde.\n\nJe spreekt met Lotte Kroon en Petra van der Meulen.\n\nGroet\,\nTea
 m Werving & Selectie Havenzicht Zorg
LOCATION:Slinge 400\, 3085 EX Rotterdam
ORGANIZER;CN=Havenzicht Zorg:mailto:noreply@recruitee.com
ATTENDEE;CN=Sanne Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Lotte Kroon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:l.kroon@havenzichtzorg.nl
ATTENDEE;CN=Petra van der Meulen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.vandermeulen@havenzichtzorg.nl
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""",
    },
    # Her phone entry for the last round.
    {
        "kind": "eindgesprek-typed",
        "eol": "\n",
        "label": {"uid": "9F3E0C61-5A2B-4D77-9E10-4C8B2A6D1F35", "is_interview": 1,
                  "company": "Havenzicht Zorg", "role": "", "stage": "final",
                  "interviewers": "Petra",
                  "trap": "handtyped-eindgesprek-first-name-only"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251008T061122Z
DTSTAMP:20251008T061201Z
DTSTART:20251013T161500
DTEND:20251013T170000
LAST-MODIFIED:20251008T061201Z
LOCATION:Havenzicht\, Slinge
SEQUENCE:0
SUMMARY:Havenzicht eindgesprek
DESCRIPTION:met Petra (bestuurder). Salarisindicatie vragen! FWG 75?
TRANSP:OPAQUE
UID:9F3E0C61-5A2B-4D77-9E10-4C8B2A6D1F35
END:VEVENT
END:VCALENDAR
""",
    },
    # Nuvalia Health: international care-tech, in English.
    {
        "kind": "greenhouse-screen",
        "label": {"uid": "greenhouse-4418820027-interview-18377402@greenhouse.io", "is_interview": 1,
                  "company": "Nuvalia Health", "role": "Regional Director Care Operations, Netherlands",
                  "stage": "recruiter_screen", "interviewers": "hannah.okafor@nuvalia.health",
                  "trap": "greenhouse-recruiter-screen-zoom-utc"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-4418820027-interview-18377402@greenhouse.io
DTSTAMP:20250911T152230Z
DTSTART:20250916T090000Z
DTEND:20250916T093000Z
SUMMARY:Sanne Bakker <> Nuvalia Health - Recruiter Screen
DESCRIPTION:Hi Sanne\,\n\nThanks for your interest in the Regional Director
  Care Operations\, Netherlands role at Nuvalia Health. This is a 30-minute i
 ntro call with Hannah Okafor (Talent Partner).\n\nJoin Zoom Meeting\nhttps:
 //nuvalia.zoom.us/j/84120937715?pwd=bW9kZXJhdGVkMjAyNQ\nMeeting ID: 841 209
  3771 5\nPasscode: 553201\nOne tap mobile\n+31207941345\,\,84120937715# Net
 herlands\n\nPowered by Greenhouse
LOCATION:https://nuvalia.zoom.us/j/84120937715
ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@nuvalia.health
ATTENDEE;CN=Hannah Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.okafor@nuvalia.health
ATTENDEE;CN=Sanne Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-hiring-manager",
        "label": {"uid": "gt-evt-7d1c90e4a6b24f3e8d2a@goodtime.io", "is_interview": 1,
                  "company": "Nuvalia Health", "role": "Regional Director Care Operations, Netherlands",
                  "stage": "hiring_manager", "interviewers": "tom.whitfield@nuvalia.health",
                  "trap": "goodtime-hiring-manager-london-zone-meet"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:gt-evt-7d1c90e4a6b24f3e8d2a@goodtime.io
DTSTAMP:20250918T101544Z
DTSTART;TZID=Europe/London:20250924T140000
DTEND;TZID=Europe/London:20250924T144500
SUMMARY:Interview: Sanne Bakker with Tom Whitfield (Nuvalia Health)
DESCRIPTION:Hi Sanne\, you're confirmed for your conversation with Tom Whitf
 ield\, VP Care Operations Europe\, for the Regional Director Care Operation
 s\, Netherlands position.\n\nGoogle Meet: https://meet.google.com/qzt-hmbp
 -ryw\nOr dial: (NL) +31 20 257 3876 PIN: 771 224 906#\n\nNeed to reschedu
 le? Reply to recruiting@nuvalia.health.\n\nScheduled by GoodTime on behalf
  of Nuvalia Health Recruiting
LOCATION:Google Meet
ORGANIZER;CN=Nuvalia Health Recruiting:mailto:recruiting@nuvalia.health
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Tom Whitfield;PARTSTAT=ACCEPTED:mailto:tom.whitfield@nuvalia.health
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-final",
        "label": {"uid": "ml-9c22e1f0-3a4b-4e6c-b5d8-1f7a0e2c6b93@modernloop.io", "is_interview": 1,
                  "company": "Nuvalia Health", "role": "Regional Director Care Operations, Netherlands",
                  "stage": "final",
                  "interviewers": "tom.whitfield@nuvalia.health;priya.raman@nuvalia.health;joost.dekker@nuvalia.health",
                  "trap": "modernloop-final-panel-case-presentation"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduler//EN
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
UID:ml-9c22e1f0-3a4b-4e6c-b5d8-1f7a0e2c6b93@modernloop.io
DTSTAMP:20251001T090017Z
DTSTART;TZID=Europe/Amsterdam:20251009T100000
DTEND;TZID=Europe/Amsterdam:20251009T123000
SUMMARY:Final Round - Sanne Bakker - Regional Director Care Operations NL
DESCRIPTION:Agenda (all times CEST)\n10:00-10:45 Case presentation: rollin
 g out remote monitoring across 12 care homes - Tom Whitfield\, Priya Raman
  (Chief Product Officer)\n10:45-11:30 Partnerships & commercial - Joost Dekk
 er (Country Lead NL)\n11:30-11:45 Break\n11:45-12:30 Values & wrap-up - Pr
 iya Raman\n\nLocation: Nuvalia Health\, WeWork Weena 70\, Rotterdam\, 9th f
 loor. Ask for Joost at reception.\n\nCandidate coordinator: Ella Schmidt (e
 lla.schmidt@nuvalia.health)
LOCATION:WeWork Weena 70\, Rotterdam
ORGANIZER;CN=Ella Schmidt:mailto:ella.schmidt@nuvalia.health
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Tom Whitfield;PARTSTAT=ACCEPTED:mailto:tom.whitfield@nuvalia.health
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@nuvalia.health
ATTENDEE;CN=Joost Dekker;PARTSTAT=TENTATIVE:mailto:joost.dekker@nuvalia.health
ATTENDEE;CUTYPE=RESOURCE;CN=Weena-9-Boardroom;PARTSTAT=ACCEPTED:mailto:c_188b2f7@resource.calendar.google.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Thank-you reminder after the final.
    {
        "kind": "reminder-thanks",
        "eol": "\n",
        "label": {"uid": "0B5D7E31-2C9A-4F18-B64E-93A1C0D8E2F7", "is_interview": 0,
                  "trap": "thank-you-reminder-after-final"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:0B5D7E31-2C9A-4F18-B64E-93A1C0D8E2F7
DTSTAMP:20251009T124033Z
DTSTART;VALUE=DATE:20251009
DTEND;VALUE=DATE:20251010
SUMMARY:bedankmail Nuvalia (Priya + Tom + Joost) - Engels!
DESCRIPTION:noemen: pilot thuismonitoring Maasoever\, vraag naar tijdlijn besluit
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    # Pflegegruppe Niederrhein: German care group near the border (Personio).
    {
        "kind": "personio-vorstellung",
        "label": {"uid": "personio-interview-2291774-ea81@personio.de", "is_interview": 1,
                  "company": "Pflegegruppe Niederrhein", "role": "Regionalleitung Pflege (m/w/d)",
                  "stage": "hiring_manager",
                  "interviewers": "k.hendricks@pflegegruppe-niederrhein.de;m.schulte@pflegegruppe-niederrhein.de",
                  "trap": "personio-german-vorstellungsgespraech-berlin-zone"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:MESZ
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:MEZ
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-interview-2291774-ea81@personio.de
DTSTAMP:20251013T114208Z
DTSTART;TZID=Europe/Berlin:20251021T100000
DTEND;TZID=Europe/Berlin:20251021T110000
SUMMARY:Vorstellungsgespräch Regionalleitung Pflege (m/w/d) – Frau Bakker
DESCRIPTION:Sehr geehrte Frau Bakker\,\n\nvielen Dank für Ihre Bewerbung al
 s Regionalleitung Pflege (m/w/d) für unsere Einrichtungen in Kleve\, Emmer
 ich und Goch. Gerne laden wir Sie zu einem ersten Vorstellungsgespräch per
  Microsoft Teams ein.\n\nIhre Gesprächspartner:\nKatrin Hendricks (Geschäf
 tsführerin)\nMarkus Schulte (Personalleitung)\n\nMicrosoft Teams-Besprechu
 ng: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ2ZjA4%40thre
 ad.v2/0\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Pflegegruppe N
 iederrhein GmbH
LOCATION:Microsoft Teams
ORGANIZER;CN=Pflegegruppe Niederrhein Recruiting:mailto:jobs@pflegegruppe-niederrhein.de
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Katrin Hendricks;PARTSTAT=ACCEPTED:mailto:k.hendricks@pflegegruppe-niederrhein.de
ATTENDEE;CN=Markus Schulte;PARTSTAT=ACCEPTED:mailto:m.schulte@pflegegruppe-niederrhein.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hospitationstag",
        "label": {"uid": "personio-interview-2291774-f302@personio.de", "is_interview": 1,
                  "company": "Pflegegruppe Niederrhein", "role": "Regionalleitung Pflege (m/w/d)",
                  "stage": "onsite", "interviewers": "k.hendricks@pflegegruppe-niederrhein.de",
                  "trap": "german-hospitationstag-all-day-trial-day"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-2291774-f302@personio.de
DTSTAMP:20251024T082950Z
DTSTART;VALUE=DATE:20251105
DTEND;VALUE=DATE:20251106
SUMMARY:Hospitationstag Frau Bakker – Seniorenzentrum St. Antonius Kleve
DESCRIPTION:Liebe Frau Bakker\,\n\nwie besprochen laden wir Sie zu einem Ho
 spitationstag in unserem Seniorenzentrum St. Antonius in Kleve ein. Sie le
 rnen die Wohnbereiche\, die Pflegedienstleitung und das Qualitätsmanagemen
 t kennen. Zum Abschluss (ca. 15:30 Uhr) führen Frau Hendricks und Sie ein
  Abschlussgespräch.\n\nBeginn: 8:30 Uhr an der Pforte\, Tiergartenstraße
  55\, 47533 Kleve. Bitte bringen Sie bequeme Schuhe mit.\n\nMit freundliche
 n Grüßen\nRecruiting-Team Pflegegruppe Niederrhein
LOCATION:Seniorenzentrum St. Antonius\, Tiergartenstraße 55\, 47533 Kleve
ORGANIZER;CN=Pflegegruppe Niederrhein Recruiting:mailto:jobs@pflegegruppe-niederrhein.de
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Katrin Hendricks;PARTSTAT=ACCEPTED:mailto:k.hendricks@pflegegruppe-niederrhein.de
STATUS:CONFIRMED
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # German pre-employment medical at the company doctor: not an interview.
    {
        "kind": "betriebsarzt",
        "label": {"uid": "personio-task-2291774-aa10@personio.de", "is_interview": 0,
                  "trap": "pre-employment-medical-betriebsarzt-german"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-task-2291774-aa10@personio.de
DTSTAMP:20251112T090102Z
DTSTART:20251119T073000Z
DTEND:20251119T083000Z
SUMMARY:Einstellungsuntersuchung beim Betriebsarzt (Frau Bakker)
DESCRIPTION:Liebe Frau Bakker\,\n\nfür Ihren Arbeitsbeginn benötigen wir no
 ch die arbeitsmedizinische Eignungsuntersuchung (inkl. Masernschutz-Nachwe
 is nach § 20 IfSG). Termin bei unserem Betriebsarzt Dr. med. Pohl\, Praxis
  für Arbeitsmedizin\, Hoffmannallee 7\, Kleve. Bitte Impfpass mitbringen.\
 n\nViele Grüße\nMarkus Schulte\nPersonalleitung
LOCATION:Praxis für Arbeitsmedizin Dr. Pohl\, Hoffmannallee 7\, Kleve
ORGANIZER;CN=Markus Schulte:mailto:m.schulte@pflegegruppe-niederrhein.de
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
