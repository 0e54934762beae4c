"""holdout198: insurers, co-ops, non-profits, a founder, an agency recruiter (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev

EVENTS = [
    ev("workday-telephone", "WD-BENEVA-INT-R2611045-PHONE@myworkday.com",
       1, "Beneva", "Conseiller(ère) principal(e) – communications corporatives", "recruiter_screen",
       "melissa.poirier@beneva.ca", "workday-insurer-phone-screen", r"""
BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-BENEVA-INT-R2611045-PHONE@myworkday.com
DTSTAMP:20261102T130000Z
DTSTART:20261105T190000Z
DTEND:20261105T193000Z
SUMMARY:Entrevue téléphonique : R2611045 Conseiller(ère) principal(e) – communications corporatives
DESCRIPTION:Entrevue : Conseiller(ère) principal(e) – communications corporatives\nCandidat : Marie-Ève Gagnon\nIntervieweur : Mélissa Poirier (Conseillère\, acquisition de talents)\nEmplacement : Téléphone – nous vous appellerons\n\nRemarques : Premier entretien d'environ 30 minutes.
LOCATION:Téléphone
ORGANIZER;CN=Beneva Carrières:mailto:beneva@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mélissa Poirier:mailto:melissa.poirier@beneva.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-ia", "040000008200E00074C5B7101A82E008000000004E7C2A1B8F67DC01000000000000000010000000D1E2F3A4B5C6D7E8F90A1B2C3D4E5F60",
       1, "iA Groupe financier", "Directrice – Communications internes et employeur", "hiring_manager",
       "caroline.bedard@ia.ca", "outlook-teams-insurer-director-rencontre", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Bédard, Caroline":mailto:caroline.bedard@ia.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tessier, Amélie (Talents)":mailto:amelie.tessier@ia.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Marie-Ève\,\n\nMerci d'avoir accepté de me rencontrer pour échanger sur le rôle de directrice – Communications internes et employeur. Amélie\, de l'équipe Talents\, est en copie pour la logistique seulement.\n\nCaroline Bédard\nVice-présidente\, Communications et marque\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nID de la réunion : 233 019 558 871\nCode secret : uA9c4R\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000004E7C2A1B8F67DC01000000000000000010000000D1E2F3A4B5C6D7E8F90A1B2C3D4E5F60
