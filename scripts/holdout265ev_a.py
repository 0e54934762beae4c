# ruff: noqa: E501, W291, W293, RUF100
"""holdout265 events, part a: the user's own job interviews (first half)."""

from holdout265ev_zones import GOOGLE_FOOTER_EN, TEAMS_DE, TEAMS_EN, TZ_BERLIN, TZ_UTC1, TZ_WEST, WEBEX_DE, ZOOM_DE

FORMS = {
    "Elster Logistik": "Elster Logistik GmbH|Elster",
    "Jobcenter Muldental-Süd": "JC Muldental-Süd|Jobcenter Muldental Süd|JC MS",
    "Jobcenter Leipzig-Nord": "JC Leipzig-Nord|Jobcenter Leipzig Nord|JC Nord",
    "Bildungswerk Sachsen": "Bildungswerk Sachsen gGmbH|BWS",
    "Neuwerk Outplacement": "Neuwerk Outplacement & Karriereberatung GmbH|Neuwerk",
    "Pleißetal Automotive": "Pleißetal Automotive Systems GmbH|Pleissetal Automotive|PAS",
    "DataNest": "DataNest Software GmbH|DataNest Software",
    "Veridian Pharma Services": "Veridian Pharma Services GmbH|Veridian|Veridian Pharma",
    "Sparkasse Muldental-Elster": "Sparkasse|Sparkasse Muldental Elster|SKME",
    "Stadt Auenwalde": "Stadtverwaltung Auenwalde|Auenwalde",
    "Parcelo": "Parcelo Fulfillment Leipzig GmbH|Parcelo Fulfillment",
    "Stadtwerke Grimmenau": "Stadtwerke Grimmenau GmbH|SWG",
    "Akademie Plus": "AKADEMIE PLUS Bildung gGmbH|Akademie Plus Bildung",
    "Grünkorb Bio-Märkte": "Grünkorb|Gruenkorb|Grünkorb Bio-Märkte GmbH",
}

