"""holdout160 events, part b: Switzerland, Austria, Geneva, the Spanish-owned installer.

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "refline-video-zuerich", "refline-termin-88213-445@refline.ch",
        1, "Elektro Hürlimann AG", "Projektleiter Elektro 80-100%", "hiring_manager",
        "reto.huerlimann@huerlimann-elektro.ch", "swiss-refline-video-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Refline AG//Refline Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@TZ_ZURICH@
BEGIN:VEVENT
UID:refline-termin-88213-445@refline.ch
DTSTAMP:20250224T100211Z
DTSTART;TZID=Europe/Zurich:20250303T170000
DTEND;TZID=Europe/Zurich:20250303T174500
SUMMARY:Video-Interview Projektleiter Elektro 80-100% - Albrecht Jürgen
DESCRIPTION:Grüezi Herr Albrecht\n\nBesten Dank für Ihre Bewerbung. Gerne l
 ernen wir Sie in einem ersten Video-Interview kennen.\n\nGesprächspartner:
  Reto Hürlimann\, Bereichsleiter Installationen\n\nLink zum Gespräch (Micro
 soft Teams): https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTkxM2
 E1ZjAtYWQ3Yy00%40thread.v2/0\n\nFreundliche Grüsse\nCorinne Meier\nHR\nEl
 ektro Hürlimann AG\, Badenerstrasse 410\, 8004 Zürich
LOCATION:Microsoft Teams
ORGANIZER;CN=Corinne Meier (via Refline):mailto:noreply@refline.ch
ATTENDEE;CN=Reto Hürlimann;ROLE=REQ-PARTICIPANT:mailto:reto.huerlimann@huerlimann-elektro.ch
ATTENDEE;CN=Albrecht Jürgen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "schnuppertag-zuerich", "040000008200E00074C5B7101A82E00800000000A09C5E4E2B8EDB010000000000000000100000003F70",
        1, "Elektro Hürlimann AG", "", "onsite",
        "reto.huerlimann@huerlimann-elektro.ch", "swiss-schnuppertag-trial-day",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Hürlimann Reto":mailto:reto.huerlimann@huerlimann-elektro.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gisler Ma
 rco":mailto:marco.gisler@huerlimann-elektro.ch
DESCRIPTION;LANGUAGE=de-CH:Hallo Herr Albrecht\n\nWie besprochen: Schnuppert
 ag bei uns. Sie begleiten Marco Gisler (PL) auf die Baustellen Hardturm und
  Schlieren\, Mittag zusammen\, am Nachmittag Abschlussgespräch mit mir im B
 üro.\n\nTreffpunkt 07:15 Werkhof Badenerstrasse. Parkplatz ist reserviert.
 \n\nGruss\nReto Hürlimann
UID:040000008200E00074C5B7101A82E00800000000A09C5E4E2B8EDB010000000000000000100000003F70
SUMMARY;LANGUAGE=de-CH:Schnuppertag J. Albrecht
DTSTART;TZID=W. Europe Standard Time:20250321T071500
DTEND;TZID=W. Europe Standard Time:20250321T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T133301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Werkhof Badenerstrasse 410\, Zürich
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "umantis-basel", "umantis-appointment-5521-20250314@basler-gt.umantis.com",
        1, "Basler Gebäudetechnik AG", "Bauleiter Elektro (m/w/d)", "",
        "daniela.stoecklin@basler-gt.ch;urs.vogt@basler-gt.ch", "abacus-umantis-einladung-basel",
        r"""BEGIN:VCALENDAR
PRODID:-//Abacus Umantis AG//Talent Management//DE
VERSION:2.0
METHOD:REQUEST
@TZ_ZURICH@
BEGIN:VEVENT
UID:umantis-appointment-5521-20250314@basler-gt.umantis.com
DTSTAMP:20250307T081544Z
DTSTART;TZID=Europe/Zurich:20250314T100000
DTEND;TZID=Europe/Zurich:20250314T111500
SUMMARY:Einladung Gespräch - Bauleiter Elektro (m/w/d)
DESCRIPTION:Sehr geehrter Herr Albrecht\n\nWir freuen uns\, Sie zu einem per
 sönlichen Gespräch einzuladen.\n\nOrt: Basler Gebäudetechnik AG\, Hochberg
 erstrasse 60\, 4057 Basel\, 3. Stock\nTeilnehmende: Daniela Stöcklin (HR)\
 , Urs Vogt (Leiter Ausführung Elektro)\n\nBitte nehmen Sie einen gültigen A
 usweis mit (Empfang).\n\nFreundliche Grüsse\nBasler Gebäudetechnik AG
