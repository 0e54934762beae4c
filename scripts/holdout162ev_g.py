"""holdout162 events, part G: more hiring-side events at the clinic, and job-search look-alikes (negatives)."""

from holdout162ev_tz import GOOGLE_PARIS, ROMANCE, ev

EVENTS = [
    ev("commission", "040000008200E00074C5B7101A82E00800000000E8F9A0B1C2D3DB01000000000000000010000000CH13",
       (0, "", "", "", "", "user-as-interviewer-hiring-committee-member"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Direction des Ressources Humaines";SENT-BY="mailto:n.riviere@
 clinique-chartrons.fr":mailto:drh@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lartigue\, Ma
 rion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr Sarraute\,
  Paul":mailto:p.sarraute@clinique-chartrons.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="CHARTRONS Salle du Consei
 l":mailto:salle.conseil@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Commission de recrutement – poste MK temps plein
  (SMR locomoteur). 4 candidats retenus après présélection\, 30 min chacun.
  Camille représente l'équipe kiné. Dossiers en pièce jointe (confidentiel
 ).\n
UID:040000008200E00074C5B7101A82E00800000000E8F9A0B1C2D3DB01000000000000000010000000CH13
SUMMARY;LANGUAGE=fr-FR:Commission de recrutement MK SMR
DTSTART;TZID=Romance Standard Time:20250225T090000
DTEND;TZID=Romance Standard Time:20250225T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T143200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CHARTRONS Salle du Conseil
END:VEVENT
END:VCALENDAR
"""),
    ev("mise-en-situation", "040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DB01000000000000000010000000CH14",
       (0, "", "", "", "", "user-as-interviewer-practical-test-she-runs-for-candidate"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Camille\, tu fais passer la mise en situation à M. Sanchez : bi
 lan d'une épaule opérée (patient volontaire : M. Duval\, chambre 212\, d'a
 ccord). 20 min bilan + 10 min restitution. Grille habituelle.\nMarion
DTEND;TZID="Romance Standard Time":20250428T103000
DTSTAMP:20250422T080800Z
DTSTART;TZID="Romance Standard Time":20250428T095000
LOCATION:Plateau technique - box 3
ORGANIZER;CN="Lartigue, Marion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;CN="Lefèvre, Camille";RSVP=TRUE:mailto:c.lefevre@clinique-chartro
 ns.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Mise en situation candidat (M. Sanchez) - bilan épa
 ule
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DB01000000000000000010000000CH14
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-rempla", "040000008200E00074C5B7101A82E00800000000A1A2B3C4D5E6DB01000000000000000010000000CH15",
       (0, "", "", "", "", "user-as-interviewer-teams-call-with-replacement-candidate"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lefèvre\, Camille":mailto:c.lefevre@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.belk
 acem@outlook.fr:mailto:yanis.belkacem@outlook.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Yanis\,\n\nComme convenu\, on échange en
  visio au sujet du remplacement du congé maternité de ma collègue (juin à
  octobre\, 80 %).\n\nCamille Lefèvre\nMasseur-kinésithérapeute – Clinique d
 es Chartrons\n\n_________________________________________________________
 _______________________\nRéunion Microsoft Teams\nhttps://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_Y2hh@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000A1A2B3C4D5E6DB01000000000000000010000000CH15
SUMMARY;LANGUAGE=fr-FR:Visio remplacement congé mat. - Yanis Belkacem
DTSTART;TZID=Romance Standard Time:20250312T124500
DTEND;TZID=Romance Standard Time:20250312T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ev("prep-kit", "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D",
       (0, "", "", "", "", "user-as-interviewer-interview-kit-prep-for-students"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T201000Z
DTEND:20250305T190000
DTSTAMP:20250303T201015Z
DTSTART:20250305T180000
DESCRIPTION:préparer les questions pr les entretiens stagiaires de jeudi +
  imprimer grilles (x6). cas clinique cheville pr les K3
SEQUENCE:0
SUMMARY:prépa entretiens stagiaires
UID:1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("flatchr", "flatchr-itw-220914-chartrons",
       (0, "", "", "", "", "user-as-interviewer-ats-invite-she-is-panel-member"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr Agenda//FR
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
UID:flatchr-itw-220914-chartrons
DTSTAMP:20250320T090015Z
DTSTART;TZID=Europe/Paris:20250327T110000
DTEND;TZID=Europe/Paris:20250327T114500
SUMMARY:Entretien avec Sophie Marin - Masseur-kinésithérapeute (H/F)
DESCRIPTION:Entretien planifié par Nathalie Rivière.\n\nCandidat : Sophie
  Marin\nOffre : Masseur-kinésithérapeute (H/F) – Clinique des Chartrons\nP
 articipants côté recruteur : Marion Lartigue\, Camille Lefèvre\n\nVoir le p
 rofil du candidat : https://app.flatchr.io/company/chartrons/applicant/22
 0914
LOCATION:Clinique des Chartrons - Salle Médoc
ORGANIZER;CN=Nathalie Rivière:mailto:n.riviere@clinique-chartrons.fr
ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:c.lefevr
 e@clinique-chartrons.fr
ATTENDEE;CN=Marion Lartigue;ROLE=REQ-PARTICIPANT:mailto:m.lartigue@cliniqu
 e-chartrons.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("llamada-erasmus", "1q4t7w0z3c6f9i2l5o8r1u4x7a@google.com",
       (0, "", "", "", "", "user-as-interviewer-spanish-erasmus-student-call"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250409T124500
DTEND;TZID=Europe/Paris:20250409T130500
DTSTAMP:20250403T094400Z
ORGANIZER;CN=c.lefevre@clinique-chartrons.fr:mailto:c.lefevre@clinique-char
 trons.fr
UID:1q4t7w0z3c6f9i2l5o8r1u4x7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pablo Giménez;X-NUM-GUESTS=0:mailto:pablo.gimenez@alumni.uv.es
DESCRIPTION:Hola Pablo\,\nTe llamo para la entrevista de prácticas Erasmus
  (fisioterapia\, septiembre-diciembre) en la Clinique des Chartrons. Habla
 remos en español y un poco en francés.\nCamille\n\nUnirse con Google Meet:
  https://meet.google.com/prx-vbnd-qas
LAST-MODIFIED:20250403T094400Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista prácticas Erasmus - Pablo Giménez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("point-cadre", "040000008200E00074C5B7101A82E00800000000B2B3C4D5E6F7DB01000000000000000010000000CH19",
       (0, "", "", "", "", "user-as-interviewer-candidate-feedback-with-manager"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lartigue\, Marion":mailto:m.lartigue@clinique-chartrons.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefèvre\,
  Camille":mailto:c.lefevre@clinique-chartrons.fr
DESCRIPTION;LANGUAGE=fr-FR:Ton retour sur Léa (journée d'essai) et Hugo (t
 él.) pour le rempla de juillet. On décide qui on prend.\n
UID:040000008200E00074C5B7101A82E00800000000B2B3C4D5E6F7DB01000000000000000010000000CH19
SUMMARY;LANGUAGE=fr-FR:Rempla juillet : retour candidats
DTSTART;TZID=Romance Standard Time:20250414T173000
DTEND;TZID=Romance Standard Time:20250414T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T180000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau cadre
END:VEVENT
END:VCALENDAR
"""),
    ev("essai-ash", "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
       (0, "", "", "", "", "user-as-interviewer-assistant-trial-shift-she-supervises"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250505T064511Z
DTEND:20250507T120000
DTSTAMP:20250505T064530Z
DTSTART:20250507T080000
DESCRIPTION:Kevin D. en essai (assistant rééduc) avec moi ce matin. lui mon
 trer installation patients balnéo\, transferts\, désinfection. avis à Mari
 on midi
SEQUENCE:0
SUMMARY:essai Kevin D. - assistant rééduc
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("france-travail", "ft-atelier-887120-20250211@francetravail.fr",
       (0, "", "", "", "", "mock-interview-workshop-job-centre"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//France Travail//Agenda//FR
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
UID:ft-atelier-887120-20250211@francetravail.fr
DTSTAMP:20250204T100000Z
DTSTART;TZID=Europe/Paris:20250211T093000
DTEND;TZID=Europe/Paris:20250211T120000
SUMMARY:Atelier « Simulation d'entretien d'embauche »
DESCRIPTION:Vous êtes inscrit(e) à l'atelier Simulation d'entretien d'emba
 uche. Mises en situation filmées et conseils personnalisés par une conseil
 lère. Agence France Travail Bordeaux Chartrons\, 8 rue Lucien Faure.
LOCATION:France Travail Bordeaux Chartrons
ORGANIZER;CN=France Travail:mailto:ne-pas-repondre@francetravail.fr
ATTENDEE;CN=Camille Lefèvre;RSVP=FALSE:mailto:camille.lefevre.kine@laposte.
 net
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("mock-friend", "7d3e0b9a-2c4f-4e18-b6a1-julie-ubb-train",
       (0, "", "", "", "", "mock-interview-with-friend-names-target-employer"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:7d3e0b9a-2c4f-4e18-b6a1-julie-ubb-train
DTSTAMP:20250309T180012Z
DTSTART:20250312T200000
DTEND:20250312T213000
SUMMARY:Entraînement entretien UBB avec Julie
DESCRIPTION:Julie fait le jury (elle a bossé avec le staff du Stade Françai
 s)\, questions pièges salaire + commotion. chez elle\, ramener vin
LOCATION:chez Julie
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("webinar-physioswiss", "gtw-webinar-5531902714886913291",
       (0, "", "", "", "", "webinar-about-interviewing-in-switzerland"),
       r"""BEGIN:VCALENDAR
PRODID:-//GoTo Webinar//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gtw-webinar-5531902714886913291
DTSTAMP:20250220T120000Z
DTSTART:20250227T173000Z
DTEND:20250227T183000Z
SUMMARY:Webinaire : Travailler comme physiothérapeute en Suisse – candidat
 ure\, reconnaissance CRS et entretien d'embauche
DESCRIPTION:Merci pour votre inscription !\nOrganisé par physioswiss – Asso
 ciation cantonale Vaud\n\nAu programme : reconnaissance du diplôme par la C
 roix-Rouge suisse\, salaires et CCT\, comment se déroule un entretien d'em
 bauche en clinique suisse.\n\nRejoindre le webinaire : https://attendee.got
 owebinar.com/join/5531902714886913291/881230445
LOCATION:GoTo Webinar
ORGANIZER;CN=physioswiss Vaud:mailto:customercare@gotowebinar.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("press", "2s5v8y1b4e7h0k3n6q9t2w5z8c@google.com",
       (0, "", "", "", "", "press-interview-local-newspaper"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250318T121500
DTEND;TZID=Europe/Paris:20250318T130000
DTSTAMP:20250314T151500Z
ORGANIZER;CN=Aurélie Castex:mailto:a.castex@sudouest.fr
UID:2s5v8y1b4e7h0k3n6q9t2w5z8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=c.lefevre@clinique-chartrons.fr;X-NUM-GUESTS=0:mailto:c.lefevre@cli
 nique-chartrons.fr
DESCRIPTION:Bonjour\,\nMerci d'avoir accepté cette interview pour notre doss
 ier « Genou : se relever d'une rupture du croisé ». Une vingtaine de minute
 s d'entretien à la clinique\, puis quelques photos en séance si un patient
  est d'accord.\nAurélie Castex\, journaliste – Sud Ouest
LAST-MODIFIED:20250314T151500Z
LOCATION:Clinique des Chartrons
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Sud Ouest - rééducation LCA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
