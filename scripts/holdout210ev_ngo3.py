# ruff: noqa: E501
"""holdout210 events: French NGOs, small employers, headhunter and cancelled interview."""

import holdout210ev_tz as tz

EVENTS = [
    dict(
        kind="entretien-final",
        uid="040000008200E00074C5B7101A82E0080000000044556677889ADB01000000000000000010000000ABAB1212CDCD3434EFEF5656ABAB7878",
        is_interview=1, company="Expertise France", role="Chef(fe) de projet Santé mondiale - Initiative", stage="final",
        interviewers="claire.dupont-morel@expertisefrance.fr",
        trap="french-entretien-final-romance-zone-paris",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="DUPONT-MOREL Claire";RSVP=TRUE:mailto:claire.dupont-morel@expertisefrance.fr
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="EF - Salle Bastille (6p)";RSVP=TRUE:mailto:salle.bastille@expertisefrance.fr
CLASS:PUBLIC
CREATED:20250603T091200Z
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nJe vous confirme votre entretien final avec Mme Claire Dupont-Morel\, Directrice du département Santé\, dans nos locaux : 40 boulevard de Port-Royal\, 75005 Paris\, 4e étage.\n\nVos frais de déplacement depuis Genève seront pris en charge sur présentation des justificatifs.\n\nBien cordialement\,\nJulie Martin\nChargée de recrutement\n
DTEND;TZID="Romance Standard Time":20250612T150000
DTSTAMP:20250603T091200Z
DTSTART;TZID="Romance Standard Time":20250612T140000
LAST-MODIFIED:20250603T091200Z
LOCATION;LANGUAGE=fr-FR:EF - Salle Bastille (6p)
ORGANIZER;CN="MARTIN Julie":mailto:julie.martin@expertisefrance.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien final - Mme Aïssata DIALLO - CP Santé mondiale
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000044556677889ADB01000000000000000010000000ABAB1212CDCD3434EFEF5656ABAB7878
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workable-screen",
        uid="workable-event-2e7f1a9c5b3d@workable.com",
        is_interview=1, company="ALIMA", role="Coordinateur·rice Programme Santé - Dakar", stage="recruiter_screen",
        interviewers="fanny.lambert@alima.ngo",
        trap="workable-invite-from-ngo-ats-sender",
        ics="""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.PARIS + r"""BEGIN:VEVENT
UID:workable-event-2e7f1a9c5b3d@workable.com
DTSTAMP:20250127T155000Z
DTSTART;TZID=Europe/Paris:20250203T103000
DTEND;TZID=Europe/Paris:20250203T110000
SUMMARY:Entretien pour Coordinateur·rice Programme Santé - Dakar (ALIMA)
DESCRIPTION:Bonjour Aissata\,\n\nVotre entretien avec Fanny Lambert (Chargée de recrutement\, ALIMA) pour le poste de Coordinateur·rice Programme Santé - Dakar est confirmé.\n\nType : Appel vidéo (Google Meet)\nLien : https://meet.google.com/aqe-zmpk-yst\nDurée : 30 minutes\n\nÀ bientôt\,\nL'équipe RH d'ALIMA\n\n--\nPowered by Workable
LOCATION:https://meet.google.com/aqe-zmpk-yst
ORGANIZER;CN=Fanny Lambert (via Workable):mailto:notifications@workablemail.com
ATTENDEE;CN=Fanny Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fanny.lambert@alima.ngo
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workable-second-round",
        uid="workable-event-8c4d0b6e2f1a@workable.com",
        is_interview=1, company="ALIMA", role="Coordinateur·rice Programme Santé - Dakar", stage="hiring_manager",
        interviewers="dr.ousmane.ba@alima.ngo;celine.marchand@alima.ngo",
        trap="workable-second-round-dakar-zone-medical-director",
        ics="""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.DAKAR + r"""BEGIN:VEVENT
UID:workable-event-8c4d0b6e2f1a@workable.com
DTSTAMP:20250210T090000Z
DTSTART;TZID=Africa/Dakar:20250217T140000
DTEND;TZID=Africa/Dakar:20250217T150000
SUMMARY:2e entretien - Coordinateur·rice Programme Santé - Dakar
DESCRIPTION:Bonjour Aissata\,\n\nSuite à votre premier échange avec Fanny\, vous êtes invitée à un second entretien avec Dr Ousmane Ba (Directeur médical\, futur N+1) et Céline Marchand (Desk Afrique de l'Ouest). Horaire indiqué en heure de Dakar.\n\nLien : https://meet.google.com/hrc-tbwu-jdz\n\n--\nPowered by Workable
LOCATION:https://meet.google.com/hrc-tbwu-jdz
ORGANIZER;CN=Fanny Lambert (via Workable):mailto:notifications@workablemail.com
ATTENDEE;CN=Ousmane Ba;ROLE=REQ-PARTICIPANT:mailto:dr.ousmane.ba@alima.ngo
ATTENDEE;CN=Céline Marchand;ROLE=REQ-PARTICIPANT:mailto:celine.marchand@alima.ngo
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-interview",
        uid="040000008200E00074C5B7101A82E00800000000EE11DD22CC33DB0100000000000000001000000044BB55AA66FF778899001122334455EE",
        is_interview=1, company="Humanity & Inclusion", role="Responsable Programme Santé / Health Programme Manager - Kenya", stage="recruiter_screen",
        interviewers="m.girard@hi.org",
        trap="bilingual-french-english-hr-invite-lyon",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="GIRARD Mathilde";RSVP=TRUE:mailto:m.girard@hi.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250409T125500Z
DESCRIPTION:[English below]\n\nBonjour Aïssata\,\n\nMerci pour votre candidature au poste de Responsable Programme Santé au Kenya. Je vous propose un premier entretien RH de 45 minutes par Teams. L'entretien se déroulera en anglais et en français.\n\n---\n\nDear Aïssata\,\n\nThank you for applying for the Health Programme Manager position in Kenya. Please find below the invitation to a first 45-minute HR interview on Teams. The interview will be held in English and French.\n\nBien à vous / Best regards\,\nMathilde Girard\nChargée de recrutement international / International Recruitment Officer\nHumanity & Inclusion - Lyon\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MWI2YT%40thread.v2/0\nID de réunion : 395 227 081 614  Code secret : cW3mE6\n________________________________________________________________________________\n
DTEND;TZID="Romance Standard Time":20250415T104500
DTSTAMP:20250409T125500Z
DTSTART;TZID="Romance Standard Time":20250415T100000
LAST-MODIFIED:20250409T125500Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="GIRARD Mathilde":mailto:m.girard@hi.org
PRIORITY:5
SEQUENCE:0
SUMMARY:Entretien / Interview - Resp. Programme Santé Kenya - A. DIALLO
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000EE11DD22CC33DB0100000000000000001000000044BB55AA66FF778899001122334455EE
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-rh",
        uid="flatchr-rdv-a3f9c1e7-0b2d-4e6a-8c5f-7d1b3e9a2c40@flatchr.io",
        is_interview=1, company="Action contre la Faim", role="Responsable de programmes Santé-Nutrition - Sahel", stage="recruiter_screen",
        interviewers="cbernard@actioncontrelafaim.org",
        trap="french-ats-flatchr-entretien-rh",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr Agenda//FR
METHOD:REQUEST
""" + tz.PARIS + r"""BEGIN:VEVENT
UID:flatchr-rdv-a3f9c1e7-0b2d-4e6a-8c5f-7d1b3e9a2c40@flatchr.io
DTSTAMP:20250226T111100Z
DTSTART;TZID=Europe/Paris:20250304T160000
DTEND;TZID=Europe/Paris:20250304T164500
SUMMARY:Entretien RH - Responsable de programmes Santé-Nutrition Sahel - Action contre la Faim
DESCRIPTION:Bonjour Aissata\,\n\nNous avons le plaisir de vous confirmer votre entretien RH avec Camille Bernard\, chargée de recrutement\, pour le poste de Responsable de programmes Santé-Nutrition - Sahel (siège\, Paris).\n\nL'entretien aura lieu en visio (Teams). Le lien vous sera transmis la veille.\n\nCordialement\,\nL'équipe recrutement\nAction contre la Faim - 14/16 bd Douaumont\, 75017 Paris
LOCATION:Visio
ORGANIZER;CN=Camille Bernard:mailto:cbernard@actioncontrelafaim.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="cas-pratique",
        uid="2D5E8F1A-4B7C-4E0D-9F3A-6C8B1D4E7F20",
        is_interview=1, company="Action contre la Faim", role="", stage="technical",
        interviewers="",
        trap="user-typed-floating-time-case-exercise",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:2D5E8F1A-4B7C-4E0D-9F3A-6C8B1D4E7F20
DTSTAMP:20250307T065531Z
CREATED:20250307T065511Z
DTSTART:20250313T140000
DTEND:20250313T170000
SUMMARY:ACF cas pratique 3h (mail à 14h pile)
DESCRIPTION:renvoyer à cbernard@ avant 17h\npropo budget + cadre logique + note stratégique 2p\npas oublier annexe chronogramme
LAST-MODIFIED:20250307T065531Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-directrice-ops",
        uid="040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB01000000000000000010000000FACE0FF1CEB00C0FFEE0DECADE012345",
        is_interview=1, company="Action contre la Faim", role="Responsable de programmes Santé-Nutrition - Sahel", stage="hiring_manager",
        interviewers="h.nguessan@actioncontrelafaim.org",
        trap="entretien-avec-la-directrice-des-operations-sent-by-assistant",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CN="BERNARD Camille";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:cbernard@actioncontrelafaim.org
CLASS:PUBLIC
CREATED:20250320T100800Z
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Diallo\,\n\nSuite à votre cas pratique\, Mme Hélène N'Guessan\, directrice des opérations\, souhaite s'entretenir avec vous. L'entretien aura lieu au siège d'Action contre la Faim\, 14/16 boulevard de Douaumont\, 75017 Paris (métro Porte de Clichy). Merci de vous présenter à l'accueil au 1er étage.\n\nBien cordialement\,\nSylvie Renaud\nAssistante de direction - Direction des opérations\n
DTEND;TZID="Romance Standard Time":20250327T120000
DTSTAMP:20250320T100800Z
DTSTART;TZID="Romance Standard Time":20250327T110000
LAST-MODIFIED:20250320T100800Z
LOCATION;LANGUAGE=fr-FR:Siège ACF - Douaumont - bureau DirOps
ORGANIZER;CN="N'GUESSAN Hélène";SENT-BY="mailto:s.renaud@actioncontrelafaim.org":mailto:h.nguessan@actioncontrelafaim.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien avec la directrice des opérations - A. DIALLO (RP Santé-Nut Sahel)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB01000000000000000010000000FACE0FF1CEB00C0FFEE0DECADE012345
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teamtailor-cancelled",
        uid="teamtailor-interview-5521884@solidarites.teamtailor.com",
        is_interview=1, company="Solidarités International", role="Coordinateur·rice Programmes - Mali", stage="recruiter_screen",
        interviewers="",
        trap="cancelled-interview-method-cancel",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:CANCEL
""" + tz.PARIS + r"""BEGIN:VEVENT
UID:teamtailor-interview-5521884@solidarites.teamtailor.com
DTSTAMP:20250120T080500Z
DTSTART;TZID=Europe/Paris:20250122T150000
DTEND;TZID=Europe/Paris:20250122T153000
SUMMARY:Annulé : Entretien - Coordinateur·rice Programmes - Mali
DESCRIPTION:Bonjour Aissata\,\n\nNous sommes au regret d'annuler votre entretien du 22 janvier avec l'équipe Recrutement terrain : le poste de Coordinateur·rice Programmes - Mali a été suspendu suite à la réorganisation de la mission. Nous conservons votre candidature et reviendrons vers vous si le poste est rouvert.\n\nBien cordialement\,\nSOLIDARITÉS INTERNATIONAL\n\nEnvoyé via Teamtailor
ORGANIZER;CN=Recrutement Terrain SI:mailto:recrutement.terrain@solidarites.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="headhunter-call",
        uid="c7d1e2f3-a4b5-4c6d-8e9f-0a1b2c3d4e5f@calendly.com",
        is_interview=1, company="Aga Khan Foundation", role="Regional Programme Manager, Health (East Africa)", stage="recruiter_screen",
        interviewers="h.whitmore@kestrelimpact.com",
        trap="headhunter-calendly-client-named-only-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c7d1e2f3-a4b5-4c6d-8e9f-0a1b2c3d4e5f@calendly.com
DTSTAMP:20250224T091800Z
DTSTART:20250226T160000Z
DTEND:20250226T164500Z
SUMMARY:Aissata Diallo and Harriet Whitmore
DESCRIPTION:Event Name: 45 Minute Candidate Call\n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/85519930172?pwd=KestrelHW\n\nPlease share anything that will help prepare for our meeting.: As discussed by e-mail - the Regional Programme Manager\, Health (East Africa) search we are running on behalf of the Aga Khan Foundation (Nairobi-based\, reporting to the Regional CEO). I will take you through the brief and your background before I put you forward to the client.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/c7d1e2f3-a4b5-4c6d-8e9f-0a1b2c3d4e5f\nReschedule: https://calendly.com/reschedulings/c7d1e2f3-a4b5-4c6d-8e9f-0a1b2c3d4e5f\n\nPowered by Calendly.com
LOCATION:https://us06web.zoom.us/j/85519930172?pwd=KestrelHW
ORGANIZER;CN=Harriet Whitmore:mailto:h.whitmore@kestrelimpact.com
ATTENDEE;CN=Aissata Diallo;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="call-fondatrice",
        uid="4t6y8u0i2o4p6a8s0d2f4g6h8j@google.com",
        is_interview=1, company="Kora Santé", role="Directrice des programmes", stage="hiring_manager",
        interviewers="ndeyecoumba.faye@gmail.com",
        trap="founder-on-free-mail-discussing-role",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.DAKAR + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Dakar:20250319T183000
DTEND;TZID=Africa/Dakar:20250319T193000
DTSTAMP:20250316T221504Z
ORGANIZER;CN=Ndèye Coumba Faye:mailto:ndeyecoumba.faye@gmail.com
UID:4t6y8u0i2o4p6a8s0d2f4g6h8j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ndèye Coumba Faye;X-NUM-GUESTS=0:mailto:ndeyecoumba.faye@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com;X-NUM-GUESTS=0:mailto:aissata.diallo.geneve@protonmail.com
DESCRIPTION:Chère Aïssata\, ravie que Mamadou nous ait mises en contact ! Comme dit au téléphone\, je cherche quelqu'un pour prendre la direction des programmes de Kora Santé (santé communautaire + mutuelles\, 3 régions\, 60 relais). J'aimerais qu'on parle de ton parcours\, de ce que tu ferais les 6 premiers mois et des conditions. C'est moi qui décide\, pas de comité 🙂 À mercredi\, Ndèye Coumba<br><br>Rejoindre avec Google Meet : https://meet.google.com/kzt-wmpd-ecy
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aïssata / Ndèye Coumba - poste direction des programmes Kora
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ashby-screen",
        uid="ashby-interview-schedule-0f3a7b2c-91de-4e48-a6c5-d8b7e2f41a90",
        is_interview=1, company="Wazi Health", role="Head of Programs", stage="recruiter_screen",
        interviewers="njeri@wazihealth.co.ke",
        trap="ashby-startup-screen-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-0f3a7b2c-91de-4e48-a6c5-d8b7e2f41a90
DTSTAMP:20250107T081212Z
DTSTART:20250109T120000Z
DTEND:20250109T123000Z
SUMMARY:Aissata Diallo <> Wazi Health | Intro Call
DESCRIPTION:Head of Programs - Intro Call\n\nInterviewers:\nNjeri Kamande (People Lead)\n\nGoogle Meet: https://meet.google.com/nyx-ewdq-fbr\n\nNeed to reschedule? Reply to this invite or contact recruiting@wazihealth.co.ke.\n\nPowered by Ashby
LOCATION:https://meet.google.com/nyx-ewdq-fbr
ORGANIZER;CN=Wazi Health Recruiting:mailto:recruiting@wazihealth.co.ke
ATTENDEE;CN=Njeri Kamande;ROLE=REQ-PARTICIPANT:mailto:njeri@wazihealth.co.ke
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="modernloop-panel",
        uid="modernloop-evt-b81c34d2e9f7@modernloop.io",
        is_interview=1, company="Living Goods", role="Senior Program Manager, Kenya", stage="onsite",
        interviewers="e.wekesa@livinggoods.org;l.thompson@livinggoods.org",
        trap="modernloop-back-to-back-panel-nairobi-zone",
        ics="""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.NAIROBI + r"""BEGIN:VEVENT
UID:modernloop-evt-b81c34d2e9f7@modernloop.io
DTSTAMP:20250127T101010Z
DTSTART;TZID=Africa/Nairobi:20250131T130000
DTEND;TZID=Africa/Nairobi:20250131T143000
SUMMARY:Living Goods - Panel Interview - Senior Program Manager\, Kenya
DESCRIPTION:Hi Aissata\,\n\nYour panel interview is confirmed (times in EAT):\n\n13:00-13:45  Esther Wekesa\, Country Director Kenya\n13:45-14:30  Laura Thompson\, VP Programs\n\nZoom: https://livinggoods.zoom.us/j/97733108154\n\nCoordinator: Brian Otieno (Talent)\nSent with ModernLoop
LOCATION:https://livinggoods.zoom.us/j/97733108154
ORGANIZER;CN=Brian Otieno:mailto:b.otieno@livinggoods.org
ATTENDEE;CN=Esther Wekesa;ROLE=REQ-PARTICIPANT:mailto:e.wekesa@livinggoods.org
ATTENDEE;CN=Laura Thompson;ROLE=REQ-PARTICIPANT:mailto:l.thompson@livinggoods.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="personio-interview",
        uid="personio-appointment-1a7e4c90-58b3-4d2f-9e61-c3a0b8d7f215@personio.de",
        is_interview=1, company="Geneva Call", role="Programme Manager - Sahel", stage="",
        interviewers="amadou.toure@genevacall.org;frances.okoye@genevacall.org",
        trap="personio-interview-no-stage-english",
        ics="""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:personio-appointment-1a7e4c90-58b3-4d2f-9e61-c3a0b8d7f215@personio.de
DTSTAMP:20250506T134000Z
DTSTART;TZID=Europe/Zurich:20250514T100000
DTEND;TZID=Europe/Zurich:20250514T110000
SUMMARY:Interview: Programme Manager - Sahel | Aissata Diallo
DESCRIPTION:Dear Aissata\,\n\nWe are pleased to invite you to an interview for the Programme Manager - Sahel position with Amadou Touré (Head of Africa Region) and Frances Okoye (Head of HR).\n\nAddress: Geneva Call\, Rue de Varembé 1\, 1202 Geneva (5th floor). Remote participation is possible on request.\n\nKind regards\,\nGeneva Call HR
LOCATION:Geneva Call\, Rue de Varembé 1\, 1202 Genève
ORGANIZER;CN=Frances Okoye:mailto:frances.okoye@genevacall.org
ATTENDEE;CN=Amadou Touré;ROLE=REQ-PARTICIPANT:mailto:amadou.toure@genevacall.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="export-entretien",
        uid="0p9o8i7u6y5t4r3e2w1q0a9s8d_R20250415@google.com",
        is_interview=1, company="Enabel", role="", stage="",
        interviewers="M. Van den Berghe;Mme Sow",
        trap="google-export-x-wr-timezone-utc-copied-entry",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Aïssata perso
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20250417T090000Z
DTEND:20250417T100000Z
DTSTAMP:20250601T080012Z
UID:0p9o8i7u6y5t4r3e2w1q0a9s8d_R20250415@google.com
CREATED:20250411T171544Z
DESCRIPTION:Enabel Dakar - experte santé / programme SENSA (santé sexuelle)\njury: M. Van den Berghe (rep. résident) + Mme Sow (RH)\nlien Teams dans le mail du 11/04\nrelire le DTF du programme !
LAST-MODIFIED:20250411T172003Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Enabel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
