"""holdout241: the user's own interviews with law firms and notaries' offices (raw iCalendar text)."""
from holdout241ev_tz import PARIS, ROMANCE, E

EVENTS = []

# Cabinet Lefeuvre: office manager's phone screen (Google Workspace), associate, final.
EVENTS.append(E("phone-screen", "1k8s0d2m4qv7t3lefeuvre9x@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260203T123000
DTEND;TZID=Europe/Paris:20260203T130000
DTSTAMP:20260129T163212Z
ORGANIZER;CN=Catherine Morvan:mailto:c.morvan@lefeuvre-avocats.fr
UID:1k8s0d2m4qv7t3lefeuvre9x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Catherine
  Morvan;X-NUM-GUESTS=0:mailto:c.morvan@lefeuvre-avocats.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gwen.lebihan@orange.fr;X-NUM-GUESTS=0:mailto:gwen.lebihan@orange.fr
CREATED:20260129T163211Z
DESCRIPTION:Bonjour Madame Le Bihan\\,\\n\\nComme convenu par mail\\, je vous a
 ppellerai sur votre portable (06 71 24 58 90) pour un premier échange d'env
 iron 20 minutes au sujet de votre candidature au poste de responsable du pô
 le assistantes juridiques / paralegals.\\n\\nBien à vous\\,\\nCatherine Morvan
 \\nOffice manager – Lefeuvre Avocats\\n4 quai Lamennais\\, 35000 Rennes
LAST-MODIFIED:20260129T163211Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange téléphonique – Gwenaëlle Le Bihan / Lefeuvre Avocats
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Lefeuvre Avocats", "responsable du pôle assistantes juridiques / paralegals", "recruiter_screen",
    "c.morvan@lefeuvre-avocats.fr", "law-firm-office-manager-phone-screen-google"))

EVENTS.append(E(
    "associate-meeting",
    "040000008200E00074C5B7101A82E00800000000C0A1F3D2B690DC01000000000000000010000000B4C1E7A9F3D2CB4B8E1F0A6C9D7E2B31",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN=Anne-Sophie Lefeuvre;SENT-BY="mailto:c.morvan@lefeuvre-avocats
 .fr":mailto:as.lefeuvre@lefeuvre-avocats.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwen.lebih
 an@orange.fr:mailto:gwen.lebihan@orange.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN=Salle Lamennais (6 pl.):mailto:salle.lamennais@lefeuvre-avocats.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\\,\\n\\nMaître Anne-Sophie Lefeuvre\\, as
 sociée\\, vous recevra au cabinet pour un entretien relatif au poste de re
 sponsable du pôle paralegals.\\n\\nMerci de vous présenter à l'accueil au
  2e étage. Le digicode vous sera communiqué par SMS la veille.\\n\\nCather
 ine Morvan\\nPour Me Lefeuvre\\n
UID:040000008200E00074C5B7101A82E00800000000C0A1F3D2B690DC01000000000000000
 010000000B4C1E7A9F3D2CB4B8E1F0A6C9D7E2B31
SUMMARY;LANGUAGE=fr-FR:Entretien Me Lefeuvre – Mme Le Bihan
DTSTART;TZID=Romance Standard Time:20260212T180000
DTEND;TZID=Romance Standard Time:20260212T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T101544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cabinet Lefeuvre Avocats\\, 4 quai Lamennais\\, Rennes – Salle Lamennais
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Lefeuvre Avocats", "responsable du pôle paralegals", "hiring_manager", "as.lefeuvre@lefeuvre-avocats.fr",
    "outlook-associate-interview-sent-by-office-manager"))

