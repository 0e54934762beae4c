"""holdout196 events, part a: shared VTIMEZONE blocks and the Zorggroep Rijnmond Oost procedure.

Each event is raw iCalendar text as the sending tool (or Sanne's phone) writes it. @NAME@ marks a
VTIMEZONE block from TIMEZONES below, pasted in by the generator exactly as the tool writes it.
"""

TIMEZONES = {
    "TZ_AMS_GOOGLE": """
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
""",
    "TZ_AMS": """
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
""",
    "TZ_WEST": """
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
""",
}

EVENTS = [
    # Headhunter's first call: only "een middelgrote VVT-organisatie in Zuid-Holland", no name yet.
    {
        "kind": "agency-kennismaking",
        "label": {"uid": "3v8kq1d0t6m2o9hb4pjc7s1u5e@google.com", "is_interview": 0,
                  "trap": "recruiter-kennismaking-anonymous-vvt-client"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMS_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250904T171500
DTEND;TZID=Europe/Amsterdam:20250904T174500
DTSTAMP:20250901T083114Z
ORGANIZER;CN=Marieke van Leeuwen:mailto:marieke@hofstede-ws.nl
UID:3v8kq1d0t6m2o9hb4pjc7s1u5e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marieke van Leeuwen;X-NUM-GUESTS=0:mailto:marieke@hofstede-ws.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sanne.bakker74@ziggo.nl;X-NUM-GUESTS=0:mailto:sanne.bakker74@ziggo.nl
CREATED:20250901T083112Z
DESCRIPTION:Beste Sanne\,\n\nDank voor je snelle reactie op mijn bericht via
  LinkedIn. Zoals gezegd werk ik momenteel aan een vertrouwelijke opdracht v
 oor een middelgrote VVT-organisatie in Zuid-Holland (ca. 1.400 medewerkers\
 , 9 locaties) die een nieuwe directeur zorg zoekt. Ik vertel je graag meer
  over de organisatie en de opdracht en hoor graag waar jij staat in je loopb
 aan. De naam van de opdrachtgever kan ik pas noemen na dit eerste gesprek.\
 n\nIk bel je op 06-41 27 83 90 (klopt dat nog?).\n\nHartelijke groet\,\nMa
 rieke van Leeuwen\nSenior consultant\nHofstede Werving & Selectie Zorg\n03
 0 - 231 44 80
LAST-MODIFIED:20250901T083114Z
LOCATION:Telefonisch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennismakingsgesprek Sanne Bakker | Hofstede W&S
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    # Same consultant, now naming the client: screening about a named employer.
    {
        "kind": "agency-verdieping",
        "label": {"uid": ("040000008200E00074C5B7101A82E0080000000070A1C2E9B91BDC0100000000000000"
            "0010000000E2A7F1C04B3D5E4A9A1F0D6C3B2E8A71"),
                  "is_interview": 1, "company": "Zorggroep Rijnmond Oost", "role": "Directeur Zorg",
                  "stage": "recruiter_screen", "interviewers": "marieke@hofstede-ws.nl",
                  "trap": "agency-screen-client-named-in-body"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN=Marieke van Leeuwen:mailto:marieke@hofstede-ws.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Sanne\,\n\nFijn dat je na ons kennismakings
 gesprek verder wilt. Zoals beloofd: de opdrachtgever is Zorggroep Rijnmond
  Oost (Capelle a/d IJssel\, Krimpen en Rotterdam-Prins Alexander). In dit ge
 sprek lopen we samen het profiel van de Directeur Zorg door\, je motivatie
  en je ervaring met kwaliteitskaders en de Wet zorg en dwang\, en bespreken
  we de procedure (selectiecommissie\, ontwikkelassessment\, cliëntenraad en
  raad van toezicht).\n\nDe profielschets zit als bijlage bij de mail.\n\nGr
 oet\,\nMarieke\n\n_____________________________________________________________
 ___________________\nMicrosoft Teams-vergadering\nDeelnemen op uw computer\,
  via een mobiele app of apparaat in de ruimte\nKlik hier om deel te nemen a
 an de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z
 mQ3YjE2NTEtZWRkZC00ZTM2LWE0YjgtM2U5ZjBmOTc1NjNi%40thread.v2/0?context=%7b
 %22Tid%22%3a%22b1c2d3e4%22%7d>\nVergaderings-id: 364 918 227 05\nWachtwoo
 rd: 7Gx3Ds\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000070A1C2E9B91BDC01000000000000000010000000E2A7F1C04B3D5E4A9A1F0D6C3B2E8A71
SUMMARY;LANGUAGE=nl-NL:Verdiepend gesprek Directeur Zorg - Zorggroep Rijnmond Oost
DTSTART;TZID=W. Europe Standard Time:20250911T163000
DTEND;TZID=W. Europe Standard Time:20250911T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250905T124410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    # Selectiecommissie round one at the head office; bestuurssecretaris sends on behalf of the bestuurder.
    {
        "kind": "selectiecommissie",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000B05E3E11C11EDC0100000000000000"
            "0010000000A91C44D2F3E05B4F8E2B11D07C6E2F93"),
                  "is_interview": 1, "company": "Zorggroep Rijnmond Oost", "role": "Directeur Zorg",
                  "stage": "hiring_manager",
                  "interviewers": ("h.kuipers@zgrijnmondoost.nl;a.demir@zgrijnmondoost.nl;j.vanderhoek@zgr"
                      "ijnmondoost.nl;r.ramdin@zgrijnmondoost.nl"),
                  "trap": "outlook-selectiecommissie-sent-by-secretary-room"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Kuipers, Henk";SENT-BY="mailto:bestuurssecretariaat@zgrijnmondoost.nl":mailto:h.kuipers@zgrijnmondoost.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Demir, Aylin":mailto:a.demir@zgrijnmondoost.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoek, Jolanda
  van der":mailto:j.vanderhoek@zgrijnmondoost.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Ramdin, Ravi (OR)":mailto:r.ramdin@zgrijnmondoost.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Secretari
 aat RvB":mailto:bestuurssecretariaat@zgrijnmondoost.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN="CBK Bestuurskamer 2.14 (10)":mailto:ruimte.bestuurskamer@zgrijnmondoos
 t.nl
DESCRIPTION;LANGUAGE=nl-NL:Geachte mevrouw Bakker\,\n\nNamens de selectiec
 ommissie nodig ik u uit voor het eerste gesprek voor de functie van Direct
 eur Zorg. De commissie bestaat uit de heer H. Kuipers (voorzitter raad van
  bestuur)\, mevrouw A. Demir (manager HR)\, mevrouw J. van der Hoek (specia
 list ouderengeneeskunde\, namens de VAR) en de heer R. Ramdin (ondernemings
 raad).\n\nAdres: Centraal Bureau\, Hoofdweg 212\, Capelle aan den IJssel. U
  kunt parkeren op het terrein\; meldt u zich bij de receptie op de begane
  grond.\n\nMet vriendelijke groet\,\n\nIngrid Verschoor\nBestuurssecretaris\n
UID:040000008200E00074C5B7101A82E00800000000B05E3E11C11EDC01000000000000000010000000A91C44D2F3E05B4F8E2B11D07C6E2F93
SUMMARY;LANGUAGE=nl-NL:Gesprek selectiecommissie Directeur Zorg - mw. S. Bakker
DTSTART;TZID=W. Europe Standard Time:20250923T140000
DTEND;TZID=W. Europe Standard Time:20250923T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T101922Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:CBK Bestuurskamer 2.14 (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124113311
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    # The assessment bureau's booking system books the development assessment for its client.
    {
        "kind": "ontwikkelassessment",
        "label": {"uid": "afspraak-88213-rijnmondoost@perspectief-assessment.nl", "is_interview": 1,
                  "company": "Zorggroep Rijnmond Oost", "role": "Directeur Zorg", "stage": "technical",
                  "interviewers": "drs. Wouter Brinkman",
                  "trap": "assessment-bureau-ontwikkelassessment-for-named-client"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Perspectief Assessment//Planner 4.2//NL
METHOD:PUBLISH
@TZ_AMS@
BEGIN:VEVENT
UID:afspraak-88213-rijnmondoost@perspectief-assessment.nl
DTSTAMP:20250926T070512Z
DTSTART;TZID=Europe/Amsterdam:20251002T083000
DTEND;TZID=Europe/Amsterdam:20251002T160000
SUMMARY:Ontwikkelassessment S. Bakker (opdrachtgever: Zorggroep Rijnmond Oost)
LOCATION:Perspectief Assessment\, Maliebaan 71\, 3581 CG Utrecht
DESCRIPTION:Beste mevrouw Bakker\,\n\nHierbij bevestigen wij uw afspraak vo
 or het ontwikkelassessment in het kader van de selectieprocedure Directeur
  Zorg bij Zorggroep Rijnmond Oost.\n\nProgramma:\n08.30 ontvangst en toelic
 hting\n09.00 capaciteitentest (digitaal)\n10.30 persoonlijkheidsvragenlijs
 t\n11.30 rollenspel met acteur (gesprek met een ontevreden familielid)\n12.
 30 lunch\n13.15 interview met assessor drs. Wouter Brinkman (psycholoog NIP)\n15.00
  terugkoppeling eerste indrukken\n\nDe online vragenlijst ontvangt u uiterlijk
  twee dagen vooraf per mail. Neem een geldig legitimatiebewijs mee.\n\nMet v
 riendelijke groet\,\nPlanning Perspectief Assessment\n030-204 18 00
ORGANIZER;CN=Planning Perspectief Assessment:mailto:planning@perspectief-assessment.nl
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    # The cliëntenraad meets the candidate; typed in by Sanne from the mail, floating time.
    {
        "kind": "clientenraad",
        "eol": "\n",
        "label": {"uid": "A4F0B7C2-19E3-4C55-8D2E-7715E6B0C3A1", "is_interview": 1,
                  "company": "Zorggroep Rijnmond Oost", "role": "Directeur Zorg", "stage": "onsite",
                  "interviewers": "dhr. Van Os;mw. Boelhouwer",
                  "trap": "clientenraad-meets-candidate-handtyped"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251003T184402Z
DTEND:20251008T113000
DTSTAMP:20251003T184455Z
DTSTART:20251008T100000
LAST-MODIFIED:20251003T184455Z
LOCATION:Locatie De Korenaar\, Capelle (zaal Tuinkamer)
DESCRIPTION:Cliëntenraad ZRO - gesprek met dhr. Van Os (vz) en mw. Boelhouwer\
 , evt. 3e lid. Zij geven advies aan RvB. Koffie met cliënten vooraf. Niet t
 e veel jargon! Vragen: hoe betrek ik CR bij begroting\, ervaring Wzd.
SEQUENCE:0
SUMMARY:ZRO gesprek cliëntenraad
TRANSP:OPAQUE
UID:A4F0B7C2-19E3-4C55-8D2E-7715E6B0C3A1
END:VEVENT
END:VCALENDAR
""",
    },
    # Final: the raad van toezicht (remuneratiecommissie), chair invites from a private address.
    {
        "kind": "raad-van-toezicht",
        "label": {"uid": "rvt-zro-2025-1015-bakker@xs4all.nl", "is_interview": 1,
                  "company": "Zorggroep Rijnmond Oost", "role": "Directeur Zorg", "stage": "final",
                  "interviewers": "c.vrolijk@xs4all.nl;mr. E. Tan",
                  "trap": "raad-van-toezicht-final-private-address"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
VERSION:2.0
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
DTSTAMP:20251009T195530Z
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Corine Vrolijk;PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:c.vrolijk@xs4all.nl
ATTENDEE;CN=Henk Kuipers;PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT:mailto:h.kuipers@zgrijnmondoost.nl
CLASS:PUBLIC
CREATED:20251009T195530Z
DESCRIPTION:Beste Sanne\,\n\nNamens de raad van toezicht van Zorggroep Rijn
 mond Oost nodig ik je uit voor een gesprek met de remuneratiecommissie: mr.
  E. Tan en ondergetekende. Henk Kuipers is aanwezig als toehoorder. Na dit
  gesprek besluit de RvT over de benoeming op voordracht van de raad van bes
 tuur.\n\nHartelijke groet\,\nCorine Vrolijk\nvoorzitter raad van toezicht
DTSTART;TZID=Europe/Amsterdam:20251015T193000
DTEND;TZID=Europe/Amsterdam:20251015T203000
LOCATION:Hotel Van der Valk Ridderkerk\, vergaderzaal 3
ORGANIZER;CN=Corine Vrolijk:mailto:c.vrolijk@xs4all.nl
SEQUENCE:0
SUMMARY:Gesprek RvT (remuneratiecommissie) - Sanne Bakker
TRANSP:OPAQUE
UID:rvt-zro-2025-1015-bakker@xs4all.nl
END:VEVENT
END:VCALENDAR
""",
    },
    # Arbeidsvoorwaardengesprek: the last step of the Dutch procedure, still before signing.
    {
        "kind": "arbeidsvoorwaarden",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000F0C3A28D5D40DC0100000000000000"
            "0010000000C3D7E10A8B9F2E4D82C1A4F7B0E6D155"),
                  "is_interview": 1, "company": "Zorggroep Rijnmond Oost", "role": "Directeur Zorg", "stage": "",
                  "interviewers": "h.kuipers@zgrijnmondoost.nl;a.demir@zgrijnmondoost.nl",
                  "trap": "arbeidsvoorwaardengesprek-last-step-of-procedure"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Demir, Aylin":mailto:a.demir@zgrijnmondoost.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kuipers, Henk":mailto:h.kuipers@zgrijnmondoost.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Sanne\,\n\nGefeliciteerd nogmaals met het
  positieve advies van de RvT! Graag bespreken we de arbeidsvoorwaarden (sal
 arisschaal conform cao VVT / WNT-klasse\, ingangsdatum\, leaseauto en ople
 idingsbudget). Daarna volgt het voorstel op schrift.\n\nHartelijke groet\,\n
 Aylin Demir\nManager HR\n
UID:040000008200E00074C5B7101A82E00800000000F0C3A28D5D40DC01000000000000000010000000C3D7E10A8B9F2E4D82C1A4F7B0E6D155
SUMMARY;LANGUAGE=nl-NL:Arbeidsvoorwaardengesprek S. Bakker
DTSTART;TZID=W. Europe Standard Time:20251022T090000
DTEND;TZID=W. Europe Standard Time:20251022T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T150233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Centraal Bureau Capelle\, kamer 2.08
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Prep block she typed herself.
    {
        "kind": "prep-block",
        "eol": "\n",
        "label": {"uid": "E7C1D2A9-88F4-4B0E-A3C6-5D1F2E9B7A40", "is_interview": 0,
                  "trap": "prep-block-for-rvt-talk"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251010T202012Z
DTSTAMP:20251010T202131Z
DTSTART;TZID=Europe/Amsterdam:20251014T200000
DTEND;TZID=Europe/Amsterdam:20251014T220000
LAST-MODIFIED:20251010T202131Z
SEQUENCE:0
SUMMARY:voorbereiden gesprek RvT ZRO
DESCRIPTION:jaarverslag + kwaliteitsplan doorlezen\, governancecode zorg\, 3
  voorbeelden samenwerking met CR en OR. Kleding klaarleggen.
TRANSP:OPAQUE
UID:E7C1D2A9-88F4-4B0E-A3C6-5D1F2E9B7A40
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
""",
    },
]
