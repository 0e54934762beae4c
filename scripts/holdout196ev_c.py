"""holdout196 events, part c: Antwerp (Flemish), French, Spanish, a headhunter, Workday, a cancelled round."""

EVENTS = [
    {
        "kind": "selectiegesprek-antwerpen",
        "label": {"uid": "1k9f0s7c2e4h6j8l0n2p4r6t8v@google.com", "is_interview": 1,
                  "company": "WoonZorgNet Antwerpen", "role": "Regiodirecteur Woonzorg", "stage": "hiring_manager",
                  "interviewers": "griet.peeters@woonzorgnet.be;bart.janssens@woonzorgnet.be",
                  "trap": "flemish-selectiegesprek-europe-brussels"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Brussels
X-LIC-LOCATION:Europe/Brussels
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
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20251007T133000
DTEND;TZID=Europe/Brussels:20251007T143000
DTSTAMP:20250930T092244Z
ORGANIZER;CN=Griet Peeters:mailto:griet.peeters@woonzorgnet.be
UID:1k9f0s7c2e4h6j8l0n2p4r6t8v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Griet Peeters;X-NUM-GUESTS=0:mailto:griet.peeters@woonzorgnet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bart Janssens;X-NUM-GUESTS=0:mailto:bart.janssens@woonzorgnet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sanne.bakker74@ziggo.nl;X-NUM-GUESTS=0:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION:Dag Sanne\,\n\nFijn dat je interesse hebt in de functie van reg
 iodirecteur woonzorg bij WoonZorgNet Antwerpen. Graag plannen we een eerst
 e selectiegesprek met Bart Janssens (algemeen directeur) en mezelf (direct
 eur HR).\n\nWe zien je graag in ons hoofdkantoor\, Lange Gasthuisstraat 39
 \, 2000 Antwerpen. Parkeren kan in de Q-Park Meir.\n\nMet vriendelijke gro
 eten\,\nGriet
LOCATION:WoonZorgNet Antwerpen vzw\, Lange Gasthuisstraat 39\, 2000 Antwerpen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Selectiegesprek regiodirecteur woonzorg - Sanne Bakker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "antwerpen-tweede-ronde",
        "eol": "\n",
        "label": {"uid": "7C2A4E19-0F6B-4D3A-8E51-B9D0F2C47A68", "is_interview": 1,
                  "company": "WoonZorgNet Antwerpen", "role": "", "stage": "final",
                  "interviewers": "Bart Janssens",
                  "trap": "handtyped-brussels-zone-second-round"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Brussels
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20251020T191500Z
DTSTAMP:20251020T191644Z
DTSTART;TZID=Europe/Brussels:20251030T140000
DTEND;TZID=Europe/Brussels:20251030T160000
LAST-MODIFIED:20251020T191644Z
LOCATION:Antwerpen\, Lange Gasthuisstraat
SEQUENCE:0
SUMMARY:2e ronde WZN Antwerpen + presentatie
DESCRIPTION:Bart Janssens + 2 leden raad van bestuur. Presentatie 10 min "e
 erste 100 dagen". Trein 11.47 R'dam C (IC Brussel)\, laptop + hdmi.
TRANSP:OPAQUE
UID:7C2A4E19-0F6B-4D3A-8E51-B9D0F2C47A68
END:VEVENT
END:VCALENDAR
""",
    },
    # French-speaking HQ of a care group, Outlook in French.
    {
        "kind": "entretien-visio",
        "label": {"uid": ("040000008200E00074C5B7101A82E008000000001C8FE2A5FA3FDC0100000000000000"
            "0010000000B0E19F3D2C7A8B4E91D33A0F6E5C2B17"),
                  "is_interview": 1, "company": "Maisonnée Senior",
                  "role": "Directrice régionale Flandre & Pays-Bas", "stage": "hiring_manager",
                  "interviewers": "c.dubois@maisonnee-senior.be",
                  "trap": "french-outlook-entretien-romance-zone"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
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
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Catherine":mailto:c.dubois@maisonnee-senior.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION;LANGUAGE=fr-BE:Madame Bakker\,\n\nSuite à notre échange télépho
 nique\, je vous confirme notre entretien en visioconférence pour le poste
  de Directrice régionale Flandre & Pays-Bas. L'entretien se déroulera en fr
 ançais et en anglais.\n\nBien cordialement\,\nCatherine Dubois\nDirectrice
  des Opérations – Groupe Maisonnée Senior\n\n______________________________
 __________________________________________________\nRéunion Microsoft Teams\n
 Rejoindre sur votre ordinateur\, application mobile ou appareil de salle\n
 Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_YTFkNmQ5%40thread.v2/0>\nID de la réunion : 392 771 506
  118\nCode secret : kP9vQ2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000001C8FE2A5FA3FDC01000000000000000010000000B0E19F3D2C7A8B4E91D33A0F6E5C2B17
SUMMARY;LANGUAGE=fr-BE:Entretien – Directrice régionale Flandre & Pays-Bas (Mme Bakker)
DTSTART;TZID=Romance Standard Time:20251016T110000
DTEND;TZID=Romance Standard Time:20251016T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T140932Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Spanish care-tech founder, gmail, Cal.com in Spanish.
    {
        "kind": "calcom-entrevista",
        "label": {"uid": "bk_4nR8yT2wQe6LmZ1c@cal.com", "is_interview": 1,
                  "company": "Cuidamos", "role": "Directora de Operaciones Países Bajos", "stage": "",
                  "interviewers": "lucia.ferrer.cuidamos@gmail.com",
                  "trap": "spanish-founder-free-mail-calcom"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//ES
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:bk_4nR8yT2wQe6LmZ1c@cal.com
SUMMARY:Entrevista: Sanne Bakker y Lucía Ferrer (Cuidamos)
DTSTART:20251028T160000Z
DTEND:20251028T164500Z
DTSTAMP:20251022T210355Z
DESCRIPTION:¿Qué?\nEntrevista – Directora de Operaciones Países Bajos\n\n¿Cu
 ándo?\nmartes\, 28 de octubre de 2025 17:00 - 17:45 (Europe/Madrid)\n\n¿Qu
 ién?\nLucía Ferrer - Organizadora (cofundadora y CEO)\nSanne Bakker\n\n¿Dó
 nde?\nGoogle Meet: https://meet.google.com/wvd-pnoa-kbe\n\nNotas adicional
 es: Hola Sanne! Como te comenté\, hablamos en español o inglés\, lo que pre
 fieras :)\n\n¿Necesitas hacer un cambio? Reprogramar o cancelar: https://c
 al.com/booking/4nR8yT2wQe6LmZ1c
LOCATION:https://meet.google.com/wvd-pnoa-kbe
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer.cuidamos@gmail.com
ATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sanne Bakker:mailto:sanne.bakker74@ziggo.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Headhunter: the summary names only the bureau, the employer is in the body.
    {
        "kind": "headhunter-gesprek",
        "label": {"uid": "MES-20251103-0930-SB@maaslandexecutive.nl", "is_interview": 1,
                  "company": "Stichting Merwezorg", "role": "Regiodirecteur Drechtsteden", "stage": "recruiter_screen",
                  "interviewers": "f.verbeek@maaslandexecutive.nl",
                  "trap": "headhunter-employer-only-in-body"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN=sanne.bakker74@ziggo.nl;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
CLASS:PUBLIC
CREATED:20251028T101200Z
DESCRIPTION:Beste Sanne\,\n\nHierbij de bevestiging van ons gesprek op ons
  kantoor. Zoals ik telefonisch al aangaf gaat het om de positie van Regiodi
 recteur Drechtsteden bij Stichting Merwezorg (Dordrecht\, Zwijndrecht\, Pa
 pendrecht). Ik wil graag uitgebreider met je doorlopen hoe jouw ervaring aa
 nsluit bij hun opgave (extramuralisering\, arbeidsmarkt) en of je open sta
 at voor een voordracht.\n\nTot maandag\,\nFrank Verbeek\nPartner\nMaasland
  Executive Search\n010 - 760 22 15\n
DTEND;TZID="W. Europe Standard Time":20251103T103000
DTSTAMP:20251028T101200Z
DTSTART;TZID="W. Europe Standard Time":20251103T093000
LAST-MODIFIED:20251028T101200Z
LOCATION:Maasland Executive Search\, Wilhelminakade 91 (Maastoren)\, Rotterdam
ORGANIZER;CN="Frank Verbeek":mailto:f.verbeek@maaslandexecutive.nl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Gesprek Sanne Bakker / Maasland Executive Search
TRANSP:OPAQUE
UID:MES-20251103-0930-SB@maaslandexecutive.nl
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Workday, two rounds.
    {
        "kind": "workday-interview",
        "label": {"uid": "WD-INTERVIEW-6c1f2a9b0d4e4b2f9a8e7d6c5b4a3921@myworkday.com", "is_interview": 1,
                  "company": "Haagse Zorgcirkel", "role": "Directeur Zorg", "stage": "hiring_manager",
                  "interviewers": "e.smit@haagsezorgcirkel.nl",
                  "trap": "workday-requisition-teams-first-round"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-6c1f2a9b0d4e4b2f9a8e7d6c5b4a3921@myworkday.com
DTSTAMP:20250918T071122Z
DTSTART:20250925T123000Z
DTEND:20250925T133000Z
SUMMARY:Interview: Directeur Zorg (R-2025-0412) - Sanne Bakker
DESCRIPTION:Interview Details\n\nCandidate: Sanne Bakker\nJob Requisition:
  R-2025-0412 Directeur Zorg (Open)\nInterviewer(s): Esther Smit\nInterview
  Type: Video\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_OGY1MzE%40thread.v2/0\nMeeting ID: 318 402 559 2
 27  Passcode: Wq2tZ8\n\nDit bericht is automatisch verzonden vanuit Workda
 y namens Haagse Zorgcirkel. Niet beantwoorden.
LOCATION:Microsoft Teams
ORGANIZER;CN=Haagse Zorgcirkel Recruitment:mailto:haagsezorgcirkel@myworkday.com
ATTENDEE;CN=Sanne Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Esther Smit;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.smit@haagsezorgcirkel.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-tweede-ronde",
        "label": {"uid": "WD-INTERVIEW-0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c55@myworkday.com", "is_interview": 1,
                  "company": "Haagse Zorgcirkel", "role": "Directeur Zorg", "stage": "onsite",
                  "interviewers": ("e.smit@haagsezorgcirkel.nl;w.hoogendoorn@haagsezorgcirkel.nl;n.elamran"
                      "i@haagsezorgcirkel.nl"),
                  "trap": "workday-onsite-panel-with-rooms"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c55@myworkday.com
DTSTAMP:20251003T134455Z
DTSTART:20251010T080000Z
DTEND:20251010T103000Z
SUMMARY:Interview - 2e ronde: Directeur Zorg (R-2025-0412)
DESCRIPTION:Interview Details\n\nCandidate: Sanne Bakker\nJob Requisition:
  R-2025-0412 Directeur Zorg (Open)\nInterview Type: On-site\n\nSchedule\n10:
 00 - 10:45  Esther Smit (bestuurder)\, Wim Hoogendoorn (lid RvB)\n10:45 -
  11:30  Nadia El Amrani (voorzitter VAR/VVAR)\n11:30 - 12:30  Rondleiding l
 ocatie Houtrust met teamleider\n\nLocatie: Haagse Zorgcirkel\, Laan van Me
 erdervoort 600\, Den Haag\, vergaderzaal Scheveningen (1e etage)\n\nDit ber
 icht is automatisch verzonden vanuit Workday namens Haagse Zorgcirkel.
LOCATION:Laan van Meerdervoort 600\, Den Haag - vergaderzaal Scheveningen
ORGANIZER;CN=Haagse Zorgcirkel Recruitment:mailto:haagsezorgcirkel@myworkday.com
ATTENDEE;CN=Sanne Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Esther Smit;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.smit@haagsezorgcirkel.nl
ATTENDEE;CN=Wim Hoogendoorn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:w.hoogendoorn@haagsezorgcirkel.nl
ATTENDEE;CN=Nadia El Amrani;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n.elamrani@haagsezorgcirkel.nl
ATTENDEE;CUTYPE=ROOM;CN=Vergaderzaal Scheveningen;ROLE=NON-PARTICIPANT:mailto:zaal.scheveningen@haagsezorgcirkel.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Outlook invite sent by an assistant, then cancelled (METHOD:CANCEL, same UID).
    {
        "kind": "outlook-regiodirecteur",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000D2B6C7E41E2ADC0100000000000000"
            "0010000000F1A2B3C4D5E6F70819A2B3C4D5E6F708"),
                  "is_interview": 1, "company": "Stichting Duinrand Zorg", "role": "Regiodirecteur Kust",
                  "stage": "hiring_manager", "interviewers": "m.vandenberg@duinrandzorg.nl",
                  "trap": "outlook-sent-by-assistant-first-talk"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Berg, Michiel van den";SENT-BY="mailto:secretariaat.bestuur@d
 uinrandzorg.nl":mailto:m.vandenberg@duinrandzorg.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Secretariaat
  Bestuur":mailto:secretariaat.bestuur@duinrandzorg.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste mevrouw Bakker\,\n\nNamens de heer Van den
  Berg bevestig ik het gesprek over de vacature Regiodirecteur Kust. De hee
 r Van den Berg ontvangt u op het bestuursbureau\, Duinstraat 5\, Den Haag
  (Scheveningen).\n\nMet vriendelijke groet\,\nAnnemiek Reijnders\nSecretari
 aat Raad van Bestuur\n
UID:040000008200E00074C5B7101A82E00800000000D2B6C7E41E2ADC01000000000000000010000000F1A2B3C4D5E6F70819A2B3C4D5E6F708
SUMMARY;LANGUAGE=nl-NL:Gesprek mw. Bakker - vacature Regiodirecteur Kust
DTSTART;TZID=W. Europe Standard Time:20251120T150000
DTEND;TZID=W. Europe Standard Time:20251120T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251111T090310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Bestuursbureau\, Duinstraat 5\, Den Haag
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-geannuleerd",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000D2B6C7E41E2ADC0100000000000000"
            "0010000000F1A2B3C4D5E6F70819A2B3C4D5E6F708"),
                  "is_interview": 1, "company": "Stichting Duinrand Zorg", "role": "Regiodirecteur Kust",
                  "stage": "hiring_manager", "interviewers": "m.vandenberg@duinrandzorg.nl",
                  "trap": "cancelled-interview-method-cancel"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Berg, Michiel van den";SENT-BY="mailto:secretariaat.bestuur@d
 uinrandzorg.nl":mailto:m.vandenberg@duinrandzorg.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sanne.bakker74@ziggo.nl:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste mevrouw Bakker\,\n\nHelaas moet de heer Va
 n den Berg het gesprek van donderdag annuleren: de raad van toezicht heeft
  besloten de vacature Regiodirecteur Kust voorlopig aan te houden in verba
 nd met een herijking van de regio-indeling. Wij komen hier zo spoedig mogel
 ijk bij u op terug.\n\nMet vriendelijke groet\,\nAnnemiek Reijnders\n
UID:040000008200E00074C5B7101A82E00800000000D2B6C7E41E2ADC01000000000000000010000000F1A2B3C4D5E6F70819A2B3C4D5E6F708
SUMMARY;LANGUAGE=nl-NL:Geannuleerd: Gesprek mw. Bakker - vacature Regiodirecteur Kust
DTSTART;TZID=W. Europe Standard Time:20251120T150000
DTEND;TZID=W. Europe Standard Time:20251120T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251117T164120Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=nl-NL:Bestuursbureau\, Duinstraat 5\, Den Haag
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
