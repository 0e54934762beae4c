"""holdout193 events, part b: Zürich city hotel, Falkensteiner (Softgarden), Innsbrucker Hof, 25hours, Stadtkrone, numa.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: W291

EVENTS = [
    (
        "zoom-entretien",
        "ZOOM-84211390577-20261022@zoom.us",
        1,
        "Hotel Limmatquai Zürich",
        "Responsable Hébergement (Rooms Division Manager)",
        "recruiter_screen",
        "s.moret@ghleman.ch",
        "french-zoom-screen-group-hr-lausanne",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ zurich-google%%
BEGIN:VEVENT
DTSTAMP:20261015T141209Z
DTSTART;TZID=Europe/Zurich:20261022T180000
DTEND;TZID=Europe/Zurich:20261022T184500
SUMMARY:Entretien vidéo – Responsable Hébergement – Hôtel Limmatquai Zurich
UID:ZOOM-84211390577-20261022@zoom.us
TZID:Europe/Zurich
DESCRIPTION:Bonjour Monsieur Brunner\,\n\nSuite à votre candidature\, je v
 ous propose un premier entretien par Zoom pour le poste de Responsable Héber
 gement (Rooms Division Manager) à l'Hôtel Limmatquai à Zurich. L'entretien 
 peut se dérouler en français ou en allemand\, comme vous préférez.\n\nSophie
  Moret\nResponsable Ressources Humaines\nGroupe Hôtelier Léman SA\, Lausanne
 \n\nSophie Moret vous invite à une réunion Zoom planifiée.\n\nParticiper à l
 a réunion Zoom\nhttps://ghleman.zoom.us/j/84211390577?pwd=cFhEbU9wS3Jxa1lUR
 0\n\nID de réunion: 842 1139 0577\nCode secret: 607214\n\n---\n\nUne seule t
 ouche sur l'appareil mobile\n+41435015054\,\,84211390577#\,\,\,\,*607214# S
 uisse\n\nComposez un numéro en fonction de votre emplacement\n• +41 43 501 5
 054 Suisse\n• +43 670 309 0165 Autriche\n
LOCATION:https://ghleman.zoom.us/j/84211390577?pwd=cFhEbU9wS3Jxa1lUR0
ORGANIZER;CN=Sophie Moret:mailto:s.moret@ghleman.ch
ATTENDEE;CN=Stefan Brunner;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "umantis-vorort",
        "abacus-umantis-interview-219874-3@hotel-limmatquai.ch",
        1,
        "Hotel Limmatquai Zürich",
        "Rooms Division Manager 100%",
        "onsite",
        "r.baumann@hotel-limmatquai.ch;a.keller@hotel-limmatquai.ch",
        "swiss-ats-onsite-zurich-zone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//DE
METHOD:REQUEST
%%TZ zurich-google%%
BEGIN:VEVENT
UID:abacus-umantis-interview-219874-3@hotel-limmatquai.ch
DTSTAMP:20261110T082744Z
SEQUENCE:0
DTSTART;TZID=Europe/Zurich:20261126T093000
DTEND;TZID=Europe/Zurich:20261126T120000
SUMMARY:Einladung zum Vorstellungsgespräch: Rooms Division Manager 100% (Stelle 2026-118)
DESCRIPTION:Grüezi Herr Brunner\n\nGerne laden wir Sie zu einem persönlichen 
 Gespräch bei uns im Hotel ein. Sie treffen Herrn Reto Baumann (Direktor) un
 d Frau Andrea Keller (Leiterin Human Resources Standort Zürich). Anschliesse
 nd zeigen wir Ihnen das Haus.\n\nAdresse: Hotel Limmatquai\, Limmatquai 56\,
  8001 Zürich (5 Gehminuten ab Hauptbahnhof)\n\nBitte bestätigen Sie den Ter
 min über Ihr Bewerberkonto. Reisespesen (Bahn 2. Klasse) werden vergütet.\n
 \nFreundliche Grüsse\nHuman Resources\nHotel Limmatquai Zürich – ein Haus de
 r Groupe Hôtelier Léman
LOCATION:Hotel Limmatquai\, Limmatquai 56\, 8001 Zürich\, Empfang
ORGANIZER;CN=HR Hotel Limmatquai:mailto:noreply-hr@hotel-limmatquai.ch
ATTENDEE;CN=Reto Baumann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:r.baumann@hotel-limmatquai.ch
ATTENDEE;CN=Andrea Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a.keller@hotel-limmatquai.ch
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "softgarden-telefon",
        "softgarden-appointment-3381907-1@softgarden.io",
        1,
        "Falkensteiner Hotels",
        "Hotel Manager (m/w/d) – Falkensteiner Hotel Wien Margareten",
        "recruiter_screen",
        "katrin.haas@falkensteiner.com",
        "softgarden-telefoninterview-noreply-organizer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:softgarden-appointment-3381907-1@softgarden.io
DTSTAMP:20261001T113302Z
DTSTART;TZID=Europe/Vienna:20261008T100000
DTEND;TZID=Europe/Vienna:20261008T103000
SUMMARY:Telefoninterview | Hotel Manager (m/w/d) – Falkensteiner Hotel Wien Margareten
DESCRIPTION:Hallo Stefan Brunner\,\n\nvielen Dank\, dass du den Termin für 
 unser Telefoninterview gebucht hast. Katrin Haas aus dem Talent Acquisition 
 Team der Falkensteiner Hotels ruft dich zum vereinbarten Zeitpunkt unter der
  von dir angegebenen Nummer an.\n\nTermin: Do.\, 08.10.2026\, 10:00 - 10:30 
 Uhr\nStelle: Hotel Manager (m/w/d) – Falkensteiner Hotel Wien Margareten\n\n
 Falls du den Termin nicht wahrnehmen kannst\, sag ihn bitte über diesen Lin
 k ab: https://falkensteiner.softgarden.io/appointment/3381907/cancel\n\nViele
  Grüße\ndein Falkensteiner Recruiting-Team\n\n-- \nDiese E-Mail wurde automa
 tisch über softgarden versendet.
LOCATION:Telefon
ORGANIZER;CN=Falkensteiner Hotels Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Katrin Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.haas@falkensteiner.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-area-director",
        "040000008200E00074C5B7101A82E008000000008F6D2A9E1C63DB01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7",
        1,
        "Falkensteiner Hotels",
        "Hotel Manager",
        "hiring_manager",
        "dominik.leitner@falkensteiner.com;katrin.haas@falkensteiner.com",
        "outlook-video-area-director-du-form",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Dominik":mailto:dominik.leitner@falkensteiner.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stefan Brunner:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Katrin":mailto:katrin.haas@falkensteiner.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Stefan\,\n\nKatrin hat mir von eurem Telef
 onat erzählt – ich freu mich aufs Kennenlernen. Ich bin Area Director für Wi
 en\, Schladming und Bratislava. Wir reden über dein Verständnis der Rolle\, 
 Zahlen (GOP\, Personalkosten) und wie du ein Team in einem Stadthotel mit v
 iel MICE-Geschäft führen würdest.\n\nLG Dominik\n\n______________________
 __________________________________________________________\nMicrosoft Teams 
 Meeting\nÜber Ihren Computer oder Ihre mobile App teilnehmen\nHier klicken\, 
 um an der Besprechung teilzunehmen\nBesprechungs-ID: 345 781 906 221\nPassc
 ode: Lw2Vx9\n______________________________________________________________
 __________________\n
UID:040000008200E00074C5B7101A82E008000000008F6D2A9E1C63DB01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7
SUMMARY;LANGUAGE=de-DE:Falkensteiner | Stefan Brunner | Austausch HM Margareten
DTSTART;TZID=W. Europe Standard Time:20261103T170000
DTEND;TZID=W. Europe Standard Time:20261103T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T093017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Meeting
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
    (
        "personio-kennenlernen",
        "personio-interview-9e1d7b3a-6c2f-4a8e-b5d0-3f1a2c4e6b8d",
        1,
        "Hotel Innsbrucker Hof",
        "Stellvertretender Direktor / Rooms Division Manager (m/w/d)",
        "hiring_manager",
        "m.pircher@innsbruckerhof.at",
        "personio-kennenlerngespraech-with-direktorin",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:personio-interview-9e1d7b3a-6c2f-4a8e-b5d0-3f1a2c4e6b8d
DTSTAMP:20261012T071955Z
DTSTART;TZID=Europe/Vienna:20261019T150000
DTEND;TZID=Europe/Vienna:20261019T160000
SUMMARY:Kennenlerngespräch: Stefan Brunner – Stellvertretender Direktor / Rooms Division Manager (m/w/d)
DESCRIPTION:Lieber Herr Brunner\,\n\nwir freuen uns\, Sie bei uns im Innsb
 rucker Hof zu einem ersten Kennenlerngespräch begrüßen zu dürfen.\n\nGesprä
 chspartnerin: Magdalena Pircher (Direktorin)\nOrt: Hotel Innsbrucker Hof\, 
 Innrain 15\, 6020 Innsbruck – bitte an der Rezeption melden\nDauer: ca. 60 
 Minuten\n\nBei Fragen erreichen Sie uns unter bewerbung@innsbruckerhof.at.\n
 \nHerzliche Grüße\nIhr Team vom Innsbrucker Hof
LOCATION:Hotel Innsbrucker Hof\, Innrain 15\, 6020 Innsbruck
ORGANIZER;CN=Hotel Innsbrucker Hof:mailto:bewerbung@innsbruckerhof.at
ATTENDEE;CN=Magdalena Pircher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.pircher@innsbruckerhof.at
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "allday-schnuppertag",
        "3pq8n6v0k2h4j1r9c7s5d3f0tb@google.com",
        1,
        "Hotel Innsbrucker Hof",
        "",
        "onsite",
        "Magdalena Pircher",
        "hand-typed-allday-schnuppertag-google-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:stefan.brunner.tirol@gmx.at
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261030
DTEND;VALUE=DATE:20261031
DTSTAMP:20261201T190455Z
UID:3pq8n6v0k2h4j1r9c7s5d3f0tb@google.com
CREATED:20261021T184020Z
DESCRIPTION:07:00 Frühdienst Rezeption mitlaufen (Check-outs\, Gruppen)\n10
 :00 Rundgang mit Hausdame\n12:30 Mittagessen mit Magdalena Pircher + Küchenc
 hef\n14:00 Revenue / Zahlen mit ihr durchgehen\n\nUrlaubstag beim Alpenhof 
 eingetragen!! Schwarze Hose + weißes Hemd mitnehmen
LAST-MODIFIED:20261022T060112Z
LOCATION:Innsbrucker Hof\, Innrain 15\, Innsbruck
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Schnuppertag Innsbrucker Hof
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teamtailor-meet",
        "teamtailor-interview-7726153@teamtailor.com",
        1,
        "25hours Hotel The Royal Bavarian",
        "Hotel Manager (all genders)",
        "",
        "jana.lorenz@25hours-hotels.com;tobias.frank@25hours-hotels.com",
        "teamtailor-casual-english-german-no-stage",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:teamtailor-interview-7726153@teamtailor.com
DTSTAMP:20261104T102231Z
DTSTART;TZID=Europe/Berlin:20261112T160000
DTEND;TZID=Europe/Berlin:20261112T164500
SUMMARY:Stefan Brunner <> 25hours | Hotel Manager (all genders) The Royal Bavarian
DESCRIPTION:Hey Stefan\, 👋\n\nsuper\, dass es klappt! You'll meet Jana (G
 eneral Manager The Royal Bavarian) and Tobi (People & Culture). No dress co
 de\, no trick questions – just a good talk about you\, us and the Hotel Man
 ager job at the Hauptbahnhof.\n\nJoin with Google Meet: https://meet.google.
 com/xbn-qhtz-wre\nOr dial: +49 30 300195170 PIN: 551 227 843#\n\nSee you so
 on!\nThe 25hours Recruiting Crew\n\nPowered by Teamtailor
LOCATION:Google Meet
ORGANIZER;CN=25hours Hotels:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Jana Lorenz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.lorenz@25hours-hotels.com
ATTENDEE;CN=Tobias Frank;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias.frank@25hours-hotels.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workable-phone",
        "workable-event-b7e2c1d0a9f84e3b@workable.com",
        1,
        "Hotel Stadtkrone Wien",
        "Front Office & Rooms Division Manager",
        "recruiter_screen",
        "b.csar@stadtkrone.at",
        "workable-phone-screen-owner-hr",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:workable-event-b7e2c1d0a9f84e3b@workable.com
DTSTAMP:20261022T154807Z
DTSTART;TZID=Europe/Vienna:20261029T110000
DTEND;TZID=Europe/Vienna:20261029T113000
SUMMARY:Phone call: Stefan Brunner / Hotel Stadtkrone Wien
DESCRIPTION:Hi Stefan\,\n\nThis is a confirmation for your phone call with 
 Barbara Csar for the Front Office & Rooms Division Manager job at Hotel Stad
 tkrone Wien.\n\nBarbara will call you at +436643812290.\n\nIf you need to r
 eschedule\, please reply to this email.\n\n--\nSent with Workable
LOCATION:Phone
ORGANIZER;CN=Barbara Csar:mailto:b.csar@stadtkrone.at
ATTENDEE;CN=Barbara Csar;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:b.csar@stadtkrone.at
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "greenhouse-screen",
        "greenhouse-scheduled-interview-48120377002@greenhouse.io",
        1,
        "numa",
        "City Operations Manager – Munich",
        "recruiter_screen",
        "max.vogel@numastays.com",
        "greenhouse-coordinator-organizer-talent-partner",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-48120377002@greenhouse.io
DTSTAMP:20261026T091512Z
DTSTART;TZID=Europe/Berlin:20261102T160000
DTEND;TZID=Europe/Berlin:20261102T163000
SUMMARY:numa | Stefan Brunner - Intro call with Talent
DESCRIPTION:Hi Stefan\,\n\nThanks for applying to numa! This is your first 
 conversation with Max Vogel (Talent Partner) about the City Operations Mana
 ger – Munich role. Please join via Google Meet:\nhttps://meet.google.com/gt
 k-fmoe-ybc\n\nInterview schedule:\n4:00 pm - 4:30 pm CET  Intro call with T
 alent (Max Vogel)\n\nWe're excited to chat!\nLeonie Schmitt\nRecruiting Coo
 rdinator\, numa
LOCATION:https://meet.google.com/gtk-fmoe-ybc
ORGANIZER;CN=Leonie Schmitt:mailto:leonie.schmitt@numastays.com
ATTENDEE;CN=Max Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:max.vogel@numastays.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "greenhouse-case",
        "greenhouse-scheduled-interview-48120377961@greenhouse.io",
        1,
        "numa",
        "City Operations Manager – Munich",
        "technical",
        "carla.rossi@numastays.com;jonas.beck@numastays.com",
        "greenhouse-case-study-presentation",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-48120377961@greenhouse.io
DTSTAMP:20261109T164033Z
DTSTART;TZID=Europe/Berlin:20261116T140000
DTEND;TZID=Europe/Berlin:20261116T151500
SUMMARY:numa | Stefan Brunner - Case Study: Guest Experience & Ops
DESCRIPTION:Hi Stefan\,\n\nas discussed\, here is your case study session. 
 You'll present your solution to the case we sent you (\"Building 3 – 140 a
 partments\, declining review score\, no front desk\") for ~20 minutes\, fol
 lowed by Q&A.\n\nPanel:\n- Carla Rossi\, Head of Operations DACH\n- Jonas B
 eck\, Operations Lead Munich\n\nPlease share your slides via Meet. Good luc
 k!\n\nLeonie Schmitt\nRecruiting Coordinator\n\nJoin: https://meet.google.c
 om/qwe-rkbn-pzt
LOCATION:https://meet.google.com/qwe-rkbn-pzt
ORGANIZER;CN=Leonie Schmitt:mailto:leonie.schmitt@numastays.com
ATTENDEE;CN=Carla Rossi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carla.rossi@numastays.com
ATTENDEE;CN=Jonas Beck;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:jonas.beck@numastays.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
