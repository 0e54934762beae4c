# ruff: noqa: E501
"""holdout187 events, part k: press, podcast and research "interviews", and Camille's personal life."""

from holdout187ev_common import TZ_PARIS, TZ_PARIS_NOLIC, TZ_ROMANCE, ev

_YOGA_UID = "1y3o5g7a9m1a3r5d7i9s1o2i4r@google.com"
_KINE_UID = "D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70"

EVENTS = [
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN=Pierre-Yves Morand (Le Progrès);RSVP=TRUE:mailto:pymorand@leprogres.fr
CLASS:PUBLIC
CREATED:20250205T103211Z
DESCRIPTION:Camille\,\n\nLe journaliste du Progrès (supplément Emploi du lundi) souhaite t'interviewer sur nos difficultés de recrutement en métallurgie et nos actions marque employeur (alternance\, MRS avec France Travail\, cooptation). 20-30 min par téléphone\, il enverra ses citations pour relecture.\nÉléments de langage validés en PJ.\n\nAgathe - Communication
DTEND;TZID=Romance Standard Time:20250212T153000
DTSTAMP:20250205T103211Z
DTSTART;TZID=Romance Standard Time:20250212T150000
LAST-MODIFIED:20250205T103211Z
LOCATION:Téléphone - il appelle Camille sur sa ligne fixe
ORGANIZER;CN="Perrin, Agathe":mailto:a.perrin@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Interview Le Progrès - recrutement / marque employeur
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000008293A4B5C6F1DB01000000000000000010000000F869091223344556677889900A0B1C2D3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000008293A4B5C6F1DB01000000000000000010000000F869091223344556677889900A0B1C2D3",
        trap="press-interview-about-employer-branding",
    ),
    ev(
        "gcal",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250514T160000Z
DTEND:20250514T170000Z
DTSTAMP:20250430T081220Z
ORGANIZER;CN=Julie Fontanel:mailto:julie@rhenrhone-podcast.fr
UID:4p6o8d1c3a5s7t9r2h4e6n8r0o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julie Fontanel;X-NUM-GUESTS=0:mailto:julie@rhenrhone-podcast.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
CREATED:20250430T081219Z
DESCRIPTION:Hello Camille !\n\nMerci d'avoir accepté d'être l'invitée de l'
 épisode 38 de « RH en Rhône ». Thème : recruter des profils techniques qua
 nd personne ne postule. Format interview de 40 min\, on enregistre sur Riv
 erside (casque + micro si possible).\n\nLien studio : https://riverside.fm
 /studio/rh-en-rhone?t=7c1f0a\n\nJulie
LAST-MODIFIED:20250430T081220Z
LOCATION:https://riverside.fm/studio/rh-en-rhone?t=7c1f0a
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enregistrement podcast RH en Rhône - interview Camille Roussel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4p6o8d1c3a5s7t9r2h4e6n8r0o@google.com",
        trap="podcast-interview-as-guest",
    ),
    ev(
        "gcal",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T110000Z
DTEND:20250305T120000Z
DTSTAMP:20250226T142236Z
ORGANIZER;CN=Anaïs Berthier:mailto:anais.berthier@univ-lyon3.fr
UID:6r8e1s2e3a4r5c6h7m8e9m0o1i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Anaïs Berthier;X-NUM-GUESTS=0:mailto:anais.berthier@univ-lyon3.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
CREATED:20250226T142235Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nMerci encore d'accepter de participe
 r à mon enquête qualitative (mémoire de Master 2 GRH\, iaelyon) sur l'usage
  des tests de personnalité dans le recrutement industriel. Entretien semi-
 directif d'environ 50 minutes\, enregistré avec votre accord et anonymisé.
 \n\nLien Zoom : https://univ-lyon3.zoom.us/j/91840026671\n\nAnaïs Berthier
LAST-MODIFIED:20250226T142236Z
LOCATION:https://univ-lyon3.zoom.us/j/91840026671
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien mémoire M2 GRH - A. Berthier / C. Roussel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6r8e1s2e3a4r5c6h7m8e9m0o1i@google.com",
        trap="research-interview-for-student-dissertation",
    ),
    ev(
        "gcal-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Camille perso
X-WR-TIMEZONE:Europe/Paris
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250107T190000
DTEND;TZID=Europe/Paris:20250107T201500
RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20250624T170000Z;BYDAY=TU
EXDATE;TZID=Europe/Paris:20250225T190000
DTSTAMP:20250301T090000Z
UID:"""
        + _YOGA_UID
        + r"""
CREATED:20250104T115812Z
DESCRIPTION:carte 20 cours
LAST-MODIFIED:20250104T115812Z
LOCATION:Yoga Factory\, 12 rue Sala\, Lyon 2e
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Yoga vinyasa
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250314T123000
DTEND;TZID=Europe/Paris:20250314T133000
DTSTAMP:20250301T090000Z
UID:"""
        + _YOGA_UID
        + r"""
RECURRENCE-ID;TZID=Europe/Paris:20250311T190000
CREATED:20250104T115812Z
DESCRIPTION:mardi soir impossible (CR Genève à préparer) -> cours du vendredi midi
LAST-MODIFIED:20250306T212244Z
LOCATION:Yoga Factory\, 12 rue Sala\, Lyon 2e
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Yoga vinyasa (midi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        _YOGA_UID,
        trap="weekly-yoga-recurring-with-exdate-and-override",
    ),
    ev(
        "gcal-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250530
DTEND;VALUE=DATE:20250531
DTSTAMP:20250402T194015Z
UID:0c1r2e3c4h5e6f7e8r9m0e1e2p@google.com
CREATED:20250402T194015Z
DESCRIPTION:pont de l'Ascension - crèche Les Canailles fermée\nLéo chez mamie à Vienne (déposer jeudi soir)
LAST-MODIFIED:20250402T194015Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Crèche fermée (pont)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "0c1r2e3c4h5e6f7e8r9m0e1e2p@google.com",
        trap="all-day-creche-closure-family-calendar",
    ),
    ev(
        "iphone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
"""
        + TZ_PARIS_NOLIC
        + r"""BEGIN:VEVENT
CREATED:20250213T082011Z
UID:"""
        + _KINE_UID
        + r"""
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO,TH
DTEND;TZID=Europe/Paris:20250217T184500
TRANSP:OPAQUE
SUMMARY:Kiné (genou)
LAST-MODIFIED:20250213T082011Z
DTSTAMP:20250213T082011Z
DTSTART;TZID=Europe/Paris:20250217T181500
LOCATION:Cabinet de kinésithérapie Saxe-Gambetta\, 52 cours Gambetta\, Lyon 7e
DESCRIPTION:M. Chabanel - ordonnance 10 séances\, apporter carte vitale + short
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
CREATED:20250213T082011Z
UID:"""
        + _KINE_UID
        + r"""
DTEND;TZID=Europe/Paris:20250306T200000
TRANSP:OPAQUE
SUMMARY:Kiné (genou)
LAST-MODIFIED:20250301T103344Z
DTSTAMP:20250301T103344Z
DTSTART;TZID=Europe/Paris:20250306T193000
LOCATION:Cabinet de kinésithérapie Saxe-Gambetta\, 52 cours Gambetta\, Lyon 7e
RECURRENCE-ID;TZID=Europe/Paris:20250306T181500
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        _KINE_UID,
        trap="physiotherapy-series-recurring-with-moved-session",
        crlf=False,
    ),
    ev(
        "gcal-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250407
DTSTAMP:20250318T210544Z
UID:7a1n2n3e4c5y6w7e8e9k0e1n2d@google.com
CREATED:20250318T210544Z
DESCRIPTION:Airbnb Talloires (réf. HM4K2X)\, arrivée sam 15h\ntour du lac à vélo si beau\, resto dimanche midi
LAST-MODIFIED:20250318T210544Z
LOCATION:Talloires-Montmin\, Annecy
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Week-end Annecy 🚲
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "7a1n2n3e4c5y6w7e8e9k0e1n2d@google.com",
        trap="multi-day-all-day-weekend-away",
    ),
    ev(
        "doctolib",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-3318840217@doctolib.fr
DTSTAMP:20250210T071502Z
DTSTART:20250222T092000Z
DTEND:20250222T094000Z
SUMMARY:Rendez-vous avec Dr Sophie Marchal - Pédiatre
DESCRIPTION:Patient : Léo Roussel\nMotif : Vaccination (rappel)\n\nAdresse : 8 place Jean Macé\, 69007 Lyon\n\nPensez à apporter le carnet de santé.\nPour annuler ou déplacer ce rendez-vous : https://www.doctolib.fr/account/appointments
LOCATION:8 place Jean Macé\, 69007 Lyon
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "doctolib-appointment-3318840217@doctolib.fr",
        trap="child-pediatrician-appointment-doctolib",
    ),
    ev(
        "bank",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Credit Mutuel//Prise de RDV//FR
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:RDV-CM-10278-20250301-0930-447120
DTSTAMP:20250224T175001Z
DTSTART;TZID=Europe/Paris:20250301T100000
DTEND;TZID=Europe/Paris:20250301T110000
SUMMARY:Votre rendez-vous avec votre conseiller Crédit Mutuel
DESCRIPTION:Madame Roussel\,\n\nNous vous confirmons votre rendez-vous avec Thomas Giraud\, votre conseiller\, à l'agence Lyon Jean Macé.\nObjet : financement travaux (prêt travaux / renégociation prêt immobilier).\nMerci de vous munir de vos 3 derniers bulletins de salaire\, de votre dernier avis d'imposition et des devis.\n\nCrédit Mutuel - Agence Lyon Jean Macé
LOCATION:Crédit Mutuel\, 2 avenue Berthelot\, 69007 Lyon
ORGANIZER;CN=Crédit Mutuel Lyon Jean Macé:mailto:ne-pas-repondre@creditmutuel.fr
ATTENDEE;CN=Camille Roussel;RSVP=FALSE:mailto:camille.roussel.rh@free.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "RDV-CM-10278-20250301-0930-447120",
        trap="bank-advisor-appointment-saturday",
    ),
    ev(
        "town-hall",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ville de Lyon//Prise de rendez-vous en ligne//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-mairie7-passeport-20250329-0930-18842
DTSTAMP:20250303T124455Z
DTSTART:20250329T083000Z
DTEND:20250329T085000Z
SUMMARY:Rendez-vous titre d'identité - Mairie du 7e arrondissement
DESCRIPTION:Demande de passeport (mineur)\n\nNuméro de pré-demande ANTS : 3X7K9P2M4Q\nPièces à fournir : pré-demande\, photo d'identité de moins de 6 mois\, justificatif de domicile\, timbre fiscal\, pièce d'identité du parent. Présence de l'enfant obligatoire.\n\nMairie du 7e\, 16 place Jean Macé\, 69007 Lyon
LOCATION:Mairie du 7e arrondissement\, 16 place Jean Macé\, Lyon
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "rdv-mairie7-passeport-20250329-0930-18842",
        trap="town-hall-passport-appointment",
    ),
    ev(
        "iphone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250603T211033Z
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
DTEND:20250607T110000
TRANSP:OPAQUE
SUMMARY:Entretien nounou - Mme Ferreira
LAST-MODIFIED:20250603T211033Z
DTSTAMP:20250603T211033Z
DTSTART:20250607T100000
LOCATION:à la maison
DESCRIPTION:garde à domicile pour Léo à partir de sept (Chambéry ?)\nannonce Yoopies\, 8 ans d'exp\, a un véhicule\nquestions : horaires 7h45-18h30\, références des parents\, pajemploi\nLéo présent
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
        trap="user-as-interviewer-hiring-a-nanny-at-home",
        hiring=True,
        crlf=False,
    ),
]
