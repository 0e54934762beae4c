"""holdout104: personal appointments, internal meetings at the user's studio, the user's own appraisal and exit
interview, talks, conferences, mentoring. Hand-written iCalendar; CC0 1.0."""

from __future__ import annotations

from holdout104ev_ics import ev


def events() -> list[dict[str, object]]:
    out = []
    out.append(ev("doctor-fr", None, r"""
BEGIN:VEVENT
UID:4D3C2B1A-0F9E-48D7-C6B5-A49382716050
DTSTART;TZID=America/Toronto:20260216T081500
DTEND;TZID=America/Toronto:20260216T090000
SUMMARY:Médecin - Dre Paquette (CLSC Plateau)
LOCATION:CLSC du Plateau-Mont-Royal\, 4625 av. De Lorimier
DESCRIPTION:Apporter carte RAMQ. Suivi prise de sang.
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
END:VALARM
END:VEVENT
""", tool="ios", method=None, tz=("tor",)))

    out.append(ev("daycare-fr", None, r"""
BEGIN:VEVENT
UID:1gr2de3ri4ep5in6go7ui8ns9x@google.com
DTSTART;TZID=America/Toronto:20260227T163000
DTEND;TZID=America/Toronto:20260227T171500
SUMMARY:Rencontre éducatrice - garderie Les Petits Pingouins (Léo)
ORGANIZER;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Émilie Caron:mailto:emilie.caron.mtl@gmail.com
DESCRIPTION:Bilan de mi-année de Léo avec son éducatrice.
LOCATION:CPE Les Petits Pingouins
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("saaq-fr", None, r"""
BEGIN:VEVENT
UID:saaq-rdv-5521-0093-jbouchard
DTSTART:20260306T133000
DTEND:20260306T140000
SUMMARY:SAAQ - rendez-vous renouvellement permis (photo)
DESCRIPTION:Numéro de confirmation : 5521-0093. Centre de services Montréal (Henri-Bourassa).
LOCATION:SAAQ\, 855 boul. Henri-Bourassa O
END:VEVENT
""", tool="tbird", method=None))

    out.append(ev("bank-fr", None, r"""
BEGIN:VEVENT
UID:desjardins-rdv-hypo-20260223@desjardins.com
DTSTART;TZID=America/Toronto:20260223T170000
DTEND;TZID=America/Toronto:20260223T180000
SUMMARY:Rendez-vous Desjardins - renouvellement hypothèque
ORGANIZER;CN=Caisse Desjardins du Plateau:mailto:rendezvous@desjardins.com
ATTENDEE;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Rencontre avec votre conseillère\, Mme Josée Lapierre. Apportez vos deux derniers talons de paie e
 t votre avis de cotisation.
LOCATION:Caisse Desjardins du Plateau
END:VEVENT
""", tool="outlook", tz=("tor",)))

    out.append(ev("passport-en", None, r"""
BEGIN:VEVENT
UID:passport-canada-appt-MTL-778812
DTSTART;TZID=America/Toronto:20260217T091000
DTEND;TZID=America/Toronto:20260217T093000
SUMMARY:Passport Canada appointment (Guy-Favreau) - pick up / renewal
DESCRIPTION:Bring old passport\, photos\, guarantor form. Needed for Paris trip in April.
LOCATION:Complexe Guy-Favreau\, 200 René-Lévesque W
END:VEVENT
""", tool="mac", method=None, tz=("tor",)))

    out.append(ev("school-fr", None, r"""
BEGIN:VEVENT
UID:8ec7ol6ep5ar4en3ts2me1et0z@google.com
DTSTART;TZID=America/Toronto:20260319T183000
DTEND;TZID=America/Toronto:20260319T184500
SUMMARY:Rencontre parents-enseignante - école Saint-Arsène (Maëlle\, 2e année)
ORGANIZER;CN=Émilie Caron:mailto:emilie.caron.mtl@gmail.com
ATTENDEE;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
LOCATION:École Saint-Arsène\, local 204
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("retro-sprint-fr", None, r"""
BEGIN:VEVENT
UID:nlm-retro-sprint-42@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260218T140000
DTEND;TZID=America/Toronto:20260218T150000
SUMMARY:Rétro sprint 42 - Aurore
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Équipe Aurore:mailto:aurore-team@studio-nordlumiere.ca
DESCRIPTION:Ce qui a marché / ce qui n'a pas marché / actions. Miro : https://miro.com/app/board/nlm-retro42
LOCATION:Salle Aurore
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("daily-scrum-recurring-fr", None, r"""
BEGIN:VEVENT
UID:nlm-daily-scrum-aurore@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260202T093000
DTEND;TZID=America/Toronto:20260202T094500
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
SUMMARY:Daily scrum - Aurore
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Équipe Aurore:mailto:aurore-team@studio-nordlumiere.ca
LOCATION:Aire ouverte / Teams
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("own-appraisal-fr", None, r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003344556677889DC01000000000000000010000000EVALANNUELLE2026JB
DTSTART;TZID=Eastern Standard Time:20260225T140000
DTEND;TZID=Eastern Standard Time:20260225T150000
SUMMARY:Évaluation annuelle - Julien Bouchard / Marc-André
ORGANIZER;CN="Gauthier, Marc-André":mailto:magauthier@studio-nordlumiere.ca
ATTENDEE;CN="Bouchard, Julien":mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Rencontre d'évaluation de rendement 2025. Merci de compléter ton autoévaluation dans Lucca avant l
 a rencontre.
LOCATION:Bureau de Marc-André
END:VEVENT
""", tool="outlook", tz=("est",)))

    out.append(ev("own-exit-interview-fr", None, r"""
BEGIN:VEVENT
UID:nlm-rh-entrevue-depart-jbouchard@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260403T150000
DTEND;TZID=America/Toronto:20260403T154500
SUMMARY:Entrevue de départ - Julien Bouchard
ORGANIZER;CN=Valérie Moreau:mailto:vmoreau@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Entrevue de fin d'emploi confidentielle avec les RH : retour sur ton expérience chez Nordlumière\,
  remise du portable et de la carte d'accès.
LOCATION:Bureau RH
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("meetup-talk-en", None, r"""
BEGIN:VEVENT
UID:igda-mtl-march-2026-talk-jbouchard@meetup.com
DTSTART;TZID=America/Toronto:20260326T190000
DTEND;TZID=America/Toronto:20260326T210000
SUMMARY:Talk @ IGDA Montréal - "Producing under uncertainty"
ORGANIZER;CN=IGDA Montréal:mailto:info@igdamtl.org
ATTENDEE;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Speaker slot 19:30 (20 min + Q&A). Doors 18:30. Pizza by the sponsor.
LOCATION:Notman House\, 51 Sherbrooke W
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("playtest-recruiting-fr", None, r"""
BEGIN:VEVENT
UID:nlm-playtest-externe-0313@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260313T100000
DTEND;TZID=America/Toronto:20260313T120000
SUMMARY:Playtest externe - sélection des testeurs (questionnaire)
ORGANIZER;CN=Laura Chiasson:mailto:lchiasson@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Trier les 140 réponses au questionnaire et choisir 12 joueurs pour le playtest du 20 mars.
LOCATION:Labo UX
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("one-on-one-recurring-fr", None, r"""
BEGIN:VEVENT
UID:nlm-1on1-julien-gabrielle@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260203T110000
DTEND;TZID=America/Toronto:20260203T113000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU
SUMMARY:1:1 Julien / Gabrielle
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Gabrielle Roy-Lessard:mailto:groylessard@studio-nordlumiere.ca
LOCATION:Café du coin
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("vendor-sync-de", None, r"""
BEGIN:VEVENT
UID:lindner-loc-abstimmung-0309@lindner-uebersetzungen.de
DTSTART;TZID=Europe/Berlin:20260309T160000
DTEND;TZID=Europe/Berlin:20260309T163000
SUMMARY:Abstimmung Lokalisierung DE - Aurore Patch 1.2
ORGANIZER;CN=Sabine Lindner:mailto:s.lindner@lindner-uebersetzungen.de
ATTENDEE;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Hallo Julien\, kurze Abstimmung zu den offenen Strings (ca. 1.800 Wörter) und zum Liefertermin. Te
 ams-Link folgt.\n\nViele Grüße\nSabine Lindner
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
""", tool="outlook", tz=("ber",)))

    out.append(ev("conference-allday-en", None, r"""
BEGIN:VEVENT
UID:7cf6on5fe4re3nc2ea1ll0da9y@google.com
DTSTART;VALUE=DATE:20260324
DTEND;VALUE=DATE:20260326
SUMMARY:GDC-style day: MIGS Spring Summit (producer track)
DESCRIPTION:Badge pickup 8am. Sessions: live-ops roadmapping\, outsourcing at scale.
LOCATION:Palais des congrès de Montréal
TRANSP:TRANSPARENT
END:VEVENT
""", tool="google", method="PUBLISH", head="X-WR-CALNAME:Julien - perso\nX-WR-TIMEZONE:America/Toronto"))

    out.append(ev("mentoring-student-fr", None, r"""
BEGIN:VEVENT
UID:0me1nt2or3at4cg5ep6ma7ta8n@google.com
DTSTART;TZID=America/Toronto:20260312T173000
DTEND;TZID=America/Toronto:20260312T181500
SUMMARY:Mentorat - Rosalie (étudiante Cégep de Matane) - questions sur le métier de producteur
ORGANIZER;CN=Rosalie Gagné:mailto:rosalie.gagne05@outlook.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bonjour M. Bouchard\, merci d'accepter de répondre à mes questions pour mon travail de fin de sess
 ion sur les métiers de la production. Lien Teams ci-dessous.
LOCATION:Microsoft Teams
END:VEVENT
""", tool="google", tz=("tor",)))
    return out