EVENTS = [
    dict(
        kind="personio-phone-screen",
        uid="personio-intv-58213-4471@elster-logistik.example.de",
        is_interview=1,
        company="Elster Logistik",
        role="HR Business Partner (m/w/d)",
        stage="recruiter_screen",
        interviewers="j.hoffmann@elster-logistik.example.de",
        trap="ats-phone-screen-utc-german",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting Interview Scheduler//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-intv-58213-4471@elster-logistik.example.de
DTSTAMP:20250203T091522Z
DTSTART:20250206T130000Z
DTEND:20250206T133000Z
SUMMARY:Telefoninterview: HR Business Partner (m/w/d) – Sabine Kretzschmar
DESCRIPTION:Hallo Frau Kretzschmar\,\n\nvielen Dank für Ihre Bewerbung als 
 HR Business Partner (m/w/d) für unseren Standort Schkeuditz. Wie vereinbar
 t ruft Sie Frau Jana Hoffmann (Talent Acquisition) unter der von Ihnen ange
 gebenen Mobilnummer an.\n\nDauer: ca. 30 Minuten\n\nViele Grüße\nIhr Recru
 iting-Team der Elster Logistik GmbH
LOCATION:Telefon (wir rufen Sie an)
ORGANIZER;CN=Elster Logistik Recruiting:mailto:jobs@elster-logistik.example.de
ATTENDEE;CN=Jana Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.hoffmann@elster-logistik.example.de
ATTENDEE;CN=Sabine Kretzschmar;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-hiring-manager",
        uid="040000008200E00074C5B7101A82E00800000000B0C3A5F1E27ADB01000000000000000010000000A4D1E0E5C6F7B94A8E33D1A0C2B4F6E1",
        is_interview=1,
        company="Elster Logistik",
        role="HR Business Partner",
        stage="hiring_manager",
        interviewers="k.brandt@elster-logistik.example.de",
        trap="outlook-last-first-cn-teams",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Kerstin":mailto:k.brandt@elster-logistik.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabine.kretzschmar@web.de:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hoffmann, Jana":mailto:j.hoffmann@elster-logistik.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Kretzschmar\,\n\nwie mit Frau Hoffmann besprochen\, lade ich Sie zum Zweitgespräch für die Position HR Business Partner ein. Ich freue mich darauf\, Sie kennenzulernen und Ihnen mehr über unsere Standorte und die Zusammenarbeit mit den Führungskräften zu erzählen.\n\nBeste Grüße\nKerstin Brandt\nLeiterin Personal\n{TEAMS_DE}
UID:040000008200E00074C5B7101A82E00800000000B0C3A5F1E27ADB01000000000000000010000000A4D1E0E5C6F7B94A8E33D1A0C2B4F6E1
SUMMARY;LANGUAGE=de-DE:Zweitgespräch HR Business Partner – Frau Kretzschmar
DTSTART;TZID=W. Europe Standard Time:20250213T100000
DTEND;TZID=W. Europe Standard Time:20250213T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T143011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
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
    dict(
        kind="ios-handtyped-assessment",
        uid="7C1E4B2A-93D5-4F0E-8A61-2D9B7E3F5C10",
        is_interview=1,
        company="Elster Logistik",
        role="",
        stage="final",
        interviewers="",
        trap="handtyped-ac-abbreviation-floating",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250221T181204Z
DTEND:20250305T140000
DTSTAMP:20250221T181206Z
DTSTART:20250305T090000
LAST-MODIFIED:20250221T181205Z
LOCATION:Elster Logistik\, Halle 4 Verwaltung\, Am Güterring 12\, Schkeuditz
SEQUENCE:0
SUMMARY:AC Elster (Finalrunde!!)
DESCRIPTION:Präsi 15 min zu "HR als Partner der Schichtleitung" mitbringen\, USB-Stick + Ausdruck. Rollenspiel Konfliktgespräch\, Gruppenübung. Fr. Brandt + GF + BR dabei. Perso mitnehmen f. Pforte
UID:7C1E4B2A-93D5-4F0E-8A61-2D9B7E3F5C10
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H30M
UID:2B9F41C7-5D2E-4A8B-9C61-0F3E7A2D1B44
X-WR-ALARMUID:2B9F41C7-5D2E-4A8B-9C61-0F3E7A2D1B44
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    dict(
        kind="outlook-public-panel-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000D27E9B4C0B8BDB010000000000000000100000005F2C8E41A0B7D34A9C1E66F0B2D8A371",
        is_interview=1,
        company="Jobcenter Muldental-Süd",
        role="Teamleitung Markt & Integration",
        stage="onsite",
        interviewers="u.wendler@jobcenter-muldental-sued.example.de;r.kaiser@jobcenter-muldental-sued.example.de;personalrat@jobcenter-muldental-sued.example.de;m.seidel@jobcenter-muldental-sued.example.de",
        trap="public-sector-panel-personalrat-rescheduled-sequence",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC1}
BEGIN:VEVENT
ORGANIZER;CN="Frenzel, Birgit (JC Muldental-Süd)":mailto:b.frenzel@jobcenter-muldental-sued.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dr. Wendler, Ulrike (Geschäftsführerin)":mailto:u.wendler@jobcenter-muldental-sued.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kaiser, Ronny (Bereichsleitung M&I)":mailto:r.kaiser@jobcenter-muldental-sued.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Personalrat JC Muldental-Süd:mailto:personalrat@jobcenter-muldental-sued.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Seidel, Monika (Gleichstellungsbeauftragte)":mailto:m.seidel@jobcenter-muldental-sued.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Beratungsraum 1.08 (Dienstsitz Grimma):mailto:raum108.grimma@jobcenter-muldental-sued.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Kretzschmar\,\n\nleider müssen wir den Termin Ihres Auswahlgesprächs aus dienstlichen Gründen verschieben. Der neue Termin ist Dienstag\, 18.03.2025\, 13:30 Uhr.\n\nAuswahlgespräch zur Ausschreibung Kennziffer 07/2025 – Teamleitung Markt & Integration (TE IV). Das strukturierte Interview dauert ca. 60 Minuten. Der Auswahlkommission gehören die Geschäftsführerin\, der Bereichsleiter Markt & Integration\, ein Mitglied des Personalrats sowie die Gleichstellungsbeauftragte an.\n\nBitte melden Sie sich 10 Minuten vorher am Empfang\, Dienstsitz Grimma\, Lausicker Str. 40.\n\nMit freundlichen Grüßen\nBirgit Frenzel\nPersonalservice
UID:040000008200E00074C5B7101A82E00800000000D27E9B4C0B8BDB010000000000000000100000005F2C8E41A0B7D34A9C1E66F0B2D8A371
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Teamleitung M&I (Kz. 07/2025) – Kretzschmar
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250318T133000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250318T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T080412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:Dienstsitz Grimma\, Beratungsraum 1.08
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1849022115
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-second-round-notes",
        uid="e3a9d5f0-6c1b-4b7e-9f2a-8d41c07be513",
        is_interview=1,
        company="Jobcenter Muldental-Süd",
        role="Teamleitung",
        stage="final",
        interviewers="Dr. Ulrike Wendler",
        trap="handtyped-jobcenter-abbrev-like-workday",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250320T194455Z
LAST-MODIFIED:20250320T194722Z
DTSTAMP:20250320T194722Z
UID:e3a9d5f0-6c1b-4b7e-9f2a-8d41c07be513
SUMMARY:JC MS 2. Runde - Präsi Fallbeispiel + Gespräch GF
DTSTART;TZID=Europe/Berlin:20250401T090000
DTEND;TZID=Europe/Berlin:20250401T103000
LOCATION:Grimma\, Lausicker Str. 40\, Zi. 2.01
DESCRIPTION:Präsentation 10 min: "Integrationsquote im Team steigern – erst
 e 100 Tage als TL"\nDanach Gespräch mit GF Dr. Ulrike Wendler\, Personalrat
  wieder dabei.\nUrlaub beantragt (halber Tag).
CATEGORIES:Bewerbung
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Standardbeschreibung von Mozilla
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exchange-internal-application-sent-by",
        uid="040000008200E00074C5B7101A82E0080000000090A61E2F3C9BDB0100000000000000001000000083B6E1F0A2C94D4FB1D0E7A6C3F25B18",
        is_interview=1,
        company="Jobcenter Leipzig-Nord",
        role="Teamleitung Arbeitgeberservice",
        stage="onsite",
        interviewers="t.reuter@jobcenter-leipzig-nord.example.de;a.fuchs@jobcenter-leipzig-nord.example.de;h.lange@jobcenter-leipzig-nord.example.de",
        trap="internal-application-own-employer-work-address-sent-by",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Reuter, Thomas";SENT-BY="mailto:gf-vorzimmer@jobcenter-leipzig-nord.example.de":mailto:t.reuter@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fuchs, Anett":mailto:a.fuchs@jobcenter-leipzig-nord.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lange, Holger (Personalrat)":mailto:h.lange@jobcenter-leipzig-nord.example.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="JC-LN Besprechung 3.12 (12 Pers.)":mailto:raum312@jobcenter-leipzig-nord.example.de
DESCRIPTION;LANGUAGE=de-DE:Interne Stellenausschreibung IA 04/2025 – Teamleitung Arbeitgeberservice (AGS)\n\nLiebe Frau Kretzschmar\,\n\nim Rahmen Ihrer internen Bewerbung laden wir Sie zum Auswahlgespräch ein. Teilnehmende: Herr Reuter (Geschäftsführer)\, Frau Fuchs (Bereichsleitung)\, Herr Lange (Personalrat). Die Gleichstellungsbeauftragte wurde informiert und hat auf Teilnahme verzichtet.\n\nDas Gespräch gilt als Arbeitszeit.\n\ni.A. Vorzimmer Geschäftsführung
UID:040000008200E00074C5B7101A82E0080000000090A61E2F3C9BDB0100000000000000001000000083B6E1F0A2C94D4FB1D0E7A6C3F25B18
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch IA 04/2025 TL AGS
DTSTART;TZID=W. Europe Standard Time:20250324T140000
DTEND;TZID=W. Europe Standard Time:20250324T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250312T101503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:JC-LN Besprechung 3.12 (12 Pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-zoom-bildungstraeger",
        uid="040000008200E00074C5B7101A82E00800000000C1D4F2A7E59ADB01000000000000000010000000A71E3D5B9C0F42E8B61A7D3C5E9F0B24",
        is_interview=1,
        company="Bildungswerk Sachsen",
        role="Standortleitung Leipzig",
        stage="hiring_manager",
        interviewers="p.hartung@bildungswerk-sachsen.example.de",
        trap="bildungstraeger-zoom-outlook-no-vtimezone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hartung, Peter":mailto:p.hartung@bildungswerk-sachsen.example.de
ATTENDEE;CN=sabine.kretzschmar@web.de;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nvielen Dank für Ihr Interesse an der Standortleitung Leipzig (Maßnahmen nach § 45 SGB III und § 16 SGB II). Gern möchte ich mich mit Ihnen per Zoom unterhalten.\n\nMit freundlichen Grüßen\nPeter Hartung\nGeschäftsführer\nBildungswerk Sachsen gGmbH{ZOOM_DE}
UID:040000008200E00074C5B7101A82E00800000000C1D4F2A7E59ADB01000000000000000010000000A71E3D5B9C0F42E8B61A7D3C5E9F0B24
SUMMARY:Gespräch Standortleitung Leipzig / S. Kretzschmar
DTSTART;TZID=W. Europe Standard Time:20250225T163000
DTEND;TZID=W. Europe Standard Time:20250225T171500
DTSTAMP:20250219T120944Z
LOCATION:https://us06web.zoom.us/j/84127735510?pwd=QnR2dW1KeXhBZz09
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-lehrprobe",
        uid="A0F3C9E2-1B7D-4E5A-B8C4-6D2F9E1A7B35",
        is_interview=1,
        company="Bildungswerk Sachsen",
        role="Standortleitung",
        stage="technical",
        interviewers="",
        trap="trade-trial-teaching-unit-handtyped",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250227T072931Z
DTEND:20250307T120000
DTSTAMP:20250227T073010Z
DTSTART:20250307T100000
LAST-MODIFIED:20250227T073009Z
LOCATION:BWS Georg-Schwarz-Str. 82
SEQUENCE:0
SUMMARY:Lehrprobe BWS - Bewerbungstraining 45min\, 12 TN
DESCRIPTION:für Standortleitung. Thema frei wählen -> Selbstpräsentation / Stärken. Danach Auswertung mit Hr Hartung + Fachbereichsleitung. Flipchart da\, Beamer fragen
UID:A0F3C9E2-1B7D-4E5A-B8C4-6D2F9E1A7B35
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-founder-freemail-coffee",
        uid="3p7m1kq8d2v9c0h5t4r6sfa1bn@google.com",
        is_interview=1,
        company="Neuwerk Outplacement",
        role="Beraterin Outplacement",
        stage="hiring_manager",
        interviewers="matthias.lorenz.neuwerk@gmail.com",
        trap="founder-freemail-coffee-is-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250212T080000Z
DTEND:20250212T090000Z
DTSTAMP:20250208T164102Z
ORGANIZER;CN=Matthias Lorenz:mailto:matthias.lorenz.neuwerk@gmail.com
UID:3p7m1kq8d2v9c0h5t4r6sfa1bn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sabine.kretzschmar@web.de;X-NUM-GUESTS=0:mailto:sabine.kretzschmar@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Matthias Lorenz;X-NUM-GUESTS=0:mailto:matthias.lorenz.neuwerk@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-trbn-kfa
CREATED:20250208T164101Z
DESCRIPTION:Liebe Frau Kretzschmar\, \n\nwie am Telefon besprochen: lassen 
 Sie uns bei einem Kaffee ganz unverbindlich über die Beraterstelle bei Neuw
 erk sprechen. Wir sind noch ein kleines Team (Outplacement\, Newplacement\, 
 Transfergesellschaften) und suchen jemanden mit Erfahrung in der Vermittlun
 g.\n\nHerzliche Grüße\nMatthias Lorenz\nGründer & Geschäftsführer Neuwerk O
 utplacement & Karriereberatung{GOOGLE_FOOTER_EN}
LAST-MODIFIED:20250208T164101Z
LOCATION:Café Grundmann\, August-Bebel-Str. 2\, Leipzig
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee & Kennenlernen Neuwerk / Frau Kretzschmar
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-roleplay-outplacement",
        uid="6hs0b4o8c1j2n9f3k5m7q0eu2d@google.com",
        is_interview=1,
        company="Neuwerk Outplacement",
        role="Beraterin Outplacement",
        stage="technical",
        interviewers="matthias.lorenz.neuwerk@gmail.com;c.wolff@neuwerk-outplacement.example.de",
        trap="role-play-case-simulation-freemail-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250226T140000
DTEND;TZID=Europe/Berlin:20250226T160000
DTSTAMP:20250217T091822Z
ORGANIZER;CN=Matthias Lorenz:mailto:matthias.lorenz.neuwerk@gmail.com
UID:6hs0b4o8c1j2n9f3k5m7q0eu2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claudia Wolff;X-NUM-GUESTS=0:mailto:c.wolff@neuwerk-outplacement.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sabine.kretzschmar@web.de;X-NUM-GUESTS=0:mailto:sabine.kretzschmar@web.de
CREATED:20250217T091822Z
DESCRIPTION:Hallo Frau Kretzschmar\,\n\nwie besprochen der zweite Termin mi
 t meiner Partnerin Claudia Wolff. Wir würden gern eine kurze Fallsimulation 
 machen: Sie begleiten einen Klienten (Claudia) am Tag nach der Kündigung du
 rch ein erstes Orientierungsgespräch. Ca. 30 Minuten Rollenspiel\, danach F
 eedback und Ihre Fragen zu Konditionen.\n\nViele Grüße\nMatthias{GOOGLE_FOOTER_EN}
LAST-MODIFIED:20250217T091822Z
LOCATION:Neuwerk\, Karl-Heine-Str. 93\, 2. OG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Neuwerk – 2. Gespräch mit Fallsimulation (Kretzschmar)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-screen",
        uid="SF-ISCH-2025-0008812-CAND-41177@pleissetal-automotive.example.de",
        is_interview=1,
        company="Pleißetal Automotive",
        role="HR Business Partner Produktion (m/w/d)",
        stage="recruiter_screen",
        interviewers="n.schaller@pleissetal-automotive.example.de",
        trap="successfactors-ats-organizer-noreply",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISCH-2025-0008812-CAND-41177@pleissetal-automotive.example.de
DTSTAMP:20250304T120155Z
DTSTART:20250311T080000Z
DTEND:20250311T084500Z
SUMMARY:Interview: HR Business Partner Produktion (m/w/d) - Req 8812
ORGANIZER;CN="Pleißetal Automotive Careers":mailto:noreply-careers@pleissetal-automotive.example.de
ATTENDEE;CN="Nadine Schaller";ROLE=REQ-PARTICIPANT:mailto:n.schaller@pleissetal-automotive.example.de
ATTENDEE;CN="Sabine Kretzschmar";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Microsoft Teams (Link folgt in separater E-Mail)
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nSie haben den folgenden Inte
 rviewtermin gebucht:\n\nStelle: HR Business Partner Produktion (m/w/d)\nAn
 forderung: 8812\nStandort: Meuselwitz\nInterviewer: Nadine Schaller (Talent
  Acquisition Partner)\nDauer: 45 Minuten\n\nSie können den Termin bis 24 St
 unden vorher über das Kandidatenportal ändern.\n\nPowered by SAP SuccessFac
 tors
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel-betriebsrat-room",
        uid="040000008200E00074C5B7101A82E00800000000F07B2C1D3AB0DB01000000000000000010000000C2E4A6B8D0F1E3A5C7E9B1D3F5A7C9E1",
        is_interview=1,
        company="Pleißetal Automotive",
        role="HR Business Partner Produktion",
        stage="onsite",
        interviewers="s.albrecht@pleissetal-automotive.example.de;d.winkler@pleissetal-automotive.example.de;br-vorsitz@pleissetal-automotive.example.de",
        trap="panel-with-betriebsrat-room-resource",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Schaller, Nadine":mailto:n.schaller@pleissetal-automotive.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabine.kretzschmar@web.de:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albrecht, Sven":mailto:s.albrecht@pleissetal-automotive.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Winkler, Doreen":mailto:d.winkler@pleissetal-automotive.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Betriebsrat Vorsitz":mailto:br-vorsitz@pleissetal-automotive.example.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MEU Werk 1 Konferenz Pleiße (EG)":mailto:meu-konf-pleisse@pleissetal-automotive.example.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Frau Kretzschmar\,\n\nanbei die Einladung zum persönlichen Vorstellungsgespräch für die Position HR Business Partner Produktion. Ihre Gesprächspartner: Sven Albrecht (Leiter HR Operations)\, Doreen Winkler (Produktionsleiterin Montage) sowie ein Mitglied des Betriebsrats.\n\nAnfahrt: Werk 1\, Industriestraße 7\, 04610 Meuselwitz\, Parkplatz P2 Besucher. Bitte Personalausweis für die Werksanmeldung mitbringen.\n\nViele Grüße\nNadine Schaller
UID:040000008200E00074C5B7101A82E00800000000F07B2C1D3AB0DB01000000000000000010000000C2E4A6B8D0F1E3A5C7E9B1D3F5A7C9E1
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch HRBP Produktion | Kretzschmar
DTSTART;TZID=W. Europe Standard Time:20250327T090000
DTEND;TZID=W. Europe Standard Time:20250327T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T153344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MEU Werk 1 Konferenz Pleiße (EG)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-final-plant-manager",
        uid="webex-5f81c3a0e9d24b7a@pleissetal-automotive.example.de",
        is_interview=1,
        company="Pleißetal Automotive",
        role="HR Business Partner Produktion",
        stage="final",
        interviewers="f.hentschel@pleissetal-automotive.example.de",
        trap="webex-boilerplate-final",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//DE
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:webex-5f81c3a0e9d24b7a@pleissetal-automotive.example.de
DTSTAMP:20250402T110022Z
DTSTART;TZID=Europe/Berlin:20250408T150000
DTEND;TZID=Europe/Berlin:20250408T154500
SUMMARY:Abschlussgespräch Werkleitung – HRBP Produktion (Fr. Kretzschmar)
ORGANIZER;CN=Frank Hentschel:mailto:f.hentschel@pleissetal-automotive.example.de
ATTENDEE;CN=Frank Hentschel;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:f.hentschel@pleissetal-automotive.example.de
ATTENDEE;CN=Sabine Kretzschmar;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Webex
DESCRIPTION:Frank Hentschel (Werkleiter Meuselwitz) lädt Sie zu einem Webex-Meeting ein.\n\nThema: Abschlussgespräch HR Business Partner Produktion{WEBEX_DE}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-recruiter-call-english",
        uid="greenhouse-interview-88213507-20250219@datanest.example.com",
        is_interview=1,
        company="DataNest",
        role="Talent Acquisition Lead (DACH)",
        stage="recruiter_screen",
        interviewers="lea.pohl@datanest.example.com",
        trap="greenhouse-english-startup",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88213507-20250219@datanest.example.com
DTSTAMP:20250214T101533Z
DTSTART:20250219T110000Z
DTEND:20250219T113000Z
SUMMARY:Sabine Kretzschmar <> DataNest | Recruiter Call
ORGANIZER;CN=Lea Pohl:mailto:lea.pohl@datanest.example.com
ATTENDEE;CN=Lea Pohl;PARTSTAT=ACCEPTED:mailto:lea.pohl@datanest.example.com
ATTENDEE;CN=Sabine Kretzschmar;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Hi Sabine\,\n\nthanks for applying to the Talent Acquisition Lead (DACH) role at DataNest! This is a 30 minute intro call with me\, Lea (People Partner). We can switch to German any time.\n\nTalk soon\,\nLea\n{TEAMS_EN}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-head-of-people",
        uid="0vb9d7rr2o4q1l3m6k8n2p5s7t@google.com",
        is_interview=1,
        company="DataNest",
        role="Talent Acquisition Lead (DACH)",
        stage="hiring_manager",
        interviewers="jan.oertel@datanest.example.com",
        trap="google-invite-english-footer-hiring-manager",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250226T130000Z
DTEND:20250226T140000Z
DTSTAMP:20250220T083410Z
ORGANIZER;CN=Lea Pohl:mailto:lea.pohl@datanest.example.com
UID:0vb9d7rr2o4q1l3m6k8n2p5s7t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jan Oertel;X-NUM-GUESTS=0:mailto:jan.oertel@datanest.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sabine.kretzschmar@web.de;X-NUM-GUESTS=0:mailto:sabine.kretzschmar@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lea Pohl;X-NUM-GUESTS=0:mailto:lea.pohl@datanest.example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/dpn-hwua-zkc
CREATED:20250220T083409Z
DESCRIPTION:Interview with Jan Oertel (Head of People) – hiring process for
  Talent Acquisition Lead (DACH). We will go through your experience with hi
 ring volume roles and how you'd build our employer brand in Leipzig.\n\nJoi
 n with Google Meet: https://meet.google.com/dpn-hwua-zkc\nOr dial: (DE) +49
  30 5557 1190 PIN: 802 331 472#{GOOGLE_FOOTER_EN}
LAST-MODIFIED:20250220T083410Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DataNest: Hiring Manager Interview – Sabine Kretzschmar
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-final-cancelled",
        uid="greenhouse-interview-88213977-20250310@datanest.example.com",
        is_interview=1,
        company="DataNest",
        role="Talent Acquisition Lead (DACH)",
        stage="final",
        interviewers="tobias.keil@datanest.example.com;mira.anand@datanest.example.com",
        trap="method-cancel-final-english",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:greenhouse-interview-88213977-20250310@datanest.example.com
DTSTAMP:20250307T161102Z
DTSTART:20250310T140000Z
DTEND:20250310T150000Z
SUMMARY:Cancelled: Final Interview – Founders | Sabine Kretzschmar (Talent Acquisition Lead)
ORGANIZER;CN=Lea Pohl:mailto:lea.pohl@datanest.example.com
ATTENDEE;CN=Tobias Keil:mailto:tobias.keil@datanest.example.com
ATTENDEE;CN=Mira Anand:mailto:mira.anand@datanest.example.com
ATTENDEE;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@web.de
DESCRIPTION:This interview has been cancelled. Lea will reach out to you with more information.\n\nInterviewers: Tobias Keil (CEO & Co-Founder)\, Mira Anand (CTO & Co-Founder)
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-teams-english",
        uid="WD-INTERVIEW-R-104552-7731@veridian-pharma.example.com",
        is_interview=1,
        company="Veridian Pharma Services",
        role="HR Business Partner (f/m/d)",
        stage="hiring_manager",
        interviewers="claire.mortimer@veridian-pharma.example.com",
        trap="workday-english-requisition-id",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-104552-7731@veridian-pharma.example.com
DTSTAMP:20250310T074411Z
DTSTART:20250314T090000Z
DTEND:20250314T100000Z
SUMMARY:Interview: HR Business Partner (f/m/d) - Leipzig - R-104552
ORGANIZER;CN=Veridian Talent Acquisition:mailto:veridian@myworkday.example.com
ATTENDEE;CN=Claire Mortimer;ROLE=REQ-PARTICIPANT:mailto:claire.mortimer@veridian-pharma.example.com
ATTENDEE;CN=Sabine Kretzschmar;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Microsoft Teams
DESCRIPTION:Dear Sabine\,\n\nYour interview for HR Business Partner (f/m/d) - Leipzig (R-104552) has been scheduled.\n\nInterviewer: Claire Mortimer\, Senior Director HR Europe (hiring manager)\nFormat: Competency-based interview (STAR)\n\nPlease make sure your candidate profile in Workday is complete.\n{TEAMS_EN}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel-english-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000A3F2B1C0D9C0DB0100000000000000001000000019E7C5A3B1F9D7E5C3A1B9F7D5E3C1A9",
        is_interview=1,
        company="Veridian Pharma Services",
        role="HR Business Partner",
        stage="onsite",
        interviewers="claire.mortimer@veridian-pharma.example.com;thomas.beck@veridian-pharma.example.com;ines.graf@veridian-pharma.example.com",
        trap="windows-zone-without-vtimezone-panel-english",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Novak, Petra":mailto:petra.novak@veridian-pharma.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mortimer, Claire":mailto:claire.mortimer@veridian-pharma.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beck, Thomas":mailto:thomas.beck@veridian-pharma.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Graf, Ines":mailto:ines.graf@veridian-pharma.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LEJ-Site Meeting Room Saxony 2.04":mailto:lej-mr-saxony@veridian-pharma.example.com
DESCRIPTION;LANGUAGE=en-US:Hi Sabine\,\n\nplease find below the details for your panel interview at our Leipzig site:\n\n09:30 Welcome & site tour (Petra Novak\, HR Coordinator)\n10:00 Panel: Claire Mortimer (Sr Director HR Europe)\, Thomas Beck (Site Head Operations)\, Ines Graf (Head of Quality)\n11:00 Q&A\n\nThe panel will be held in English and German.\n\nBest regards\,\nPetra
UID:040000008200E00074C5B7101A82E00800000000A3F2B1C0D9C0DB0100000000000000001000000019E7C5A3B1F9D7E5C3A1B9F7D5E3C1A9
SUMMARY;LANGUAGE=en-US:Panel Interview – HRBP Leipzig – Sabine Kretzschmar
DTSTART;TZID=W. Europe Standard Time:20250402T093000
DTEND;TZID=W. Europe Standard Time:20250402T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T092201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:LEJ-Site Meeting Room Saxony 2.04; Am Exerzierplatz 3\, Leipzig
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="rexx-bank-interview",
        uid="rexx-termin-20250317-5512-88@sparkasse-muldental-elster.example.de",
        is_interview=1,
        company="Sparkasse Muldental-Elster",
        role="Personalreferent/in Recruiting & Ausbildung",
        stage="hiring_manager",
        interviewers="kerstin.pfeiffer@sparkasse-muldental-elster.example.de;andre.mueller@sparkasse-muldental-elster.example.de",
        trap="local-ats-rexx-bank",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-termin-20250317-5512-88@sparkasse-muldental-elster.example.de
DTSTAMP:20250311T132212Z
DTSTART;TZID=Europe/Berlin:20250317T100000
DTEND;TZID=Europe/Berlin:20250317T110000
SUMMARY:Vorstellungsgespräch Personalreferent/in Recruiting & Ausbildung
LOCATION:Hauptstelle Grimma\, Markt 9\, Raum 310
ORGANIZER;CN=Sparkasse Muldental-Elster Personal:mailto:bewerbung@sparkasse-muldental-elster.example.de
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN=Kerstin Pfeiffer:mailto:kerstin.pfeiffer@sparkasse-muldental-elster.example.de
ATTENDEE;CN=André Müller:mailto:andre.mueller@sparkasse-muldental-elster.example.de
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nwir freuen uns\, Sie zu einem persönlichen Gespräch einladen zu dürfen.\n\nGesprächspartner: Kerstin Pfeiffer (Abteilungsleiterin Personal)\, André Müller (Ausbildungsleiter)\n\nBitte bestätigen Sie den Termin über unser Bewerberportal.\n\nMit freundlichen Grüßen\nIhre Sparkasse Muldental-Elster
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-allday-assessment-center",
        uid="040000008200E00074C5B7101A82E008000000005E4D3C2B1A0ADB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049",
        is_interview=1,
        company="Sparkasse Muldental-Elster",
        role="Personalreferent/in Recruiting & Ausbildung",
        stage="final",
        interviewers="",
        trap="all-day-assessment-center-no-named-assessors",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Personal Sparkasse Muldental-Elster":mailto:bewerbung@sparkasse-muldental-elster.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabine.kretzschmar@web.de:mailto:sabine.kretzschmar@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Kretzschmar\,\n\nwie telefonisch angekündigt laden wir Sie zur zweiten und finalen Auswahlstufe ein: Assessment-Center Personalreferent/in Recruiting & Ausbildung.\n\nAblauf (ca. 8:30 – 16:00 Uhr): Postkorbübung\, Präsentation\, Rollenspiel Mitarbeitergespräch\, Interview mit Vorstand. Für Verpflegung ist gesorgt.\n\nIhre Sparkasse
UID:040000008200E00074C5B7101A82E008000000005E4D3C2B1A0ADB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049
SUMMARY;LANGUAGE=de-DE:Assessment-Center Personalreferent/in (ganztägig)
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250405
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T104412Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bildungszentrum der Sparkasse\, Grimma
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-city-selection-committee",
        uid="040000008200E00074C5B7101A82E00800000000B4A39281706FDB0100000000000000001000000062F1A0B9C8D7E6F5A4B3C2D1E0F9A8B7",
        is_interview=1,
        company="Stadt Auenwalde",
        role="Sachgebietsleitung Personalgewinnung (EG 11 TVöD)",
        stage="onsite",
        interviewers="buergermeister@auenwalde.example.de;hauptamt.leitung@auenwalde.example.de;personalrat@auenwalde.example.de;gleichstellung@auenwalde.example.de;sbv@auenwalde.example.de",
        trap="municipal-selection-committee-utc-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Haupt- und Personalamt Auenwalde":mailto:personalamt@auenwalde.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kretzschmar Sabine:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bürgermeister Kühnel":mailto:buergermeister@auenwalde.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Krug, Sylvia (Amtsleiterin Hauptamt)":mailto:hauptamt.leitung@auenwalde.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Personalrat:mailto:personalrat@auenwalde.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gleichstellungsbeauftragte:mailto:gleichstellung@auenwalde.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Schwerbehindertenvertretung:mailto:sbv@auenwalde.example.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlverfahren Sachgebietsleitung Personalgewinnung (EG 11 TVöD)\, Ausschreibung 03/2025\n\nSehr geehrte Frau Kretzschmar\,\n\nhiermit laden wir Sie zum Vorstellungsgespräch vor der Auswahlkommission ein. Bitte bereiten Sie eine Kurzpräsentation (max. 5 Minuten) zum Thema "Fachkräftegewinnung für eine Kommune im ländlichen Raum" vor.\n\nOrt: Rathaus Auenwalde\, Sitzungssaal\, Markt 1\n\nIm Auftrag\nHaupt- und Personalamt
UID:040000008200E00074C5B7101A82E00800000000B4A39281706FDB0100000000000000001000000062F1A0B9C8D7E6F5A4B3C2D1E0F9A8B7
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch SGL Personalgewinnung – Bewerberin Nr. 4
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250409T110000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250409T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T071533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rathaus Auenwalde\, Sitzungssaal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="status-cancelled-second-round",
        uid="040000008200E00074C5B7101A82E0080000000011D2E3F4A5B6DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        is_interview=1,
        company="Stadt Auenwalde",
        role="Sachgebietsleitung Personalgewinnung",
        stage="final",
        interviewers="buergermeister@auenwalde.example.de",
        trap="status-cancelled-hiring-freeze",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC1}
BEGIN:VEVENT
ORGANIZER;CN="Haupt- und Personalamt Auenwalde":mailto:personalamt@auenwalde.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kretzschmar Sabine:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Bürgermeister Kühnel":mailto:buergermeister@auenwalde.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Kretzschmar\,\n\naufgrund der vom Stadtrat beschlossenen vorläufigen Haushaltsführung und der damit verbundenen Stellenbesetzungssperre müssen wir das zweite Gespräch mit dem Bürgermeister leider absagen. Wir melden uns\, sobald das Verfahren fortgesetzt werden kann.\n\nIm Auftrag\nHaupt- und Personalamt
UID:040000008200E00074C5B7101A82E0080000000011D2E3F4A5B6DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=de-DE:Abgesagt: Zweitgespräch Bürgermeister – SGL Personalgewinnung
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250423T140000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250423T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250416T081200Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Rathaus Auenwalde\, Zimmer des Bürgermeisters
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-portal-phone-screen",
        uid="cand-portal-ps-2025-03-06-771204@parcelo.example.com",
        is_interview=1,
        company="Parcelo",
        role="HR Business Partner, Fulfillment Center LEJ2",
        stage="recruiter_screen",
        interviewers="Marek Kosinski",
        trap="big-logistics-candidate-portal-phone-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Parcelo//Candidate Self-Scheduling 3.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:cand-portal-ps-2025-03-06-771204@parcelo.example.com
DTSTAMP:20250303T190205Z
DTSTART:20250306T150000Z
DTEND:20250306T153000Z
SUMMARY:Parcelo Phone Screen: HR Business Partner\, Fulfillment Center LEJ2
DESCRIPTION:Your phone screen with Marek Kosinski (Recruiter\, EU Operations HR) is confirmed.\nHe will call you at +49 1575 550 2231. The conversation will be held in German or English.\n\nPrepare: Parcelo Leadership Principles\, STAR examples.\nJob ID: 2931507\n\nNeed to reschedule? Use your candidate portal.
LOCATION:Phone
ORGANIZER;CN=Parcelo Recruiting:mailto:no-reply@parcelo-jobs.example.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="virtual-loop-three-interviewers",
        uid="cand-portal-loop-2025-03-20-771204@parcelo.example.com",
        is_interview=1,
        company="Parcelo",
        role="HR Business Partner, Fulfillment Center LEJ2",
        stage="onsite",
        interviewers="shahn@parcelo.example.com;kzeller@parcelo.example.com;rbauer@parcelo.example.com",
        trap="virtual-onsite-loop-in-description-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Parcelo//Candidate Self-Scheduling 3.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:cand-portal-loop-2025-03-20-771204@parcelo.example.com
DTSTAMP:20250312T101544Z
DTSTART:20250320T080000Z
DTEND:20250320T110000Z
SUMMARY:Virtual Onsite ("Loop") – HR Business Partner LEJ2
DESCRIPTION:Schedule (CET):\n09:00-09:55 Stefanie Hahn\, Senior HRBP (shahn@parcelo.example.com) – Bar Raiser\n10:00-10:55 Kai Zeller\, Site Leader LEJ2 (kzeller@parcelo.example.com)\n11:00-11:55 Ramona Bauer\, HR Manager (rbauer@parcelo.example.com)\n\nAll interviews take place via Parcelo Meet: https://meet.parcelo.example.com/r/771204\nYour recruiting coordinator: Aylin Demir (ademir@parcelo.example.com)
LOCATION:Parcelo Meet (virtual)
ORGANIZER;CN=Parcelo Recruiting:mailto:no-reply@parcelo-jobs.example.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-screen-names-client",
        uid="20250224T091500-4411@kestrel-personal.example.de",
        is_interview=1,
        company="Stadtwerke Grimmenau",
        role="HR Business Partner (m/w/d)",
        stage="recruiter_screen",
        interviewers="j.voigt@kestrel-personal.example.de",
        trap="agency-screen-company-is-client",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Voigt, Johannes":mailto:j.voigt@kestrel-personal.example.de
ATTENDEE;CN="Sabine Kretzschmar";RSVP=TRUE:mailto:sabine.kretzschmar@web.de
DESCRIPTION:Liebe Frau Kretzschmar\,\n\nwie besprochen unser ausführliches Interview zu der Position HR Business Partner (m/w/d) bei unserem Mandanten\, der Stadtwerke Grimmenau GmbH (ca. 600 MA\, TV-V). Ich würde gern Ihren Werdegang\, Ihre Wechselmotivation und Gehaltsvorstellung durchgehen\, bevor ich Sie dem Mandanten vorstelle.\n\nBeste Grüße\nJohannes Voigt\nSenior Consultant | Kestrel Personalberatung{TEAMS_DE}
UID:20250224T091500-4411@kestrel-personal.example.de
SUMMARY:Interview Kestrel / S. Kretzschmar – HRBP Stadtwerke Grimmenau
DTSTART;TZID=W. Europe Standard Time:20250227T120000
DTEND;TZID=W. Europe Standard Time:20250227T130000
DTSTAMP:20250224T091500Z
LOCATION:Microsoft Teams-Besprechung
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="client-interview-via-agency",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000F1E2D3C4B5A69788A9BACBDCEDFE0F10",
        is_interview=1,
        company="Stadtwerke Grimmenau",
        role="HR Business Partner",
        stage="hiring_manager",
        interviewers="r.hempel@stadtwerke-grimmenau.example.de;k.ludwig@stadtwerke-grimmenau.example.de",
        trap="agency-organizer-client-interviewers",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Voigt, Johannes":mailto:j.voigt@kestrel-personal.example.de
ATTENDEE;CN="Sabine Kretzschmar";RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN="Hempel, Ralf";RSVP=TRUE:mailto:r.hempel@stadtwerke-grimmenau.example.de
ATTENDEE;CN="Ludwig, Katrin";RSVP=TRUE:mailto:k.ludwig@stadtwerke-grimmenau.example.de
DESCRIPTION:Liebe Frau Kretzschmar\,\n\nich freue mich\, Ihnen den Termin bei den Stadtwerken Grimmenau bestätigen zu können. Gesprächspartner: Ralf Hempel (Kaufmännischer Geschäftsführer) und Katrin Ludwig (Leiterin Personal). Ich selbst bin nicht dabei\, rufe Sie aber direkt danach an.\n\nAdresse: Stadtwerke Grimmenau\, Verwaltung\, Am Wasserturm 5\, 04668 Grimmenau\, Empfang EG.\n\nBeste Grüße\nJohannes Voigt
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000F1E2D3C4B5A69788A9BACBDCEDFE0F10
SUMMARY:Vorstellungsgespräch Stadtwerke Grimmenau (HRBP) – Frau Kretzschmar
DTSTART;TZID=W. Europe Standard Time:20250311T140000
DTEND;TZID=W. Europe Standard Time:20250311T153000
DTSTAMP:20250305T101002Z
LOCATION:Stadtwerke Grimmenau\, Am Wasserturm 5
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ms-bookings-interview",
        uid="bookings-7f3a2c1e-0d9b-4e8a-a6c5-3b2d1e0f9a87",
        is_interview=1,
        company="Akademie Plus",
        role="Teamleitung AVGS-Coaching",
        stage="hiring_manager",
        interviewers="k.vogt@akademieplus-bildung.example.de",
        trap="microsoft-bookings-candidate-self-booking",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=Akademie Plus Bewerbungsgespräche:mailto:Bewerbungsgespraeche@akademieplus-bildung.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vogt, Kathrin":mailto:k.vogt@akademieplus-bildung.example.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Bewerbungsgespräch Teamleitung AVGS-Coaching (45 Minuten)\nMitarbeiter: Kathrin Vogt (Regionalleitung Sachsen)\n\nKundeninformationen: Sabine Kretzschmar\, sabine.kretzschmar@web.de\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/AkademiePlusBewerbung@akademieplus-bildung.example.de/bookings/\n{TEAMS_DE}
UID:bookings-7f3a2c1e-0d9b-4e8a-a6c5-3b2d1e0f9a87
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Teamleitung AVGS-Coaching mit Sabine Kretzschmar
DTSTART;TZID=W. Europe Standard Time:20250415T080000
DTEND;TZID=W. Europe Standard Time:20250415T084500
DTSTAMP:20250409T193312Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="handtyped-trial-day",
        uid="20250418T171202Z-41337@sabines-macbook.local",
        is_interview=1,
        company="Akademie Plus",
        role="Teamleitung AVGS-Coaching",
        stage="onsite",
        interviewers="",
        trap="handtyped-hospitation-trial-day-typo",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:20250418T171202Z-41337@sabines-macbook.local
DTSTAMP:20250418T171202Z
CREATED:20250418T171202Z
DTSTART:20250428T083000
DTEND:20250428T150000
SUMMARY:Probearbeitstag Akadamie Plus (Hospitation Coachings + Teamrunde)
LOCATION:Akademie Plus\, Brühl 52\, 3. OG
DESCRIPTION:Urlaubstag!! Fr Vogt holt mich am Empfang ab. Vormittag 2 AVGS-Einzelcoachings hospitieren\, Mittag mit Team\, 13 Uhr Abschlussgespräch.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-phone-screen",
        uid="teamtailor-interview-1c7b9e4d@teamtailor-mail.example.com",
        is_interview=1,
        company="Grünkorb Bio-Märkte",
        role="Recruiting Specialist (m/w/d)",
        stage="recruiter_screen",
        interviewers="finja.brose@gruenkorb.example.de",
        trap="teamtailor-umlaut-company-phone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-1c7b9e4d@teamtailor-mail.example.com
DTSTAMP:20250226T084401Z
DTSTART:20250303T090000Z
DTEND:20250303T092500Z
SUMMARY:Telefoninterview – Recruiting Specialist (m/w/d) bei Grünkorb
DESCRIPTION:Hallo Sabine\,\n\nschön\, dass du dich bei Grünkorb beworben hast! Finja aus unserem People-Team ruft dich zum vereinbarten Zeitpunkt an. Plane ca. 25 Minuten ein.\n\nDein Grünkorb People-Team 🌱
LOCATION:Telefon
ORGANIZER;CN=Finja Brose:mailto:finja.brose@gruenkorb.example.de
ATTENDEE;CN=Finja Brose;PARTSTAT=ACCEPTED:mailto:finja.brose@gruenkorb.example.de
ATTENDEE;CN=Sabine Kretzschmar;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
]