LOCATION:Hochbergerstrasse 60\, 4057 Basel
ORGANIZER;CN=Basler Gebäudetechnik AG:mailto:jobs@basler-gt.umantis.com
ATTENDEE;CN=Daniela Stöcklin;ROLE=REQ-PARTICIPANT:mailto:daniela.stoecklin@basler-gt.ch
ATTENDEE;CN=Urs Vogt;ROLE=REQ-PARTICIPANT:mailto:urs.vogt@basler-gt.ch
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:juergen.albrecht@t-online.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "prescreen-erstgespraech", "onlyfy-ev-3f9e2a1b7c@prescreen.io",
        1, "Elektro Fessler GmbH", "Projektleiter Elektrotechnik (m/w/d)", "recruiter_screen",
        "k.mathis@elektro-fessler.at", "austrian-prescreen-telefonisches-erstgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//prescreen international GmbH//onlyfy one//DE
VERSION:2.0
METHOD:REQUEST
@TZ_VIENNA@
BEGIN:VEVENT
UID:onlyfy-ev-3f9e2a1b7c@prescreen.io
DTSTAMP:20250226T090010Z
DTSTART;TZID=Europe/Vienna:20250228T120000
DTEND;TZID=Europe/Vienna:20250228T123000
SUMMARY:Telefonisches Erstgespräch | Projektleiter Elektrotechnik (m/w/d) |
  Elektro Fessler GmbH
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nherzlichen Dank für Ihre Bewerb
 ung! Wie vereinbart meldet sich Frau Katharina Mathis (Personalentwicklung
 ) telefonisch bei Ihnen. Bitte halten Sie Ihre Gehaltsvorstellung (Brutto
 jahresgehalt) und Ihren frühestmöglichen Eintrittstermin bereit.\n\nMit f
 reundlichen Grüßen\nElektro Fessler GmbH\, Dornbirn
LOCATION:Telefon
ORGANIZER;CN=Elektro Fessler GmbH:mailto:jobs@elektro-fessler.at
ATTENDEE;CN=Katharina Mathis;ROLE=REQ-PARTICIPANT:mailto:k.mathis@elektro-fessler.at
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-dornbirn", "0D44E8A2-1F3C-47B9-9A6E-7C5B2A190D33",
        1, "Elektro Fessler GmbH", "", "",
        "", "typed-phone-vienna-zone-terse-2nd-talk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@TZ_VIENNA@
BEGIN:VEVENT
CREATED:20250305T171908Z
DTSTAMP:20250305T172015Z
LAST-MODIFIED:20250305T172015Z
UID:0D44E8A2-1F3C-47B9-9A6E-7C5B2A190D33
DTSTART;TZID=Europe/Vienna:20250311T110000
DTEND;TZID=Europe/Vienna:20250311T130000
SUMMARY:Fessler Dornbirn 2. Gespr.
LOCATION:Elektro Fessler\, Dornbirn
DESCRIPTION:Abfahrt 7:30!! Vignette kaufen (Pfänder Tunnel). Mappe mit Zeugn
 issen\, Meisterbrief Kopie. Nach Wohnung/Schule für Kinder fragen
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-netz-vorarlberg", "040000008200E00074C5B7101A82E008000000003BB7A6C1A98FDB0100000000000000001000000011D2",
        1, "Energienetze Rheintal GmbH", "Meister Netzbetrieb", "hiring_manager",
        "markus.nachbaur@energienetze-rheintal.at;sandra.koenig@energienetze-rheintal.at",
        "austrian-exchange-teams-bewerbungsgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="König Sandra":mailto:sandra.koenig@energienetze-rheintal.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nachbaur
  Markus":mailto:markus.nachbaur@energienetze-rheintal.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Albrecht\,\n\nherzlichen Dank f
 ür Ihr Interesse an der Position Meister Netzbetrieb. Gerne möchten wir Sie
  in einem Bewerbungsgespräch via Teams näher kennenlernen. Seitens Energiene
 tze Rheintal nehmen Ing. Markus Nachbaur (Leiter Netzbetrieb) und ich teil.
 \n\nMit freundlichen Grüßen\nMag. Sandra König\nHuman Resources\n\n________
 ________________________________________________________________________\
 nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile
  App oder Ihr Raumgerät bei\nJetzt an der Besprechung teilnehmen <https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_YjA3ZDk2%40thread.v2/0>\nBes
 prechungs-ID: 352 117 804 29\nPasscode: Kw3Rt9\n______________________________
 __________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003BB7A6C1A98FDB0100000000000000001000000011D2
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Hr. Albrecht / Meister Netzbetrieb
DTSTART;TZID=W. Europe Standard Time:20250403T090000
DTEND;TZID=W. Europe Standard Time:20250403T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T074421Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3ZDk2%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "entretien-telephonique-rh", "f2a1c6e0-8d73-4b25-9e1a-6c4d3b2a1f08@cuenod-electricite.ch",
        1, "Cuénod Électricité SA", "Chef de projet électricité (H/F)", "recruiter_screen",
        "claire.berthet@cuenod-electricite.ch", "french-entretien-telephonique-rh-paris-zone",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_PARIS@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250306T140000
