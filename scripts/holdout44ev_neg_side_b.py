"""holdout44: the user on the hiring side at Fiduciaire Lémanique, part B (not her own interviews)."""

from __future__ import annotations

from holdout44ev_ics import Ev
from holdout44ev_neg_side_a import _OUTLOOK_HEAD, _OUTLOOK_TAIL

_TRIAL_DAY = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lena.cuche@bluewin.ch:mailto:lena.cuche@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jaccard, Sophie":mailto:s.jaccard@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Lena,\n\nComme convenu avec tes parents, tu passes une journée d'essai chez
  nous avant notre décision pour la place d'apprentissage. Programme : accueil à 8h00, découverte du classement et
  de la saisie avec Chloé, repas avec les apprentis, petit exercice l'après-midi, bilan à 16h00 avec Sophie (RH) et
  moi.\n\nÀ bientôt,\nChloé Favre\n
UID:040000008200E00074C5B7101A82E00800000000F2B4D6E8A0C3DC0100000000000000001000000066778899AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=fr-CH:Journée d'essai - Lena Cuche (future apprentie)
DTSTART;TZID=W. Europe Standard Time:20260413T080000
DTEND;TZID=W. Europe Standard Time:20260413T163000
DTSTAMP:20260401T113002Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Fiduciaire Lémanique\, 2e étage
""" + _OUTLOOK_TAIL

_DE_CANDIDATE = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.zbinden@gmx.ch:mailto:lea.zbinden@gmx.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Frau Zbinden\n\nGerne bestätige ich Ihnen das Vorstellungsgespräch für die
  Stelle als Sachbearbeiterin Buchhaltung (80 %) in unserem Büro in Lausanne (Rue du Petit-Chêne 18, 2. Stock,
  5 Minuten vom Bahnhof). Das Gespräch führen Herr Marc Dupuis, Partner, und ich; wir sprechen Deutsch und
  Französisch.\n\nFreundliche Grüsse\nChloé Favre\nSenior-Buchhalterin\nFiduciaire Lémanique SA\n
UID:040000008200E00074C5B7101A82E00800000000A3C5E7F9B1C4DC0100000000000000001000000077889900AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Sachbearbeiterin Buchhaltung - Lea Zbinden
DTSTART;TZID=W. Europe Standard Time:20260422T100000
DTEND;TZID=W. Europe Standard Time:20260422T110000
DTSTAMP:20260413T081150Z
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Salle Dent-de-Jaman
""" + _OUTLOOK_TAIL

_EN_TEAMS = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nair@hotmail.com:mailto:priya.nair@hotmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Priya,\n\nThank you for your application for the Junior Accountant position at
  Fiduciaire Lémanique. I'm happy to invite you to a first video interview with me. We can speak English; some
  French will be needed in the role, so we may switch for a few minutes.\n\nKind regards,\nChloé Favre\nSenior
  Accountant\n\n________________________________________________________________________________\nMicrosoft Teams
  meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.
  ~com/l/meetup-join/19%3ameeting_NWQ2MzE1ZjEtYTk4Mi00%40thread.v2/0>\nMeeting ID: 331 207 884 120\nPasscode:
  Hy3tR6\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B4D6F8A0C2C5DC01000000000000000010000000889900AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=en-GB:Interview: Junior Accountant - Priya Nair (Teams)
DTSTART;TZID=W. Europe Standard Time:20260325T090000
DTEND;TZID=W. Europe Standard Time:20260325T094500
DTSTAMP:20260319T171023Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ2MzE1ZjEtYTk4Mi00
  ~%40thread.v2/0
