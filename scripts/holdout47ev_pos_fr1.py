"""holdout47 event corpus: the user's own interviews, French (part 1)."""

from __future__ import annotations

from holdout47ev_boiler import gfooter, teams
from holdout47ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    OUTLOOK16,
    UTC_FR,
    Ev,
    alt,
    att,
    cal,
    esc,
    guid,
    hexid,
    org,
    outlook_uid,
)


def navalis_screen() -> Ev:
    uid = f"{hexid('navalis1')}@google.com"
    d = ("Bonjour Pierre-Yves,\n\nComme convenu par e-mail, je vous appellerai au 06 71 38 22 90 pour un premier "
         "échange d'une trentaine de minutes sur votre parcours, vos attentes et le poste de Responsable de "
         "programme Frégates (H/F) basé à Lorient.\n\nBien cordialement,\nMathilde Guéguen\nChargée de recrutement "
         "– Navalis Défense" + gfooter("fr", ME))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250923T110000
DTEND;TZID=Europe/Paris:20250923T113000
DTSTAMP:20250918T143205Z
{org("mathilde.gueguen@navalis-defense.fr", "Mathilde Guéguen")}
UID:{uid}
{att("mathilde.gueguen@navalis-defense.fr", "Mathilde Guéguen", style="g", ps="ACCEPTED", rsvp=False)}
{att(ME, ME, style="g")}
CREATED:20250918T143204Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20250918T143204Z
LOCATION:Appel téléphonique (Mathilde vous appelle)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique – Responsable de programme Frégates (H/F)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT"""
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, True, "Navalis Défense",
              "Responsable de programme Frégates", "recruiter_screen", ("mathilde.gueguen@navalis-defense.fr",),
              "google-phone-screen-fr")


def navalis_hm() -> Ev:
    uid = outlook_uid("navalis2")
    d = ("Monsieur Le Gall,\n\nM. Hervé Le Bihan, Directeur des programmes bâtiments de surface, souhaite vous "
         "rencontrer en visioconférence afin de poursuivre les échanges sur le poste de Responsable de programme "
         "Frégates, qui lui serait directement rattaché.\n\nJe reste à votre disposition pour toute question.\n\n"
         "Sandrine Morice\nAssistante de direction – Direction des programmes\nNavalis Défense\n\n"
         + teams("fr", "347 118 902 655", "Tq6Xw9", "NzQ1ZjM4YTItNTk0OS00"))
    body = f"""BEGIN:VEVENT
{org("herve.lebihan@navalis-defense.fr", "Le Bihan, Hervé", sent_by="sandrine.morice@navalis-defense.fr")}
{att(ME, ME_CN)}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien P-Y Le Gall – Direction des programmes
DTSTART;TZID=Romance Standard Time:20251008T140000
DTEND;TZID=Romance Standard Time:20251008T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T082314Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124730921
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
{alt(d)}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, True, "Navalis Défense",
              "Responsable de programme Frégates", "hiring_manager", ("herve.lebihan@navalis-defense.fr",),
              "outlook-sent-by-hm-fr")


def thalassa_tech() -> Ev:
    uid = f"SF-IS-{hexid('thalassa1', 12).upper()}-41287"
    d = ("Bonjour Pierre-Yves Le Gall,\n\nNous avons le plaisir de confirmer votre entretien pour le poste Chef de "
         "projet Systèmes de combat (H/F) (Réf. 41287).\n\nDate : mardi 14 octobre 2025\nHeure : 14:00 - 15:30 "
         "(Europe/Paris)\nLieu : Thalassa Systèmes - Site de Brest, 12 rue de l'Arsenal, 29200 Brest - Accueil "
         "bâtiment B\n\nVous rencontrerez :\n- Anne-Sophie Riou, Responsable Intégration systèmes\n- Mickaël "
         "Danielou, Architecte systèmes de combat\n\nFormat : entretien technique. Merci de préparer la présentation "
         "(15 min) d'un projet d'intégration que vous avez piloté.\n\nLe site étant protégé, munissez-vous d'une "
         "pièce d'identité en cours de validité.\n\nCeci est un message automatique, merci de ne pas y répondre.\n"
         "Thalassa Systèmes – Talent Acquisition")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251006T091500Z
