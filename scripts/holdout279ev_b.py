"""holdout279 events, part b: the user's own interviews (agency-placed monastery brewery, hop company, UK-owned
group, Franconian and Bavarian breweries, brewhouse manufacturer, bottler)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout279ev_zones import VTZ_BERLIN, VTZ_GMT, VTZ_W_EUROPE

EVENTS = [
    dict(
        kind="agency-outlook",
        uid="040000008200E00074C5B7101A82E0080000000030A1C5E9D74EDC0100000000000000001000000018AF3C2E5D7B1E4F9A2C6B8D0E3F5A71",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Leikam, Andreas":mailto:a.leikam@brautalent.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Schmitt\\,\\n\\nwie per Mail angekündigt rufe ich Sie zu der vertraulichen Position an\\, die wir im Auftrag unseres Mandanten\\, der Klosterbrauerei St. Kunigund (Oberpfalz)\\, besetzen: Braumeister (m/w/d) mit Perspektive Brauereileitung.\\n\\nIch möchte Ihren Werdegang\\, Ihre Erfahrung mit Dunkel/Bockbieren und Ihre Wechselmotivation kurz durchgehen\\, bevor ich Ihr Profil dem Mandanten vorstelle.\\n\\nIch rufe Sie auf Ihrem Handy an.\\n\\nBeste Grüße\\nAndreas Leikam\\nSenior Consultant Brau- & Getränkeindustrie\\nBrauTalent Personalberatung GmbH\\nTel. +49 911 4877 3310\\n
UID:040000008200E00074C5B7101A82E0080000000030A1C5E9D74EDC0100000000000000001000000018AF3C2E5D7B1E4F9A2C6B8D0E3F5A71
SUMMARY;LANGUAGE=de-DE:Telefontermin BrauTalent: Braumeister (m/w/d) – Mandant Klosterbrauerei St. Kunigund
DTSTART;TZID=W. Europe Standard Time:20251113T181500
DTEND;TZID=W. Europe Standard Time:20251113T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T164802Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon (Mobil)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Klosterbrauerei St. Kunigund",
        role="Braumeister (m/w/d)",
        stage="recruiter_screen",
        interviewers="a.leikam@brautalent.example.de",
        trap="agency-recruiter-screen-names-client",
        hiring=False,
    ),
    dict(
        kind="agency-client-onsite",
        uid="040000008200E00074C5B7101A82E0080000000060B2D6FAE85FDC01000000000000000010000000290B4D3F6E8C2F50AB3D7C9E1F406B82",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Leikam, Andreas":mailto:a.leikam@brautalent.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="P. Benedikt Hauenstein OSB":mailto:p.benedikt@kloster-st-kunigund.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eichhorn, Johannes":mailto:j.eichhorn@kloster-st-kunigund.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Leikam, Andreas":mailto:a.leikam@brautalent.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Schmitt\\,\\n\\nder Mandant möchte Sie kennenlernen! Vorstellungsgespräch in der Klosterbrauerei St. Kunigund mit P. Benedikt Hauenstein (Cellerar\\, kaufmännische Verantwortung) und Johannes Eichhorn (Braumeister\\, geht 2026 in den Ruhestand). Im Anschluss Führung durch Sudhaus und Lagerkeller.\\n\\nIch selbst bin nicht vor Ort\\, melden Sie sich bitte an der Klosterpforte. Danach gerne kurzes Telefonat zur Nachbesprechung.\\n\\nBeste Grüße\\nAndreas Leikam\\nBrauTalent Personalberatung GmbH\\n
UID:040000008200E00074C5B7101A82E0080000000060B2D6FAE85FDC01000000000000000010000000290B4D3F6E8C2F50AB3D7C9E1F406B82
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Klosterbrauerei St. Kunigund (Braumeister) – über BrauTalent
DTSTART;TZID=W. Europe Standard Time:20251204T100000
DTEND;TZID=W. Europe Standard Time:20251204T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T100133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Klosterbrauerei St. Kunigund\\, Klosterhof 1\\, Pforte
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Klosterbrauerei St. Kunigund",
        role="Braumeister",
        stage="onsite",
        interviewers="p.benedikt@kloster-st-kunigund.example.de;j.eichhorn@kloster-st-kunigund.example.de",
        trap="agency-organizer-client-interviewers-monastery",
        hiring=False,
    ),
    dict(
        kind="greenhouse-invite",
        uid="greenhouse-interview-52207718004@hopterra.example.com",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-52207718004@hopterra.example.com
DTSTAMP:20251114T091233Z
DTSTART:20251119T080000Z
DTEND:20251119T083000Z
SUMMARY:Interview Confirmation: Florian Schmitt – Brautechnologe Anwendungste
 chnik (m/w/d)
ORGANIZER;CN=HopTerra Recruiting:mailto:recruiting@hopterra.example.com
ATTENDEE;CN=Marlene Gschwendtner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mail
 to:marlene.gschwendtner@hopterra.example.com
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:florian.schmitt.brau@gmx.de
LOCATION:Google Meet – https://meet.google.com/qzt-fmbw-ekr
DESCRIPTION:Hi Florian\\,\\n\\nyour interview has been confirmed. / Ihr Gesprä
 ch ist bestätigt.\\n\\nPosition: Brautechnologe Anwendungstechnik (m/w/d) – W
 olnzach\\nInterviewer: Marlene Gschwendtner (Talent Acquisition)\\nDuration: 3
 0 minutes\\nLanguage: Deutsch\\n\\nJoin: https://meet.google.com/qzt-fmbw-ekr\\
 n\\nIf you need to reschedule\\, please reply to this email.\\n\\nBest regards 
 / Viele Grüße\\nHopTerra Hallertau – People & Culture\\n\\nPowered by Greenhou
 se
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="HopTerra Hallertau",
        role="Brautechnologe Anwendungstechnik (m/w/d)",
        stage="recruiter_screen",
        interviewers="marlene.gschwendtner@hopterra.example.com",
        trap="greenhouse-bilingual-confirmation-utc",
        hiring=False,
    ),
    dict(
        kind="greenhouse-onsite",
        uid="greenhouse-interview-52207718911@hopterra.example.com",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-52207718911@hopterra.example.com
DTSTAMP:20251126T141520Z
DTSTART:20251203T090000Z
DTEND:20251203T123000Z
SUMMARY:Onsite Interview: Florian Schmitt – Brautechnologe Anwendungstechnik
ORGANIZER;CN=HopTerra Recruiting:mailto:recruiting@hopterra.example.com
ATTENDEE;CN=Dr. Xaver Kiermeier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailt
 o:xaver.kiermeier@hopterra.example.com
ATTENDEE;CN=Sophie Lechner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sop
 hie.lechner@hopterra.example.com
ATTENDEE;CN=Marlene Gschwendtner;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mail
 to:marlene.gschwendtner@hopterra.example.com
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:florian.schmitt.brau@gmx.de
LOCATION:HopTerra Technikum\\, Hopfenstraße 31\\, 85283 Wolnzach
DESCRIPTION:Agenda / Ablauf:\\n10:00 Welcome (Marlene Gschwendtner)\\n10:15 Se
 nsorik: Hopfenreiben & Aromaerkennung (6 Sorten)\\, Dreieckstest mit gestopf
 ten Bieren – Sophie Lechner (Sensorik)\\n11:00 Fachinterview Brautechnologie
  (Hopfengaben\\, Kalthopfung\\, Biotransformation) – Dr. Xaver Kiermeier (Le
 iter Anwendungstechnik)\\n12:00 Rundgang Versuchsbrauerei\\n\\nBitte am Vort
 ag keine stark gewürzten Speisen\\, am Termin nicht rauchen. / Please avoid 
 smoking before the sensory session.\\n\\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="HopTerra Hallertau",
        role="Brautechnologe Anwendungstechnik",
        stage="technical",
        interviewers="xaver.kiermeier@hopterra.example.com;sophie.lechner@hopterra.example.com",
        trap="greenhouse-sensory-selection-test-hop-rubbing",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INT-0b6e2f8a51c94d7e8f0a1b2c3d4e5f60@carrowfinch.example.com",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-0b6e2f8a51c94d7e8f0a1b2c3d4e5f60@carrowfinch.example.com
DTSTAMP:20251201T154400Z
DTSTART:20251209T160000Z
DTEND:20251209T163000Z
SUMMARY:Phone Screen - Brewing Manager Germany (m/f/d) - JR-118204
ORGANIZER;CN=Carrow & Finch Talent Acquisition:mailto:carrowfinch@myworkday
 .example.com
ATTENDEE;CN=Nadine Kraußer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:na
 dine.krausser@carrowfinch.example.com
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:florian.schmitt.brau@gmx.de
LOCATION:Phone / Telefon
DESCRIPTION:Dear Florian\\,\\n\\nThank you for applying to Carrow & Finch Brew
 ing Co. We are pleased to invite you to a phone screen for the role Brewin
 g Manager Germany (m/f/d)\\, Nuremberg site.\\n\\nInterviewer: Nadine Kraußer\\,
  Talent Acquisition Partner DACH (the call will be held in German).\\nNadine
  will call you on +49 170 5528114.\\n\\nKind regards\\,\\nCarrow & Finch Talent
  Acquisition\\n\\nThis is an automated message from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Carrow & Finch Brewing",
        role="Brewing Manager Germany (m/f/d)",
        stage="recruiter_screen",
        interviewers="nadine.krausser@carrowfinch.example.com",
        trap="workday-english-template-german-call",
        hiring=False,
    ),
    dict(
        kind="teams-panel-gmt",
        uid="040000008200E00074C5B7101A82E00800000000E0C3F7ABF960DC010000000000000000100000003A1C5E40708D3061BC4E8DAF2051C793",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_GMT}BEGIN:VEVENT
ORGANIZER;CN="Kraußer, Nadine":mailto:nadine.krausser@carrowfinch.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bramwell, Oliver":mailto:oliver.bramwell@carrowfinch.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sperber, Jörg":mailto:joerg.sperber@carrowfinch.example.com
DESCRIPTION;LANGUAGE=en-GB:Hi Florian\\,\\n\\nPlease find below the details for your panel interview for Brewing Manager Germany.\\n\\nPanel: Oliver Bramwell (Head of Brewing Europe) – English part\\, approx. 20 min; Jörg Sperber (Site Director Nuremberg) – German part\\, technical questions on brewhouse and fermentation KPIs.\\n\\nPlease prepare a short overview (5 min) of a process improvement you led.\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q4YWJmMTItZDQ1Mi00@thread.v2/0>\\nMeeting ID: 391 227 406 815\\nPasscode: 9WkT2m\\nDownload Teams | Join on the web\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000E0C3F7ABF960DC010000000000000000100000003A1C5E40708D3061BC4E8DAF2051C793
SUMMARY;LANGUAGE=en-GB:Panel interview – Brewing Manager Germany – Florian Schmitt
DTSTART;TZID=GMT Standard Time:20260107T090000
DTEND;TZID=GMT Standard Time:20260107T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251217T120502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q4YWJmMTItZDQ1Mi00@thread.v2/0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Carrow & Finch Brewing",
        role="Brewing Manager Germany",
        stage="onsite",
        interviewers="oliver.bramwell@carrowfinch.example.com;joerg.sperber@carrowfinch.example.com",
        trap="teams-gmt-zone-bilingual-panel",
        hiring=False,
    ),
    dict(
        kind="outlook-final-site-visit",
        uid="040000008200E00074C5B7101A82E0080000000010D408BC0A71DC010000000000000000100000004B2D6F51819E4172CD5F9EB03162D8A4",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Kraußer, Nadine":mailto:nadine.krausser@carrowfinch.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ashdown, Helen":mailto:helen.ashdown@carrowfinch.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sperber, Jörg":mailto:joerg.sperber@carrowfinch.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="NUE-Boardroom Malt":mailto:nue-boardroom-malt@carrowfinch.example.com
DESCRIPTION;LANGUAGE=en-GB:Final interview and site visit\\, Nuremberg brewery.\\n\\n13:00 Site tour with Jörg Sperber (brewhouse\\, cellars\\, packaging hall 2)\\n14:30 Final interview with Helen Ashdown (VP Operations Europe) and Jörg Sperber\\n\\nPPE will be provided. Please bring ID for the gate.\\n
UID:040000008200E00074C5B7101A82E0080000000010D408BC0A71DC010000000000000000100000004B2D6F51819E4172CD5F9EB03162D8A4
SUMMARY;LANGUAGE=en-GB:Final interview & site visit – Brewing Manager Germany
DTSTART;TZID=W. Europe Standard Time:20260121T130000
DTEND;TZID=W. Europe Standard Time:20260121T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T093012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:NUE-Boardroom Malt\\; Carrow & Finch Brewery Nuremberg\\, Gate 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Carrow & Finch Brewing",
        role="Brewing Manager Germany",
        stage="final",
        interviewers="helen.ashdown@carrowfinch.example.com;joerg.sperber@carrowfinch.example.com",
        trap="outlook-english-final-site-tour-room",
        hiring=False,
    ),
    dict(
        kind="google-export-terse",
        uid="0v3ph9k2l7c1n5m8b4x6z0q2w@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Florian privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251114T130000Z
DTEND:20251114T143000Z
DTSTAMP:20251208T201109Z
UID:0v3ph9k2l7c1n5m8b4x6z0q2w@google.com
CREATED:20251107T170245Z
DESCRIPTION:Schichtführer Sudhaus. Hr. Hirschmann jun. + Fr. Regus (Personal)
  . Unterlagen ausgedruckt mitnehmen\\, fragen nach 4-Schicht?
LAST-MODIFIED:20251107T170502Z
LOCATION:Brauerei Gebr. Hirschmann\\, Forchheim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VG Hirschmann Forchheim 14h
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Gebr. Hirschmann",
        role="Schichtführer Sudhaus",
        stage="hiring_manager",
        interviewers="Hr. Hirschmann jun.;Fr. Regus",
        trap="google-export-abbreviation-vg-utc",
        hiring=False,
    ),
    dict(
        kind="nextcloud-terse",
        uid="8d4f1e7a-b0c2-4d39-9e65-3a2c1f08b7d4",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//IDN nextcloud.com//Calendar app 4.7.16//EN
CALSCALE:GREGORIAN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251118T201201Z
DTSTAMP:20251118T201430Z
LAST-MODIFIED:20251118T201430Z
SEQUENCE:2
UID:8d4f1e7a-b0c2-4d39-9e65-3a2c1f08b7d4
DTSTART;TZID=Europe/Berlin:20251125T140000
DTEND;TZID=Europe/Berlin:20251125T220000
STATUS:CONFIRMED
SUMMARY:Probeschicht Hirschmann (Spätschicht)
LOCATION:Forchheim
DESCRIPTION:mit Schichtführer Alfons Gebhardt\\, Hr. Hirschmann kommt ca. 20h
  dazu. Bezahlt als Aushilfe. Frei genommen (Schicht mit Kai getauscht)
END:VEVENT
{VTZ_BERLIN}END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Gebr. Hirschmann",
        role="",
        stage="onsite",
        interviewers="Alfons Gebhardt;Hr. Hirschmann",
        trap="nextcloud-trial-shift-vtimezone-after-event",
        hiring=False,
    ),
    dict(
        kind="softgarden-invite",
        uid="sg-appointment-30771425@softgarden.example.io",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//Terminplanung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sg-appointment-30771425@softgarden.example.io
DTSTAMP:20251202T080512Z
DTSTART;TZID=Europe/Berlin:20251211T100000
DTEND;TZID=Europe/Berlin:20251211T113000
SUMMARY:Einladung zum Vorstellungsgespräch: Braumeister (m/w/d) – Schlossb
 rauerei Weißenstein
ORGANIZER;CN=Schlossbrauerei Weißenstein:mailto:bewerbung@schlossbrauerei-we
 issenstein.example.de
ATTENDEE;CN=Carl-Friedrich Graf von Weißenstein;ROLE=REQ-PARTICIPANT:mailto:
 cf.weissenstein@schlossbrauerei-weissenstein.example.de
ATTENDEE;CN=Michael Dötsch;ROLE=REQ-PARTICIPANT:mailto:m.doetsch@schlossbrau
 erei-weissenstein.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.sc
 hmitt.brau@gmx.de
LOCATION:Schlossbrauerei Weißenstein\\, Schlossplatz 2\\, 91332 Heiligenstadt 
 – Eingang Bräustüberl
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\n\\nwir freuen uns\\, Sie zu einem p
 ersönlichen Gespräch einladen zu dürfen. Ihre Gesprächspartner: Carl-Friedri
 ch Graf von Weißenstein (Inhaber) und Michael Dötsch (Betriebsleiter).\\n\\nB
 itte bestätigen oder verschieben Sie den Termin über den Link in Ihrer E-Mai
 l.\\n\\nMit freundlichen Grüßen\\nSchlossbrauerei Weißenstein GmbH\\n\\n--\\nsof
 tgarden – Terminplanung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Schlossbrauerei Weißenstein",
        role="Braumeister (m/w/d)",
        stage="hiring_manager",
        interviewers="cf.weissenstein@schlossbrauerei-weissenstein.example.de;m.doetsch@schlossbrauerei-weissenstein.example.de",
        trap="softgarden-tzid-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="calendly-booking",
        uid="b7c51f30-9a2e-4e6d-8c14-52f0d3e9a718@calendly.com",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7c51f30-9a2e-4e6d-8c14-52f0d3e9a718@calendly.com
DTSTAMP:20251105T204410Z
DTSTART:20251110T170000Z
DTEND:20251110T173000Z
SUMMARY:Kennenlerngespräch (30 Min) zwischen Miriam Endres und Florian Schmi
 tt
ORGANIZER;CN=Miriam Endres:mailto:miriam.endres@sonnenhang-bio.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:flo
 rian.schmitt.brau@gmx.de
ATTENDEE;CN=Miriam Endres;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:miria
 m.endres@sonnenhang-bio.example.de
LOCATION:Dieser Termin ist ein Telefonat. Miriam Endres ruft dich an unter +
 49 170 5528114.
DESCRIPTION:Event-Name: Kennenlerngespräch Braumeister:in Bio-Brauerei Sonne
 nhang\\n\\nDieser Termin wurde über Calendly gebucht.\\n\\nAntworten auf Frag
 en:\\nWas möchtest du besprechen?: Ausgeschriebene Stelle Braumeister:in (Bio
 \\, Genossenschaft)\\, ich bin aktuell Schichtbrauer in Bamberg.\\n\\nNeu plan
 en oder stornieren: https://calendly.com/reschedulings/b7c51f30\\n\\nPowered 
 by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bio-Brauerei Sonnenhang",
        role="Braumeister:in",
        stage="recruiter_screen",
        interviewers="miriam.endres@sonnenhang-bio.example.de",
        trap="calendly-user-booked-invitee-phone",
        hiring=False,
    ),
    dict(
        kind="google-recurring-override",
        uid="5k2m9q4t7w0z3c6f8h1j4n7p0r@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251208T070000
DTEND;TZID=Europe/Berlin:20251208T150000
RRULE:FREQ=DAILY;COUNT=3
DTSTAMP:20251127T112019Z
ORGANIZER;CN=Miriam Endres:mailto:miriam.endres@sonnenhang-bio.example.de
UID:5k2m9q4t7w0z3c6f8h1j4n7p0r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Miriam 
 Endres;X-NUM-GUESTS=0:mailto:miriam.endres@sonnenhang-bio.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lorenz 
 Biedermann;X-NUM-GUESTS=0:mailto:lorenz.biedermann@sonnenhang-bio.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
CREATED:20251127T111500Z
DESCRIPTION:Probebrauen bei Sonnenhang (Teil des Auswahlverfahrens für die S
 telle Braumeister:in): Mo Sud Dinkel-Hell mit Lorenz Biedermann (Brauer)\\, Di
  Keller/Filtration\\, Mi Gespräch mit dem Vorstand der eG (Miriam Endres + Lore
 nz) ab 9 Uhr.\\n\\nEinladung von Google Kalender: https://calendar.google.com/c
 alendar/\\n\\nSie erhalten diese E-Mail\\, weil Sie Gast bei diesem Termin sin
 d.
LAST-MODIFIED:20251127T112019Z
LOCATION:Bio-Brauerei Sonnenhang eG\\, Am Sonnenhang 3\\, 96157 Ebrach-Sonnen
 hang
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probebrauen Sonnenhang – Florian Schmitt
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251210T090000
DTEND;TZID=Europe/Berlin:20251210T120000
DTSTAMP:20251127T112019Z
ORGANIZER;CN=Miriam Endres:mailto:miriam.endres@sonnenhang-bio.example.de
UID:5k2m9q4t7w0z3c6f8h1j4n7p0r@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20251210T070000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Miriam 
 Endres;X-NUM-GUESTS=0:mailto:miriam.endres@sonnenhang-bio.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lorenz 
 Biedermann;X-NUM-GUESTS=0:mailto:lorenz.biedermann@sonnenhang-bio.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
CREATED:20251127T111500Z
DESCRIPTION:Tag 3: Gespräch mit dem Vorstand (Miriam Endres\\, Lorenz Biederm
 ann)\\, danach Entscheidung.
LAST-MODIFIED:20251127T112019Z
LOCATION:Bio-Brauerei Sonnenhang eG\\, Besprechungsraum Hofladen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probebrauen Sonnenhang – Tag 3: Vorstandsgespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bio-Brauerei Sonnenhang",
        role="Braumeister:in",
        stage="onsite",
        interviewers="miriam.endres@sonnenhang-bio.example.de;lorenz.biedermann@sonnenhang-bio.example.de",
        trap="google-daily-trial-brew-recurrence-id-override",
        hiring=False,
    ),
    dict(
        kind="google-meet-invite",
        uid="2r8t4y6u0i2o4p6a8s0d2f4g6h@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251217T190000
DTEND;TZID=Europe/Berlin:20251217T194500
DTSTAMP:20251212T223305Z
ORGANIZER;CN=Lukas Brenninger:mailto:lukas.brenninger@gmail.com
UID:2r8t4y6u0i2o4p6a8s0d2f4g6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lukas Brenninger;X-NUM-GUESTS=0:mailto:lukas.brenninger@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
X-GOOGLE-CONFERENCE:https://meet.google.com/wpx-hdqe-tno
CREATED:20251212T223304Z
DESCRIPTION:Hey Florian\\, cool dass du dich gemeldet hast! Lass uns kurz per 
 Video quatschen wegen der Braumeister-Stelle bei uns am Spreeufer – 12hl Anl
 age\\, Taproom\\, viel Experimentelles. Ich bin Gründer & Geschäftsführer\\, 
 unser Head of Taproom ist evtl. auch dabei.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~::~:~::-\\nJoin with Google Meet: https://meet.google.com/wpx-hdqe-tno\\nOr dia
 l: (DE) +49 30 300195061 PIN: 418 227 903#\\n\\nLearn more about Meet at: http
 s://support.google.com/a/users/answer/9282720\\n\\nPlease do not edit this sec
 tion.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n\\nInvitation from Google 
 Calendar: https://calendar.google.com/calendar/\\n\\nYou are receiving this em
 ail because you are an attendee on the event.
LAST-MODIFIED:20251212T223305Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Florian x Spreeufer Brauhaus – Video-Call Braumeister
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Spreeufer Brauhaus",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="lukas.brenninger@gmail.com",
        trap="google-meet-founder-gmail-casual-tone",
        hiring=False,
    ),
    dict(
        kind="teams-screen-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000090F61AD31E82DC010000000000000000100000005C3E7062920F5283DE60AFC14273E9B5",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Reisinger, Tanja":mailto:tanja.reisinger@sudtechnik-oberpfalz.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Schmitt\\,\\n\\nanbei die Einladung zu unserem ersten Teams-Interview für die Stelle Brautechnologe Inbetriebnahme Sudhausanlagen (m/w/d) – Reisetätigkeit weltweit ca. 50 %.\\n\\n________________________________________________________________________________\\nMicrosoft Teams-Besprechung\\nNehmen Sie von Ihrem Computer\\, Ihrer mobilen App oder über das Raumgerät teil\\nHier klicken\\, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ3ZTFiNTAtYjk4Ny00@thread.v2/0>\\nBesprechungs-ID: 355 082 716 944\\nKennung: Ag4nP7\\nTelefonisch teilnehmen\\n+49 69 365055 8844\\,\\,912667215#   Deutschland\\, Frankfurt am Main\\n________________________________________________________________________________\\n\\nFreundliche Grüße\\nTanja Reisinger\\nPersonalreferentin\\n
UID:040000008200E00074C5B7101A82E0080000000090F61AD31E82DC010000000000000000100000005C3E7062920F5283DE60AFC14273E9B5
SUMMARY;LANGUAGE=de-DE:Teams-Interview Brautechnologe Inbetriebnahme - Florian Schmitt
DTSTART;TZID=W. Europe Standard Time:20251212T080000
DTEND;TZID=W. Europe Standard Time:20251212T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251205T133408Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sudtechnik Oberpfalz",
        role="Brautechnologe Inbetriebnahme Sudhausanlagen (m/w/d)",
        stage="recruiter_screen",
        interviewers="tanja.reisinger@sudtechnik-oberpfalz.example.de",
        trap="teams-windows-zone-no-vtimezone-equipment-maker",
        hiring=False,
    ),
    dict(
        kind="outlook-alt-desc",
        uid="040000008200E00074C5B7101A82E00800000000A0172BE42F93DC010000000000000000100000006D4F8173A3106394EF71B0D25384FAC6",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Reisinger, Tanja":mailto:tanja.reisinger@sudtechnik-oberpfalz.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wutz, Alois Dr.":mailto:alois.wutz@sudtechnik-oberpfalz.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fenzl, Rupert":mailto:rupert.fenzl@sudtechnik-oberpfalz.example.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Technikum Pilotsudhaus 5hl":mailto:technikum-pilot@sudtechnik-oberpfalz.example.de
DESCRIPTION;LANGUAGE=de-DE:Fachgespräch Technologie/Inbetriebnahme\\n\\nTeilnehmer: Dr. Alois Wutz (Leiter Brautechnologie)\\, Rupert Fenzl (Leiter Service & Inbetriebnahme)\\n\\nInhalt: Fallbeispiel Inbetriebnahme eines 4-Geräte-Sudhauses (Läuterbottich\\, Würzepfanne mit Innenkocher)\\, Fehlersuche Läuterprobleme\\, Ausschlagwürze-Spezifikation. Anschließend praktische Aufgabe am Pilotsudhaus.\\n
UID:040000008200E00074C5B7101A82E00800000000A0172BE42F93DC010000000000000000100000006D4F8173A3106394EF71B0D25384FAC6
SUMMARY;LANGUAGE=de-DE:Fachgespräch Brautechnologe Inbetriebnahme (2. Runde)
DTSTART;TZID=W. Europe Standard Time:20260109T090000
DTEND;TZID=W. Europe Standard Time:20260109T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T100101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Technikum Pilotsudhaus 5hl\\; Sudtechnik Oberpfalz GmbH\\, Industriestr. 40\\, Neumarkt i.d.OPf.
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html\\; charset=utf-8"></head><body><p><b>Fachgespräch Technologie/Inbetriebnahme</b></p><p>Teilnehmer: Dr. Alois Wutz (Leiter Brautechnologie)\\, Rupert Fenzl (Leiter Service &amp\\; Inbetriebnahme)</p><p>Inhalt: Fallbeispiel Inbetriebnahme eines 4-Geräte-Sudhauses (Läuterbottich\\, Würzepfanne mit Innenkocher)\\, Fehlersuche Läuterprobleme\\, Ausschlagwürze-Spezifikation. Anschließend praktische Aufgabe am Pilotsudhaus.</p></body></html>
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sudtechnik Oberpfalz",
        role="Brautechnologe Inbetriebnahme",
        stage="technical",
        interviewers="alois.wutz@sudtechnik-oberpfalz.example.de;rupert.fenzl@sudtechnik-oberpfalz.example.de",
        trap="outlook-alt-desc-html-technical-resource",
        hiring=False,
    ),
    dict(
        kind="ms-bookings",
        uid="a4c2e8f0-7b19-4d53-b6a1-0e9f3d7c5b28@lechtaler-brauhaus.example.de",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Lechtaler Brauhaus Karriere":mailto:LechtalerKarriere@lechtaler-brauhaus.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Schmitt:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Steinhart, Michaela":mailto:michaela.steinhart@lechtaler-brauhaus.example.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\\n\\nDienst: Vorstellungsgespräch Stellvertretender Braumeister (m/w/d)\\nMitarbeiter: Michaela Steinhart\\nDauer: 45 Minuten\\n\\nMicrosoft Teams-Besprechung\\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE2NjRhMjUtZWJlNy00@thread.v2/0>\\n\\nTermin verwalten: https://outlook.office365.com/owa/calendar/LechtalerKarriere@lechtaler-brauhaus.example.de/bookings/\\n\\nLechtaler Brauhaus AG\\, Brauhausplatz 1\\, 86899 Landsberg-Lechfeld\\n
UID:a4c2e8f0-7b19-4d53-b6a1-0e9f3d7c5b28@lechtaler-brauhaus.example.de
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Stellvertretender Braumeister (m/w/d) mit Michaela Steinhart
DTSTART;TZID=W. Europe Standard Time:20260114T143000
DTEND;TZID=W. Europe Standard Time:20260114T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T195514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lechtaler Brauhaus",
        role="Stellvertretender Braumeister (m/w/d)",
        stage="recruiter_screen",
        interviewers="michaela.steinhart@lechtaler-brauhaus.example.de",
        trap="ms-bookings-candidate-booked-service",
        hiring=False,
    ),
    dict(
        kind="thunderbird-invite",
        uid="e3b0a7d2-6f14-4c8e-91d5-7a2f0c6e4b19",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
CREATED:20251128T074411Z
LAST-MODIFIED:20251128T074602Z
DTSTAMP:20251128T074602Z
UID:e3b0a7d2-6f14-4c8e-91d5-7a2f0c6e4b19
SUMMARY:Vorstellungsgespräch Braumeister Stadtbrauerei Rottal
ORGANIZER;CN=Wolfgang Eggerdinger:mailto:w.eggerdinger@web.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Florian Sc
 hmitt:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Wolfgang Egge
 rdinger:mailto:w.eggerdinger@web.de
DTSTART;TZID=Europe/Berlin:20251215T150000
DTEND;TZID=Europe/Berlin:20251215T163000
LOCATION:Stadtbrauerei Rottal\\, Stadtplatz 14\\, Pfarrkirchen (Büro über dem
  Bräustüberl)
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\nich bestätige hiermit unser Gespr
 äch. Ich bin Geschäftsführer der Stadtbrauerei (die Firmenadresse funktionie
 rt gerade nicht\\, daher von privat).\\nMfG W. Eggerdinger
SEQUENCE:0
TRANSP:OPAQUE
X-MOZ-SEND-INVITATIONS:TRUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stadtbrauerei Rottal",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="w.eggerdinger@web.de",
        trap="thunderbird-owner-private-freemail-invite",
        hiring=False,
    ),
    dict(
        kind="outlook-desktop-sensory",
        uid="040000008200E00074C5B7101A82E00800000000C0283CF530A4DC010000000000000000100000007E509284B4217405F082C1E36495FBD7",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{VTZ_W_EUROPE}BEGIN:VEVENT
ATTENDEE;CN=florian.schmitt.brau@gmx.de;RSVP=TRUE:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;CN="Huber, Sepp";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:s.huber@stadtbrauerei-rottal.example.de
ATTENDEE;CN=w.eggerdinger@web.de;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:w.eggerdinger@web.de
CLASS:PUBLIC
CREATED:20251218T101522Z
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\n\\nwie mit Herrn Eggerdinger besprochen\\, besteht der zweite Teil unseres Auswahlverfahrens aus einer sensorischen Prüfung im Sensorikraum:\\n- Blindverkostung von 5 Bieren (Rottaler Hell\\, Dunkel\\, Festbier + 2 Wettbewerber)\\, Beschreibung nach DLG-Schema\\n- Fehleraromen-Erkennung (Diacetyl\\, DMS\\, Acetaldehyd\\, Lichtgeschmack\\, metallisch)\\n- anschließend Fachgespräch mit Braumeister Sepp Huber und mir (Qualitätssicherung).\\n\\nBitte 1 Stunde vorher nicht rauchen\\, keinen Kaffee trinken.\\n\\nMit freundlichen Grüßen\\nAnna Lindner\\nQualitätssicherung / Labor\\n
DTEND;TZID="W. Europe Standard Time":20260108T120000
DTSTAMP:20251218T101522Z
DTSTART;TZID="W. Europe Standard Time":20260108T093000
LAST-MODIFIED:20251218T101522Z
LOCATION:Sensorikraum Labor (1. OG)\\, Stadtbrauerei Rottal
ORGANIZER;CN="Lindner, Anna":mailto:a.lindner@stadtbrauerei-rottal.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Auswahlverfahren Braumeister – Blindverkostung + Fehleraromen
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0283CF530A4DC010000000000000000100000007E509284B4217405F082C1E36495FBD7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stadtbrauerei Rottal",
        role="Braumeister",
        stage="technical",
        interviewers="a.lindner@stadtbrauerei-rottal.example.de;s.huber@stadtbrauerei-rottal.example.de",
        trap="outlook-desktop-blind-tasting-selection-test",
        hiring=False,
    ),
    dict(
        kind="rexx-invite",
        uid="rexx-ivw-2025-004417@frankenquell.example.de",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruitment//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-ivw-2025-004417@frankenquell.example.de
DTSTAMP:20251119T103000Z
DTSTART;TZID=Europe/Berlin:20251124T121500
DTEND;TZID=Europe/Berlin:20251124T124500
SUMMARY:Telefoninterview Schichtleiter Abfüllung (m/w/d) - Frankenquell Getränke GmbH
ORGANIZER;CN=Frankenquell Personalabteilung:mailto:karriere@frankenquell.example.de
ATTENDEE;CN=Sandra Ullmann;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:sandra.ullmann@frankenquell.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.schmitt.brau@gmx.de
LOCATION:Telefonisch
DESCRIPTION:Sehr geehrter Herr Schmitt\\, vielen Dank für Ihre Bewerbung als Schichtleiter Abfüllung (m/w/d) an unserem Standort Hallstadt. Frau Ullmann (Personalreferentin) wird Sie zum vereinbarten Termin anrufen. Mit freundlichen Grüßen\\, Ihre Frankenquell Getränke GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Frankenquell Getränke",
        role="Schichtleiter Abfüllung (m/w/d)",
        stage="recruiter_screen",
        interviewers="sandra.ullmann@frankenquell.example.de",
        trap="rexx-unfolded-long-lines-bottling-shift-lead",
        hiring=False,
    ),
]
