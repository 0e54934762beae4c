"""holdout198: personal life and job-search look-alikes (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev


def n(kind, uid, trap, ics, eol="\r\n"):
    return ev(kind, uid, 0, "", "", "", "", trap, ics, eol=eol)


EVENTS = [
    n("examen-medical", "SF-PREEMP-MED-0c1d2e3f-hq-41207",
      "pre-employment-medical-after-offer", r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Onboarding//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-PREEMP-MED-0c1d2e3f-hq-41207
DTSTAMP:20261120T150000Z
DTSTART:20261201T133000Z
DTEND:20261201T143000Z
SUMMARY:Hydro-Québec | Examen médical préembauche
DESCRIPTION:Bonjour Marie-Ève\,\n\nDans le cadre de votre processus d'embauche\, un rendez-vous pour l'examen médical préembauche a été fixé avec la clinique partenaire. Apportez votre carte d'assurance maladie et la liste de vos médicaments. À jeun depuis minuit pour la prise de sang.\n\nClinique Santé au travail\, 2600 boul. Laurier\, bureau 140\, Québec
LOCATION:2600 boul. Laurier\, bureau 140\, Québec
ORGANIZER;CN=Hydro-Québec Recrutement:mailto:noreply-recrutement@successfactors.com
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    n("empreintes-securite", "psrs-pch-1842-security-fingerprints@cfp-psc.gc.ca",
      "federal-security-clearance-fingerprints", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:psrs-pch-1842-security-fingerprints@cfp-psc.gc.ca
DTSTAMP:20261120T130000Z
DTSTART:20261127T160000Z
DTEND:20261127T163000Z
SUMMARY:Empreintes digitales – vérification de sécurité (cote de fiabilité) / Fingerprinting – reliability status
DESCRIPTION:Commissionaires Québec\, 1000 route de l'Église\, bureau 200\, Québec. Apporter 2 pièces d'identité et le formulaire TBS/SCT 330-23 rempli.
LOCATION:1000 route de l'Église\, bureau 200
END:VEVENT
END:VCALENDAR
"""),
    n("entrevue-recherche", "recherche-communicateurs-publics-p17@ulaval.ca",
      "research-interview-user-is-participant", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:recherche-communicateurs-publics-p17@ulaval.ca
DTSTAMP:20261008T140000Z
DTSTART;TZID=America/Toronto:20261022T120000
DTEND;TZID=America/Toronto:20261022T130000
SUMMARY:Entrevue de recherche – Projet « Communiquer l'État » (participante 17)
DESCRIPTION:Bonjour Madame Gagnon\,\n\nMerci d'avoir accepté de participer à notre étude sur les pratiques des communicateurs gouvernementaux. L'entrevue semi-dirigée durera environ 60 minutes et sera enregistrée (audio seulement)\, avec votre consentement. Approbation CÉRUL 2026-118.\n\nAudrey-Anne Côté\, doctorante\nDépartement d'information et de communication\, Université Laval
LOCATION:Zoom
ORGANIZER;CN=Audrey-Anne Côté:mailto:audrey-anne.cote.3@ulaval.ca
ATTENDEE;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    n("sondage-leger", "leger-sondage-rappel-44871@leger360.com",
      "survey-phone-interview-respondent", r"""
BEGIN:VCALENDAR
PRODID:-//Leger//Rappel//FR
VERSION:2.0
BEGIN:VEVENT
UID:leger-sondage-rappel-44871@leger360.com
DTSTAMP:20261111T230000Z
DTSTART:20261113T000000Z
DTEND:20261113T002000Z
SUMMARY:Rappel – entrevue téléphonique Léger (sondage 20 min)
DESCRIPTION:Merci d'avoir accepté de répondre à notre sondage sur les habitudes d'information des Québécois. Une intervieweuse vous rappellera au moment convenu. Compensation : 10 $ en points LEO.
END:VEVENT
END:VCALENDAR
"""),
    n("balado", "6z5y4x3w2v1u0t9s8r7q6p5o4n@google.com",
      "podcast-interview-as-guest", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261009T170000Z
DTEND:20261009T180000Z
DTSTAMP:20260930T181100Z
ORGANIZER;CN=Les Communicants (balado):mailto:lescommunicants.balado@gmail.com
UID:6z5y4x3w2v1u0t9s8r7q6p5o4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@vid
 eotron.ca
DESCRIPTION:Enregistrement de l'épisode 42 : « Parler au nom d'un ministère
 \, comment on fait? » On t'envoie les thèmes d'entrevue d'ici lundi. Riverside : https://riverside.fm/studio/lescommunicants
LOCATION:Riverside (en ligne)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue balado Les Communicants – Marie-Ève Gagnon
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    n("salon-carriere", "C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E60",
      "careers-fair-as-job-seeker", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E60
DTSTAMP:20260925T010000Z
DTSTART;VALUE=DATE:20261002
DTEND;VALUE=DATE:20261003
SUMMARY:Salon Carrière Formation Québec
DESCRIPTION:Centre de foires ExpoCité\nkiosques fonction publique + sociétés d'État\napporter 15 CV\, cartes d'affaires perso
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("via-rail", "viarail-e-billet-QT7R2K-20261021",
      "train-trip-to-interview-city", r"""
BEGIN:VCALENDAR
PRODID:-//VIA Rail Canada//E-Ticket//FR
VERSION:2.0
METHOD:PUBLISH
<<TOR_ATS>>
BEGIN:VEVENT
UID:viarail-e-billet-QT7R2K-20261021
DTSTAMP:20261014T233000Z
DTSTART;TZID=America/Toronto:20261021T060500
DTEND;TZID=America/Toronto:20261021T092900
SUMMARY:Train 22 Sainte-Foy → Montréal
DESCRIPTION:Réservation QT7R2K – Passagère : GAGNON MARIE-EVE – Voiture 4\, siège 3A – Classe Économie Plus.
LOCATION:Gare de Sainte-Foy
END:VEVENT
END:VCALENDAR
"""),
    n("orientation", "3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F",
      "career-counsellor-skills-assessment", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
BEGIN:VEVENT
UID:3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F
DTSTAMP:20260904T020000Z
DTSTART:20260910T170000
DTEND:20260910T180000
SUMMARY:Bilan de compétences – c.o. (séance 2/3)
DESCRIPTION:Conseillère d'orientation Marie-Josée (PAE)\nramener inventaire d'intérêts rempli\nparler cadre vs conseillère senior??
LOCATION:Morneau Shepell\, 2600 Laurier
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("cinq-a-sept", "sqprp-5a7-novembre-2026@sqprp.ca",
      "networking-event-industry-association", r"""
BEGIN:VCALENDAR
PRODID:-//SQPRP//Evenements//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:sqprp-5a7-novembre-2026@sqprp.ca
DTSTAMP:20261020T120000Z
DTSTART:20261119T220000Z
DTEND:20261120T000000Z
SUMMARY:5 à 7 réseautage SQPRP – Québec
DESCRIPTION:Société québécoise des professionnels en relations publiques. Réseautage et mot de la présidente. Billet #2219 – Marie-Ève Gagnon.
LOCATION:Le Sacrilège\, 447 rue Saint-Jean\, Québec
END:VEVENT
END:VCALENDAR
"""),
    n("hockey-recurrent", "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
      "kids-hockey-weekly-floating", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
DTSTAMP:20260830T150000Z
DTSTART:20260912T073000
DTEND:20260912T090000
RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20270320T120000Z
SUMMARY:Hockey Félix M11 - aréna Duberger
DESCRIPTION:arriver 30 min avant\, sac + gourde\ncovoit. avec les Tremblay 1 sem/2
LOCATION:Aréna de Duberger
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("tournoi-hockey", "tournoi-peewee-levis-2027-team-7711@spordle.com",
      "kids-hockey-tournament-all-day", r"""
BEGIN:VCALENDAR
PRODID:-//Spordle//Play//FR
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:America/Toronto
X-WR-CALNAME:Lynx Pee-Wee B
BEGIN:VEVENT
UID:tournoi-peewee-levis-2027-team-7711@spordle.com
DTSTAMP:20261110T120000Z
DTSTART;VALUE=DATE:20270115
DTEND;VALUE=DATE:20270118
SUMMARY:Tournoi Pee-Wee de Lévis – Lynx Pee-Wee B
DESCRIPTION:Horaire des matchs à venir. Parents : merci de confirmer la présence de votre enfant.
LOCATION:Complexe 2 glaces Honco\, Lévis
END:VEVENT
END:VCALENDAR
"""),
    n("clsc", "clsc-limoilou-rdv-883201@santequebec.ca",
      "health-clinic-appointment", r"""
BEGIN:VCALENDAR
PRODID:-//Clic Sante//Rendez-vous//FR
VERSION:2.0
BEGIN:VEVENT
UID:clsc-limoilou-rdv-883201@santequebec.ca
DTSTAMP:20261020T140000Z
DTSTART:20261028T124500Z
DTEND:20261028T130000Z
SUMMARY:Rendez-vous – Vaccination influenza et COVID-19 – CLSC Limoilou
DESCRIPTION:Personne : Léo Gagnon-Morin\nNuméro de confirmation : 883201\nApportez la carte d'assurance maladie de l'enfant.
LOCATION:CLSC Limoilou\, 1400 boul. Benoît-XV\, Québec
END:VEVENT
END:VCALENDAR
"""),
    n("dentiste", "8D9E0F1A-2B3C-4D5E-8F60-7A8B9C0D1E2F",
      "dentist-appointment", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:8D9E0F1A-2B3C-4D5E-8F60-7A8B9C0D1E2F
DTSTAMP:20260915T200000Z
DTSTART:20261016T080000
DTEND:20261016T090000
SUMMARY:Dentiste - nettoyage (Dre Sirois)
LOCATION:Clinique dentaire Charlesbourg
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("pneus-hiver", "9A8B7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D",
      "garage-winter-tires", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:9A8B7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D
DTSTAMP:20261025T180000Z
DTSTART:20261107T090000
DTEND:20261107T103000
SUMMARY:Pneus d'hiver - Garage Pichette
DESCRIPTION:pose + balancement\, pneus entreposés chez eux (# 448)\ndemander pour le bruit frein arrière
LOCATION:Garage Pichette\, 1re Avenue
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("saaq-permis", "saaq-rdv-photo-permis-20261210@saaq.gouv.qc.ca",
      "licence-photo-at-employer-lookalike-agency", r"""
BEGIN:VCALENDAR
PRODID:-//SAAQ//Prise de rendez-vous//FR
VERSION:2.0
BEGIN:VEVENT
UID:saaq-rdv-photo-permis-20261210@saaq.gouv.qc.ca
DTSTAMP:20261201T140000Z
DTSTART:20261210T141500Z
DTEND:20261210T143000Z
SUMMARY:SAAQ – Rendez-vous en centre de services (renouvellement du permis – photo)
DESCRIPTION:Numéro de rendez-vous : 7731-0045. Présentez-vous 5 minutes avant l'heure prévue avec votre permis de conduire actuel.
LOCATION:Centre de services de la SAAQ – Québec (Charlesbourg)
END:VEVENT
END:VCALENDAR
"""),
    n("rencontre-parents", "7y8u9i0o1p2a3s4d5f6g7h8j9k@google.com",
      "school-parent-teacher-meeting", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261119T231500Z
DTEND:20261119T233000Z
DTSTAMP:20261112T010000Z
ORGANIZER;CN=Mme Bouchard (5e année):mailto:i.bouchard@cssdps.gouv.qc.ca
UID:7y8u9i0o1p2a3s4d5f6g7h8j9k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@
 videotron.ca
DESCRIPTION:Rencontre de parents – 1re communication / bulletin (Félix). 15 m
 inutes. Classe 204.
LOCATION:École primaire Saint-Michel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre de parents – Félix Gagnon-Morin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    n("caisse-hypotheque", "acc-rdv-caisse-limoilou-55102@desjardins.com",
      "bank-appointment-at-employer-lookalike", r"""
BEGIN:VCALENDAR
PRODID:-//Desjardins//Prise de rendez-vous//FR
VERSION:2.0
BEGIN:VEVENT
UID:acc-rdv-caisse-limoilou-55102@desjardins.com
DTSTAMP:20261015T160000Z
DTSTART:20261022T213000Z
DTEND:20261022T223000Z
SUMMARY:Rendez-vous avec votre conseillère – Caisse Desjardins de Limoilou
DESCRIPTION:Objet : renouvellement hypothécaire\nConseillère : Josée Létourneau\, conseillère en finances personnelles\nMode : en personne
LOCATION:Caisse Desjardins de Limoilou\, 800 3e Avenue
END:VEVENT
END:VCALENDAR
"""),
    n("journee-pedago", "6F7A8B9C-0D1E-4F2A-B3C4-D5E6F7A8B9C0",
      "school-pedagogical-day-all-day", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:6F7A8B9C-0D1E-4F2A-B3C4-D5E6F7A8B9C0
DTSTAMP:20260828T120000Z
DTSTART;VALUE=DATE:20261120
DTEND;VALUE=DATE:20261121
SUMMARY:Journée pédago - service de garde ouvert (inscrits)
END:VEVENT
END:VCALENDAR
""", eol="\n"),
]