""" + _OUTLOOK_TAIL

_UMANTIS = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:umantis-termin-81172-jury-3@fiduciaire-lemanique.umantis.com
DTSTAMP:20260401T064012Z
DTSTART:20260409T070000Z
DTEND:20260409T081500Z
SUMMARY:Rendez-vous d'entretien : Comptable senior (H/F) – candidat Matteo Fontana
ORGANIZER;CN=Fiduciaire Lémanique – Recrutement:mailto:noreply@umantis.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;CN=Alain Pidoux;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:a.pidoux@fiduciaire-lemanique.ch
LOCATION:Salle Salève
DESCRIPTION:Vous êtes membre du jury d'entretien.\n\nPoste : Comptable senior (H/F) – réf. 81172\nCandidat :
  Matteo Fontana (matteo.fontana@sunrise.ch)\nDate : 09.04.2026, 09:00 – 10:15\nMembres du jury : Alain Pidoux,
  Chloé Favre\n\nLe dossier de candidature et le formulaire d'évaluation sont disponibles dans Abacus Umantis.
  \n\nCeci est un message automatique.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_COMMITTEE = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Pidoux, Alain":mailto:a.pidoux@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jaccard, Sophie":mailto:s.jaccard@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Comité de sélection pour le poste de comptable junior : synthèse des 2es entretiens
  (L. Berisha, A. Oliveira), références, proposition salariale. Décision et appel au candidat retenu le jour même.\n
UID:040000008200E00074C5B7101A82E00800000000C5E7A9B1D3C6DC010000000000000000100000009900AABBCCDDEEFF0011223344556677
SUMMARY;LANGUAGE=fr-CH:Comité de sélection - comptable junior : décision
DTSTART;TZID=W. Europe Standard Time:20260410T083000
DTEND;TZID=W. Europe Standard Time:20260410T091500
DTSTAMP:20260402T160912Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau A. Pidoux
""" + _OUTLOOK_TAIL

_REFCHECK = r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@tz zurich
BEGIN:VEVENT
CREATED:20260403T095512Z
LAST-MODIFIED:20260403T095540Z
DTSTAMP:20260403T095540Z
UID:e0c4a8f2-6b1d-4e73-9a25-3f7d1c5b9e48
SUMMARY:Prise de références L. Berisha - appeler M. Cuénoud (Fiduciaire du Gros-de-Vaud)
DTSTART;TZID=Europe/Zurich:20260410T113000
DTEND;TZID=Europe/Zurich:20260410T114500
DESCRIPTION:021 881 xx xx. Questions : autonomie\, fiabilité bouclements\, motif du départ. Noter dans Personio.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_SECOND_ROUND = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luca.berisha@gmail.com:mailto:luca.berisha@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Berisha,\n\nSuite à votre premier entretien, nous avons le plaisir de
  vous inviter à un second entretien avec M. Marc Dupuis, associé, et moi-même. Nous aborderons un petit cas
  pratique de bouclement.\n\nMeilleures salutations\nChloé Favre\nFiduciaire Lémanique SA\n
UID:040000008200E00074C5B7101A82E00800000000D6F8B0C2E4C7DC01000000000000000010000000AA00BB11CC22DD33EE44FF5566778899
SUMMARY;LANGUAGE=fr-CH:2e entretien - Luca Berisha (comptable junior)
DTSTART;TZID=W. Europe Standard Time:20260330T083000
DTEND;TZID=W. Europe Standard Time:20260330T093000
DTSTAMP:20260324T121500Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Salève
""" + _OUTLOOK_TAIL

_CANCELLED_CANDIDATE = r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.belkacem@gmail.com:mailto:yanis.belkacem@gmail.com
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Belkacem,\n\nComme suite à votre message m'informant que vous avez
  accepté une autre offre, j'annule notre entretien. Je vous souhaite plein succès.\n\nChloé Favre\n
UID:040000008200E00074C5B7101A82E00800000000E7A9C1D3F5C8DC01000000000000000010000000BB11CC22DD33EE44FF55667788990011
SUMMARY;LANGUAGE=fr-CH:Annulé : Entretien comptable junior - Yanis Belkacem
DTSTART;TZID=W. Europe Standard Time:20260320T160000
DTEND;TZID=W. Europe Standard Time:20260320T164500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260318T194702Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""

_FORUM = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Jaccard, Sophie":mailto:s.jaccard@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Stand n° 42 de la Fiduciaire Lémanique au Forum HEC (Internef, UNIL). Nous recrutons 2
  stagiaires et 1 comptable junior : entretiens éclair de 10 minutes avec les étudiant·e·s intéressé·e·s, grille
  d'évaluation papier à rendre à Sophie le soir même. Roll-up et flyers dans la voiture de Marc.\n
UID:040000008200E00074C5B7101A82E00800000000F8B0D2E4A6C9DC01000000000000000010000000CC22DD33EE44FF556677889900AA1122
SUMMARY;LANGUAGE=fr-CH:Forum HEC - stand Fiduciaire Lémanique (entretiens éclair stagiaires)
DTSTART;TZID=W. Europe Standard Time:20260428T093000
DTEND;TZID=W. Europe Standard Time:20260428T160000
DTSTAMP:20260415T092000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:UNIL\, Internef\, hall principal
""" + _OUTLOOK_TAIL

