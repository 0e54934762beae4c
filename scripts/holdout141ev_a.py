# ruff: noqa: E501
"""holdout141 events, part a: Boiron (Lyon) and STADA (Bad Vilbel) processes and what surrounds them."""

EVENTS = [
    dict(
        kind="teams-screen",
        uid="040000008200E00074C5B7101A82E00800000000B0C6E1D2A38DDB01000000000000000010000000E5A27C3F9B1D4E4C8A0F6A3D2B7C9E11",
        iv=1,
        company="Boiron",
        role="Chargé(e) d'affaires réglementaires Espagne/Portugal (H/F)",
        stage="recruiter_screen",
        who="claire.fabre@boiron.fr",
        trap="outlook-teams-recruiter-screen-french",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="FABRE, Claire":mailto:Claire.FABRE@boiron.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Marta\,\n\nSuite à votre candidature au poste de Chargé(e) d'affaires réglementaires Espagne/Portugal (H/F) – CDI – Messimy\, je vous propose un premier échange en visio d'environ 30 minutes afin de faire connaissance\, de vous présenter le poste et de revenir sur votre parcours.\n\nBien cordialement\,\n\nClaire Fabre\nChargée de recrutement – Direction des Ressources Humaines\nBOIRON\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0ZjQ2YTgtMmU1Ny00%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>\nID de réunion : 384 219 557 102\nCode secret : h7Tq3W\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B0C6E1D2A38DDB01000000000000000010000000E5A27C3F9B1D4E4C8A0F6A3D2B7C9E11
SUMMARY;LANGUAGE=fr-FR:Entretien – Marta LLORENS – Chargé(e) d'affaires réglementaires ES/PT
DTSTART;TZID=Romance Standard Time:20250310T140000
DTEND;TZID=Romance Standard Time:20250310T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T101522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1204733871
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:claire.fabre@boiron.fr\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzE0ZjQ2YTgtMmU1Ny00-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Réunion Microsoft Teams","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
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
        kind="wttj-visio",
        uid="wk-interview-6f1d2a90-3c44-4f7e-9b1e-2d5a8c7e0b13@welcomekit.co",
        iv=1,
        company="Boiron",
        role="Chargé(e) d'affaires réglementaires Espagne/Portugal (H/F)",
        stage="hiring_manager",
        who="pierre-yves.martin@boiron.fr;isabelle.roux@boiron.fr",
        trap="welcome-to-the-jungle-ats-french-second-round",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//WelcomeKit ATS//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-interview-6f1d2a90-3c44-4f7e-9b1e-2d5a8c7e0b13@welcomekit.co
DTSTAMP:20250314T083012Z
DTSTART:20250320T090000Z
DTEND:20250320T100000Z
SUMMARY:Entretien Boiron x Marta Llorens
ORGANIZER;CN=Claire Fabre (Boiron):mailto:notifications@welcomekit.co
ATTENDEE;CN=Marta Llorens;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Pierre-Yves Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pierre-yves.martin@boiron.fr
ATTENDEE;CN=Isabelle Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:isabelle.roux@boiron.fr
LOCATION:Visio – lien ci-dessous
DESCRIPTION:Offre : Chargé(e) d'affaires réglementaires Espagne/Portugal (H/F)\nÉtape : Entretien avec le manager\n\nVous rencontrerez :\n- Pierre-Yves Martin\, Responsable Affaires Réglementaires Internationales\n- Isabelle Roux\, Pharmacien Responsable Intérimaire\n\nDurée : 1h. Prévoyez un support si vous souhaitez présenter un dossier sur lequel vous avez travaillé (variations\, AMM\, homéopathie en Espagne).\n\nLien de connexion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3MWFk%40thread.v2/0\n\nPour toute question\, répondez directement au message de Claire dans votre espace candidat.\n\n--\nEnvoyé via Welcome to the Jungle Solutions
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="iphone-onsite",
        uid="8B0E4C1A-55D2-4F3B-A6C9-1E7D0F92B3A4",
        iv=1,
        company="Boiron",
        role="",
        stage="final",
        who="Thierry Gaillard;Sandrine",
        trap="self-typed-final-onsite-abroad-paris-zone",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:CEST
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:CET
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20250328T211403Z
UID:8B0E4C1A-55D2-4F3B-A6C9-1E7D0F92B3A4
DTEND;TZID=Europe/Paris:20250408T130000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Boiron – final en Messimy
LAST-MODIFIED:20250328T212055Z
DTSTAMP:20250328T212055Z
DTSTART;TZID=Europe/Paris:20250408T093000
LOCATION:2 Avenue de l'Ouest Lyonnais\n69510 Messimy\, France
SEQUENCE:1
DESCRIPTION:Preguntar por Thierry Gaillard (Dir. Affaires Pharmaceutiques) en recepción. Luego Sandrine de RRHH.\nPresentación 20 min: caso variación tipo II ES + PT. Llevar portátil y USB por si acaso.\nTren Part-Dieu 7:34 → taxi (~35 min). Vuelo vuelta LYS 18:05.\nNo olvidar: DNI\, título homologado\, nóminas?
BEGIN:VALARM
X-WR-ALARMUID:0C7D2A11-8E3F-4B9A-9F02-5A6B7C8D9E01
UID:0C7D2A11-8E3F-4B9A-9F02-5A6B7C8D9E01
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thank-you-note",
        uid="3F6A9D20-7B41-4C8E-A2D5-9E0B1C4F7A63",
        iv=0,
        trap="thank-you-reminder-names-employer",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250408T164010Z
UID:3F6A9D20-7B41-4C8E-A2D5-9E0B1C4F7A63
DTEND:20250409T083000
TRANSP:TRANSPARENT
SUMMARY:mail gracias Boiron (Thierry + Sandrine + Claire)
DTSTART:20250409T081500
DTSTAMP:20250408T164010Z
SEQUENCE:0
DESCRIPTION:en francés!! mencionar lo de la variación de Arnica y que puedo incorporarme en junio
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sf-telefoninterview",
        uid="SF-INTSCHED-2025-0000418273@successfactors.eu",
        iv=1,
        company="STADA",
        role="Regulatory Affairs Manager (m/w/d) Southern Europe",
        stage="recruiter_screen",
        who="katrin.wegener@stada.de",
        trap="successfactors-german-phone-screen-berlin-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:MEZ
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:MESZ
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:SF-INTSCHED-2025-0000418273@successfactors.eu
DTSTAMP:20250305T142201Z
DTSTART;TZID=Europe/Berlin:20250312T103000
DTEND;TZID=Europe/Berlin:20250312T110000
SUMMARY:Telefoninterview | Regulatory Affairs Manager (m/w/d) Southern Europe | Req. 24817
ORGANIZER;CN=STADA Talent Acquisition:mailto:careers-noreply@stada.de
ATTENDEE;CN=Marta Llorens;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Katrin Wegener;PARTSTAT=ACCEPTED:mailto:Katrin.Wegener@stada.de
LOCATION:Telefon – Frau Wegener ruft Sie unter +34 6** *** 418 an
DESCRIPTION:Liebe Frau Llorens\,\n\nvielen Dank für Ihre Bewerbung bei STADA. Hiermit bestätigen wir Ihr Telefoninterview (ca. 30 Minuten) mit Katrin Wegener\, Senior Talent Acquisition Partner. Das Gespräch kann auf Deutsch oder Englisch geführt werden.\n\nDear Ms Llorens\, this confirms your phone interview with Katrin Wegener (approx. 30 min). Katrin will call you on the number in your profile.\n\nMit freundlichen Grüßen\nIhr STADA Recruiting Team\nSTADA Arzneimittel AG · Stadastraße 2–18 · 61118 Bad Vilbel
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-fachinterview",
        uid="040000008200E00074C5B7101A82E008000000004F1E03A9C991DB01000000000000000010000000C3B2D18E8A7F4A41B1E0F7D2A9C5B604",
        iv=1,
        company="STADA",
        role="Regulatory Affairs Manager (m/w/d) Southern Europe",
        stage="technical",
        who="jens.hoffmann@stada.de;elena.ruiz@stada.es",
        trap="outlook-sent-by-assistant-room-attendee-windows-zone",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Jens Dr.";SENT-BY="mailto:Sabine.Kuehn@stada.de":mailto:Jens.Hoffmann@stada.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Llorens:mailto:martallorens@telefonica.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ruiz, Elena":mailto:Elena.Ruiz@stada.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="DE-BV Raum 3.14 (8 P.) Teams":mailto:DE-BV-Raum-3.14@stada.de
DESCRIPTION;LANGUAGE=de-DE:Dear Ms Llorens\,\n\nas discussed with Katrin\, Dr. Hoffmann would like to invite you to the second interview. Part of the meeting will be a short case: please prepare a 10-minute outline of how you would plan the national phase of a DCP for a generic (ES\, PT\, IT)\, including timelines and typical validation questions from AEMPS. The interview will be held in English\, with a few questions in German.\n\nKind regards\nSabine Kühn\nAssistant to Dr. Jens Hoffmann\nRegulatory Affairs Europe South\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät aus teil.\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2Q4YzE5%40thread.v2/0>\nBesprechungs-ID: 331 902 477 815\nPasscode: Zp4v8G\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000004F1E03A9C991DB01000000000000000010000000C3B2D18E8A7F4A41B1E0F7D2A9C5B604
SUMMARY;LANGUAGE=de-DE:Fachinterview RA Manager Southern Europe / Llorens
DTSTART;TZID=W. Europe Standard Time:20250325T150000
DTEND;TZID=W. Europe Standard Time:20250325T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T090744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung\; DE-BV Raum 3.14 (8 P.) Teams
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
    dict(
        kind="gcal-export-final",
        uid="5ld2r0m9s8k1vq3bq7e4t6n2aa@google.com",
        iv=1,
        company="STADA",
        role="",
        stage="final",
        who="Hr. Dr. Hoffmann;Fr. Dr. Brandt",
        trap="google-export-x-wr-timezone-self-entry-german-onsite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Marta
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250415T110000
DTEND;TZID=Europe/Berlin:20250415T150000
DTSTAMP:20250502T071533Z
UID:5ld2r0m9s8k1vq3bq7e4t6n2aa@google.com
CREATED:20250403T190212Z
DESCRIPTION:Vor-Ort-Termin Bad Vilbel. Hr. Dr. Hoffmann + Fr. Dr. Brandt (VP Regulatory Affairs)\, Mittagessen mit dem Team\, dann HR (Gehalt?? 78-85k + relocation).\nS6 Frankfurt Hbf → Bad Vilbel Bf\, 10 min a pie.\nVuelo VLC-FRA martes 6:55
LAST-MODIFIED:20250403T190744Z
LOCATION:STADA Arzneimittel AG\, Stadastraße 2-18\, 61118 Bad Vilbel\, Alemania
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:STADA – Vor-Ort (final) 🇩🇪
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-block",
        uid="6vd1ol8h2m3t0p5k9c7j4q1r2b@google.com",
        iv=0,
        trap="prep-block-names-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Marta
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250323T170000
DTEND;TZID=Europe/Madrid:20250323T200000
DTSTAMP:20250502T071533Z
UID:6vd1ol8h2m3t0p5k9c7j4q1r2b@google.com
CREATED:20250318T220151Z
DESCRIPTION:- caso DCP fase nacional ES/PT/IT: calendario\, validación AEMPS\, tasas\n- CTD módulo 1 específico DE vs ES\n- variaciones tipo IA/IB/II\, worksharing\n- repasar Vorstellung en alemán (2 min!)\n- preguntas para Hoffmann: equipo\, home office\, viajes
LAST-MODIFIED:20250318T220151Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Preparar Fachinterview STADA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="language-exam",
        uid="20250524-eoi-b2-aleman-8812@eoivalencia",
        iv=0,
        trap="language-exam-pruefung-all-day",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:20250524-eoi-b2-aleman-8812@eoivalencia
DTSTAMP:20250210T190000Z
DTSTART;VALUE=DATE:20250524
DTEND;VALUE=DATE:20250525
SUMMARY:Examen B2 alemán EOI (Prüfung schriftlich + mündlich)
LOCATION:EOI València\, C/ Llanera de Ranes 33
DESCRIPTION:Escrito 9:00. Oral por la tarde\, mirar listas en el tablón. Llevar DNI y resguardo.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="trade-webinar",
        uid="gotowebinar-7713920455018347265-0415@gotowebinar.com",
        iv=0,
        trap="trade-webinar-from-employer-in-search",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-7713920455018347265-0415@gotowebinar.com
DTSTAMP:20250402T080000Z
DTSTART:20250417T184500Z
DTEND:20250417T194500Z
SUMMARY:Webinar Boiron Formación: el resfriado y la gripe en el mostrador
ORGANIZER;CN=Boiron España Formación:mailto:formacion@boiron.es
DESCRIPTION:Hola Marta\,\n\nGracias por inscribirte en el webinar «El resfriado y la gripe en el mostrador: consejo farmacéutico». Ponente: Dra. Nuria Gisbert\, farmacéutica comunitaria.\n\nÚnete al webinar:\nhttps://attendee.gotowebinar.com/join/7713920455018347265/911402377\n\nID de webinar: 771-392-045\n\nTambién puedes llamar: España +34 932 75 2004\, código de acceso 883-114-902\n\nEste curso está acreditado por la Comisión de Formación Continuada (0\,4 créditos).
LOCATION:GoTo Webinar
END:VEVENT
END:VCALENDAR
""",
    ),
]
