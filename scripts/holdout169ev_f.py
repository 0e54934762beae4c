"""holdout169 events, part f: booking tools, tests, agencies and remaining employers (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("cal-com", r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-9Qx2vTz7mN4pLk8R@cal.com
DTSTAMP:20250930T181511Z
DTSTART:20251003T063000Z
DTEND:20251003T070000Z
SUMMARY:Premier contact (30 min) between Dimitri Rochat and Mathieu Girardin
DESCRIPTION:What: Premier contact (30 min)\nInvitee Time Zone: Europe/Zurich\n
 Who:\n- Dimitri Rochat - Organizer\n- Mathieu Girardin\n\nWhere: Cal Video\n
 https://app.cal.com/video/9Qx2vTz7mN4pLk8R\n\nAdditional notes:\nCandidatu
 re Responsable planification – annonce jobup\n\nNeed to make a change? Canc
 el or reschedule: https://app.cal.com/booking/9Qx2vTz7mN4pLk8R
ORGANIZER;CN=Dimitri Rochat:mailto:d.rochat@horotec-components.ch
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:ma
 thieu.girardin@bluewin.ch
LOCATION:https://app.cal.com/video/9Qx2vTz7mN4pLk8R
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "calcom-9Qx2vTz7mN4pLk8R@cal.com", 1, "Horotec Components", "Responsable planification",
       "recruiter_screen", "d.rochat@horotec-components.ch", "cal-com-premier-contact-note-is-the-clue"),

    ev("calendly", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calendly-e2c4a6b8-1d3f-4a5c-9e7b-0f2d4c6a8e10@calendly.com
DTSTAMP:20251103T073312Z
DTSTART:20251107T140000Z
DTEND:20251107T143000Z
SUMMARY:Mathieu Girardin and Anna Wyss
DESCRIPTION:Event Name: Entretien téléphonique – Supply Planner Senior\n\nL
 ocation: This is a phone call. Anna Wyss will call the invitee at +41 79 41
 2 58 90\n\nNeed to make changes to this event?\nCancel: https://calendly.co
 m/cancellations/e2c4a6b8\nReschedule: https://calendly.com/reschedulings/e
 2c4a6b8\n\nPowered by Calendly.com
ORGANIZER;CN=Anna Wyss:mailto:a.wyss@lajouxperret.ch
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m
 athieu.girardin@bluewin.ch
LOCATION:+41 79 412 58 90
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "calendly-e2c4a6b8-1d3f-4a5c-9e7b-0f2d4c6a8e10@calendly.com", 1, "La Joux-Perret",
       "Supply Planner Senior", "recruiter_screen", "a.wyss@lajouxperret.ch",
       "calendly-names-only-summary-employer-in-domain"),

    ev("bookings", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN=Dubois Décolletage SA - Recrutement:mailto:Recrutement@duboisdec
 olletage.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gi
 rardin:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Christian
  Frey:mailto:c.frey@dubois-decolletage.ch
DESCRIPTION;LANGUAGE=fr-CH:Votre réservation a été confirmée.\n\nService: E
 ntretien candidat (60 min)\nPersonnel: Christian Frey\, Directeur\nAdresse
 : Rue Industrielle 21\, 2740 Moutier\n\nPour modifier ou annuler votre rés
 ervation: https://outlook.office365.com/owa/calendar/DuboisDecolletageSARe
 crutement@duboisdecolletage.onmicrosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DC01000000000000000
 010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
SUMMARY;LANGUAGE=fr-CH:Entretien candidat (60 min) avec Mathieu Girardin
DTSTART;TZID=W. Europe Standard Time:20251112T170000
DTEND;TZID=W. Europe Standard Time:20251112T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T200221Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Dubois Décolletage SA\, Moutier
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E0E1E2E3E4E5DC0100000000000000001000000"
       "0B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF", 1, "Dubois Décolletage", "", "hiring_manager",
       "c.frey@dubois-decolletage.ch", "ms-bookings-user-is-the-candidate"),

    ev("icims", r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-interview-2025-11-1988412-integra
DTSTAMP:20251110T200408Z
DTSTART:20251117T083000Z
DTEND:20251117T091500Z
SUMMARY:Interview Scheduled: Supply Chain Manager - Neuchâtel (2025-11834)
DESCRIPTION:Dear Mathieu\,\n\nThis email confirms your interview for Supply
  Chain Manager - Neuchâtel with Integra LifeSciences.\n\nInterviewer: Kevin
  O'Donnell\, Director Global Supply Planning (based in Ireland)\nDate: Mon
 day\, November 17\, 2025\nTime: 08:30 GMT / 09:30 CET\nFormat: Microsoft T
 eams (link below)\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting
 _YTg0NjM1NjQtZWI0%40thread.v2/0\n\nIntegra Talent Acquisition
ORGANIZER;CN=Integra Talent Acquisition:mailto:talent@integralife.icims.com
ATTENDEE;CN=Kevin O'Donnell;PARTSTAT=ACCEPTED:mailto:Kevin.ODonnell@integr
 alife.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "icims-interview-2025-11-1988412-integra", 1, "Integra LifeSciences", "Supply Chain Manager - Neuchâtel",
       "hiring_manager", "kevin.odonnell@integralife.com", "icims-gmt-interviewer-abroad"),

    ev("goto-besancon", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:ROMANCE%%
BEGIN:VEVENT
ATTENDEE;CN=mathieu.girardin@bluewin.ch;RSVP=TRUE:mailto:mathieu.girardin@b
 luewin.ch
ATTENDEE;CN="GUYON Pauline";RSVP=TRUE:mailto:pauline.guyon@cheval-freres.f
 r
CLASS:PUBLIC
DESCRIPTION:Bonjour M. Girardin\,\n\nJe vous confirme notre entretien pour
  le poste de Responsable Ordonnancement-Lancement (CDI\, Besançon).\n\nPart
 icipez à ma réunion depuis votre ordinateur\, tablette ou smartphone.\nhtt
 ps://meet.goto.com/814227301\n\nVous pouvez aussi appeler.\nFrance: +33 17
 0 950 594\nSuisse: +41 225 4599 78\nCode d'accès: 814-227-301\n\nPauline G
 UYON\nResponsable RH – Cheval Frères SAS\n
DTEND;TZID="Romance Standard Time":20251205T113000
DTSTAMP:20251127T143902Z
DTSTART;TZID="Romance Standard Time":20251205T103000
LOCATION:GoTo Meeting
ORGANIZER;CN="GUYON Pauline":mailto:pauline.guyon@cheval-freres.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien Cheval Frères - Resp. Ordonnancement-Lanceme
 nt
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DC01000000000000000
 010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DC0100000000000000001000000"
       "0D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF", 1, "Cheval Frères", "Responsable Ordonnancement-Lancement",
       "recruiter_screen", "pauline.guyon@cheval-freres.fr", "goto-meeting-french-dial-ins"),

    ev("test-technique", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:ZURICH_PLAIN%%
BEGIN:VEVENT
UID:SFRCM-IS-9014480-comadur-20251209
DTSTAMP:20251202T150301Z
SEQUENCE:0
DTSTART;TZID=Europe/Zurich:20251209T133000
DTEND;TZID=Europe/Zurich:20251209T150000
SUMMARY:Comadur SA - Mise en situation (cas pratique MRP / Excel) - Planifi
 cateur principal
DESCRIPTION:Monsieur Girardin\,\n\nComme annoncé\, nous vous convions à une
  mise en situation d'env. 90 minutes : analyse d'un plan directeur de produ
 ction et d'un calcul des besoins (Excel fourni\, PC sur place)\, puis resti
 tution orale à M. Pascal Perrenoud\, Chef de la planification.\n\nAdresse:
  Comadur SA\, Girardet 57\, 2400 Le Locle\n\nThe Swatch Group Recruiting
ORGANIZER;CN=Swatch Group Recruiting:mailto:noreply-recruiting@swatchgroup.c
 om
ATTENDEE;CN=Pascal Perrenoud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 pascal.perrenoud@comadur.ch
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Comadur SA\, Le Locle
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "SFRCM-IS-9014480-comadur-20251209", 1, "Comadur", "Planificateur principal", "technical",
       "pascal.perrenoud@comadur.ch", "mise-en-situation-practical-test"),

    ev("cabinet-jlc", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN=mathieu.girardin@bluewin.ch;RSVP=TRUE:mailto:mathieu.girardin@b
 luewin.ch
CLASS:PUBLIC
DESCRIPTION:Cher Monsieur Girardin\,\n\nJe vous confirme notre entretien app
 rofondi dans nos bureaux de Lausanne dans le cadre du mandat que nous a con
 fié la Manufacture Jaeger-LeCoultre (Le Sentier) pour le poste de Head of D
 emand & Supply Planning. Le questionnaire de personnalité vous parviendra s
 éparément.\n\nAvenue de Rumine 13\, 1005 Lausanne\, 3e étage.\n\nMeilleure
 s salutations\nGilles Berthoud\nSenior Partner\, Mercuri Urval SA\n
DTEND;TZID="W. Europe Standard Time":20251201T163000
DTSTAMP:20251121T082040Z
DTSTART;TZID="W. Europe Standard Time":20251201T140000
LOCATION:Mercuri Urval\, Lausanne
ORGANIZER;CN="Berthoud Gilles":mailto:gilles.berthoud@mercuriurval.com
PRIORITY:5
SEQUENCE:0
SUMMARY:Entretien approfondi - M. Girardin
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A9A8A7A6A5A4DC01000000000000000
 010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A9A8A7A6A5A4DC0100000000000000001000000"
       "0E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF", 1, "Jaeger-LeCoultre", "Head of Demand & Supply Planning", "",
       "gilles.berthoud@mercuriurval.com", "search-firm-in-depth-interview-client-in-body"),

    ev("eta-gespraech", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Gerber, Simon";SENT-BY="mailto:claudia.ruch@eta.ch":mailto:sim
 on.gerber@eta.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.gi
 rardin@bluewin.ch:mailto:mathieu.girardin@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerber, Simon
 ":mailto:simon.gerber@eta.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="GRE-Sitzungszim
 mer 2.07 Weissenstein":mailto:gre-sz-207@eta.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Girardin\n\nGerne bestätige ich Ihne
 n im Auftrag von Herrn Gerber (Leiter Produktionsplanung Werke) das Gespräc
 h in Grenchen. Sie können das Gespräch auch auf Französisch führen.\n\nFreu
 ndliche Grüsse\nClaudia Ruch\nAssistentin Produktion\n
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7A8BDC01000000000000000
 0100000001F2E3D4C5B6A79889796A5B4C3D2E1F0
SUMMARY;LANGUAGE=de-CH:Gespräch Hr. Girardin / Hr. Gerber – Teamleiter S&OP
DTSTART;TZID=W. Europe Standard Time:20251128T080000
DTEND;TZID=W. Europe Standard Time:20251128T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T131145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:GRE-Sitzungszimmer 2.07 Weissenstein
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000003C4D5E6F7A8BDC0100000000000000001000000"
       "01F2E3D4C5B6A79889796A5B4C3D2E1F0", 1, "ETA", "Teamleiter S&OP", "hiring_manager", "simon.gerber@eta.ch",
       "german-gespraech-sent-by-assistant-grenchen"),

    ev("mps-teams", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8D3E1A7B-5C92-4F10-A6E4-77B2C9D1E035
DTSTAMP:20251203T101022Z
DTSTART:20251210T150000Z
DTEND:20251210T160000Z
SUMMARY:MPS – Girardin – Operations Manager (2nd round)
DESCRIPTION:Hello Mathieu\,\n\nAs discussed with our HR\, here is the invit
 e for the second round with me and our CFO Nathalie Kohler. We will go thro
 ugh your 90-day plan.\n\nBest regards\,\nMarkus Wyss\nCEO\, MPS Micro Prec
 ision Systems AG\n\n___________________________________________\nMicrosoft
  Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_OTc5MzU0%40thread.v2/0\nMeeting ID: 377 601 229 845  Passcode: d8XqK3\n
ORGANIZER;CN=Markus Wyss:mailto:markus.wyss@mps-watch.com
ATTENDEE;CN=Nathalie Kohler;PARTSTAT=ACCEPTED:mailto:nathalie.kohler@mps-wat
 ch.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "8D3E1A7B-5C92-4F10-A6E4-77B2C9D1E035", 1, "MPS Micro Precision Systems", "Operations Manager", "hiring_manager",
       "markus.wyss@mps-watch.com;nathalie.kohler@mps-watch.com", "english-second-round-90-day-plan-utc"),
]
