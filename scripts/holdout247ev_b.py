# ruff: noqa: E501
"""holdout247 events, part B: the user's own interviews, mostly one-round employers (blind split)."""
from holdout247ev_zones import TZ_BERLIN, TZ_ROMANCE, TZ_UTC1_DE, TZ_VIENNA, TZ_WEST, fold, gfooter, teams, zoom

FORMS = {
    "Tassenpost": "Tassenpost GmbH|tassenpost.de",
    "Vortex Mühlenbau": "Vortex|Vortex Mühlenbau AG|Vortex Muehlenbau|Vortex Grinders",
    "Isarbohne Rösterei": "Isarbohne|Isarbohne Kaffeerösterei",
    "Milchschaum & Co.": "Milchschaum|Milchschaum & Co|Milchschaum und Co",
    "Büro Bohne Service": "Büro Bohne|Buero Bohne|Büro Bohne Service GmbH",
    "Crema Akademie Leipzig": "Crema Akademie|Crema Akademie Lpz",
    "Tamperhaus": "Tamperhaus Vertrieb|Tamperhaus Vertrieb GmbH",
    "Fairbohne e.V.": "Fairbohne|Fairbohne eV",
    "Hotel Wasserturm Berlin": "Hotel Wasserturm|Wasserturm",
    "SkyLounge Gastro": "SkyLounge|SkyLounge Gastro GmbH|Sky Lounge",
    "Genussfabrik Catering": "Genussfabrik|Genussfabrik Catering GmbH",
    "Hausbohne": "Hausbohne.de|hausbohne",
    "Kaffeekombinat Leipzig": "Kaffeekombinat",
    "Roasted Collective": "Roasted Collective Wien|Roasted Collective GmbH",
    "Milkwise Nordic": "Milkwise|Milkwise Nordic AB",
    "Frühstückswerk": "Fruehstueckswerk|Frühstückswerk GmbH",
    "Backhaus Brenner": "Brenner|Backhaus Brenner GmbH & Co. KG",
    "Barista Campus Berlin": "Barista Campus",
    "Deskbar": "Deskbar Coworking|deskbar.space",
    "Espresso Mobil": "Espresso Mobil GmbH",
    "Kaufhaus Kronprinz": "Kronprinz|KKP",
    "Stadtpalais Hotels": "Stadtpalais|Stadtpalais Hotel Berlin|Stadtpalais Hotels GmbH",
    "Röstwerk Potsdam": "Röstwerk|Roestwerk Potsdam|Röstwerk Potsdam GmbH",
    "Bellerive Torréfacteurs": "Bellerive|Maison Bellerive|Bellerive Torrefacteurs",
    "Grand Hotel Donaublick": "Donaublick|Hotel Donaublick",
}

