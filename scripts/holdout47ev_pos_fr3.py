"""holdout47 event corpus: the user's own interviews, French (part 3)."""

from __future__ import annotations

from holdout47ev_boiler import gfooter, meet, teams, zoom
from holdout47ev_ics import GOOGLE, ME, ME_CN, Ev, att, cal, esc, guid, hexid, org


def ccn_taleez() -> Ev:
    uid = f"taleez-{hexid('ccn1', 20)}"
    d = ("Bonjour Pierre-Yves,\n\nVotre entretien avec Cotentin Composites Navals est confirmé.\n\nInterlocuteur : "
         "Thierry Lecanu, Directeur général\nDurée : 1 heure\nFormat : visioconférence (Zoom)\n\n"
         + zoom("fr", "Thierry Lecanu", "871 5520 3346", "558201")
         + "\n\nBonne préparation !\nL'équipe Cotentin Composites Navals\n\nEnvoyé avec Taleez")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251016T081540Z
DTSTART;TZID=Europe/Paris:20251024T160000
DTEND;TZID=Europe/Paris:20251024T170000
SUMMARY:Votre entretien pour l'offre Responsable de programme (H/F)
DESCRIPTION:{esc(d)}
LOCATION:Zoom
{org("notifications@taleez.com", "Cotentin Composites Navals")}
{att(ME, ME_CN, style="p")}
{att("thierry.lecanu@ccn-composites.fr", "Thierry Lecanu", style="p", ps="ACCEPTED", rsvp=False)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("taleez-fr", cal(body, "-//Taleez//Taleez Agenda//FR", tz=("Europe/Paris",)), uid, True,
              "Cotentin Composites Navals", "Responsable de programme", "", ("thierry.lecanu@ccn-composites.fr",),
              "taleez-zoom-company-in-body-fr")


def brightwater_lever_case() -> Ev:
    uid = f"lever-{guid('bw-case')}"
    d = ("Bonjour Pierre-Yves,\n\nVoici l'invitation pour l'étude de cas (poste : Senior Project Manager – Cable "
         "Lay, Marseille). Vous aurez 20 minutes pour présenter le cas reçu par e-mail (planning de mobilisation "
         "d'un navire câblier), puis 40 minutes de questions avec Nicolas Fabre (Project Director) et Emma "
         "Whitfield (Head of PMO).\n\nBonne préparation,\nOlivia Grant\nTalent Partner – Brightwater Subsea\n\n"
         + teams("fr", "366 902 114 580", "Hh8mR2", "MWQ3YjFiNzAtMmE4Yy00"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251103T133318Z
DTSTART;TZID=Europe/Paris:20251110T100000
DTEND;TZID=Europe/Paris:20251110T110000
SUMMARY:Pierre-Yves Le Gall – Étude de cas (Senior Project Manager – Cable Lay)
DESCRIPTION:{esc(d)}
LOCATION:Microsoft Teams
{org("olivia.grant@brightwater-subsea.com", "Olivia Grant")}
{att("nicolas.fabre@brightwater-subsea.com", "Nicolas Fabre", style="p")}
{att("emma.whitfield@brightwater-subsea.com", "Emma Whitfield", style="p")}
{att(ME, ME_CN, style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("lever-fr", cal(body, "-//Lever//Lever Hire//EN", tz=("Europe/Paris",)), uid, True,
              "Brightwater Subsea", "Senior Project Manager – Cable Lay", "technical",
              ("nicolas.fabre@brightwater-subsea.com", "emma.whitfield@brightwater-subsea.com"), "lever-case-study-fr")


def emg_headhunter_note() -> Ev:
    uid = f"{hexid('emg1')}@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251014T124500
DTEND;TZID=Europe/Paris:20251014T132000
DTSTAMP:20251010T202144Z
ORGANIZER;CN=py.legall@wanadoo.fr:mailto:{ME}
UID:{uid}
CREATED:20251010T202143Z
DESCRIPTION:Yolanda Prieto (Marlin Executive Search). Poste directeur de programme parc flottant pour Eólica
  Marina Galega\\, basé à Vigo. Elle m'appelle sur le portable pendant la pause déj.\\nPréparer : salaire\\,
  mobilité Espagne\\, niveau espagnol.
LAST-MODIFIED:20251010T202309Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call chasseur Marlin – poste EMG Vigo
TRANSP:OPAQUE
END:VEVENT"""
    ics = cal(body, GOOGLE, method="PUBLISH", tz=("Europe/Paris",),
              head="X-WR-CALNAME:Perso\nX-WR-TIMEZONE:Europe/Paris")
    return Ev("google-export-fr", ics, uid, True, "Eólica Marina Galega", "Directeur de programme parc flottant",
              "recruiter_screen", ("Yolanda Prieto",), "handtyped-headhunter-names-client-fr")


def eop_hm() -> Ev:
    uid = f"{hexid('eop2')}@google.com"
    d = ("Bonjour Pierre-Yves,\n\nRomain m'a transmis votre dossier. Je vous propose un échange d'une heure sur le "
         "poste de Chef de projet Éolien en mer – Parc des Glénan : c'est mon équipe, vous me seriez rattaché.\n\n"
         "À jeudi,\nAurélie Cadiou\nDirectrice de projets – EOP\n\n" + meet("fr", "ksw-dmxe-zro", "904 336 127")
         + gfooter("fr", ME))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251016T180000
DTEND;TZID=Europe/Paris:20251016T190000
DTSTAMP:20251008T071502Z
{org("aurelie.cadiou@eop-energie.fr", "Aurélie Cadiou")}
UID:{uid}
{att("aurelie.cadiou@eop-energie.fr", "Aurélie Cadiou", style="g", ps="ACCEPTED", rsvp=False)}
{att(ME, ME, style="g")}
X-GOOGLE-CONFERENCE:https://meet.google.com/ksw-dmxe-zro
CREATED:20251008T071501Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251008T071501Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EOP – échange avec Aurélie Cadiou / Pierre-Yves Le Gall
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, True, "Éoliennes Offshore du Ponant",
              "Chef de projet Éolien en mer", "hiring_manager", ("aurelie.cadiou@eop-energie.fr",),
              "google-direct-hm-acronym-fr")


def eem_smartrecruiters() -> Ev:
    uid = f"{guid('eem2')}@smartrecruiters.com"
    d = ("Bonjour Pierre-Yves,\n\nVotre entretien pour le poste Chef de projet installation offshore chez Estuaire "
         "Énergies Marines est confirmé.\n\nType d'entretien : entretien avec le manager\nAvec : Vincent Rabault, "
         "Directeur de projet – Parc de Saint-Brevin\nAdresse : 18 boulevard de la Légion d'Honneur, 44600 "
         "Saint-Nazaire (3e étage)\n\nBesoin de changer l'horaire ? Répondez à cet e-mail.\n\n"
         "Propulsé par SmartRecruiters")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251022T092244Z
DTSTART:20251030T090000Z
DTEND:20251030T100000Z
SUMMARY:Entretien - Chef de projet installation offshore - Estuaire Énergies Marines
DESCRIPTION:{esc(d)}
LOCATION:18 boulevard de la Légion d'Honneur\\, 44600 Saint-Nazaire
{org("noreply@smartrecruiters.com", "Estuaire Énergies Marines")}
{att(ME, ME_CN, style="p")}
{att("vincent.rabault@eem-energie.fr", "Vincent Rabault", style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("smartrecruiters-fr", cal(body, "-//SmartRecruiters//Interview Scheduling//EN"), uid, True,
              "Estuaire Énergies Marines", "Chef de projet installation offshore", "hiring_manager",
              ("vincent.rabault@eem-energie.fr",), "smartrecruiters-hm-fr")


def mistral_workable() -> Ev:
    uid = f"{hexid('mistral2', 24)}@workable.com"
    d = ("Entretien technique (1 h 30) avec Damien Fournel, responsable ingénierie, et Agnès Lebrun, cheffe de "
         "programme. Étude de cas : replanifier la construction d'un navire de soutien après un retard "
         "fournisseur.\n\nAdresse : Mistral Marine Engineering, 45 boulevard des Océans, 13008 Marseille\n\n"
         "Ce rendez-vous a été planifié avec Workable.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251020T084412Z
DTSTART;TZID=Europe/Paris:20251107T140000
DTEND;TZID=Europe/Paris:20251107T153000
SUMMARY:Entretien : Pierre-Yves Le Gall pour Programme Manager Navires de soutien
DESCRIPTION:{esc(d)}
LOCATION:45 boulevard des Océans\\, 13008 Marseille
{org("sophie.arnaud@mistral-me.com", "Sophie Arnaud")}
{att(ME, ME_CN, style="p")}
{att("damien.fournel@mistral-me.com", "Damien Fournel", style="p")}
{att("agnes.lebrun@mistral-me.com", "Agnès Lebrun", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("workable-fr", cal(body, "-//Workable//Workable Events//EN", tz=("Europe/Paris",)), uid, True,
              "Mistral Marine Engineering", "Programme Manager Navires de soutien", "technical",
              ("damien.fournel@mistral-me.com", "agnes.lebrun@mistral-me.com"), "workable-technical-fr")


EVENTS = (ccn_taleez, brightwater_lever_case, emg_headhunter_note, eop_hm, eem_smartrecruiters, mistral_workable)