EVENTS.append(E(
    "second-round",
    "040000008200E00074C5B7101A82E00800000000D4E2A7B1C591DC010000000000000000100000002A9E4C7F1B3D5A4E9C8B7A6F5E4D3C21",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN=Anne-Sophie Lefeuvre;SENT-BY="mailto:c.morvan@lefeuvre-avocats
 .fr":mailto:as.lefeuvre@lefeuvre-avocats.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwen.lebih
 an@orange.fr:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pierrick Danie
 l:mailto:p.daniel@lefeuvre-avocats.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Catherine
  Morvan:mailto:c.morvan@lefeuvre-avocats.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\\,\\n\\nSuite à votre entretien avec Me L
 efeuvre\\, nous vous proposons un second rendez-vous avec les deux associé
 s\\, Me Lefeuvre et Me Daniel\\, suivi d'un court temps d'échange avec l'é
 quipe (4 assistantes et 2 juristes).\\n\\nPrévoir 1h30 environ.\\n\\nBien
  cordialement\\,\\nCatherine Morvan
UID:040000008200E00074C5B7101A82E00800000000D4E2A7B1C591DC01000000000000000
 0100000002A9E4C7F1B3D5A4E9C8B7A6F5E4D3C21
SUMMARY;LANGUAGE=fr-FR:2nd RDV associés + rencontre équipe – G. Le Bihan
DTSTART;TZID=Romance Standard Time:20260226T173000
DTEND;TZID=Romance Standard Time:20260226T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T084402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cabinet – 4 quai Lamennais
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, "Lefeuvre Avocats", "", "final", "as.lefeuvre@lefeuvre-avocats.fr;p.daniel@lefeuvre-avocats.fr",
    "second-meeting-both-partners-no-interview-word"))

# Juris Talents (recruitment firm for legal professionals) presents her to Office notarial Kerjean.
EVENTS.append(E("agency-client-meeting", "jt-2026-0311-gleb-kerjean@juristalents.fr", """BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit Calendar//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:jt-2026-0311-gleb-kerjean@juristalents.fr
DTSTAMP:20260304T141010Z
DTSTART;TZID=Europe/Paris:20260311T100000
DTEND;TZID=Europe/Paris:20260311T111500
SUMMARY:Rencontre avec Me Yann Kerjean – Office notarial Kerjean & Associés (présentation Juris Talents)
LOCATION:Office notarial Kerjean & Associés\\, 12 rue de Paris\\, 35510 Cesson-Sévigné
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nComme annoncé lors de notre point\\, l'
 étude qui recrute est l'Office notarial Kerjean & Associés à Cesson-Sévigné
 . Me Yann Kerjean\\, notaire associé\\, et Mme Hélène Briand\\, responsable du
  service formalités\\, vous recevront.\\n\\nPoste : Responsable du service fo
 rmalités / juriste (CDI\\, 39h)\\n\\nN'hésitez pas à m'appeler après le rende
 z-vous pour me faire votre retour.\\n\\nAurélie Gicquel\\nConsultante senior
  – Juris Talents\\, recrutement des métiers du droit\\n02 99 41 77 30
ORGANIZER;CN=Aurélie Gicquel:mailto:a.gicquel@juristalents.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle
  Le Bihan:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yann Kerjean:mailto:yann.kerjean@notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hélène Briand:mailto:helene.briand.35120@notaires.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Office notarial Kerjean & Associés", "Responsable du service formalités / juriste", "hiring_manager",
    "yann.kerjean@notaires.fr;helene.briand.35120@notaires.fr", "agency-invite-notary-office-rencontre"))

EVENTS.append(E("trial-day", "etude-kerjean-journee-2026-03-24@notaires.fr", """BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 14.6//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:etude-kerjean-journee-2026-03-24@notaires.fr
DTSTAMP:20260317T182233Z
DTSTART;VALUE=DATE:20260324
DTEND;VALUE=DATE:20260325
SUMMARY:Journée à l'étude – Mme Le Bihan
DESCRIPTION:Chère Madame\\,\\n\\nComme évoqué\\, nous vous proposons de passer
  la journée du 24 mars avec l'équipe formalités (accueil 8h45). Vous travaill
 erez sur quelques dossiers réels avec Hélène Briand (publicité foncière\\, a
 près-vente) et nous ferons un point ensemble à 17h.\\n\\nBien à vous\\,\\nYann
  Kerjean\\, notaire
ORGANIZER;CN=Yann Kerjean:mailto:yann.kerjean@notaires.fr
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle Le Bihan:mailto:gwen.lebihan@orange.fr
ATTENDEE;PARTSTAT=ACCEPTED;CN=Hélène Briand:mailto:helene.briand.35120@notaires.fr
LOCATION:12 rue de Paris\\, Cesson-Sévigné
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Office notarial Kerjean & Associés", "", "onsite",
    "yann.kerjean@notaires.fr;helene.briand.35120@notaires.fr", "all-day-journee-a-l-etude-trial-day"))

