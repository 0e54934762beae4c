# ruff: noqa: E501
"""holdout210 negatives, part 1: the user on the HIRING side at Santé Sans Frontières Suisse (SSF)."""

import holdout210ev_tz as tz


def neg(kind: str, uid: str, trap: str, ics: str) -> dict[str, object]:
    return dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap, ics=ics)


EVENTS = [
    neg("panel-recrutement", "040000008200E00074C5B7101A82E0080000000007E569069F9342E7DB01000000000000000010000000E1095D43E228201B52BE82F1",
        "user-as-interviewer-field-staff-panel-member",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Coulibaly, Seydou";RSVP=TRUE:mailto:s.coulibaly@ssf-suisse.org
ATTENDEE;CN="Keita, Moussa";RSVP=TRUE:mailto:moussa.keita1988@gmail.com
CLASS:PUBLIC
CREATED:20250219T140000Z
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nPanel de recrutement pour le poste de Chargé·e de suivi-évaluation (MEAL) - Bamako.\nCandidat : M. Moussa Keita (CV et lettre en PJ)\nPanel : Aïssata Diallo (Programme Officer\, siège)\, Seydou Coulibaly (Chef de mission Mali)\, Nadège Blanc (RH - observatrice)\n\nMerci de remplir la grille d'évaluation individuellement avant la délibération et de la renvoyer à rh@ssf-suisse.org.\n\nNadège\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_U1NGcGFuZWw%40thread.v2/0\nID de réunion : 317 220 948 115  Code secret : pA7tJ2\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20250226T113000
DTSTAMP:20250219T140000Z
DTSTART;TZID="W. Europe Standard Time":20250226T103000
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Blanc, Nadège":mailto:n.blanc@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien M. Keita - Chargé·e S&E Bamako (panel)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000007E569069F9342E7DB01000000000000000010000000E1095D43E228201B52BE82F1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("creneaux-candidats", "040000008200E00074C5B7101A82E0080000000056CC4A81235898E2DB01000000000000000010000000C6FD7584508A7EFE45EA803B",
        "user-as-interviewer-recurring-candidate-slots-with-override",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION;LANGUAGE=fr-FR:Entretiens téléphoniques présélection - Infirmier·ère superviseur·e\, projet Maradi (Niger)\n3 candidats/jour\, 30 min chacun. Liste + numéros dans le fichier Excel (SharePoint > RH > Niger > Recrutement 2025).\nGrille: techniques de soins\, supervision\, haoussa.
DTEND;TZID="W. Europe Standard Time":20250310T160000
DTSTAMP:20250305T083000Z
DTSTART;TZID="W. Europe Standard Time":20250310T143000
RRULE:FREQ=DAILY;COUNT=3
LOCATION:Bureau / tel
ORGANIZER;CN="Diallo, Aïssata":mailto:a.diallo@ssf-suisse.org
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretiens candidats inf. superviseur Maradi
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000056CC4A81235898E2DB01000000000000000010000000C6FD7584508A7EFE45EA803B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION;LANGUAGE=fr-FR:Décalé (réunion bailleur DDC le 11 après-midi). 2 candidats seulement - le 3e s'est désisté.
DTEND;TZID="W. Europe Standard Time":20250311T100000
DTSTAMP:20250307T161500Z
DTSTART;TZID="W. Europe Standard Time":20250311T090000
RECURRENCE-ID;TZID="W. Europe Standard Time":20250311T143000
LOCATION:Bureau / tel
ORGANIZER;CN="Diallo, Aïssata":mailto:a.diallo@ssf-suisse.org
SEQUENCE:1
SUMMARY;LANGUAGE=fr-FR:Entretiens candidats inf. superviseur Maradi
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000056CC4A81235898E2DB01000000000000000010000000C6FD7584508A7EFE45EA803B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("entretien-consultant", "b3c5d7e9-f1a2-4b4c-8d6e-0f1a2b3c4d5e@zoom.us",
        "user-as-interviewer-consultant-selection-tor",
        """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
DTSTAMP:20250401T095500Z
DTSTART;TZID=Europe/Zurich:20250408T140000
DTEND;TZID=Europe/Zurich:20250408T144500
SUMMARY:Entretien consultant·e - évaluation finale PASCOM Sénégal (ToR réf. SSF-2025-04)
UID:b3c5d7e9-f1a2-4b4c-8d6e-0f1a2b3c4d5e@zoom.us
TZID:Europe/Zurich
DESCRIPTION:Aïssata Diallo vous invite à une réunion Zoom planifiée.\n\nObjet : entretien avec le cabinet SAHEL CONSEIL (offre technique n°3) dans le cadre de l'appel d'offres pour l'évaluation finale du projet PASCOM. Comité d'évaluation SSF : A. Diallo\, P. Mabiala (finance)\, B. Ndour (chef de projet).\n\nRejoindre la réunion Zoom\nhttps://ssf-suisse.zoom.us/j/88120045719?pwd=U1NGY29uc3VsdA\nID de réunion : 881 2004 5719\nCode secret : 447120
LOCATION:https://ssf-suisse.zoom.us/j/88120045719?pwd=U1NGY29uc3VsdA
ORGANIZER;CN=Aïssata Diallo:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN=Sahel Conseil;RSVP=TRUE:mailto:contact@sahelconseil.sn
ATTENDEE;CN=Patrick Mabiala;RSVP=TRUE:mailto:p.mabiala@ssf-suisse.org
END:VEVENT
END:VCALENDAR
"""),
    neg("grille-evaluation", "040000008200E00074C5B7101A82E00800000000A005F06352E34351DB01000000000000000010000000D49AC07D0749E00354129E30",
        "user-as-interviewer-scoring-grid-deadline",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:renvoyer les grilles notées (3 candidats coord. médical Tillabéri) à Nadège avant délibé de jeudi\nGarba: 78 / Ouedraogo: 71 / Hamani: à finir (test écrit pas encore lu)
DTEND;TZID="W. Europe Standard Time":20250402T090000
DTSTAMP:20250331T171200Z
DTSTART;TZID="W. Europe Standard Time":20250402T083000
SEQUENCE:0
SUMMARY:grilles notation coord méd -> RH !!
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000A005F06352E34351DB01000000000000000010000000D49AC07D0749E00354129E30
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    neg("debrief-jury", "040000008200E00074C5B7101A82E00800000000BAFEC7E333711B2CDB01000000000000000010000000ABDCD0A96DBEE1FBF67D7F1F",
        "user-as-interviewer-panel-debrief-deliberation",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Moussa Issoufou";RSVP=TRUE:mailto:m.issoufou@ssf-suisse.org
ATTENDEE;CN="Blanc, Nadège";RSVP=TRUE:mailto:n.blanc@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250403T073000Z
DESCRIPTION;LANGUAGE=fr-FR:Délibération du jury suite aux entretiens Chef·fe de base Diffa (3 candidats vus les 1er et 2 avril). Merci d'apporter vos grilles. Objectif : classement final + réserve\, proposition au Directeur des opérations.\n
DTEND;TZID="W. Europe Standard Time":20250403T170000
DTSTAMP:20250403T073000Z
DTSTART;TZID="W. Europe Standard Time":20250403T163000
LOCATION:Salle Dunant (2e) / Teams
ORGANIZER;CN="Blanc, Nadège":mailto:n.blanc@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Débrief jury - recrutement Chef·fe de base Diffa
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000BAFEC7E333711B2CDB01000000000000000010000000ABDCD0A96DBEE1FBF67D7F1F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("shortlisting", "040000008200E00074C5B7101A82E00800000000922BC1058D74E436DB01000000000000000010000000367E6D851C19C3F34E8747FC",
        "user-as-interviewer-shortlisting-committee",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Rochat, Bertrand";RSVP=TRUE:mailto:b.rochat@ssf-suisse.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GVA-Salle Dunant";RSVP=TRUE:mailto:salle.dunant@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250113T100000Z
DESCRIPTION:Recruitment committee - Programme Assistant (HQ\, 80%)\n64 applications received via jobup.ch / ReliefWeb. Pre-screened list (22) in the shared folder. Please flag your top 6 before the meeting so we can agree on the candidates to invite for the written test.\n\nNadège
DTEND;TZID="W. Europe Standard Time":20250120T153000
DTSTAMP:20250113T100000Z
DTSTART;TZID="W. Europe Standard Time":20250120T143000
LOCATION:GVA-Salle Dunant
ORGANIZER;CN="Blanc, Nadège":mailto:n.blanc@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Shortlisting - Programme Assistant HQ
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000922BC1058D74E436DB01000000000000000010000000367E6D851C19C3F34E8747FC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("correction-tests", "040000008200E00074C5B7101A82E00800000000683FE64BC6F3542BDB010000000000000000100000007919E2C66927F73852458EE3",
        "user-as-interviewer-marking-written-tests",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:12 copies anonymisées (Log Officer Mopti). Barème dans le mail de Nadège. Ne pas ouvrir les CV avant d'avoir noté.
DTEND;TZID="W. Europe Standard Time":20250212T120000
DTSTAMP:20250210T082200Z
DTSTART;TZID="W. Europe Standard Time":20250212T090000
LOCATION:télétravail
SEQUENCE:0
SUMMARY:Correction tests écrits Log Officer Mopti
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000683FE64BC6F3542BDB010000000000000000100000007919E2C66927F73852458EE3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("shadowing", "040000008200E00074C5B7101A82E008000000001090E94335AF16C0DB0100000000000000001000000087DF76C0D5A3DCFC9333FFB9",
        "user-as-interviewer-chairs-panel-new-hr-shadowing",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Morand, Léa";RSVP=TRUE:mailto:l.morand@ssf-suisse.org
ATTENDEE;CN="Gning, Babacar";RSVP=TRUE:mailto:b.gning@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250505T120000Z
DESCRIPTION:Léa (arrivée RH le 1er mai) assiste en observatrice aux deux entretiens Data Officer que je préside\, pour voir comment on mène un entretien par compétences chez SSF. Léa : pas de questions pendant l'entretien svp\, on débriefe 15 min après.\n\nCandidats : 14h A. Thiam / 15h R. Mbengue (Teams).\n\nAïssata
DTEND;TZID="W. Europe Standard Time":20250508T161500
DTSTAMP:20250505T120000Z
DTSTART;TZID="W. Europe Standard Time":20250508T140000
LOCATION:Salle Dunant + Teams
ORGANIZER;CN="Diallo, Aïssata":mailto:a.diallo@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY:Shadowing entretiens Data Officer (Léa)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001090E94335AF16C0DB0100000000000000001000000087DF76C0D5A3DCFC9333FFB9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("reply-accepted", "040000008200E00074C5B7101A82E0080000000099D800B0584E55C2DB0100000000000000001000000080407E6558B39B45DCF3142F",
        "user-as-interviewer-candidate-accepted-reply",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
""" + tz.ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250521T100000
DTEND;TZID=Europe/Zurich:20250521T110000
DTSTAMP:20250514T203301Z
ORGANIZER;CN="Diallo, Aïssata":mailto:a.diallo@ssf-suisse.org
UID:040000008200E00074C5B7101A82E0080000000099D800B0584E55C2DB0100000000000000001000000080407E6558B39B45DCF3142F
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mariama Sané;X-NUM-GUESTS=0:mailto:mariama.sane.comms@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entretien - Chargé·e de communication (SSF)
COMMENT:Merci pour l'invitation\, je serai présente. Bien cordialement\, Mariama Sané
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("candidate-invite", "6s8d0f2g4h6j8k0l2z4x6c8v0b@google.com",
        "user-as-interviewer-candidate-sent-invite-free-mail",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.DAKAR + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Dakar:20250130T100000
DTEND;TZID=Africa/Dakar:20250130T104500
DTSTAMP:20250127T190022Z
ORGANIZER;CN=Ibrahima Sow:mailto:ibrahimasow.pharma@yahoo.fr
UID:6s8d0f2g4h6j8k0l2z4x6c8v0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ibrahima Sow;X-NUM-GUESTS=0:mailto:ibrahimasow.pharma@yahoo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=a.diallo@ssf-suisse.org;X-NUM-GUESTS=0:mailto:a.diallo@ssf-suisse.org
DESCRIPTION:Bonjour Madame Diallo\,\n\nComme convenu au téléphone\, je vous envoie l'invitation pour notre entretien concernant le poste de Pharmacien·ne de programme (Kolda) chez SSF. Je serai joignable au +221 77 531 20 48 en cas de coupure de connexion.\n\nRespectueusement\,\nDr Ibrahima Sow\n\nRejoindre avec Google Meet : https://meet.google.com/gqa-bmxe-ctk
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Dr Ibrahima Sow - poste pharmacien SSF Kolda
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
