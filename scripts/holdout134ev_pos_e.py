"""holdout134 positives (part E): more houses, more tools."""

from __future__ import annotations

from holdout134ev_ics import TZ_LONDON, TZ_MONACO, TZ_PARIS, TZ_ROMANCE, TZ_ZURICH, Ev, cal


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(Ev("recruitee-screen-en", cal(r"""
BEGIN:VEVENT
UID:recruitee-interview-9912044@clervaux.recruitee.com
DTSTAMP:20250428T101500Z
DTSTART;TZID=Europe/Zurich:20250502T083000
DTEND;TZID=Europe/Zurich:20250502T090000
SUMMARY:Screening call | Retail Training & Clienteling Lead | Maison Clervaux
ORGANIZER;CN=Maison Clervaux:mailto:noreply@recruitee.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Elodie Gay:mailto:elodie.gay@clervaux.ch
LOCATION:Microsoft Teams
DESCRIPTION:Hello Chloé\,\n\nElodie Gay (People & Culture) will hold a 30-minute screening call
  with you.\n\nMicrosoft Teams meeting\nJoin:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_Clx\nMeeting ID: 370 224 118 903
   Passcode: Qz7vB2\n\nSent via Recruitee
END:VEVENT
""", prodid="-//Recruitee//Recruitee//EN", tz=(TZ_ZURICH,)),
        "recruitee-interview-9912044@clervaux.recruitee.com", 1, "Maison Clervaux",
        "Retail Training & Clienteling Lead", "recruiter_screen", "elodie.gay@clervaux.ch", "recruitee-teams-en"))

    out.append(Ev("pinpoint-onsite-en", cal(r"""
BEGIN:VEVENT
UID:pinpoint-interview-51a8f3c2@marquiseandco.pinpointhq.com
DTSTAMP:20250514T090000Z
DTSTART;TZID=Europe/London:20250521T140000
DTEND;TZID=Europe/London:20250521T153000
SUMMARY:In-person interview: Boutique Director\, Sloane Street - Marquise & Co.
ORGANIZER;CN=Marquise & Co. Careers:mailto:no-reply@pinpointhq.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Isabel Hartley:mailto:isabel.hartley@marquiseandco.com
ATTENDEE;CN=Daniel Okafor:mailto:daniel.okafor@marquiseandco.com
LOCATION:Marquise & Co.\, 161 Sloane Street\, London SW1X
DESCRIPTION:You will meet Isabel Hartley (UK Retail Director) and Daniel Okafor (Head of People\,
  Retail) at the Sloane Street boutique\, including a short walk of the shop floor.\n\nInterview
  scheduled via Pinpoint.
END:VEVENT
""", prodid="-//Pinpoint//Pinpoint ATS//EN", tz=(TZ_LONDON,)),
        "pinpoint-interview-51a8f3c2@marquiseandco.pinpointhq.com", 1, "Marquise & Co",
        "Boutique Director, Sloane Street", "onsite",
        "isabel.hartley@marquiseandco.com;daniel.okafor@marquiseandco.com", "pinpoint-onsite-escaped-comma-en"))

    out.append(Ev("greenhouse-fr", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-2231904478@oreade.fr
DTSTAMP:20250506T140000Z
DTSTART;TZID=Europe/Paris:20250513T160000
DTEND;TZID=Europe/Paris:20250513T170000
SUMMARY:Entretien avec Clémence Varenne - Directrice des Boutiques (Oréade)
ORGANIZER;CN=Recrutement Oréade:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Clémence Varenne:mailto:clemence.varenne@oreade.fr
LOCATION:Oréade Joaillerie - siège\, 10 rue Royale
DESCRIPTION:Bonjour Chloé\,\n\nVous rencontrerez Clémence Varenne\, Directrice des Boutiques
  France\, qui encadrera directement le poste de Responsable Boutique Rue Royale.\n\nÀ très
  vite\,\nL'équipe Talent Oréade
END:VEVENT
""", prodid="-//Greenhouse Software//Greenhouse Recruiting//EN", tz=(TZ_PARIS,)),
        "greenhouse-interview-2231904478@oreade.fr", 1, "Oréade Joaillerie", "Responsable Boutique Rue Royale",
        "hiring_manager", "clemence.varenne@oreade.fr", "greenhouse-summary-title-is-interviewer-fr"))

    out.append(Ev("google-direct-case-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250520T150000
DTEND;TZID=Europe/Paris:20250520T163000
DTSTAMP:20250513T081200Z
ORGANIZER;CN=Pauline Aldric:mailto:pauline@aldric.paris
UID:7a1s9d3f5g7h2j4k6l8z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.marchand.re
 tail@orange.fr;X-NUM-GUESTS=0:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pauline
  Aldric;X-NUM-GUESTS=0:mailto:pauline@aldric.paris
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Karim
  Benali;X-NUM-GUESTS=0:mailto:karim@aldric.paris
SUMMARY:Cas pratique : plan d'action boutique Marais - candidature Store Manager
LOCATION:Aldric\, 12 rue des Francs-Bourgeois\, 75004 Paris
DESCRIPTION:Bonjour Chloé\,\nComme évoqué\, vous nous présenterez votre analyse des chiffres
  envoyés (CA\, UPT\, taux de transfo) et un plan d'action à 6 mois. 30 min de présentation\, puis
  questions avec Karim (DAF) et moi.\nPauline\, co-fondatrice Aldric
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", tz=(TZ_PARIS,)),
        "7a1s9d3f5g7h2j4k6l8z@google.com", 1, "Aldric", "Store Manager", "technical",
        "pauline@aldric.paris;karim@aldric.paris", "google-direct-case-fr"))

    out.append(Ev("exchange-abbrev-monaco-fr", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000MCLB0501DB01000000000000000010000000AA11BB
DTSTAMP:20250425T150000Z
DTSTART;TZID=Romance Standard Time:20250505T150000
DTEND;TZID=Romance Standard Time:20250505T160000
ORGANIZER;CN="RINALDI-GIORDANO Sara":mailto:sara.rinaldi-giordano@mcl-boutiques.mc
ATTENDEE;CN="chloe.marchand.retail@orange.fr";RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN="PASTOR Nicolas";ROLE=REQ-PARTICIPANT:mailto:nicolas.pastor@mcl-boutiques.mc
SUMMARY;LANGUAGE=fr-FR:MCL - entretien Responsable Formation & Excellence Client
LOCATION;LANGUAGE=fr-FR:Teams
DESCRIPTION;LANGUAGE=fr-FR:Madame Marchand\,\n\nPour faire suite à notre échange téléphonique\,
  Nicolas Pastor\, Directeur des Opérations Retail de Monte-Carlo Luxe Boutiques\, souhaite vous
  rencontrer en visio pour le poste de Responsable Formation & Excellence Client.\n\nBien
  cordialement\,\nSara Rinaldi-Giordano\nAssistante
  RH\n\n________________________________________________________________________________\nRéunion
  Microsoft Teams\nID de la réunion : 372 611 400 098\nCode secret :
  Mc9Lb4\n________________________________________________________________________________
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid="exchange", tz=(TZ_ROMANCE,)),
        "040000008200E00074C5B7101A82E00800000000MCLB0501DB01000000000000000010000000AA11BB", 1,
        "Monte-Carlo Luxe Boutiques", "Responsable Formation & Excellence Client", "hiring_manager",
        "nicolas.pastor@mcl-boutiques.mc", "exchange-assistant-abbrev-fr"))

    out.append(Ev("smartrecruiters-practical-fr", cal(r"""
BEGIN:VEVENT
UID:sr-int-a07b3d52-1f64-4e2a-b7c9-verlaine-mes
DTSTAMP:20250505T095000Z
DTSTART;TZID=Europe/Paris:20250514T100000
DTEND;TZID=Europe/Paris:20250514T113000
SUMMARY:Mise en situation managériale - Directrice de Boutique Rive Gauche | Solenne Verlaine
ORGANIZER;CN=Solenne Verlaine Recrutement via SmartRecruiters:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Emma Lacaze:mailto:emma.lacaze@solenneverlaine.com
ATTENDEE;CN=Théo Marin:mailto:theo.marin@solenneverlaine.com
LOCATION:Boutique Solenne Verlaine\, 44 rue du Four\, Paris 6e
DESCRIPTION:Bonjour Chloé\,\n\nAu programme : conduite d'un brief d'ouverture avec l'équipe (15
  min)\, jeu de rôle d'un entretien de recadrage avec un conseiller (joué par Théo Marin\,
  Responsable adjoint)\, puis débrief avec Emma Lacaze\, Directrice Régionale.\n\nPowered by
  SmartRecruiters
