"""holdout44: negatives, part A (mock interviews, webinar, class, research/press/podcast, personal appointments)."""

from __future__ import annotations

from holdout44ev_ics import Ev

_MOCK_COACH = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260327T180000
DTEND;TZID=Europe/Zurich:20260327T190000
DTSTAMP:20260324T073511Z
ORGANIZER;CN=Valérie Dind:mailto:valerie@dind-coaching.ch
UID:7a1e5i9m3q7u1y5c9g3k7o1s5w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Bonsoir Chloé,\n\nComme convenu, on fait une simulation complète de ton entretien final chez
  Vuillemin : je joue la directrice générale, 45 minutes de questions (leadership, conflits, vision pour la
  fonction finance), puis 15 minutes de feedback filmé.\n\nValérie Dind\nCoach carrière certifiée\n\nLien visio :
  https://meet.google.com/wdq-nkzr-ubs
LOCATION:https://meet.google.com/wdq-nkzr-ubs
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulation d'entretien (préparation final Vuillemin)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_MOCK_FRIEND = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.61.2//EN
CALSCALE:GREGORIAN
@tz zurich
BEGIN:VEVENT
UID:Hq2Wm8nR5tY1uI4oP7aS0dF3gJ6kL9zX@proton.me
DTSTAMP:20260426T193012Z
DTSTART;TZID=Europe/Zurich:20260428T193000
DTEND;TZID=Europe/Zurich:20260428T203000
SUMMARY:Mock interview with Sarah (Kairos final)
DESCRIPTION:Sarah plays CEO + board member. Behavioural (STAR) + "first 100 days" + board reporting. Record on
  phone\, review afterwards.
LOCATION:Chez Sarah\, Av. de Cour 51
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_WEBINAR = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications Inc//Zoom Webinar//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:ZW_83311029455_chloe.favre@protonmail.ch@zoom.us
DTSTAMP:20260302T120000Z
DTSTART:20260311T170000Z
DTEND:20260311T183000Z
SUMMARY:Webinaire : Réussir son entretien pour un poste de direction financière
ORGANIZER;CN=ARCG – Association Romande des Contrôleurs de Gestion:mailto:no-reply@zoom.us
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:chloe.favre@protonmail.ch
LOCATION:https://us02web.zoom.us/w/83311029455?tk=Xr4_pQ1
DESCRIPTION:Bonjour Chloé Favre,\n\nMerci pour votre inscription au webinaire « Réussir son entretien pour un
  poste de direction financière » (ARCG, cycle Carrières 2026).\n\nIntervenantes : Mme Corinne Vallotton,
  chasseuse de têtes, et Mme Elisa Brandt, CFO.\nAu programme : les questions types d'un entretien de CFO, l'étude
  de cas, la négociation salariale.\n\nPour rejoindre le webinaire depuis un PC, Mac, iPad ou Android :
  https://us02web.zoom.us/w/83311029455?tk=Xr4_pQ1\nCode secret : 220318\n\nVous pouvez annuler votre inscription
  à tout moment.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_CLASS_DE = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//KV Bern Weiterbildung//Kursplaner//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:kurs-2026-HR-214-m2@kvbern-weiterbildung.ch
DTSTAMP:20260220T100000Z
DTSTART:20260314T080000Z
DTEND:20260314T153000Z
SUMMARY:Kurs: Professionell rekrutieren – Interviewtechniken für Führungskräfte (Modul 2)
LOCATION:KV Bern Weiterbildung, Zieglerstrasse 20, 3007 Bern, Raum 3.12
DESCRIPTION:Modul 2: strukturierte Interviews führen, Beurteilungsraster, Beobachtungsfehler, Rollenspiele in
  Dreiergruppen (Interviewer/in, Kandidat/in, Beobachter/in). Kursleitung: Barbara Zaugg. Bitte Laptop mitnehmen.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_USER_RESEARCH = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Great Question//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gq-session-6b1d8e40-2c97-4f53-a8e1-0d4c7b9f2e15@greatquestion.co