EVENTS = [
dict(kind="lever-invite", uid="lever-interview-3d9a7c2e-1f84-4b6d-9c0a-e5b2f71d8a43",
     is_interview=1, company="Tassenpost", role="Coffee Education Lead", stage="recruiter_screen",
     interviewers="hannah.roth@tassenpost.de", trap="lever-zoom-subscription-startup", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-3d9a7c2e-1f84-4b6d-9c0a-e5b2f71d8a43
DTSTAMP:20251124T092233Z
DTSTART:20251127T100000Z
DTEND:20251127T103000Z
SUMMARY:Tassenpost Interview: Jana Novak - Coffee Education Lead
DESCRIPTION:Hi Jana\,\n\nThis confirms your interview for the Coffee Education Lead position at Tassenpost.\n\nInterviewer: Hannah Roth (People & Talent)\nDuration: 30 minutes\n""" + zoom("86620114593", "VGFzc2VuUG9zdA2025", "tassenpost") + r"""\nWe're excited to speak with you!\nThe Tassenpost Team\n\nPowered by Lever
LOCATION:Zoom
ORGANIZER;CN=Hannah Roth:mailto:hannah.roth@tassenpost.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Hannah Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.roth@tassenpost.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="apple-invite-founder-gmail", uid="C41E7B92-8A3D-4F0C-B6E5-2D91A7F3C084",
     is_interview=1, company="Tassenpost", role="Coffee Education Lead", stage="final",
     interviewers="till.wendland@gmail.com", trap="founder-gmail-icloud-final-call", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
""" + TZ_BERLIN + r"""BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/Berlin:20251205T184500
ORGANIZER;CN="Till Wendland";EMAIL="till.wendland@gmail.com":mailto:till.wendland@gmail.com
UID:C41E7B92-8A3D-4F0C-B6E5-2D91A7F3C084
DTSTAMP:20251202T213012Z
LOCATION:FaceTime / Telefon
DESCRIPTION:Hi Jana\, Hannah hat erzählt\, dass es super lief. Lass uns Freitag kurz sprechen – als Gründer mache ich mit allen Finalist:innen ein letztes Gespräch\, bevor wir ein Angebot machen. Till
SEQUENCE:0
ATTENDEE;CN="Till Wendland";CUTYPE=INDIVIDUAL;EMAIL="till.wendland@gmail.com";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:till.wendland@gmail.com
ATTENDEE;CN="Jana Novak";CUTYPE=INDIVIDUAL;EMAIL="jana.novak.coffee@posteo.de";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
SUMMARY:Tassenpost – letztes Gespräch mit Till
DTSTART;TZID=Europe/Berlin:20251205T181500
CREATED:20251202T212955Z
END:VEVENT
END:VCALENDAR
""")),

dict(kind="webex-invite", uid="8fc2a1d6e7b34c9a8e51f0d2b6a73c94",
     is_interview=1, company="Vortex Mühlenbau", role="Technical Trainer Grinders EMEA", stage="recruiter_screen",
     interviewers="reto.ammann@vortex-muehlen.ch", trap="webex-swiss-hr-screen-utc", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8fc2a1d6e7b34c9a8e51f0d2b6a73c94
DTSTAMP:20251125T133000Z
DTSTART:20251128T083000Z
DTEND:20251128T091500Z
SUMMARY:Vortex Mühlenbau AG – Interview Technical Trainer Grinders EMEA
DESCRIPTION:Grüezi Frau Novak\,\n\nbesten Dank für Ihre Bewerbung als Technical Trainer Grinders EMEA. Gerne lade ich Sie zu einem ersten Gespräch via Webex ein.\n\nReto Ammann\nHR Business Partner\nVortex Mühlenbau AG\, Industriestrasse 14\, 9015 St. Gallen\n\n-- Do not delete or change any of the following text. --\n\nWhen it's time\, join the Webex meeting here.\n\nMeeting number (access code): 2731 448 9021\nMeeting password: Mahlgrad25\n\nJoin meeting\nhttps://vortex-muehlen.webex.com/vortex-muehlen/j.php?MTID=m2f5c8a1e09b7d4362a1f8e0c5b9d7a31\n\nTap to join from a mobile device (attendees only)\n+41-44-555-0190\,\,27314489021## Switzerland toll\n\nJoin by phone\n+41-44-555-0190 Switzerland toll\n\nIf you are a host\, click here to view host information.
LOCATION:https://vortex-muehlen.webex.com/vortex-muehlen/j.php?MTID=m2f5c8a1e09b7d4362a1f8e0c5b9d7a31
ORGANIZER;CN=Reto Ammann:mailto:reto.ammann@vortex-muehlen.ch
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="webex-technical", uid="a71d3e9c0b2f48e6915c7d4a8e2f06b1",
     is_interview=1, company="Vortex Mühlenbau", role="Technical Trainer Grinders EMEA", stage="technical",
     interviewers="sandro.gisler@vortex-muehlen.ch", trap="technical-interview-burr-service-vocabulary",
     hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a71d3e9c0b2f48e6915c7d4a8e2f06b1
DTSTAMP:20251203T101500Z
DTSTART:20251209T130000Z
DTEND:20251209T141500Z
SUMMARY:Technisches Interview: Mahlwerk\, Burr-Wechsel & Schulungskonzept (Vortex)
DESCRIPTION:Hallo Frau Novak\,\n\nim zweiten Gespräch geht es um Technik und Didaktik: Sie erklären uns (vor der Kamera\, an Ihrer eigenen Mühle oder anhand von Fotos)\, wie Sie einem Café-Team Mahlgradeinstellung\, Retention und Burr-Wechsel beibringen würden. Danach Fragen zu typischen Servicefällen.\n\nGesprächspartner: Sandro Gisler\, Lead Technical Training EMEA (sandro.gisler@vortex-muehlen.ch)\n\nReto Ammann\, HR\n\n-- Do not delete or change any of the following text. --\n\nJoin meeting\nhttps://vortex-muehlen.webex.com/vortex-muehlen/j.php?MTID=m9b0e7d1c24a3f5868b2e1d0c7a4f9e52\nMeeting number (access code): 2736 102 5587\nMeeting password: Burr2025
LOCATION:https://vortex-muehlen.webex.com/vortex-muehlen/j.php?MTID=m9b0e7d1c24a3f5868b2e1d0c7a4f9e52
ORGANIZER;CN=Reto Ammann:mailto:reto.ammann@vortex-muehlen.ch
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Sandro Gisler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sandro.gisler@vortex-muehlen.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="ios-handtyped-phone", uid="E0A7C3F1-92B4-4D6E-8F15-7C3B0D9A2E64",
     is_interview=1, company="Isarbohne Rösterei", role="Assistenz Röstmeister", stage="recruiter_screen",
     interviewers="Frau Huber", trap="handtyped-abbreviated-tel-hr", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251110T121502Z
DTEND;TZID=Europe/Berlin:20251112T150000
DTSTAMP:20251110T121540Z
DTSTART;TZID=Europe/Berlin:20251112T143000
LAST-MODIFIED:20251110T121540Z
SEQUENCE:0
SUMMARY:Tel Isarbohne – Fr. Huber (HR) Assistenz Röstmstr
DESCRIPTION:ruft an\, Pause nehmen! Frau Huber\, Gehaltsband?
UID:E0A7C3F1-92B4-4D6E-8F15-7C3B0D9A2E64
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
END:VALARM
END:VEVENT
END:VCALENDAR
""" ,
     eol="\r\n"),

dict(kind="personio-cancelled-status", uid="personio-interview-c0e8d2b4-6a1f-4e3c-8b7d-95a0f1c2e3d7",
     is_interview=1, company="Milchschaum & Co.", role="Area Manager Berlin (m/w/d)", stage="hiring_manager",
     interviewers="deniz.aksoy@milchschaum-co.de", trap="status-cancelled-method-request-competitor-chain",
     hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-c0e8d2b4-6a1f-4e3c-8b7d-95a0f1c2e3d7
SEQUENCE:1
DTSTAMP:20251201T080102Z
DTSTART;TZID=Europe/Berlin:20251203T100000
DTEND;TZID=Europe/Berlin:20251203T110000
SUMMARY:ABGESAGT: Interview | Area Manager Berlin (m/w/d) | Milchschaum & Co.
DESCRIPTION:Hallo Jana\,\n\nleider müssen wir das Gespräch mit Deniz Aksoy (Head of Operations) am 3.12. absagen\, da die Stelle intern neu zugeschnitten wird. Wir melden uns\, sobald klar ist\, wie es weitergeht.\n\nViele Grüße\nDein Milchschaum & Co. Recruiting-Team
LOCATION:Milchschaum & Co. Office\, Kastanienallee 12\, 10435 Berlin
ORGANIZER;CN=Milchschaum & Co. Recruiting:mailto:jobs@milchschaum-co.jobs.personio.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Deniz Aksoy;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED:mailto:deniz.aksoy@milchschaum-co.de
STATUS:CANCELLED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""")),

dict(kind="agency-outlook-client-interview", uid="040000008200E00074C5B7101A82E00800000000E07A1C3D2F52DC01000000000000000010000000C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4",
     is_interview=1, company="Büro Bohne Service", role="Key Account Manager Kaffee (B2B)", stage="hiring_manager",
     interviewers="dirk.wendt@buerobohne.de", trap="agency-coordinator-organizer-client-interviewer", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Schubert, Anika (Talentkreis)":mailto:a.schubert@talentkreis-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Dirk":mailto:dirk.wendt@buerobohne.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Novak\,\n\nwie telefonisch besprochen: Unser Mandant\, die Büro Bohne Service GmbH (Bürokaffee-Vollservice\, Vollautomaten + Siebträger für Büros)\, möchte Sie für die Position Key Account Manager Kaffee (B2B) kennenlernen. Ihr Gesprächspartner ist Herr Dirk Wendt\, Vertriebsleiter. Ich selbst bin nicht dabei\, rufe Sie aber danach kurz an.\n\nAdresse: Büro Bohne Service GmbH\, Gradestraße 90\, 12347 Berlin (Empfang EG)\n\nHerzliche Grüße\nAnika Schubert\nTalentkreis Personalberatung\n
UID:040000008200E00074C5B7101A82E00800000000E07A1C3D2F52DC01000000000000000010000000C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Büro Bohne Service GmbH (über Talentkreis)
DTSTART;TZID=W. Europe Standard Time:20251202T140000
DTEND;TZID=W. Europe Standard Time:20251202T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Bohne Service GmbH\, Gradestraße 90\, 12347 Berlin
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="thunderbird-handtyped-floating", uid="f2b7c0a9-3e5d-4a18-b6c4-80d1e9f7a325",
     is_interview=1, company="Crema Akademie Leipzig", role="Barista-Trainerin", stage="onsite",
     interviewers="Hr. Seidel", trap="handtyped-typos-abbrev-probetraining", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251114T203311Z
LAST-MODIFIED:20251114T203402Z
DTSTAMP:20251114T203402Z
UID:f2b7c0a9-3e5d-4a18-b6c4-80d1e9f7a325
SUMMARY:Crema Akad. Lpz – Vorstellungsgespr. + Probetraing (Barista-Trainerin)
DTSTART:20251120T110000
DTEND:20251120T140000
LOCATION:Karl-Heine-Str. 88\, Leipzig
DESCRIPTION:Hr. Seidel + Kursgruppe "Barista Basics"\, ich mach 45min Milchschaum-Block. ICE 8:27 ab Hbf
END:VEVENT
END:VCALENDAR
""",
     eol="\n"),

dict(kind="teams-invite-german", uid="040000008200E00074C5B7101A82E00800000000A1B5E8F30D54DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
     is_interview=1, company="Tamperhaus", role="Sales Trainer Gastronomie", stage="hiring_manager",
     interviewers="kathrin.roloff@tamperhaus.de", trap="teams-german-boilerplate-last-first-cn", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_UTC1_DE + r"""BEGIN:VEVENT
ORGANIZER;CN="Roloff, Kathrin":mailto:kathrin.roloff@tamperhaus.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de:mailto:jana.novak.coffee@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Novak\,\n\nanbei die Einladung zu unserem Gespräch über die Stelle Sales Trainer Gastronomie. Ich leite den Bereich Training & Vertrieb Gastro und freue mich auf Sie.\n\nViele Grüße\nKathrin Roloff\nTamperhaus Vertrieb GmbH\n""" + teams("355 802 119 640", "Tp2Wx9", "de") + r"""
UID:040000008200E00074C5B7101A82E00800000000A1B5E8F30D54DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Sales Trainer Gastronomie – Tamperhaus
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251204T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251204T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T143322Z
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
END:VEVENT
END:VCALENDAR
""")),