END:VEVENT
""", prodid="-//SmartRecruiters//Interview Scheduler//EN", tz=(TZ_PARIS,)),
        "sr-int-a07b3d52-1f64-4e2a-b7c9-verlaine-mes", 1, "Solenne Verlaine", "Directrice de Boutique Rive Gauche",
        "technical", "emma.lacaze@solenneverlaine.com;theo.marin@solenneverlaine.com",
        "smartrecruiters-practical-brief-fr"))

    out.append(Ev("apple-shared-second-monaco-fr", cal(r"""
BEGIN:VEVENT
UID:D5E6F7A8-B9C0-4D1E-8F2A-ARDITI-MC-0506
DTSTAMP:20250430T170000Z
DTSTART;TZID=Europe/Monaco:20250506T103000
DTEND;TZID=Europe/Monaco:20250506T113000
SUMMARY:Arditi - 2e rdv avec l'expert-comptable et Francesca (proposition)
LOCATION:Arditi Joaillier\, Monaco
DESCRIPTION:Discussion package + logement. Francesca veut aussi voir comment je présente la
  collection Riviera à une cliente (jeu de rôle).
END:VEVENT
""", prodid="apple", method=None, tz=(TZ_MONACO,)),
        "D5E6F7A8-B9C0-4D1E-8F2A-ARDITI-MC-0506", 1, "Arditi", "", "", "Francesca",
        "apple-hand-second-fr"))
    return out