DTSTART;TZID=Europe/Paris:20251014T140000
DTEND;TZID=Europe/Paris:20251014T153000
SUMMARY:Entretien : Chef de projet Systèmes de combat (H/F) - Réf. 41287
LOCATION:Thalassa Systèmes - Site de Brest\\, 12 rue de l'Arsenal\\, 29200 Brest
DESCRIPTION:{esc(d)}
{org("ta-noreply@thalassa-sys.com", "Thalassa Systèmes Recrutement")}
{att(ME, ME_CN, style="p")}
{att("anne-sophie.riou@thalassa-sys.com", "Anne-Sophie Riou", style="p", ps="ACCEPTED", rsvp=False)}
{att("mickael.danielou@thalassa-sys.com", "Mickaël Danielou", style="p", ps="ACCEPTED", rsvp=False)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    ics = cal(body, "-//SAP SuccessFactors//Interview Scheduling 2.0//EN", tz=("Europe/Paris",))
    return Ev("successfactors-fr", ics, uid, True, "Thalassa Systèmes", "Chef de projet Systèmes de combat",
              "technical", ("anne-sophie.riou@thalassa-sys.com", "mickael.danielou@thalassa-sys.com"),
              "successfactors-technical-onsite-fr")


def eop_screen() -> Ev:
    uid = f"teamtailor-interview-{hexid('eop1', 8)}-4471"
    d = ("Bonjour Pierre-Yves,\n\nMerci d'avoir réservé un créneau ! Voici le récapitulatif :\n\nPoste : Chef de "
         "projet Éolien en mer – Parc des Glénan\nDurée : 45 minutes\nAvec : Romain Salaün, Talent Acquisition "
         "Partner\nFormat : visio – premier entretien pour faire connaissance\n\nLien de connexion : "
         "https://meet.google.com/qvr-hnsd-pux\n\nÀ très vite,\nL'équipe recrutement EOP\n\n—\nPropulsé par "
         "Teamtailor")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250925T161122Z
DTSTART:20251001T080000Z
DTEND:20251001T084500Z
SUMMARY:Premier entretien – Chef de projet Éolien en mer (Parc des Glénan)
DESCRIPTION:{esc(d)}
LOCATION:https://meet.google.com/qvr-hnsd-pux
URL:https://meet.google.com/qvr-hnsd-pux
{org("eoliennes-ponant@teamtailor-mail.com", "Éoliennes Offshore du Ponant")}
{att("romain.salaun@eop-energie.fr", "Romain Salaün", style="p", ps="ACCEPTED", rsvp=False)}
{att(ME, ME_CN, style="p")}
END:VEVENT"""
    return Ev("teamtailor-fr", cal(body, "-//Teamtailor//Teamtailor Calendar//EN"), uid, True,
              "Éoliennes Offshore du Ponant", "Chef de projet Éolien en mer", "recruiter_screen",
              ("romain.salaun@eop-energie.fr",), "teamtailor-screen-utc-fr")


def acs_onsite() -> Ev:
    uid = f"wttj-{guid('acs1')}"
    d = ("Entretien sur site avec l'équipe Programmes d'Armor Câbles.\n\nParticipants : Loïc Tanguy (Directeur des "
         "opérations) et Nathalie Bréhier (Responsable RH)\nDéroulé : visite de l'usine (30 min), entretien avec "
         "Loïc (1 h), échange RH avec Nathalie (30 min).\nPrévoir des chaussures de sécurité pour la visite ; "
         "les EPI sont fournis.\n\nCet événement a été créé depuis Welcome to the Jungle – Solutions.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251015T074010Z
DTSTART;TZID=Europe/Paris:20251022T093000
DTEND;TZID=Europe/Paris:20251022T113000
SUMMARY:Entretien sur site – Chef de programme Câbles export (CDI)
LOCATION:ACS – Usine de Montoir\\, Zone portuaire de Montoir\\, 44550 Montoir-de-Bretagne
DESCRIPTION:{esc(d)}
{org("recrutement@armor-cables.com", "Armor Câbles Sous-marins")}
{att(ME, ME_CN, style="p")}
{att("loic.tanguy@armor-cables.com", "Loïc Tanguy", style="p", ps="ACCEPTED", rsvp=False)}
{att("nathalie.brehier@armor-cables.com", "Nathalie Bréhier", style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    ics = cal(body, "-//Welcome to the Jungle//ATS Calendar 1.0//FR", tz=("Europe/Paris",))
    return Ev("wttj-fr", ics, uid, True, "Armor Câbles Sous-marins", "Chef de programme Câbles export", "onsite",
              ("loic.tanguy@armor-cables.com", "nathalie.brehier@armor-cables.com"), "wttj-onsite-fr")


def sbrn_handtyped() -> Ev:
    uid = guid("sbrn1", upper=True)
    body = f"""BEGIN:VEVENT
CREATED:20251009T191244Z
DTEND:20251021T110000
DTSTAMP:20251009T191302Z
DTSTART:20251021T093000
LAST-MODIFIED:20251009T191302Z
LOCATION:Port de commerce\\, Brest
DESCRIPTION:Poste : responsable de programme arrêts techniques.\\nRDV avec Yann Quéméner (DG). Apporter CV
  papier + refs Atlantide. Parking quai Malbert
SEQUENCE:0
SUMMARY:Entretien SBRN
TRANSP:OPAQUE
UID:{uid}
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
UID:{guid("sbrn1-alarm", upper=True)}
X-WR-ALARMUID:{guid("sbrn1-alarm", upper=True)}
END:VALARM
END:VEVENT"""
    ics = cal(body, APPLE, method=None, version_first=True)
    return Ev("ios-fr", ics, uid, True, "SBRN", "Responsable de programme arrêts techniques", "",
              ("Yann Quéméner",), "ios-handtyped-floating-fr")


def vsn_agency() -> Ev:
    uid = outlook_uid("vsn1")
    d = ("Bonjour Pierre-Yves,\n\nJe vous confirme votre entretien avec notre client Vauban Systèmes Navals pour le "
         "poste de Directeur de programme sous-marins.\n\nVous serez reçu par M. Franck Hamon, Directeur industriel, "
         "qui serait votre N+1. Présentez-vous à l'accueil principal 10 minutes avant l'heure avec une pièce "
         "d'identité : votre nom figure sur la liste d'accès.\n\nN'hésitez pas à m'appeler juste après pour un "
         "débrief.\n\nBien à vous,\nÉlodie Carré\nConsultante senior – Cabinet Ancre RH\n06 12 48 90 33")
    body = f"""BEGIN:VEVENT
{org("e.carre@ancre-rh.fr", "Élodie Carré")}
{att(ME, "py.legall@wanadoo.fr")}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien client VSN – Directeur de programme sous-marins – P-Y Le Gall
DTSTART;TZID="{UTC_FR}":20251029T100000
DTEND;TZID="{UTC_FR}":20251029T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T124501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Vauban Systèmes Navals\\, 3 avenue de l'Arsenal\\, 50100 Cherbourg-en-Cotentin
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK16, tz=(UTC_FR,)), uid, True, "Vauban Systèmes Navals",
              "Directeur de programme sous-marins", "hiring_manager", ("Franck Hamon",), "agency-names-client-fr")


