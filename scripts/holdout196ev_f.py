"""holdout196 events, part f: the last single rounds (phone, online test, exports, agencies, typed entries)."""

EVENTS = [
    {
        "kind": "google-telefonisch",
        "label": {"uid": "6g9j2m5p8s1v4y7b0e3h6k9n2q@google.com", "is_interview": 1,
                  "company": "Wijkzorg Maassluis", "role": "Manager Wijkverpleging & Wonen",
                  "stage": "recruiter_screen",
                  "interviewers": "fleur.denouden@wijkzorgmaassluis.nl",
                  "trap": "google-phone-screen-hr"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMS_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250926T091500
DTEND;TZID=Europe/Amsterdam:20250926T094500
DTSTAMP:20250923T141212Z
ORGANIZER;CN=Fleur den Ouden:mailto:fleur.denouden@wijkzorgmaassluis.nl
UID:6g9j2m5p8s1v4y7b0e3h6k9n2q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sanne.bakker74@ziggo.nl;X-NUM-GUESTS=0:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION:Telefonisch voorgesprek vacature Manager Wijkverpleging & Wonen
 . Ik bel je op 06-41278390. Groet\, Fleur (HR Wijkzorg Maassluis)
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonisch voorgesprek Sanne Bakker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ixly-online-test",
        "label": {"uid": "ixly-test-invite-558120-zij@ixly.nl", "is_interview": 1,
                  "company": "Zorggroep IJsselmonde", "role": "Regiomanager", "stage": "technical",
                  "interviewers": "",
                  "trap": "online-capacity-test-no-interviewer"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ixly//Test-Toolkit//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:ixly-test-invite-558120-zij@ixly.nl
DTSTAMP:20251029T080000Z
DTSTART:20251103T190000Z
DTEND:20251103T203000Z
SUMMARY:Online assessment Zorggroep IJsselmonde (capaciteiten + persoonlijkheid)
DESCRIPTION:Beste Sanne Bakker\,\n\nIn het kader van je sollicitatie naar de f
 unctie Regiomanager bij Zorggroep IJsselmonde vragen wij je een online asse
 ssment te maken (capaciteitentest ca. 60 min + persoonlijkheidsvragenlijst c
 a. 30 min). Je kunt zelf het moment kiezen vóór 5 november\; dit is de afgesp
 roken tijd. Login: https://testtoolkit.ixly.nl/candidate/558120\n\nSucces!
LOCATION:Online
ORGANIZER;CN=Ixly Test-Toolkit:mailto:noreply@ixly.nl
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-gesprek",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000E5F60718293ADC0100000000000000"
            "0010000000C5D6E7F8091A2B3CC5D6E7F8091A2B3C"),
                  "is_interview": 1, "company": "Bloemhof Zorg", "role": "Locatiedirecteur / regiomanager Leiden",
                  "stage": "hiring_manager", "interviewers": "j.dewit@bloemhofzorg.nl",
                  "trap": "outlook-teams-online-gesprek"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Wit, Janneke de":mailto:j.dewit@bloemhofzorg.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Sanne\, zoals besproken spreken we elkaar o
 nline over de rol van locatiedirecteur / regiomanager Leiden. Groet\, Jann
 eke\n\n________________________________________________________________________________\nMicrosoft Teams
 -vergadering\nDeelnemen: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_MmI2ZDk%40thread.v2/0\nVergaderings-id: 371 552 801 144\nWachtwoord:
  hT4pX9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E5F60718293ADC01000000000000000010000000C5D6E7F8091A2B3CC5D6E7F8091A2B3C
SUMMARY;LANGUAGE=nl-NL:Online gesprek Sanne Bakker / Janneke de Wit
DTSTART;TZID=W. Europe Standard Time:20251030T170000
DTEND;TZID=W. Europe Standard Time:20251030T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T113200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jobylon-interview",
        "label": {"uid": "jobylon-meeting-66201-zus@jobylon.com", "is_interview": 1,
                  "company": "Zorggroep Utrecht Stad", "role": "Regiomanager Utrecht Centrum",
                  "stage": "hiring_manager",
                  "interviewers": "f.aksoy@zus-utrecht.nl",
                  "trap": "jobylon-english-dutch-mixed"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobylon//Jobylon Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:jobylon-meeting-66201-zus@jobylon.com
DTSTAMP:20251120T100000Z
DTSTART:20251126T083000Z
DTEND:20251126T093000Z
SUMMARY:Meeting: Regiomanager Utrecht Centrum – Sanne Bakker
DESCRIPTION:Zorggroep Utrecht Stad heeft een gesprek met je ingepland.\n\nVac
 ature: Regiomanager Utrecht Centrum\nGesprek met: Fatma Aksoy\nAdres: Catha
 rijnesingel 20\, Utrecht\n\nPowered by Jobylon
LOCATION:Catharijnesingel 20\, Utrecht
ORGANIZER;CN=Zorggroep Utrecht Stad:mailto:noreply@jobylon.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Fatma Aksoy;PARTSTAT=ACCEPTED:mailto:f.aksoy@zus-utrecht.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "otys-agency-intake",
        "label": {"uid": "otys-agenda-3377120@zorgexecutives.otys.nl", "is_interview": 1,
                  "company": "Sint Bavo Zorg", "role": "Directeur Zorg (interim-naar-vast)",
                  "stage": "recruiter_screen",
                  "interviewers": "lisa@zorgexecutives.nl",
                  "trap": "agency-otys-intake-named-employer"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OTYS//OTYS Go//NL
METHOD:REQUEST
BEGIN:VEVENT
UID:otys-agenda-3377120@zorgexecutives.otys.nl
DTSTAMP:20251110T130000Z
DTSTART:20251113T110000Z
DTEND:20251113T115000Z
SUMMARY:Videocall Zorg Executives: Directeur Zorg Sint Bavo Zorg
DESCRIPTION:Beste Sanne\,\n\nWat leuk dat je interesse hebt in de opdracht Di
 recteur Zorg (interim-naar-vast) bij Sint Bavo Zorg in Utrecht. In deze vide
 ocall bespreken we je ervaring\, beschikbaarheid en tarief/salarisindicat
 ie. Daarna stel ik je (met jouw akkoord) voor aan de bestuurder.\n\nZoom: h
 ttps://us02web.zoom.us/j/81144729903\n\nHartelijke groet\,\nLisa Groenewe
 gen\nZorg Executives
LOCATION:Zoom
ORGANIZER;CN=Lisa Groenewegen:mailto:lisa@zorgexecutives.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Google export with X-WR-TIMEZONE and no VTIMEZONE.
    {
        "kind": "google-export",
        "label": {"uid": "2b5e8h1k4n7q0t3w6z9c2f5i8l@google.com", "is_interview": 1,
                  "company": "Woonzorg Zuid-Holland", "role": "Regiomanager Delft-Westland", "stage": "hiring_manager",
                  "interviewers": "s.hamid@wzh-zorg.nl",
                  "trap": "x-wr-timezone-export-no-vtimezone"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:sanne.bakker74@ziggo.nl
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
DTSTART:20251204T130000Z
DTEND:20251204T140000Z
DTSTAMP:20251212T210102Z
ORGANIZER;CN=Samira Hamid:mailto:s.hamid@wzh-zorg.nl
UID:2b5e8h1k4n7q0t3w6z9c2f5i8l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samira
  Hamid;X-NUM-GUESTS=0:mailto:s.hamid@wzh-zorg.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=sanne.
 bakker74@ziggo.nl;X-NUM-GUESTS=0:mailto:sanne.bakker74@ziggo.nl
CREATED:20251127T101010Z
DESCRIPTION:Gesprek n.a.v. je sollicitatie als Regiomanager Delft-Westland.
  Samira Hamid\, directeur wonen & zorg WZH.
LAST-MODIFIED:20251127T101500Z
LOCATION:WZH kantoor Rijswijk\, Sir Winston Churchilllaan 299
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sollicitatiegesprek WZH
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-westland",
        "eol": "\n",
        "label": {"uid": "D91A7C54-3E28-4B6F-8F0A-61C2E5B9D703", "is_interview": 1,
                  "company": "Vitaal Westland", "role": "", "stage": "",
                  "interviewers": "",
                  "trap": "handtyped-typo-no-people"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:D91A7C54-3E28-4B6F-8F0A-61C2E5B9D703
DTSTAMP:20251201T203300Z
DTSTART:20251209T100000
DTEND:20251209T113000
SUMMARY:sollicitatiegespek Vitaal Westland
LOCATION:Naaldwijk
DESCRIPTION:directeur zorg vac. Route via A20. Rijbewijs/ID mee
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-interview",
        "label": {"uid": "ashby-interview-schedule-0f3d2a71-c8e9-4b56-a1d0-9e7f6c5b4a38@ashbyhq.com", "is_interview": 1,
                  "company": "Kromme Rijn Zorg", "role": "Regiomanager Houten-Nieuwegein", "stage": "hiring_manager",
                  "interviewers": "evelien.kramer@krommerijnzorg.nl",
                  "trap": "ashby-interview-meet"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-0f3d2a71-c8e9-4b56-a1d0-9e7f6c5b4a38@ashbyhq.com
DTSTAMP:20251204T091822Z
DTSTART:20251211T130000Z
DTEND:20251211T134500Z
SUMMARY:Sanne Bakker x Kromme Rijn Zorg - Kennismaking Evelien Kramer
DESCRIPTION:Role: Regiomanager Houten-Nieuwegein\nInterviewer: Evelien Kram
 er (Bestuurder)\nVideo: https://meet.google.com/rdx-ucqw-eta\n\nScheduled w
 ith Ashby on behalf of Kromme Rijn Zorg
LOCATION:https://meet.google.com/rdx-ucqw-eta
ORGANIZER;CN=Kromme Rijn Zorg:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Evelien Kramer;PARTSTAT=ACCEPTED:mailto:evelien.kramer@krommerijnzorg.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruitee-zoetermeer",
        "label": {"uid": "recruitee-interview-5702118@recruitee.com", "is_interview": 1,
                  "company": "Zorggroep Zoetermeer", "role": "Directeur Zorg", "stage": "final",
                  "interviewers": "b.hendriks@zorggroepzoetermeer.nl;l.prins@zorggroepzoetermeer.nl",
                  "trap": "recruitee-final-presentation"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-5702118@recruitee.com
DTSTAMP:20251208T101112Z
DTSTART:20251216T091500Z
DTEND:20251216T104500Z
SUMMARY:Laatste ronde: Directeur Zorg - Sanne Bakker
DESCRIPTION:Beste Sanne\,\n\nWe nodigen je uit voor de laatste gespreksronde
 . Je start met je presentatie (10 minuten) en gaat daarna in gesprek met B
 ram Hendriks (raad van bestuur) en Lieke Prins (voorzitter cliëntenraad).\n
 \nAdres: Zorggroep Zoetermeer\, Europaweg 8\n\nMet vriendelijke groet\,\nZo
 rggroep Zoetermeer
LOCATION:Europaweg 8\, Zoetermeer
ORGANIZER;CN=Zorggroep Zoetermeer:mailto:noreply@recruitee.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Bram Hendriks;PARTSTAT=ACCEPTED:mailto:b.hendriks@zorggroepzoetermeer.nl
ATTENDEE;CN=Lieke Prins;PARTSTAT=ACCEPTED:mailto:l.prins@zorggroepzoetermeer.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-outlook",
        "label": {"uid": "NH-ZOOM-86310044127-20251022@noorderhavenzorg.nl", "is_interview": 1,
                  "company": "Noorderhaven Zorg", "role": "Regiomanager Noord", "stage": "hiring_manager",
                  "interviewers": "c.willems@noorderhavenzorg.nl",
                  "trap": "zoom-invite-from-outlook-plugin"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN="sanne.bakker74@ziggo.nl";RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
CLASS:PUBLIC
CREATED:20251016T093000Z
DESCRIPTION:Hallo Sanne\,\n\nFijn dat je wilt praten over de functie Regioma
 nager Noord bij Noorderhaven Zorg. Hieronder de Zoom-link.\n\nChantal Willem
 s\nDirecteur Zorg\n\nZoom-vergadering deelnemen\nhttps://noorderhavenzorg.zo
 om.us/j/86310044127\n\nVergadering-ID: 863 1004 4127\n\nSnel mobiel inbelle
 n\n+31207946519\,\,86310044127# Nederland\n
DTEND;TZID="W. Europe Standard Time":20251022T170000
DTSTAMP:20251016T093000Z
DTSTART;TZID="W. Europe Standard Time":20251022T161500
LOCATION:https://noorderhavenzorg.zoom.us/j/86310044127
ORGANIZER;CN="Chantal Willems":mailto:c.willems@noorderhavenzorg.nl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Sanne Bakker - Regiomanager Noord
TRANSP:OPAQUE
UID:NH-ZOOM-86310044127-20251022@noorderhavenzorg.nl
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-katwijk",
        "label": {"uid": "bookings-2F7A9C1E55D04B8A@outlook.office365.com", "is_interview": 1,
                  "company": "Zorggroep Katwijk Kust", "role": "Regiomanager", "stage": "recruiter_screen",
                  "interviewers": "Mirjam",
                  "trap": "bookings-vacancy-intro-first-name"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN=Werken bij Katwijk Kust:mailto:werkenbij@zgkatwijkkust.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sanne Bakker:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Uw afspraak is bevestigd\n\nDienst: Eerste kennis
 making vacature Regiomanager (45 min)\nMedewerker: Mirjam (recruitment)\nDe
 elnemen aan Microsoft Teams-vergadering: https://teams.microsoft.com/l/meet
 up-join/19%3ameeting_Y2E3%40thread.v2/0\n\nZorggroep Katwijk Kust\n
UID:bookings-2F7A9C1E55D04B8A@outlook.office365.com
SUMMARY;LANGUAGE=nl-NL:Eerste kennismaking vacature Regiomanager
DTSTART;TZID=W. Europe Standard Time:20251209T160000
DTEND;TZID=W. Europe Standard Time:20251209T164500
CLASS:PUBLIC
DTSTAMP:20251203T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-waterweg",
        "label": {"uid": "teamtailor-interview-32190077@teamtailor.com", "is_interview": 1,
                  "company": "Waterweg Wonen & Zorg", "role": "Regiomanager Vlaardingen", "stage": "hiring_manager",
                  "interviewers": "peter.ong@waterwegwz.nl",
                  "trap": "teamtailor-interview-europe-amsterdam"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interview//EN
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
UID:teamtailor-interview-32190077@teamtailor.com
DTSTAMP:20251110T101400Z
DTSTART;TZID=Europe/Amsterdam:20251117T093000
DTEND;TZID=Europe/Amsterdam:20251117T103000
SUMMARY:Interview Regiomanager Vlaardingen | Waterweg Wonen & Zorg
DESCRIPTION:Hoi Sanne\,\n\nJe gesprek met Peter Ong (directeur zorg) staat ge
 pland. Adres: Westlandseweg 40\, Vlaardingen.\n\nGroeten\,\nWaterweg Wonen &
  Zorg
LOCATION:Westlandseweg 40\, Vlaardingen
ORGANIZER;CN=Waterweg Wonen & Zorg:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Peter Ong;PARTSTAT=ACCEPTED:mailto:peter.ong@waterwegwz.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
