"""holdout75: the user's own interviews with German employers (German and English)."""

from __future__ import annotations

from holdout75ev_ics import (
    BERLIN,
    GOOGLE,
    ME,
    OUTLOOK,
    THUNDERBIRD,
    UTC1_DE,
    WEUROPE,
    cal,
    google_footer,
    pos,
    teams,
    webex,
)

EVENTS: list[dict[str, str]] = []

# Isarflug Aerospace: softgarden phone interview.
EVENTS.append(pos("softgarden-phone-de", cal("""
    BEGIN:VEVENT
    UID:softgarden-appointment-63119027-isarflug
    DTSTAMP:20251001T110500Z
    DTSTART;TZID=Europe/Berlin:20251007T093000
    DTEND;TZID=Europe/Berlin:20251007T100000
    SUMMARY:{S}
    ORGANIZER;CN=Isarflug Aerospace GmbH:mailto:jobs@isarflug.softgarden.io
    ATTENDEE;CN=Franziska Huber;ROLE=REQ-PARTICIPANT:mailto:franziska.huber@isarflug.de
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Telefon – wir rufen Sie an
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//softgarden e-recruiting GmbH//softgarden//DE", tzs=(BERLIN,),
    S="Telefoninterview: Nadia Benali – Junior Ingenieur Strukturanalyse (m/w/d)",
    D="Guten Tag Frau Benali,\n\nvielen Dank für Ihre Bewerbung als Junior Ingenieur Strukturanalyse (m/w/d) in "
      "Ottobrunn. Wie vereinbart ruft Sie Franziska Huber (Recruiting) zum Telefoninterview an. Das Gespräch "
      "kann auf Deutsch oder Englisch stattfinden.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der "
      "Isarflug Aerospace GmbH\n\nDiese Nachricht wurde über softgarden versendet."),
    "Isarflug Aerospace", "Junior Ingenieur Strukturanalyse", "recruiter_screen", "franziska.huber@isarflug.de",
    "softgarden-phone-de", forms="Isarflug"))

# Isarflug Aerospace: specialist interview, Outlook with Windows zone name, Teams in German.
EVENTS.append(pos("outlook-fachgespraech-de", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Obermeier, Stefan":mailto:stefan.obermeier@isarflug.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Weber, Lena":mailto:lena.weber@isarflug.de
    ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Huber, Franziska":mailto:franziska.huber@isarflug.de
    DESCRIPTION;LANGUAGE=de-DE:{D}
    UID:040000008200E00074C5B7101A82E0080000000071C2D3E4F5A6DC01000000000000000010000000F1E2D3C4B5A6978877665544332211AA
    SUMMARY;LANGUAGE=de-DE:{S}
    DTSTART;TZID=W. Europe Standard Time:20251016T140000
    DTEND;TZID=W. Europe Standard Time:20251016T151500
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251009T075512Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-IMPORTANCE:1
    END:VEVENT
    """, OUTLOOK, tzs=(WEUROPE,),
    S="Fachgespräch Strukturanalyse – Frau Benali",
    D="Hallo Frau Benali,\n\nwie telefonisch mit Frau Huber besprochen, laden wir Sie zum Fachgespräch mit mir "
      "(Teamleiter Strukturanalyse) und Lena Weber (Berechnungsingenieurin) ein. Frau Huber nimmt optional "
      "teil und stellt keine Fragen. Bitte halten Sie eine kurze Präsentation (10 Min.) zu Ihrer "
      "Masterarbeit bereit.\n\nViele Grüße\nStefan Obermeier\nIsarflug Aerospace GmbH\n\n"
      + teams("de", "341 772 905 318", "Pz4Ew8")),
    "Isarflug Aerospace", "", "technical",
    "stefan.obermeier@isarflug.de;lena.weber@isarflug.de", "outlook-windows-zone-optional-hr-de", forms="Isarflug"))

