"""holdout134 positives (part C): couture house, London jeweller via agency, shoes, Spanish brand, startups."""

from __future__ import annotations

from holdout134ev_ics import TZ_LONDON, TZ_MADRID, TZ_PARIS, Ev, cal


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(Ev("hand-2e-tour-fr", cal(r"""
BEGIN:VEVENT
UID:20250314T201233Z-4417@thunderbird-chloe
DTSTAMP:20250314T201233Z
DTSTART:20250319T120000
DTEND:20250319T130000
SUMMARY:Mirande - 2e tour avec DRH
LOCATION:Atelier Mirande\, 3 rue Boissy d'Anglas
DESCRIPTION:Poste resp. boutique rue Boissy d'Anglas. Demander Mme Sorel à l'accueil. Prendre book
  clientes (anonymisé !)
X-MOZ-GENERATION:1
END:VEVENT
""", prodid="thunderbird", method=None),
        "20250314T201233Z-4417@thunderbird-chloe", 1, "Atelier Mirande", "resp. boutique", "", "Mme Sorel",
        "hand-floating-thunderbird-fr"))

    out.append(Ev("agency-names-employer-en", cal(r"""
BEGIN:VEVENT
UID:vendome-search-cand-3382-int-1@vendomesearch.com
DTSTAMP:20250404T103000Z
DTSTART;TZID=Europe/London:20250414T160000
DTEND;TZID=Europe/London:20250414T170000
SUMMARY:Halden & Crewe - Store Manager Bond Street - 1st interview (Chloé Marchand)
ORGANIZER;CN=Camille Aubrac - Vendôme Search:mailto:camille.aubrac@vendomesearch.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Oliver Strand;ROLE=REQ-PARTICIPANT:mailto:oliver.strand@haldencrewe.com
ATTENDEE;CN=Camille Aubrac;ROLE=NON-PARTICIPANT:mailto:camille.aubrac@vendomesearch.com
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Chloé\,\n\nGreat news - my client Halden & Crewe would like to meet you for the Store
  Manager role at their Bond Street flagship. You'll speak with Oliver Strand\, Area Director UK &
  Ireland. I won't join the call but please ring me straight after.\n\nJoin:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_HaCr\nMeeting ID: 392 011 845 227
   Passcode: 7mQx3b\n\nCamille Aubrac\nSenior Consultant - Luxury Retail\nVendôme Search
END:VEVENT
""", tz=(TZ_LONDON,)),
        "vendome-search-cand-3382-int-1@vendomesearch.com", 1, "Halden & Crewe", "Store Manager Bond Street",
        "hiring_manager", "oliver.strand@haldencrewe.com", "agency-names-employer-en"))

    out.append(Ev("calcom-screen-fr", cal(r"""
BEGIN:VEVENT
UID:calcom-booking-8jYt2cQv7pZ3kLm9Rx4wA1
DTSTAMP:20250407T081800Z
DTSTART:20250411T123000Z
DTEND:20250411T130000Z
SUMMARY:Entretien 30 min entre Laure Besson et Chloé Marchand
ORGANIZER;CN=Laure Besson:mailto:laure@cordelier-paris.com
ATTENDEE;CN=Chloé Marchand;PARTSTAT=ACCEPTED:mailto:chloe.marchand.retail@orange.fr
LOCATION:https://app.cal.com/video/8jYt2cQv7pZ3kLm9Rx4wA1
DESCRIPTION:Quoi : Entretien 30 min - recrutement Responsable boutique Cordelier Saint-Germain\nQui
  : Laure Besson - Organisateur (laure@cordelier-paris.com)\, Chloé Marchand\nOù : Cal
  Video\n\nNotes supplémentaires : Merci pour votre candidature ! On fait connaissance.\n\nAnnuler
  ou replanifier : https://app.cal.com/booking/8jYt2cQv7pZ3kLm9Rx4wA1
END:VEVENT
""", prodid="-//Cal.com Inc.//Cal.com Event//EN"),
        "calcom-booking-8jYt2cQv7pZ3kLm9Rx4wA1", 1, "Cordelier", "Responsable boutique Cordelier Saint-Germain",
        "recruiter_screen", "laure@cordelier-paris.com", "calcom-fr"))

    out.append(Ev("ios-terse-visio-fr", cal(r"""
BEGIN:VEVENT
UID:C7D2E1F0-9A8B-4C3D-8E7F-CORDELIER02
DTSTAMP:20250416T060012Z
DTSTART;TZID=Europe/Paris:20250422T090000
DTEND;TZID=Europe/Paris:20250422T100000
SUMMARY:Visio Cordelier - Laure + N+1 (fondateur)
URL:https://meet.google.com/crd-pzsk-wqa
DESCRIPTION:Thibault Cordelier\, fondateur. Préparer idées pop-up Marais
END:VEVENT
""", prodid="ios", method=None, tz=(TZ_PARIS,)),
        "C7D2E1F0-9A8B-4C3D-8E7F-CORDELIER02", 1, "Cordelier", "", "hiring_manager", "Laure;Thibault Cordelier",
        "ios-terse-url-fr"))

    out.append(Ev("google-meet-es", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250326T110000
DTEND;TZID=Europe/Madrid:20250326T120000
DTSTAMP:20250319T092244Z
ORGANIZER;CN=Marta Echevarría:mailto:marta.echevarria@casaalbeniz.es
UID:0n3c7v2b8m1k4j6h9g5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé
  Marchand;X-NUM-GUESTS=0:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Echevarría;X-NUM-GUESTS=0:mailto:marta.echevarria@casaalbeniz.es
SUMMARY:Entrevista Directora de Tienda París - Casa Albéniz
DESCRIPTION:Hola Chloé\, un placer. Como hablamos\, te propongo una primera entrevista conmigo
  (Directora de Retail Europa) para la apertura de nuestra tienda de la rue Saint-Honoré. Podemos
  hablar en español o en francés.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/cab-nxye-rtq\n\nO llama al:
  (ES) +34 910 48 17 63 PIN: 772 019 448#\n\nObtén más información sobre Meet en:
  https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", tz=(TZ_MADRID,)),
        "0n3c7v2b8m1k4j6h9g5f@google.com", 1, "Casa Albéniz", "Directora de Tienda París", "hiring_manager",
        "marta.echevarria@casaalbeniz.es", "google-meet-es"))

    out.append(Ev("onsite-madrid-es", cal(r"""
BEGIN:VEVENT
UID:casaalbeniz-final-mad-20250410@casaalbeniz.es
DTSTAMP:20250401T150000Z
DTSTART;TZID=Europe/Madrid:20250410T100000
DTEND;TZID=Europe/Madrid:20250410T140000
SUMMARY:Visita a oficinas centrales - última entrevista (C. Marchand)
ORGANIZER;CN=Recursos Humanos Casa Albéniz:mailto:rrhh@casaalbeniz.es
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Ignacio Albéniz;ROLE=REQ-PARTICIPANT:mailto:ignacio.albeniz@casaalbeniz.es
ATTENDEE;CN=Marta Echevarría;ROLE=REQ-PARTICIPANT:mailto:marta.echevarria@casaalbeniz.es
ATTENDEE;CN=Lucía Prieto (RRHH - logística
  viaje);ROLE=NON-PARTICIPANT:mailto:lucia.prieto@casaalbeniz.es
LOCATION:Casa Albéniz\, Calle de Serrano 88\, 28006 Madrid
DESCRIPTION:Agenda:\n10:00 Visita tienda Serrano\n11:00 Entrevista con Ignacio Albéniz (CEO) y
  Marta Echevarría\n12:30 Almuerzo con el equipo de visual merchandising\n\nLucía te enviará los
  billetes de avión.
END:VEVENT
""", tz=(TZ_MADRID,)),
        "casaalbeniz-final-mad-20250410@casaalbeniz.es", 1, "Casa Albéniz", "", "final",
        "ignacio.albeniz@casaalbeniz.es;marta.echevarria@casaalbeniz.es", "onsite-final-travel-es"))

    out.append(Ev("ashby-screen-en", cal(r"""
BEGIN:VEVENT
UID:ashby-interview-event-4c1b90d8-2f3e-4a7a-b6b4-0d7f5c3e1a22
DTSTAMP:20250410T120000Z
DTSTART:20250415T100000Z
DTEND:20250415T103000Z
SUMMARY:Rosalind Pryce: Intro call for Area Manager - France
ORGANIZER;CN=Rosalind Pryce Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Hattie Greaves:mailto:hattie.greaves@rosalindpryce.com
LOCATION:https://rosalindpryce.zoom.us/j/88102993476
DESCRIPTION:Hi Chloé\, looking forward to our chat! - Hattie (Talent Partner)\n\nJoin Zoom
  Meeting\nhttps://rosalindpryce.zoom.us/j/88102993476\n\nPowered by Ashby
END:VEVENT
""", prodid="-//Ashby//Ashby Scheduling//EN"),
        "ashby-interview-event-4c1b90d8-2f3e-4a7a-b6b4-0d7f5c3e1a22", 1, "Rosalind Pryce", "Area Manager - France",
        "recruiter_screen", "hattie.greaves@rosalindpryce.com", "ashby-intro-en"))

    out.append(Ev("ashby-case-en", cal(r"""
BEGIN:VEVENT
UID:ashby-interview-event-77e0a5c4-91d2-4bfe-8a3c-2c5b9f6d0e13
DTSTAMP:20250422T090000Z
DTSTART:20250429T083000Z
DTEND:20250429T100000Z
SUMMARY:Rosalind Pryce: Case Study Presentation - Area Manager - France
ORGANIZER;CN=Rosalind Pryce Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Edward Lyle:mailto:edward.lyle@rosalindpryce.com
ATTENDEE;CN=Nadia Karimi:mailto:nadia.karimi@rosalindpryce.com
LOCATION:Rosalind Pryce Paris\, 5 rue du Mail (and Zoom for Edward)
DESCRIPTION:Interviewers: Edward Lyle (VP Retail EMEA)\, Nadia Karimi (Visual & Training Lead
  France)\n\nYou'll present your 90-day plan for the three French stores (20 min) followed by
  questions.\n\nZoom for remote attendees: https://rosalindpryce.zoom.us/j/88577310021\n\nPowered
  by Ashby
END:VEVENT
""", prodid="-//Ashby//Ashby Scheduling//EN"),
        "ashby-interview-event-77e0a5c4-91d2-4bfe-8a3c-2c5b9f6d0e13", 1, "Rosalind Pryce",
        "Area Manager - France", "technical", "edward.lyle@rosalindpryce.com;nadia.karimi@rosalindpryce.com",
        "ashby-case-hybrid-en"))

    out.append(Ev("workable-phone-fr", cal(r"""
BEGIN:VEVENT
UID:workable-event-3f9a1c7e20b4@workablemail.com
DTSTAMP:20250305T101112Z
DTSTART;TZID=Europe/Paris:20250312T123000
DTEND;TZID=Europe/Paris:20250312T130000
SUMMARY:Appel téléphonique - Responsable Boutique Rue de la Paix (Ferrand Cristallerie)
ORGANIZER;CN=Sylvie Ménard:mailto:sylvie.menard@ferrand-cristal.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
LOCATION:+33 6 xx xx xx 41
DESCRIPTION:Bonjour Chloé\,\nSylvie Ménard (RRH) vous appellera pour un premier
  échange.\n\n--\nEnvoyé via Workable pour le compte de Ferrand Cristallerie
END:VEVENT
""", prodid="-//Workable//Workable Recruiting//EN", tz=(TZ_PARIS,)),
        "workable-event-3f9a1c7e20b4@workablemail.com", 1, "Ferrand Cristallerie",
        "Responsable Boutique Rue de la Paix", "recruiter_screen", "sylvie.menard@ferrand-cristal.fr",
        "workable-phone-fr"))

    out.append(Ev("founder-gmail-fr", cal(r"""
BEGIN:VEVENT
DTSTART:20250324T160000Z
DTEND:20250324T170000Z
DTSTAMP:20250320T221501Z
ORGANIZER;CN=Yasmine Haddad:mailto:yasmine.haddad.ns@gmail.com
UID:5r8t2y6u1i9o3p7a0s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.marchand.re
 tail@orange.fr;X-NUM-GUESTS=0:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yasmine
  Haddad;X-NUM-GUESTS=0:mailto:yasmine.haddad.ns@gmail.com
SUMMARY:Rencontre - direction de la boutique
LOCATION:Noor & Sable\, 14 rue de Poitou\, 75003 Paris
DESCRIPTION:Chloé\, ravie que mon message vous ait intéressée. Je vous propose qu'on se voie au
  concept store pour parler de la direction de la boutique (équipe de 7\, ouverture d'un 2e espace
  à Londres en 2026). Je vous fais visiter !\nYasmine - fondatrice\, Noor & Sable
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", head=("X-WR-TIMEZONE:Europe/Paris",)),
        "5r8t2y6u1i9o3p7a0s4d@google.com", 1, "Noor & Sable", "direction de la boutique", "hiring_manager",
        "yasmine.haddad.ns@gmail.com", "founder-freemail-body-company-fr"))

    out.append(Ev("icims-hm-webex-en", cal(r"""
BEGIN:VEVENT
UID:icims-int-4471-99810233@serac.icims.com
DTSTAMP:20250311T140001Z
DTSTART:20250318T150000Z
DTEND:20250318T160000Z
SUMMARY:Hiring Manager Interview: Clienteling Manager (Req 4471) - Chloé Marchand
ORGANIZER;CN=Maison Sérac Careers:mailto:careers-noreply@serac.icims.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Anne-Sophie Dorval:mailto:as.dorval@maisonserac.com
LOCATION:Webex
DESCRIPTION:Dear Chloé\,\n\nYour interview with Anne-Sophie Dorval\, Directrice Clienteling & CRM
  Europe\, is confirmed.\n\nJoin Webex meeting\nhttps://maisonserac.webex.com/maisonserac/j.php?MTID
 =m1c2d3e4f\nMeeting number (access code): 2741 118 6630\nMeeting password: Serac2025\n\nTap to
  join from a mobile device (attendees only)\n+33-1-7091-8646\,\,27411186630## France Toll\n\nThis
  message was sent by iCIMS on behalf of Maison Sérac.
END:VEVENT
""", prodid="-//iCIMS//iCIMS Talent Platform//EN"),
        "icims-int-4471-99810233@serac.icims.com", 1, "Maison Sérac", "Clienteling Manager", "hiring_manager",
        "as.dorval@maisonserac.com", "icims-webex-en"))

    out.append(Ev("icims-final-panel-en", cal(r"""
BEGIN:VEVENT
UID:icims-int-4471-99810871@serac.icims.com
DTSTAMP:20250326T140001Z
DTSTART:20250402T123000Z
DTEND:20250402T143000Z
SUMMARY:Final Panel Interview: Clienteling Manager (Req 4471) - Chloé Marchand
ORGANIZER;CN=Maison Sérac Careers:mailto:careers-noreply@serac.icims.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Anne-Sophie Dorval:mailto:as.dorval@maisonserac.com
ATTENDEE;CN=Bertrand Achard:mailto:b.achard@maisonserac.com
ATTENDEE;CN=Clara Wu:mailto:clara.wu@maisonserac.com
ATTENDEE;CN=Interview Room Vendôme 2;CUTYPE=ROOM:mailto:room.vendome2@maisonserac.com
LOCATION:Maison Sérac\, 18 place Vendôme - Interview Room Vendôme 2
DESCRIPTION:Panel: Anne-Sophie Dorval (Directrice Clienteling & CRM Europe)\, Bertrand Achard
  (Directeur Général France)\, Clara Wu (Head of CRM Asia - via Teams).\n\nThis message was sent by
  iCIMS on behalf of Maison Sérac.
END:VEVENT
""", prodid="-//iCIMS//iCIMS Talent Platform//EN"),
        "icims-int-4471-99810871@serac.icims.com", 1, "Maison Sérac", "Clienteling Manager", "final",
        "as.dorval@maisonserac.com;b.achard@maisonserac.com;clara.wu@maisonserac.com", "icims-final-room-en"))

    out.append(Ev("bookings-screen-en", cal(r"""
BEGIN:VEVENT
UID:bookings-AAMkAGI2TG93AAA=-tessaro-1744
DTSTAMP:20250402T071500Z
DTSTART;TZID=Europe/Paris:20250407T113000
DTEND;TZID=Europe/Paris:20250407T120000
SUMMARY:Interview - Store Manager Paris (Tessaro)
ORGANIZER;CN=Tessaro Recruitment:mailto:TessaroRecruitment@tessarocashmere.onmicrosoft.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Marco Bellini:mailto:marco.bellini@tessaro-cashmere.com
LOCATION:Microsoft Teams meeting
DESCRIPTION:Your booking with Tessaro Recruitment is confirmed.\n\nService: Interview - Store
  Manager Paris\nStaff: Marco Bellini (HR Manager
  Europe)\n\n________________________________________________________________________________\nMicro
 soft Teams meeting\nJoin on your computer\, mobile app or room device\nMeeting ID: 311 774 009
  312\nPasscode: p8ZK2a\n___________________________________________________________________________
 _____\n\nManage booking: https://outlook.office365.com/owa/calendar/TessaroRecruitment@tessarocashm
 ere.onmicrosoft.com/bookings/
END:VEVENT
""", prodid="-//Microsoft Corporation//Microsoft Bookings//EN", tz=(TZ_PARIS,)),
        "bookings-AAMkAGI2TG93AAA=-tessaro-1744", 1, "Tessaro", "Store Manager Paris", "recruiter_screen",
        "marco.bellini@tessaro-cashmere.com", "bookings-teams-en"))
    return out