def eem_agency_screen() -> Ev:
    uid = f"{hexid('eem1')}@google.com"
    d = ("Entretien de qualification pour le poste de Chef de projet installation offshore chez notre client "
         "Estuaire Énergies Marines (parc de Saint-Brevin). Je vous appelle sur votre portable ; prévoir 45 min.\n\n"
         "Jérôme Aubin\nTalents Maritimes Conseil – recrutement cadres industrie navale\n02 40 18 77 60")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251002T173000
DTEND;TZID=Europe/Paris:20251002T181500
DTSTAMP:20250930T100417Z
{org("jerome.aubin@talents-maritimes.fr", "Jérôme Aubin")}
UID:{uid}
{att("jerome.aubin@talents-maritimes.fr", "Jérôme Aubin", style="g", ps="ACCEPTED", rsvp=False)}
{att(ME, ME, style="g", ps="ACCEPTED")}
CREATED:20250930T100416Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20250930T101950Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pierre-Yves Le Gall / Talents Maritimes – poste Chef de projet installation offshore (EEM)
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, True, "Estuaire Énergies Marines",
              "Chef de projet installation offshore", "recruiter_screen", ("jerome.aubin@talents-maritimes.fr",),
              "agency-screen-names-client-fr")


def altamer_calendly() -> Ev:
    uid = f"{guid('altamer1')}@calendly.com"
    d = ("Événement : Échange téléphonique – 30 min\n\nNom de l'invité : Pierre-Yves Le Gall\nE-mail de l'invité : "
         "py.legall@wanadoo.fr\nNuméro de téléphone : +33 6 71 38 22 90\n\nQuestions :\nSur quel poste avez-vous "
         "postulé ?\nProgramme Manager Maintenance O&M – Altamer Offshore\n\nUn point de 30 minutes avec Claire "
         "Morvan, chargée de recrutement, pour faire connaissance.\n\nAnnuler ou reprogrammer : "
         "https://calendly.com/cancellations/8c1d6a02-7be4-4f1a-9d33-0e58b7c3a912")
    body = f"""BEGIN:VEVENT
DTSTAMP:20251013T151849Z
DTSTART:20251016T103000Z
DTEND:20251016T110000Z
UID:{uid}
SUMMARY:Échange téléphonique – 30 min entre Claire Morvan et Pierre-Yves Le Gall
DESCRIPTION:{esc(d)}
LOCATION:Claire vous appellera au +33 6 71 38 22 90
{org("claire.morvan@altamer.fr", "Claire Morvan")}
{att(ME, ME_CN, style="p", ps="ACCEPTED", rsvp=False)}
{att("claire.morvan@altamer.fr", "Claire Morvan", style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-fr", cal(body, "-//Calendly//Calendly//EN"), uid, True, "Altamer Offshore",
              "Programme Manager Maintenance O&M", "recruiter_screen", ("claire.morvan@altamer.fr",),
              "calendly-invitee-fr")


def oceanis_bookings() -> Ev:
    uid = outlook_uid("oceanis1")
    d = ("Votre rendez-vous est confirmé.\n\nService : Entretien – Responsable programme flotteurs (60 min)\n"
         "Membre du personnel : Baptiste Lemoine\nAdresse : Océanis Power, 9 quai de la Fosse, 44000 Nantes\n\n"
         "Pour modifier ou annuler votre réservation, utilisez le lien ci-dessous.\n"
         "https://outlook.office365.com/owa/calendar/OceanisPower@oceanispower.com/bookings/\n\nOcéanis Power")
    body = f"""BEGIN:VEVENT
{org("OceanisPower@oceanispower.com", "Océanis Power – Recrutement")}
{att(ME, ME_CN)}
{att("baptiste.lemoine@oceanispower.com", "Baptiste Lemoine")}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable programme flotteurs
DTSTART;TZID=Romance Standard Time:20251105T140000
DTEND;TZID=Romance Standard Time:20251105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T210355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Océanis Power\\, 9 quai de la Fosse\\, 44000 Nantes
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-BOOKINGS-SERVICE-ID:{guid("oceanis-svc")}
END:VEVENT"""
    return Ev("bookings-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, True, "Océanis Power",
              "Responsable programme flotteurs", "", ("baptiste.lemoine@oceanispower.com",), "bookings-fr")


def floatmoor_calcom() -> Ev:
    uid = f"{hexid('floatmoor1', 22)}@Cal.com"
    d = ("Quoi : Visio 45 min\nQuand : jeudi 9 octobre 2025 18:00 - 18:45 (Europe/Paris)\nQui :\n- Gaëlle Ropars "
         "- Organisateur\n  gaelle.ropars@gmail.com\n- Pierre-Yves Le Gall\n  py.legall@wanadoo.fr\nOù : "
         "https://app.cal.com/video/pR3kT7aQ2m\nNotes supplémentaires : Suite à votre candidature pour le poste de "
         "Head of Projects chez FloatMoor (ancrages pour l'éolien flottant). Je suis la cofondatrice ; je vous "
         "présente le pilote de Groix et on parle de votre expérience de programmes.\n\nAnnuler ou reprogrammer : "
         "https://app.cal.com/booking/pR3kT7aQ2m")
    body = f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:Visio 45 min entre Gaëlle Ropars et Pierre-Yves Le Gall
DTSTAMP:20251004T092011Z
DTSTART:20251009T160000Z
DTEND:20251009T164500Z
DESCRIPTION:{esc(d)}
LOCATION:https://app.cal.com/video/pR3kT7aQ2m
{org("gaelle.ropars@gmail.com", "Gaëlle Ropars")}
{att(ME, ME_CN, style="p", ps="ACCEPTED", rsvp=False)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    ics = cal(body, "-//Cal.com Inc.//Cal.com Event//EN", version_first=True)
    return Ev("calcom-fr", ics, uid, True, "FloatMoor", "Head of Projects", "", ("gaelle.ropars@gmail.com",),
              "calcom-founder-gmail-fr")


def kerherve_recurring() -> Ev:
    uid = f"{hexid('kerherve1')}@google.com"
    d = ("Bonjour Pierre-Yves,\n\nVoici les deux demi-journées d'entretiens finaux pour le poste de Directeur de "
         "programme de Kerhervé Offshore, au siège de Concarneau :\n- J1 : entretien avec Erwan Kerhervé "
         "(Président) et moi-même ;\n- J2 : mise en situation – vous nous présentez votre plan à 100 jours.\n\n"
         "Solène Guillou\nDRH – Groupe Kerhervé" + gfooter("fr", ME))
    d2 = "Horaire modifié : la mise en situation du J2 commence à 14 h (le Président a un conseil le matin).\n\n" + d
    common = f"""{org("solene.guillou@groupe-kerherve.com", "Solène Guillou")}