# Bodensee Avionik: rexx ATS, manager and HR interview on site, meeting room.
EVENTS.append(pos("rexx-vorstellung-room-de", cal("""
    BEGIN:VEVENT
    UID:rexx-termin-20251104-5521-bsa
    DTSTAMP:20251024T130000Z
    DTSTART;TZID=Europe/Berlin:20251104T100000
    DTEND;TZID=Europe/Berlin:20251104T113000
    SUMMARY:{S}
    ORGANIZER;CN=BSA Personalabteilung:mailto:karriere@bsa-avionik.de
    ATTENDEE;CN=Dr. Matthias Kling;ROLE=REQ-PARTICIPANT:mailto:matthias.kling@bsa-avionik.de
    ATTENDEE;CN=Sabine Würth;ROLE=REQ-PARTICIPANT:mailto:sabine.wuerth@bsa-avionik.de
    ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=FN Geb. 4 Besprechungsraum Säntis:mailto:raum.saentis@bsa-avionik.de
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//rexx systems//rexx Recruiting//DE", tzs=(BERLIN,),
    S="Vorstellungsgespräch – Systems Engineer Avionik (w/m/d)",
    L="Bodensee Avionik GmbH, Allmannsweilerstraße 30, 88046 Friedrichshafen, Gebäude 4",
    D="Sehr geehrte Frau Benali,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen. "
      "Ihre Gesprächspartner sind Dr. Matthias Kling (Leiter Systems Engineering) und Sabine Würth "
      "(Personalreferentin). Reisekosten werden nach Vorlage der Belege erstattet.\n\nMit freundlichen Grüßen\n"
      "Ihre BSA – Bodensee Avionik GmbH"),
    "Bodensee Avionik", "Systems Engineer Avionik", "hiring_manager",
    "matthias.kling@bsa-avionik.de;sabine.wuerth@bsa-avionik.de", "rexx-room-de", forms="BSA"))

# Nordwerk Luftfahrttechnik: Teamtailor, first call in English, Meet.
EVENTS.append(pos("teamtailor-intro-en", cal("""
    BEGIN:VEVENT
    UID:tt-meeting-8812034-nordwerk
    DTSTAMP:20251020T094100Z
    DTSTART:20251024T080000Z
    DTEND:20251024T083000Z
    SUMMARY:{S}
    ORGANIZER;CN=Jana Petersen (Nordwerk):mailto:jana.petersen@nordwerk-lt.de
    ATTENDEE;CN=Jana Petersen;PARTSTAT=ACCEPTED:mailto:jana.petersen@nordwerk-lt.de
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:https://meet.google.com/vbn-qwer-tyu
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Teamtailor//Teamtailor Calendar//EN",
    S="Kennenlerngespräch | Nordwerk Luftfahrttechnik x Nadia Benali",
    D="Hi Nadia,\n\nlooking forward to our first conversation about the Graduate Engineer MRO Engineering "
      "(Hamburg) role! We can switch to German whenever you like.\n\nBest,\nJana\nTalent Acquisition, Nordwerk\n\n"
      "Join: https://meet.google.com/vbn-qwer-tyu"),
    "Nordwerk Luftfahrttechnik", "Graduate Engineer MRO Engineering", "recruiter_screen",
    "jana.petersen@nordwerk-lt.de", "teamtailor-kennenlernen-en", forms="Nordwerk"))

