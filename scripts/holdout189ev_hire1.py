"""holdout189: Bernd on the hiring side at Elbtrans Spedition, part 1 (drivers, Azubis, agency, Personio)."""

from holdout189ev_tz import BERLIN_GOOGLE, W_EUROPE

NEG = ""

EVENTS = [
    dict(kind="outlook-typed", uid=(
        "040000008200E00074C5B7101A82E0080000000011A2B3C4D58EDB01"
        "00000000000000001000000044556677889900AABBCCDDEEFF001122"), side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-fahrer-vorstellung-typed"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250307T061233Z
DESCRIPTION:FS CE + Fahrerkarte + Modul 95 bis 08/26\, ADR Basis\nvorher 6
  J. Kühne Tiefkühl\, will Nahverkehr wg. Familie\nProbefahrt mit Dirk wen
 n ok\n
DTEND;TZID=W. Europe Standard Time:20250311T094500
DTSTAMP:20250307T061233Z
DTSTART;TZID=W. Europe Standard Time:20250311T090000
LAST-MODIFIED:20250307T061233Z
LOCATION:Dispo
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Fahrer-Vorst. Hr. Yilmaz CE 9h
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D58EDB0100000000000000
 001000000044556677889900AABBCCDDEEFF001122
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="ELB-HR-2025-0322-NOWAK@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-hr-invite-berufskraftfahrer"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Stoltenberg, Petra":mailto:p.stoltenberg@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski,
  Bernd":mailto:b.kowalski@elbtrans-spedition.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="HH Besprechung 1.04 (Dis
 po)":mailto:hh-besprechung-104@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Bernd\,\n\nanbei der Termin mit Herrn Nowa
 k (Bewerbung Berufskraftfahrer Fernverkehr\, Lebenslauf im Personio-Profi
 l). Kannst du den fachlichen Teil übernehmen? Ich mache Vertrag/Gehalt.\n
 \nGruß Petra\n
UID:ELB-HR-2025-0322-NOWAK@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Berufskraftfahrer (m/w/d) – Hr.
  Nowak
DTSTART;TZID=W. Europe Standard Time:20250325T140000
DTEND;TZID=W. Europe Standard Time:20250325T144500
CLASS:PUBLIC
DTSTAMP:20250320T110012Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HH Besprechung 1.04 (Dispo)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="ELB-AUSB-2025-BEWERBUNGSTAG-0401@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-azubi-bewerbungsgespraeche-panel"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Behrens, Kim":mailto:k.behrens@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski,
  Bernd":mailto:b.kowalski@elbtrans-spedition.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Timmerman
 n, Ralf":mailto:r.timmermann@elbtrans-spedition.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Schulungsraum Halle 3":m
 ailto:schulungsraum-h3@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Moin zusammen\,\n\nAusbildungsstart 01.08.: Kauf
 leute für Spedition und Logistikdienstleistung (2 Plätze).\n\n08:30 Jule H
 .\n09:30 Mert A.\n10:30 Finn-Ole S.\n\nBitte je ca. 10 Min. Praxisfragen Di
 spo (Tourenplan/Lenkzeiten einfach erklären) – Bewertungsbogen liegt im Ra
 um.\n\nDanke! Kim\n
UID:ELB-AUSB-2025-BEWERBUNGSTAG-0401@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräche Azubis KSL 2025
DTSTART;TZID=W. Europe Standard Time:20250401T083000
DTEND;TZID=W. Europe Standard Time:20250401T113000
CLASS:PUBLIC
DTSTAMP:20250318T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungsraum Halle 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-typed", uid="7C2E91A0-44B3-4F61-8D09-ELBTRANS-PROBEFAHRT-PETROV", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-probefahrt-fahrerbewerber"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bewerber Petrov\, mit MAN 18.470 (HH-ET 412) Runde Billbrook –
  A1 – Stillhorn\, Dirk fährt mit\, ich Auswertung Tacho/Fahrweise\n
DTSTART;TZID=W. Europe Standard Time:20250402T070000
DTEND;TZID=W. Europe Standard Time:20250402T083000
DTSTAMP:20250328T143301Z
LOCATION:Hof 3
SUMMARY;LANGUAGE=de:Probefahrt Bewerber Petrov
UID:7C2E91A0-44B3-4F61-8D09-ELBTRANS-PROBEFAHRT-PETROV
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="gmx-reply", uid="ELB-DISPO-VORST-0404-JASCHKE@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-candidate-free-mail-reply-accepted"), ics=r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
UID:ELB-DISPO-VORST-0404-JASCHKE@elbtrans-spedition.de
DTSTAMP:20250331T192210Z
DTSTART:20250404T080000Z
DTEND:20250404T084500Z
SUMMARY:Angenommen: Vorstellung Fahrer Nahverkehr – Hr. Jaschke
ORGANIZER;CN="Kowalski, Bernd":mailto:b.kowalski@elbtrans-spedition.de
ATTENDEE;PARTSTAT=ACCEPTED;CN=Marcel Jaschke:mailto:marcel.jaschke88@gmx.de
COMMENT:Hallo Herr Kowalski\, passt\, ich bin pünktlich da. Führerschein un
 d Fahrerkarte bringe ich mit. MfG M. Jaschke
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="agency-invite", uid="TP-KV-2025-0418-MERTENS@tempo-personal.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-agency-kandidatenvorstellung"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Doreen":mailto:d.wendt@tempo-personal.de
ATTENDEE;CN="Kowalski, Bernd";RSVP=TRUE:mailto:b.kowalski@elbtrans-spedit
 ion.de
ATTENDEE;CN="Stoltenberg, Petra";RSVP=TRUE:mailto:p.stoltenberg@elbtrans-s
 pedition.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalski\,\n\nwie telefonisc
 h besprochen stelle ich Ihnen Herrn Sascha Mertens für die Vakanz Disponen
 t Nahverkehr (Arbeitnehmerüberlassung mit Übernahmeoption) vor. Das Kandida
 tenprofil (anonymisiert) finden Sie im Anhang. Herr Mertens ist kurzfristi
 g verfügbar.\n\nIch begleite das Gespräch.\n\nFreundliche Grüße\nDoreen We
 ndt\nPersonaldisponentin\, Tempo Personal GmbH\, NL Hamburg-Hammerbrook\n
UID:TP-KV-2025-0418-MERTENS@tempo-personal.de
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Hr. Mertens – Disponent Nahve
 rkehr (Elbtrans)
DTSTART;TZID=W. Europe Standard Time:20250418T100000
DTEND;TZID=W. Europe Standard Time:20250418T104500
DTSTAMP:20250414T150045Z
LOCATION;LANGUAGE=de-DE:Elbtrans Spedition\, Billbrookdeich 220
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="personio", uid="personio-interview-e81b2c47-0d3a-4c95-b7f6-1a2d3e4f5a60", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-personio-same-ats-other-side"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:personio-interview-e81b2c47-0d3a-4c95-b7f6-1a2d3e4f5a60
DTSTAMP:20250402T131500Z
DTSTART;TZID=Europe/Berlin:20250409T100000
DTEND;TZID=Europe/Berlin:20250409T110000
SUMMARY:Interview | Disponent/in Nahverkehr (m/w/d) | Sina Albers
LOCATION:Elbtrans Spedition GmbH\, Billbrookdeich 220\, 22113 Hamburg
DESCRIPTION:Kandidat/in: Sina Albers\nPosition: Disponent/in Nahverkehr (m
 /w/d)\nInterviewer: Bernd Kowalski\, Petra Stoltenberg\n\nBewerbungsunterl
 agen und Bewertungsbogen findet ihr im Personio-Profil:\nhttps://elbtrans.
 personio.de/recruiting/applications/5528812\n\nBitte Feedback bis spätest
 ens 24 h nach dem Gespräch eintragen.
ORGANIZER;CN=Petra Stoltenberg:mailto:p.stoltenberg@elbtrans-spedition.de
ATTENDEE;CN=Bernd Kowalski;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:b.kowalsk
 i@elbtrans-spedition.de
ATTENDEE;CN=Sina Albers;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sina.albers@w
 eb.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-typed", uid="ELB-BK-TODO-20250326-FEEDBACK@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-feedback-eintragen-allday"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:ELB-BK-TODO-20250326-FEEDBACK@elbtrans-spedition.de
DTSTAMP:20250325T151500Z
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
SUMMARY:Feedback Nowak in Personio eintragen!
DESCRIPTION:+ Lenkzeiten sicher\, kennt Ladungssicherung\n- will kein Woc
 henende\, Gehaltsvorst. zu hoch?\n=> Petra sagen: ja mit Vorbehalt
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="teams-invite", uid=(
        "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01"
        "000000000000000010000000DD44EE55FF66007711882299AA33BB44"), side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-debrief-fahrerbewerber-kw"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Timmermann, Ralf":mailto:r.timmermann@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Stoltenberg, Petra":mailto:p.s
 toltenberg@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Kurz die Fahrer aus KW 13/14 durchgehen (Yilmaz
 \, Nowak\, Petrov\, Jaschke) – wer bekommt ein Angebot\, wer Probefahrt.\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen
 <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWxiMTQ%40thread.
 v2/0>\nBesprechungs-ID: 331 004 882 17\nPasscode: 9Tg2Lx\n________________
 ________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000
 0010000000DD44EE55FF66007711882299AA33BB44
SUMMARY;LANGUAGE=de-DE:Abstimmung Fahrerbewerber KW 14
DTSTART;TZID=W. Europe Standard Time:20250404T131500
DTEND;TZID=W. Europe Standard Time:20250404T134500
DTSTAMP:20250402T080808Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="ELB-HR-2025-0416-KAYA-PAT@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-probearbeitstag-supervised"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Stoltenberg, Petra":mailto:p.stoltenberg@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Dispo Nahverkehr":mailto:dispo
 -nv@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Frau Elif Kaya (Bewerberin Disposition Nahverke
 hr) kommt zum Probearbeitstag. Bernd\, bitte nimm sie mit an deinen Platz\,
  Frühschicht\, und sag mir danach kurz Bescheid\, wie sie sich macht. Zug
 ang Transics/TMS als Gast ist beantragt.\n\nDanke\, Petra\n
UID:ELB-HR-2025-0416-KAYA-PAT@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Probearbeitstag Fr. Kaya (Dispo NV)
DTSTART;TZID=W. Europe Standard Time:20250416T060000
DTEND;TZID=W. Europe Standard Time:20250416T140000
DTSTAMP:20250410T120000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Dispo EG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
