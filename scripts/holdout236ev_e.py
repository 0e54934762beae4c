# ruff: noqa: E501, W291
"""holdout236 events, part e: more Berufungsverfahren in D-A-CH and France (written blind)."""

from holdout236ev_tz import BERLIN_G, BERLIN_TB, PARIS, VIENNA, ZURICH

EVENTS = [
    dict(
        kind="berufungsvortrag",
        uid="20260205T140000-lmu-roth@kde-anja",
        iv=1,
        company="Ludwig-Maximilians-Universität München",
        role="W2-Professur für Mikrobielle Pathogenität",
        stage="onsite",
        who="Prof. Dr. Katrin Eberle",
        trap="floating-time-kde-self-typed-berufungsvortrag",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//K Desktop Environment//NONSGML KOrganizer 5.24.5//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260119T210455Z
CREATED:20260119T210455Z
UID:20260205T140000-lmu-roth@kde-anja
LAST-MODIFIED:20260119T210700Z
SUMMARY:LMU Berufungsvortrag W2 Mikrob. Pathogenität
LOCATION:Biozentrum Martinsried\, Großhaderner Str. 2\, HS B00.019
DESCRIPTION:Vortrag 14:00 (25+15)\, danach Gespräch m. Kommission ca. 16
 :00. Vors. Prof. Dr. Katrin Eberle. U6 bis Großhadern + Bus 266.
DTSTART:20260205T140000
DTEND:20260205T170000
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="einladung-vorstellung",
        uid="sogo-2F4A-69E1B2C0-1-7D3F9A80@uni-marburg.de",
        iv=1,
        company="Philipps-Universität Marburg",
        role="W3-Professur für Mikrobiologie",
        stage="onsite",
        who="regina.lindemann@biologie.uni-marburg.de",
        trap="sogo-vorstellung-summer-cest",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Inverse inc./SOGo 5.10.0//EN
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
UID:sogo-2F4A-69E1B2C0-1-7D3F9A80@uni-marburg.de
SUMMARY:Vorstellung im Berufungsverfahren W3 Mikrobiologie (Nachfolge Prof
 . Schwarz) – Dr. Roth
LOCATION:Karl-von-Frisch-Str. 8\, Großer Hörsaal Biologie
CLASS:PUBLIC
TRANSP:OPAQUE
ORGANIZER;CN="Regina Lindemann":mailto:regina.lindemann@biologie.uni-marb
 urg.de
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN="Anja Ro
 th":mailto:anja.roth.mikro@posteo.de
DTSTART;TZID=Europe/Berlin:20260611T093000
DTEND;TZID=Europe/Berlin:20260611T123000
DESCRIPTION:Sehr geehrte Frau Kollegin Roth\,\n\nich freue mich\, Sie im A
 uftrag der Berufungskommission zur Vorstellung nach Marburg einzuladen: F
 achvortrag (30 Min.)\, Lehrvortrag (20 Min.) und anschließend ein Gespräch
  mit der Kommission.\n\nMit besten Grüßen\nRegina Lindemann\nVorsitzende 
 der Berufungskommission
CREATED:20260520T081111Z
DTSTAMP:20260520T081111Z
LAST-MODIFIED:20260520T081111Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vorauswahl-webex",
        uid="webex-7a41c0e9f2b84d3a9e1c5f6b2d8a0c47",
        iv=1,
        company="Universität Tübingen",
        role="W3-Professur für Mikrobielle Genetik",
        stage="",
        who="ulrich.kessler@uni-tuebingen.de",
        trap="webex-video-pre-selection-commission",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:webex-7a41c0e9f2b84d3a9e1c5f6b2d8a0c47
DTSTAMP:20260119T144120Z
DTSTART;TZID=Europe/Berlin:20260128T153000
DTEND;TZID=Europe/Berlin:20260128T161500
SUMMARY:Vorauswahlgespräch Berufungskommission W3 Mikrobielle Genetik (Dr.
  Roth)
DESCRIPTION:Sehr geehrte Frau Dr. Roth\,\n\ndie Berufungskommission führt 
 in diesem Verfahren eine erste Gesprächsrunde per Videokonferenz durch (
 ca. 10 Min. Kurzvorstellung\, 35 Min. Fragen der Kommission).\n\nWebex-Mee
 ting beitreten\nhttps://uni-tuebingen.webex.com/uni-tuebingen/j.php?MTID=m
 3f0a77c2d5e91b4a8c6e0d2f17b9a5c3\nMeeting-Kennnummer: 2741 882 0917\nPassw
 ort: BK-MG26\n\nÜber Telefon beitreten\n+49-619-6781-9736 Deutschland gebü
 hrenpflichtig\n\nProf. Dr. Ulrich Kessler\nVorsitzender der Berufungskommi
 ssion
LOCATION:Webex
ORGANIZER;CN=Ulrich Kessler:mailto:ulrich.kessler@uni-tuebingen.de
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anja.roth.mikr
 o@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="allday-berufung",
        uid="2B7E51A0-3C8D-4F92-A6E4-0D1F9C2B3A58",
        iv=1,
        company="Julius-Maximilians-Universität Würzburg",
        role="W2-Professur für Infektionsbiologie",
        stage="onsite",
        who="Prof. Dr. Sabine Lindner",
        trap="all-day-self-typed-vorstellungsvortrag",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 15.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260127T183000Z
UID:2B7E51A0-3C8D-4F92-A6E4-0D1F9C2B3A58
DTSTART;VALUE=DATE:20260304
DTEND;VALUE=DATE:20260305
DTSTAMP:20260127T183112Z
SEQUENCE:0
SUMMARY:Würzburg – Vorstellungsvortrag W2 Infektionsbiologie
LOCATION:Würzburg\, Biozentrum Am Hubland
DESCRIPTION:11:00 Vortrag\, 13:30 Lehrvortrag\, 14:30 Kommission (Vors.
  Prof. Dr. Sabine Lindner). Hotel Rebstock gebucht (Rechnung an Uni W
 ü). Kita: Papa holt Mila.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="auswahlsymposium",
        uid="4v8q2k1m9p3r7t5w0y6z@google.com",
        iv=1,
        company="Friedrich-Schiller-Universität Jena",
        role="W3-Professur für Angewandte Mikrobiologie / Abteilungsleitung Leibniz-HKI",
        stage="onsite",
        who="jochen.walther@leibniz-hki.de",
        trap="joint-appointment-auswahlsymposium-google",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260422T090000
DTEND;TZID=Europe/Berlin:20260422T170000
DTSTAMP:20260325T110522Z
ORGANIZER;CN=Sekretariat Wissenschaftliche Direktion HKI:mailto:direktion@leibniz-hki.de
UID:4v8q2k1m9p3r7t5w0y6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@pos
 teo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Prof. Dr. Jochen Walther;X-NUM-GUESTS=0:mailto:jochen.walther@leibniz-
 hki.de
DESCRIPTION:Gemeinsames Berufungsverfahren der Friedrich-Schiller-Universi
 tät Jena und des Leibniz-HKI: W3-Professur für Angewandte Mikrobiologie ve
 rbunden mit der Leitung einer Abteilung am HKI.\n\nAuswahlsymposium mit v
 ier Kandidat*innen. Ihr Vortrag: 10:15 Uhr (30 Min. + 15 Min. Diskussion)\
 ; Gespräch mit der gemeinsamen Berufungskommission: 14:40 Uhr.\n\nOrt: HK
 I\, Adolf-Reichwein-Str. 23\, Seminarraum EG
LOCATION:Leibniz-HKI\, Adolf-Reichwein-Str. 23\, 07745 Jena
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auswahlsymposium gemeinsame Berufung FSU/HKI
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="probevorlesung",
        uid="d3e7a1f9-22c4-4b8e-90f3-5e6c7a8b9d01",
        iv=1,
        company="Universität Bern",
        role="Ordentliche Professur für Mikrobiologie",
        stage="onsite",
        who="beatrice.zaugg@unibe.ch",
        trap="swiss-probevorlesung-thunderbird-zurich-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
CREATED:20260409T064500Z
LAST-MODIFIED:20260409T064533Z
DTSTAMP:20260409T064533Z
UID:d3e7a1f9-22c4-4b8e-90f3-5e6c7a8b9d01
SUMMARY:Probevorlesung und Gespräch mit der Berufungskommission – Dr. A. Ro
 th
ORGANIZER;CN=Béatrice Zaugg:mailto:beatrice.zaugg@unibe.ch
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Anja Roth
 :mailto:anja.roth.mikro@posteo.de
DTSTART;TZID=Europe/Zurich:20260430T100000
DTEND;TZID=Europe/Zurich:20260430T130000
LOCATION:Institut für Zellbiologie\, Baltzerstrasse 4\, Bern\, Raum 012
DESCRIPTION:Geschätzte Frau Roth\, wie telefonisch besprochen: 10.00 Uhr P
 robevorlesung (45 Min.) vor Studierenden und Kommission\, anschliessend Ge
 spräch mit der Berufungskommission. Freundliche Grüsse\, Béatrice Zaugg (P
 räsidentin der Kommission)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="job-talk",
        uid="6r2p0n8l4j1h9f7d5b3a@google.com",
        iv=1,
        company="Universität Zürich",
        role="Associate Professor of Microbiology",
        stage="onsite",
        who="Prof. Nicole Amstutz",
        trap="english-job-talk-google-assistant-organizer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260609T083000
DTEND;TZID=Europe/Zurich:20260609T123000
DTSTAMP:20260521T122014Z
ORGANIZER;CN=Appointments Office MNF:mailto:appointments@mnf.uzh.ch
UID:6r2p0n8l4j1h9f7d5b3a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@pos
 teo.de
DESCRIPTION:Dear Dr. Roth\,\n\nthank you for accepting our invitation. The
  programme on 9 June:\n08:30 welcome by the chair of the search committee
 \, Prof. Nicole Amstutz\n09:00 job talk (45 min incl. questions)\n10:00 tea
 ching demonstration (15 min)\n10:30 interview with the search committee\n1
 1:45 meeting with group leaders of the Department of Plant and Microbial B
 iology\n\nVenue: Irchel campus\, Y-building\, room Y03-G-85\n\nKind regard
 s\nAppointments Office\, Faculty of Science
LOCATION:UZH Irchel\, Winterthurerstrasse 190\, Y03-G-85
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Job talk & interview – Associate Professor of Microbiology (Roth)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="berufungsvortrag-ibk",
        uid="uibk-bv-2026-0512-roth-3",
        iv=1,
        company="Universität Innsbruck",
        role="Universitätsprofessur für Mikrobiologie",
        stage="onsite",
        who="markus.pfeifhofer@uibk.ac.at",
        trap="austrian-berufungsvortrag-vienna-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Universitaet Innsbruck//Berufungsverfahren//DE
VERSION:2.0
METHOD:REQUEST
""" + VIENNA + r"""BEGIN:VEVENT
UID:uibk-bv-2026-0512-roth-3
DTSTAMP:20260415T101044Z
DTSTART;TZID=Europe/Vienna:20260512T133000
DTEND;TZID=Europe/Vienna:20260512T170000
SUMMARY:Berufungsvortrag und Gespräch – Universitätsprofessur für Mikrobio
 logie
DESCRIPTION:Sehr geehrte Frau Dr.in Roth\,\n\nim Rahmen des Berufungsverfa
 hrens (GZ 2025/MIK-1) ersuchen wir Sie um einen öffentlichen Berufungsvor
 trag (max. 30 Min.) sowie ein anschließendes Gespräch mit der Berufungsko
 mmission. Vorsitz: Univ.-Prof. Dr. Markus Pfeifhofer.\n\nOrt: Technikerstr
 aße 25\, HS D\n\nMit freundlichen Grüßen\nBüro für Berufungen
LOCATION:Campus Technik\, Technikerstraße 25\, 6020 Innsbruck\, HS D
ORGANIZER;CN=Büro für Berufungen:mailto:berufungen@uibk.ac.at
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Markus Pfeifhofer;ROLE=CHAIR:mailto:markus.pfeifhofer@uibk.ac.
 at
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="audition-comite",
        uid="zimbra-5f4e3d2c-1b0a-4987-b6c5-d4e3f2a1b0c9",
        iv=1,
        company="Université de Strasbourg",
        role="Professeur des universités – Microbiologie (poste PR 0412)",
        stage="onsite",
        who="genevieve.lorentz@unistra.fr",
        trap="french-audition-comite-de-selection-zimbra",
        ics=r"""BEGIN:VCALENDAR
X-WR-CALNAME:Calendrier
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:zimbra-5f4e3d2c-1b0a-4987-b6c5-d4e3f2a1b0c9
SUMMARY:Audition – Comité de sélection PR 0412 (Microbiologie) – Mme Roth
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ORGANIZER;CN=Geneviève Lorentz:mailto:genevieve.lorentz@unistra.fr
DTSTART;TZID="Europe/Paris":20260505T141500
DTEND;TZID="Europe/Paris":20260505T150000
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
DTSTAMP:20260422T151802Z
SEQUENCE:0
LOCATION:Institut de Botanique\, 28 rue Goethe\, Strasbourg – salle 112
DESCRIPTION:Madame\,\n\nJ'ai le plaisir de vous informer que le comité de sélection du poste de professeur des universités n° 0412 (section CNU 64/65)\, que je préside\, a retenu votre candidature pour une audition.\n\nDéroulement : présentation de 15 minutes (activités de recherche\, enseignement\, projet d'intégration)\, suivie de 30 minutes d'échange avec le comité. La mise en situation pédagogique est prévue dans la présentation.\n\nJe vous prie d'agréer\, Madame\, l'expression de mes salutations distinguées.\n\nGeneviève Lorentz\nPrésidente du comité de sélection
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="commission-nomination",
        uid="040000008200E00074C5B7101A82E00800000000C0FFEE11BEEFDC0100000000000000001000000044AA55BB66CC77DD88EE99FF00112233",
        iv=1,
        company="Université de Genève",
        role="Professeur·e ordinaire en microbiologie",
        stage="onsite",
        who="olivier.perret@unige.ch",
        trap="french-commission-de-nomination-outlook-geneva",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN="Décanat Sciences";SENT-BY="mailto:lucie.favre@unige.ch":mailto:decanat-sciences@unige.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="Perret Olivier":mailto:olivier.perret@unige.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Sciences III - Salle 1S081":mailto:sc3-1s081@unige.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame\,\n\nLa commission de nomination chargée de pourvoir le poste de professeur·e ordinaire en microbiologie vous invite à une audition : leçon publique (45 min)\, puis entretien avec la commission. Le président de la commission\, le professeur Olivier Perret\, vous accueillera.\n\nFrais de voyage remboursés sur présentation des justificatifs.\n\nDécanat de la Faculté des sciences\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11BEEFDC0100000000000000001000000044AA55BB66CC77DD88EE99FF00112233
SUMMARY;LANGUAGE=fr-CH:Audition commission de nomination – PO microbiologie – A. Roth
DTSTART;TZID=Europe/Zurich:20260602T100000
DTEND;TZID=Europe/Zurich:20260602T123000
DTSTAMP:20260511T080000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-CH:Sciences III - Salle 1S081
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="online-vorstellung",
        uid="dfnconf-889120-greifswald-bk",
        iv=1,
        company="Universität Greifswald",
        role="W2-Professur für Mikrobielle Physiologie",
        stage="",
        who="Prof. Dr. Thorsten Möller",
        trap="dfnconf-online-vorstellungsrunde-names-only",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251202T190000Z
LAST-MODIFIED:20251202T190412Z
DTSTAMP:20251202T190412Z
UID:dfnconf-889120-greifswald-bk
SUMMARY:HGW Online-Vorstellung Berufungskommission (DFNconf)
DTSTART;TZID=Europe/Berlin:20251211T110000
DTEND;TZID=Europe/Berlin:20251211T114500
LOCATION:https://conf.dfn.de/webapp/conference/979889120
DESCRIPTION:W2 Mikrobielle Physiologie. 10 min Impulsvortrag (keine Folie
 n > 8)\, dann Fragen. Vors. Prof. Dr. Thorsten Möller. PIN 4471. Kamera
  + Headset vorher testen!
END:VEVENT
END:VCALENDAR
""",
    ),
]