SUMMARY;LANGUAGE=fr-CA:Rencontre Marie-Ève Gagnon / Caroline Bédard
DTSTART:20261202T143000Z
DTEND:20261202T153000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T202216Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("desjardins-entrevue", "desjardins-vpap-8823-entrevue-2@desjardins.com",
       1, "Desjardins", "Conseillère principale – Communications, Vice-présidence Affaires publiques", "",
       "nicolas.turcotte@desjardins.com;jessica.boivin@desjardins.com", "co-op-panel-levis-unclear-stage", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:desjardins-vpap-8823-entrevue-2@desjardins.com
DTSTAMP:20261028T150102Z
DTSTART;TZID=America/Toronto:20261109T100000
DTEND;TZID=America/Toronto:20261109T111500
SUMMARY:Entrevue – Offre 8823 – Marie-Ève Gagnon
DESCRIPTION:Bonjour Marie-Ève\,\n\nPoste : Conseillère principale – Communications\, Vice-présidence Affaires publiques\n\nVous rencontrerez Nicolas Turcotte (directeur principal\, Relations de presse) et Jessica Boivin (partenaire RH) au siège social de Lévis.\n\n100\, rue des Commandeurs\, Lévis – tour Desjardins\, accueil au rez-de-chaussée.\n\nBonne journée\,\nÉquipe Acquisition de talents\, Mouvement Desjardins
LOCATION:100\, rue des Commandeurs\, Lévis
ORGANIZER;CN="Acquisition de talents Desjardins":mailto:acquisition.talents@desjardins.com
ATTENDEE;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;RSVP=TRUE;CN="Turcotte, Nicolas":mailto:nicolas.turcotte@desjardins.com
ATTENDEE;RSVP=TRUE;CN="Boivin, Jessica":mailto:jessica.boivin@desjardins.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("bamboohr-entrevue", "bamboohr-oiiq-ats-6120-88@bamboohr.com",
       1, "Ordre des infirmières et infirmiers du Québec", "Directrice des communications", "onsite",
       "sdesrosiers@oiiq.org;lpicard@oiiq.org", "professional-order-bamboohr-panel", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BambooHR//ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bamboohr-oiiq-ats-6120-88@bamboohr.com
DTSTAMP:20261112T160000Z
DTSTART:20261119T143000Z
DTEND:20261119T160000Z
SUMMARY:Entrevue: Marie-Ève Gagnon - Directrice des communications
DESCRIPTION:Entrevue avec le comité : Sylvie Desrosiers (directrice générale et secrétaire) et Luc Picard (directeur\, Ressources humaines).\n\nLieu : 4200\, rue Molson\, Montréal.\n\nEnvoyé depuis BambooHR.
LOCATION:4200 rue Molson\, Montréal
ORGANIZER;CN=OIIQ Recrutement:mailto:notifications@bamboohr.com
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Sylvie Desrosiers:mailto:sdesrosiers@oiiq.org
ATTENDEE;CN=Luc Picard:mailto:lpicard@oiiq.org
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("calcom-rencontre", "cal-7Fq2kXz9LmN4pR8s@cal.com",
       1, "Fondation du CHU de Québec", "Directrice des communications et de la philanthropie numérique", "hiring_manager",
       "dg@fondationchudequebec.org", "cal-com-foundation-dg", r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:cal-7Fq2kXz9LmN4pR8s@cal.com
DTSTAMP:20261118T020311Z
DTSTART:20261123T173000Z
DTEND:20261123T181500Z
SUMMARY:Entretien 45 min entre Anne Lemay et Marie-Ève Gagnon
DESCRIPTION:Quoi : Entretien 45 min\nQui :\n- Anne Lemay - Organisatrice (dg@fondationchudequebec.org)\n- Marie-Ève Gagnon (marieeve.gagnon@videotron.ca)\nOù : Google Meet\n\nNotes supplémentaires :\nCandidature - poste de directrice des communications et de la philanthropie numérique\n\nAnnuler ou reprogrammer : https://cal.com/booking/7Fq2kXz9LmN4pR8s
LOCATION:https://meet.google.com/rxa-kpzd-uvm
ORGANIZER;CN=Anne Lemay:mailto:dg@fondationchudequebec.org
ATTENDEE;CN=Marie-Ève Gagnon;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("founder-gmail", "0a1s2d3f4g5h6j7k8l9q0w1e2r@google.com",
       1, "Studio Bivouac", "", "",
       "jerome.tanguay.qc@gmail.com", "founder-on-free-mail-jase-worded", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
<<TOR_GOOGLE>>
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261014T163000
DTEND;TZID=America/Toronto:20261014T173000
DTSTAMP:20261010T221500Z
ORGANIZER;CN=Jérôme Tanguay:mailto:jerome.tanguay.qc@gmail.com
UID:0a1s2d3f4g5h6j7k8l9q0w1e2r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@
 videotron.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jérôme Tanguay;X-NUM-GUESTS=0:mailto:jerome.tanguay.qc@gmail.com
DESCRIPTION:Salut Marie-Ève! Content que tu aies répondu à mon message. Com
 me je te disais\, on lance Studio Bivouac (balados et contenus pour les mun
 icipalités) et je cherche quelqu'un pour diriger la stratégie et le dévelo
 ppement des affaires avec les organismes publics. On jase de ton parcours e
 t je te montre ce qu'on fait\, puis si ça clique on voit pour une offre. Je
  suis au Cercle St-Roch\, au fond.\n\nJérôme
LOCATION:Le Cercle\, 228 rue Saint-Joseph E\, Québec
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marie-Ève / Jérôme – Bivouac
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("centraide-entretien", "7y6t5r4e3w2q1a2s3d4f5g6h7j@google.com",
       1, "Centraide Québec et Chaudière-Appalaches", "Directrice – Communications et mobilisation", "",
       "bruno.marchand.rh@centraide-quebec.com;sophie.lavallee@centraide-quebec.com", "non-profit-google-two-interviewers", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20261208T143000Z
DTEND:20261208T153000Z
DTSTAMP:20261201T150744Z
ORGANIZER;CN=Sophie Lavallée:mailto:sophie.lavallee@centraide-quebec.com
UID:7y6t5r4e3w2q1a2s3d4f5g6h7j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@
 videotron.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bruno Marchand (RH);X-NUM-GUESTS=0:mailto:bruno.marchand.rh@centraide-q
 uebec.com
DESCRIPTION:Bonjour Marie-Ève\,\n\nVoici l'invitation pour notre entretien
  concernant le poste de directrice – Communications et mobilisation. Bruno
  se joindra à moi.\n\n3100\, avenue du Bourg-Royal\, Québec.\n\nSophie Laval
 lée\nDirectrice générale adjointe
LOCATION:3100 av. du Bourg-Royal\, Québec
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – Marie-Ève Gagnon
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("agence-recrutement", "perspective-rh-qi-20261012-mgagnon@perspectiverh.ca",
       1, "Québec International", "Directrice, communications et marketing", "recruiter_screen",
       "ktrudel@perspectiverh.ca", "agency-recruiter-screen-named-client", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:perspective-rh-qi-20261012-mgagnon@perspectiverh.ca
DTSTAMP:20261007T140000Z
DTSTART;TZID=America/Toronto:20261013T153000
DTEND;TZID=America/Toronto:20261013T161500
SUMMARY:Entrevue de qualification – Perspective RH / M.-È. Gagnon
DESCRIPTION:Bonjour Marie-Ève\,\n\nMerci d'avoir répondu à notre affichage. Comme indiqué\, notre client est Québec International\, qui recrute une directrice\, communications et marketing. Cet entretien avec moi permettra de valider votre profil avant de vous présenter au client.\n\nRéunion Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_PerspRH1013@thread.v2/0\n\nKarine Trudel\, CRHA\nConseillère principale en recrutement\nPerspective RH
LOCATION:Microsoft Teams
ORGANIZER;CN="Karine Trudel":mailto:ktrudel@perspectiverh.ca
ATTENDEE;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
