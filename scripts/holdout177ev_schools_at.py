"""holdout177: Florian Gruber's own interviews for Austrian school-leadership, PH and public-sector posts."""

from holdout177ev_tz import TZ_VIENNA, TZ_VIENNA_APPLE, TZ_WEU, E

EVENTS = [
    E(
        "assessment-center",
        "040000008200E00074C5B7101A82E00800000000A0C3D1E29B61DC01000000000000000010000000B7D4F2A61C3E8A4F9E2D5C7B8A",
        (1, "Bildungsdirektion für Niederösterreich", "Leiter/in des BG/BRG Mödling Keimgasse", "onsite",
         "a.pichler@consens-hr.at;t.brandl@consens-hr.at"),
        "outlook-assessment-schulleitung-external-assessors",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Zeilinger, Monika";SENT-BY="mailto:praes.sekretariat@bildung-noe.gv.at":mailto:monika.zeilinger@b
 ildung-noe.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Pichler, Andrea":mailto:a.pichler@consens-hr.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Brandl, Thomas":mailto:t.brandl@consens-hr.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="BD NÖ SR 2.14 (20 P.)":mailto:sr214@bildung-noe.gv.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Mag. Gruber\,\n\nim Rahmen des Auswa
 hlverfahrens für die Leitung des BG/BRG Mödling\, Keimgasse (Ausschreibung
  im Amtsblatt GZ BD-PR-2025/0413) laden wir Sie zum Assessment ein.\n\nAbla
 uf: Gruppenübung\, Postkorbübung\, Rollenspiel Elterngespräch\, strukturier
 tes Interview. Das Assessment wird von Frau Dr. Andrea Pichler und Herrn Ma
 g. Thomas Brandl (Consens Personalberatung GmbH) durchgeführt. Die Ergebnis
 se fließen in das Gutachten der Begutachtungskommission ein.\n\nBitte bring
 en Sie einen Lichtbildausweis mit. Mittagessen ist vorgesehen.\n\nMit freun
 dlichen Grüßen\nMonika Zeilinger\nPräsidialabteilung – Personal Pädagogik\n
UID:040000008200E00074C5B7101A82E00800000000A0C3D1E29B61DC01000000000000000010000000B7D4F2A61C3E8A4F9E2D5C7B8A
SUMMARY;LANGUAGE=de-AT:Assessment Schulleitung BG/BRG Mödling – Mag. Gruber
DTSTART;TZID=W. Europe Standard Time:20260114T083000
DTEND;TZID=W. Europe Standard Time:20260114T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251209T101744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bildungsdirektion NÖ\, Rennbahnstraße 29\, 3100 St. Pölten\, SR 2.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "hearing-kommission",
        "B3F1C0A2-77E4-4D1B-9C1A-2F7D6E0B4A11",
        (1, "Bildungsdirektion für Niederösterreich", "Schulleitung BG/BRG Mödling", "final", "Gerhard Eder"),
        "self-typed-hearing-begutachtungskommission",
        f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
{TZ_VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20260203T191204Z
DTEND;TZID=Europe/Vienna:20260224T113000
DTSTAMP:20260203T191311Z
DTSTART;TZID=Europe/Vienna:20260224T103000
LAST-MODIFIED:20260203T191311Z
LOCATION:BD NÖ St. Pölten\\, Rennbahnstr. 29\\, 3. Stock Sitzungssaal
SEQUENCE:0
SUMMARY:HEARING Mödling 🙏
DESCRIPTION:Begutachtungskommission Schulleitung BG/BRG Mödling\\nVorsitz: Ge
 rhard Eder (BD\\, Päd. Dienst)\\, + 2 Dienstgeber\\, 2 ZA\\, Elternvertr. + Sc
 hülervertr. beratend\\n\\n10 min Präsentation Konzept (Schulentwicklung\\, Di
 gitalisierung\\, Team) dann Fragen ca. 30 min\\nMappe + USB-Stick mitnehmen\\
 nDienstfreistellung bei Dir. Wagner beantragt ✔\\nZug 09:05 Westbhf → St. P
 ölten 09:31
TRANSP:OPAQUE
UID:B3F1C0A2-77E4-4D1B-9C1A-2F7D6E0B4A11
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:4A0B9E3C-1D33-4C0A-8C9B-55C2F0A8E771
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "anhoerung-notes",
        "C1257F3A004B2E91C1258D7B0031A5F2-Lotus_Notes_Generated",
        (1, "Bildungsdirektion Burgenland", "Leiterin/Leiter des BG/BRG/BORG Oberwart", "onsite", ""),
        "lotus-notes-anhoerung-begutachtungskommission",
        """BEGIN:VCALENDAR
X-LOTUS-CHARSET:UTF-8
VERSION:2.0
PRODID:-//Lotus Development Corporation//NONSGML Notes 12.0//EN_C
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe
BEGIN:STANDARD
DTSTART:19501029T020000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19500326T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID="W. Europe":20260310T140000
DTEND;TZID="W. Europe":20260310T150000
TRANSP:OPAQUE
DTSTAMP:20260217T084512Z
SEQUENCE:0
CLASS:PUBLIC
SUMMARY:Anhörung gem. § 207f BDG – Leitung BG/BRG/BORG Oberwart
LOCATION:Bildungsdirektion Burgenland\\, Kernausteig 3\\, 7000 Eisenstadt\\, Bes
 prechungsraum EG
ORGANIZER;CN="Elisabeth Horvath/BD/BGLD":mailto:elisabeth.horvath@bildung-bgld.gv.at
UID:C1257F3A004B2E91C1258D7B0031A5F2-Lotus_Notes_Generated
ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="Elisabeth Horvath/BD/BGLD":mailto:elisabeth.horvath@bildung-bgld.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:florian.gruber@gmx.at
DESCRIPTION:Sehr geehrter Herr Mag. Gruber\\,\\n\\ndie Begutachtungskommission f
 ür die Planstelle der Leiterin/des Leiters am BG/BRG/BORG Oberwart tritt am
  10. März 2026 zusammen. Sie werden ersucht\\, sich zum angegebenen Zeitpunk
 t zur Anhörung einzufinden (Dauer ca. 45 Minuten).\\n\\nDie Mitglieder der K
 ommission werden Ihnen vor Ort vorgestellt.\\n\\nFür die Präsidialabteilung:
 \\nE. Horvath (Kanzlei)
X-LOTUS-BROADCAST:FALSE
X-LOTUS-UPDATE-SEQ:1
X-LOTUS-UPDATE-WISL:$S:1;$L:1;$B:1;$R:1;$E:1;$W:1;$O:1;$M:1;RequiredAttendees:1;INetRequiredNames:1
X-LOTUS-NOTESVERSION:2
X-LOTUS-NOTICETYPE:I
X-LOTUS-APPTTYPE:3
X-LOTUS-CHILD-UID:C1257F3A004B2E91C1258D7B0031A5F2
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "teams-kommission",
        "040000008200E00074C5B7101A82E00800000000F1E9A7C4D35EDC01000000000000000010000000E2A14C9B7D0E6B45A8F3D2C1B0",
        (1, "Bildungsdirektion für Wien", "Leitung GRG 21 Ödenburger Straße", "",
         "karin.novotny@bildung-wien.gv.at"),
        "teams-begutachtungsverfahren-work-address",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Novotny, Karin (BD Wien)":mailto:karin.novotny@bildung-wien.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kanzlei Präs 3":mailto:praes3@bildung-wien.gv.at
DESCRIPTION;LANGUAGE=de-AT:GZ: 9130.712/0044-Präs3/2026\n\nBegutachtungsverfahren
  gem. § 207f BDG – Planstelle Leitung GRG 21\, Ödenburger Straße 74\n\nSehr
  geehrter Herr Kollege\,\nwir ersuchen Sie um Teilnahme am Gespräch mit der
  Begutachtungskommission. Die Vorsitzende\, Mag.a Karin Novotny\, wird das
  Gespräch eröffnen. Bitte halten Sie Ihren Lichtbildausweis bereit.\n\n____
 ____________________________________________________________________________
 ____\nMicrosoft Teams Besprechung\nÜber den Computer\, die mobile App oder d
 as Raumgerät teilnehmen\nHier klicken\, um an der Besprechung teilzunehmen<
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc3YjE0ZmQtNDY3Mi00M
 zE4LWE1OWQtN2QxOTk0ZDQ5ZGIy%40thread.v2/0?context=%7b%22Tid%22%3a%22b41c3d8e
 -0f3e-4ea9-9a8a-2e1f0d7b3c44%22%7d>\nBesprechungs-ID: 371 552 804 119\nKenn
 code: q9Wb7N\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000F1E9A7C4D35EDC01000000000000000010000000E2A14C9B7D0E6B45A8F3D2C1B0
SUMMARY;LANGUAGE=de-AT:Begutachtungskommission GRG 21 – Gespräch Mag. Florian Gruber
DTSTART;TZID=W. Europe Standard Time:20260421T150000
DTEND;TZID=W. Europe Standard Time:20260421T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260330T072210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc3YjE0ZmQtNDY3Mi00MzE4L
 WE1OWQtN2QxOTk0ZDQ5ZGIy%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "gespraech-administrator",
        "3v9kq1l0r8d2mf7u5c4b6t0s1a@gmx.net",
        (1, "BRG 19 Krottenbachstraße", "Administrator", "hiring_manager", "Sabine Koller"),
        "self-typed-gmx-administrator-talk",
        """BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:3v9kq1l0r8d2mf7u5c4b6t0s1a@gmx.net
DTSTAMP:20251118T204501Z
CREATED:20251118T204501Z
DTSTART:20251126T131500
DTEND:20251126T140000
SUMMARY:Gespr. Koller wg Admin-Stelle BRG19
LOCATION:BRG 19\\, Direktion 1. Stock
DESCRIPTION:Dir.in Sabine Koller – Administratur wird ab Sept frei (Kollege Ha
 as geht in Pension). Fragen: Stundenplan-Software (Untis?)\\, Lehrverpflicht
 ung Admin\\, Abschlagstunden. Lebenslauf ausgedruckt mit.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "gespraech-schulerhalter",
        "0m2c7p4n9q8r1s5t6u3v0w2x4y@google.com",
        (1, "Stiftsgymnasium Melk", "Direktor/in", "final", "p.ludwig.steiner@stiftsgymnasium-melk.at"),
        "google-invite-abbey-school-leadership-final",
        f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Vienna
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260205T100000
DTEND;TZID=Europe/Vienna:20260205T113000
DTSTAMP:20260121T093012Z
ORGANIZER;CN=Sekretariat Stiftsgymnasium:mailto:sekretariat@stiftsgymnasium-melk.at
UID:0m2c7p4n9q8r1s5t6u3v0w2x4y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=S
 ekretariat Stiftsgymnasium;X-NUM-GUESTS=0:mailto:sekretariat@stiftsgymnasium-melk.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=P
 . Ludwig Steiner OSB;X-NUM-GUESTS=0:mailto:p.ludwig.steiner@stiftsgymnasium-melk.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at;X-NUM-GUESTS=0:mailto:florian.gruber@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/kbq-twzd-ome
CREATED:20260121T093011Z
DESCRIPTION:Sehr geehrter Herr Mag. Gruber\\,<br><br>wie telefonisch besproch
 en\\, hier die Einladung zum abschließenden Gespräch mit P. Ludwig Steiner (S
 chulerhalter\\, Stift Melk) über die Nachfolge in der Schulleitung. Anschließ
 end kleine Führung durch das Haus.<br><br>Treffpunkt: Pforte Stift\\, Abt-Ber
 thold-Dietmayr-Straße 1.<br><br>Mit herzlichen Grüßen<br>Theresia Aigner\\, S
 ekretariat\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~::~:~::-\\nAn Videoanruf teilnehmen: https://meet.google.com/kbq-twzd-o
 me\\n\\nWeitere Informationen zu Meet: https://support.google.com/a/users/ans
 wer/9282720\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-
LAST-MODIFIED:20260121T093011Z
LOCATION:Stift Melk\\, Pforte
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Schulleitung – Mag. Gruber / P. Ludwig
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "vorstellungsgespraech",
        "040000008200E00074C5B7101A82E00800000000D0B84F16A34EDC0100000000000000001000000071AA3E5C0D9F2B48B3C8A0E4F6",
        (1, "Theresianum", "Lehrkraft Mathematik/Physik mit Oberstufenkoordination", "hiring_manager",
         "m.lechner@theresianum.ac.at"),
        "outlook-sent-by-assistant-private-school",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Lechner, Martin (Direktion)";SENT-BY="mailto:assistenz.direktion@theresianum.ac.at":mailto:m.lechner@
 theresianum.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Gruber:mailto:florian.gruber@gmx.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Favoritenstraße 15 - Besprechungszimmer Direktion":mai
 lto:bz.direktion@theresianum.ac.at
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Mag. Gruber\,\n\nvielen Dank für I
 hre Bewerbung. Direktor Mag. Martin Lechner freut sich\, Sie zu einem persön
 lichen Vorstellungsgespräch begrüßen zu dürfen.\n\nBitte melden Sie sich beim
  Portier\, Favoritenstraße 15\, 1040 Wien.\n\nMit freundlichen Grüßen\nIm Auf
 trag\nClaudia Fink\nAssistenz der Direktion\n
UID:040000008200E00074C5B7101A82E00800000000D0B84F16A34EDC0100000000000000001000000071AA3E5C0D9F2B48B3C8A0E4F6
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hr. Mag. Gruber (M/Ph\, Oberstufenkoordination)
DTSTART;TZID=W. Europe Standard Time:20251203T140000
DTEND;TZID=W. Europe Standard Time:20251203T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T111502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Favoritenstraße 15 - Besprechungszimmer Direktion
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "hearing-zoom",
        "zoom-86311204577-20260312@evang-schulwerk.at",
        (1, "Evangelisches Schulwerk A.B. Wien", "Direktorin/Direktor Evangelisches Gymnasium Wien", "final",
         "h.mayerhofer@evang-schulwerk.at;ruth.kainz@evang-schulwerk.at"),
        "zoom-hearing-schulwerk-board",
        f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{TZ_VIENNA}
BEGIN:VEVENT
DTSTAMP:20260302T160455Z
DTSTART;TZID=Europe/Vienna:20260312T170000
DTEND;TZID=Europe/Vienna:20260312T180000
SUMMARY:Hearing Schulleitung Ev. Gymnasium – 2. Runde (Hr. Gruber)
UID:zoom-86311204577-20260312@evang-schulwerk.at
TZID:Europe/Vienna
DESCRIPTION:Hanna Mayerhofer lädt Sie zu einem geplanten Zoom-Meeting ein.\\n
 \\nZweite und letzte Runde: Gespräch mit dem Vorstand des Schulwerks (Dr. Ha
 nna Mayerhofer\\, Vorsitzende) und Superintendentialkuratorin Ruth Kainz. Bi
 tte bereiten Sie ca. 10 Minuten zu Ihrem Verständnis evangelischer Schulkul
 tur vor.\\n\\nZoom-Meeting beitreten\\nhttps://us06web.zoom.us/j/86311204577?p
 wd=Q0xWb2R4aFNvL1pNeWd6V1hYc2dVdz09\\n\\nMeeting-ID: 863 1120 4577\\nKennco
 de: 418277\\n\\n---\\n\\nSchnelleinwahl mobil\\n+43120609387\\,\\,86311204577#\\,\\
 ,\\,\\,*418277# Österreich\\n\\nEinwahl nach aktuellem Standort\\n• +43 12 535 5
 01 Österreich\\n• +43 670 309 0165 Österreich\\n
LOCATION:https://us06web.zoom.us/j/86311204577?pwd=Q0xWb2R4aFNvL1pNeWd6V1hYc2dVdz09
ORGANIZER;CN=Hanna Mayerhofer:mailto:h.mayerhofer@evang-schulwerk.at
ATTENDEE;CN=Ruth Kainz;ROLE=REQ-PARTICIPANT:mailto:ruth.kainz@evang-schulwerk.at
ATTENDEE;CN=florian.gruber@gmx.at;ROLE=REQ-PARTICIPANT:mailto:florian.gruber@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
]
