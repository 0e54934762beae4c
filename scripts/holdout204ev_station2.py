"""holdout204 negatives: the user on the hiring side on her ward at LKH Graz Süd (part 2)."""

from holdout204ev_tz import TZ_VIENNA, TZ_WEU, ev

_OUTLOOK = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU

EVENTS = [
    ev(
        "candidate-free-mail-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251016T100000
DTEND;TZID=Europe/Vienna:20251016T104500
DTSTAMP:20251010T210033Z
ORGANIZER;CN=Mario Kovačević:mailto:mario.kovacevic92@gmail.com
UID:8r1u4x7a0d3g6j9m2p5s8v1y4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler@kages-sued.at;X-NUM-GUESTS=0:mailto:verena.pichler@k
 ages-sued.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mario Kovačević;X-NUM-GUESTS=0:mailto:mario.kovacevic92@gmail.com
CREATED:20251010T210010Z
DESCRIPTION:Sehr geehrte Frau Pichler\,\n\nwie am Telefon besprochen schicke
  ich Ihnen den Termin für mein Vorstellungsgespräch als Pflegefachassistent
  auf Ihrer Station. Ich komme zum Stationsstützpunkt 2B.\n\nMit freundlichen
  Grüßen\nMario Kovačević
LAST-MODIFIED:20251010T210033Z
LOCATION:LKH Graz Süd Station 2B
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Station 2B
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="8r1u4x7a0d3g6j9m2p5s8v1y4b@google.com",
        trap="user-as-interviewer-candidate-on-free-mail-sends-invite",
        hiring=True,
    ),
    ev(
        "leitfaden-panel",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Recruiting LKH Graz Süd":mailto:recruiting@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gollner,
  Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wutte, H
 elmut":mailto:helmut.wutte@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Gesprächsführende\,\n\nanbei der Leitfaden
  für das strukturierte Auswahlgespräch (Kompetenzfragen A–F) sowie die Bew
 ertungsmatrix. Bitte jede/r Interviewer*in getrennt bewerten und die Matri
 x bis 24 h nach dem Gespräch im Laufwerk P:\\Recruiting\\2B ablegen.\nBewer
 berin: DGKP Lena Wagner\, Absolventin FH JOANNEUM 2025.\n\nDanke!\nRecruitin
 g LKH Graz Süd\n
UID:040000008200E00074C5B7101A82E00800000000C7D8E9FA0B59DC01000000000000000
 0100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=de-AT:Strukturiertes Auswahlgespräch DGKP 2B – Leitfaden &
  Bewertungsmatrix
DTSTART;TZID=W. Europe Standard Time:20251209T133000
DTEND;TZID=W. Europe Standard Time:20251209T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251204T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:SL-Büro 2B
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000C7D8E9FA0B59DC010000000000000000100000002468ACE013579BDF2468ACE013579BDF",
        trap="user-as-interviewer-interview-guide-and-scoring-matrix",
        hiring=True,
    ),
    ev(
        "online-interview-intl-nurse",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Internationales Recruiting KAGes Süd";SENT-BY="mailto:tanja
 .reiter@kages-sued.at":mailto:intl.recruiting@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maria Cri
 stina Santos:mailto:mcsantos.rn@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Dear Ms. Santos\, dear Verena\,\n\nthis is the on
 line interview for the position of registered nurse (internal medicine\, wa
 rd 2B). Verena Pichler (DGKP\, ward 2B) will talk with you about daily work
  on the ward and ask some clinical questions. Language: English and German
  (B1).\n\nJoin Microsoft Teams meeting<https://teams.microsoft.com/l/meetup-
 join/19%3ameeting_UEhJTA%40thread.v2/0>\n\nKind regards\nTanja Reiter\, In
 ternational Recruitment\n
UID:040000008200E00074C5B7101A82E00800000000D8E9FA0B1C5ADC01000000000000000
 010000000BDF13579ACE02468BDF13579ACE02468
SUMMARY;LANGUAGE=en-US:Online Interview RN Internal Medicine – Ms. Santos (
 Philippines)
DTSTART;TZID=W. Europe Standard Time:20260121T080000
DTEND;TZID=W. Europe Standard Time:20260121T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000D8E9FA0B1C5ADC01000000000000000010000000BDF13579ACE02468BDF13579ACE02468",
        trap="user-as-interviewer-english-online-interview-foreign-nurse",
        hiring=True,
    ),
    ev(
        "auswahltag-beobachtung",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Lenz, Marianne":mailto:marianne.lenz@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Verena\, für den Auswahltag brauchen wir n
 och eine Beobachterin aus der Praxis bei der Gruppenübung und den Rollensp
 ielen (Beobachtungsbogen: Kommunikation\, Empathie\, Teamfähigkeit). 18 Bew
 erber*innen\, 3 Gruppen. Danke!! Marianne\n
UID:040000008200E00074C5B7101A82E00800000000E9FA0B1C2D5BDC01000000000000000
 010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=de-AT:Auswahltag PA/PFA – Beobachtung Gruppenübung
DTSTART;TZID=W. Europe Standard Time:20260211T080000
DTEND;TZID=W. Europe Standard Time:20260211T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:GS Turnsaal / Seminarraum 1+2
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000E9FA0B1C2D5BDC01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        trap="user-as-interviewer-assessment-day-observer",
        hiring=True,
    ),
    ev(
        "stellenbesetzung",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Wutte, Helmut":mailto:helmut.wutte@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gollner,
  Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Betriebsrat
  LKH Graz Süd":mailto:betriebsrat@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:TOP: Besetzung 2\,0 VZÄ DGKP 2B (Wagner\, Kovač)\
 , 1\,0 VZÄ PFA (Kovačević)\, Einstufung\, Eintrittstermine\, Info an BR gem
 . §99 ArbVG.\n
UID:040000008200E00074C5B7101A82E00800000000FA0B1C2D3E5CDC01000000000000000
 010000000DEC0DE00DEC0DE00DEC0DE00DEC0DE00
SUMMARY;LANGUAGE=de-AT:Stellenbesetzung 2B – Entscheidung
DTSTART;TZID=W. Europe Standard Time:20260120T113000
DTEND;TZID=W. Europe Standard Time:20260120T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:PDL-Büro 3. OG
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000FA0B1C2D3E5CDC01000000000000000010000000DEC0DE00DEC0DE00DEC0DE00DEC0DE00",
        trap="user-as-interviewer-hiring-decision-meeting",
        hiring=True,
    ),
    ev(
        "schnupperdienst-absolventin",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251126T195000Z
DTSTAMP:20251126T195044Z
LAST-MODIFIED:20251126T195044Z
UID:B3C4D5E6-F7A8-4B9C-8D0E-1F2A3B4C5D6E
SUMMARY:Schnupperdienst Lena W. bei mir
DTSTART:20251203T063000
DTEND:20251203T140000
DESCRIPTION:Absolventin FH\, hat sich auf 2B beworben\nmitlaufen FD\, Zi 1-8
 \nSabine will danach meine Einschätzung
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="B3C4D5E6-F7A8-4B9C-8D0E-1F2A3B4C5D6E",
        trap="user-as-interviewer-hand-typed-applicant-schnupperdienst",
        hiring=True,
        lf=True,
    ),
    ev(
        "rueckruf-bewerberin",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for iOS//EN
VERSION:2.0
BEGIN:VEVENT
UID:7A6B5C4D-3E2F-4A1B-B0C9-D8E7F6A5B4C3
DTSTAMP:20251215T091500Z
DTSTART:20251216T130000Z
DTEND:20251216T131500Z
SUMMARY:Rückruf Fr. Krenn – Absage (SL hat ok gegeben)
DESCRIPTION:0676 8812 303\, nett bleiben\, Evidenz anbieten
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="7A6B5C4D-3E2F-4A1B-B0C9-D8E7F6A5B4C3",
        trap="user-as-interviewer-callback-to-rejected-applicant",
        hiring=True,
    ),
    ev(
        "vg-pfa-teams",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Pichler, Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gollner, Sab
 ine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nikolić Lu
 ka:mailto:luka.nikolic@siol.net
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Nikolić\,\n\nwie besprochen d
 as Online-Gespräch zur Stelle Pflegefachassistenz (Interne 2B). Gesprächsp
 artnerinnen: Sabine Gollner (Stationsleitung) und ich.\n\nMit freundlichen G
 rüßen\nDGKP Verena Pichler\n\nMicrosoft Teams-Besprechung\nJetzt an der Bes
 prechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 TklLT0xJQw%40thread.v2/0>\n
UID:040000008200E00074C5B7101A82E008000000000B1C2D3E4F5DDC01000000000000000
 01000000012121212343434345656565678787878
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch PFA – Hr. Nikolić (online)
DTSTART;TZID=W. Europe Standard Time:20260129T141500
DTEND;TZID=W. Europe Standard Time:20260129T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260123T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000000B1C2D3E4F5DDC0100000000000000001000000012121212343434345656565678787878",
        trap="user-as-interviewer-user-organizes-online-applicant-talk",
        hiring=True,
    ),
    ev(
        "team-kennenlernen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
CREATED:20260202T170000Z
DTSTAMP:20260202T170102Z
LAST-MODIFIED:20260202T170102Z
UID:C9D8E7F6-A5B4-4C3D-9E2F-1A0B9C8D7E6F
SUMMARY:Bewerberin ND-Pool kommt ins Team (Kaffee Sozialraum)
DTSTART;TZID=Europe/Vienna:20260206T133000
DTEND;TZID=Europe/Vienna:20260206T140000
LOCATION:2B Sozialraum
DESCRIPTION:Fr. Hasler\, will in den Nachtdienst-Pool\; Team soll sie kennenl
 ernen\, ich frag nach Erfahrung mit Delir/Sturzprophylaxe -> Sabine Rückmeldu
 ng
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="C9D8E7F6-A5B4-4C3D-9E2F-1A0B9C8D7E6F",
        trap="user-as-interviewer-team-meets-applicant-over-coffee",
        hiring=True,
        lf=True,
    ),
    ev(
        "vorstellung-ausbildung",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Vorstellung Bewerberin Pflegeassistenz-Ausbildung
  (Aufnahme über AMS-Stiftung)\, Fr. Yıldız – du machst bitte die Stationsfüh
 rung und das Praxisgespräch\, Bewertung im AMS-Formular.\n
UID:040000008200E00074C5B7101A82E008000000001C2D3E4F5A5EDC01000000000000000
 01000000056565656787878789A9A9A9ABCBCBCBC
SUMMARY;LANGUAGE=de-AT:Vorstellung Fr. Yıldız (PA-Ausbildung\, AMS)
DTSTART;TZID=W. Europe Standard Time:20260217T103000
DTEND;TZID=W. Europe Standard Time:20260217T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Station 2B
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000001C2D3E4F5A5EDC0100000000000000001000000056565656787878789A9A9A9ABCBCBCBC",
        trap="user-as-interviewer-vorstellung-training-applicant",
        hiring=True,
    ),
]