EVENTS.append(E("agency-call", "zr-evt-88120344102@juristalents.fr", """BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit Calendar//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:zr-evt-88120344102@juristalents.fr
DTSTAMP:20260407T090012Z
DTSTART;TZID=Europe/Paris:20260409T123000
DTEND;TZID=Europe/Paris:20260409T130000
SUMMARY:Point téléphonique – Gwenaëlle Le Bihan
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nJe vous appelle jeudi pour vous présent
 er plus en détail le poste de clerc principale / responsable d'équipe chez
  SCP Rouxel & Hamon\\, notaires à Vitré (étude de 22 personnes) et faire le p
 oint sur vos attentes (rémunération\\, préavis de mutation\\, disponibilité).
  Si tout va bien je transmets votre dossier à Me Hamon dans la foulée.\\n\\nA
 urélie Gicquel – Juris Talents
ORGANIZER;CN=Aurélie Gicquel:mailto:a.gicquel@juristalents.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle
  Le Bihan:mailto:gwen.lebihan@orange.fr
LOCATION:Appel sur votre mobile
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    1,
    "SCP Rouxel & Hamon",
    "clerc principale / responsable d'équipe",
    "recruiter_screen",
    "a.gicquel@juristalents.fr",
    "agency-screen-employer-only-in-description"))

# Typed by the user on her phone.
EVENTS.append(E("typed-notary", "A3F0C2D1-77B4-4E0A-9C61-5D2E8B90F1AA", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:A3F0C2D1-77B4-4E0A-9C61-5D2E8B90F1AA
DTSTAMP:20260219T213304Z
DTSTART:20260305T143000
DTEND:20260305T153000
SUMMARY:Entretien Me Marrec étude St Malo
LOCATION:Guillou-Marrec notaires\\, 3 bd Douville St-Malo
DESCRIPTION:ramener CV + diplôme DUT carrières juridiques + attestation ENG
 \\nposte = juriste rédactrice / actes courants\\nparking Intra-muros = galère
  -> partir 13h
END:VEVENT
END:VCALENDAR
""", 1, "Guillou-Marrec Notaires", "juriste rédactrice", "", "Me Marrec", "typed-floating-notary-entretien", lf=True))

# Ouest Juris Avocats via Teamtailor: video screen then written case study.
EVENTS.append(E("teamtailor-video", "tt-meeting-3321907-ouestjuris@teamtailor.com", """BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-3321907-ouestjuris@teamtailor.com
DTSTAMP:20260210T080455Z
DTSTART:20260216T090000Z
DTEND:20260216T094500Z
SUMMARY:Entretien vidéo – Juriste conformité & legal operations – Ouest Juris Avocats
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nMerci pour votre candidature ! Voici les
  informations pour votre entretien avec Manon Roussel (Talent & RH).\\n\\nRej
 oindre la réunion Microsoft Teams\\nhttps://teams.microsoft.com/l/meetup-join
 /19%3ameeting_ZjA3NTRiNzEtOWQ4Ny00%40thread.v2/0\\nID de la réunion : 381 22
 4 906 113\\nCode secret : 7hT2vB\\n\\nVous pouvez reprogrammer via votre espac
 e candidat.\\n\\nL'équipe Ouest Juris
ORGANIZER;CN=Ouest Juris Avocats via Teamtailor:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Manon Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:manon.roussel@ouestjuris.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    1,
    "Ouest Juris Avocats",
    "Juriste conformité & legal operations",
    "recruiter_screen",
    "manon.roussel@ouestjuris.com",
    "teamtailor-utc-video-screen"))

EVENTS.append(E("case-study", "tt-meeting-3340112-ouestjuris@teamtailor.com", """BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-3340112-ouestjuris@teamtailor.com
DTSTAMP:20260220T151220Z
DTSTART:20260302T130000Z
DTEND:20260302T150000Z
SUMMARY:Cas pratique + échange avec l'équipe – Ouest Juris Avocats
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nLa deuxième étape se déroulera dans nos
  locaux : 1h de cas pratique écrit (cartographie des risques LCB-FT d'un ca
 binet et proposition de procédure KYC clients)\\, puis 45 min de restitution
  avec Me Julien Hervé (associé\\, pôle compliance) et Manon Roussel.\\n\\nAdre
 sse : 2 place de la Gare\\, Rennes – 5e étage\\nOrdinateur fourni.\\n\\nÀ très
  vite !
ORGANIZER;CN=Ouest Juris Avocats via Teamtailor:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Julien Hervé;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julien.herve@ouestjuris.com
ATTENDEE;CN=Manon Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:manon.roussel@ouestjuris.com
LOCATION:Ouest Juris Avocats\\, 2 place de la Gare\\, 35000 Rennes
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Ouest Juris Avocats", "", "technical", "julien.herve@ouestjuris.com;manon.roussel@ouestjuris.com",
    "cas-pratique-written-case-then-restitution"))

