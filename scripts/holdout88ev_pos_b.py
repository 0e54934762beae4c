"""holdout88: the user's own interviews, part B (Greenhouse, Lever, Ashby, Teamtailor, softgarden, Personio ...)."""

from __future__ import annotations

from holdout88ev_common import (
    BERLIN,
    BRUSSELS,
    EXCHANGE,
    LONDON,
    OUTLOOK,
    PARIS,
    UTC1_NL,
    WEUROPE,
    cal,
    pos,
)

FORMS_B = {
    "Parcelia": "Parcelia France",
    "Stockwell Fulfilment": "Stockwell|Stockwell Fulfilment Ltd",
    "Sportlane": "",
    "Kargo Benelux": "Kargo",
    "Van Acker Logistics": "Van Acker|Van Acker Logistics NV",
    "Brenner Logistik": "Brenner|Brenner Logistik GmbH|Brenner Logistics",
    "Preiswert Markt": "Preiswert",
    "Géoflux": "Géoflux Logistique",
    "Dunkerque Port Logistique": "DPL",
}


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(pos("greenhouse-hm-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-55829301-1774521600@greenhouse.io
DTSTAMP:20260310T142201Z
DTSTART:20260316T090000Z
DTEND:20260316T094500Z
SUMMARY:Interview with Parcelia - Site Manager\, Lesquin Hub
ORGANIZER;CN=Sophie Tran:mailto:sophie.tran@parcelia.eu
ATTENDEE;CN=Mathieu Lefebvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Damien Wallart;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:damien.wallart@parcelia.eu
LOCATION:https://parcelia.zoom.us/j/84412093377?pwd=QmZ3dGx2
DESCRIPTION:Hi Mathieu\,\n\nYou're confirmed for your interview with Parcelia
 ! Details below.\n\nPosition: Site Manager\, Lesquin Hub\nInterviewer: Damie
 n Wallart - Head of Operations France\nFormat: Zoom (45 min)\n\nJoin Zoom Me
 eting\nhttps://parcelia.zoom.us/j/84412093377?pwd=QmZ3dGx2\nMeeting ID: 844 1
 209 3377\nPasscode: 519204\n\nIf you need to reschedule\, reply to this email
  and I'll take care of it.\n\nSophie Tran\nRecruiting Coordinator\, Parcelia
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//Greenhouse//Greenhouse Calendar//EN"), "Parcelia", "Site Manager, Lesquin Hub", "hiring_manager",
        "damien.wallart@parcelia.eu", "greenhouse-coordinator-en"))

    ev.append(pos("greenhouse-panel-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-55829377-1775642400@greenhouse.io
DTSTAMP:20260323T101500Z
DTSTART;TZID=Europe/Paris:20260408T093000
DTEND;TZID=Europe/Paris:20260408T123000
SUMMARY:Onsite Interview: Mathieu Lefebvre (Site Manager\, Lesquin Hub)
ORGANIZER;CN=Sophie Tran:mailto:sophie.tran@parcelia.eu
ATTENDEE;CN=Mathieu Lefebvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Damien Wallart;ROLE=REQ-PARTICIPANT:mailto:damien.wallart@parcelia.eu
ATTENDEE;CN=Agnieszka Nowak;ROLE=REQ-PARTICIPANT:mailto:agnieszka.nowak@parcelia.eu
ATTENDEE;CN=Yannick Lebrun;ROLE=REQ-PARTICIPANT:mailto:yannick.lebrun@parcelia.eu
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Lesquin - Meeting Room Deûle:mailto:room.deule@parcelia.eu
LOCATION:Parcelia Lesquin Hub\, Rue des Saules\, 59810 Lesquin - Meeting Room Deûle
DESCRIPTION:Interview schedule\n09:30 - 10:15  Damien Wallart\, Head of Opera
 tions France (hiring manager)\n10:15 - 11:00  Agnieszka Nowak\, Regional HSE
  Lead - safety & people\n11:00 - 11:45  Yannick Lebrun\, Network Planning Ma
 nager - case: sort capacity on peak days\n11:45 - 12:30  Hub tour\n\nYour re
 cruiting coordinator Sophie Tran will meet you at reception. Please bring an
  ID.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
""", "-//Greenhouse//Greenhouse Calendar//EN", tz=PARIS), "Parcelia", "Site Manager, Lesquin Hub", "onsite",
        "damien.wallart@parcelia.eu;agnieszka.nowak@parcelia.eu;yannick.lebrun@parcelia.eu",
        "greenhouse-onsite-room-en"))

    ev.append(pos("lever-screen-en", cal(r"""
BEGIN:VEVENT
UID:lever-9f1e66c2-4d70-4f8e-b5a3-0e2c77d41a90
DTSTAMP:20260302T110043Z
DTSTART;TZID=Europe/London:20260304T110000
DTEND;TZID=Europe/London:20260304T113000
SUMMARY:Mathieu Lefebvre <> Stockwell Fulfilment - Operations Manager (Lille)
ORGANIZER;CN=Rachel Okafor:mailto:rachel.okafor@stockwell-fulfilment.co.uk
ATTENDEE;CN=Rachel Okafor;PARTSTAT=ACCEPTED:mailto:rachel.okafor@stockwell-fulfilment.co.uk
ATTENDEE;CN=Mathieu Lefebvre;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Google Meet: https://meet.google.com/wqk-hzbd-trv
DESCRIPTION:Hi Mathieu\, looking forward to our chat about the Operations Man
 ager role at our new Lille site. 30 minutes\, mostly about your background a
 nd what you're looking for. Note the time is UK time (12:00 in France).\n\nJoi
 n with Google Meet: https://meet.google.com/wqk-hzbd-trv\n\nScheduled with Le
 ver
STATUS:CONFIRMED
END:VEVENT
""", "-//Lever//Lever Hire//EN", tz=LONDON), "Stockwell Fulfilment", "Operations Manager", "recruiter_screen",
        "rachel.okafor@stockwell-fulfilment.co.uk", "lever-uk-tz-en"))

    ev.append(pos("ashby-case-fr", cal(r"""
BEGIN:VEVENT
UID:ashby-intv-3c1f9a0b-88e2-4a57-b0cf-2d1e6f4a9b7e
DTSTAMP:20260311T080000Z
DTSTART:20260318T140000Z
DTEND:20260318T151500Z
SUMMARY:Sportlane | Étude de cas Responsable Logistique E-commerce — Mathieu Lefebvre
ORGANIZER;CN=Sportlane Recrutement:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Julien Castelain:mailto:julien@sportlane.fr
ATTENDEE;CN=Morgane Ly:mailto:morgane.ly@sportlane.fr
LOCATION:https://meet.google.com/fyb-qxpo-ret
DESCRIPTION:Bonjour Mathieu\,\n\nVoici les détails de votre entretien « Étude
  de cas » pour le poste Responsable Logistique E-commerce.\n\nAvec : Julien C
 astelain (COO) et Morgane Ly (Lead Supply Chain)\nDurée : 75 min\nFormat : v
 ous présenterez votre analyse du cas envoyé par mail (taux de service et ret
 ours clients)\, puis questions.\n\nLien : https://meet.google.com/fyb-qxpo-re
 t\n\nL'équipe Sportlane
STATUS:CONFIRMED
END:VEVENT
""", "-//Ashby//Ashby Scheduling//EN"), "Sportlane", "Responsable Logistique E-commerce", "technical",
        "julien@sportlane.fr;morgane.ly@sportlane.fr", "ashby-case-fr"))

    ev.append(pos("teamtailor-hm-nl", cal(r"""
BEGIN:VEVENT
UID:teamtailor-interview-1186542@teamtailor.com
DTSTAMP:20260304T090912Z
DTSTART;TZID=Europe/Brussels:20260312T100000
DTEND;TZID=Europe/Brussels:20260312T110000
SUMMARY:Sollicitatiegesprek Site Manager Gent - Mathieu Lefebvre
ORGANIZER;CN=Kargo Benelux:mailto:notifications@teamtailor.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Stijn De Wilde:mailto:stijn.dewilde@kargo.be
LOCATION:Microsoft Teams
DESCRIPTION:Beste Mathieu\,\n\nBedankt voor je sollicitatie bij Kargo Benelux
 . Je gesprek met Stijn De Wilde (Operations Director\, hiring manager) is ing
 epland.\n\nMicrosoft Teams-vergadering\nNu deelnemen: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_ZTk0Y2Jk\nVergadering-id: 374 118 502 66\nWac
 htwoordcode: Yq4nB8\n\nHet gesprek kan in het Nederlands\, Frans of Engels.\n
 \nMet vriendelijke groeten\,\nTeam Kargo
STATUS:CONFIRMED
END:VEVENT
""", "-//Teamtailor//Teamtailor Calendar//EN", tz=BRUSSELS), "Kargo Benelux", "Site Manager Gent",
        "hiring_manager", "stijn.dewilde@kargo.be", "teamtailor-teams-nl"))

    ev.append(pos("outlook-intro-nl", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Claeys, Wim":mailto:wim.claeys@vanacker-logistics.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
DESCRIPTION;LANGUAGE=nl-BE:Dag Mathieu\,\n\nZoals telefonisch besproken plann
 en we een eerste kennismakingsgesprek voor de functie Warehouse Supervisor (
 site Antwerpen-Linkeroever). Ik ben HR-recruiter bij Van Acker en we overlopen
  samen je ervaring en de arbeidsvoorwaarden.\n\nGroeten\,\nWim Claeys\nTalen
 t Acquisition - Van Acker Logistics NV\n
SUMMARY;LANGUAGE=nl-BE:Kennismakingsgesprek Warehouse Supervisor - M. Lefebvre
DTSTART;TZID="(UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs":20260309T160000
DTEND;TZID="(UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs":20260309T163000
UID:040000008200E00074C5B7101A82E00800000000C4A7E1B2F3A9DC0100000000000000001000000011AA22BB33CC44DD55EE66FF77880099
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T120344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Telefonisch (Wim belt)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", OUTLOOK, tz=UTC1_NL), "Van Acker Logistics", "Warehouse Supervisor", "recruiter_screen",
        "wim.claeys@vanacker-logistics.be", "outlook-utc-label-phone-nl"))

    ev.append(pos("exchange-onsite-nl", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Anneleen":mailto:anneleen.peeters@vanacker-logistics.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@orange.fr:mailto:mat
 .lefebvre59@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Claeys, Wim":mailto:wim.claeys@vanacker-logistics.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Bezoekersbadge Linkeroever":mailto:badge.lo@vanacker-logistics.be
DESCRIPTION;LANGUAGE=nl-BE:Tweede gesprek met Anneleen Peeters (Site Manager
  Linkeroever) en een rondleiding in het magazijn. Wim Claeys zorgt voor de b
 adge en de ontvangst maar neemt niet deel aan het gesprek.\n\nAdres: Blikken
  2\, 9130 Beveren (poort 4)\n
SUMMARY;LANGUAGE=nl-BE:Tweede gesprek + rondleiding magazijn (Mathieu Lefebvre)
DTSTART;TZID=Europe/Brussels:20260323T133000
DTEND;TZID=Europe/Brussels:20260323T150000
UID:040000008200E00074C5B7101A82E00800000000D5B8F2C3A4BADC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
CLASS:PUBLIC
DTSTAMP:20260316T075511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Van Acker Logistics - Blikken 2\, Beveren
END:VEVENT
""", EXCHANGE, tz=BRUSSELS), "Van Acker Logistics", "", "onsite", "anneleen.peeters@vanacker-logistics.be",
        "exchange-resource-coordinator-nl"))

    ev.append(pos("phone-screen-de", cal(r"""
BEGIN:VEVENT
UID:20260302T081500Z-4471@brenner-logistik.de
DTSTAMP:20260302T081500Z
DTSTART;TZID=W. Europe Standard Time:20260305T143000
DTEND;TZID=W. Europe Standard Time:20260305T150000
SUMMARY:Telefoninterview Standortleiter (m/w/d) Lüttich - Herr Lefebvre
ORGANIZER;CN="Hoffmann, Katrin":mailto:katrin.hoffmann@brenner-logistik.de
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Telefon (Frau Hoffmann ruft an: +33 6 12 48 77 30)
DESCRIPTION:Sehr geehrter Herr Lefebvre\,\n\nvielen Dank für Ihre Bewerbung
  als Standortleiter (m/w/d) für unseren neuen Standort in Lüttich (Liège). Wi
 e besprochen rufe ich Sie am Donnerstag an. Das Gespräch führen wir gerne au
 f Englisch.\n\nMit freundlichen Grüßen\nKatrin Hoffmann\nRecruiting\, Brenn
 er Logistik GmbH\, Duisburg
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=WEUROPE), "Brenner Logistik", "Standortleiter (m/w/d) Lüttich", "recruiter_screen",
        "katrin.hoffmann@brenner-logistik.de", "phone-screen-de"))

    ev.append(pos("softgarden-video-de", cal(r"""
BEGIN:VEVENT
UID:softgarden-appointment-88f3a1c2d9e047b6@softgarden.io
DTSTAMP:20260312T091000Z
DTSTART;TZID=Europe/Berlin:20260319T100000
DTEND;TZID=Europe/Berlin:20260319T110000
SUMMARY:Vorstellungsgespräch / Interview: Standortleiter (m/w/d) Lüttich
ORGANIZER;CN=Brenner Logistik GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Online-Termin (Microsoft Teams)
DESCRIPTION:Guten Tag Mathieu Lefebvre\,\n\nIhr Termin wurde bestätigt.\nGes
 prächspartner: Dr. Jens Albrecht (Geschäftsführer Operations)\, Katrin Hoffm
 ann (Recruiting)\nSprache: Englisch\n\nDear Mathieu\, your interview with Dr.
  Jens Albrecht (Managing Director Operations) is confirmed. Katrin Hoffmann
  will join to take notes.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-
 join/19%3ameeting_YmRlMWE2\n\nDiese Nachricht wurde über softgarden versendet.
STATUS:CONFIRMED
END:VEVENT
""", "-//softgarden//e-recruiting//DE", tz=BERLIN), "Brenner Logistik", "Standortleiter (m/w/d) Lüttich",
        "hiring_manager", "Jens Albrecht", "softgarden-de-en-notetaker"))

    ev.append(pos("personio-hm-fr", cal(r"""
BEGIN:VEVENT
UID:personio-event-2f7d11a0-5c3e-4b9a-8d21-c6e0f4b7a912
DTSTAMP:20260306T150101Z
DTSTART;TZID=Europe/Paris:20260313T093000
DTEND;TZID=Europe/Paris:20260313T103000
SUMMARY:Entretien : Responsable d'entrepôt (H/F) – Plateforme de Douai
ORGANIZER;CN=Preiswert Markt France:mailto:jobs-fr@preiswert-markt.fr
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Thomas Wagner:mailto:thomas.wagner@preiswert-markt.fr
ATTENDEE;CN=Amandine Lecomte:mailto:amandine.lecomte@preiswert-markt.fr
LOCATION:Plateforme logistique Preiswert\, 1 rue de la Scarpe\, 59500 Douai
DESCRIPTION:Bonjour Mathieu\,\n\nNous avons le plaisir de vous inviter à un e
 ntretien pour le poste de Responsable d'entrepôt (H/F).\n\nVos interlocuteurs
  : Thomas Wagner (Directeur régional logistique) et Amandine Lecomte (Respons
 able RH).\n\nÀ bientôt !\nL'équipe recrutement Preiswert Markt\n\n--\nEnvoyé
  via Personio
STATUS:CONFIRMED
END:VEVENT
""", "-//Personio//Personio Recruiting//EN", tz=PARIS), "Preiswert Markt", "Responsable d'entrepôt",
        "hiring_manager", "thomas.wagner@preiswert-markt.fr;amandine.lecomte@preiswert-markt.fr", "personio-fr"))

    ev.append(pos("smartrecruiters-phone-fr", cal(r"""
BEGIN:VEVENT
UID:sr-interview-6a0b5e8c-11d2-4b47-9c0f-e7a2d3f81b55
DTSTAMP:20260223T100000Z
DTSTART:20260226T080000Z
DTEND:20260226T083000Z
SUMMARY:Entretien téléphonique – Responsable de quai H/F – Géoflux
ORGANIZER;CN=Géoflux Recrutement:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Yasmina Belkacem:mailto:yasmina.belkacem@geoflux.fr
LOCATION:Téléphone
DESCRIPTION:Bonjour Mathieu\,\nYasmina Belkacem\, chargée de recrutement\, v
 ous appellera pour un premier échange de 30 minutes.\nPoste : Responsable de
  quai H/F - agence de Dourges\n\nGéoflux via SmartRecruiters
STATUS:CONFIRMED
END:VEVENT
""", "-//SmartRecruiters//SmartRecruiters Scheduling//EN"), "Géoflux", "Responsable de quai", "recruiter_screen",
        "yasmina.belkacem@geoflux.fr", "smartrecruiters-phone-fr"))

    ev.append(pos("cancel-fr", cal(r"""
BEGIN:VEVENT
UID:sr-interview-0d9c44e1-a6b8-43f5-8e71-5f2b9c0a7d13
DTSTAMP:20260309T171203Z
DTSTART:20260311T130000Z
DTEND:20260311T140000Z
SUMMARY:Annulé : Entretien avec le manager – Responsable de quai H/F – Géoflux
ORGANIZER;CN=Géoflux Recrutement:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Olivier Szymanski:mailto:olivier.szymanski@geoflux.fr
DESCRIPTION:Bonjour Mathieu\,\nVotre entretien avec Olivier Szymanski (Respon
 sable d'agence) prévu le 11/03 est annulé. Nous reviendrons vers vous rapidem
 ent pour proposer une nouvelle date.\nGéoflux via SmartRecruiters
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
""", "-//SmartRecruiters//SmartRecruiters Scheduling//EN", method="CANCEL"), "Géoflux", "Responsable de quai",
        "hiring_manager", "olivier.szymanski@geoflux.fr", "cancelled-method-cancel-fr"))

    ev.append(pos("icims-generic-fr", cal(r"""
BEGIN:VEVENT
UID:icims-5531-20260317-88213@icims.com
DTSTAMP:20260312T140000Z
DTSTART;TZID=Europe/Paris:20260317T100000
DTEND;TZID=Europe/Paris:20260317T113000
SUMMARY:Invitation à un entretien
ORGANIZER;CN=Talent Acquisition:mailto:careers-dpl@talent.icims.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Terminal des Flandres\, Route du Quai Freycinet 3\, 59140 Dunkerque
DESCRIPTION:Bonjour Mathieu\,\n\nDunkerque Port Logistique vous invite à un
  entretien technique pour le poste de Superviseur logistique portuaire (réf.
  2026-0188).\nVous rencontrerez Grégory Vanhoutte\, responsable des opérati
 ons vrac\, qui vous soumettra un exercice pratique d'organisation de chargem
 ent.\n\nMerci de confirmer votre présence via le portail candidat.\n\nTalent
  Acquisition
STATUS:CONFIRMED
END:VEVENT
""", "-//iCIMS//iCIMS Talent Platform//EN", tz=PARIS), "Dunkerque Port Logistique",
        "Superviseur logistique portuaire", "technical", "Grégory Vanhoutte", "icims-generic-summary-fr"))

    return ev
