# ruff: noqa: E501
"""holdout187 events, part i: the HRBP's everyday work at Métaux Dauphiné (reviews with staff, CSE, NAO, own appraisal)."""

from holdout187ev_common import TZ_ROMANCE, ev

_CSE_UID = (
    "040000008200E00074C5B7101A82E00800000000C4B3A2918F6BDB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F801"
)


def _outlook(body: str) -> str:
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
        + TZ_ROMANCE
        + body
        + "END:VCALENDAR\n"
    )


EVENTS = [
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Petit, Nadège";RSVP=TRUE:mailto:n.petit@metaux-dauphine.fr
CLASS:PRIVATE
CREATED:20250113T092207Z
DESCRIPTION:Nadège\,\n\nVoici le créneau pour ton entretien annuel. Pense à compléter ta partie auto-évaluation dans Eurécia avant (bilan objectifs 2024\, souhaits de formation).\n\nCamille
DTEND;TZID=Romance Standard Time:20250129T153000
DTSTAMP:20250113T092207Z
DTSTART;TZID=Romance Standard Time:20250129T140000
LAST-MODIFIED:20250113T092207Z
LOCATION:Gerland - bureau 2.14
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien annuel - Nadège
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000071B2C3D4E565DB010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F80912
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E0080000000071B2C3D4E565DB010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F80912",
        trap="annual-review-user-runs-with-her-assistant",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Girard, Paul";RSVP=TRUE:mailto:p.girard@metaux-dauphine.fr
ATTENDEE;CN="Bertin, Franck";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:f.bertin@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250127T140301Z
DESCRIPTION:Bonjour Paul\,\n\nConformément à l'article L.6315-1 du Code du travail\, je vous propose votre entretien professionnel (état des lieux récapitulatif à 6 ans) : formations suivies\, certifications\, évolution salariale ou professionnelle\, projet (CACES\, passage chef d'équipe magasin ?).\n\nCamille Roussel\, RH
DTEND;TZID=Romance Standard Time:20250207T110000
DTSTAMP:20250127T140301Z
DTSTART;TZID=Romance Standard Time:20250207T100000
LAST-MODIFIED:20250127T140301Z
LOCATION:FEY - bureau RH
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien professionnel (bilan 6 ans) - P. Girard
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E772DB010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091223
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E00800000000A3B4C5D6E772DB010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091223",
        trap="entretien-professionnel-six-year-review-with-employee",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Blanc, Romain";RSVP=TRUE:mailto:r.blanc@metaux-dauphine.fr
CLASS:PRIVATE
CREATED:20250303T110944Z
DESCRIPTION:Entretien de sortie (démission\, départ le 28/03) - trame questionnaire de départ V3. Points : raisons du départ\, management atelier B\, horaires 3x8\, ce qui l'aurait fait rester. Restituer anonymisé au CODIR.
DTEND;TZID=Romance Standard Time:20250307T154500
DTSTAMP:20250303T110944Z
DTSTART;TZID=Romance Standard Time:20250307T150000
LAST-MODIFIED:20250303T110944Z
LOCATION:FEY - bureau RH
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien de sortie - R. Blanc
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F889DB010000000000000000100000004D5E6F708192A3B4C5D6E7F809122334
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E00800000000B4C5D6E7F889DB010000000000000000100000004D5E6F708192A3B4C5D6E7F809122334",
        trap="exit-interview-user-conducts-with-departing-employee",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PRIVATE