EVENTS.append(E("wttj-interview", "wk-interview-5f2a9c10e3@welcomekit.co", """BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:wk-interview-5f2a9c10e3@welcomekit.co
DTSTAMP:20260223T101501Z
DTSTART;TZID=Europe/Paris:20260227T113000
DTEND;TZID=Europe/Paris:20260227T122000
SUMMARY:LBMS Avocats x Gwenaëlle Le Bihan – Paralegal Manager (H/F)
DESCRIPTION:Votre rendez-vous avec Bénédicte Salaün (Avocate associée\\, resp
 onsable du bureau de Nantes) est confirmé.\\n\\nLien Zoom : https://us06web.z
 oom.us/j/84120937761?pwd=Q2ZkRmZpbXJKa0\\nID de réunion : 841 2093 7761\\nCod
 e : 503318\\n\\nPour annuler ou modifier\\, rendez-vous sur Welcome to the Jun
 gle.
ORGANIZER;CN=LBMS Avocats:mailto:notifications@welcomekit.co
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Bénédicte Salaün;PARTSTAT=ACCEPTED:mailto:b.salaun@lbms-avocats.fr
LOCATION:Zoom
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "LBMS Avocats", "Paralegal Manager (H/F)", "hiring_manager", "b.salaun@lbms-avocats.fr",
    "welcome-to-the-jungle-zoom-partner"))

EVENTS.append(E("typed-brest", "8D5E2F71-1C3B-4A96-B0D4-7E9A12C4F055", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:8D5E2F71-1C3B-4A96-B0D4-7E9A12C4F055
DTSTAMP:20260305T194010Z
DTSTART:20260320T100000
DTEND:20260320T140000
SUMMARY:Brest - cab. Bréhat 10h (Me Quéré) puis déj Soazig
LOCATION:Cabinet Bréhat Avocats\\, rue de Siam\\, Brest
DESCRIPTION:poste assistante juridique senior / coordination pôle famille\\
 ndemander télétravail 1j ?\\nTER 7h05 Rennes -> Brest\\, retour avec Soazig d
 imanche
END:VEVENT
END:VCALENDAR
""", 1, "Cabinet Bréhat Avocats", "assistante juridique senior / coordination pôle famille", "", "Me Quéré",
    "typed-interview-merged-with-lunch-sister", lf=True))

EVENTS.append(E("hellowork-notary", "hw-rdv-20260318-4471@hellowork.com", """BEGIN:VCALENDAR
PRODID:-//HelloWork//Recrutement//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:hw-rdv-20260318-4471@hellowork.com
DTSTAMP:20260312T074501Z
DTSTART;TZID=Europe/Paris:20260318T160000
DTEND;TZID=Europe/Paris:20260318T170000
SUMMARY:Entretien – Responsable service formalités H/F – Notaires d'Armor
DESCRIPTION:Madame Le Bihan\\,\\n\\nNous avons le plaisir de vous convier à u
 n entretien dans nos locaux de Saint-Brieuc avec Maître Erwan Le Goff\\, no
 taire\\, et Mme Laëtitia Raoul\\, office manager.\\n\\nNotaires d'Armor – SELA
 RL\\n7 rue Saint-Guillaume\\, 22000 Saint-Brieuc\\n\\nMessage envoyé via Hell
 oWork Recrutement.
ORGANIZER;CN=Notaires d'Armor:mailto:ne-pas-repondre@hellowork.com
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:7 rue Saint-Guillaume\\, 22000 Saint-Brieuc
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Notaires d'Armor", "Responsable service formalités H/F", "hiring_manager", "Erwan Le Goff;Laëtitia Raoul",
    "hellowork-notary-names-only-in-body"))
