"""holdout134 positives (part A): Paris jeweller, department store, Geneva watchmaker, Swiss German group."""

from __future__ import annotations

from holdout134ev_ics import TZ_LONDON, TZ_PARIS, TZ_ROMANCE, TZ_W_EUROPE, TZ_ZURICH, Ev, cal

S = "holdout134"


def events() -> list[Ev]:
    out: list[Ev] = []

    # 1. Workday, recruiter screen, bilingual Workday boilerplate, Teams FR
    out.append(Ev("workday-screen-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250410T100000
DTEND;TZID=Europe/Paris:20250410T103000
DTSTAMP:20250403T081522Z
ORGANIZER;CN=Delaunay-Orsini Talent Acquisition:mailto:delaunayorsini@myworkday.com
UID:WD-INT-7c1e55a0-90d3-4f1b-a2b6-2f5e0d4e8c11@myworkday.com
ATTENDEE;CN=Chloé Marchand;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.marchan
 d.retail@orange.fr
ATTENDEE;CN=Bérénice Thual;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:berenice.thual@delaunay-ors
 ini.com
SUMMARY:Entretien - Directeur / Directrice de Boutique - Place Vendôme (R-0012894)
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Chloé\,\n\nNous avons le plaisir de vous confirmer votre premier entretien RH
  pour le poste de Directeur / Directrice de Boutique - Place Vendôme (R-0012894).\n\nVotre
  interlocutrice : Bérénice Thual\, Talent Acquisition Partner Retail
  France.\n\n________________________________________________________________________________\nRéuni
 on Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou un appareil de
  salle\nCliquez ici pour rejoindre la réunion
  <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0>\nID de la réunion : 349 118 502
  377\nCode secret : fB7kQ2\n_______________________________________________________________________
 _________\n\nThis invitation was sent from Workday on behalf of Maison Delaunay-Orsini.
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", prodid="-//Workday//Workday Recruiting//EN", tz=(TZ_PARIS,)),
        "WD-INT-7c1e55a0-90d3-4f1b-a2b6-2f5e0d4e8c11@myworkday.com", 1, "Delaunay-Orsini",
        "Directeur / Directrice de Boutique - Place Vendôme", "recruiter_screen",
        "berenice.thual@delaunay-orsini.com", "workday-screen-fr"))

    # 2. Outlook direct invite from the regional director: mise en situation vente in the boutique
    out.append(Ev("outlook-practical-fr", cal(r"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250418T143002Z
DESCRIPTION:Chère Madame Marchand\,\n\nSuite à votre échange avec Bérénice\, je vous propose de
  nous retrouver en boutique pour une mise en situation de vente (20 min avec une de nos
  conseillères dans le rôle d'une cliente internationale)\, puis un échange sur votre vision du
  clienteling.\n\nMerci de vous présenter à l'accueil du 7 place Vendôme et de demander Hélène
  Lefort.\n\nBien à vous\,\nHélène Lefort\nDirectrice Régionale Retail France\nMaison
  Delaunay-Orsini\n
DTEND;TZID="Romance Standard Time":20250424T160000
DTSTAMP:20250418T143002Z
DTSTART;TZID="Romance Standard Time":20250424T143000
LAST-MODIFIED:20250418T143002Z
LOCATION:Boutique Delaunay-Orsini\, 7 place Vendôme\, 75001 Paris
ORGANIZER;CN="Lefort, Hélène";SENT-BY="mailto:assistante.retail@delaunay-orsini.com":mailto:helene.l
 efort@delaunay-orsini.com
ATTENDEE;CN="Marchand, Chloé";RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN="Ozanne, Capucine";ROLE=OPT-PARTICIPANT:mailto:capucine.ozanne@delaunay-orsini.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Mise en situation vente + échange - C. Marchand
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0C4A5B1F0B0DB01000000000000000010000000E3A1B2
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Chère Madame Marchand\,</p><p>Suite à votre échange
  avec Bérénice\, je vous propose de nous retrouver en boutique pour une <b>mise en situation de
  vente</b>.</p><p>Hélène Lefort<br>Directrice Régionale Retail France</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
""", prodid="outlook", tz=(TZ_ROMANCE,)),
        "040000008200E00074C5B7101A82E00800000000B0C4A5B1F0B0DB01000000000000000010000000E3A1B2", 1,
        "Delaunay-Orsini", "", "technical", "helene.lefort@delaunay-orsini.com;capucine.ozanne@delaunay-orsini.com",
        "outlook-sentby-practical-fr"))

    # 3. rescheduled final (SEQUENCE 2, same UID, new time noted)
    out.append(Ev("rescheduled-final-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250507T110000
DTEND;TZID=Europe/Paris:20250507T120000
DTSTAMP:20250430T091100Z
ORGANIZER;CN=Hélène Lefort:mailto:helene.lefort@delaunay-orsini.com
UID:2c8d1f4a9e6b@delaunay-orsini.com
ATTENDEE;CN=Chloé Marchand;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Arnaud de Villeneuve;PARTSTAT=ACCEPTED:mailto:a.devilleneuve@delaunay-orsini.com
ATTENDEE;CN=Hélène Lefort;PARTSTAT=ACCEPTED:mailto:helene.lefort@delaunay-orsini.com
ATTENDEE;CUTYPE=ROOM;CN=Siège - Salon Vendôme
  3e;PARTSTAT=ACCEPTED:mailto:salon.vendome3@delaunay-orsini.com
SUMMARY:[Nouvel horaire] Entretien final - Arnaud de Villeneuve (Directeur Retail France)
LOCATION:Siège - Salon Vendôme 3e\, 12 rue de la Paix
DESCRIPTION:Chloé\, M. de Villeneuve a dû déplacer notre rendez-vous : nous vous attendons donc le
  mercredi 7 mai à 11h au lieu du mardi 6 à 15h. Dernière étape du processus pour la direction de
  la boutique Vendôme.\n\nHélène
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
""", tz=(TZ_PARIS,)),
        "2c8d1f4a9e6b@delaunay-orsini.com", 1, "Delaunay-Orsini", "", "final",
        "a.devilleneuve@delaunay-orsini.com;helene.lefort@delaunay-orsini.com", "rescheduled-final-room-fr"))

    # 4. SuccessFactors phone screen, UTC times
    out.append(Ev("successfactors-phone-fr", cal(r"""
BEGIN:VEVENT
UID:SFRCM-INT-88421-3390017@successfactors.eu
DTSTAMP:20250325T160405Z
DTSTART:20250402T073000Z
DTEND:20250402T080000Z
SUMMARY:Entretien téléphonique : Responsable de Département Joaillerie-Horlogerie H/F
ORGANIZER;CN=Recrutement GSH:mailto:noreply@successfactors.eu
ATTENDEE;CN=Chloé MARCHAND;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Mathilde BRUNEAU;ROLE=REQ-PARTICIPANT:mailto:mathilde.bruneau@galeries-sthonore.fr
LOCATION:Appel téléphonique - Mathilde vous appellera au 06 xx xx xx 41
DESCRIPTION:Madame\,\n\nNous vous confirmons votre entretien téléphonique avec Mathilde BRUNEAU\,
  Chargée de recrutement\, pour le poste de Responsable de Département Joaillerie-Horlogerie H/F -
  Magasin Haussmann.\n\nDurée : 30 minutes.\n\nL'équipe Recrutement des Galeries Saint-Honoré\n\nCe
  message est généré automatiquement\, merci de ne pas y répondre.
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//SAP SuccessFactors//Recruiting Interview Scheduling//EN"),
        "SFRCM-INT-88421-3390017@successfactors.eu", 1, "Galeries Saint-Honoré",
        "Responsable de Département Joaillerie-Horlogerie", "recruiter_screen", "mathilde.bruneau@galeries-sthonore.fr",
        "successfactors-phone-fr"))

    # 5. department store, hiring manager with room, abbreviated brand in the summary
    out.append(Ev("direct-hm-room-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=W. Europe Standard Time:20250415T090000
DTEND;TZID=W. Europe Standard Time:20250415T100000
DTSTAMP:20250408T102233Z
UID:040000008200E00074C5B7101A82E008000000006A3F0D44B8A8DB010000000000000000100000004C1C2F
ORGANIZER;CN="Garnier-Lacroix, Olivier":mailto:olivier.garnier-lacroix@galeries-sthonore.fr
ATTENDEE;CN="Chloé Marchand";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN="Bruneau, Mathilde";ROLE=OPT-PARTICIPANT:mailto:mathilde.bruneau@galeries-sthonore.fr
ATTENDEE;CUTYPE=ROOM;CN="GSH-HAUSSMANN-Salle Rivoli
  (8)";ROLE=NON-PARTICIPANT:mailto:salle.rivoli@galeries-sthonore.fr
SUMMARY;LANGUAGE=fr-FR:GSH Haussmann - Entretien Resp. Département Joaillerie / C. Marchand
LOCATION:GSH-HAUSSMANN-Salle Rivoli (8)
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nJe serai ravi d'échanger avec vous sur le poste. Accès par
  l'entrée du personnel\, 40 bd Haussmann\, badge à retirer au PC sécurité.\n\nMathilde (en copie)
  coordonne la suite du process.\n\nOlivier Garnier-Lacroix\nDirecteur du Magasin Haussmann
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", prodid="outlook", tz=(TZ_W_EUROPE,)),
        "040000008200E00074C5B7101A82E008000000006A3F0D44B8A8DB010000000000000000100000004C1C2F", 1,
        "Galeries Saint-Honoré", "Resp. Département Joaillerie", "hiring_manager",
        "olivier.garnier-lacroix@galeries-sthonore.fr", "outlook-coordinator-room-fr"))

    # 6. all-day assessment day at the department store
    out.append(Ev("allday-assessment-fr", cal(r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250429
DTEND;VALUE=DATE:20250430
DTSTAMP:20250418T070000Z
UID:gsh-assessment-2025-04-29-cmarchand@galeries-sthonore.fr
ORGANIZER;CN=Mathilde Bruneau:mailto:mathilde.bruneau@galeries-sthonore.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
SUMMARY:Journée d'évaluation managers - Galeries Saint-Honoré
DESCRIPTION:Programme : 9h accueil\, 9h30 étude de cas (réorganisation d'un corner horlogerie)\,
  11h restitution devant le jury (O. Garnier-Lacroix\, S. Dumas - DRH)\, 14h visite de l'étage et
  mise en situation managériale\, 16h30 échange final.\n\nPrévoir une tenue professionnelle.
  Déjeuner offert.
LOCATION:40 boulevard Haussmann\, Paris 9e
TRANSP:TRANSPARENT
END:VEVENT
"""),
        "gsh-assessment-2025-04-29-cmarchand@galeries-sthonore.fr", 1, "Galeries Saint-Honoré", "", "onsite",
        "O. Garnier-Lacroix;S. Dumas", "allday-assessment-fr"))

    # 7. SmartRecruiters, Geneva, English, Zoom
    out.append(Ev("smartrecruiters-screen-en", cal(r"""
BEGIN:VEVENT
UID:sr-int-5d0e3c1b-4a8e-11ef-9a2c-0242ac120002
DTSTAMP:20250312T134502Z
DTSTART;TZID=Europe/Zurich:20250319T140000
DTEND;TZID=Europe/Zurich:20250319T144500
SUMMARY:Interview: Store Director - Geneva Rue du Rhône | Vautrin
ORGANIZER;CN=Noémie Favre via SmartRecruiters:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Noémie Favre:mailto:noemie.favre@vautrin.ch
LOCATION:https://vautrin.zoom.us/j/84417725530?pwd=c1NBa0xUeFF
DESCRIPTION:Hi Chloé\,\n\nThank you for your interest in Horlogerie Vautrin. This is a confirmation
  of your interview with Noémie Favre (Talent Acquisition Manager) for the Store Director position
  in Geneva.\n\nJoin Zoom Meeting\nhttps://vautrin.zoom.us/j/84417725530?pwd=c1NBa0xUeFF\nMeeting
  ID: 844 1772 5530\nPasscode: 118204\n\nNeed to reschedule? Use the link in your confirmation
  email.\n\nPowered by SmartRecruiters
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//SmartRecruiters//Interview Scheduler//EN", tz=(TZ_ZURICH,)),
        "sr-int-5d0e3c1b-4a8e-11ef-9a2c-0242ac120002", 1, "Vautrin", "Store Director - Geneva Rue du Rhône",
        "recruiter_screen", "noemie.favre@vautrin.ch", "smartrecruiters-zoom-en"))

    # 8. Geneva case study onsite with a coordinator who does not interview
    out.append(Ev("case-onsite-coordinator-en", cal(r"""
BEGIN:VEVENT
UID:9f3b51c2-77aa-4c47-8de1-vautrin-case-0402
DTSTAMP:20250326T095412Z
DTSTART;TZID=Europe/Zurich:20250403T093000
DTEND;TZID=Europe/Zurich:20250403T123000
SUMMARY:Case study presentation & panel - Store Director Geneva (C. Marchand)
ORGANIZER;CN=Léa Bonvin (Recruiting Coordinator):mailto:lea.bonvin@vautrin.ch
ATTENDEE;CN=Chloé Marchand;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Yves Perrottet;ROLE=REQ-PARTICIPANT:mailto:yves.perrottet@vautrin.ch
ATTENDEE;CN=Sandrine Kohler;ROLE=REQ-PARTICIPANT:mailto:sandrine.kohler@vautrin.ch
ATTENDEE;CN=Léa Bonvin;ROLE=NON-PARTICIPANT:mailto:lea.bonvin@vautrin.ch
ATTENDEE;CUTYPE=RESOURCE;CN=Beamer salle Plainpalais:mailto:beamer.plainpalais@vautrin.ch
LOCATION:Vautrin Manufacture - Salle Plainpalais\, Route des Acacias 48\, 1227 Carouge
DESCRIPTION:Dear Chloé\,\n\nAs discussed\, please prepare a 30-minute presentation on the brief
  sent on 26 March (opening plan and clienteling strategy for the Rue du Rhône flagship). You will
  present to Yves Perrottet (Managing Director Switzerland) and Sandrine Kohler (HR Business
  Partner Retail)\, followed by Q&A.\n\nI will meet you at reception at 9:15 and take care of your
  travel expenses.\n\nKind regards\,\nLéa Bonvin\nRecruiting Coordinator
END:VEVENT
""", tz=(TZ_ZURICH,)),
        "9f3b51c2-77aa-4c47-8de1-vautrin-case-0402", 1, "Vautrin", "Store Director Geneva", "technical",
        "yves.perrottet@vautrin.ch;sandrine.kohler@vautrin.ch", "case-coordinator-resource-en"))

    # 9. Vautrin final, French, Apple Calendar re-share by the user
    out.append(Ev("apple-final-fr", cal(r"""
BEGIN:VEVENT
CREATED:20250409T184455Z
UID:6F0C8B0E-2D1A-4E7F-9E3B-1A0E2C4D5B6A
DTEND;TZID=Europe/Zurich:20250416T170000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Genève - dernier entretien Vautrin (CEO)
LAST-MODIFIED:20250409T184612Z
DTSTAMP:20250409T184612Z
DTSTART;TZID=Europe/Zurich:20250416T160000
LOCATION:Vautrin\nRue du Rhône 62\, 1204 Genève\, Suisse
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE="Vautrin\nRue du Rhône
  62":geo:46.203,6.148
DESCRIPTION:TGV 11h14 Gare de Lyon. Rencontre avec Pierre-Alain Vautrin\, dernière étape. Apporter
  plan d'ouverture imprimé.
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:1B8E3A2C-0F5D-4B7A-8C6E-9D2F1E0A3B4C
TRIGGER:-PT2H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
""", prodid="apple", method=None, tz=(TZ_ZURICH,)),
        "6F0C8B0E-2D1A-4E7F-9E3B-1A0E2C4D5B6A", 1, "Vautrin", "", "final", "Pierre-Alain Vautrin",
        "apple-hand-final-fr"))

    # 10. Personio, German, Swiss group, Teams DE
    out.append(Ev("personio-screen-de", cal(r"""
BEGIN:VEVENT
UID:personio-interview-30571944-kesslerroth
DTSTAMP:20250314T080102Z
DTSTART;TZID=Europe/Zurich:20250321T083000
DTEND;TZID=Europe/Zurich:20250321T091500
SUMMARY:Erstgespräch | Area Managerin Westschweiz (80-100%) | Kessler & Roth AG
ORGANIZER;CN=Kessler & Roth Recruiting:mailto:noreply@kessler-roth.jobs.personio.de
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Tobias Meier:mailto:tobias.meier@kesslerroth.ch
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Guten Tag Frau Marchand\,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu
  einem ersten Gespräch mit Tobias Meier (HR Business Partner) ein. Das Gespräch kann auf Deutsch
  oder Französisch geführt werden.\n\n______________________________________________________________
 __________________\nMicrosoft Teams-Besprechung\nAuf dem Computer\, in der mobilen App oder im
  Raumgerät teilnehmen\nHier klicken\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 371 550
  904 12\nPasscode: Ym6rT3\n________________________________________________________________________
 ________\n\nFreundliche Grüsse\nIhr Kessler & Roth Recruiting Team
END:VEVENT
""", prodid="-//Personio GmbH//Personio Recruiting//DE", tz=(TZ_ZURICH,)),
        "personio-interview-30571944-kesslerroth", 1, "Kessler & Roth", "Area Managerin Westschweiz",
        "recruiter_screen", "tobias.meier@kesslerroth.ch", "personio-teams-de"))

    # 11. ModernLoop case study, English, two interviewers and a scheduler
    out.append(Ev("modernloop-case-en", cal(r"""
BEGIN:VEVENT
UID:ml_evt_01HV3Q7X8K2M4N6P8R0S2T4V6W
DTSTAMP:20250401T111500Z
DTSTART:20250408T120000Z
DTEND:20250408T133000Z
SUMMARY:Chloé Marchand <> Kessler & Roth: Business Case (Area Manager Suisse romande)
ORGANIZER;CN=ModernLoop Scheduling:mailto:scheduling@modernloop.io
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Ursula Brand:mailto:ursula.brand@kesslerroth.ch
ATTENDEE;CN=Marc-Olivier Rey:mailto:marcolivier.rey@kesslerroth.ch
DESCRIPTION:Hello Chloé\,\n\nYour business case interview is confirmed.\n\n12:00-12:15 UTC  Setup
  with scheduler (Jana Wirth)\n12:15-13:30 UTC  Business case: three Suisse romande stores\, KPI
  review and staffing plan - Ursula Brand (Head of Retail CH)\, Marc-Olivier Rey (Area Manager
  Zürich)\n\nVideo: https://teams.microsoft.com/l/meetup-join/19%3ameeting_kr88\n\nSent by
  ModernLoop on behalf of Kessler & Roth.
LOCATION:Microsoft Teams
END:VEVENT
""", prodid="-//ModernLoop//Scheduling//EN"),
        "ml_evt_01HV3Q7X8K2M4N6P8R0S2T4V6W", 1, "Kessler & Roth", "Area Manager Suisse romande", "technical",
        "ursula.brand@kesslerroth.ch;marcolivier.rey@kesslerroth.ch", "modernloop-case-en"))

    # 12. Greenhouse screen, London department store, Meet
    out.append(Ev("greenhouse-screen-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-1187745503@harrowgatefinch.co.uk
DTSTAMP:20250305T171233Z
DTSTART;TZID=Europe/London:20250311T090000
DTEND;TZID=Europe/London:20250311T093000
SUMMARY:Chloé Marchand - Phone Interview with Priya Raman (Head of Clienteling)
ORGANIZER;CN=Harrowgate & Finch Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
ATTENDEE;CN=Priya Raman:mailto:priya.raman@harrowgatefinch.co.uk
LOCATION:Google Meet: meet.google.com/hfx-qpwn-tuv
DESCRIPTION:Hi Chloé\,\n\nYou are confirmed for a 30 minute conversation with Priya Raman\, Talent
  Partner for the Head of Clienteling role at Harrowgate & Finch\, Knightsbridge.\n\nJoin with
  Google Meet: https://meet.google.com/hfx-qpwn-tuv\nJoin by phone: +44 20 3957 1212 PIN: 448 210
  339#\n\nBest\,\nHarrowgate & Finch Talent Acquisition
END:VEVENT
""", prodid="-//Greenhouse Software//Greenhouse Recruiting//EN", tz=(TZ_LONDON,)),
        "greenhouse-interview-1187745503@harrowgatefinch.co.uk", 1, "Harrowgate & Finch", "Head of Clienteling",
        "recruiter_screen", "priya.raman@harrowgatefinch.co.uk", "greenhouse-title-misleads-en"))
    return out