_SCORECARD_EN = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-task-evaluation-6630952-771@personio.de
DTSTAMP:20260325T100215Z
DTSTART;VALUE=DATE:20260326
DTEND;VALUE=DATE:20260327
SUMMARY:Reminder: submit your evaluation – Priya Nair (Junior Accountant)
ORGANIZER;CN=Personio:mailto:noreply@personio.de
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT:mailto:c.favre@fiduciaire-lemanique.ch
DESCRIPTION:Hi Chloé,\n\nYou interviewed Priya Nair for Junior Accountant on 25 March. Your evaluation is still
  missing. Please rate the candidate in the interview scorecard:
  https://fiduciaire-lemanique.personio.de/recruiting/applications/6630952/evaluations\n\nThank you!\nPersonio
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("trial-day-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000F2B4D6E8A0C3DC0100000000000000001000000066778899AABBCCDDEEFF001122334455",
       _TRIAL_DAY, 0, trap="user-as-interviewer-trial-day-fr"),
    Ev("candidate-gmx-de", "de",
       "040000008200E00074C5B7101A82E00800000000A3C5E7F9B1C4DC0100000000000000001000000077889900AABBCCDDEEFF001122334455",
       _DE_CANDIDATE, 0, trap="user-as-interviewer-candidate-freemail-de"),
    Ev("teams-candidate-en", "en",
       "040000008200E00074C5B7101A82E00800000000B4D6F8A0C2C5DC01000000000000000010000000889900AABBCCDDEEFF00112233445566",
       _EN_TEAMS, 0, trap="user-as-interviewer-teams-en"),
    Ev("umantis-jury-fr", "fr", "umantis-termin-81172-jury-3@fiduciaire-lemanique.umantis.com", _UMANTIS, 0,
       trap="user-as-interviewer-umantis-jury-fr"),
    Ev("selection-committee-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000C5E7A9B1D3C6DC010000000000000000100000009900AABBCCDDEEFF0011223344556677",
       _COMMITTEE, 0, trap="user-as-interviewer-hiring-committee-fr"),
    Ev("reference-check-fr", "fr", "e0c4a8f2-6b1d-4e73-9a25-3f7d1c5b9e48", _REFCHECK, 0,
       trap="user-as-interviewer-reference-check-fr"),
    Ev("second-round-candidate-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000D6F8B0C2E4C7DC01000000000000000010000000AA00BB11CC22DD33EE44FF5566778899",
       _SECOND_ROUND, 0, trap="user-as-interviewer-second-round-fr"),
    Ev("cancelled-candidate-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000E7A9C1D3F5C8DC01000000000000000010000000BB11CC22DD33EE44FF55667788990011",
       _CANCELLED_CANDIDATE, 0, trap="user-as-interviewer-cancelled-fr"),
    Ev("career-forum-stand-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000F8B0D2E4A6C9DC01000000000000000010000000CC22DD33EE44FF556677889900AA1122",
       _FORUM, 0, trap="user-as-interviewer-career-fair-stand-fr"),
    Ev("scorecard-reminder-en", "en", "personio-task-evaluation-6630952-771@personio.de", _SCORECARD_EN, 0,
       trap="user-as-interviewer-scorecard-allday-en"),
]
