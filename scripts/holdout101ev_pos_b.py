"""holdout101: the user's own interviews sent directly by employers (Outlook, Google, Apple, Thunderbird) and
typed by the user herself (raw iCalendar; CC0 1.0)."""

from __future__ import annotations

from holdout101ev_ics import ev

BER = ("Europe/Berlin",)
OLK = "Microsoft Exchange Server 2010"
OLK_ZONE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[dict[str, str]]:
    return [
        ev("outlook-room-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Ostermeier, Katrin":mailto:k.ostermeier@k-o-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kranz, Thomas":mailto:t.kranz@k-o-architekten.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Besprechungsraum Lech:mailto:raum-lech@k-o-
 architekten.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Eder\,\n\nwie telefonisch besprochen\, freuen wir uns auf das persönliche Kennenle
 rnen in unserem Büro. Herr Kranz und ich möchten mit Ihnen über die ausgeschriebene Stelle als Projektarchitektin LPH 5
 –8 sprechen. Gern können Sie Ihre Mappe mitbringen.\n\nMit freundlichen Grüßen\nKatrin Ostermeier\n\nKranz Ostermeier A
 rchitekten PartGmbB\nThalkirchner Str. 81\, 81371 München\n
UID:040000008200E00074C5B7101A82E00800000000D07F3A2C1F3BDC01000000000000000010000000F4C2E1B0A9D8C7B6A5F4E3D2C1B0A9F8
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Eder – Projektarchitektin LPH 5-8
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251017T160000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251017T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T073512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Lech
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Liebe Frau Eder\,</p><p>wie telefonisch besprochen\, freuen wir uns auf das
  persönliche Kennenlernen in unserem Büro.</p><p>Mit freundlichen Grüßen<br>Katrin Ostermeier</p></body></html>
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
""", prodid=OLK, tzids=(OLK_ZONE,), is_interview=1, company="Kranz Ostermeier Architekten",
           role="Projektarchitektin LPH 5-8", stage="onsite",
           interviewers="k.ostermeier@k-o-architekten.de;t.kranz@k-o-architekten.de",
           trap="outlook-room-lastfirst-de"),

        ev("outlook-sentby-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Robert";SENT-BY="mailto:sekretariat@lh-architekten.de":mailto:r.lindner@lh-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haas, Michaela":mailto:m.haas@lh-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Sekretariat LHA":mailto:sekretariat@lh-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Eder\,\n\nim Auftrag von Herrn Lindner sende ich Ihnen die Einladung zum Ge
 spräch über die Position Teamleitung Wettbewerbe & Entwurf. Gesprächspartner sind Herr Robert Lindner und Frau Michaela
  Haas (Partner).\n\nBitte klingeln Sie bei "LHA" im 2. OG.\n\nFreundliche Grüße\nBrigitte Maier\nSekretariat\nLindner H
 aas Architekten BDA\n
UID:040000008200E00074C5B7101A82E00800000000F1B2A3C4D5E6DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901A2B
SUMMARY;LANGUAGE=de-DE:Gespräch Teamleitung / Fr. Eder
DTSTART;TZID=W. Europe Standard Time:20251020T173000
DTEND;TZID=W. Europe Standard Time:20251020T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T091200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:LHA\, Kapuzinerstr. 38\, München
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1, company="Lindner Haas Architekten",
           role="Teamleitung Wettbewerbe & Entwurf", stage="hiring_manager",
           interviewers="r.lindner@lh-architekten.de;m.haas@lh-architekten.de", trap="outlook-sent-by-de"),

        ev("allday-probearbeit-de", r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251030
DTEND;VALUE=DATE:20251031
DTSTAMP:20251024T080000Z
ORGANIZER;CN=Jonas Wirth:mailto:j.wirth@lh-architekten.de
UID:2r4m0d8kq6p1v3s5t7u9w1y3a5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas Wirth;X-NUM-GUESTS=0:mailto:j.wirth@lh-archit
 ekten.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de;X-NUM-GUESTS=
 0:mailto:franzi.eder.arch@web.de
DESCRIPTION:Hallo Franziska\,\n\nwie mit Robert und Michaela besprochen: dein Probearbeitstag bei uns. Start 9 Uhr\, End
 e ca. 17 Uhr. Ich betreue dich den Tag über – Aufgabe ist eine kleine Entwurfsstudie für ein laufendes Wettbewerbsverfa
 hren (Grundschule). Laptop haben wir\, Stifte und Skizzenrolle gern selbst mitbringen.\n\nVG Jonas
LOCATION:Lindner Haas Architekten\, Kapuzinerstr. 38\, 80469 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probearbeitstag Franziska Eder @ LHA
TRANSP:TRANSPARENT
END:VEVENT
""", prodid=GOOGLE, is_interview=1, company="Lindner Haas Architekten", role="", stage="technical",
           interviewers="j.wirth@lh-architekten.de", trap="allday-probearbeitstag-de"),

        ev("google-founder-gmail-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251008T180000
DTEND;TZID=Europe/Berlin:20251008T190000
DTSTAMP:20251006T194455Z
ORGANIZER;CN=Paul Quernheim:mailto:paul.quernheim@gmail.com
UID:7hd93kfa0s2l4m6n8p0q2r4s6t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paul Quernheim;X-NUM-GUESTS=0:mailto:paul.quernheim
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de;X-NUM-GUESTS=
 0:mailto:franzi.eder.arch@web.de
X-GOOGLE-CONFERENCE:https://meet.google.com/qzt-hbyu-enw
DESCRIPTION:Liebe Franziska\, danke für deine Unterlagen! Lass uns über die Stelle als Projektleiterin sprechen – wir si
 nd zu viert\, d.h. du würdest viel Verantwortung übernehmen.\n\nPaul\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~::~:~::-\nMit Google Meet teilnehmen: https://meet.google.com/qzt-hbyu-enw\n\nWeitere Informationen
  zu Meet: https://support.google.com/a/users/answer/9282720\n\nBitte ändern Sie diesen Abschnitt nicht.\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Atelier Quer × Franziska – Gespräch
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, tzids=BER, is_interview=1, company="Atelier Quer", role="Projektleiterin", stage="",
           interviewers="paul.quernheim@gmail.com", trap="founder-gmail-meet-de"),

        ev("apple-icloud-de", r"""
BEGIN:VEVENT
CREATED:20251111T192233Z
DTEND;TZID=Europe/Berlin:20251119T113000
DTSTAMP:20251111T192300Z
DTSTART;TZID=Europe/Berlin:20251119T100000
LAST-MODIFIED:20251111T192300Z
LOCATION:Wagner Sailer Architekten\nGabelsbergerstraße 15\, 80333 München
ORGANIZER;CN="Ulrike Sailer";EMAIL="u.sailer@icloud.com":mailto:u.sailer@icloud.com
ATTENDEE;CN="Ulrike Sailer";CUTYPE=INDIVIDUAL;EMAIL="u.sailer@icloud.com";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:u.sailer@i
 cloud.com
ATTENDEE;CN="Michael Wagner";CUTYPE=INDIVIDUAL;EMAIL="michael@wagner-sailer.de";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPA
 NT;RSVP=TRUE:mailto:michael@wagner-sailer.de
ATTENDEE;CN="Franziska Eder";CUTYPE=INDIVIDUAL;EMAIL="franzi.eder.arch@web.de";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPAN
 T;RSVP=TRUE:mailto:franzi.eder.arch@web.de
SEQUENCE:0
SUMMARY:Kennenlernen im Büro – Wagner Sailer
DESCRIPTION:Liebe Frau Eder\, wir freuen uns auf Sie! Michael und ich nehmen uns 1\,5 Std. Zeit für Sie und Ihre Projekt
 e (Stelle: Projektarchitektin Wohnungsbau). Herzlich\, Ulrike Sailer
UID:5B2C8E41-7A93-4D1F-9E0C-3F6A1B2D4C58
URL;VALUE=URI:
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Gabelsbergerstraße 15, 80333 München, Deutschland";X-APPLE-RADIUS=70.58
 ;X-TITLE="Wagner Sailer Architekten":geo:48.148431,11.571262
END:VEVENT
""", prodid="-//Apple Inc.//iPhone OS 18.1//EN", tzids=BER, is_interview=1,
           company="Wagner Sailer Architekten", role="Projektarchitektin Wohnungsbau", stage="onsite",
           interviewers="u.sailer@icloud.com;michael@wagner-sailer.de", trap="apple-icloud-partner-de"),

        ev("thunderbird-self-de", r"""
BEGIN:VEVENT
CREATED:20251002T174411Z
LAST-MODIFIED:20251002T174530Z
DTSTAMP:20251002T174530Z
UID:8f3e1c77-4a0b-4d9a-b5c2-19e7d0a6f834
SUMMARY:Vorstellungsgespräch Zwei Punkt Null Architekten
DTSTART;TZID=Europe/Berlin:20251009T150000
DTEND;TZID=Europe/Berlin:20251009T160000
LOCATION:Schwanthalerstr. 102\, Rgb.\, 2. Stock
DESCRIPTION:Gespräch mit Markus Brandstätter (Partner) wg. Teamleitung Ausführung. Unterlagen: Mappe A3\, Zeugnisse. U4
  Theresienwiese\, 5 min Fußweg.
CLASS:PRIVATE
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
""", prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tzids=BER, method=None, is_interview=1,
           company="Zwei Punkt Null Architekten", role="Teamleitung Ausführung", stage="",
           interviewers="Markus Brandstätter", trap="thunderbird-self-typed-de"),

        ev("terse-phone-de", r"""
BEGIN:VEVENT
DTSTART:20251013T124500
DTEND:20251013T131500
DTSTAMP:20251010T061500Z
UID:0v9u8t7s6r5q4p3o2n1m0l9k8j@google.com
CREATED:20251010T061400Z
DESCRIPTION:Fr. Oberhofer (Personal) ruft an\, Projektleitung Wohnbau Innsbruck. Handy!
LAST-MODIFIED:20251010T061500Z
LOCATION:tel.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tel. VG Domus Tirol
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, method="PUBLISH", head=("X-WR-CALNAME:Franzi privat",), is_interview=1,
           company="Domus Tirol", role="Projektleitung Wohnbau", stage="recruiter_screen",
           interviewers="Fr. Oberhofer", trap="terse-floating-phone-de"),

        ev("zoom-vienna-de", r"""
BEGIN:VEVENT
UID:zoom-88217700451-feldraum-20251028
DTSTAMP:20251021T113000Z
DTSTART;TZID=Europe/Vienna:20251028T140000
DTEND;TZID=Europe/Vienna:20251028T150000
SUMMARY:Zoom-Interview Feldraum / Eder
ORGANIZER;CN=Andrea Pfeiffenberger:mailto:a.pfeiffenberger@feldraum.at
ATTENDEE;CN=Andrea Pfeiffenberger;PARTSTAT=ACCEPTED:mailto:a.pfeiffenberger@feldraum.at
ATTENDEE;CN=Georg Hinterleitner;PARTSTAT=ACCEPTED:mailto:g.hinterleitner@feldraum.at
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Sehr geehrte Frau Eder\,\n\nanbei die Einladung zum Online-Gespräch für die Stelle Projektleiterin Hochbau (
 Bildungsbauten) bei Feldraum Architektur ZT GmbH in Wien. Seitens Feldraum nehmen Georg Hinterleitner (Geschäftsführer)
  und ich teil.\n\nAndrea Pfeiffenberger lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\nhttps:
 //us06web.zoom.us/j/88217700451?pwd=ZmVsZHJhdW0\n\nMeeting-ID: 882 1770 0451\nKenncode: 417233\n\nSchnelleinwahl mobil
 \n+496938079883\,\,88217700451#\,\,\,\,*417233# Deutschland
LOCATION:https://us06web.zoom.us/j/88217700451?pwd=ZmVsZHJhdW0
END:VEVENT
""", prodid="-//zoom.us//iCalendar Event//EN", tzids=("Europe/Vienna",), is_interview=1,
           company="Feldraum Architektur", role="Projektleiterin Hochbau (Bildungsbauten)", stage="hiring_manager",
           interviewers="a.pfeiffenberger@feldraum.at;g.hinterleitner@feldraum.at", trap="zoom-austria-de"),

        ev("agency-names-employer-de", r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000030AF11D9C644DC010000000000000000100000005E6F708192A3B4C5D6E7F8091A2B3C4D
DTSTAMP:20251015T154500Z
DTSTART;TZID=W. Europe Standard Time:20251022T110000
DTEND;TZID=W. Europe Standard Time:20251022T120000
SUMMARY;LANGUAGE=de-DE:Interview RSP Rauch Stegmann – Teamleitung Ausführungsplanung (über Bauwerk Personal)
ORGANIZER;CN="Kellner, Sabrina":mailto:s.kellner@bauwerk-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Stegmann, Jörg":mailto:j.stegmann@rsp-planung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Rauch, Annette":mailto:a.rauch@rsp-planung.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kellner, Sabrina":mailto:s.kellner@bauwerk-personal.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Eder\,\n\nwie vereinbart das Gespräch bei unserem Mandanten\, der Rauch Stegmann P
 lanungsgesellschaft mbH (RSP)\, für die Position Teamleitung Ausführungsplanung. Ihre Gesprächspartner: Herr Jörg Stegm
 ann (Geschäftsführender Gesellschafter) und Frau Annette Rauch (Leitung Ausführung). Ich bin zu Beginn kurz dabei und s
 telle Sie vor.\n\nAdresse: RSP\, Landshuter Allee 8\, 80637 München\n\nViel Erfolg!\nSabrina Kellner\nSenior Consultant
  | Bauwerk Personal Consulting GmbH\n
LOCATION;LANGUAGE=de-DE:RSP\, Landshuter Allee 8\, 80637 München
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=("W. Europe Standard Time",), is_interview=1,
           company="Rauch Stegmann Planungsgesellschaft", role="Teamleitung Ausführungsplanung",
           stage="hiring_manager", interviewers="j.stegmann@rsp-planung.de;a.rauch@rsp-planung.de",
           trap="agency-names-employer-de"),

        ev("outlook-public-panel-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber-Lindl, Renate (BAU-PR)":mailto:renate.huber-lindl@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Obermaier, Dr. Klaus (BAU-H)":mailto:klaus.obermaier@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sailer, Birgit (BAU-H3)":mailto:birgit.sailer@muenchen.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Personalrat BAU":mailto:personalrat.bau@muenchen.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="BAU Friedenstr. 40 - Sitzungssaal 1.041":mailto:bau-sitzung1041@muench
 en.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Eder\,\n\nbezugnehmend auf Ihre Bewerbung auf die Ausschreibung Nr. BAU-H-2
 025-117 (Teamleitung Projektsteuerung Schulbau\, E 13 TVöD) laden wir Sie zum Auswahlgespräch (2. Stufe) ein.\n\nDie Au
 swahlkommission besteht aus Herrn Dr. Obermaier (Hauptabteilungsleitung Hochbau) und Frau Sailer (Abteilungsleitung H3)
 . Der Personalrat nimmt beratend teil. Ich koordiniere den Termin.\n\nBitte bringen Sie ein gültiges Ausweisdokument mi
 t.\n\nMit freundlichen Grüßen\nRenate Huber-Lindl\nLandeshauptstadt München\nBaureferat – Personal\n
UID:040000008200E00074C5B7101A82E00800000000A5C61B7E2A49DC01000000000000000010000000778899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch (2. Stufe) – BAU-H-2025-117 – Eder
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251203T093000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251203T103000
DTSTAMP:20251118T130000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Friedenstraße 40\, 81671 München\, Sitzungssaal 1.041
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid=OLK, tzids=(OLK_ZONE,), is_interview=1, company="Landeshauptstadt München",
           role="Teamleitung Projektsteuerung Schulbau", stage="final",
           interviewers="klaus.obermaier@muenchen.de;birgit.sailer@muenchen.de",
           trap="public-panel-resource-de"),

        ev("webex-landratsamt-de", r"""
BEGIN:VEVENT
UID:1f0a8d2e9c7b4a36@webex.com
DTSTAMP:20251028T095000Z
DTSTART;TZID=Europe/Berlin:20251105T100000
DTEND;TZID=Europe/Berlin:20251105T110000
SUMMARY:Vorstellungsgespräch Sachgebiet 33 – Hochbau\, Kreiseigene Liegenschaften
ORGANIZER;CN=Thomas Feichtmayr:mailto:thomas.feichtmayr@lra-mangfalltal.de
ATTENDEE;CN=Thomas Feichtmayr;PARTSTAT=ACCEPTED:mailto:thomas.feichtmayr@lra-mangfalltal.de
ATTENDEE;CN=Monika Zehetner;PARTSTAT=ACCEPTED:mailto:monika.zehetner@lra-mangfalltal.de
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Sehr geehrte Frau Eder\,\n\nfür Ihr Vorstellungsgespräch zur Stelle "Architekt/in (m/w/d) als Sachgebietslei
 tung Hochbau" im Landratsamt Mangfalltal nutzen wir Webex. Teilnehmende: Herr Feichtmayr (Abteilungsleitung Bauen) und
  Frau Zehetner (Personalverwaltung).\n\nWebex-Meeting beitreten\nhttps://lra-mangfalltal.webex.com/lra-mangfalltal/j.ph
 p?MTID=m3b1f0c\nMeeting-Kennnummer (Zugriffscode): 2741 118 0093\nMeeting-Passwort: Bau2025!\n\nÜber Telefon beitreten
 \n+49-619-6781-9736 Deutschland gebührenpflichtig
LOCATION:Webex
END:VEVENT
""", prodid="-//Cisco Webex//Webex Meetings//DE", tzids=BER, is_interview=1,
           company="Landratsamt Mangfalltal", role="Architekt/in (m/w/d) als Sachgebietsleitung Hochbau",
           stage="", interviewers="thomas.feichtmayr@lra-mangfalltal.de;monika.zehetner@lra-mangfalltal.de",
           trap="webex-public-de"),

        ev("calendly-invitee-de", r"""
BEGIN:VEVENT
UID:b1c2d3e4-calendly-9f8e7d6c5b4a@calendly.com
DTSTAMP:20251007T201502Z
DTSTART:20251010T070000Z
DTEND:20251010T073000Z
SUMMARY:Telefonisches Erstgespräch (30 Min.) zwischen Andreas Gruber und Franziska Eder
DESCRIPTION:Event Name: Telefonisches Erstgespräch (30 Min.)\n\nGruber + Lenz Architekten – Stelle Projektarchitekt:in H
 olzbau\n\nAndreas Gruber ruft Sie unter der angegebenen Nummer an: +49 171 5520394\n\nNeed to make changes to this even
 t?\nCancel: https://calendly.com/cancellations/b1c2d3e4\nReschedule: https://calendly.com/reschedulings/b1c2d3e4\n\nPow
 ered by Calendly.com
LOCATION:+49 171 5520394
ORGANIZER;CN=Andreas Gruber:mailto:a.gruber@gruber-lenz.de
ATTENDEE;CN=Andreas Gruber;PARTSTAT=ACCEPTED:mailto:a.gruber@gruber-lenz.de
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Calendly//Calendly Scheduling//EN", is_interview=1, company="Gruber + Lenz Architekten",
           role="Projektarchitekt:in Holzbau", stage="hiring_manager", interviewers="a.gruber@gruber-lenz.de",
           trap="calendly-invitee-phone-de"),

        ev("apple-self-mappe-de", r"""
BEGIN:VEVENT
CREATED:20251015T061011Z
UID:C7A1E2F3-0B4D-4E5F-8A9B-1C2D3E4F5A6B
DTEND;TZID=Europe/Berlin:20251024T160000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Mappenpräsentation Gruber+Lenz
LAST-MODIFIED:20251015T061200Z
DTSTAMP:20251015T061200Z
DTSTART;TZID=Europe/Berlin:20251024T143000
LOCATION:Gruber + Lenz\, Auenstr. 6
DESCRIPTION:2. Runde mit A. Gruber + P. Lenz. 3 Projekte\, max 20 min. Holzbau Kita Pasing zuerst!
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:3E4F5A6B-7C8D-4E9F-A0B1-C2D3E4F5A6B7
UID:3E4F5A6B-7C8D-4E9F-A0B1-C2D3E4F5A6B7
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
""", prodid="-//Apple Inc.//macOS 15.1//EN", tzids=BER, method=None, is_interview=1,
           company="Gruber + Lenz Architekten", role="", stage="technical",
           interviewers="A. Gruber;P. Lenz", trap="apple-self-typed-portfolio-de"),

        ev("cancel-outlook-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Obermayr, Lorenz":mailto:lorenz.obermayr@obermayr-holzbau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.eder.arch@web.de:mailto:franzi.eder.arch@web.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Eder\,\n\nleider muss ich unser Gespräch zur Stelle Leitung Planungsabteilung am F
 reitag krankheitsbedingt absagen. Ich melde mich nächste Woche mit einem neuen Terminvorschlag.\n\nBeste Grüße\nLorenz
  Obermayr\nObermayr Holzbau GmbH\n
UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Leitung Planungsabteilung
DTSTART;TZID=W. Europe Standard Time:20251114T090000
DTEND;TZID=W. Europe Standard Time:20251114T103000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251112T165000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Obermayr Holzbau\, Gewerbestr. 4\, 83607 Holzkirchen
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
""", prodid=OLK, method="CANCEL", tzids=("W. Europe Standard Time",), is_interview=1,
           company="Obermayr Holzbau", role="Leitung Planungsabteilung", stage="",
           interviewers="lorenz.obermayr@obermayr-holzbau.de", trap="cancelled-outlook-de"),

        ev("recurring-override-ch-de", r"""
BEGIN:VEVENT
UID:holm-probearbeit-2025-eder@holm-architekten.ch
DTSTAMP:20251110T100000Z
DTSTART;TZID=Europe/Zurich:20251201T090000
DTEND;TZID=Europe/Zurich:20251201T170000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Probearbeit HOLM Architekten – Franziska Eder
ORGANIZER;CN=Reto Holm:mailto:reto.holm@holm-architekten.ch
ATTENDEE;CN=Reto Holm;PARTSTAT=ACCEPTED:mailto:reto.holm@holm-architekten.ch
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:franzi.eder.arch@web.de
DESCRIPTION:Grüezi Frau Eder\, wie besprochen zwei Probetage bei uns im Atelier (Stelle Projektarchitektin Wettbewerbe).
  Tag 1: Wettbewerbsaufgabe mit dem Team\, Tag 2: Präsentation vor Reto Holm. Wir übernehmen Zugticket und Hotel.
LOCATION:HOLM Architekten AG\, Hardstrasse 219\, 8005 Zürich
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:holm-probearbeit-2025-eder@holm-architekten.ch
RECURRENCE-ID;TZID=Europe/Zurich:20251202T090000
DTSTAMP:20251125T080000Z
DTSTART;TZID=Europe/Zurich:20251202T100000
DTEND;TZID=Europe/Zurich:20251202T150000
SUMMARY:Probearbeit HOLM Architekten – Tag 2 (Präsentation 14 Uhr)
ORGANIZER;CN=Reto Holm:mailto:reto.holm@holm-architekten.ch
ATTENDEE;CN=Reto Holm;PARTSTAT=ACCEPTED:mailto:reto.holm@holm-architekten.ch
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:franzi.eder.arch@web.de
DESCRIPTION:Tag 2 beginnt später (Zug ab München 05:30 verspätet sich oft). Präsentation vor Reto Holm um 14 Uhr.
LOCATION:HOLM Architekten AG\, Hardstrasse 219\, 8005 Zürich
SEQUENCE:1
END:VEVENT
""", prodid="-//Apple Inc.//macOS 15.1//EN", tzids=("Europe/Zurich",), is_interview=1,
           company="HOLM Architekten", role="Projektarchitektin Wettbewerbe", stage="technical",
           interviewers="reto.holm@holm-architekten.ch", trap="recurring-override-trial-days-ch"),
    ]
