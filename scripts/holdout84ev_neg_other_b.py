"""holdout84: negatives from the rest of the user's life and work (doctor, notary, school, bank, gardes,
congresses, training, clinic meetings, maintenance 'entretiens', thesis jury, coaching, exams)."""

from __future__ import annotations

from holdout84ev_ics import USER_FREE, USER_WORK, cal, esc, label, simple_event

ME = ("Claire Dubois", USER_FREE)
IPHONE = "-//Apple Inc.//iPhone OS 17.4//EN"
CLINIC = "clinique-veto-confluence.fr"


def doctor():
    uid = "doctolib-rdv-88120455@doctolib.fr"
    ics = simple_event(uid, "RDV Dr Lambert (médecin généraliste)", "20260304T083000", "20260304T084500",
                       org=("Doctolib", "no-reply@doctolib.fr"), attendees=[ME],
                       desc="Votre rendez-vous avec Dr Sophie Lambert est confirmé. Pensez à votre carte Vitale.",
                       loc="Cabinet médical, 22 rue Duguesclin, 69006 Lyon", prodid="-//Doctolib//Doctolib//FR")
    return "doctor-fr", ics, label(uid, 0, trap="personal-doctor-fr")


def notary():
    uid = "A2B3C4D5-E6F7-4A8B-9C0D-1E2F3A4B5C6D"
    ics = simple_event(uid, "Notaire – signature compromis appart. Croix-Rousse", "20260311T173000",
                       "20260311T183000", org=None, prodid=IPHONE, loc="Étude Maître Rivière, place Sathonay")
    return "notary-fr", ics, label(uid, 0, trap="personal-notary-fr")


def school():
    uid = "h84ob03ecole@google.com"
    ics = simple_event(uid, "Réunion parents-profs CE2 – Hugo", "20260305T170000", "20260305T174500",
                       org=ME, attendees=[("Stéphane Dubois", "stephane.dubois@orange.fr")],
                       desc="Mme Charvet, salle 4. Parler des devoirs et de la classe verte.",
                       loc="École Jean-Macé, Lyon 7e")
    return "school-fr", ics, label(uid, 0, trap="personal-school-fr")


def bank():
    uid = "rdv-conseiller-20260313-44120@banque-rdv.fr"
    ics = simple_event(uid, "Rendez-vous avec votre conseiller – projet immobilier", "20260313T121500",
                       "20260313T130000", org=("Votre conseiller Kevin Morel", "agence.lyon-jaures@banque-rdv.fr"),
                       attendees=[ME], desc="Merci d'apporter vos 3 derniers bulletins de salaire et votre avis "
                       "d'imposition.", loc="Agence Lyon Jean-Jaurès")
    return "bank-fr", ics, label(uid, 0, trap="personal-bank-fr")


def visa():
    uid = "vfs-appt-CA-LYO-2026-018834"
    ics = simple_event(uid, "Rendez-vous biométrie – visa / AVE Canada (congrès WSAVA)", "20260318T091500",
                       "20260318T093000", org=("VFS Global", "donotreply@vfsglobal-appointments.com"),
                       attendees=[ME], desc="Apporter passeport, lettre d'invitation du congrès, confirmation.",
                       loc="Centre de réception des demandes de visa, Lyon")
    return "visa-biometrics-fr", ics, label(uid, 0, trap="personal-visa-fr")


def garde():
    uid = "h84ob06garde@clinique-veto-confluence.fr"
    ics = simple_event(uid, "Garde de nuit (urgences)", "20260312T190000", "20260313T080000",
                       org=("Planning Confluence", f"planning@{CLINIC}"), attendees=[("Claire Dubois", USER_WORK)],
                       desc="Transfert standard sur portable de garde. Véto d'astreinte : Claire.",
                       extra=("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6",))
    return "garde-recurring-fr", ics, label(uid, 0, trap="on-call-recurring-fr")


def congress():
    uid = "congres-medfeline-2026-claire"
    ics = simple_event(uid, "Congrès national de médecine féline", "20260409", "20260411", org=None,
                       desc="Inscription n° MF-2026-1182. Atelier échocardio vendredi 14h.",
                       loc="Cité Internationale, Lyon", prodid=IPHONE, tz="", extra=("TRANSP:TRANSPARENT",))
    ics = ics.replace("DTSTART:2026", "DTSTART;VALUE=DATE:2026").replace("DTEND:2026", "DTEND;VALUE=DATE:2026")
    return "congress-allday-fr", ics, label(uid, 0, trap="congress-fr")


def training():
    uid = "h84ob08echo@google.com"
    ics = simple_event(uid, "Formation échographie abdominale – niveau 2", "20260325T090000", "20260325T173000",
                       org=("Formavet", "inscriptions@formavet.fr"), attendees=[("Claire Dubois", USER_WORK)],
                       desc="Pratique sur chiens et chats de propriétaires volontaires. 7h validées FC.",
                       loc="Formavet Lyon")
    return "training-fr", ics, label(uid, 0, trap="cpd-training-fr")