dict(kind="zoom-panel-ngo", uid="zoom-8842217730-20251210T0900@fairbohne.org",
     is_interview=1, company="Fairbohne e.V.", role="Referentin Lieferketten Kaffee", stage="",
     interviewers="anja.krueger@fairbohne.org;samuel.osei@fairbohne.org;Dr. Helga Brandes",
     trap="ngo-auswahlgespraech-panel-stage-unclear", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-8842217730-20251210T0900@fairbohne.org
DTSTAMP:20251201T154000Z
DTSTART:20251210T080000Z
DTEND:20251210T090000Z
SUMMARY:Auswahlgespräch Referent*in Lieferketten Kaffee – Fairbohne e.V.
DESCRIPTION:Liebe Frau Novak\,\n\nherzlichen Dank für Ihre Bewerbung. Die Auswahlkommission lädt Sie zu einem Gespräch per Zoom ein. Wir bitten Sie\, zu Beginn in 10 Minuten darzustellen\, wie Cafés und Röstereien ihre Rohkaffee-Lieferketten transparenter machen können (Preise\, EUDR).\n\nAuswahlkommission: Anja Krüger (Geschäftsführung)\, Samuel Osei (Programmleitung Ostafrika)\, Dr. Helga Brandes (Vorstand\, ehrenamtlich)\n""" + zoom("88422177300", "RmFpcmJvaG5lMTI", "us06web") + r"""\nMit freundlichen Grüßen\nFairbohne e.V.
LOCATION:Zoom
ORGANIZER;CN=Anja Krüger:mailto:anja.krueger@fairbohne.org
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Samuel Osei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:samuel.osei@fairbohne.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-probearbeiten-hotel", uid="040000008200E00074C5B7101A82E0080000000050C2D9E6A756DC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
     is_interview=1, company="Hotel Wasserturm Berlin", role="F&B Manager", stage="onsite",
     interviewers="gerd.hollmann@hotel-wasserturm.de", trap="probearbeiten-hotel-organizer-is-interviewer",
     hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251127T101500Z
DESCRIPTION:Guten Tag Frau Novak\,\n\nwie besprochen laden wir Sie zum Probearbeiten als F&B Manager ein. Sie begleiten unser Frühstück (bis 11 Uhr)\, anschließend Bankett-Briefing und Bar-Übergabe. Gegen 15 Uhr setzen wir uns zu einem Abschlussgespräch zusammen.\n\nMit freundlichen Grüßen\nGerd Hollmann\nDirektor\n\n
DTEND;TZID="W. Europe Standard Time":20251208T160000
DTSTAMP:20251127T101500Z
DTSTART;TZID="W. Europe Standard Time":20251208T063000
LAST-MODIFIED:20251127T101500Z
LOCATION:Hotel Wasserturm\, Knaackstraße 23\, 10405 Berlin
ORGANIZER;CN="Hollmann, Gerd":mailto:gerd.hollmann@hotel-wasserturm.de
ATTENDEE;CN="jana.novak.coffee@posteo.de";RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Probearbeiten F&B Manager – Frau Novak
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000050C2D9E6A756DC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
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
""")),

dict(kind="outlook-auswahltag-airport", uid="040000008200E00074C5B7101A82E00800000000B1C9E2F4D859DC01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6",
     is_interview=1, company="SkyLounge Gastro", role="Beverage Trainer Lounges BER", stage="onsite",
     interviewers="ines.morawietz@skylounge-gastro.de", trap="auswahltag-airport-security-badge", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Morawietz, Ines":mailto:ines.morawietz@skylounge-gastro.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Besucherausweis T1 (Security):mailto:besucher-t1@skylounge-gastro.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Novak\,\n\nherzlich willkommen zu unserem Auswahltag für Beverage Trainer Lounges BER. Bitte bringen Sie Ihren Personalausweis mit (Besucherausweis Sicherheitsbereich). Ablauf: Lounge-Rundgang\, Mini-Schulung für zwei Servicekräfte am Vollautomaten und an der Siebträgerbar\, Gespräch mit mir (Leitung Training).\n\nIhre Ines Morawietz\n
UID:040000008200E00074C5B7101A82E00800000000B1C9E2F4D859DC01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=de-DE:Auswahltag Beverage Trainer – SkyLounge BER
DTSTART:20251211T080000Z
DTEND:20251211T120000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251204T091510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Flughafen BER Terminal 1\, Treffpunkt Info-Counter Ebene E1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="microsoft-bookings", uid="040000008200E00074C5B7101A82E00800000000D2F4A6B8C05ADC01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2",
     is_interview=1, company="Genussfabrik Catering", role="Kaffeekonzept-Managerin", stage="recruiter_screen",
     interviewers="felix.brandt@genussfabrik-catering.de", trap="bookings-candidate-self-booked", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Genussfabrik Karriere:mailto:GenussfabrikKarriere@genussfabrik-catering.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Felix Brandt:mailto:felix.brandt@genussfabrik-catering.de
DESCRIPTION;LANGUAGE=de-DE:Ihr Termin ist bestätigt\n\nBewerbungsgespräch (30 Min.) – Kaffeekonzept-Managerin\nMitarbeiter: Felix Brandt (Recruiting)\n\nName: Jana Novak\nE-Mail: jana.novak.coffee@posteo.de\nTelefon: +49 1577 0148312\nIhre Nachricht: Ich bin ab 15 Uhr erreichbar (Schicht bis 14:30).\n\nTermin verwalten: https://outlook.office365.com/owa/calendar/GenussfabrikKarriere@genussfabrik-catering.de/bookings/\n""" + teams("372 006 193 884", "Gf5Kq1", "de") + r"""
UID:040000008200E00074C5B7101A82E00800000000D2F4A6B8C05ADC01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch (30 Min.) mit Felix Brandt
DTSTART;TZID=W. Europe Standard Time:20251215T150000
DTEND;TZID=W. Europe Standard Time:20251215T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251209T194411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="calendly-invitee", uid="4e1a9d7c-2b85-4f3e-a06d-c8b7e2f19a53",
     is_interview=1, company="Hausbohne", role="Coffee Content & Education Specialist", stage="recruiter_screen",
     interviewers="lina@hausbohne.de", trap="calendly-user-is-invitee-erstgespraech", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251205T110322Z
UID:4e1a9d7c-2b85-4f3e-a06d-c8b7e2f19a53
DTSTART:20251210T153000Z
DTEND:20251210T160000Z
SUMMARY:Hausbohne | Erstgespräch Coffee Content & Education (30 min) – Jana Novak and Lina Marx
DESCRIPTION:Event Name: Hausbohne | Erstgespräch Coffee Content & Education (30 min)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/ocz-ptwq-fbe\n\nPlease share anything that will help prepare for our meeting.: Bewerbung als Coffee Content & Education Specialist\, Portfolio mit Brew-Guides im Anhang der Bewerbung\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/4e1a9d7c-2b85-4f3e-a06d-c8b7e2f19a53\nReschedule: https://calendly.com/reschedulings/4e1a9d7c-2b85-4f3e-a06d-c8b7e2f19a53\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ocz-ptwq-fbe
ORGANIZER;CN=Lina Marx:mailto:lina@hausbohne.de
ATTENDEE;CN=Jana Novak;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Lina Marx;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lina@hausbohne.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="google-export-xwr", uid="7q2w9e4r1t8y5u0i3o6p9a2s5d@google.com",
     is_interview=1, company="Kaffeekombinat Leipzig", role="Head of Wholesale", stage="hiring_manager",
     interviewers="robert@kaffeekombinat.de", trap="google-export-xwr-calname-no-method", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jana.novak.coffee@posteo.de
X-WR-TIMEZONE:Europe/Berlin
""" + TZ_BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251216T113000
DTEND;TZID=Europe/Berlin:20251216T123000
DTSTAMP:20260105T091200Z
ORGANIZER;CN=Robert Thiele:mailto:robert@kaffeekombinat.de
UID:7q2w9e4r1t8y5u0i3o6p9a2s5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Robert Thiele;X-NUM-GUESTS=0:mailto:robert@kaffeekombinat.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251208T140000Z
DESCRIPTION:Hallo Jana\, wie am Telefon besprochen: Gespräch zur Stelle Head of Wholesale\, bei uns in der Rösterei in Plagwitz. Ich bin Geschäftsführer und leite aktuell den Großhandel selbst. Grüße\, Robert
LAST-MODIFIED:20251210T081500Z
LOCATION:Kaffeekombinat\, Naumburger Str. 44\, 04229 Leipzig
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jana Novak / Kaffeekombinat – Gespräch Head of Wholesale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="prescreen-teams-vienna", uid="040000008200E00074C5B7101A82E00800000000E3A5C7D9F15BDC01000000000000000010000000A2B3C4D5E6F708192A3B4C5D6E7F8091",
     is_interview=1, company="Roasted Collective", role="Training Manager Österreich", stage="hiring_manager",
     interviewers="magdalena.hofer@roastedcollective.at", trap="prescreen-austrian-german-utc-label-zone",
     hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_UTC1_DE + r"""BEGIN:VEVENT
ORGANIZER;CN=Roasted Collective Recruiting (prescreen):mailto:recruiting@roastedcollective.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofer, Magdalena":mailto:magdalena.hofer@roastedcollective.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Novak\,\n\nvielen Dank für Ihre Bewerbung als Training Manager Österreich. Wir laden Sie herzlich zu einem Bewerbungsgespräch mit Frau Magdalena Hofer (Head of Coffee) ein. Das Gespräch findet online statt.\n\nMit freundlichen Grüßen\nRoasted Collective GmbH\, Zieglergasse 38\, 1070 Wien\n\n(Diese Einladung wurde über prescreen versendet.)\n""" + teams("398 115 240 776", "Rc8Vn2", "de") + r"""
UID:040000008200E00074C5B7101A82E00800000000E3A5C7D9F15BDC01000000000000000010000000A2B3C4D5E6F708192A3B4C5D6E7F8091
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch | Training Manager Österreich | Roasted Collective
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260108T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260108T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T120000Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="zoom-utc-recruiter", uid="zoom-97715530218@milkwise.se",
     is_interview=1, company="Milkwise Nordic", role="Coffee Channel Specialist DACH", stage="recruiter_screen",
     interviewers="emma.svensson@milkwise.se", trap="zoom-utc-swedish-recruiter-english", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-97715530218@milkwise.se
DTSTAMP:20260107T084000Z
DTSTART:20260113T090000Z
DTEND:20260113T093000Z
SUMMARY:Milkwise – intro call: Coffee Channel Specialist DACH
DESCRIPTION:Hi Jana\,\n\nthanks for applying for Coffee Channel Specialist DACH! This is a 30 min intro with me to go through your background\, what the role involves (barista trainings\, café partnerships\, trade fairs) and next steps.\n\nBest\nEmma Svensson\nTalent Acquisition\, Milkwise Nordic AB\, Malmö\n""" + zoom("97715530218", "TWlsa3dpc2VEQUNI", "milkwise") + r"""
LOCATION:https://milkwise.zoom.us/j/97715530218
ORGANIZER;CN=Emma Svensson:mailto:emma.svensson@milkwise.se
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="indeed-interview-candidate", uid="indeed-interview-6f0b3c8e-92d1-4a57-be04-1c7a5e9d2f38",
     is_interview=1, company="Frühstückswerk", role="Betriebsleitung (m/w/d) Prenzlauer Berg",
     stage="hiring_manager", interviewers="Carolin Wegner", trap="indeed-interview-relay-no-employer-address",
     hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-6f0b3c8e-92d1-4a57-be04-1c7a5e9d2f38
DTSTAMP:20260109T173000Z
DTSTART:20260114T140000Z
DTEND:20260114T143000Z
SUMMARY:Indeed-Interview: Betriebsleitung (m/w/d) Prenzlauer Berg bei Frühstückswerk
DESCRIPTION:Hallo Jana\,\n\nFrühstückswerk hat Sie zu einem Video-Interview über Indeed eingeladen.\n\nPosition: Betriebsleitung (m/w/d) Prenzlauer Berg\nGesprächspartnerin: Carolin Wegner\, Bereichsleitung\n\nAm Tag des Interviews: https://www.indeed.com/interview/join/6f0b3c8e92d1\n\nTipps für Ihr Video-Interview: ruhiger Ort\, stabile Internetverbindung.\n\nViel Erfolg!\nIhr Indeed-Team
LOCATION:Indeed Video-Interview
ORGANIZER;CN=Indeed Interview:mailto:interview-noreply@indeed.com
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="join-zoom-invite", uid="join-com-interview-2251873-brenner",
     is_interview=1, company="Backhaus Brenner", role="Leitung Kaffeeschulung (m/w/d)", stage="hiring_manager",
     interviewers="s.brenner@backhaus-brenner.de", trap="bakery-chain-join-ats-owner-family-name", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN Calendar//DE
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:join-com-interview-2251873-brenner
DTSTAMP:20260112T101000Z
DTSTART;TZID=Europe/Berlin:20260116T090000
DTEND;TZID=Europe/Berlin:20260116T094500
SUMMARY:Vorstellungsgespräch – Leitung Kaffeeschulung (m/w/d) – Backhaus Brenner
DESCRIPTION:Hallo Jana Novak\,\n\nSabine Brenner (Geschäftsführung Filialen) hat einen Termin für Ihr Vorstellungsgespräch für die Stelle Leitung Kaffeeschulung (m/w/d) festgelegt. Wir haben 62 Filialen mit Siebträgern in Brandenburg und Sachsen-Anhalt und suchen jemanden\, der unsere Verkäuferinnen an der Maschine schult.\n""" + zoom("82245110937", "QnJlbm5lcjIwMjY", "us02web") + r"""\nViele Grüße\nBackhaus Brenner GmbH & Co. KG\nÜber JOIN versendet
LOCATION:Zoom
ORGANIZER;CN=Sabine Brenner:mailto:s.brenner@backhaus-brenner.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="thunderbird-handtyped-firstname", uid="9c4e2f81-7a36-4b0d-95e8-d1f3a6c07b29",
     is_interview=1, company="Barista Campus Berlin", role="SCA Trainerin", stage="", interviewers="Ole",
     trap="handtyped-freelance-to-permanent-talk", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_BERLIN + r"""BEGIN:VEVENT
CREATED:20260105T190014Z
LAST-MODIFIED:20260105T190201Z
DTSTAMP:20260105T190201Z
UID:9c4e2f81-7a36-4b0d-95e8-d1f3a6c07b29
SUMMARY:Barista Campus – Gespräch w/ Ole wg. fester Stelle SCA Trainerin
DTSTART;TZID=Europe/Berlin:20260107T163000
DTEND;TZID=Europe/Berlin:20260107T173000
LOCATION:Barista Campus\, Prinzenallee 74
DESCRIPTION:Ole will mich fest anstellen statt Honorar? Bewerbungsmappe + AST-Zertifikat mitbringen\, 32h?
CATEGORIES:Job
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""),

