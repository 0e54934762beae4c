"""holdout162 events, part C: Montréal employers and Swiss (German- and French-speaking) clinics and clubs."""

from holdout162ev_tz import EASTERN, MONTREAL, W_EUROPE, ZURICH, ev

EVENTS = [
    ev("teams-quebec", "040000008200E00074C5B7101A82E00800000000E4B19D2A7C91DB01000000000000000010000000A2E4",
       (1, "CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "Physiothérapeute – IRGLM (poste permanent temps complet)",
        "recruiter_screen", "genevieve.tremblay.ccsmtl@ssss.gouv.qc.ca", "quebec-entrevue-eastern-windows-zone"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN="Genevieve Tremblay (CCSMTL)":mailto:genevieve.tremblay.ccsmtl
 @ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Lefèvre\,\n\nTel que convenu\, voi
 ci l'invitation pour l'entrevue téléphonique concernant l'affichage 2025-P
 HY-118 – Physiothérapeute – IRGLM (poste permanent temps complet). Veuill
 ez noter que l'heure indiquée est celle de Montréal.\n\nN'oubliez pas de p
 réparer votre dossier d'équivalence OPPQ.\n\nGeneviève Tremblay\nConseillè
 re en acquisition de talents\nDirection des ressources humaines\, des com
 munications et des affaires juridiques\n\n_________________________________
 _______________________________________________\nRéunion Microsoft Teams\nP
 articipez à partir de votre ordinateur ou de l'application mobile\nCliquez
  ici pour participer<https://teams.microsoft.com/l/meetup-join/19%3ameetin
 g_Y2Jk@thread.v2/0>\nOu composez le (audio seulement)\n+1 581-319-2194\,\,6
 48203117# Canada\, Quebec\n
UID:040000008200E00074C5B7101A82E00800000000E4B19D2A7C91DB01000000000000000010000000A2E4
SUMMARY;LANGUAGE=fr-CA:Entrevue téléphonique - 2025-PHY-118 - C. Lefèvre
DTSTART;TZID=Eastern Standard Time:20250227T093000
DTEND;TZID=Eastern Standard Time:20250227T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T203116Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-comite", "040000008200E00074C5B7101A82E00800000000D9F24B6C1E0ADB01000000000000000010000000B7C3",
       (1, "CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "Physiothérapeute IRGLM",
        "hiring_manager", "martin.lavoie.ccsmtl@ssss.gouv.qc.ca;isabelle.cote.ccsmtl@ssss.gouv.qc.ca",
        "quebec-selection-committee-coordinator-sends"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN="Genevieve Tremblay (CCSMTL)":mailto:genevieve.tremblay.ccsmtl
 @ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Martin Lavoie
  (CCSMTL)":mailto:martin.lavoie.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Isabelle Cote
  (CCSMTL)":mailto:isabelle.cote.ccsmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour\,\n\nVous êtes convoquée à une entrevue
  de sélection devant le comité suivant :\n- M. Martin Lavoie\, chef de serv
 ice réadaptation physique\n- Mme Isabelle Côté\, physiothérapeute coordonn
 atrice clinique\n\nJe m'occupe seulement de la logistique et ne siège pas
  au comité. Prévoyez 60 minutes\, dont une mise en situation verbale.\n\nG
 eneviève\n\nRéunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-
 join/19%3ameeting_NzQx@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000D9F24B6C1E0ADB01000000000000000010000000B7C3
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection - Physiothérapeute IRGLM
DTSTART;TZID=Eastern Standard Time:20250318T100000
DTEND;TZID=Eastern Standard Time:20250318T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T141700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ev("google-montreal", "0c5v9h2n7k1q4t8w3z6b0d5f8g@google.com",
       (1, "CHUM", "Physiothérapeute – Clinique de médecine du sport", "hiring_manager",
        "sophie.gagnon.chum@ssss.gouv.qc.ca", "quebec-entrevue-google-montreal-zone"),
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MONTREAL + r"""BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250306T083000
DTEND;TZID=America/Montreal:20250306T091500
DTSTAMP:20250228T152044Z
ORGANIZER;CN=Sophie Gagnon:mailto:sophie.gagnon.chum@ssss.gouv.qc.ca
UID:0c5v9h2n7k1q4t8w3z6b0d5f8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Camille Lefèvre;X-NUM-GUESTS=0:mailto:camille.lefevre.kine@laposte
 .net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sophie Gagnon;X-NUM-GUESTS=0:mailto:sophie.gagnon.chum@ssss.gouv.qc.ca
DESCRIPTION:Bonjour Camille\,\nEntrevue pour le poste de physiothérapeute à
  la Clinique de médecine du sport. Je serai avec toi (cheffe de l'unité d
 e physiothérapie). 14h30 pour toi en France 🙂\nSophie\n\nRejoindre avec G
 oogle Meet : https://meet.google.com/ybp-rmhs-jfd
LAST-MODIFIED:20250228T152044Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue physio méd. sport - Camille Lefèvre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("zoom-cas", "zoom-8471102233-chum-cas-clinique",
       (1, "CHUM", "", "technical",
        "sophie.gagnon.chum@ssss.gouv.qc.ca;Dr Olivier Brassard", "quebec-written-clinical-case-evaluation"),
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MONTREAL + r"""BEGIN:VEVENT
DTSTAMP:20250314T174200Z
DTSTART;TZID=America/Montreal:20250325T090000
DTEND;TZID=America/Montreal:20250325T103000
SUMMARY:CHUM - Évaluation des compétences (cas clinique) - C. Lefèvre
UID:zoom-8471102233-chum-cas-clinique
TZID:America/Montreal
DESCRIPTION:Sophie Gagnon vous invite à une réunion Zoom planifiée.\n\nÉtap
 e 2 du processus : évaluation des compétences. 30 min de lecture d'un cas c
 linique (LCA J+6 sem.\, joueuse de soccer)\, puis 45 min de présentation e
 t questions avec Sophie Gagnon et Dr Olivier Brassard (physiatre).\n\nParti
 ciper à la réunion Zoom\nhttps://us02web.zoom.us/j/8471102233?pwd=QWx2\n\nI
 D de réunion: 847 110 2233\nCode secret: 552190\n\nUne seule touche sur mob
 ile\n+14388097799\,\,8471102233# Canada\n
LOCATION:https://us02web.zoom.us/j/8471102233?pwd=QWx2
ORGANIZER;CN=Sophie Gagnon:mailto:sophie.gagnon.chum@ssss.gouv.qc.ca
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.
 net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workable", "workable-interview-2f8a91c0d3@kinatex",
       (1, "Kinatex Sports Physio", "Physiothérapeute – Laval", "recruiter_screen",
        "julie.bergeron@kinatex.com", "workable-utc-phone-screen-quebec"),
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-interview-2f8a91c0d3@kinatex
DTSTAMP:20250402T133010Z
DTSTART:20250408T133000Z
DTEND:20250408T140000Z
SUMMARY:Appel téléphonique: Camille Lefèvre / Kinatex Sports Physio
DESCRIPTION:Bonjour Camille\,\n\nJulie Bergeron vous appellera pour discut
 er du poste Physiothérapeute – Laval.\n\nNuméro : +33 6 71 24 88 09\n\nVou
 s pouvez confirmer ou proposer un autre moment ici : https://apply.workabl
 e.com/kinatex/interview/2f8a91c0d3\n\nKinatex Sports Physio via Workable
LOCATION:Téléphone
ORGANIZER;CN=Kinatex Sports Physio:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.
 lefevre.kine@laposte.net
ATTENDEE;CN=Julie Bergeron;ROLE=REQ-PARTICIPANT:mailto:julie.bergeron@kinat
 ex.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("modernloop-en", "ml-9c1e77b2-5d4a-4b8e-9f3a-cfm-final",
       (1, "CF Montréal", "Physiotherapist, Academy", "final",
        "kevin.oneil@cfmontreal.com;marie-eve.lapointe@cfmontreal.com", "modernloop-final-panel-coordinator-organizer"),
       r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-9c1e77b2-5d4a-4b8e-9f3a-cfm-final
DTSTAMP:20250416T192233Z
DTSTART;TZID=America/Montreal:20250423T110000
DTEND;TZID=America/Montreal:20250423T121500
SUMMARY:CF Montréal | Final Round - Camille Lefèvre (Physiotherapist\, Aca
 demy)
DESCRIPTION:Hi Camille\,\n\nHere are the details of your final round.\n\n11
 :00 - 11:45  Kevin O'Neil\, Head Athletic Therapist\n11:45 - 12:15  Marie-
 Ève Lapointe\, Academy Director\n\nZoom: https://cfmontreal.zoom.us/j/9381
 0442271\n\nThe call can be held in French or English.\n\nScheduled by Jess
 ica Nguyen\, People Coordinator\, via ModernLoop
LOCATION:Zoom
ORGANIZER;CN=Jessica Nguyen:mailto:jessica.nguyen@cfmontreal.com
ATTENDEE;CN=Camille Lefèvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.
 lefevre.kine@laposte.net
ATTENDEE;CN=Kevin O'Neil;ROLE=REQ-PARTICIPANT:mailto:Kevin.ONeil@cfmontreal
 .com
ATTENDEE;CN=Marie-Ève Lapointe;ROLE=REQ-PARTICIPANT:mailto:Marie-Eve.Lapoin
 te@cfmontreal.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("cal-com", "c0m8x2Qm7kR1vB4nT9pL3sF6",
       (1, "Physio Plateau", "Physiothérapeute (temps plein)", "hiring_manager",
        "mathieu@physioplateau.ca", "cal-com-booking-montreal-private-clinic"),
       r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c0m8x2Qm7kR1vB4nT9pL3sF6
DTSTAMP:20250422T011522Z
DTSTART:20250429T123000Z
DTEND:20250429T131500Z
SUMMARY:Entrevue – Physiothérapeute (temps plein) entre Mathieu Ouellet et
  Camille Lefèvre
DESCRIPTION:Quoi : Entrevue – Physiothérapeute (temps plein)\nQuand : mardi
  29 avril 2025 08:30 - 09:15 (America/Montreal)\nQui :\n  Mathieu Ouellet
  - Organisateur - mathieu@physioplateau.ca\n  Camille Lefèvre - camille.le
 fevre.kine@laposte.net\nOù : Cal Video\nNotes supplémentaires : Kiné DE\, d
 ossier OPPQ en cours\, dispo pour un début en janvier 2026\n\nAnnuler ou r
 eplanifier : https://app.cal.com/booking/c0m8x2Qm7kR1vB4nT9pL3sF6
LOCATION:https://app.cal.com/video/c0m8x2Qm7kR1vB4nT9pL3sF6
ORGANIZER;CN=Mathieu Ouellet:mailto:mathieu@physioplateau.ca
ATTENDEE;CN=Camille Lefèvre;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRU
 E:mailto:camille.lefevre.kine@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-de", "040000008200E00074C5B7101A82E00800000000A1F2C3D4E5B6DB0100000000000000001000000012AB",
       (1, "Schulthess Klinik", "Physiotherapeut/in Sportmedizin 80–100 %", "hiring_manager",
        "andrea.buehler@kws.ch;lukas.meier@kws.ch", "german-vorstellungsgespraech-outlook"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Bühler Andrea":mailto:Andrea.Buehler@kws.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meier Luk
 as":mailto:Lukas.Meier@kws.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Lefèvre\n\nGerne laden wir Sie
  zu einem Vorstellungsgespräch für die Stelle Physiotherapeut/in Sportmedi
 zin 80–100 % ein. Am Gespräch nehmen teil: Andrea Bühler (Leitung Physiot
 herapie) und Lukas Meier (Teamleiter Sportphysiotherapie). Das Gespräch ka
 nn teilweise auf Französisch oder Englisch geführt werden.\n\nFreundliche
  Grüsse\nAndrea Bühler\n\nMicrosoft Teams-Besprechung\nJetzt an der Besprech
 ung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODA1@
 thread.v2/0>\n
UID:040000008200E00074C5B7101A82E00800000000A1F2C3D4E5B6DB0100000000000000001000000012AB
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Frau C. Lefèvre
DTSTART;TZID=W. Europe Standard Time:20250404T140000
DTEND;TZID=W. Europe Standard Time:20250404T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T102515Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
    ev("schnuppertag", "040000008200E00074C5B7101A82E00800000000B7E6A5D4C3F2DB0100000000000000001000000034CD",
       (1, "Balgrist", "Physiotherapeutin / Physiotherapeut Orthopädie", "onsite",
        "thomas.rueegg@balgrist.ch", "german-schnuppertag-trial-day"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Liebe Frau Lefèvre\n\nWie telefonisch besprochen\, bestätige i
 ch Ihnen den Schnuppertag in der Physiotherapie der Universitätsklinik Bal
 grist (Stelle Physiotherapeutin / Physiotherapeut Orthopädie).\n\n07:30 Tr
 effpunkt Empfang\, Forchstrasse 340\n07:45-12:00 Begleitung im Ambulatori
 um\n13:00-15:30 Mitarbeit Station\, eigene Behandlung unter Supervision\n1
 5:30 Abschlussgespräch mit mir\n\nBitte weisse Kleidung und Hallenschuhe mi
 tnehmen.\n\nHerzliche Grüsse\nThomas Rüegg\nTeamleiter Physiotherapie
DTEND;TZID="W. Europe Standard Time":20250508T163000
DTSTAMP:20250424T065512Z
DTSTART;TZID="W. Europe Standard Time":20250508T073000
LOCATION:Universitätsklinik Balgrist\, Empfang
ORGANIZER;CN="Rüegg Thomas":mailto:Thomas.Rueegg@balgrist.ch
ATTENDEE;CN="camille.lefevre.kine@laposte.net";RSVP=TRUE:mailto:camille.lef
 evre.kine@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-CH:Schnuppertag Physiotherapie - Frau Lefèvre
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B7E6A5D4C3F2DB0100000000000000001000000034CD
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings", "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000BK77",
       (1, "Medbase", "Physiothérapeute 80-100% – Lausanne Flon", "recruiter_screen",
        "sylvie.cuendet@medbase.ch", "microsoft-bookings-candidate-slot"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Recrutement Medbase Romandie:mailto:RecrutementRomandie@medbas
 e.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Le
 fèvre:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sylvie Cue
 ndet:mailto:sylvie.cuendet@medbase.ch
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé\n\nService : Entr
 etien candidature – Physiothérapeute 80-100% – Lausanne Flon\nMembre du pe
 rsonnel : Sylvie Cuendet\nDurée : 30 minutes\n\nRejoindre la réunion Micros
 oft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTcz@thr
 ead.v2/0\n\nGérer la réservation : https://outlook.office365.com/owa/calen
 dar/RecrutementRomandie@medbase.ch/bookings/\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000BK77
SUMMARY;LANGUAGE=fr-FR:Entretien candidature pour Camille Lefèvre
DTSTART;TZID=W. Europe Standard Time:20250506T091500
DTEND;TZID=W. Europe Standard Time:20250506T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T183344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-sion", "040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DB0100000000000000001000000056EF",
       (1, "Clinique romande de réadaptation", "Physiothérapeute en réadaptation de l'appareil locomoteur",
        "hiring_manager", "nadia.bonvin@crr-suva.ch;stephane.pitteloud@crr-suva.ch",
        "swiss-rehab-clinic-entretien-d-embauche"),
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Bonvin Nadia":mailto:nadia.bonvin@crr-suva.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.le
 fevre.kine@laposte.net:mailto:camille.lefevre.kine@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pitteloud Sté
 phane":mailto:stephane.pitteloud@crr-suva.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CRR Salle Mont
 -Noble":mailto:salle.montnoble@crr-suva.ch
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous vous confirmons votre entretien
  d'embauche pour le poste de Physiothérapeute en réadaptation de l'apparei
 l locomoteur. Vous serez reçue par Mme Nadia Bonvin\, responsable physioth
 érapie\, et M. Stéphane Pitteloud\, RH.\n\nAv. du Grand-Champsec 90\, 1950
  Sion\n\nMeilleures salutations
UID:040000008200E00074C5B7101A82E00800000000C8D9E0F1A2B3DB0100000000000000001000000056EF
SUMMARY;LANGUAGE=fr-FR:Entretien d'embauche - Mme Lefèvre - physio
DTSTART;TZID=W. Europe Standard Time:20250520T103000
DTEND;TZID=W. Europe Standard Time:20250520T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T080122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CRR Salle Mont-Noble
END:VEVENT
END:VCALENDAR
"""),
    ev("smartrecruiters", "sr-interview-3a7d0c51-servette",
       (1, "Servette FC", "Physiothérapeute Académie (M15-M21)", "recruiter_screen",
        "yann.perret@servettefc.ch", "smartrecruiters-club-screen-zurich-zone"),
       r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:sr-interview-3a7d0c51-servette
DTSTAMP:20250430T121204Z
DTSTART;TZID=Europe/Zurich:20250507T170000
DTEND;TZID=Europe/Zurich:20250507T173000
SUMMARY:Servette FC - Entretien : Physiothérapeute Académie (M15-M21)
DESCRIPTION:Bonjour Camille\,\n\nVotre entretien avec Yann Perret (Respon
 sable RH Académie) est confirmé.\nFormat : Google Meet – https://meet.goog
 le.com/sfc-akdm-ppq\n\nSi vous devez modifier ce créneau\, utilisez le lie
 n reçu par e-mail.\n\nServette FC via SmartRecruiters
LOCATION:Google Meet
ORGANIZER;CN=Servette FC:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:camille.lefevre.kine@laposte.n
 et
ATTENDEE;CN=Yann Perret:mailto:yann.perret@servettefc.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