def team_meeting():
    uid = "040000008200E00074C5B7101A82E00800000000TEAMCONF01DC010000000000000000100000"
    d = "Ordre du jour : planning été, protocole douleur post-op, commande vaccins, retour formation écho."
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Martin, Pierre":mailto:p.martin@{CLINIC}
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dubois, Claire":mailto:{USER_WORK}
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nguyen, Julie":mailto:j.nguyen@{CLINIC}
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Salle de pause":mailto:salle.pause@{CLINIC}
        DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
        UID:{uid}
        SUMMARY;LANGUAGE=fr-FR:Réunion d'équipe mensuelle
        DTSTART;TZID=Romance Standard Time:20260402T131500
        DTEND;TZID=Romance Standard Time:20260402T140000
        DTSTAMP:20260320T080000Z
        RRULE:FREQ=MONTHLY;BYDAY=1TH
        SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
    """, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzs=("Romance Standard Time",))
    return "internal-meeting-fr", ics, label(uid, 0, trap="internal-team-meeting-fr")


def boiler():
    uid = "B4C5D6E7-F8A9-4B0C-9D1E-2F3A4B5C6D7E"
    ics = simple_event(uid, "Entretien annuel chaudière (technicien)", "20260320T080000", "20260320T100000",
                       org=None, prodid=IPHONE, desc="Créneau 8h-10h, laisser les clés à la voisine si garde.")
    return "boiler-maintenance-fr", ics, label(uid, 0, trap="entretien-maintenance-fr")


def car():
    uid = "h84ob11voiture@google.com"
    ics = simple_event(uid, "Entretien voiture – révision 60 000 km", "20260324T081500", "20260324T090000",
                       org=("Garage des Tanneurs", "rdv@garage-tanneurs.fr"), attendees=[ME],
                       desc="Dépôt du véhicule à 8h15, récupération 18h.", loc="Garage des Tanneurs, Oullins")
    return "car-service-fr", ics, label(uid, 0, trap="entretien-car-fr")


def thesis_jury():
    uid = "h84ob12these@google.com"
    ics = simple_event(uid, "Jury de thèse – Camille Arnoux (assesseur)", "20260327T140000", "20260327T163000",
                       org=("Scolarité École Vétérinaire", "theses@ecole-veto-lyon.fr"),
                       attendees=[("Claire Dubois", USER_WORK)],
                       desc="Soutenance de thèse d'exercice : « Prise en charge de la douleur chronique chez le "
                       "chat ». Vous siégez comme membre invitée.", loc="Amphi B")
    return "thesis-jury-fr", ics, label(uid, 0, trap="thesis-jury-fr")


def skills_review():
    uid = "h84ob13bilan@google.com"
    ics = simple_event(uid, "Bilan de compétences – séance 4/6", "20260310T180000", "20260310T193000",
                       org=("Isabelle Garcia", "i.garcia@bilan-rhone.fr"), attendees=[ME],
                       desc="Restitution des tests d'intérêts professionnels, pistes : industrie, assurance, "
                       "management de groupe.", loc="Cabinet Bilan Rhône, Lyon 3e")
    return "career-coaching-fr", ics, label(uid, 0, trap="skills-assessment-coaching-fr")


def medical_hiring():
    uid = "h84ob14visitemed@google.com"
    ics = simple_event(uid, "Visite médicale d'embauche (santé au travail)", "20260428T093000", "20260428T100000",
                       org=("Service de santé au travail", "convocations@sst-lyon.fr"), attendees=[ME],
                       desc="Convocation à la visite d'information et de prévention. Apporter carnet de vaccination.",
                       loc="SST Lyon Part-Dieu")
    return "occupational-health-fr", ics, label(uid, 0, trap="occupational-health-visit-fr")


def german_exam():
    uid = "h84ob15goethe@google.com"
    ics = simple_event(uid, "Deutschprüfung B2 – mündlicher Teil", "20260328T103000", "20260328T111500",
                       org=("Prüfungszentrum Lyon", "pruefung@sprachzentrum-lyon.fr"), attendees=[ME],
                       desc="Mündliche Prüfung zu zweit, bitte 20 Minuten früher kommen. Ausweis mitbringen.",
                       loc="Sprachzentrum Lyon, Salle 3")
    return "language-exam-de", ics, label(uid, 0, trap="language-exam-oral-de")


def spanish_class():
    uid = "h84ob16espanol@google.com"
    ics = simple_event(uid, "Clase de español – simulación de entrevista de trabajo", "20260402T190000",
                       "20260402T203000", org=("Academia Cervantina Lyon", "clases@cervantina-lyon.fr"),
                       attendees=[ME], desc="Tema de la semana: vocabulario profesional y role-play de entrevistas.",
                       loc="Academia Cervantina")
    return "class-mock-es", ics, label(uid, 0, trap="language-class-mock-es")


def asv_review():
    uid = "h84ob17annuelasv@google.com"
    ics = simple_event(uid, "Entretien annuel Sophie (ASV)", "20260408T133000", "20260408T141500",
                       org=("Claire Dubois", USER_WORK), attendees=[("Sophie Renard", f"s.renard@{CLINIC}")],
                       desc="Objectifs 2026, formation ASV niveau 5, demande de temps partiel.")
    return "manager-appraisal-fr", ics, label(uid, 0, trap="manager-runs-staff-appraisal-fr")


EVENTS = [
    doctor, notary, school, bank, visa, garde, congress, training, team_meeting, boiler, car, thesis_jury,
    skills_review, medical_hiring, german_exam, spanish_class, asv_review,
]