UID:{uid}
{att("solene.guillou@groupe-kerherve.com", "Solène Guillou", style="g", ps="ACCEPTED", rsvp=False)}
{att("erwan.kerherve@groupe-kerherve.com", "Erwan Kerhervé", style="g", ps="ACCEPTED")}
{att(ME, ME, style="g")}
LOCATION:Kerhervé Offshore\\, 14 quai Carnot\\, 29900 Concarneau
STATUS:CONFIRMED
SUMMARY:Entretiens finaux – Directeur de programme – Kerhervé Offshore
TRANSP:OPAQUE"""
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251119T090000
DTEND;TZID=Europe/Paris:20251119T123000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20251110T080012Z
{common}
CREATED:20251107T161502Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251110T080010Z
SEQUENCE:1
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251120T140000
DTEND;TZID=Europe/Paris:20251120T173000
DTSTAMP:20251110T080012Z
RECURRENCE-ID;TZID=Europe/Paris:20251120T090000
{common}
CREATED:20251107T161502Z
DESCRIPTION:{esc(d2)}
LAST-MODIFIED:20251110T080010Z
SEQUENCE:1
END:VEVENT"""
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, True, "Kerhervé Offshore",
              "Directeur de programme", "final", ("erwan.kerherve@groupe-kerherve.com",
                                                  "solene.guillou@groupe-kerherve.com"),
              "recurring-override-final-fr")


