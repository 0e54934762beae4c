"""holdout47 event corpus: the user's own interviews, French (part 2)."""

from __future__ import annotations

from holdout47ev_boiler import gfooter, meet, teams, webex, zoom
from holdout47ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    ME_CN,
    MOZ,
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
    room,
)


def caphorn_resched() -> Ev:
    uid = f"{hexid('caphorn1')}@google.com"
    d = ("Nouvel horaire : suite à un empêchement de Benoît, l'entretien est décalé au jeudi 6 novembre à 16 h. "
         "Même lien Meet.\n\nEntretien technique pour le poste de Chef de projet ingénierie navale avec Benoît Le "
         "Roux (Responsable bureau d'études) et Karine Jaouen (Ingénieure structure) : étude d'un cas de refonte "
         "à mi-vie d'un patrouilleur, sans préparation préalable.\n\nLaura Pichon – RH Cap Horn Ingénierie\n\n"
         + meet("fr", "xbe-twoq-kmd", "281 447 905") + gfooter("fr", ME))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251106T160000
DTEND;TZID=Europe/Paris:20251106T171500
DTSTAMP:20251103T090151Z
{org("laura.pichon@caphorn-ing.fr", "Laura Pichon")}
UID:{uid}
{att("benoit.leroux@caphorn-ing.fr", "Benoît Le Roux", style="g", ps="ACCEPTED")}
{att("karine.jaouen@caphorn-ing.fr", "Karine Jaouen", style="g", ps="ACCEPTED")}
{att("laura.pichon@caphorn-ing.fr", "Laura Pichon", style="g", ps="ACCEPTED", rsvp=False)}
{att(ME, ME, style="g", ps="ACCEPTED")}
X-GOOGLE-CONFERENCE:https://meet.google.com/xbe-twoq-kmd
CREATED:20251024T133012Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251103T090150Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Entretien technique – Chef de projet ingénierie navale (nouvel horaire)
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, True, "Cap Horn Ingénierie",
              "Chef de projet ingénierie navale", "technical",
              ("benoit.leroux@caphorn-ing.fr", "karine.jaouen@caphorn-ing.fr"), "rescheduled-sequence-fr")


def lumen_ios() -> Ev:
    uid = guid("lumen1", upper=True)
    body = f"""BEGIN:VEVENT
CREATED:20251104T201733Z
DTEND;TZID=Europe/Paris:20251114T153000
DTSTAMP:20251104T201750Z
DTSTART;TZID=Europe/Paris:20251114T140000
LAST-MODIFIED:20251104T201750Z
LOCATION:Lumen Hydrographie\\n5 rue Dupleix\\, 56100 Lorient\\, France
DESCRIPTION:2e entretien avec le dir. des opérations. Demander périmètre flotte hydro + télétravail
SEQUENCE:0
SUMMARY:Entretien Lumen Hydro
TRANSP:OPAQUE
UID:{uid}
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="5 rue Dupleix, 56100 Lorient, France";X-APPLE-RADIUS=70
 ;X-TITLE=Lumen Hydrographie:geo:47.747219,-3.366712
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT"""
    ics = cal(body, APPLE, method=None, tz=("Europe/Paris/apple",),
              version_first=True, head="CALSCALE:GREGORIAN")
    return Ev("ios-fr", ics, uid, True, "Lumen Hydrographie", "", "", (), "ios-handtyped-structured-loc-fr")


def thalassa_final() -> Ev:
    uid = outlook_uid("thalassa2")
    d = ("Bonjour Pierre-Yves,\n\nPour la dernière étape du processus, vous rencontrerez Bertrand Saliou, "
         "Directeur général adjoint, et Isabelle Kerneis, Directrice des ressources humaines.\n\nÀ l'issue de cet "
         "entretien final, nous reviendrons vers vous sous une semaine.\n\nCordialement,\nTalent Acquisition\n"
         "Thalassa Systèmes\n\n" + teams("fr", "381 004 276 112", "gZ3bP8", "OGI0ZDc2MjgtZWFiZS00"))
    body = f"""BEGIN:VEVENT
{org("talent.acquisition@thalassa-sys.com", "Talent Acquisition Thalassa")}
{att(ME, ME_CN)}
{att("bertrand.saliou@thalassa-sys.com", "SALIOU Bertrand")}
{att("isabelle.kerneis@thalassa-sys.com", "KERNEIS Isabelle")}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien final - Chef de projet Systèmes de combat - LE GALL Pierre-Yves
DTSTART;TZID=Romance Standard Time:20251028T170000
DTEND;TZID=Romance Standard Time:20251028T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T120844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
{alt(d)}
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, True, "Thalassa Systèmes",
              "Chef de projet Systèmes de combat", "final",
              ("bertrand.saliou@thalassa-sys.com", "isabelle.kerneis@thalassa-sys.com"), "outlook-teams-final-fr")


def eole_zoom() -> Ev:
    uid = f"ZOOM{hexid('ead1', 11)}"
    d = ("Entretien pour le poste de Chef de projet développement offshore, avec Ronan Guillemot (Directeur "
         "offshore) et Lucie Perrault (Cheffe de projet senior).\n\n"
         + zoom("fr", "Ronan Guillemot", "842 1193 5567", "229104"))
    body = f"""BEGIN:VEVENT