DTSTAMP:20260305T090211Z
DTSTART:20260309T170000Z
DTEND:20260309T174500Z
SUMMARY:User interview: Yuno app – savings goals (45 min)
ORGANIZER;CN=Noémie Wirth (Yuno Research):mailto:research@yuno-bank.ch
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
LOCATION:https://yuno-bank.zoom.us/j/88120430017
DESCRIPTION:Hi Chloé,\n\nThanks for signing up for a research session with the Yuno product team! We'll ask
  you about how you plan savings and show you a few early designs. There are no right or wrong answers.\n\nAs a
  thank-you you'll receive a CHF 80 digital voucher after the session.\n\nJoin: https://yuno-bank.zoom.us/j/
  ~88120430017\n\nNoémie Wirth, UX Researcher
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_PRESS = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Bonzon, Julie":mailto:julie.bonzon@lqv.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=c.favre@fiduciaire-lemanique.ch:
  ~mailto:c.favre@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Madame Favre,\n\nMerci d'avoir accepté cette interview pour notre dossier «
  Les femmes dans les métiers du chiffre » (parution prévue le 18 avril). Une trentaine de minutes par téléphone
  suffiront ; un photographe vous contactera séparément.\n\nJulie Bonzon\nJournaliste, rubrique Économie\nLe
  Quotidien Vaudois\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC010000000000000000100000001F2E3D4C5B6A79880F1E2D3C4B5A6978
SUMMARY;LANGUAGE=fr-CH:Interview Le Quotidien Vaudois - dossier femmes et finance
DTSTART;TZID=W. Europe Standard Time:20260413T121500
DTEND;TZID=W. Europe Standard Time:20260413T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260331T152233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""

_PODCAST = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260408T190000
DTEND;TZID=Europe/Zurich:20260408T200000
DTSTAMP:20260401T201244Z
ORGANIZER;CN=Yann Mercier:mailto:chiffresetconversations@gmail.com
UID:2c6g0k4o8s2w6a0e4i8m2q6u0y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Salut Chloé !\n\nEnregistrement de l'épisode 42 du podcast « Chiffres & Conversations ». On parle de
  ton parcours, de la vie en fiduciaire et de tes conseils pour les jeunes comptables. Format interview, environ 40
  minutes, montage par nos soins.\n\nStudio en ligne : https://riverside.fm/studio/chiffres-conversations\nPrévois
  un casque avec micro.\n\nYann
LOCATION:https://riverside.fm/studio/chiffres-conversations
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast Chiffres & Conversations – enregistrement interview (ép. 42)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_DOCTOR_IOS = r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
VERSION:2.0
X-WR-CALNAME:Chloé
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
X-WR-TIMEZONE:Europe/Zurich
CALSCALE:GREGORIAN
@tz zurich_apple
BEGIN:VEVENT
CREATED:20260210T081022Z
UID:9C4E1A7F-2B5D-4E8A-B3C6-D1F0E9A8B7C6
DTSTART;TZID=Europe/Zurich:20260303T073000
DTEND;TZID=Europe/Zurich:20260303T081500
SUMMARY:Dr Meylan – contrôle annuel
LOCATION:Cabinet médical de la Gare\nAvenue de la Gare 17, 1003 Lausanne
DESCRIPTION:À jeun. Apporter carte d'assurance.
DTSTAMP:20260210T081022Z
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_ONEDOC = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OneDoc//Booking//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:onedoc-appointment-7741029@onedoc.ch
DTSTAMP:20260306T192255Z
DTSTART:20260401T160000Z
DTEND:20260401T170000Z
SUMMARY:Rendez-vous : Hygiène dentaire – Cabinet dentaire du Flon
LOCATION:Cabinet dentaire du Flon, Voie du Chariot 4, 1003 Lausanne
DESCRIPTION:Votre rendez-vous avec Mme Nathalie Cretton (hygiéniste dentaire) est confirmé.\nMerci d'annuler au
  moins 24 heures à l'avance en cas d'empêchement : https://www.onedoc.ch/fr/mes-rendez-vous
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_BANK = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Gavin, Olivier":mailto:olivier.gavin@banquedujorat.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame Favre,\n\nJe vous confirme notre entretien conseil concernant le
  renouvellement de votre hypothèque à taux fixe (échéance 30.06.2026). Merci d'apporter votre dernier certificat
  de salaire et l'estimation de la valeur de votre bien.\n\nOlivier Gavin\nConseiller clientèle privée\nBanque du
  Jorat SA, agence de Lausanne\n
