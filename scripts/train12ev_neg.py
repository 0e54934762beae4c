"""Train12 negatives, part A: Amélie interviewing and hiring for Clinique Saint-Roch (never her own interview)."""

from __future__ import annotations

from train12ev_ics import Ev
from train12ev_neg_b import other_negatives
from train12ev_pos_b import AM, AW, p
from train12ev_world import GOOGLE_FOOTER, video

PERRIN = "Étienne Perrin <e.perrin@clinique-saint-roch.fr>"
MARCHAL = "Isabelle Marchal <i.marchal@clinique-saint-roch.fr>"
CARON = "Sylvie Caron <s.caron@clinique-saint-roch.fr>"
MASSON = "Julien Masson <j.masson@clinique-saint-roch.fr>"
NADIA = "Nadia Belkacem <recrutement@clinique-saint-roch.fr>"
ROOM_PUI = "room:Salle de réunion PUI (RDC) <salle.pui@clinique-saint-roch.fr>"
ROOM_DIR = "room:Salle du Conseil – Direction <salle.conseil@clinique-saint-roch.fr>"


def N(kind: str, lang: str, title: str, desc: str, org: str, atts: list[str], trap: str, **kw: object) -> Ev:
    """Given a compact description of an event that is not Amélie's own interview, returns its Ev."""
    ev = Ev(kind, lang, title, desc, p(org) if org else None, [p(a) for a in atts], trap=trap)
    for k, v in kw.items():
        setattr(ev, k, v)
    return ev