DTSTAMP:20251105T101233Z
DTSTART;TZID=Europe/Paris:20251112T110000
DTEND;TZID=Europe/Paris:20251112T120000
SUMMARY:Entretien Pierre-Yves Le Gall - EAD
UID:{uid}
DESCRIPTION:{esc(d)}
LOCATION:https://us06web.zoom.us/j/84211935567?pwd=Qm229104RzZ0b1lQTkp3UT09
{org("ronan.guillemot@eole-atlantique.fr", "Ronan Guillemot")}
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT"""
    ics = cal(body, "-//zoom.us//iCalendar Event//EN",
              method="PUBLISH", tz=("Europe/Paris",), version_first=True)
    return Ev("zoom-fr", ics, uid, True, "Eole Atlantique Développement", "Chef de projet développement offshore",
              "", ("ronan.guillemot@eole-atlantique.fr", "Lucie Perrault"), "zoom-export-acronym-title-fr")


def tns_outlook() -> Ev:
    uid = outlook_uid("tns1")
    d = ("Bonjour Pierre-Yves,\n\nMerci pour votre candidature. Je vous propose un entretien dans nos locaux de "
         "Brest pour échanger sur le poste de Responsable Programme MCO, qui me serait rattaché.\n\nSalle Iroise, "
         "2e étage – demandez-moi à l'accueil.\n\nMorgane Kervella\nDirectrice des Opérations\nTNS – Triskell Naval "
         "Services\n02 98 41 70 12")
    body = f"""BEGIN:VEVENT
{org("morgane.kervella@triskell-ns.fr", "Kervella, Morgane")}
{att(ME, "py.legall@wanadoo.fr")}
{room("salle.iroise@triskell-ns.fr", "BRE-Salle Iroise (8)")}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable Programme MCO
DTSTART;TZID="{UTC_FR}":20251118T100000
DTEND;TZID="{UTC_FR}":20251118T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T171045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:BRE-Salle Iroise (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
{alt(d)}
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK16, tz=(UTC_FR,)), uid, True, "Triskell Naval Services",
              "Responsable Programme MCO", "hiring_manager", ("morgane.kervella@triskell-ns.fr",),
              "outlook-utc-zone-room-fr")


def cno_thunderbird() -> Ev:
    uid = guid("cno1")
    d = ("Bonjour M. Le Gall,\n\nSuite à nos deux premiers échanges, je vous propose un dernier entretien à "
         "Bénodet avec notre président, M. Alain Cariou, et moi-même, pour le poste de Directeur de site. Nous "
         "ferons ensuite le tour du chantier (prévoir une tenue adaptée).\n\nBien cordialement,\nYves Nédélec\n"
         "Directeur général délégué – Chantier Naval de l'Odet")
    body = f"""BEGIN:VEVENT
CREATED:20251112T082217Z
LAST-MODIFIED:20251112T082533Z
DTSTAMP:20251112T082533Z
UID:{uid}
SUMMARY:Entretien final – Directeur de site CNO
ORGANIZER;RSVP=TRUE;CN=Yves Nédélec;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:y.nedelec@cnodet.fr
ATTENDEE;RSVP=TRUE;CN=Alain Cariou;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:a.cariou@cnodet.fr
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME}
DTSTART;TZID=Europe/Paris:20251126T143000
DTEND;TZID=Europe/Paris:20251126T170000
LOCATION:Chantier Naval de l'Odet\\, 2 quai de l'Odet\\, 29950 Bénodet
DESCRIPTION:{esc(d)}
SEQUENCE:0
TRANSP:OPAQUE
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
X-MOZ-GENERATION:2
END:VEVENT"""
    return Ev("thunderbird-fr", cal(body, MOZ, tz=("Europe/Paris",)), uid, True, "Chantier Naval de l'Odet",
              "Directeur de site", "final", ("y.nedelec@cnodet.fr", "a.cariou@cnodet.fr"), "thunderbird-final-fr")


