# ruff: noqa: E501
"""holdout210 negatives, part 2: more events with the user on the HIRING side at SSF."""

import holdout210ev_tz as tz


def neg(kind: str, uid: str, trap: str, ics: str) -> dict[str, object]:
    return dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap, ics=ics)


EVENTS = [
    neg("presentation-profil", "9e2d4c6b-8a0f-4e1d-b3c5-7a9e1f3d5b70@humanis-rh.ch",
        "user-as-interviewer-agency-presents-candidate",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="a.diallo@ssf-suisse.org";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250128T091500Z
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Diallo\,\n\nSuite à votre mandat pour le poste de Coordinateur·rice logistique (Niamey)\, je souhaiterais vous présenter de vive voix le profil de M. Hamidou Garba\, que nous avons rencontré la semaine dernière (dossier envoyé ce matin)\, ainsi que deux profils en réserve.\n\nBien à vous\,\nStéphanie Kohler\nConsultante senior - Humanis RH Conseil\, Genève\n+41 22 700 14 52\n
DTEND;TZID="W. Europe Standard Time":20250130T111500
DTSTAMP:20250128T091500Z
DTSTART;TZID="W. Europe Standard Time":20250130T110000
LOCATION:Téléphone - je vous appelle
ORGANIZER;CN="Stéphanie Kohler":mailto:s.kohler@humanis-rh.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Présentation candidat - Coordinateur logistique Niamey (Humanis RH)
TRANSP:OPAQUE
UID:9e2d4c6b-8a0f-4e1d-b3c5-7a9e1f3d5b70@humanis-rh.ch
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("bookings-host", "d41f7a2e-0c3b-4a59-9e86-1b7d5c3e2f08@bookings.ssf-suisse.org",
        "user-as-interviewer-bookings-host-candidate-booked",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
UID:d41f7a2e-0c3b-4a59-9e86-1b7d5c3e2f08@bookings.ssf-suisse.org
DTSTAMP:20250415T064400Z
DTSTART;TZID="W. Europe Standard Time":20250423T093000
DTEND;TZID="W. Europe Standard Time":20250423T100000
SUMMARY:Entretien de présélection - Chargé·e de projet Nutrition (Sénégal) - Awa Ndiaye
DESCRIPTION:Nouvelle réservation\n\nService : Entretien de présélection - Chargé·e de projet Nutrition (Sénégal)\nMembre du personnel : Aïssata Diallo\nClient : Awa Ndiaye\nE-mail du client : awandiaye.nut@gmail.com\nTéléphone : +221 76 482 19 03\nNotes du client : Je serai en déplacement à Kaolack\, merci de m'appeler si Teams ne fonctionne pas.\n\nRéunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qm9va2luZ3M%40thread.v2/0\n\nPage de réservation : SSF Recrutement
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN=SSF Recrutement:mailto:SSFRecrutement@ssf-suisse.org
ATTENDEE;CN=Aïssata Diallo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN=Awa Ndiaye;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:awandiaye.nut@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("notes-candidate", "040000008200E00074C5B7101A82E00800000000C36B9AD18F5CAE99DB010000000000000000100000009CB3925F267003E856126297",
        "user-as-interviewer-typed-candidate-notes",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:tel 20 min - Fatou K. (MEAL Bamako)\n+ très bonne sur KoBo / DHIS2\, a fait enquêtes SMART\n- budget faible\, jamais géré d'équipe\npréavis 1 mois\, dispo 1er juin\nprétentions: grille B2 ok\n=> 2e tour avec Seydou ?
DTEND;TZID="W. Europe Standard Time":20250218T123000
DTSTAMP:20250218T121512Z
DTSTART;TZID="W. Europe Standard Time":20250218T121000
SEQUENCE:0
SUMMARY:tel cand. Fatou K.
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C36B9AD18F5CAE99DB010000000000000000100000009CB3925F267003E856126297
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("mise-en-situation", "040000008200E00074C5B7101A82E00800000000ED27445CEE9877F9DB01000000000000000010000000975C77E549A97B91B4C68D1A",
        "user-as-interviewer-trial-day-enumerators",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_GREENWICH + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Ndour, Birame";RSVP=TRUE:mailto:b.ndour@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250505T170000Z
DESCRIPTION;LANGUAGE=fr-FR:Journée de mise en situation des candidats enquêteurs (18 présélectionnés) pour l'enquête CAP Kaffrine : formation au questionnaire le matin\, passation test en binôme l'après-midi au poste de santé de Nganda. Aïssata et Birame observent et notent (grille jointe). Retenir 10 enquêteurs + 2 réserves.\n
DTEND;TZID="Greenwich Standard Time":20250513T170000
DTSTAMP:20250505T170000Z
DTSTART;TZID="Greenwich Standard Time":20250513T083000
LOCATION;LANGUAGE=fr-FR:Base SSF Kaffrine
ORGANIZER;CN="Ndour, Birame":mailto:b.ndour@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Mise en situation candidats enquêteurs - enquête CAP Kaffrine
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000ED27445CEE9877F9DB01000000000000000010000000975C77E549A97B91B4C68D1A
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    neg("prise-references", "040000008200E00074C5B7101A82E00800000000963C9935D1EED352DB01000000000000000010000000B0783C44F739BAC85A814E7C",
        "user-as-interviewer-calling-candidate-referee",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Références pour la candidate retenue (Coordinatrice Nutrition Tahoua) : appeler son ancienne superviseure à l'IRC Niger\, Mme Halima Abdou +227 96 12 44 08. Formulaire de référence SSF en PJ du mail RH. Demander : gestion d'équipe\, intégrité\, gestion de stock intrants.
DTEND;TZID="W. Europe Standard Time":20250417T103000
DTSTAMP:20250415T140300Z
DTSTART;TZID="W. Europe Standard Time":20250417T100000
LOCATION:tel
SEQUENCE:0
SUMMARY:Prise de références - candidate Coord. Nutrition (IRC)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000963C9935D1EED352DB01000000000000000010000000B0783C44F739BAC85A814E7C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("workable-ssf-side", "workable-event-ssf-4d7a1c9e3b5f@workable.com",
        "user-as-interviewer-workable-invite-at-work-address",
        """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:workable-event-ssf-4d7a1c9e3b5f@workable.com
DTSTAMP:20250303T100000Z
DTSTART;TZID=Europe/Zurich:20250306T153000
DTEND;TZID=Europe/Zurich:20250306T163000
SUMMARY:Interview: Oumar Cissé for Chargé·e de suivi-évaluation (MEAL) - Bamako
DESCRIPTION:Interview with Oumar Cissé for the Chargé·e de suivi-évaluation (MEAL) - Bamako job.\n\nInterviewers: Aïssata Diallo\, Seydou Coulibaly\nCandidate profile: https://ssf-suisse.workable.com/backend/jobs/3318207/candidates/88120419\n\nPlease submit your evaluation in Workable after the interview.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_V29ya2FibGU%40thread.v2/0\n\n--\nPowered by Workable
LOCATION:Microsoft Teams
ORGANIZER;CN=Nadège Blanc (via Workable):mailto:notifications@workablemail.com
ATTENDEE;CN=Aïssata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN=Seydou Coulibaly;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:s.coulibaly@ssf-suisse.org
ATTENDEE;CN=Oumar Cissé;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:oumarcisse.ml@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("interview-kit-briefing", "040000008200E00074C5B7101A82E00800000000B042F10CD30FC29DDB01000000000000000010000000671C39BB1ACE5442403E152C",
        "user-as-interviewer-panel-briefing-interview-kit",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Kabongo, Patrick";RSVP=TRUE:mailto:p.kabongo@ssf-suisse.org
ATTENDEE;CN="Blanc, Nadège";RSVP=TRUE:mailto:n.blanc@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250522T080000Z
DESCRIPTION:Hi both\,\n\n30-min briefing before next week's interviews for the Field Coordinator - Kasaï (DRC) position: we'll go through the interview guide\, agree who asks which competency question (security management\, team leadership\, donor reporting) and how to use the scoring sheet (1-5). Interview kit attached.\n\nThanks\,\nNadège
DTEND;TZID="W. Europe Standard Time":20250526T093000
DTSTAMP:20250522T080000Z
DTSTART;TZID="W. Europe Standard Time":20250526T090000
LOCATION:Teams
ORGANIZER;CN="Blanc, Nadège":mailto:n.blanc@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Panel briefing - Field Coordinator Kasaï interviews
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B042F10CD30FC29DDB01000000000000000010000000671C39BB1ACE5442403E152C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("feedback-due", "workable-task-feedback-7c2e9f1a@workable.com",
        "user-as-interviewer-scorecard-feedback-reminder",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:workable-task-feedback-7c2e9f1a@workable.com
DTSTAMP:20250306T170000Z
DTSTART;VALUE=DATE:20250307
DTEND;VALUE=DATE:20250308
SUMMARY:Feedback due: Oumar Cissé - Chargé·e de suivi-évaluation (MEAL) - Bamako
DESCRIPTION:Reminder: please submit your interview evaluation for Oumar Cissé.\nhttps://ssf-suisse.workable.com/backend/jobs/3318207/candidates/88120419/evaluations\n\n--\nPowered by Workable
ORGANIZER;CN=Workable:mailto:notifications@workablemail.com
ATTENDEE;CN=Aïssata Diallo:mailto:a.diallo@ssf-suisse.org
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("entretien-stagiaire", "040000008200E00074C5B7101A82E0080000000047C50278455031D0DB010000000000000000100000002FF03E17D67130B922C6BABF",
        "user-as-interviewer-intern-candidate",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="julia.berset@graduateinstitute.ch";RSVP=TRUE:mailto:julia.berset@graduateinstitute.ch
CLASS:PUBLIC
CREATED:20250120T153000Z
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julia\,\n\nMerci pour votre candidature au stage « Appui programmes santé » (6 mois\, dès mars). Je vous propose un entretien de 30 minutes dans nos bureaux\, rue de Montbrillant 12\, 3e étage.\n\nBien à vous\,\nAïssata Diallo\nProgramme Officer - Santé Sans Frontières Suisse\n
DTEND;TZID="W. Europe Standard Time":20250124T113000
DTSTAMP:20250120T153000Z
DTSTART;TZID="W. Europe Standard Time":20250124T110000
LOCATION:SSF - Montbrillant 12 - salle Dunant
ORGANIZER;CN="Diallo, Aïssata":mailto:a.diallo@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien stage appui programmes - Julia Berset
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000047C50278455031D0DB010000000000000000100000002FF03E17D67130B922C6BABF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("entretiens-finaux-jury", "040000008200E00074C5B7101A82E00800000000C0E4C1CA7F2DA92CDB01000000000000000010000000FF73D5EB33F541BF6BB822C4",
        "user-as-interviewer-final-round-panel-member",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Rochat, Bertrand";RSVP=TRUE:mailto:b.rochat@ssf-suisse.org
ATTENDEE;CN="Blanc, Nadège";RSVP=TRUE:mailto:n.blanc@ssf-suisse.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GVA-Salle Dunant";RSVP=TRUE:mailto:salle.dunant@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250604T111100Z
DESCRIPTION;LANGUAGE=fr-FR:Entretiens finaux - Coordinateur·rice pays Niger\n\n09h00 Mme Rahila Moussa\n10h15 M. Jean-Paul Nkurunziza\n11h30 M. Abdoul Aziz Maïga\n12h30 délibération\n\nJury : Bertrand Rochat (Directeur des opérations\, président)\, Aïssata Diallo (Programme Officer)\, Nadège Blanc (RH).\nMise en situation : chaque candidat présente sa lecture de la SitRep du 2 juin (10 min).
DTEND;TZID="W. Europe Standard Time":20250611T133000
DTSTAMP:20250604T111100Z
DTSTART;TZID="W. Europe Standard Time":20250611T090000
LOCATION:GVA-Salle Dunant
ORGANIZER;CN="Blanc, Nadège":mailto:n.blanc@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretiens finaux CP Niger - jury
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0E4C1CA7F2DA92CDB01000000000000000010000000FF73D5EB33F541BF6BB822C4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