def side_negatives() -> list[Ev]:
    """Returns events where Amélie interviews, scores or decides on candidates at the clinic."""
    g = GOOGLE_FOOTER
    ui = "user_as_interviewer"
    return [
        N("cand-gmail-prep", "fr", "Entretien préparateur – Léa Martin",
          "Candidate au poste de préparatrice en pharmacie hospitalière (CDI). CV en pièce jointe.\nGrille "
          "d'entretien : intranet > RH > Recrutement.", AW, ["Léa Martin <lea.martin92@gmail.com>", CARON, ROOM_PUI],
          ui, style="outlook"),
        N("cand-univ-intern", "fr", "Entretien interne – Tom Girard (5AHU)",
          "Entretien de sélection pour le stage d'interne en pharmacie, semestre de mai.", AW,
          ["Tom Girard <tom.girard@etu.univ-lyon1.fr>", MASSON], ui, style="outlook"),
        N("kit-prep", "fr", "Préparer grille d'entretien – recrutement préparateurs",
          "Relire les 3 CV, adapter les questions sur la stérilisation et les chimiothérapies.", AW, [], ui,
          style="outlook", minutes=30),
        N("scorecard", "fr", "Remplir les fiches d'évaluation candidats (préparateurs)",
          "À rendre à Nadia avant vendredi midi.", NADIA, [AW], ui, style="outlook", minutes=30),
        N("debrief", "fr", "Débrief candidats préparateurs – décision",
          "Tour de table sur Léa M., Kevin D. et Sarah B.", MARCHAL, [AW, CARON, MASSON, ROOM_DIR], ui,
          style="outlook"),
        N("hiring-committee", "fr", "Commission de recrutement – interne pharmacie",
          "Ordre du jour : classement des candidats internes pour le semestre de mai.", PERRIN,
          [AW, MASSON, MARCHAL, ROOM_DIR], ui, style="outlook", minutes=90),
        N("loop-en", "en", "Interview loop – Pharmacy Technician candidates (day 2)",
          "09:00 Kevin Dubois\n10:00 Sarah Benhamou\n11:00 debrief\nInterviewers: Amélie, Sylvie", NADIA,
          [AW, CARON, ROOM_PUI], ui, style="outlook", minutes=150),
        N("calendly-host", "en", "Kevin Dubois and Amélie Duval",
          "Event Name: Pharmacy technician – interview (30 min)\nInvitee: Kevin Dubois\nInvitee Email: "
          "kevin.dubois.pro@hotmail.fr\n\n" + video("zoom", "en", 21),
          "chair:Amélie Duval <a.duval@clinique-saint-roch.fr>",
          ["Kevin Dubois <kevin.dubois.pro@hotmail.fr>"], "calendly_user_is_host", style="ats",
          prodid="-//Calendly//Calendly//EN", minutes=30),
        N("shadowing", "fr", "Binôme entretien – Julien observe",
          "Julien assiste à l'entretien de Sarah B. en observateur (formation recruteur).", AW,
          [MASSON, "Sarah Benhamou <sarah.benhamou@laposte.net>"], "shadowing_as_interviewer", style="outlook"),
        N("interview-note-first-person", "fr", "Je reçois une candidate interne (stage)", "pense à demander "
          "ses dispo juillet", "", [], "first_person_interviewer_note", style="handtyped", floating=True),
        N("candidate-de", "de", "Vorstellungsgespräch PTA – Herr Yıldız",
          "Bewerber aus Lyon, spricht Deutsch und Französisch. Gespräch auf Deutsch gewünscht.", AW,
          ["Emre Yıldız <emre.yildiz@web.de>", CARON], ui, style="outlook"),
        N("candidate-es", "es", "Entrevista candidata técnica farmacia – Lucía Gómez",
          "Candidata de Valencia para la plaza de técnico. Entrevista por Teams.\n" + video("teams", "es", 22), AW,
          ["Lucía Gómez <lucia.gomez.tf@hotmail.es>"], ui, style="outlook", tz="Europe/Paris"),
        N("agency-sends-candidate", "fr", "Présentation candidat – préparateur intérim (Adecco Médical)",
          "Bonjour Madame Duval, je vous présente M. Hugo Lemaire pour la mission de préparateur. Il se présentera "
          "à la PUI à 14h.", "Céline Roux <celine.roux@interim-medical-rhone.fr>",
          [AW, "Hugo Lemaire <hugo.lemaire@gmail.com>"], "agency_sends_candidate_to_user"),
        N("hiring-sync-recurring", "fr", "Point recrutement hebdo – PUI",
          "Suivi des postes ouverts : 2 préparateurs, 1 interne.", MARCHAL, [AW, NADIA],
          "recurring_hiring_sync_override", style="outlook", rrule="FREQ=WEEKLY;COUNT=6", override=(2, 30, ""),
          minutes=30),
        N("calibration-en", "en", "Interviewer calibration – technician hiring",
          "Align on scoring (1–4) before the next batch of candidates.", NADIA, [AW, CARON, MASSON], ui,
          style="outlook"),
        N("cancelled-candidate", "fr", "ANNULÉ : Entretien candidat – M. Diallo",
          "Le candidat a retiré sa candidature.", AW, ["Moussa Diallo <moussa.diallo@outlook.fr>"],
          "cancelled_user_as_interviewer", status="CANCELLED", style="outlook", seq=1),
        N("intern-selection-allday", "fr", "Jury sélection internes – journée",
          "Jury : Dr Perrin, A. Duval, J. Masson. 8 candidats.", PERRIN, [AW, MASSON], "hiring_committee_allday",
          allday=True, style="outlook", minutes=1440),
        N("training-interviewer", "fr", "Formation « Mener un entretien de recrutement » (managers)",
          "Module RH obligatoire pour les encadrants. Salle de formation niveau -1.", MARCHAL, [AW, MASSON],
          "interviewer_training", style="outlook", minutes=180),
        N("intake-own-vacancy", "fr", "Fiche de poste préparateur – point avec Nadia",
          "Valider la fiche de poste et le circuit de recrutement avant diffusion.", NADIA, [AW],
          "recruiter_intake_own_vacancy", style="outlook", minutes=30),
        N("google-candidate-en", "en", "Interview: Pharmacy intern applicant – Chloé Renard",
          video("meet", "en", 23) + "\n\n" + g["en"], "chair:Amélie Duval <amelie.duval@free.fr>",
          [AM, "Chloé Renard <chloe.renard@etu.univ-lyon1.fr>"], "user_interviewer_from_private"),
        N("trial-day-hosted", "fr", "Journée d'essai – candidate préparatrice (Léa M.)",
          "Léa vient en immersion à la PUI. Accueil par Amélie à 8h.", AW,
          [CARON, "Léa Martin <lea.martin92@gmail.com>"],
          "trial_day_user_hosts", style="outlook", minutes=420),
        N("reference-check-given", "fr", "Prise de références – candidat Kevin Dubois",
          "J'appelle son ancien responsable à l'hôpital de Vienne.", AW, [], "user_checks_references",
          style="outlook", minutes=20),
        N("panel-de", "de", "Auswahlgespräch Praktikant:innen Pharmazie – Jury",
          "Wir (Dr. Perrin, Amélie Duval) führen die Gespräche mit drei Bewerber:innen aus Freiburg.", PERRIN,
          [AW, "Lena Vogel <lena.vogel@uni-freiburg.de>"], ui, style="outlook"),
        N("es-comision", "es", "Comisión de selección – plaza técnico de farmacia",
          "Valoración de candidaturas y entrevistas. Amélie preside.", AW, [MARCHAL, CARON, ROOM_DIR], ui,
          style="outlook", minutes=120),
    ]


def negatives() -> list[Ev]:
    """Returns every train12 negative."""
    return side_negatives() + other_negatives()
