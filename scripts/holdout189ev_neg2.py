"""holdout189: negatives, part 2 (the trade's own calendar, personal life, look-alike 'Vorstellung' meetings)."""

from holdout189ev_tz import BERLIN_GOOGLE, BERLIN_OX, W_EUROPE

NEG = ""

EVENTS = [
    dict(kind="ox-typed", uid="ox-20250224-1188@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "personal-hausarzt"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250224-1188@t-online.de
DTSTAMP:20250224T080000Z
SUMMARY:Hausarzt Dr. Lühr - Blutwerte
DTSTART:20250227T074500
DTEND:20250227T081500
DESCRIPTION:nüchtern! Überweisung Kardiologe mitnehmen
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="google-invite", uid="kgv-jhv-2025-4f1e@google.com", lab=(
        0, NEG, NEG, NEG, NEG, "kleingartenverein-jahreshauptversammlung"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250314T190000
DTEND;TZID=Europe/Berlin:20250314T213000
DTSTAMP:20250215T120000Z
ORGANIZER;CN=KGV Sander Tannen e.V.:mailto:vorstand.kgv.sandertannen@gmail.com
UID:kgv-jhv-2025-4f1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=bernd.
 kowalski@t-online.de:mailto:bernd.kowalski@t-online.de
DESCRIPTION:Jahreshauptversammlung 2025 – TOP 1 Bericht Vorstand\, TOP 2 Ka
 ssenbericht\, TOP 3 Entlastung\, TOP 4 Wahlen (2. Vorsitz)\, TOP 5 Wassergel
 d\, TOP 6 Verschiedenes
LOCATION:Vereinsheim\, Sander Tannen 3
SUMMARY:JHV Kleingartenverein
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-recurring", uid="ELB-HSE-TOOLBOX-2025@elbtrans-spedition.de", lab=(
        0, NEG, NEG, NEG, NEG, "recurring-toolbox-talk-with-override"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Bernd":mailto:b.kowalski@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Fahrer Nahverkehr:mailto:fahrer-
 nv@elbtrans-spedition.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Lorenz, Dirk":mailto:d.lorenz@e
 lbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Toolbox-Talk 15 Min. vor Tourstart (Ladungssich
 erung\, Rückwärtsfahren\, Beinahe-Unfälle der Woche). Unterschriftenliste!\n
UID:ELB-HSE-TOOLBOX-2025@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Toolbox-Talk Fahrer NV
DTSTART;TZID=W. Europe Standard Time:20250303T053000
DTEND;TZID=W. Europe Standard Time:20250303T054500
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T033000Z
DTSTAMP:20250225T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Halle 3 Rolltor
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Bernd":mailto:b.kowalski@elbtrans-spedition.de
UID:ELB-HSE-TOOLBOX-2025@elbtrans-spedition.de
RECURRENCE-ID;TZID=W. Europe Standard Time:20250421T053000
SUMMARY;LANGUAGE=de-DE:Toolbox-Talk Fahrer NV (Di wg. Ostermontag)
DTSTART;TZID=W. Europe Standard Time:20250422T053000
DTEND;TZID=W. Europe Standard Time:20250422T054500
DTSTAMP:20250410T120000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Halle 3 Rolltor
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="teams-invite", uid="ELB-KUNDE-2025-0319-HOLZWERK@elbtrans-spedition.de", lab=(
        0, NEG, NEG, NEG, NEG, "customer-call-tourenplanung"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Bernd":mailto:b.kowalski@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Frank Meiners:mailto:f.meiners@h
 olzwerk-stade.de
DESCRIPTION;LANGUAGE=de-DE:Abstimmung Abholfenster Stade ab April\, Rampen
 zeiten\, Palettentausch. Teams-Link folgt.\n
UID:ELB-KUNDE-2025-0319-HOLZWERK@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Kundentelefonat Holzwerk Stade – Tourenplanung Q2
DTSTART;TZID=W. Europe Standard Time:20250319T110000
DTEND;TZID=W. Europe Standard Time:20250319T113000
DTSTAMP:20250314T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="DEKRA-AK-2025-M95-0412-KOWALSKI", lab=(
        0, NEG, NEG, NEG, NEG, "trade-training-modul-95-weiterbildung"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:DEKRA-AK-2025-M95-0412-KOWALSKI
DTSTAMP:20250301T100000Z
DTSTART;VALUE=DATE:20250412
DTEND;VALUE=DATE:20250413
SUMMARY:BKrFQG Weiterbildung Modul 3 (Lenk- und Ruhezeiten) – Samstag
LOCATION:Fahrschule Nordkurs\, Billstedter Hauptstr. 40
DESCRIPTION:Teilnahme für Fahrerkarte/FS-Verlängerung\, 7 Std.\, Anmeldung
  über Elbtrans
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="webinar", uid="dako-webinar-2025-03-27-tacho", lab=(
        0, NEG, NEG, NEG, NEG, "trade-webinar-smart-tachograph"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DAKO GmbH//Webinar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:dako-webinar-2025-03-27-tacho
DTSTAMP:20250312T100000Z
DTSTART:20250327T090000Z
DTEND:20250327T100000Z
SUMMARY:Webinar: Smart Tacho 2 – Grenzübertritte automatisch erfassen
DESCRIPTION:Ihr Zugang: https://dako.webex.com/weblink/register/r3f0a\nRefer
 ent: Tim Hansen\, Produktmanager
ORGANIZER;CN=DAKO Webinare:mailto:webinare@dako.de
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-typed", uid="ELB-BK-20250402-HU-HHET412@elbtrans-spedition.de", lab=(
        0, NEG, NEG, NEG, NEG, "trade-hu-pruefung-lkw"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:ELB-BK-20250402-HU-HHET412@elbtrans-spedition.de
DTSTAMP:20250328T100000Z
DTSTART;TZID=W. Europe Standard Time:20250407T130000
DTEND;TZID=W. Europe Standard Time:20250407T150000
SUMMARY:HU + SP HH-ET 412 TÜV Moorfleet
DESCRIPTION:Ersatzfahrzeug für Tour 14 einplanen!
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="haspa-booking", uid="haspa-termin-20250325-1630-bkow", lab=(
        0, NEG, NEG, NEG, NEG, "personal-bank-beratungsgespraech"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hamburger Sparkasse//Online-Terminvereinbarung//DE
METHOD:PUBLISH
""" + BERLIN_OX + r"""BEGIN:VEVENT
UID:haspa-termin-20250325-1630-bkow
DTSTAMP:20250318T200000Z
DTSTART;TZID=Europe/Berlin:20250325T163000
DTEND;TZID=Europe/Berlin:20250325T173000
SUMMARY:Beratungsgespräch Haspa – Anschlussfinanzierung
LOCATION:Haspa Filiale Bergedorf\, Sachsentor 2
DESCRIPTION:Ihr Berater: Hr. Claußen. Bitte mitbringen: Gehaltsabrechnunge
 n der letzten 3 Monate\, Darlehensvertrag.
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250305-2231@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "personal-elternsprechtag"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250305-2231@t-online.de
DTSTAMP:20250305T200000Z
SUMMARY:Elternsprechtag Jonas - Hr. Grewe (Mathe)
DTSTART:20250313T171000
DTEND:20250313T172000
LOCATION:Stadtteilschule Bergedorf\, R. 2.14
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250402-8854@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "kleingarten-parzellen-bewerber-vorstellung"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250402-8854@t-online.de
DTSTAMP:20250402T190000Z
SUMMARY:KGV Bewerber Parz. 47 stellen sich vor (Vorstand)
DTSTART:20250412T110000
DTEND:20250412T120000
LOCATION:Vereinsheim
DESCRIPTION:junge Familie Schröder\, Warteliste Nr. 3\, Wertermittlung lieg
 t vor
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="drv-booking", uid="drv-beratung-2025-0506-HH-77120", lab=(
        0, NEG, NEG, NEG, NEG, "personal-rentenberatung-drv"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Deutsche Rentenversicherung//Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:drv-beratung-2025-0506-HH-77120
DTSTAMP:20250415T100000Z
DTSTART:20250506T073000Z
DTEND:20250506T083000Z
SUMMARY:Beratungstermin Deutsche Rentenversicherung (Kontenklärung)
LOCATION:Auskunfts- und Beratungsstelle Hamburg\, Friedrich-Ebert-Damm 245
DESCRIPTION:Bitte Personalausweis und Versicherungsnummer mitbringen.
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="TB-2025-0415-VORSTELLUNG-ELBTRANS@transbaltyk.pl", lab=(
        0, NEG, NEG, NEG, NEG, "subunternehmer-vorstellung-subcontractor"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:TB-2025-0415-VORSTELLUNG-ELBTRANS@transbaltyk.pl
DTSTAMP:20250408T090000Z
DTSTART;TZID=W. Europe Standard Time:20250417T100000
DTEND;TZID=W. Europe Standard Time:20250417T110000
SUMMARY:Vorstellung Trans-Bałtyk Sp. z o.o. als Subunternehmer
ORGANIZER;CN="Nowicki, Paweł":mailto:p.nowicki@transbaltyk.pl
ATTENDEE;CN="Kowalski, Bernd";RSVP=TRUE:mailto:b.kowalski@elbtrans-spedit
 ion.de
DESCRIPTION:Sehr geehrter Herr Kowalski\, wie besprochen möchten wir uns a
 ls Frachtführer vorstellen: 40 Sattelzüge\, Planen/Mega\, Relationen DE-PL
 -Baltikum\, Lizenz + VHV-Versicherung anbei. Mit freundlichen Grüßen\, Pa
 weł Nowicki
LOCATION:Elbtrans\, Besprechung 1.04
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="teams-invite", uid="TMS-DEMO-2025-0320-ELBTRANS@routeware-tms.de", lab=(
        0, NEG, NEG, NEG, NEG, "vendor-produktvorstellung-tms-demo"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Lars":mailto:l.hoffmann@routeware-tms.de
ATTENDEE;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowalski@elbtrans-spedit
 ion.de
ATTENDEE;RSVP=TRUE;CN="Timmermann, Ralf":mailto:r.timmermann@elbtrans-sped
 ition.de
DESCRIPTION;LANGUAGE=de-DE:Produktvorstellung Routeware TMS 8 – Live-Demo
  Tourenplanung\, Telematik-Anbindung\, Fahrer-App. Teams-Link unten.\n
UID:TMS-DEMO-2025-0320-ELBTRANS@routeware-tms.de
SUMMARY;LANGUAGE=de-DE:Routeware TMS – Produktvorstellung Elbtrans
DTSTART;TZID=W. Europe Standard Time:20250320T100000
DTEND;TZID=W. Europe Standard Time:20250320T113000
DTSTAMP:20250312T100000Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250110-0077@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "personal-zahnarzt"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250110-0077@t-online.de
DTSTAMP:20250110T100000Z
SUMMARY:Zahnarzt PZR
DTSTART:20250402T163000
DTEND:20250402T173000
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250204-5555@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "medical-fuehrerschein-verlaengerung-ce"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
""" + BERLIN_OX + r"""BEGIN:VEVENT
UID:ox-20250204-5555@t-online.de
DTSTAMP:20250204T190000Z
SUMMARY:Untersuchung FS-Verlängerung C/CE (Sehtest + Arzt)
DTSTART;TZID=Europe/Berlin:20250221T150000
DTEND;TZID=Europe/Berlin:20250221T160000
LOCATION:TÜV Nord Medizin\, Große Bahnstr. 31
DESCRIPTION:Anlage 5/6 FeV\, Formular für Führerscheinstelle mitnehmen\, 98
  € bar
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="ELB-BR-BV-2025-Q1@elbtrans-spedition.de", lab=(
        0, NEG, NEG, NEG, NEG, "internal-betriebsversammlung"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Betriebsrat Elbtrans:mailto:betriebsrat@elbtrans-spedition.de
ATTENDEE;RSVP=FALSE;CN=Alle Mitarbeiter HH:mailto:alle-hh@elbtrans-spedition.
 de
DESCRIPTION;LANGUAGE=de-DE:Betriebsversammlung Q1: Bericht BR\, Schichtmod
 ell Dispo\, neue Fahrzeuge\, Fragen an die GF.\n
UID:ELB-BR-BV-2025-Q1@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Betriebsversammlung
DTSTART;TZID=W. Europe Standard Time:20250328T140000
DTEND;TZID=W. Europe Standard Time:20250328T160000
DTSTAMP:20250310T100000Z
LOCATION;LANGUAGE=de-DE:Halle 3
END:VEVENT
END:VCALENDAR
"""),
]
