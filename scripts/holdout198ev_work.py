"""holdout198: the user's own job at MTESS, press work, appraisal (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev


def n(kind, uid, trap, ics, eol="\r\n"):
    return ev(kind, uid, 0, "", "", "", "", trap, ics, eol=eol)


EVENTS = [
    n("entrevue-tva", "040000008200E00074C5B7101A82E0080000000011A2B3C4D55CDC01000000000000000010000000AA11BB22CC33DD44EE55FF6600112233",
      "press-interview-minister-tva", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cabinet - Agenda de la ministre":mailto:agenda.ministre@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roberge, Mathieu (Cabinet)":mailto:mathieu.roberge@mtess.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kim Ouellet (TVA Nouvelles):mailto:kim.ouellet@tva.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevue médiatique – ministre\nMédia : TVA Nouvelles (reportage 18 h)\nJournaliste : Kim Ouellet\nSujet : hausse des demandes d'aide sociale et bonification du Programme objectif emploi\nFormat : entrevue de 10 min au bureau de Québec\, tournage extérieur ensuite\nLignes de presse et Q/R : dans le dossier Médias > 2026-11\n
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D55CDC01000000000000000010000000AA11BB22CC33DD44EE55FF6600112233
SUMMARY;LANGUAGE=fr-CA:Entrevue médiatique – Ministre – TVA Nouvelles (K. Ouellet)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261112T113000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261112T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T190010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau de la ministre\, 425 Jacques-Parizeau\, 4e
END:VEVENT
END:VCALENDAR
"""),
    n("radio-canada", "9c4a7e1f-rc-premiere-heure-20261020@mtess.gouv.qc.ca",
      "press-interview-radio-canada-live", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:9c4a7e1f-rc-premiere-heure-20261020@mtess.gouv.qc.ca
DTSTAMP:20261016T201500Z
DTSTART;TZID=America/Toronto:20261020T072000
DTEND;TZID=America/Toronto:20261020T073500
SUMMARY:Entrevue à Radio-Canada – ICI Première\, Première heure (ministre\, en direct)
DESCRIPTION:Entrevue en direct de 8 min avec l'animateur. Studio de Québec\, 888 rue Saint-Jean. Arrivée 7 h 05. Je l'accompagne. Lignes de presse envoyées hier soir.
LOCATION:Radio-Canada\, 888 rue Saint-Jean
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Cabinet - Agenda de la ministre":mailto:agenda.ministre@mtess.gouv.qc.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    n("breffage-technique", "breffage-technique-etat-marche-travail-2026-12@mtess.gouv.qc.ca",
      "technical-press-briefing", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:breffage-technique-etat-marche-travail-2026-12@mtess.gouv.qc.ca
DTSTAMP:20261125T150000Z
DTSTART:20261203T143000Z
DTEND:20261203T153000Z
SUMMARY:Breffage technique sous embargo – État du marché du travail 2026
DESCRIPTION:Breffage technique pour les journalistes de la Tribune de la presse\, sous embargo jusqu'à 11 h. Experts : Direction de l'analyse du marché du travail. Point de presse de la ministre à 11 h 30 (salle Evelyn-Dumas).
LOCATION:Hôtel du Parlement – salle 1.30
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Bérubé, Alexandre (DAMT)":mailto:alexandre.berube@mtess.gouv.qc.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    n("comite-direction", "040000008200E00074C5B7101A82E00800000000CDD0C1B2A3B4DB010000000000000000100000007766554433221100FFEEDDCCBBAA9988",
      "recurring-management-committee-with-override", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pépin, Olivier (DCOM)":mailto:olivier.pepin@mtess.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Comité de direction DCOM – suivi des dossiers\, demandes médias de la semaine\, plan de communication ministériel.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000CDD0C1B2A3B4DB010000000000000000100000007766554433221100FFEEDDCCBBAA9988
SUMMARY;LANGUAGE=fr-CA:CODIR DCOM (hebdo)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260907T090000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260907T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260901T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle 3.20
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pépin, Olivier (DCOM)":mailto:olivier.pepin@mtess.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Déplacé au mardi (Action de grâces). Invitée : la sous-ministre adjointe pour le bilan des communications du trimestre.\n
RECURRENCE-ID;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261012T090000
UID:040000008200E00074C5B7101A82E00800000000CDD0C1B2A3B4DB010000000000000000100000007766554433221100FFEEDDCCBBAA9988
SUMMARY;LANGUAGE=fr-CA:CODIR DCOM (hebdo) – mardi exceptionnellement
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261013T130000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261013T143000
DTSTAMP:20261005T120000Z
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Salle 4.02
END:VEVENT
END:VCALENDAR
"""),
    n("evaluation-rendement", "040000008200E00074C5B7101A82E00800000000DE01F2A3B4C5DC01000000000000000010000000ABAB1212CDCD3434EFEF5656A7A78989",
      "own-performance-appraisal-with-manager", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Marie-Ève\,\n\nRencontre d'évaluation du rendement 2025-2026 et établissement des attentes signifiées pour 2026-2027. Merci de compléter ton autoévaluation dans le formulaire avant la rencontre. On parlera aussi de ton plan de développement (formation gestion?).\n\nSylvie\n
UID:040000008200E00074C5B7101A82E00800000000DE01F2A3B4C5DC01000000000000000010000000ABAB1212CDCD3434EFEF5656A7A78989
SUMMARY;LANGUAGE=fr-CA:Rencontre d'évaluation du rendement – Marie-Ève
DTSTART:20261015T180000Z
DTEND:20261015T193000Z
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261002T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau de Sylvie (3.02)
END:VEVENT
END:VCALENDAR
"""),
    n("media-training", "mediatraining-sma-20261118@mtess.gouv.qc.ca",
      "media-training-mock-tv-interview-for-executive", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:mediatraining-sma-20261118@mtess.gouv.qc.ca
DTSTAMP:20261104T160000Z
DTSTART;TZID=America/Toronto:20261118T130000
DTEND;TZID=America/Toronto:20261118T160000
SUMMARY:Formation porte-parole – simulation d'entrevue télé (SMA Services Québec)
DESCRIPTION:Media training pour M. Hamel (SMA). Simulation d'entrevue filmée avec un ex-journaliste de Radio-Canada (firme externe)\, 3 scénarios : entrevue hostile\, point de presse\, entrevue radio téléphonique. Je prépare les scénarios et joue la journaliste #2.
LOCATION:Studio DCOM – 1er étage
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Hamel, Denis (SMA)":mailto:denis.hamel@mtess.gouv.qc.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    n("entrevue-journaliste", "entrevue-le-soleil-sma-20261030",
      "newspaper-phone-interview-deputy-minister", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:entrevue-le-soleil-sma-20261030
DTSTAMP:20261029T180000Z
DTSTART:20261030T140000Z
DTEND:20261030T143000Z
SUMMARY:Entrevue téléphonique Le Soleil – SMA Hamel (pénurie de main-d'œuvre en région)
DESCRIPTION:Journaliste : Ian Bussières\, 418 686-3233. Je fais le lien et j'écoute l'appel. Pas de citation sur les négociations.
LOCATION:Bureau SMA
END:VEVENT
END:VCALENDAR
"""),
    n("conference-presse", "cp-annonce-formation-2026-11-26@mtess.gouv.qc.ca",
      "press-conference-announcement", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:cp-annonce-formation-2026-11-26@mtess.gouv.qc.ca
DTSTAMP:20261119T140000Z
DTSTART;TZID=America/Toronto:20261126T100000
DTEND;TZID=America/Toronto:20261126T113000
SUMMARY:Conférence de presse – annonce formation de la main-d'œuvre (Lévis)
DESCRIPTION:Déroulement : 10 h accueil des médias\, 10 h 15 allocutions (ministre\, député de Lévis\, PDG Chantier Davie)\, 10 h 40 période de questions\, 11 h entrevues individuelles (max 3). Avis aux médias diffusé via Québec.ca.
LOCATION:Chantier Davie\, Lévis
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Cabinet - Agenda de la ministre":mailto:agenda.ministre@mtess.gouv.qc.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    n("tournage-capsule", "tournage-capsule-ministre-20261204@mtess.gouv.qc.ca",
      "video-shoot-interview-format", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:tournage-capsule-ministre-20261204@mtess.gouv.qc.ca
DTSTAMP:20261128T150000Z
DTSTART:20261204T190000Z
DTEND:20261204T203000Z
SUMMARY:Tournage capsule « 3 questions à la ministre » (format entrevue) – médias sociaux
DESCRIPTION:Caméraman : Studio DGSI. Je pose les questions hors champ. Montage pour diffusion lundi sur Facebook/LinkedIn.
LOCATION:Bureau de la ministre
END:VEVENT
END:VCALENDAR
"""),
    n("cafe-info", "2k4m6o8q0s1u3w5y7a9c1e3g5i@google.com",
      "informational-coffee-ex-colleague", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
<<TOR_GOOGLE>>
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260926T093000
DTEND;TZID=America/Toronto:20260926T103000
DTSTAMP:20260920T124500Z
ORGANIZER;CN=Nathalie Poulin:mailto:nathpoulin@hotmail.com
UID:2k4m6o8q0s1u3w5y7a9c1e3g5i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@vid
 eotron.ca
DESCRIPTION:Café pour jaser de la vie de dir. comm. dans une société d'État
 \, comme promis! Pas d'offre\, juste mes conseils et quelques contacts :)
LOCATION:Paillard\, rue Saint-Jean
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Nathalie / Marie-Ève
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    n("simulation-coach", "0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0",
      "mock-interview-with-career-coach", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0
DTSTAMP:20261023T120000Z
DTSTART:20261026T180000
DTEND:20261026T193000
SUMMARY:Simulation d'entrevue avec Jacinthe (coach) - prep MSSS
DESCRIPTION:questions comportementales STAR + mise en sit. 15 min\nelle joue le comité\nfacture 150$ (PAE rembourse?)
LOCATION:Zoom (lien par courriel)
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("webinaire-entrevue", "webinaire-reussir-entrevue-selection-2026-10@spgq.qc.ca",
      "webinar-on-selection-interviews", r"""
BEGIN:VCALENDAR
PRODID:-//SPGQ//Evenements//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinaire-reussir-entrevue-selection-2026-10@spgq.qc.ca
DTSTAMP:20261001T120000Z
DTSTART:20261008T163000Z
DTEND:20261008T173000Z
SUMMARY:Webinaire – Réussir son entrevue de sélection et son examen de qualification
DESCRIPTION:Offert aux membres : fonctionnement des processus de qualification\, types d'examens\, comment se préparer à l'entrevue devant un comité\, droits de révision et de rétroaction.\n\nLien Zoom envoyé aux personnes inscrites.
LOCATION:En ligne
ORGANIZER;CN=SPGQ - Formation:mailto:formation@spgq.qc.ca
END:VEVENT
END:VCALENDAR
"""),
    n("recruteur-linkedin", "c9d8e7f6-5a4b-3c2d-1e0f-linkedin-recruteur@calendly.com",
      "agency-recruiter-call-no-employer", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c9d8e7f6-5a4b-3c2d-1e0f-linkedin-recruteur@calendly.com
DTSTAMP:20261102T150000Z
DTSTART:20261104T170000Z
DTEND:20261104T172000Z
SUMMARY:Appel exploratoire (20 min) entre Maxime Bourque et Marie-Ève Gagnon
DESCRIPTION:Événement : Appel exploratoire (20 min)\n\nBonjour Marie-Ève\, suite à ma note sur LinkedIn : je recrute pour plusieurs clients dans les secteurs public et privé (postes en communication de niveau conseiller senior et direction). J'aimerais mieux connaître vos aspirations pour vous proposer les bons mandats.\n\nMaxime Bourque\, Robert Half – Direction & Finance\, Québec
LOCATION:Téléphone
ORGANIZER;CN=Maxime Bourque:mailto:maxime.bourque@roberthalf.ca
ATTENDEE;CN=Marie-Ève Gagnon;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    n("reference-referee", "7E6D5C4B-3A29-4817-B6F5-E4D3C2B1A0F9",
      "reference-call-user-is-referee", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:7E6D5C4B-3A29-4817-B6F5-E4D3C2B1A0F9
DTSTAMP:20261106T140000Z
DTSTART:20261109T121500
DTEND:20261109T124500
SUMMARY:Appel réf. pour Karine L. - Beneva RH
DESCRIPTION:elle m'a donnée comme référence (on a travaillé ensemble 2019-2022 au MSSS)\nRH va m'appeler sur cell\nparler: crise COVID\, leadership\, rédaction
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("prep-entrevue", "81A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8",
      "prep-block-before-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
BEGIN:VEVENT
UID:81A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8
DTSTAMP:20261030T010000Z
DTSTART:20261103T190000
DTEND:20261103T213000
SUMMARY:Préparer entrevue MSSS
DESCRIPTION:relire plan stratégique 2023-2027 + rapport annuel\nrevoir mes 6 exemples STAR\nimprimer CV x4\nrepasser le blazer bleu
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    n("remerciement", "1B2C3D4E-5F60-4718-9A2B-3C4D5E6F7081",
      "thank-you-note-reminder", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:1B2C3D4E-5F60-4718-9A2B-3C4D5E6F7081
DTSTAMP:20261023T160000Z
DTSTART;VALUE=DATE:20261024
DTEND;VALUE=DATE:20261025
SUMMARY:Courriel de remerciement comité Ville de Qc
DESCRIPTION:M. Lapierre + Me Néron + Audrey\n(mentionner le plan de comm. hivernal)
END:VEVENT
END:VCALENDAR
""", eol="\n"),
]