dict(kind="google-cancel", uid="1z2x3c4v5b6n7m8q9w0e1r2t3y@google.com",
     is_interview=1, company="Deskbar", role="Community & Café Lead", stage="hiring_manager",
     interviewers="priya@deskbar.space", trap="google-method-cancel-summary-unchanged", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260120T093000Z
DTEND:20260120T101500Z
DTSTAMP:20260119T170211Z
ORGANIZER;CN=Priya Raman:mailto:priya@deskbar.space
UID:1z2x3c4v5b6n7m8q9w0e1r2t3y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20260114T101000Z
DESCRIPTION:Hi Jana\, as hiring manager for the Community & Café Lead role I'd love to walk you through our three Deskbar locations and hear how you would run a café that doubles as a coworking lounge. Talk soon\, Priya (Head of Hospitality)""" + gfooter("pqa-vmtx-kre") + r"""
LAST-MODIFIED:20260119T170211Z
LOCATION:Deskbar Kreuzberg\, Ritterstraße 12\, 10969 Berlin
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Community & Café Lead – Jana Novak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-handtyped-phone", uid="040000008200E00074C5B7101A82E008000000001B4C7E9A2F5DDC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70",
     is_interview=1, company="Espresso Mobil", role="Operations Lead Events", stage="recruiter_screen",
     interviewers="Hr. Yilmaz", trap="outlook-own-appointment-no-attendees-abbrev", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + TZ_WEST + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260115T073000Z
DESCRIPTION:Hr. Yilmaz ruft auf Handy an (Espresso Mobil\, Ops Lead Events\, Kaffee-Trucks für Messen)\n
DTEND;TZID="W. Europe Standard Time":20260119T123000
DTSTAMP:20260115T073000Z
DTSTART;TZID="W. Europe Standard Time":20260119T120000
LAST-MODIFIED:20260115T073000Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefoninterview Espresso Mobil
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001B4C7E9A2F5DDC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""")),

dict(kind="rexx-onsite-invite", uid="rexx-appointment-KKP-2026-00417",
     is_interview=1, company="Kaufhaus Kronprinz", role="Leitung Coffee Bar Feinkostetage", stage="hiring_manager",
     interviewers="katja.seifert@kaufhaus-kronprinz.de;oliver.mertens@kaufhaus-kronprinz.de",
     trap="rexx-department-store-gastronomy", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:rexx-appointment-KKP-2026-00417
DTSTAMP:20260113T120000Z
DTSTART;TZID=Europe/Berlin:20260122T100000
DTEND;TZID=Europe/Berlin:20260122T111500
SUMMARY:Einladung Vorstellungsgespräch – Leitung Coffee Bar Feinkostetage (Kennziffer 2026-0417)
DESCRIPTION:Sehr geehrte Frau Novak\,\n\nwir freuen uns\, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen.\n\nGesprächspartner:\nKatja Seifert\, Personalreferentin (katja.seifert@kaufhaus-kronprinz.de)\nOliver Mertens\, Abteilungsleiter Feinkost & Gastronomie (oliver.mertens@kaufhaus-kronprinz.de)\n\nBitte melden Sie sich 10 Minuten vorher am Personaleingang (Passauer Straße) an.\n\nMit freundlichen Grüßen\nKaufhaus Kronprinz – Personalabteilung
LOCATION:Kaufhaus Kronprinz\, Personaleingang Passauer Straße\, 10789 Berlin
ORGANIZER;CN=Kaufhaus Kronprinz Personal:mailto:bewerbung@kaufhaus-kronprinz.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="teams-final-english", uid="040000008200E00074C5B7101A82E00800000000C3D5E7F9A162DC01000000000000000010000000F9E8D7C6B5A4938271605F4E3D2C1B0A",
     is_interview=1, company="Stadtpalais Hotels", role="Bar & Coffee Manager", stage="final",
     interviewers="julian.kessler@stadtpalais-hotels.com;amelie.roth@stadtpalais-hotels.com",
     trap="final-round-x-alt-desc-english-teams", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Roth, Amélie":mailto:amelie.roth@stadtpalais-hotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kessler, Julian":mailto:julian.kessler@stadtpalais-hotels.com
DESCRIPTION;LANGUAGE=en-US:Dear Jana\,\n\nthank you for the two great conversations so far. We would like to invite you to the final round with our General Manager Julian Kessler. I will join as well.\n\nKind regards\nAmélie Roth\nHR Manager\, Stadtpalais Hotel Berlin\n""" + teams("311 884 502 617", "Sp6Hm4") + r"""
UID:040000008200E00074C5B7101A82E00800000000C3D5E7F9A162DC01000000000000000010000000F9E8D7C6B5A4938271605F4E3D2C1B0A
SUMMARY;LANGUAGE=en-US:Final interview – Bar & Coffee Manager
DTSTART;TZID=W. Europe Standard Time:20260127T140000
DTEND;TZID=W. Europe Standard Time:20260127T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html\; charset=utf-8"></head><body><p>Dear Jana\,</p><p>thank you for the two great conversations so far. We would like to invite you to the <b>final round</b> with our General Manager Julian Kessler.</p><p>Kind regards<br>Am&eacute\;lie Roth</p></body></html>
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="ios-handtyped-probe-roast", uid="7B3E9A12-C5D8-4F61-A0E4-92B6C1D7F358",
     is_interview=1, company="Röstwerk Potsdam", role="Produktionsleitung Rösterei", stage="technical",
     interviewers="Anton Richter", trap="handtyped-probe-roesten-quereinstieg", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260120T082200Z
DTEND;TZID=Europe/Berlin:20260129T130000
DTSTAMP:20260120T082244Z
DTSTART;TZID=Europe/Berlin:20260129T090000
LAST-MODIFIED:20260120T082244Z
LOCATION:Röstwerk Potsdam\nZeppelinstraße 136\n14471 Potsdam
SEQUENCE:0
SUMMARY:Röstwerk: Proberöstung (Bewerbung Produktionsleitung)
DESCRIPTION:mit Anton Richter am Probat 25kg\, Profil für Espresso-Blend nachrösten + Cupping. Sicherheitsschuhe!!
UID:7B3E9A12-C5D8-4F61-A0E4-92B6C1D7F358
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H30M
END:VALARM
END:VEVENT
END:VCALENDAR
"""),