# Kestrel Orbital: Ashby, technical deep dive, coordinator organises.
EVENTS.append(pos("ashby-technical-en", cal("""
    BEGIN:VEVENT
    UID:ashby-interview-event-0b7d1e44-3c2a-4f19-a8e6-77d0c9b1e2f5
    DTSTAMP:20251103T160000Z
    DTSTART:20251107T130000Z
    DTEND:20251107T141500Z
    SUMMARY:{S}
    ORGANIZER;CN=Jonas Richter:mailto:talent@kestrel-orbital.com
    ATTENDEE;CN=Felix Brandt;PARTSTAT=ACCEPTED:mailto:felix@kestrel-orbital.com
    ATTENDEE;CN=Mira Sato;PARTSTAT=ACCEPTED:mailto:mira@kestrel-orbital.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:https://meet.google.com/kst-orbt-dpd
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Ashby//Ashby Scheduling//EN",
    S="Kestrel Orbital – Technical Deep Dive (GNC Engineer)",
    D="Hi Nadia,\n\nHere are the details for your Technical Deep Dive for the GNC Engineer role.\n\n"
      "Interviewers: Felix Brandt (Lead GNC) and Mira Sato (Flight Software)\nFormat: 75 min – walk us "
      "through an attitude-control problem, then live discussion.\n\nI'm your coordinator; reply to this "
      "email if anything changes.\nJonas Richter, Talent\n\nPowered by Ashby"),
    "Kestrel Orbital", "GNC Engineer", "technical", "felix@kestrel-orbital.com;mira@kestrel-orbital.com",
    "ashby-coordinator-en"))

# Kestrel Orbital: all-day onsite in Berlin, interviewers only in the agenda.
EVENTS.append(pos("ashby-onsite-allday-en", cal("""
    BEGIN:VEVENT
    UID:ashby-onsite-5e1f2a3b-kestrel
    DTSTAMP:20251118T100000Z
    DTSTART;VALUE=DATE:20251127
    DTEND;VALUE=DATE:20251128
    SUMMARY:{S}
    ORGANIZER;CN=Jonas Richter:mailto:talent@kestrel-orbital.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    TRANSP:TRANSPARENT
    END:VEVENT
    """, "-//Ashby//Ashby Scheduling//EN",
    S="Onsite Day – Kestrel Orbital (Berlin)",
    L="Kestrel Orbital GmbH, Lobeckstraße 36, 10969 Berlin",
    D="Agenda (CET)\n09:30 Welcome & office tour – Jonas Richter (Talent)\n10:00 System design: GNC for a 12U "
      "cubesat – Felix Brandt (felix@kestrel-orbital.com)\n11:15 Hardware-in-the-loop lab – Ole Hansen "
      "(ole@kestrel-orbital.com)\n12:30 Lunch with the team\n14:00 Conversation with our CTO – Dana Vogel "
      "(dana@kestrel-orbital.com)\n15:00 Wrap-up with Talent\n\nWe book and pay your train and hotel."),
    "Kestrel Orbital", "", "onsite",
    "felix@kestrel-orbital.com;ole@kestrel-orbital.com;dana@kestrel-orbital.com", "allday-onsite-agenda-en"))

# Falkenried Defence Systems: iCIMS, final interview, German.
EVENTS.append(pos("icims-final-de", cal("""
    BEGIN:VEVENT
    UID:icims-interview-falkenried-3390217
    DTSTAMP:20251201T081500Z
    DTSTART;TZID=Europe/Berlin:20251210T130000
    DTEND;TZID=Europe/Berlin:20251210T143000
    SUMMARY:{S}
    ORGANIZER;CN=FDS Recruiting:mailto:recruiting@falkenried-ds.de
    ATTENDEE;CN=Thomas Reinhardt;ROLE=REQ-PARTICIPANT:mailto:thomas.reinhardt@falkenried-ds.de
    ATTENDEE;CN=Dr. Anke Vollmer;ROLE=REQ-PARTICIPANT:mailto:anke.vollmer@falkenried-ds.de
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//iCIMS//iCIMS Talent Cloud//EN", tzs=(BERLIN,),
    S="Abschlussgespräch – Ingenieur Radarsysteme (m/w/d) – Benali",
    L="Falkenried Defence Systems GmbH, Werk Ulm, Wörthstraße 85, 89077 Ulm",
    D="Sehr geehrte Frau Benali,\n\nhiermit bestätigen wir Ihr Abschlussgespräch mit Thomas Reinhardt "
      "(Bereichsleiter Radarsysteme) und Dr. Anke Vollmer (Leiterin Personal). Bitte bringen Sie Ihren "
      "Reisepass mit; für den Werkszutritt ist eine Anmeldung erforderlich.\n\nIhr FDS Recruiting Team\n"
      "Falkenried Defence Systems GmbH"),
    "Falkenried Defence Systems", "Ingenieur Radarsysteme", "final",
    "thomas.reinhardt@falkenried-ds.de;anke.vollmer@falkenried-ds.de", "icims-final-de",
    forms="FDS|Falkenried"))

# DIFE: Thunderbird invite from a professor, selection interview, no clear stage.
EVENTS.append(pos("thunderbird-auswahl-de", cal("""
    BEGIN:VEVENT
    CREATED:20251105T101522Z
    LAST-MODIFIED:20251105T101745Z
    DTSTAMP:20251105T101745Z
    UID:4f1b6e2a-93c7-4d80-b5a1-0e2c8d7f6a13
    SUMMARY:{S}
    ORGANIZER;CN=Ulrich Brenner:mailto:ulrich.brenner@dife.de
    ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:""" + ME + """
    ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ulrich.brenner@dife.de
    X-MOZ-RECEIVED-SEQUENCE:0
    X-MOZ-RECEIVED-DTSTAMP:20251105T101745Z
    DTSTART;TZID=Europe/Berlin:20251119T150000
    DTEND;TZID=Europe/Berlin:20251119T160000
    DESCRIPTION:{D}
    LOCATION:{L}
    SEQUENCE:0
    X-MOZ-GENERATION:1
    END:VEVENT
    """, THUNDERBIRD, tzs=(BERLIN,),
    S="Auswahlgespräch WiMi Flugversuchstechnik",
    L="DIFE Manching, Geb. 12, Raum 0.14 (oder per DFNconf)",
    D="Liebe Frau Benali,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als wissenschaftliche Mitarbeiterin "
      "Flugversuchstechnik. Ich lade Sie herzlich zu einem Auswahlgespräch mit mir ein.\n\nBeste Grüße\n"
      "Prof. Dr. Ulrich Brenner\nDeutsches Institut für Flugerprobung (DIFE)"),
    "DIFE", "wissenschaftliche Mitarbeiterin Flugversuchstechnik", "", "ulrich.brenner@dife.de",
    "thunderbird-professor-de", forms="Deutsches Institut für Flugerprobung"))