DTEND;TZID=Europe/Paris:20250306T143000
DTSTAMP:20250303T155012Z
ORGANIZER;CN=Claire Berthet:mailto:claire.berthet@cuenod-electricite.ch
UID:f2a1c6e0-8d73-4b25-9e1a-6c4d3b2a1f08@cuenod-electricite.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=juergen.albrecht@t-online.de;X-NUM-GUESTS=0:mailto:juergen.albrech
 t@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Berthet;X-NUM-GUESTS=0:mailto:claire.berthet@cuenod-electricite
 .ch
DESCRIPTION:Bonjour Monsieur Albrecht\,\n\nSuite à votre candidature pour l
 e poste de Chef de projet électricité (H/F) à Genève\, je vous propose un p
 remier entretien téléphonique (30 min). Je vous appellerai au +49 171 4418
  203.\n\nN'hésitez pas à répondre en allemand si vous préférez\, je le par
 le un peu.\n\nBien cordialement\,\nClaire Berthet\nRessources humaines - Gr
 oupe Cuénod (Annecy)
LOCATION:Entretien téléphonique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique - J. Albrecht / Chef de projet électricité
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "entretien-directeur-technique", "9b3e5d7c-2a14-4f6e-8c0b-71d2e4a5b6c9@cuenod-electricite.ch",
        1, "Cuénod Électricité SA", "Chef de projet électricité", "hiring_manager",
        "p.ducret@cuenod-electricite.ch", "french-teams-entretien-directeur-technique",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_ZURICH@
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250320T083000
DTEND;TZID=Europe/Zurich:20250320T093000
DTSTAMP:20250312T101544Z
ORGANIZER;CN=Claire Berthet:mailto:claire.berthet@cuenod-electricite.ch
UID:9b3e5d7c-2a14-4f6e-8c0b-71d2e4a5b6c9@cuenod-electricite.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pascal
  Ducret;X-NUM-GUESTS=0:mailto:p.ducret@cuenod-electricite.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=juergen.albrecht@t-online.de;X-NUM-GUESTS=0:mailto:juergen.albrech
 t@t-online.de
DESCRIPTION:Bonjour Monsieur Albrecht\,\n\nComme convenu\, voici l'invitatio
 n pour votre entretien avec M. Pascal Ducret\, directeur technique\, pour l
 e poste de Chef de projet électricité. L'entretien se déroulera en françai
 s et en allemand.\n\n________________________________________________________
 ________________________\nRéunion Microsoft Teams\nRejoindre : https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_MzQ1NmRm%40thread.v2/0\nID de r
 éunion : 368 904 113 572\nCode secret : aX7pQ2\n_____________________________
 ___________________________________________________\n\nCordialement\,\nCla
 ire Berthet
LOCATION:Réunion Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Chef de projet électricité - M. Ducret / M. Albrecht
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "entrevista-madrid", "m0nta1ban-7c2e91f5d3a04b68@google.com",
        1, "Montalbán Instalaciones", "Jefe de Obra Electricidad - Alemania (Stuttgart)", "recruiter_screen",
        "lucia.ferrer@grupomontalban.es", "spanish-meet-entrevista-madrid-zone",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250305T100000
DTEND;TZID=Europe/Madrid:20250305T104500
DTSTAMP:20250228T123014Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@grupomontalban.es
UID:m0nta1ban-7c2e91f5d3a04b68@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@grupomontalban.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=juergen.albrecht@t-online.de;X-NUM-GUESTS=0:mailto:juergen.albrech
 t@t-online.de
