"""holdout196 events, part e: more single rounds (Lever, Youforce, AFAS, Mysolution, Outlook, GoTo, Webex)."""

EVENTS = [
    {
        "kind": "lever-eindgesprek",
        "label": {"uid": "lever-interview-2c6f1e8a-77d4-4b1a-9e35-5a0c4d7b8e21@hire.lever.co", "is_interview": 1,
                  "company": "Eemland Zorg", "role": "Regiodirecteur Amersfoort", "stage": "final",
                  "interviewers": "h.degroot@eemlandzorg.nl;t.yilmaz@eemlandzorg.nl",
                  "trap": "lever-eindgesprek-utc"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2c6f1e8a-77d4-4b1a-9e35-5a0c4d7b8e21@hire.lever.co
DTSTAMP:20251105T140500Z
DTSTART:20251112T093000Z
DTEND:20251112T110000Z
SUMMARY:Eindgesprek Eemland Zorg – Sanne Bakker
DESCRIPTION:Beste Sanne\,\n\nHierbij de bevestiging van het eindgesprek vo
 or de functie Regiodirecteur Amersfoort. Je spreekt met Hanneke de Groot (
 bestuurder) en Tarik Yilmaz (lid raad van toezicht\, portefeuille kwalitei
 t).\n\nAdres: Eemland Zorg\, Stadsring 90\, Amersfoort\n\nScheduled with Le
 ver
LOCATION:Stadsring 90\, Amersfoort
ORGANIZER;CN=Eemland Zorg Recruitment:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Hanneke de Groot;PARTSTAT=ACCEPTED:mailto:h.degroot@eemlandzorg.nl
ATTENDEE;CN=Tarik Yilmaz;PARTSTAT=ACCEPTED:mailto:t.yilmaz@eemlandzorg.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "youforce-sollicitatie",
        "label": {"uid": "YF-REC-2025-117-CAND-48820@youforce.nl", "is_interview": 1,
                  "company": "Stichting Heuvelrug Zorg", "role": "Directeur Zorg", "stage": "hiring_manager",
                  "interviewers": "g.willemsen@heuvelrugzorg.nl;e.post@heuvelrugzorg.nl",
                  "trap": "youforce-e-recruitment-vacature-number"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Visma Raet//Youforce e-Recruitment//NL
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
UID:YF-REC-2025-117-CAND-48820@youforce.nl
DTSTAMP:20251008T095511Z
DTSTART;TZID=Europe/Amsterdam:20251016T100000
DTEND;TZID=Europe/Amsterdam:20251016T111500
SUMMARY:Sollicitatiegesprek vacature 2025-117 Directeur Zorg
DESCRIPTION:Geachte mevrouw Bakker\,\n\nU bent uitgenodigd voor een sollicit
 atiegesprek voor vacature 2025-117 Directeur Zorg.\nGesprekspartners: dhr.
  G. Willemsen (bestuurder) en mw. E. Post (manager P&O)\nLocatie: Heuvelru
 g Zorg\, Hoog Kanje 290\, Zeist\n\nDit is een automatisch bericht van het
  e-Recruitment systeem.
LOCATION:Hoog Kanje 290\, Zeist
ORGANIZER;CN=Heuvelrug Zorg P&O:mailto:noreply@youforce.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=G. Willemsen;PARTSTAT=ACCEPTED:mailto:g.willemsen@heuvelrugzorg.nl
ATTENDEE;CN=E. Post;PARTSTAT=ACCEPTED:mailto:e.post@heuvelrugzorg.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-tweede-gesprek",
        "label": {"uid": "0p7r2t5v8x1z4b7d0f3h6j9l2n@google.com", "is_interview": 1,
                  "company": "Oosterlicht Zorg", "role": "Regiomanager Utrecht-Oost", "stage": "final",
                  "interviewers": "marloes.bos@oosterlichtzorg.nl;hans.vandijk@oosterlichtzorg.nl",
                  "trap": "google-invite-2e-gesprek-terse-title"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMS_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20251118T110000
DTEND;TZID=Europe/Amsterdam:20251118T120000
DTSTAMP:20251111T080845Z
ORGANIZER;CN=Marloes Bos:mailto:marloes.bos@oosterlichtzorg.nl
UID:0p7r2t5v8x1z4b7d0f3h6j9l2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marloes Bos;X-NUM-GUESTS=0:mailto:marloes.bos@oosterlichtzorg.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hans van Dijk;X-NUM-GUESTS=0:mailto:hans.vandijk@oosterlichtzorg.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sanne.bakker74@ziggo.nl;X-NUM-GUESTS=0:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION:Hoi Sanne\, hierbij de uitnodiging voor het tweede (en laatste)
  gesprek voor de rol van regiomanager Utrecht-Oost\, met Hans van Dijk (bes
 tuurder) en mij. Tot dinsdag! Marloes (HR)
LOCATION:Oosterlicht Zorg\, Biltstraat 170\, Utrecht
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2e gesprek Oosterlicht / Sanne Bakker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "afas-selectiegesprek",
        "label": {"uid": "AFAS-WS-ACT-000388214@afasonline.nl", "is_interview": 1,
                  "company": "Hof van Delfland", "role": "Manager Zorg & Wonen", "stage": "hiring_manager",
                  "interviewers": "r.jansen@hofvandelfland.nl",
                  "trap": "afas-selectiegesprek-dossieritem"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AFAS Software//AFAS Online//NL
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
UID:AFAS-WS-ACT-000388214@afasonline.nl
DTSTAMP:20251016T123000Z
DTSTART;TZID=Europe/Amsterdam:20251023T143000
DTEND;TZID=Europe/Amsterdam:20251023T153000
SUMMARY:Selectiegesprek Manager Zorg & Wonen - S. Bakker
DESCRIPTION:Sollicitant: S. Bakker\nVacature: Manager Zorg & Wonen\nGespreks
 voerder: Rob Jansen (directeur-bestuurder)\nLocatie: Hof van Delfland\, Pr
 insenhof 4\, Delft
LOCATION:Prinsenhof 4\, Delft
ORGANIZER;CN=Hof van Delfland Personeelszaken:mailto:pz@hofvandelfland.nl
ATTENDEE;CN=S. Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Rob Jansen;PARTSTAT=ACCEPTED:mailto:r.jansen@hofvandelfland.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mysolution-uitnodiging",
        "label": {"uid": "mysol-int-20251104-7731@mysolution.nl", "is_interview": 1,
                  "company": "Revalidatiecentrum Zuidwal", "role": "Manager Zorg GRZ", "stage": "hiring_manager",
                  "interviewers": "i.kok@zuidwal.nl;dr. F. Osman",
                  "trap": "mysolution-grz-invite"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mysolution//Recruitment//NL
METHOD:REQUEST
BEGIN:VEVENT
UID:mysol-int-20251104-7731@mysolution.nl
DTSTAMP:20251028T150000Z
DTSTART:20251104T150000Z
DTEND:20251104T160000Z
SUMMARY:Uitnodiging gesprek: Manager Zorg GRZ
DESCRIPTION:Beste Sanne\,\n\nJe bent uitgenodigd voor een gesprek voor de vac
 ature Manager Zorg Geriatrische Revalidatiezorg bij Revalidatiecentrum Zui
 dwal. Gesprekspartners: Ilse Kok (directeur) en dr. F. Osman (specialist o
 uderengeneeskunde). Adres: Zuidwal 12\, Rotterdam-Charlois.
LOCATION:Zuidwal 12\, Rotterdam
ORGANIZER;CN=Revalidatiecentrum Zuidwal:mailto:werkenbij@zuidwal.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Ilse Kok;PARTSTAT=ACCEPTED:mailto:i.kok@zuidwal.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-bellen",
        "eol": "\n",
        "label": {"uid": "4E8A1B0C-6D3F-4F21-A7B5-C0E9D2F18A36", "is_interview": 1,
                  "company": "Thuiszorg Rotterdam-Noord", "role": "", "stage": "recruiter_screen",
                  "interviewers": "Joyce",
                  "trap": "handtyped-bellen-ivm-vacature"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:4E8A1B0C-6D3F-4F21-A7B5-C0E9D2F18A36
DTSTAMP:20251016T072200Z
DTSTART:20251017T123000
DTEND:20251017T130000
SUMMARY:bellen Thuiszorg R'dam Noord ivm vacature regiomngr
DESCRIPTION:Joyce (HR) belt mij. In de pauze\, ff naar buiten lopen. Vragen: wijkteams\, aantal fte\, budget
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-sollicitatie",
        "label": {"uid": ("040000008200E00074C5B7101A82E0080000000088E1D2C3B4A5DC0100000000000000"
            "0010000000D4C3B2A1F0E9D8C7B6A5948372615049"),
                  "is_interview": 1, "company": "Het Anker", "role": "Directeur Zorg", "stage": "hiring_manager",
                  "interviewers": "g.vanderwal@hetanker-ridderkerk.nl;ds. P. Timmer",
                  "trap": "outlook-sollicitatiegesprek-identity-org"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Wal, Gert van der":mailto:g.vanderwal@hetanker-ridderkerk.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Vergaderkamer Bethel":mailto:bethel@hetanker-ridderkerk.nl
DESCRIPTION;LANGUAGE=nl-NL:Geachte mevrouw Bakker\,\n\nHartelijk dank voor u
 w sollicitatie naar de functie van Directeur Zorg. Wij nodigen u uit voor
  een eerste gesprek met ondergetekende en ds. P. Timmer (lid raad van toezi
 cht\, identiteit). Wij vinden het belangrijk dat u zich kunt vinden in de
  christelijke identiteit van Het Anker.\n\nMet vriendelijke groet\,\nG. van
  der Wal\nbestuurder\n
UID:040000008200E00074C5B7101A82E0080000000088E1D2C3B4A5DC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049
SUMMARY;LANGUAGE=nl-NL:Sollicitatiegesprek Directeur Zorg - mw. Bakker
DTSTART;TZID=W. Europe Standard Time:20251125T100000
DTEND;TZID=W. Europe Standard Time:20251125T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T082000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Vergaderkamer Bethel
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-kennismakingsgesprek",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000"
            "0010000000A9B8C7D6E5F40312A9B8C7D6E5F40312"),
                  "is_interview": 1, "company": "Zorggroep Leidschendam-Voorburg", "role": "Regiomanager",
                  "stage": "hiring_manager", "interviewers": "k.vandenheuvel@zorggroeplv.nl",
                  "trap": "employer-kennismakingsgesprek-gotomeeting"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Heuvel, Karin van den":mailto:k.vandenheuvel@zorggroeplv.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Sanne\,\n\nDank voor je brief en cv. Graag
  maak ik online met je kennis voor de functie van regiomanager.\n\nNeem deel
  aan mijn vergadering vanaf je computer\, tablet of smartphone.\nhttps://met
 er.goto.com/418229557\n\nU kunt ook inbellen via de telefoon.\nNederland: +
 31 20 794 7345\n\nToegangscode: 418-229-557\n\nKarin van den Heuvel\nbestu
 urder Zorggroep Leidschendam-Voorburg\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000A9B8C7D6E5F40312A9B8C7D6E5F40312
SUMMARY;LANGUAGE=nl-NL:Kennismakingsgesprek Sanne Bakker
DTSTART;TZID=W. Europe Standard Time:20251202T083000
DTEND;TZID=W. Europe Standard Time:20251202T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T161500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:GoTo Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-selectiecommissie",
        "label": {"uid": "7a31c0e2f9b84d6e8c2f4a1b3d5e7f90@webex.com", "is_interview": 1,
                  "company": "Zorggroep Alblasserwaard", "role": "Regiomanager Wonen & Zorg", "stage": "hiring_manager",
                  "interviewers": "a.donker@zgalblasserwaard.nl;m.visser@zgalblasserwaard.nl;Teun de Jong",
                  "trap": "webex-selectiecommissie-video-panel"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cisco//Webex//EN
VERSION:2.0
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
UID:7a31c0e2f9b84d6e8c2f4a1b3d5e7f90@webex.com
DTSTAMP:20251119T101400Z
DTSTART;TZID=Europe/Amsterdam:20251127T160000
DTEND;TZID=Europe/Amsterdam:20251127T170000
SUMMARY:Selectiecommissie Regiomanager Wonen & Zorg – mw. S. Bakker
DESCRIPTION:Selectiecommissie: Annet Donker (bestuurder\, vz)\, Mark Visse
 r (regiomanager)\, Teun de Jong (cliëntenraad).\n\nDeelnemen aan vergaderi
 ng\nhttps://zgalblasserwaard.webex.com/zgalblasserwaard/j.php?MTID=m5e2a0
 c7f9d1b3a5c7e9f1a3b5d7c9e1\n\nVergaderingsnummer: 2741 903 1188\nWachtwoor
 d: Zorg2025!\n\nBellen\n+31-20-721-9251 Nederland\nToegangscode: 274 190
  31188
LOCATION:Webex
ORGANIZER;CN=Annet Donker:mailto:a.donker@zgalblasserwaard.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Mark Visser;PARTSTAT=ACCEPTED:mailto:m.visser@zgalblasserwaard.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-ronde-1",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DC0100000000000000"
            "0010000000B1C2D3E4F5061728B1C2D3E4F5061728"),
                  "is_interview": 1, "company": "Schiezorg", "role": "Regiomanager", "stage": "",
                  "interviewers": "h.bouwman@schiezorg.nl;s.pinas@schiezorg.nl",
                  "trap": "outlook-room-attendee-ronde-1"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bouwman, Hester":mailto:h.bouwman@schiezorg.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pinas, Sharon":mailto:s.pinas@schiezorg.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SZ-Overschie 1
 .03 Spaarnekamer":mailto:sz-overschie-103@schiezorg.nl
DESCRIPTION;LANGUAGE=nl-NL:Ronde 1 vacature regiomanager. Parkeren achter h
 et gebouw\, melden bij de receptie.\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DC01000000000000000010000000B1C2D3E4F5061728B1C2D3E4F5061728
SUMMARY;LANGUAGE=nl-NL:Gesprek vacature regiomanager (ronde 1) - S. Bakker
DTSTART;TZID=W. Europe Standard Time:20251208T133000
DTEND;TZID=W. Europe Standard Time:20251208T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:SZ-Overschie 1.03 Spaarnekamer
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
]
