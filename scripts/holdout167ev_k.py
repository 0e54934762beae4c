"""Holdout167 events, part K: everyday work at Polisplein, personal life and interview look-alikes."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="press-interview",
        uid="5bq1x7c3v9n0m2k4j6h8g0f2d4@google.com",
        label=(0, "", "", "", "", "press-interview-trade-magazine"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T130000Z
DTEND:20250305T134500Z
DTSTAMP:20250226T083300Z
ORGANIZER;CN=Marco Veenstra:mailto:m.veenstra@assurantiemagazine.nl
UID:5bq1x7c3v9n0m2k4j6h8g0f2d4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vandenberg@polisplein.nl;X-NUM-GUESTS=0:mailto:joost.vandenberg@polisplein.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Communicatie Polisplein;X-NUM-GUESTS=0:mailto:communicatie@polisplein.nl
DESCRIPTION:Interview voor het april-nummer van AssurantieMagazine over de nieuwe digitale schademelding van Polisplein. Citaten ter goedkeuring naar Communicatie voor publicatie. Fotograaf komt niet\, graag een portretfoto mailen.\n\nDeelnemen met Google Meet: https://meet.google.com/nmc-oqwe-ytr
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview AssurantieMagazine - Joost van den Berg (Polisplein)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="research-participant",
        uid="userinterviews-session-88120473@userinterviews.com",
        label=(0, "", "", "", "", "paid-research-interview-user-as-participant"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-session-88120473@userinterviews.com
DTSTAMP:20250312T094000Z
DTSTART:20250318T170000Z
DTEND:20250318T174500Z
SUMMARY:Research session: Product managers & roadmap tools (45 min\, $100 incentive)
DESCRIPTION:Hi Joost\,\n\nThanks for signing up! You'll speak with a researcher about how you plan roadmaps and which tools you use. The session is recorded for research purposes only.\n\nJoin: https://zoom.us/j/92011847730\n\nYour incentive will be sent within 5 business days after the session.\n\nUser Interviews
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="carrierebeurs",
        uid="D9C8B7A6-9584-4736-A2B1-C0D9E8F7A6B5",
        label=(0, "", "", "", "", "career-fair-visitor"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250201T101000Z
UID:D9C8B7A6-9584-4736-A2B1-C0D9E8F7A6B5
DTEND;TZID=Europe/Amsterdam:20250315T160000
TRANSP:OPAQUE
SUMMARY:Nationale Carrièrebeurs Jaarbeurs
DTSTART;TZID=Europe/Amsterdam:20250315T100000
DTSTAMP:20250201T101000Z
LOCATION:Jaarbeurs Utrecht
DESCRIPTION:e-ticket in mail. cv's printen (10x). lijstje standhouders: Noorderlicht\, Spoorwijzer\, Gemeente Utrecht. workshop 'salaris onderhandelen' 13:00 zaal 4
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="huisarts",
        uid="0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9",
        label=(0, "", "", "", "", "personal-doctor-appointment"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250217T081500Z
UID:0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9
DTEND:20250220T082000
SUMMARY:huisarts (knie)
DTSTART:20250220T081000
DTSTAMP:20250217T081500Z
LOCATION:Gezondheidscentrum Lombok
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="oudergesprek",
        uid="parro-gesprek-114029-3301@parro.com",
        label=(0, "", "", "", "", "school-parent-teacher-gesprek"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Parro//Gespreksplanner//NL
METHOD:PUBLISH
%%TZ:AMS%%
BEGIN:VEVENT
UID:parro-gesprek-114029-3301@parro.com
DTSTAMP:20250303T190000Z
DTSTART;TZID=Europe/Amsterdam:20250313T161000
DTEND;TZID=Europe/Amsterdam:20250313T162000
SUMMARY:10-minutengesprek Lotte - groep 3 (juf Esther)
DESCRIPTION:U bent ingeschreven voor een 10-minutengesprek over de voortgang van Lotte.\nLocatie: OBS De Pijler\, lokaal 3.\nGespreksplanner via Parro.
LOCATION:OBS De Pijler
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hypotheekgesprek",
        uid="hypotheek-afspraak-7781204@hypotheekvisie.nl",
        label=(0, "", "", "", "", "bank-mortgage-advice-gesprek"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ:WEST%%
BEGIN:VEVENT
ATTENDEE;CN=joost.vdberg@kpnmail.nl;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Eva van den Berg-Kok;RSVP=TRUE:mailto:eva.kok@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Beste Joost en Eva\,\n\nHierbij de bevestiging van het oriënterend hypotheekgesprek. Wilt u meenemen: laatste 3 loonstroken\, werkgeversverklaring\, UWV-verzekeringsbericht. Let op: bij een nieuwe baan graag de arbeidsovereenkomst of intentieverklaring van de nieuwe werkgever.\n\nMet vriendelijke groet\,\nPeter Nijland\nHypotheekadviseur\n
DTEND;TZID="W. Europe Standard Time":20250410T200000
DTSTAMP:20250327T101000Z
DTSTART;TZID="W. Europe Standard Time":20250410T190000
LOCATION:Hypotheekvisie Utrecht\, Biltstraat 98
ORGANIZER;CN="Peter Nijland":mailto:p.nijland@hypotheekvisie.nl
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Oriënterend gesprek hypotheek - fam. Van den Berg
UID:hypotheek-afspraak-7781204@hypotheekvisie.nl
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sprint-review",
        uid="040000008200E00074C5B7101A82E00800000000ABAB1212CDCDDB01000000000000000010000000ABCDABCD12341234EFEFEFEF56565656",
        label=(0, "", "", "", "", "work-sprint-review-with-stakeholders"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Squad Schade":mailto:squad-schade@polisplein.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="de Jong, Mirjam":mailto:mirjam.dejong@polisplein.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Claims Operations":mailto:claims-ops@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Sprint 5.3 review: demo foto-upload bij schademelding\, nieuwe statusmail\, en stand van de KPI 'doorlooptijd eerste contact'. Feedback van Claims Ops welkom!\n
UID:040000008200E00074C5B7101A82E00800000000ABAB1212CDCDDB01000000000000000010000000ABCDABCD12341234EFEFEFEF56565656
SUMMARY;LANGUAGE=nl-NL:Sprint review Squad Schade (S5.3)
DTSTART;TZID=W. Europe Standard Time:20250227T140000
DTEND;TZID=W. Europe Standard Time:20250227T150000
CLASS:PUBLIC
DTSTAMP:20250220T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Grote zaal / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pi-planning",
        uid="040000008200E00074C5B7101A82E00800000000CDCD3434EFEFDB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        label=(0, "", "", "", "", "work-pi-planning-all-day"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Visser, Lars":mailto:lars.visser@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tribe Particulier":mailto:tribe-particulier@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:PI-planning Q2 voor de hele tribe. Ochtend: business context en visie\, middag: team breakouts en risico's (ROAM). Lunch wordt verzorgd.\n
UID:040000008200E00074C5B7101A82E00800000000CDCD3434EFEFDB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=nl-NL:PI-planning Q2 Tribe Particulier
DTSTART;VALUE=DATE:20250305
DTEND;VALUE=DATE:20250306
CLASS:PUBLIC
DTSTAMP:20250115T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Hotel Karel V\, Utrecht
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="training-pspo",
        uid="trainingbureau-pspo2-20250325-jvdb@agileacademy.nl",
        label=(0, "", "", "", "", "professional-training-with-exam"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Agile Academy//Trainingen//NL
METHOD:PUBLISH
%%TZ:AMS%%
BEGIN:VEVENT
UID:trainingbureau-pspo2-20250325-jvdb@agileacademy.nl
DTSTAMP:20250120T090000Z
DTSTART;TZID=Europe/Amsterdam:20250325T090000
DTEND;TZID=Europe/Amsterdam:20250325T170000
SUMMARY:Training Professional Scrum Product Owner - Advanced (PSPO-A) dag 1
DESCRIPTION:Welkom bij de PSPO-A training. Na afloop ontvang je een voucher voor het PSPO II assessment op scrum.org.\nLocatie: Agile Academy\, Papendorpseweg 100\, Utrecht.
LOCATION:Papendorpseweg 100\, Utrecht
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="intermediair-bezoek",
        uid="040000008200E00074C5B7101A82E00800000000EFEF5656ABABDB0100000000000000001000000011AA22BB33CC44DD55EE66FF7788990A",
        label=(0, "", "", "", "", "work-visit-to-insurance-broker"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Hoekman, Dennis":mailto:dennis.hoekman@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gert van Dam:mailto:gert@vandam-assurantien.nl
DESCRIPTION;LANGUAGE=nl-NL:Bezoek aan Van Dam Assurantiën (intermediair\, top-20 in volume). Joost gaat mee om te horen hoe zij het nieuwe schadeportaal gebruiken en waar het knelt. Gert laat ook twee medewerkers aan het woord (we noemen het een klein klantinterview).\n
UID:040000008200E00074C5B7101A82E00800000000EFEF5656ABABDB0100000000000000001000000011AA22BB33CC44DD55EE66FF7788990A
SUMMARY;LANGUAGE=nl-NL:Bezoek Van Dam Assurantiën (Houten)
DTSTART;TZID=W. Europe Standard Time:20250320T140000
DTEND;TZID=W. Europe Standard Time:20250320T160000
CLASS:PUBLIC
DTSTAMP:20250312T150000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Van Dam Assurantiën\, Rondweg 12\, Houten
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="borrel",
        uid="040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000FACEB00CFACEB00CFACEB00CFACEB00C",
        label=(0, "", "", "", "", "work-borrel-farewell"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Meijer, Anouk":mailto:anouk.meijer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Iedereen Polisplein Utrecht":mailto:iedereen-utrecht@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Na 6 jaar neemt Kees afscheid van Polisplein - hij gaat als PM aan de slag bij een zorgverzekeraar. Kom je proosten? Bitterballen en een speech (kort\, beloofd).\n
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000FACEB00CFACEB00CFACEB00CFACEB00C
SUMMARY;LANGUAGE=nl-NL:Afscheidsborrel Kees
DTSTART;TZID=W. Europe Standard Time:20250328T163000
DTEND;TZID=W. Europe Standard Time:20250328T183000
CLASS:PUBLIC
DTSTAMP:20250317T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Bar 5e verdieping
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tandarts",
        uid="tandartsonline-afspraak-2025-04-23-0840@mijntandarts.nl",
        label=(0, "", "", "", "", "personal-dentist-booking"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//MijnTandarts//Afspraken//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:tandartsonline-afspraak-2025-04-23-0840@mijntandarts.nl
DTSTAMP:20250301T110000Z
DTSTART:20250423T064000Z
DTEND:20250423T070000Z
SUMMARY:Controle tandarts - Tandartspraktijk Oudwijk
DESCRIPTION:Periodieke controle + gebitsreiniging (mondhygiënist). Afzeggen uiterlijk 24 uur van tevoren\, anders worden kosten in rekening gebracht.
LOCATION:Tandartspraktijk Oudwijk\, Utrecht
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="loopbaancoach",
        uid="B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
        label=(0, "", "", "", "", "career-coaching-session-not-mock"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250128T090000Z
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
DTEND;TZID=Europe/Amsterdam:20250205T193000
TRANSP:OPAQUE
SUMMARY:Loopbaangesprek Marieke (sessie 2/4)
DTSTART;TZID=Europe/Amsterdam:20250205T183000
DTSTAMP:20250128T090000Z
LOCATION:Swart Loopbaancoaching\, Nachtegaalstraat 30
DESCRIPTION:huiswerk: waardenlijstje + 3 rollen die ik leuk vind. vergoed via opleidingsbudget? navragen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vendor-demo",
        uid="hubspot-meeting-1837202941-0a@hubspot.com",
        label=(0, "", "", "", "", "vendor-sales-demo-at-work"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//HubSpot//Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hubspot-meeting-1837202941-0a@hubspot.com
DTSTAMP:20250306T144000Z
DTSTART:20250313T133000Z
DTEND:20250313T141500Z
SUMMARY:Demo ClaimFlow AI for Polisplein
DESCRIPTION:Hi Joost\,\n\nThanks for booking a demo. We'll show how ClaimFlow triages FNOL claims with document AI and how insurers like yours cut handling time by 30%.\n\nJoin Zoom: https://claimflow.zoom.us/j/85520033918\n\nTalk soon\,\nNina Hofmann\, Account Executive Benelux
ORGANIZER;CN=Nina Hofmann:mailto:nina.hofmann@claimflow.ai
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vandenberg@polisplein.nl
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="resignation-talk",
        uid="5F4E3D2C-1B0A-4988-B776-A6B5C4D3E2F1",
        label=(0, "", "", "", "", "internal-one-on-one-to-resign"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250422T200000Z
UID:5F4E3D2C-1B0A-4988-B776-A6B5C4D3E2F1
DTEND;TZID=Europe/Amsterdam:20250424T090000
TRANSP:OPAQUE
SUMMARY:1-op-1 Mirjam -> ontslag melden (brief mee)
DTSTART;TZID=Europe/Amsterdam:20250424T083000
DTSTAMP:20250422T200000Z
DESCRIPTION:opzegtermijn 2 mnd\, laatste dag 30 juni? overdracht backlog naar Kees' opvolger. niet te veel uitleggen.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
