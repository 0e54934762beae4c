"""holdout177: own interviews at school-book publishers, ed-tech hardware, tutoring chains, a start-up, an agency."""

from holdout177ev_tz import TZ_BERLIN, TZ_VIENNA, TZ_WEU, E

EVENTS = [
    E(
        "founder-gmail",
        "2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com",
        (1, "Mathbuddy", "Co-Founder / Head of Content", "", "lukas.haberl.mathbuddy@gmail.com"),
        "founder-on-free-mail-gmail-invite",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260127T193000
DTEND;TZID=Europe/Vienna:20260127T203000
DTSTAMP:20260124T221530Z
ORGANIZER;CN=Lukas Haberl:mailto:lukas.haberl.mathbuddy@gmail.com
UID:2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=L
 ukas Haberl;X-NUM-GUESTS=0:mailto:lukas.haberl.mathbuddy@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at;X-NUM-GUESTS=0:mailto:florian.gruber@gmx.at
DESCRIPTION:Servus Florian\, danke fürs schnelle Feedback auf LinkedIn! Wie g
 eschrieben: wir (2 Gründer\, pre-seed via aws) suchen jemanden\, der die Ma
 the-Inhalte unserer KI-Übungs-App für die Unterstufe verantwortet – Teilzeit
  möglich\, später Co-Founder-Rolle mit Anteilen. Lass uns bei einem Spritzer
  reden\, ob das passt. LG Lukas
LOCATION:Café Jelinek\, Otto-Bauer-Gasse 5\, 1060 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mathbuddy x Florian
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "teams-verlag",
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E56FDC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C",
        (1, "ÖBV", "Produktmanager*in Mathematik Sekundarstufe", "hiring_manager",
         "birgit.schwaiger@oebv.at;karl.prem@oebv.at"),
        "outlook-teams-schoolbook-publisher",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Schwaiger, Birgit":mailto:birgit.schwaiger@oebv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Prem, Karl":mailto:karl.prem@oebv.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HR öbv":mailto:hr@oebv.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Gruber\,\nanbei die Einladung zum
  Gespräch mit mir (Programmleitung MINT) und Karl Prem (Verlagsleitung Sek).
  Wir freuen uns auf das Gespräch!\nBirgit Schwaiger\n\n____________________
 ____________________________________________________________\nMicrosoft Teams
 -Besprechung\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_oebvPM2026%40thread.v2/0>\nBesprechungs-ID: 349
  019 226 731\nKenncode: Ab3cD9\n___________________________________________
 _____________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E56FDC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C
SUMMARY;LANGUAGE=de-AT:Gespräch PM Mathematik / Gruber
DTSTART;TZID=W. Europe Standard Time:20260303T160000
DTEND;TZID=W. Europe Standard Time:20260303T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T094212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "tel-veritas",
        "GMX-6a0e5d44-veritas-tel",
        (1, "Veritas Verlag", "Redakteur*in Mathematik", "recruiter_screen", "Fr. Leitgeb"),
        "self-typed-floating-phone-screen-typo",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-6a0e5d44-veritas-tel
DTSTAMP:20251020T190422Z
DTSTART:20251023T124500
DTEND:20251023T131500
SUMMARY:Tel. Veritas (Fr. Leitgeb, HR) - Redakteur Mathe
DESCRIPTION:ruft mich an auf Handy\, große Pause! Stelle Redakteur*in Mathemat
 ik Linz/Homeoffice 30h. Gehaltsvorstellung ~ überlegen\, Kündigungsfirst Bu
 nd klären
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "successfactors-onsite",
        "SF-INTERVIEW-KLETT-2026-000442-03",
        (1, "Ernst Klett Verlag", "Redakteur Physik Sekundarstufe (m/w/d)", "onsite",
         "s.maurer@klett.de;f.yilmaz@klett.de"),
        "successfactors-onsite-stuttgart",
        rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:SF-INTERVIEW-KLETT-2026-000442-03
DTSTAMP:20260223T102001Z
DTSTART;TZID=Europe/Berlin:20260306T100000
DTEND;TZID=Europe/Berlin:20260306T130000
SUMMARY:Vorstellungsgespräch Redakteur Physik Sekundarstufe (m/w/d) - Florian Gruber
ORGANIZER;CN=Klett Gruppe Recruiting:mailto:recruiting@klett-gruppe.de
ATTENDEE;CN=Sandra Maurer;ROLE=REQ-PARTICIPANT:mailto:s.maurer@klett.de
ATTENDEE;CN=Fatih Yilmaz;ROLE=REQ-PARTICIPANT:mailto:f.yilmaz@klett.de
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Ernst Klett Verlag\, Rotebühlstraße 77\, 70178 Stuttgart
DESCRIPTION:Sehr geehrter Herr Gruber\,\n\nwir laden Sie zu einem persönlichen
  Gespräch nach Stuttgart ein. Ablauf: Gespräch mit Sandra Maurer (Programmb
 ereichsleitung Naturwissenschaften) und Fatih Yilmaz (Redaktion Physik)\, a
 nschließend redaktionelle Arbeitsprobe (60 Min.). Reisekosten werden erstat
 tet.\n\nIhr Recruiting-Team der Klett Gruppe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "softgarden-video",
        "softgarden-appt-3390172-cornelsen",
        (1, "Cornelsen", "Produktmanager Digitale Lernangebote Mathematik (m/w/d)", "recruiter_screen",
         "nele.behrendt@cornelsen.de"),
        "softgarden-video-first-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:softgarden-appt-3390172-cornelsen
DTSTAMP:20260302T145822Z
DTSTART:20260310T080000Z
DTEND:20260310T083000Z
SUMMARY:Video-Interview: Produktmanager Digitale Lernangebote Mathematik (m/w/d)
ORGANIZER;CN=Cornelsen Verlag GmbH:mailto:noreply@softgarden.de
ATTENDEE;CN=Florian Gruber;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Online (Link folgt per Mail)
DESCRIPTION:Guten Tag Herr Gruber\,\n\nvielen Dank für Ihre Terminauswahl. Ihr
  erstes Kennenlernen findet mit Nele Behrendt (Recruiting\, nele.behrendt@c
 ornelsen.de) statt.\n\nTermin absagen oder verschieben: https://cornelsen.sof
 tgarden.io/appointment/3390172\n\nMit freundlichen Grüßen\nCornelsen Verlag
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "icims-interview",
        "icims-ti-int-2026-19983-7741@icims.com",
        (1, "Texas Instruments", "Education Technology Consultant – Austria", "hiring_manager",
         "m.kovacs@ti.com"),
        "icims-hiring-manager-english",
        rf"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:icims-ti-int-2026-19983-7741@icims.com
DTSTAMP:20260406T081415Z
DTSTART;TZID=Europe/Berlin:20260414T090000
DTEND;TZID=Europe/Berlin:20260414T100000
SUMMARY:Interview: Education Technology Consultant – Austria (Req 19983)
ORGANIZER;CN=TI Talent Acquisition:mailto:careers@ti-icims.com
ATTENDEE;CN=Marta Kovacs;ROLE=REQ-PARTICIPANT:mailto:m.kovacs@ti.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Microsoft Teams (link in description)
DESCRIPTION:Dear Florian\,\n\nYou are confirmed for an interview with Marta Ko
 vacs\, Education Technology Manager Central Europe (hiring manager). Please
  be ready to show how you use TI-Nspire CX II in a Matura-style task (10 mi
 n).\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ti19983%40thre
 ad.v2/0\n\nTexas Instruments Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "join-interview",
        "join-interview-77124-geogebra-5510",
        (1, "GeoGebra", "Math Content Specialist (German curriculum)", "", "zoltan.farkas@geogebra.org"),
        "join-com-interview-linz",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//EN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:join-interview-77124-geogebra-5510
DTSTAMP:20260415T122012Z
DTSTART;TZID=Europe/Vienna:20260422T140000
DTEND;TZID=Europe/Vienna:20260422T150000
SUMMARY:Interview with GeoGebra: Math Content Specialist (German curriculum)
ORGANIZER;CN=Zoltan Farkas:mailto:zoltan.farkas@geogebra.org
ATTENDEE;CN=Florian Gruber;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:GeoGebra GmbH\, Altenberger Straße 69\, 4040 Linz (or Zoom)
DESCRIPTION:Hi Florian\,\n\nZoltan Farkas (Content Team Lead) invited you to a
 n interview for the position Math Content Specialist (German curriculum).\n
 \nAnswer the invitation: https://join.com/candidates/interviews/77124\n\nGood
  luck!\nYour JOIN Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "standortleitung-tel",
        "9E5D1B3F-7C2A-4A68-B0E4-1F2D3C4B5A69",
        (1, "Lernquadrat", "Standortleitung Wien-Döbling", "recruiter_screen", "Hr. Sommer"),
        "self-typed-apple-phone-screen-floating",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260318T071201Z
DTSTART:20260320T130000
DTEND:20260320T132000
DTSTAMP:20260318T071244Z
LAST-MODIFIED:20260318T071244Z
SEQUENCE:0
SUMMARY:Lernquadrat Hr. Sommer ruft an (Standortltg Döbling)
DESCRIPTION:erstes Tel.gespräch\, Teilzeit Standortleitung neben Schule mögli
 ch? Nebenbeschäftigung melden!!
TRANSP:OPAQUE
UID:9E5D1B3F-7C2A-4A68-B0E4-1F2D3C4B5A69
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "headhunter-screening",
        "040000008200E00074C5B7101A82E00800000000B9C8D7E6F56FDC010000000000000000100000001A2B3C4D5E6F7A8B9C0D1E2F3A",
        (1, "Vienna Business School", "Schulleiter/in Handelsakademie", "recruiter_screen",
         "s.pokorny@iventa.at"),
        "headhunter-names-employer-only-in-body",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Pokorny, Stefanie":mailto:s.pokorny@iventa.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="florian.gruber@gmx.at":mailto:florian.gruber@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Mag. Gruber\,\n\nwie telefonisch b
 esprochen\, anbei die Terminbestätigung für unser vertrauliches Erstgespräch.
  Unser Auftraggeber ist der Fonds der Wiener Kaufmannschaft – es geht um die
  Leitung eines Standorts der Vienna Business School (HAK/HAS). Details zum P
 rofil bespreche ich gern persönlich.\n\nBeste Grüße\nStefanie Pokorny\nSenio
 r Consultant\nIVENTA Personalberatung\, Schottenring 16\, 1010 Wien\n
UID:040000008200E00074C5B7101A82E00800000000B9C8D7E6F56FDC010000000000000000100000001A2B3C4D5E6F7A8B9C0D1E2F3A
SUMMARY;LANGUAGE=de-AT:Erstgespräch Mag. Gruber – Iventa / Pokorny
DTSTART;TZID=W. Europe Standard Time:20260409T170000
DTEND;TZID=W. Europe Standard Time:20260409T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T160505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:IVENTA\, Schottenring 16\, 1010 Wien\, 3. OG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