CREATED:20250106T081215Z
DESCRIPTION:Camille\,\n\nVoici notre créneau pour ton entretien annuel d'évaluation 2024 (bilan des objectifs\, objectifs 2025\, souhaits d'évolution). Support à compléter dans Eurécia d'ici vendredi.\n\nSandrine
DTEND;TZID=Romance Standard Time:20250120T113000
DTSTAMP:20250106T081215Z
DTSTART;TZID=Romance Standard Time:20250120T100000
LAST-MODIFIED:20250106T081215Z
LOCATION:Gerland - bureau DRH
ORGANIZER;CN="Leclerc, Sandrine":mailto:s.leclerc@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2024 - Camille R.
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C563DB010000000000000000100000005E6F708192A3B4C5D6E7F80912233445
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E00800000000E1F2A3B4C563DB010000000000000000100000005E6F708192A3B4C5D6E7F80912233445",
        trap="own-annual-appraisal-with-her-manager",
    ),
    ev(
        "outlook-recurring",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Élus CSE Métaux Dauphiné";RSVP=TRUE:mailto:cse@metaux-dauphine.fr
ATTENDEE;CN="Leclerc, Sandrine";RSVP=TRUE:mailto:s.leclerc@metaux-dauphine.fr
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN="FEY - Salle CSE";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fey.sallecse@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250106T150030Z
DESCRIPTION:Réunion ordinaire mensuelle du CSE. Ordre du jour envoyé 3 jours avant par le secrétaire. Présidence : S. Leclerc (par délégation)\, assistée de C. Roussel.
DTEND;TZID=Romance Standard Time:20250116T170000
DTSTAMP:20250106T150030Z
DTSTART;TZID=Romance Standard Time:20250116T140000
LAST-MODIFIED:20250106T150030Z
LOCATION:FEY - Salle CSE
ORGANIZER;CN="Leclerc, Sandrine":mailto:s.leclerc@metaux-dauphine.fr
PRIORITY:5
RRULE:FREQ=MONTHLY;COUNT=10;BYDAY=3TH
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Réunion ordinaire CSE
TRANSP:OPAQUE
UID:"""
            + _CSE_UID
            + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Élus CSE Métaux Dauphiné";RSVP=TRUE:mailto:cse@metaux-dauphine.fr
ATTENDEE;CN="Leclerc, Sandrine";RSVP=TRUE:mailto:s.leclerc@metaux-dauphine.fr
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250106T150030Z
DESCRIPTION:Réunion d'avril décalée au vendredi matin. ODJ : consultation sur le plan de formation 2025\, bilan égalité professionnelle\, questions diverses.
DTEND;TZID=Romance Standard Time:20250425T120000
DTSTAMP:20250402T101511Z
DTSTART;TZID=Romance Standard Time:20250425T090000
LAST-MODIFIED:20250402T101511Z
LOCATION:FEY - Salle CSE
ORGANIZER;CN="Leclerc, Sandrine":mailto:s.leclerc@metaux-dauphine.fr
PRIORITY:5
RECURRENCE-ID;TZID=Romance Standard Time:20250417T140000
SEQUENCE:1
SUMMARY;LANGUAGE=fr-FR:Réunion ordinaire CSE (avril - décalée)
TRANSP:OPAQUE
UID:"""
            + _CSE_UID
            + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        _CSE_UID,
        trap="monthly-works-council-meeting-recurring-with-override",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Leclerc, Sandrine";RSVP=TRUE:mailto:s.leclerc@metaux-dauphine.fr
ATTENDEE;CN="Moulin, Patrick";RSVP=TRUE:mailto:p.moulin@metaux-dauphine.fr
CLASS:PRIVATE
CREATED:20250318T173322Z
DESCRIPTION:Entretien préalable à une éventuelle sanction disciplinaire (convocation LRAR du 17/03 - absences injustifiées). Salarié assisté d'un élu CSE (M. Rivière). Ne pas annoncer de décision pendant l'entretien. Notes CR pour le dossier.
DTEND;TZID=Romance Standard Time:20250326T104500
DTSTAMP:20250318T173322Z
DTSTART;TZID=Romance Standard Time:20250326T100000
LAST-MODIFIED:20250318T173322Z
LOCATION:FEY - Bureau direction
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien préalable - M. S. (atelier B)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D69CDB010000000000000000100000006F708192A3B4C5D6E7F8091223344556
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E00800000000F2A3B4C5D69CDB010000000000000000100000006F708192A3B4C5D6E7F8091223344556",
        trap="disciplinary-pre-sanction-meeting-entretien-prealable",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Délégués syndicaux";RSVP=TRUE:mailto:ds-nao@metaux-dauphine.fr
ATTENDEE;CN="Leclerc, Sandrine";RSVP=TRUE:mailto:s.leclerc@metaux-dauphine.fr
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN="Gerland - Salle du Conseil";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:ger.salleduconseil@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250110T081133Z
DESCRIPTION:NAO 2025 - 2e réunion de négociation : propositions direction sur AGS/AI\, prime d'équipe\, égalité F/H. Délégations CFDT\, CGT\, CFE-CGC.
DTEND;TZID=Romance Standard Time:20250128T120000
DTSTAMP:20250110T081133Z
DTSTART;TZID=Romance Standard Time:20250128T090000
LAST-MODIFIED:20250110T081133Z
LOCATION:Gerland - Salle du Conseil
ORGANIZER;CN="Leclerc, Sandrine":mailto:s.leclerc@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:NAO 2025 - 2e séance
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000000A1B2C3D4E66DB01000000000000000010000000708192A3B4C5D6E7F809122334455667
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E008000000000A1B2C3D4E66DB01000000000000000010000000708192A3B4C5D6E7F809122334455667",
        trap="annual-pay-negotiation-with-unions",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Duval, Jean-Marc";RSVP=TRUE:mailto:jm.duval@metaux-dauphine.fr
ATTENDEE;CN="Faure, Jean-Pierre";RSVP=TRUE:mailto:jp.faure@metaux-dauphine.fr
ATTENDEE;CN="Leclerc, Sandrine";RSVP=TRUE:mailto:s.leclerc@metaux-dauphine.fr
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250127T174500Z
DESCRIPTION:CODIR site - point RH mensuel : effectifs et intérim (ETP)\, absentéisme janvier\, GPEC maintenance (départs en retraite 2025-2027)\, postes ouverts.
DTEND;TZID=Romance Standard Time:20250203T160000
DTSTAMP:20250127T174500Z
DTSTART;TZID=Romance Standard Time:20250203T140000
LAST-MODIFIED:20250127T174500Z
LOCATION:FEY - Bureau direction
ORGANIZER;CN="Duval, Jean-Marc":mailto:jm.duval@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:CODIR site - revue RH / GPEC
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001B2C3D4E5F6ADB0100000000000000001000000081920A3B4C5D6E7F8091223344556677
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E008000000001B2C3D4E5F6ADB0100000000000000001000000081920A3B4C5D6E7F8091223344556677",
        trap="site-management-committee-workforce-review",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Élus CSSCT";RSVP=TRUE:mailto:cssct@metaux-dauphine.fr
ATTENDEE;CN="Moulin, Patrick";RSVP=TRUE:mailto:p.moulin@metaux-dauphine.fr
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN="Hugon, Marie (HSE)";RSVP=TRUE:mailto:m.hugon@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250512T091120Z
DESCRIPTION:Inspection trimestrielle CSSCT - atelier fonderie + zone expéditions. EPI obligatoires (chaussures\, lunettes\, bouchons). RDV vestiaire visiteurs.
DTEND;TZID=Romance Standard Time:20250527T113000
DTSTAMP:20250512T091120Z
DTSTART;TZID=Romance Standard Time:20250527T090000
LAST-MODIFIED:20250512T091120Z
LOCATION:FEY - vestiaires visiteurs
ORGANIZER;CN="Hugon, Marie (HSE)":mailto:m.hugon@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Inspection CSSCT T2 - fonderie
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002C3D4E5F60A1DB010000000000000000100000009203A4B5C6D7E8F80912233445566778
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E008000000002C3D4E5F60A1DB010000000000000000100000009203A4B5C6D7E8F80912233445566778",
        trap="health-and-safety-committee-plant-inspection",
    ),
    ev(
        "outlook",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Nouveaux arrivants avril";RSVP=TRUE:mailto:integration-avril@metaux-dauphine.fr
ATTENDEE;CN="Fabre, Léa";RSVP=TRUE:mailto:stagiaire.rh@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250324T140512Z
DESCRIPTION:Accueil des 5 nouveaux embauchés (2 opérateurs\, 1 technicien maintenance\, 1 acheteur\, 1 assistante ADV) : présentation du groupe\, livret d'accueil\, règles sécurité\, badge\, visite du site. Café d'accueil en salle Formation 1.
DTEND;TZID=Romance Standard Time:20250407T103000
DTSTAMP:20250324T140512Z
DTSTART;TZID=Romance Standard Time:20250407T083000
LAST-MODIFIED:20250324T140512Z
LOCATION:FEY - Salle Formation 1
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Matinée d'intégration - nouveaux arrivants
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003D4E5F60A1B9DB01000000000000000010000000A314B5C6D7E8F8091223344556677889
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E008000000003D4E5F60A1B9DB01000000000000000010000000A314B5C6D7E8F8091223344556677889",
        trap="onboarding-morning-for-new-hires",
    ),
    ev(
        "outlook-training",
        _outlook(
            r"""BEGIN:VEVENT
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250211T085522Z
DESCRIPTION:Classe virtuelle ELEGIA - Actualité droit social 2025 (réf. 4210). Formatrice : Me Catherine Lenoir\, avocate en droit social. Lien de connexion envoyé par ELEGIA la veille. Prise en charge plan de développement des compétences.
DTEND;TZID=Romance Standard Time:20250304T123000
DTSTAMP:20250211T085522Z
DTSTART;TZID=Romance Standard Time:20250304T090000
LAST-MODIFIED:20250211T085522Z
LOCATION:Classe virtuelle (Zoom ELEGIA)
ORGANIZER;CN="Formation - Métaux Dauphiné":mailto:formation@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Formation ELEGIA - Actualité droit social 2025
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000004E5F60A1B2C7DB01000000000000000010000000B425C6D7E8F809122334455667788990
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""
        ),
        "040000008200E00074C5B7101A82E008000000004E5F60A1B2C7DB01000000000000000010000000B425C6D7E8F809122334455667788990",
        trap="employment-law-training-she-attends",
    ),
]