dict(kind="french-visio-romance-zone", uid="wttj-entretien-9f2c4a1e-bellerive",
     is_interview=1, company="Bellerive Torréfacteurs", role="Responsable formation barista", stage="recruiter_screen",
     interviewers="julie.marchand@bellerive-torrefacteurs.fr", trap="french-visio-romance-standard-time",
     hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Marchand, Julie":mailto:julie.marchand@bellerive-torrefacteurs.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Jana\,\n\nSuite à votre candidature via Welcome to the Jungle pour le poste de Responsable formation barista (Paris 11e)\, je vous propose un premier échange en visio de 30 minutes pour faire connaissance et vous présenter la Maison Bellerive.\n\nBien à vous\,\nJulie Marchand\nChargée de recrutement\n""" + teams("342 671 009 215", "Bv7Xe5") + r"""
UID:wttj-entretien-9f2c4a1e-bellerive
SUMMARY;LANGUAGE=fr-FR:Entretien visio – Responsable formation barista – Maison Bellerive
DTSTART;TZID=Romance Standard Time:20251202T100000
DTEND;TZID=Romance Standard Time:20251202T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T152200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="karriere-at-phone-vienna", uid="karriere-at-termin-11872245@karriere.at",
     is_interview=1, company="Grand Hotel Donaublick", role="F&B Supervisor Kaffeehaus", stage="recruiter_screen",
     interviewers="theresa.wimmer@donaublick-hotel.at", trap="austrian-kaffeehaus-telefonat-vienna-zone",
     hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//karriere.at//Bewerbermanagement//DE
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:karriere-at-termin-11872245@karriere.at
DTSTAMP:20260116T100000Z
DTSTART;TZID=Europe/Vienna:20260121T150000
DTEND;TZID=Europe/Vienna:20260121T152000
SUMMARY:Telefonat zu Ihrer Bewerbung: F&B Supervisor Kaffeehaus – Grand Hotel Donaublick
DESCRIPTION:Sehr geehrte Frau Novak\,\n\nbezugnehmend auf Ihre Bewerbung als F&B Supervisor für unser Wiener Kaffeehaus darf ich Sie zu einem kurzen telefonischen Erstgespräch einladen. Ich rufe Sie zum vereinbarten Zeitpunkt an.\n\nMit freundlichen Grüßen\nMag. Theresa Wimmer\nHR Managerin\nGrand Hotel Donaublick\, Handelskai 94\, 1200 Wien
LOCATION:Telefonisch
ORGANIZER;CN=Theresa Wimmer:mailto:theresa.wimmer@donaublick-hotel.at
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),
]
