"""holdout196 events, part g: Sanne on the hiring side at Zorggroep Maasoever (first half)."""

EVENTS = [
    {
        "kind": "outlook-sollicitatie-evv",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000501A2B3C4D5EDC0100000000000000"
            "0010000000E1F20314253647E1F2031425364758"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-sollicitatiegesprek-evv"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dijkstra, Ilse":mailto:i.dijkstra@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.elidrissi@hotmail.com:mailto:f.elidrissi@hotmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MO Vergaderrui
 mte De Maas":mailto:mo-demaas@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Fatima\,\n\nHierbij de uitnodiging voor het
  sollicitatiegesprek voor de functie EVV'er (verzorgende IG) op afdeling Li
 ndehof. Je spreekt met Ilse Dijkstra (teamleider) en mij. Meld je bij de r
 eceptie van De Maasoever\, Oostzeedijk Beneden 20.\n\nMet vriendelijke gro
 et\,\nSanne Bakker\nLocatiemanager De Maasoever\n
UID:040000008200E00074C5B7101A82E00800000000501A2B3C4D5EDC01000000000000000010000000E1F20314253647E1F2031425364758
SUMMARY;LANGUAGE=nl-NL:Sollicitatiegesprek EVV Lindehof - Fatima el Idrissi
DTSTART;TZID=W. Europe Standard Time:20250916T100000
DTEND;TZID=W. Europe Standard Time:20250916T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250909T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:MO Vergaderruimte De Maas
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "meeloopdag-kandidaat",
        "label": {"uid": ("040000008200E00074C5B7101A82E008000000007A8B9CADBECFDB0100000000000000"
            "0010000000F0E1D2C3B4A59687F0E1D2C3B4A59687"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-meeloopdag-candidate-she-hosts"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dijkstra, Ilse":mailto:i.dijkstra@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Team Vlin
 der":mailto:team.vlinder@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Kim van Beek (kandidaat verpleegkundige niveau 4
 ) loopt woensdag de vroege dienst mee op de Vlinder (7.00-15.00). Buddy:
  Esra. Sanne\, kun jij om 14.30 even aansluiten voor de afronding en haar vr
 agen over het contract? Daarna bespreken wij of we een aanbod doen.\n\nGr I
 lse\n
UID:040000008200E00074C5B7101A82E008000000007A8B9CADBECFDB01000000000000000010000000F0E1D2C3B4A59687F0E1D2C3B4A59687
SUMMARY;LANGUAGE=nl-NL:Meeloopdag Kim v. Beek (vpk 4) - Vlinder
DTSTART;VALUE=DATE:20250924
DTEND;VALUE=DATE:20250925
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250917T143000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "werkenbij-gepland",
        "label": {"uid": "cxs-afspraak-91120-2025@connexys.nl", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-ats-notification-to-interviewer"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Connexys//Recruitment//NL
METHOD:REQUEST
BEGIN:VEVENT
UID:cxs-afspraak-91120-2025@connexys.nl
DTSTAMP:20250926T090000Z
DTSTART:20251002T080000Z
DTEND:20251002T090000Z
SUMMARY:Gesprek gepland: Teamleider Zorg De Maasoever – Ruud Verhoeven
DESCRIPTION:Beste Sanne Bakker\,\n\nEr is een gesprek ingepland via Werken bij
  Zorggroep Maasoever.\n\nVacature: Teamleider Zorg De Maasoever (2025-041)\nSo
 llicitant: Ruud Verhoeven\nGespreksvoerders: Sanne Bakker\, Ilse Dijkstra\n\n
 Open het kandidaatdossier en het beoordelingsformulier: https://werkenbij.zo
 rggroepmaasoever.nl/recruiter/kandidaat/88231\nVul het formulier uiterlijk 2
 4 uur na het gesprek in.
LOCATION:De Maasoever\, kamer locatiemanager
ORGANIZER;CN=Werken bij Zorggroep Maasoever:mailto:noreply@connexys.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;CN=Ilse Dijkstra;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:i.dijkstra@zorggroepmaasoever.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reply-geaccepteerd",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000601B2C3D4E5FDC0100000000000000"
            "0010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-candidate-accepted-reply"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Android//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000601B2C3D4E5FDC01000000000000000010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
DTSTAMP:20251007T184511Z
DTSTART:20251009T123000Z
DTEND:20251009T131500Z
SEQUENCE:0
SUMMARY:Geaccepteerd: Sollicitatiegesprek Teamleider Nachtdienst
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;PARTSTAT=ACCEPTED;CN=Mehmet Yildiz:mailto:mehmet.yildiz1988@hotmail.com
COMMENT:Top\, ik ben er! Groet Mehmet
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "uitzendbureau-kandidaat",
        "label": {"uid": "zf-voorstel-20251014-0417@zorgflex.nl", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-agency-presents-candidate"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN="Bakker, Sanne";RSVP=TRUE:mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;CN="Tamara Oosting";RSVP=TRUE:mailto:tamara.oosting@gmail.com
DESCRIPTION:Beste Sanne\,\n\nZoals besproken stel ik je Tamara Oosting voor (
 verpleegkundige niveau 4\, 8 jaar ervaring PG\, beschikbaar per 1 november
  voor 24-28 uur). Cv en referenties heb je per mail ontvangen. Ik schuif zel
 f ook aan bij de kennismaking.\n\nMet vriendelijke groet\,\nRoy Schouten\nI
 ntercedent Zorgflex Uitzendbureau Rotterdam\n
DTEND;TZID="W. Europe Standard Time":20251016T141500
DTSTAMP:20251014T084000Z
DTSTART;TZID="W. Europe Standard Time":20251016T133000
LOCATION:De Maasoever
ORGANIZER;CN="Roy Schouten":mailto:r.schouten@zorgflex.nl
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Kennismaking kandidaat Zorgflex (vpk niv. 4) - De Maasoever
TRANSP:OPAQUE
UID:zf-voorstel-20251014-0417@zorgflex.nl
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-gesprekken-teamleider",
        "eol": "\n",
        "label": {"uid": "B8E2F013-4C7A-4D9B-A1E6-70C3D5F29B84", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-handtyped-candidate-list"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.5//EN
BEGIN:VEVENT
UID:B8E2F013-4C7A-4D9B-A1E6-70C3D5F29B84
DTSTAMP:20250929T060500Z
DTSTART:20251002T100000
DTEND:20251002T150000
SUMMARY:gesprekken TL
DESCRIPTION:10.00 Ruud V.\n11.00 Anouk B. (intern!)\n13.30 Lisa M.\nvragenl
 ijst + STAR in map P&O\, Ilse schuift aan. Scores naar Peter vrijdag
LOCATION:kamer LM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "label": {"uid": "a9c3e1f0-5b7d-4e22-8a4c-6d0f2b9e1c73@calendly.com", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-calendly-host-candidate-booked"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:a9c3e1f0-5b7d-4e22-8a4c-6d0f2b9e1c73@calendly.com
DTSTAMP:20251013T195000Z
DTSTART:20251017T080000Z
DTEND:20251017T082000Z
SUMMARY:Nieuwe afspraak: Yasmina Bouzid - Kennismaken helpende plus (20 min)
DESCRIPTION:Uitgenodigde: Yasmina Bouzid\nE-mail: yasmina.bouzid@live.nl\nT
 elefoon: +31 6 28 55 10 43\n\nVragen:\nWelke functie? Helpende plus (BBL)\n
 Waarom Zorggroep Maasoever? Mijn oma woont bij jullie en ik wil graag in de
  ouderenzorg werken.\n\nLocatie: telefonisch\, jij belt de uitgenodigde.\n\nH
 ost: Sanne Bakker
LOCATION:Telefonisch
ORGANIZER;CN=Sanne Bakker:mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;CN=Yasmina Bouzid;PARTSTAT=ACCEPTED:mailto:yasmina.bouzid@live.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "nabespreken-sollicitaties",
        "label": {"uid": ("040000008200E00074C5B7101A82E008000000009C8D7E6F5A4BDC0100000000000000"
            "0010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-debrief-with-hr"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Koning, Esmee":mailto:e.koning@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dijkstra, Ilse":mailto:i.dijkstra@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Nabespreken gesprekken teamleider zorg (Ruud\, An
 ouk\, Lisa). Graag de beoordelingsformulieren vooraf in Connexys. Doel: vo
 ordracht voor tweede ronde met Peter.\n\nEsmee Koning\nHR-adviseur\n
UID:040000008200E00074C5B7101A82E008000000009C8D7E6F5A4BDC01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7
SUMMARY;LANGUAGE=nl-NL:Terugkoppeling sollicitaties TL zorg
DTSTART;TZID=W. Europe Standard Time:20251003T083000
DTEND;TZID=W. Europe Standard Time:20251003T090000
CLASS:PUBLIC
DTSTAMP:20250930T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bac-specialist",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000ABCDEF0123ADDC0100000000000000"
            "0010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-benoemingsadviescommissie-member"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Secretariaat Directie Zorg";SENT-BY="mailto:m.ali@zorggroepma
 asoever.nl":mailto:directiezorg@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brouwer, Peter":mailto:p.brouwer@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lam, dr. Wei":mailto:w.lam@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Benoemingsadviescommissie specialist ouderengene
 eskunde (0\,8 fte)\n13.00 kandidaat 1\n14.15 kandidaat 2\n15.30 beraad + adv
 ies aan directie\n\nCv's en motivatiebrieven staan in de beveiligde map BAC
 -SO-2025. Vertrouwelijk.\n
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123ADDC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
SUMMARY;LANGUAGE=nl-NL:BAC specialist ouderengeneeskunde - gesprekken
DTSTART;TZID=W. Europe Standard Time:20251021T130000
DTEND;TZID=W. Europe Standard Time:20251021T163000
CLASS:PRIVATE
DTSTAMP:20251006T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Centraal bureau\, Directiekamer
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "selectiecommissie-collega",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DC0100000000000000"
            "0010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-selectiecommissie-new-colleague"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Brouwer, Peter":mailto:p.brouwer@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Koning, Esmee":mailto:e.koning@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cliëntenraad
  De Hoven (dhr. Smit)":mailto:cr.dehoven@zorggroepmaasoever.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CB Zaal Erasmus":mailto:cb-erasmus@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Sanne\, fijn dat jij als collega-locatiemanager
  in de selectiecommissie zit voor De Hoven. Twee kandidaten in de 2e ronde\,
  zie profielen in Connexys. Jij neemt de vragen over samenwerking met de w
 ijk en het MDO.\n\nPeter\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DC01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=nl-NL:Selectiecommissie locatiemanager De Hoven - 2e ronde
DTSTART;TZID=W. Europe Standard Time:20251104T090000
DTEND;TZID=W. Europe Standard Time:20251104T120000
CLASS:PUBLIC
DTSTAMP:20251027T111500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:CB Zaal Erasmus
END:VEVENT
END:VCALENDAR
""",
    },
]