def sirocco_workday() -> Ev:
    uid = f"WD-INTV-{hexid('sirocco1', 16).upper()}@myworkday.com"
    d = ("Candidat : Pierre-Yves Le Gall\nPoste : Programme Manager Éolien Flottant (R-004512)\nType d'entretien : "
         "Entretien technique\nIntervenants : Hugo Marchetti (Head of Engineering), Inés Castro (Lead Package "
         "Manager)\nLieu : Microsoft Teams\n\nSirocco Wind France SAS – filiale de Siroco Energía S.A.\n\n"
         + teams("fr", "392 561 880 437", "Ds2vL4", "ZTI4NmE1OGMtOWRjYy00"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251020T143002Z
DTSTART:20251027T130000Z
DTEND:20251027T141500Z
SUMMARY:Entretien : Programme Manager Éolien Flottant (R-004512)
DESCRIPTION:{esc(d)}
LOCATION:Microsoft Teams
{org("siroccowind@myworkday.com", "Sirocco Wind France - Recrutement")}
{att(ME, ME_CN, style="p")}
{att("hugo.marchetti@siroccowind.com", "Hugo Marchetti", style="p")}
{att("ines.castro@siroccowind.com", "Inés Castro", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("workday-fr", cal(body, "-//Workday//Workday Calendar Invite//EN"), uid, True, "Sirocco Wind France",
              "Programme Manager Éolien Flottant", "technical",
              ("hugo.marchetti@siroccowind.com", "ines.castro@siroccowind.com"), "workday-technical-parent-fr")


def cmc_final() -> Ev:
    uid = f"{hexid('cmc1')}@google.com"
    d = ("Bonjour Pierre-Yves,\n\nComme annoncé, voici le dernier entretien du processus pour le poste de "
         "Responsable programme renouvellement de flotte. Vous rencontrerez Isabelle Gourvès, notre directrice "
         "administrative et financière, et moi-même.\n\nCatherine (en copie) s'occupe de la logistique si besoin "
         "d'un badge parking.\n\nOlivier Rialland\nDirecteur général – CMC\n\n" + meet("fr", "gty-pqas-vnb",
                                                                                       "730 118 264")
         + gfooter("fr", ME))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251203T100000
DTEND;TZID=Europe/Paris:20251203T113000
DTSTAMP:20251126T174520Z
{org("olivier.rialland@cmcroisic.fr", "Olivier Rialland")}
UID:{uid}
{att("olivier.rialland@cmcroisic.fr", "Olivier Rialland", style="g", ps="ACCEPTED", rsvp=False)}
{att("isabelle.gourves@cmcroisic.fr", "Isabelle Gourvès", style="g", ps="ACCEPTED")}
{att("catherine.legoff@cmcroisic.fr", "Catherine Le Goff", style="g", role="NON-PARTICIPANT", ps="ACCEPTED")}
{att(ME, ME, style="g")}
X-GOOGLE-CONFERENCE:https://meet.google.com/gty-pqas-vnb
CREATED:20251126T174519Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251126T174519Z
LOCATION:Compagnie Maritime du Croisic\\, 7 quai de la Petite Chambre\\, 44490 Le Croisic
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dernier entretien – Responsable programme renouvellement de flotte
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, True, "Compagnie Maritime du Croisic",
              "Responsable programme renouvellement de flotte", "final",
              ("olivier.rialland@cmcroisic.fr", "isabelle.gourves@cmcroisic.fr"), "google-final-coordinator-fr")


def anr_allday() -> Ev:
    uid = f"{hexid('anr1')}@google.com"
    d = ("Bonjour Pierre-Yves,\n\nVoici le programme de votre journée d'immersion à Saint-Malo :\n"
         "8h30 accueil et café\n9h00 visite des cales et de l'atelier coque\n10h30 entretien avec Patrick Briand, "
         "directeur général\n11h30 entretien avec Sébastien Hervé, responsable production\n12h30 déjeuner avec "
         "l'équipe projets\n14h00 entretien RH avec moi-même\n\nMélanie Josse\nDRH – ANR")
    body = f"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20251204
DTEND;VALUE=DATE:20251205
DTSTAMP:20251124T110233Z
{org("melanie.josse@anr-stmalo.fr", "Mélanie Josse")}
UID:{uid}
{att("melanie.josse@anr-stmalo.fr", "Mélanie Josse", style="g", ps="ACCEPTED", rsvp=False)}
{att("patrick.briand@anr-stmalo.fr", "Patrick Briand", style="g", ps="ACCEPTED")}
{att("sebastien.herve@anr-stmalo.fr", "Sébastien Hervé", style="g", ps="ACCEPTED")}
{att(ME, ME, style="g")}
CREATED:20251124T110232Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251124T110232Z
LOCATION:Atelier Naval de la Rance\\, quai Saint-Louis\\, 35400 Saint-Malo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'immersion – Atelier Naval de la Rance
TRANSP:TRANSPARENT
END:VEVENT"""
    return Ev("google-fr", cal(body, GOOGLE), uid, True, "Atelier Naval de la Rance", "", "onsite",
              ("patrick.briand@anr-stmalo.fr", "sebastien.herve@anr-stmalo.fr", "melanie.josse@anr-stmalo.fr"),
              "allday-onsite-fr")


def apn_webex() -> Ev:
    uid = f"{hexid('apn1', 32).upper()}"
    d = ("Monsieur,\n\nVous êtes convoqué à l'audition devant le jury de sélection pour le poste d'architecte de "
         "programme naval (catégorie A+, contrat de 3 ans) de l'Agence des Programmes Navals.\n\nComposition du "
         "jury : l'ingénieur général Marc Tessier (président), Mme Hélène Vasseur (sous-directrice des ressources "
         "humaines), M. Arnaud Pichon (architecte de programme).\nDurée : 45 minutes, dont 10 minutes de "
         "présentation de votre parcours.\n\nLe bureau du recrutement de l'APN\n\n"
         + webex("fr", "apn-defense", "2741 118 3390", "Nm4q8PzR"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251114T090000Z
DTSTART;TZID=Europe/Paris:20251125T093000
DTEND;TZID=Europe/Paris:20251125T101500
SUMMARY:Audition – architecte de programme naval – APN
DESCRIPTION:{esc(d)}
LOCATION:https://apn-defense.webex.com/apn-defense/j.php?MTID=m4f0c2a9e7d1b83c65a0e9f2d71b4c8e3
{org("bureau.recrutement@apn-defense.fr", "Bureau du recrutement APN")}
{att(ME, ME_CN, style="p")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    ics = cal(body, "-//Cisco//Webex Meetings//FR", tz=("Europe/Paris",))
    return Ev("webex-fr", ics, uid, True, "Agence des Programmes Navals", "Architecte de programme naval", "final",
              ("Marc Tessier", "Hélène Vasseur", "Arnaud Pichon"), "webex-jury-public-fr")


def mistral_xwr() -> Ev:
    uid = f"{hexid('mistral1')}@google.com"
    body = f"""BEGIN:VEVENT
DTSTART:20251007T123000
DTEND:20251007T130000
DTSTAMP:20251007T061244Z
UID:{uid}
CREATED:20251003T154401Z
DESCRIPTION:Appel de préqualification avec Sophie Arnaud (RH) – poste Programme Manager Navires de
  soutien. 20-30 min\\, elle appelle sur le portable.
LAST-MODIFIED:20251003T154401Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel RH Mistral Marine Engineering
TRANSP:OPAQUE
END:VEVENT"""
    ics = cal(body, GOOGLE, method="PUBLISH", head="X-WR-CALNAME:py.legall@wanadoo.fr\nX-WR-TIMEZONE:Europe/Paris")
    return Ev("google-export-fr", ics, uid, True, "Mistral Marine Engineering",
              "Programme Manager Navires de soutien", "recruiter_screen", ("Sophie Arnaud",),
              "xwr-timezone-floating-phone-fr")


def helios_rebooked() -> Ev:
    uid = outlook_uid("helios2")
    d = ("Bonjour Monsieur Le Gall,\n\nComme convenu par téléphone, voici le nouveau créneau pour votre entretien "
         "avec Guillaume Perrin, Directeur technique, au sujet du poste de Responsable programme radars navals. "
         "J'y participerai également pour la partie RH.\n\nCordialement,\nDelphine Marec\n"
         "Chargée de recrutement – Hélios Aéronaval")
    body = f"""BEGIN:VEVENT
{org("delphine.marec@helios-aeronaval.fr", "Marec, Delphine")}
{att(ME, ME_CN)}
{att("guillaume.perrin@helios-aeronaval.fr", "Perrin, Guillaume")}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable programme radars navals (nouvelle date)
DTSTART;TZID=Romance Standard Time:20251024T090000
DTEND;TZID=Romance Standard Time:20251024T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T093011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hélios Aéronaval – Élancourt\\, bâtiment Orion\\, salle 2.14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
{alt(d)}
END:VEVENT"""
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, True, "Hélios Aéronaval",
              "Responsable programme radars navals", "",
              ("guillaume.perrin@helios-aeronaval.fr", "delphine.marec@helios-aeronaval.fr"),
              "outlook-rebooked-fr")


EVENTS = (caphorn_resched, lumen_ios, thalassa_final, eole_zoom, tns_outlook, cno_thunderbird, sirocco_workday,
          cmc_final, anr_allday, apn_webex, mistral_xwr, helios_rebooked)
