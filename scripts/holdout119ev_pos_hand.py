"""holdout119: the user's own interviews, typed by the user, plus a few more tool and manager invites."""

from __future__ import annotations

from holdout119ev_ics import APPLE, APPLE_MAC, GOOGLE, OUTLOOK, OUTLOOK16, THUNDERBIRD, calendar, event

# ruff: noqa: E501


def _hand() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "1k2j3h4g5f6d7s8a9p0o1i2u3y@google.com"
    out.append(event("hand-phone-fr", calendar(r"""
BEGIN:VEVENT
DTSTART:20260304T121500
DTEND:20260304T124500
DTSTAMP:20260227T203000Z
UID:1k2j3h4g5f6d7s8a9p0o1i2u3y@google.com
SUMMARY:entretien tél. RH Gourmet Altitude (poste resp. exploitation GVA)
DESCRIPTION:ils appellent sur le natel. avoir CV + chiffres pax/mvts sous la main
LOCATION:pause midi – salle repos
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, method=None), uid, yes=True, company="Gourmet Altitude", role="resp. exploitation GVA",
        stage="recruiter_screen", trap="hand-floating-phone-fr"))

    uid = "8B3E2F10-4C1A-4E5D-A7B9-GEH2ND-0327"
    out.append(event("hand-apple-fr", calendar(r"""
BEGIN:VEVENT
UID:8B3E2F10-4C1A-4E5D-A7B9-GEH2ND-0327
DTSTAMP:20260321T081000Z
CREATED:20260321T081000Z
DTSTART;TZID=Europe/Zurich:20260327T160000
DTEND;TZID=Europe/Zurich:20260327T173000
SUMMARY:GEH – 2e entretien\, ramener CV + licences
LOCATION:GEH\, hangar aviation générale
DESCRIPTION:avec Raphaël + son associé (finances). Demander : planning\, astreintes\, salaire.
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
END:VALARM
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, yes=True, company="Genève Executive Handling", role="",
        stage="", interviewers="Raphaël", trap="hand-apple-abbrev-escaped-comma"))

    uid = "t7y6u5i4o3p2a1s0d9f8g7h6j5@google.com"
    out.append(event("hand-video-de", calendar(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260312T171500
DTEND;TZID=Europe/Zurich:20260312T180000
DTSTAMP:20260310T070000Z
UID:t7y6u5i4o3p2a1s0d9f8g7h6j5@google.com
SUMMARY:Interview AlpSky Handling – Video (Hr. Keller)
DESCRIPTION:Link kommt per Mail. Stelle: Duty Manager Ramp ZRH. Deutsch!
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, method=None, zones=("Europe/Zurich",)), uid, yes=True, company="AlpSky Handling", role="Duty Manager Ramp ZRH",
        stage="", interviewers="Keller", trap="hand-de-video"))

    uid = "q1w2e3r4t5y6u7i8o9p0adrlys@google.com"
    out.append(event("hand-train-fr", calendar(r"""
BEGIN:VEVENT
DTSTART:20260505T070000Z
DTEND:20260505T160000Z
DTSTAMP:20260428T190000Z
UID:q1w2e3r4t5y6u7i8o9p0adrlys@google.com
SUMMARY:ADR Lyon 2e tour – TGV 7h29 Cornavin\, salle Confluence 10h
DESCRIPTION:Berthet + DRH. Présentation 15 min « retour d'expérience SGS ». Retour 17h34.
LOCATION:Lyon-Saint Exupéry
END:VEVENT
""", prodid=GOOGLE, method=None, headers=("X-WR-TIMEZONE:Europe/Zurich",)), uid, yes=True, company="Aéroports du Rhône",
        role="", stage="", interviewers="Berthet", trap="hand-abbrev-travel-fr"))

    uid = "AG-20260303-kerosene-saentis"
    out.append(event("hand-agency-call-fr", calendar(r"""
BEGIN:VEVENT
UID:AG-20260303-kerosene-saentis
DTSTAMP:20260302T121212Z
DTSTART;TZID=Europe/Zurich:20260303T123000
DTEND;TZID=Europe/Zurich:20260303T130000
SUMMARY:Call Kerosene Search (Mme Weiss) – poste Station Manager GVA chez Säntis Airways
DESCRIPTION:elle me présente au client si ok. préparer prétentions salariales
X-MOZ-GENERATION:1
END:VEVENT
""", prodid=THUNDERBIRD, method=None, zones=("Europe/Zurich",)), uid, yes=True, company="Säntis Airways", role="Station Manager GVA",
        stage="recruiter_screen", interviewers="Mme Weiss", trap="hand-agency-screen-names-employer"))

    uid = "vg-ask-zrh-20260402@girard"
    out.append(event("hand-de-vg", calendar(r"""
BEGIN:VEVENT
UID:vg-ask-zrh-20260402@girard
DTSTAMP:20260325T200000Z
DTSTART;TZID=Europe/Zurich:20260402T090000
DTEND;TZID=Europe/Zurich:20260402T103000
SUMMARY:VG Airside Security Zürich – Leiter Sicherheit Vorfeld
LOCATION:Zürich Flughafen\, Operation Center 2
DESCRIPTION:Fr. Gerber (HR) + Hr. Lötscher (CSO). Zug 6:32 ab Genève. Perm. getauscht mit Yann.
END:VEVENT
""", prodid=APPLE_MAC, method=None, zones=("Europe/Zurich",)), uid, yes=True, company="Airside Security Zürich",
        role="Leiter Sicherheit Vorfeld", stage="", interviewers="Fr. Gerber;Hr. Lötscher", trap="hand-de-vg-abbrev"))

    uid = "sal-mise-en-situation-0331@girard"
    out.append(event("hand-exercise-fr", calendar(r"""
BEGIN:VEVENT
UID:sal-mise-en-situation-0331@girard
DTSTAMP:20260324T180000Z
DTSTART:20260331T130000
DTEND:20260331T150000
SUMMARY:Entretien Sûreté Léman – mise en situation (cas alerte bagage abandonné)
DESCRIPTION:2e étape après l'entretien avec Ana V. Prendre congé l'après-midi.
END:VEVENT
""", prodid=THUNDERBIRD, method=None), uid, yes=True, company="Sûreté Aéroportuaire Léman", role="", stage="technical",
        trap="hand-floating-exercise-fr"))

    uid = "ors-teams-0316@girard"
    out.append(event("hand-teams-fr", calendar(r"""
BEGIN:VEVENT
UID:ors-teams-0316@girard
DTSTAMP:20260313T210000Z
DTSTART;TZID=Europe/Paris:20260316T180000
DTEND;TZID=Europe/Paris:20260316T184500
SUMMARY:entretien ORS (Orly Ramp Solutions) resp. de piste – Teams
DESCRIPTION:lien dans le mail de Karine. après perm. → rentrer direct.
END:VEVENT
""", prodid=GOOGLE, method=None, zones=("Europe/Paris",)), uid, yes=True, company="Orly Ramp Solutions", role="resp. de piste",
        stage="", interviewers="", trap="hand-acronym-teams-fr"))

    uid = "D91F0C44-7A2B-4B8E-9E11-SAENTIS-IV"
    out.append(event("hand-apple-en", calendar(r"""
BEGIN:VEVENT
UID:D91F0C44-7A2B-4B8E-9E11-SAENTIS-IV
DTSTAMP:20260409T063000Z
DTSTART;TZID=Europe/Zurich:20260416T143000
DTEND;TZID=Europe/Zurich:20260416T153000
SUMMARY:Interview Säntis Airways – Station Manager GVA
LOCATION:Säntis Airways ops office\, Terminal 1\, niveau départs
DESCRIPTION:Head of Stations + HR. English.
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT30M
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, yes=True, company="Säntis Airways", role="Station Manager GVA",
        stage="", trap="hand-apple-en"))

    uid = "a9s8d7f6g5h4j3k2l1aerotrans@google.com"
    out.append(event("hand-screen-en", calendar(r"""
BEGIN:VEVENT
DTSTART:20260407T113000Z
DTEND:20260407T120000Z
DTSTAMP:20260403T090000Z
UID:a9s8d7f6g5h4j3k2l1aerotrans@google.com
SUMMARY:Phone screen – Aerotrans (recruiter)
DESCRIPTION:Hannah? from their talent team. Ops advisory role.
END:VEVENT
""", prodid=GOOGLE, method=None), uid, yes=True, company="Aerotrans Consulting", role="", stage="recruiter_screen",
        trap="hand-phone-screen-en"))

    uid = "cargolac-final-0423@girard"
    out.append(event("hand-final-fr", calendar(r"""
BEGIN:VEVENT
UID:cargolac-final-0423@girard
DTSTAMP:20260415T190000Z
DTSTART;TZID=Europe/Zurich:20260423T170000
DTEND;TZID=Europe/Zurich:20260423T183000
SUMMARY:Cargolac – entretien final (direction + président CA)
LOCATION:Cargolac\, Route de la Fret 2\, Meyrin
DESCRIPTION:Aebischer + M. Reymond (CA). Négo salaire probable. Astreinte à faire reprendre par Julien.
END:VEVENT
""", prodid=THUNDERBIRD, method=None, zones=("Europe/Zurich",)), uid, yes=True, company="Cargolac", role="", stage="final",
        interviewers="Aebischer;M. Reymond", trap="hand-final-fr"))
    return out


def _more() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "WD-INT-0000922817-SAENTIS@myworkday.com"
    out.append(event("workday-en", calendar(r"""
BEGIN:VEVENT
UID:WD-INT-0000922817-SAENTIS@myworkday.com
DTSTAMP:20260327T132200Z
DTSTART:20260401T080000Z
DTEND:20260401T090000Z
SUMMARY:Interview Scheduled: Station Manager Geneva (JR-22817)
ORGANIZER;CN=Saentis Airways Careers:mailto:saentisairways@myworkday.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Gian Caduff:mailto:gian.caduff@saentis-airways.ch
LOCATION:Video Interview (Microsoft Teams)
DESCRIPTION:Dear Antoine\,\n\nYour interview has been scheduled.\n\nJob Requisition: Station Manager Geneva (JR-22817)\nInterviewer: Gian Caduff\, Head of Stations Switzerland\nDuration: 60 minutes\n\nA Teams link will be sent by the interviewer.\n\nSäntis Airways Talent Acquisition
END:VEVENT
""", prodid="-//Workday Inc//Workday Calendar//EN"), uid, yes=True, company="Säntis Airways", role="Station Manager Geneva",
        stage="hiring_manager", interviewers="gian.caduff@saentis-airways.ch", trap="workday-en-umlaut-spelled-out"))

    uid = "SFSF-INT-ALPSKY-20260424-5521"
    out.append(event("successfactors-de", calendar(r"""
BEGIN:VEVENT
UID:SFSF-INT-ALPSKY-20260424-5521
DTSTAMP:20260416T101000Z
DTSTART;TZID=W. Europe Standard Time:20260424T140000
DTEND;TZID=W. Europe Standard Time:20260424T153000
SUMMARY:Interviewtermin: Leiter Bodenabfertigung (80–100%) – Antoine Girard
ORGANIZER;CN=AlpSky Handling AG HR:mailto:hr@alpsky-handling.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Marco Keller:mailto:marco.keller@alpsky-handling.ch
ATTENDEE;CN=Simone Wälti:mailto:simone.waelti@alpsky-handling.ch
ATTENDEE;CUTYPE=ROOM;CN=ZRH Op-Center Sitzungszimmer 3:mailto:sz3.opcenter@alpsky-handling.ch
LOCATION:ZRH Op-Center Sitzungszimmer 3
DESCRIPTION:Guten Tag Herr Girard\,\n\ngerne bestätigen wir Ihnen das zweite Interview vor Ort mit Marco Keller (Head of Ramp) und Simone Wälti (HR Business Partner).\n\nFreundliche Grüsse\nAlpSky Handling AG\n\nDiese E-Mail wurde automatisch von SAP SuccessFactors generiert.
END:VEVENT
""", prodid="-//SAP SuccessFactors//Interview Scheduling//EN", zones=("W. Europe Standard Time",)), uid, yes=True,
        company="AlpSky Handling", role="Leiter Bodenabfertigung", stage="onsite",
        interviewers="marco.keller@alpsky-handling.ch;simone.waelti@alpsky-handling.ch", trap="successfactors-de-room"))

    uid = "personio-9917731-ors-interview"
    out.append(event("personio-en", calendar(r"""
BEGIN:VEVENT
UID:personio-9917731-ors-interview
DTSTAMP:20260324T110000Z
DTSTART;TZID=Europe/Paris:20260402T160000
DTEND;TZID=Europe/Paris:20260402T170000
SUMMARY:Interview | Responsable de Piste (Orly) | Antoine Girard
ORGANIZER;CN=ORS Talent:mailto:talent@orlyramp.fr
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Karine Da Silva:mailto:karine.dasilva@orlyramp.fr
ATTENDEE;CN=Yannick Moreau:mailto:yannick.moreau@orlyramp.fr
LOCATION:Orly Ramp Solutions\, 3 rue du Pont des Halles\, Rungis
DESCRIPTION:Hello Antoine\,\nThis is your second interview\, on site\, with Yannick Moreau (Directeur des Opérations). Karine Da Silva will welcome you at the reception.\n\nBest regards\,\nORS – Orly Ramp Solutions\n\n(Sent via Personio)
END:VEVENT
""", prodid="-//Personio GmbH//Personio Calendar//DE", zones=("Europe/Paris",)), uid, yes=True, company="Orly Ramp Solutions",
        role="Responsable de Piste (Orly)", stage="onsite", interviewers="yannick.moreau@orlyramp.fr",
        trap="personio-en-greeter-not-interviewer"))

    uid = "4fl2m9q0s8t7v6w5x4y3z2hgs@google.com"
    out.append(event("google-de", calendar(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260318T120000
DTEND;TZID=Europe/Zurich:20260318T130000
DTSTAMP:20260312T150000Z
ORGANIZER;CN=Reto Imhof:mailto:reto.imhof@hgs-ag.ch
UID:4fl2m9q0s8t7v6w5x4y3z2hgs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=antoine.girard.ops@bluewin.ch:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Reto Imhof:mailto:reto.imhof@hgs-ag.ch
SUMMARY:Kennenlernen Leitung Operations – Antoine Girard
LOCATION:Restaurant Runway 34\, Glattbrugg
DESCRIPTION:Lieber Herr Girard\, wie am Telefon besprochen ein erstes Kennenlernen bei einem Mittagessen zur Stelle Leitung Operations bei der Helvetic Ground Services AG. Beste Grüsse\, Reto Imhof\, CEO
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid=GOOGLE, zones=("Europe/Zurich",)), uid, yes=True, company="Helvetic Ground Services",
        role="Leitung Operations", stage="hiring_manager", interviewers="reto.imhof@hgs-ag.ch", trap="google-de-lunch-kennenlernen"))

    uid = "040000008200E00074C5B7101A82E00800000000MEDAIR0ES2026"
    out.append(event("phone-es", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000MEDAIR0ES2026
DTSTAMP:20260402T100000Z
DTSTART;TZID=Romance Standard Time:20260406T100000
DTEND;TZID=Romance Standard Time:20260406T103000
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica – Jefe de Escala Ginebra – Mediterránea Airlines
ORGANIZER;CN="Navarro, Lucía":mailto:lucia.navarro@mediterranea-air.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION;LANGUAGE=es-ES:Llamada telefónica (te llamamos al +41 79 412 58 30)
DESCRIPTION;LANGUAGE=es-ES:Hola Antoine\, gracias por tu candidatura. Te llamaré para una primera conversación de 30 minutos sobre el puesto de Jefe de Escala en Ginebra. Saludos\, Lucía Navarro – Talento\, Mediterránea Airlines\n
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, yes=True, company="Mediterránea Airlines",
        role="Jefe de Escala Ginebra", stage="recruiter_screen", interviewers="lucia.navarro@mediterranea-air.com",
        trap="phone-screen-es"))

    uid = "confluence-air-occ-entretien-20260409"
    out.append(event("teams-fr-confluence", calendar(r"""
BEGIN:VEVENT
UID:confluence-air-occ-entretien-20260409
DTSTAMP:20260403T073000Z
DTSTART;TZID=Europe/Paris:20260409T093000
DTEND;TZID=Europe/Paris:20260409T103000
SUMMARY:Entretien RH – Responsable du Centre de Contrôle Opérationnel
ORGANIZER;CN=Sandrine Vidal:mailto:sandrine.vidal@confluence-air.fr
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:Réunion Microsoft Teams
DESCRIPTION:Bonjour M. Girard\,\n\nJe vous propose un premier entretien RH d'une heure.\n\nSandrine Vidal\nResponsable Recrutement – Confluence Air\nAéroport Lyon-Saint Exupéry\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion\nID de la réunion : 312 008 447 219\nCode secret : 3hT9bk\n________________________________________________________________________________
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Paris",)), uid, yes=True, company="Confluence Air",
        role="Responsable du Centre de Contrôle Opérationnel", stage="recruiter_screen",
        interviewers="sandrine.vidal@confluence-air.fr", trap="teams-fr-company-in-signature"))

    uid = "matterhorn-hm-20260414-0930@matterhornair.com"
    out.append(event("outlook-en-hm", calendar(r"""
BEGIN:VEVENT
UID:matterhorn-hm-20260414-0930@matterhornair.com
DTSTAMP:20260408T150000Z
DTSTART;TZID=W. Europe Standard Time:20260414T093000
DTEND;TZID=W. Europe Standard Time:20260414T103000
SUMMARY:Antoine Girard – conversation w/ COO (Director Ground Ops)
ORGANIZER;CN="Gisler, Lea";SENT-BY="mailto:recruiting@matterhornair.com":mailto:lea.gisler@matterhornair.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN="Blaser, Marc-André":mailto:marc-andre.blaser@matterhornair.com
ATTENDEE;CN="Gisler, Lea";ROLE=NON-PARTICIPANT:mailto:lea.gisler@matterhornair.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Hi Antoine\, I've set up your conversation with Marc-André (COO). I'm only sending the invite – it will be just the two of you. Lea\, Recruiting Coordinator
X-ALT-DESC;FMTTYPE=text/html:<html><body>Hi Antoine\, I've set up your conversation with Marc-André (COO). I'm only sending the invite – it will be just the two of you.<br>Lea</body></html>
END:VEVENT
""", prodid=OUTLOOK, zones=("W. Europe Standard Time",)), uid, yes=True, company="Matterhorn Air", role="Director Ground Ops",
        stage="hiring_manager", interviewers="marc-andre.blaser@matterhornair.com", trap="outlook-en-coordinator-organizer"))

    uid = "recruitee-offer-2231774-interview-48812"
    out.append(event("recruitee-fr", calendar(r"""
BEGIN:VEVENT
UID:recruitee-offer-2231774-interview-48812
DTSTAMP:20260319T150000Z
DTSTART:20260326T100000Z
DTEND:20260326T104500Z
SUMMARY:Entretien visio – Responsable exploitation sol (Lyon) – Rhodanair
ORGANIZER;CN=Rhodanair Recrutement:mailto:jobs@rhodanair.recruitee.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Thierry Bonnefoy:mailto:thierry.bonnefoy@rhodanair.com
LOCATION:Google Meet – https://meet.google.com/bnw-rtzq-hpo
DESCRIPTION:Bonjour Antoine\,\n\nMerci pour votre candidature ! Thierry Bonnefoy\, notre Directeur des opérations\, souhaite échanger avec vous pendant 45 minutes.\n\nÀ bientôt\,\nL'équipe Rhodanair\n\nEnvoyé avec Recruitee
END:VEVENT
""", prodid="-//Recruitee//Recruitee//EN"), uid, yes=True, company="Rhodanair", role="Responsable exploitation sol (Lyon)",
        stage="hiring_manager", interviewers="thierry.bonnefoy@rhodanair.com", trap="recruitee-fr-meet"))

    uid = "6c5b4a3z2y1x0w9v8u7t6s5r4q@google.com"
    out.append(event("self-organised-fr", calendar(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260410T080000
DTEND;TZID=Europe/Zurich:20260410T090000
DTSTAMP:20260407T182000Z
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
UID:6c5b4a3z2y1x0w9v8u7t6s5r4q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Philippe Dufour:mailto:p.dufour@aeroservices-genevois.fr
SUMMARY:Entretien Aéro-Services du Genevois (M. Dufour) – resp. exploitation Annemasse
LOCATION:Aérodrome d'Annemasse\, bureau AFIS
DESCRIPTION:Je vous envoie l'invitation comme convenu au téléphone. Au plaisir de vous rencontrer\, Antoine Girard
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid=GOOGLE, zones=("Europe/Zurich",)), uid, yes=True, company="Aéro-Services du Genevois",
        role="resp. exploitation Annemasse", stage="", interviewers="p.dufour@aeroservices-genevois.fr",
        trap="user-organizes-own-interview-freemail-fr"))

    return out


def events() -> list[dict[str, str]]:
    return _hand() + _more()