def helios_cancel() -> Ev:
    uid = outlook_uid("helios1")
    d = ("Bonjour Monsieur Le Gall,\n\nM. Perrin n'étant finalement pas disponible à cette date, nous sommes "
         "contraints d'annuler ce créneau. Je reviens vers vous très rapidement avec de nouvelles propositions.\n\n"
         "Avec nos excuses,\nDelphine Marec\nChargée de recrutement – Hélios Aéronaval")
    body = f"""BEGIN:VEVENT
{org("delphine.marec@helios-aeronaval.fr", "Marec, Delphine")}
{att(ME, ME_CN)}
{att("guillaume.perrin@helios-aeronaval.fr", "Perrin, Guillaume")}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien – Responsable programme radars navals
DTSTART;TZID=Romance Standard Time:20251016T100000
DTEND;TZID=Romance Standard Time:20251016T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251013T165540Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Hélios Aéronaval – Élancourt\\, bâtiment Orion
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK, method="CANCEL", tz=("Romance Standard Time",)), uid, True,
              "Hélios Aéronaval", "Responsable programme radars navals", "",
              ("guillaume.perrin@helios-aeronaval.fr",), "cancelled-method-cancel-fr")


EVENTS = (navalis_screen, navalis_hm, thalassa_tech, eop_screen, acs_onsite, sbrn_handtyped, vsn_agency,
          eem_agency_screen, altamer_calendly, oceanis_bookings, floatmoor_calcom, kerherve_recurring,
          helios_cancel)