UID:040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DC01000000000000000010000000ABABABAB12121212CDCDCDCD34343434
SUMMARY;LANGUAGE=fr-CH:Entretien conseil - renouvellement hypothèque
DTSTART;TZID=W. Europe Standard Time:20260409T173000
DTEND;TZID=W. Europe Standard Time:20260409T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Banque du Jorat\, Rue Centrale 5\, Lausanne
END:VEVENT
END:VCALENDAR
"""

_PERMIT = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Etat de Vaud//Prise de rendez-vous SPOP//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:spop-rdv-20260420-0940-552013@vd.ch
DTSTAMP:20260322T110512Z
DTSTART:20260420T074000Z
DTEND:20260420T080000Z
SUMMARY:Rendez-vous SPOP – saisie des données biométriques (permis C)
LOCATION:Service de la population, Avenue de Beaulieu 19, 1014 Lausanne, guichet biométrie
DESCRIPTION:Rendez-vous pour la saisie des données biométriques en vue du renouvellement de votre titre de
  séjour. Munissez-vous de votre passeport valable et de la lettre de convocation.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_SCHOOL = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Bovet, Sandrine":mailto:sandrine.bovet@edu-vd.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch:mailto:chloe.favre@protonmail.ch
DESCRIPTION;LANGUAGE=fr-CH:Chers parents,\n\nJe vous confirme notre entretien au sujet de Léa (classe 7P-B) :
  bilan du 2e semestre et orientation vers le degré secondaire. Le rendez-vous a lieu en classe (bâtiment B, salle
  12).\n\nSandrine Bovet\nEnseignante 7P-B\nÉtablissement primaire de Lausanne-Chailly\n
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7081DC01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=fr-CH:Entretien de parents - Léa (7P-B)
DTSTART;TZID=W. Europe Standard Time:20260505T180000
DTEND;TZID=W. Europe Standard Time:20260505T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T120514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Collège de Chailly\, bâtiment B\, salle 12
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("mock-coach-fr", "fr", "7a1e5i9m3q7u1y5c9g3k7o1s5w@google.com", _MOCK_COACH, 0,
       trap="mock-interview-coach-names-employer-fr"),
    Ev("mock-friend-en", "en", "Hq2Wm8nR5tY1uI4oP7aS0dF3gJ6kL9zX@proton.me", _MOCK_FRIEND, 0,
       trap="mock-interview-friend-names-employer-en"),
    Ev("webinar-fr", "fr", "ZW_83311029455_chloe.favre@protonmail.ch@zoom.us", _WEBINAR, 0,
       trap="webinar-about-interviews-fr"),
    Ev("class-interviewing-de", "de", "kurs-2026-HR-214-m2@kvbern-weiterbildung.ch", _CLASS_DE, 0,
       trap="class-interview-techniques-de"),
    Ev("user-research-en", "en", "gq-session-6b1d8e40-2c97-4f53-a8e1-0d4c7b9f2e15@greatquestion.co", _USER_RESEARCH, 0,
       trap="user-research-interview-en"),
    Ev("press-fr", "fr",
       "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC010000000000000000100000001F2E3D4C5B6A79880F1E2D3C4B5A6978",
       _PRESS, 0, trap="press-interview-fr"),
    Ev("podcast-fr", "fr", "2c6g0k4o8s2w6a0e4i8m2q6u0y@google.com", _PODCAST, 0, trap="podcast-interview-fr"),
    Ev("doctor-ios-fr", "fr", "9C4E1A7F-2B5D-4E8A-B3C6-D1F0E9A8B7C6", _DOCTOR_IOS, 0, trap="doctor-fr"),
    Ev("dentist-onedoc-fr", "fr", "onedoc-appointment-7741029@onedoc.ch", _ONEDOC, 0, trap="dentist-onedoc-fr"),
    Ev("bank-entretien-fr", "fr",
       "040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DC01000000000000000010000000ABABABAB12121212CDCDCDCD34343434",
       _BANK, 0, trap="bank-entretien-conseil-fr"),
    Ev("permit-appointment-fr", "fr", "spop-rdv-20260420-0940-552013@vd.ch", _PERMIT, 0,
       trap="residence-permit-biometrics-fr"),
    Ev("school-parents-fr", "fr",
       "040000008200E00074C5B7101A82E008000000003C4D5E6F7081DC01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
       _SCHOOL, 0, trap="school-entretien-de-parents-fr"),
]
