"""holdout177: own interviews at teacher-education colleges, federal agencies and adult education."""

from holdout177ev_tz import TZ_VIENNA, TZ_WEU, E

EVENTS = [
    E(
        "probelehrveranstaltung",
        "040000008200E00074C5B7101A82E00800000000506F2D8EC94BDC010000000000000000100000004C7E1A9D2B3F8E46A1D0C9B8E7",
        (1, "Pädagogische Hochschule Wien", "Hochschullehrende/r für Mathematikdidaktik (Sekundarstufe)", "technical",
         "elke.ramharter@phwien.ac.at;bernhard.stix@phwien.ac.at"),
        "outlook-ph-hearing-trial-lecture",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Personalabteilung PH Wien";SENT-BY="mailto:s.ertl@phwien.ac.at":mailto:personal@phwien.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ramharter, Elke":mailto:elke.ramharter@phwien.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Stix, Bernhard":mailto:bernhard.stix@phwien.ac.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Grenzackerstraße 18 - HS 1.07":mailto:hs107@phwien.ac.at
DESCRIPTION;LANGUAGE=de-AT:Hearing im Rahmen der Ausschreibung Kennzahl 27/2025
 \n\n• 20 Min. Probelehrveranstaltung vor Studierenden des 3. Semesters (Thema
  frei wählbar aus: Funktionsbegriff\, Modellieren mit Differentialgleichungen
 \, Stochastik in der Sek II)\n• 25 Min. Gespräch mit der Kommission (Vorsitz:
  Prof.in Dr.in Elke Ramharter\, Institut für Sekundarstufe Allgemeinbildung;
  Prof. Mag. Bernhard Stix)\n\nBeamer und Dokumentenkamera sind vorhanden.\n
UID:040000008200E00074C5B7101A82E00800000000506F2D8EC94BDC010000000000000000100000004C7E1A9D2B3F8E46A1D0C9B8E7
SUMMARY;LANGUAGE=de-AT:Hearing + Probe-LV Mathematikdidaktik – Bewerber Gruber
DTSTART;TZID=W. Europe Standard Time:20260128T090000
DTEND;TZID=W. Europe Standard Time:20260128T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T134420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Grenzackerstraße 18 - HS 1.07
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "webex-rektorat",
        "6A3F0B1C9E2D4F8A@phwien.webex.com",
        (1, "Pädagogische Hochschule Wien", "Hochschullehrende/r für Mathematikdidaktik (Sekundarstufe)", "final",
         "rektorat@phwien.ac.at"),
        "webex-final-talk-rectorate",
        """BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:6A3F0B1C9E2D4F8A@phwien.webex.com
DTSTAMP:20260210T081500Z
DTSTART:20260219T120000Z
DTEND:20260219T123000Z
SUMMARY:Abschlussgespräch Rektorat – Mathematikdidaktik (F. Gruber)
ORGANIZER;CN=Rektorat PH Wien:mailto:rektorat@phwien.ac.at
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:https://phwien.webex.com/phwien/j.php?MTID=m3f7a1c0e9b2d48f6a5c3e1d0b9f8a7c6
DESCRIPTION:Die Kommission hat Sie für das abschließende Gespräch mit dem Rek
 torat vorgeschlagen. Teilnehmen wird die Vizerektorin für Lehre.\\n\\nJoin m
 eeting: https://phwien.webex.com/phwien/j.php?MTID=m3f7a1c0e9b2d48f6a5c3e1d0b
 9f8a7c6\\nMeeting number: 2741 118 9052\\nPassword: PHw2026!\\n\\nJoin by phon
 e\\n+43-1-2650-5236 Austria Toll\\nAccess code: 274 111 89052\\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "teams-ph-noe",
        "040000008200E00074C5B7101A82E0080000000090AB0D16C25FDC0100000000000000001000000008C2F7E6A1B34D9F8E7D6C5B4A",
        (1, "Pädagogische Hochschule Niederösterreich", "Hochschullehrperson Physikdidaktik (50 %)", "hiring_manager",
         "georg.haidinger@ph-noe.ac.at"),
        "teams-ph-institute-head",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Haidinger, Georg":mailto:georg.haidinger@ph-noe.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Lieber Herr Gruber\,\n\nwie besprochen ein erstes Ken
 nenlerngespräch zur 50%-Stelle Physikdidaktik an unserem Institut. Ich würd
 e gern über Ihre Erfahrung mit Lehramtsstudierenden (PPS) und Ihre Ideen zu
 r Fortbildung reden.\n\nLG Georg Haidinger\nInstitutsleitung Sekundarstufe\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=de-
 DE>\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_NmI4ZjJhNzMtYzQ1Ni00OWUxLWIzNWEtODk2OTE0ZmQzN2Nm%40threa
 d.v2/0>\nBesprechungs-ID: 325 904 771 602 8\nPasscode: Xk2aD7Lm\n___________
 _____________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000090AB0D16C25FDC0100000000000000001000000008C2F7E6A1B34D9F8E7D6C5B4A
SUMMARY;LANGUAGE=de-AT:Gespräch Physikdidaktik (Gruber / Haidinger)
DTSTART;TZID=W. Europe Standard Time:20251211T163000
DTEND;TZID=W. Europe Standard Time:20251211T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251204T172001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "thunderbird-hearing",
        "d41c7e0a-2b9f-4f61-8a7e-93c2b15f0e48",
        (1, "KPH Wien/Krems", "Institutsleitung Fortbildung", "final",
         "andrea.pfeiffer@kphvie.ac.at;j.obermaier@kphvie.ac.at"),
        "thunderbird-hearing-church-college",
        f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
CREATED:20260408T102233Z
LAST-MODIFIED:20260408T102541Z
DTSTAMP:20260408T102541Z
UID:d41c7e0a-2b9f-4f61-8a7e-93c2b15f0e48
SUMMARY:Hearing Institutsleitung Fortbildung - Mag. Gruber
ORGANIZER;CN=Andrea Pfeiffer:mailto:andrea.pfeiffer@kphvie.ac.at
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:florian.g
 ruber@gmx.at
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Johannes Oberma
 ier:mailto:j.obermaier@kphvie.ac.at
DTSTART;TZID=Europe/Vienna:20260429T100000
DTEND;TZID=Europe/Vienna:20260429T110000
LOCATION:KPH Wien/Krems\\, Mayerweckstraße 1\\, 1210 Wien\\, Raum Kardinal König
DESCRIPTION:Sehr geehrter Herr Mag. Gruber\\,\\n\\nnach der Sichtung der Bewer
 bungen laden wir Sie zum Hearing vor der Auswahlkommission ein (Vizerektorin
  Andrea Pfeiffer\\, Mag. Johannes Obermaier\\, Vertretung des Hochschulkollegi
 ums). Es ist die letzte Runde des Verfahrens.\\n\\nBitte bereiten Sie eine Pr
 äsentation (max. 15 Min.) zu "Fortbildung als Schulentwicklung" vor.\\n\\nFr
 eundliche Grüße\\nAndrea Pfeiffer
SEQUENCE:0
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "aufnahmegespraech",
        "m9C2f1Qa7Lx0@iqs.gv.at.webex",
        (1, "IQS", "Referent/in für Kompetenzmessung Mathematik", "hiring_manager",
         "petra.luger@iqs.gv.at;martin.hofer@iqs.gv.at"),
        "webex-federal-institute-aufnahmegespraech",
        """BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:m9C2f1Qa7Lx0@iqs.gv.at.webex
DTSTAMP:20251120T091500Z
DTSTART;TZID=Europe/Vienna:20251201T100000
DTEND;TZID=Europe/Vienna:20251201T110000
SUMMARY:Aufnahmegespräch Referent/in Kompetenzmessung Mathematik (Jobbörse des Bundes 2025/IQS-117)
ORGANIZER;CN=Petra Luger:mailto:petra.luger@iqs.gv.at
ATTENDEE;CN=Petra Luger;ROLE=CHAIR:mailto:petra.luger@iqs.gv.at
ATTENDEE;CN=Martin Hofer;ROLE=REQ-PARTICIPANT:mailto:martin.hofer@iqs.gv.at
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
ATTENDEE;CN=Personalvertretung IQS;ROLE=OPT-PARTICIPANT:mailto:pv@iqs.gv.at
LOCATION:Webex
DESCRIPTION:Institut des Bundes für Qualitätssicherung im österreichischen Sch
 ulwesen – Auswahlverfahren gemäß Ausschreibungsgesetz\\n\\nGesprächspartner:
  Mag.a Petra Luger (Bereichsleitung)\\, Dr. Martin Hofer (Fachbereich Mathem
 atik)\\n\\nJoin meeting: https://iqs.webex.com/iqs/j.php?MTID=m77c1d2e3f4a5b6c
 7d8e9f0a1b2c3d4e5\\nMeeting number: 2785 449 1021\\nPassword: iqs-MATH-2025
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "auswahlgespraech",
        "040000008200E00074C5B7101A82E00800000000B0E8D7C6A55EDC01000000000000000010000000A9B8C7D6E5F40312A1B2C3D4E5",
        (1, "BMBWF", "Referent/in Abteilung Schulleitung und Schulentwicklung", "onsite",
         "stefan.wurzer@bmbwf.gv.at;eva.reisinger@bmbwf.gv.at"),
        "outlook-ministry-auswahlgespraech-room-resource",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Wurzer, Stefan";SENT-BY="mailto:kanzlei.i2@bmbwf.gv.at":mailto:stefan.wurzer@bmbwf.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber Florian":mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reisinger, Eva":mailto:eva.reisinger@bmbwf.gv.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MP5 - BR 2.22 (Minoritenplatz 5)":mailto:mp5-br222@bm
 bwf.gv.at
DESCRIPTION;LANGUAGE=de-AT:Auswahlgespräch zur Ausschreibung BMBWF-2026/0081 (Ab
 t. I/2)\n\nDas Gespräch führen AL MR Mag. Stefan Wurzer und Mag.a Eva Reisin
 ger. Im Anschluss ist eine schriftliche Arbeitsprobe (30 Min.) vorgesehen.\n
 \nEingang: Minoritenplatz 5\, Portier\, Lichtbildausweis.\n
UID:040000008200E00074C5B7101A82E00800000000B0E8D7C6A55EDC01000000000000000010000000A9B8C7D6E5F40312A1B2C3D4E5
SUMMARY;LANGUAGE=de-AT:Auswahlgespräch I/2 – Gruber
DTSTART;TZID=W. Europe Standard Time:20260513T130000
DTEND;TZID=W. Europe Standard Time:20260513T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T145212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:MP5 - BR 2.22 (Minoritenplatz 5)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "prescreen-interview",
        "prescreen-interview-5f1d7c20-4e8a-4b0d-9a1f-2c3e7d8b6a90",
        (1, "OeAD", "Referent*in Schulkooperationen", "recruiter_screen", "julia.berger@oead.at"),
        "onlyfy-prescreen-ats-first-round",
        f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//onlyfy Calendar//DE
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:prescreen-interview-5f1d7c20-4e8a-4b0d-9a1f-2c3e7d8b6a90
DTSTAMP:20251105T120044Z
DTSTART;TZID=Europe/Vienna:20251113T090000
DTEND;TZID=Europe/Vienna:20251113T093000
SUMMARY:Interview: Referent*in Schulkooperationen | OeAD
ORGANIZER;CN=OeAD Recruiting:mailto:noreply@prescreen.io
ATTENDEE;CN=Julia Berger;ROLE=REQ-PARTICIPANT:mailto:julia.berger@oead.at
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Telefon (wir rufen Sie an: +43 664 1187 245)
DESCRIPTION:Hallo Florian Gruber\\,\\n\\nvielen Dank für Ihr Interesse am OeAD
 ! Wie vereinbart findet unser erstes telefonisches Gespräch statt. Julia Ber
 ger (People & Culture) wird Sie anrufen.\\n\\nTermin ändern: https://app.pres
 creen.io/i/5f1d7c20/reschedule\\n\\nViele Grüße\\nIhr OeAD Recruiting-Team\\n
 --\\nPowered by onlyfy
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "personio-bewerbungsgespraech",
        "personio-interview-884120-3311-vhs",
        (1, "VHS Wien", "Fachbereichsleitung Mathematik & Naturwissenschaften (Zweiter Bildungsweg)",
         "hiring_manager", "d.prinz@vhs.at;n.omerovic@vhs.at"),
        "personio-adult-education-hiring-manager",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-884120-3311-vhs
DTSTAMP:20260107T094433Z
DTSTART:20260115T150000Z
DTEND:20260115T160000Z
SUMMARY:Bewerbungsgespräch | Fachbereichsleitung Mathematik & Naturwissenschaft
 en (ZBW) | Florian Gruber
ORGANIZER;CN=Wiener Volkshochschulen GmbH:mailto:noreply@personio.de
ATTENDEE;CN=Dagmar Prinz;ROLE=REQ-PARTICIPANT:mailto:d.prinz@vhs.at
ATTENDEE;CN=Nedim Omerovic;ROLE=REQ-PARTICIPANT:mailto:n.omerovic@vhs.at
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:VHS Wiener Urania\\, Uraniastraße 1\\, 1010 Wien – Seminarraum 4
DESCRIPTION:Guten Tag Florian Gruber\\,\\n\\nwir freuen uns\\, Sie zum Bewerbun
 gsgespräch einzuladen. Gesprächspartner:innen: Dagmar Prinz (Pädagogische Ge
 schäftsführung)\\, Nedim Omerovic (Standortleitung Urania).\\n\\nBei Fragen: b
 ewerbung@vhs.at\\n\\nWiener Volkshochschulen GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "kennenlerngespraech-lektor",
        "4q7hd2s9fj3k1lm0p8n6b5v4c2@google.com",
        (1, "FH Technikum Wien", "Lektor*in Mathematik (nebenberuflich)", "hiring_manager",
         "wolfgang.kainrath@technikum-wien.at"),
        "google-zoom-lecturer-kennenlernen",
        f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260318T174500
DTEND;TZID=Europe/Vienna:20260318T181500
DTSTAMP:20260310T200112Z
ORGANIZER;CN=Wolfgang Kainrath:mailto:wolfgang.kainrath@technikum-wien.at
UID:4q7hd2s9fj3k1lm0p8n6b5v4c2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=W
 olfgang Kainrath;X-NUM-GUESTS=0:mailto:wolfgang.kainrath@technikum-wien.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at;X-NUM-GUESTS=0:mailto:florian.gruber@gmx.at
DESCRIPTION:Kennenlerngespräch Lektorat Mathematik 1 (Bachelor Elektronik\\, W
 S 2026/27)\\, 2 SWS.\\n\\nZoom: https://technikum-wien.zoom.us/j/94120558731?p
 wd=aTl1Nmd6UFBvRnVxL2s3M0x3Zz09\\nMeeting-ID: 941 2055 8731\\nKenncode: 5528
 10
LOCATION:https://technikum-wien.zoom.us/j/94120558731
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lektorat Mathe 1 – Kennenlernen F. Gruber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