X-GOOGLE-CONFERENCE:https://meet.google.com/vqr-hdkp-ezn
DESCRIPTION:Hola Jürgen\,\n\nGracias por tu interés en la posición de Jefe
  de Obra Electricidad - Alemania (Stuttgart). Te propongo una primera entre
 vista por videollamada (en inglés o español\, como prefieras).\n\nUn salud
 o\,\nLucía Ferrer\nTalento y Selección - Grupo Montalbán\n\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Goog
 le Meet: https://meet.google.com/vqr-hdkp-ezn\nO llama al: (DE) +49 30 300
 19 8123 PIN: 482 119 305#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Jefe de Obra Electricidad (Stuttgart) - Jürgen Albrecht
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "vg-niederlassung-stuttgart",
        "040000008200E00074C5B7101A82E00800000000F1E2D3C4B590DB01000000000000000010000000C0DE",
        1, "Montalbán Instalaciones", "Bauleiter / Jefe de Obra Elektro", "hiring_manager",
        "a.pfeiffer@montalban-de.com", "spanish-owned-german-branch-vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Pfeiffer, Andreas":mailto:a.pfeiffer@montalban-de.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer, Lucía":mailto:lucia.ferrer@grupomontalban.es
DESCRIPTION;LANGUAGE=es-ES:Hallo Herr Albrecht\,\n\nLucía hat mir Ihre Unterla
 gen weitergeleitet. Gerne würde ich Sie persönlich in unserer Niederlassung
  kennenlernen – Thema: Bauleiter / Jefe de Obra Elektro für unsere Projekte
  (Rechenzentrum Fellbach\, Logistikzentrum Ditzingen).\n\nAdresse: Montalbán
  Deutschland GmbH\, Heilbronner Str. 150\, 70191 Stuttgart\n\nViele Grüße /
  Saludos\nAndreas Pfeiffer\nNiederlassungsleiter
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B590DB01000000000000000010000000C0DE
SUMMARY;LANGUAGE=es-ES:Vorstellungsgespräch Hr. Albrecht / Montalbán Stuttgart
DTSTART;TZID=W. Europe Standard Time:20250319T163000
DTEND;TZID=W. Europe Standard Time:20250319T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T091109Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Heilbronner Str. 150\, Stuttgart
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "forum-emploi-frontaliers", "evt-forum-frontaliers-2025@palexpo-events.ch",
        0, "", "", "", "", "french-career-fair-cross-border",
        r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//FR
VERSION:2.0
METHOD:PUBLISH
@TZ_ZURICH@
BEGIN:VEVENT
UID:evt-forum-frontaliers-2025@palexpo-events.ch
DTSTAMP:20250214T090000Z
DTSTART;TZID=Europe/Zurich:20250329T100000
DTEND;TZID=Europe/Zurich:20250329T170000
SUMMARY:Forum Emploi Frontaliers 2025 - Genève
DESCRIPTION:Rencontrez plus de 80 employeurs de Suisse romande et du Grand G
 enève. Entretiens flash sur les stands\, ateliers CV et simulation d'entre
 tien\, conseils permis G. Entrée libre sur inscription.\n\nVotre billet: n
 ° 3318-22045
LOCATION:Palexpo\, Halle 6\, Grand-Saconnex
ORGANIZER;CN=Forum Emploi Frontaliers:mailto:noreply@eventbrite.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "wohnung-altstetten", "6F0B8E1D-9C2A-4D7B-B3E5-4A1C7D2F9E60",
        0, "", "", "", "", "personal-flat-viewing-zurich",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@TZ_ZURICH@
BEGIN:VEVENT
CREATED:20250317T064512Z
DTSTAMP:20250317T064544Z
UID:6F0B8E1D-9C2A-4D7B-B3E5-4A1C7D2F9E60
DTSTART;TZID=Europe/Zurich:20250321T173000
DTEND;TZID=Europe/Zurich:20250321T181500
SUMMARY:Besichtigung 4.5 Zi Altstetten
LOCATION:Hohlstrasse 512\, 8048 Zürich
DESCRIPTION:Verwaltung Wincasa\, Frau Bühler. Betreibungsauszug + Lohnaus
 weis mitnehmen (haben wir noch nicht...)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