# Donau Flugzeugbau: agency invite naming its client; interviewer named only.
EVENTS.append(pos("agency-client-de", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20251113T110000
    DTEND;TZID=Europe/Berlin:20251113T120000
    DTSTAMP:20251107T141200Z
    ORGANIZER;CN=Markus Held:mailto:m.held@personalwerk-sued.de
    UID:9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:{L}
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(BERLIN,),
    S="Vorstellungsgespräch bei Donau Flugzeugbau – Konstrukteurin Rumpfstrukturen",
    L="Donau Flugzeugbau GmbH, Flugplatzstraße 7, 86633 Neuburg an der Donau",
    D="Hallo Frau Benali,\n\nwie besprochen hier der Termin bei unserem Kunden Donau Flugzeugbau GmbH. Ihr "
      "Gesprächspartner ist Herr Alois Gruber, Leiter Konstruktion. Ich selbst bin nicht dabei, rufe Sie "
      "aber danach an.\n\nMarkus Held\nPersonalWerk Süd – Engineering Recruitment"
      + google_footer("de", "m.held@personalwerk-sued.de")),
    "Donau Flugzeugbau", "Konstrukteurin Rumpfstrukturen", "hiring_manager", "alois gruber",
    "agency-client-name-only-de"))

# Hanse Kabinensysteme: d.vinci ATS, first phone call, UTC and a Windows-style zone in the text.
EVENTS.append(pos("dvinci-phone-de", cal("""
    BEGIN:VEVENT
    UID:dvinci-appointment-4471-hanse-kabinen
    DTSTAMP:20251202T100000Z
    DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251209T100000
    DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251209T103000
    SUMMARY:{S}
    ORGANIZER;CN=Merle Jansen:mailto:merle.jansen@hanse-kabinen.de
    ATTENDEE;CN=Nadia Benali;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Telefon
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//d.vinci//Bewerbermanagement//DE", tzs=(UTC1_DE,),
    S="Telefonisches Erstgespräch – Hanse Kabinensysteme GmbH",
    D="Guten Tag Frau Benali,\n\ngerne bestätige ich Ihnen unser telefonisches Erstgespräch zur Position "
      "Entwicklungsingenieurin Kabinenelektrik (m/w/d). Ich rufe Sie unter +33 6 12 48 90 37 an.\n\n"
      "Freundliche Grüße\nMerle Jansen\nHR Business Partner"),
    "Hanse Kabinensysteme", "Entwicklungsingenieurin Kabinenelektrik", "recruiter_screen",
    "merle.jansen@hanse-kabinen.de", "dvinci-utc-zone-de"))

# Ostalb Präzisionsteile: Webex, technical, company only in the signature.
EVENTS.append(pos("webex-technical-de", cal("""
    BEGIN:VEVENT
    UID:7c3f0a1e9b2d48e6a5f4c3b2a1908172@ostalb-praezision.webex.com
    DTSTAMP:20251114T120000Z
    DTSTART;TZID=Europe/Berlin:20251120T090000
    DTEND;TZID=Europe/Berlin:20251120T100000
    SUMMARY:Technisches Interview – Junior Prozessingenieurin Luftfahrt
    ORGANIZER;CN=Jürgen Kessler:mailto:juergen.kessler@ostalb-praezision.de
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Webex
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Cisco//Webex Meetings//DE", tzs=(BERLIN,),
    D="Hallo Frau Benali,\n\nzum technischen Interview (Zerspanung Titan/Aluminium, Prüfplanung nach EN 9100) "
      "lade ich Sie herzlich ein.\n\nJürgen Kessler\nLeiter Fertigungstechnik\nOstalb Präzisionsteile GmbH & "
      "Co. KG\n\n" + webex("de", "ostalb-praezision", "2730 118 6621", "Ostalb25")),
    "Ostalb Präzisionsteile", "Junior Prozessingenieurin Luftfahrt", "technical",
    "juergen.kessler@ostalb-praezision.de", "webex-company-in-signature-de"))

