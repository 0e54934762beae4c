# ruff: noqa: E501
"""holdout210 negatives, work life: donors, field, press, research, SitRep, appraisal, training, clearance."""

import holdout210ev_tz as tz


def neg(kind: str, uid: str, trap: str, ics: str) -> dict[str, object]:
    return dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap, ics=ics)


EVENTS = [
    neg("reunion-bailleur", "040000008200E00074C5B7101A82E00800000000D7BF78E9F7E9B1E5DB010000000000000000100000004E3FD9F0812AEBC27DB3156C",
        "donor-meeting-semester-review",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Rochat, Bertrand";RSVP=TRUE:mailto:b.rochat@ssf-suisse.org
ATTENDEE;CN="Zbinden Urs EDA ZBU";RSVP=TRUE:mailto:urs.zbinden@eda.admin.ch
CLASS:PUBLIC
CREATED:20250120T090000Z
DESCRIPTION;LANGUAGE=fr-FR:Revue semestrielle du programme santé communautaire Sahel (contribution DDC 7F-10432.02).\nOrdre du jour : 1) état d'avancement / indicateurs cadre logique 2) exécution budgétaire S2 2024 3) risques sécuritaires Tillabéri 4) prolongation sans coût.\nRapport intermédiaire envoyé le 15.01.
DTEND;TZID="W. Europe Standard Time":20250129T160000
DTSTAMP:20250120T090000Z
DTSTART;TZID="W. Europe Standard Time":20250129T140000
LOCATION;LANGUAGE=fr-FR:DDC\, Effingerstrasse 27\, Berne / Teams
ORGANIZER;CN="Rochat, Bertrand":mailto:b.rochat@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:DDC / SSF - revue semestrielle programme Sahel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D7BF78E9F7E9B1E5DB010000000000000000100000004E3FD9F0812AEBC27DB3156C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("echo-consultation", "ecf1a2b3c4d5e6f7a8b9c0d1e2f3a4b5@webex.com",
        "donor-partner-consultation-webex",
        """BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:ecf1a2b3c4d5e6f7a8b9c0d1e2f3a4b5@webex.com
DTSTAMP:20250203T121500Z
DTSTART;TZID=Europe/Zurich:20250211T100000
DTEND;TZID=Europe/Zurich:20250211T120000
SUMMARY:ECHO West and Central Africa - HIP 2025 partner consultation (health & nutrition)
DESCRIPTION:Dear partners\,\n\nDG ECHO's regional office in Dakar invites you to the HIP 2025 consultation on health and nutrition priorities in the Sahel. Please send one representative per organisation.\n\nJoin meeting: https://ec-europa.webex.com/ec-europa/j.php?MTID=m8f1e2d3c4b5a69788796a5b4c3d2e1f0\nMeeting number: 2742 118 0936\nPassword: HIP2025wca
LOCATION:Webex
ORGANIZER;CN=ECHO Dakar:mailto:echo-dakar@echofield.eu
ATTENDEE;CN=a.diallo@ssf-suisse.org;RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("debrief-mission", "040000008200E00074C5B7101A82E0080000000024E53F8CE9251501DB01000000000000000010000000A3DF251D49FE137B7B17F041",
        "field-visit-debrief-beneficiary-interviews",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Rochat, Bertrand";RSVP=TRUE:mailto:b.rochat@ssf-suisse.org
ATTENDEE;CN="Ndour, Birame";RSVP=TRUE:mailto:b.ndour@ssf-suisse.org
ATTENDEE;CN="Mabiala, Patrick";RSVP=TRUE:mailto:p.mabiala@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250224T080000Z
DESCRIPTION;LANGUAGE=fr-FR:Débriefing de la mission terrain Tambacounda (17-21 février) :\n- résultats des entretiens avec les bénéficiaires (42 entretiens individuels\, 6 focus groups femmes/relais)\n- suivi des recommandations de la mission précédente\n- points d'attention : ruptures d'intrants\, motivation des relais\, plaintes via la ligne verte\nCompte rendu provisoire en PJ.
DTEND;TZID="W. Europe Standard Time":20250225T113000
DTSTAMP:20250224T080000Z
DTSTART;TZID="W. Europe Standard Time":20250225T100000
LOCATION:Salle Dunant / Teams
ORGANIZER;CN="Diallo, Aïssata":mailto:a.diallo@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Débriefing mission terrain Tambacounda - entretiens bénéficiaires
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000024E53F8CE9251501DB01000000000000000010000000A3DF251D49FE137B7B17F041
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("enquetes-terrain", "040000008200E00074C5B7101A82E00800000000319335C5DB8ABF04DB010000000000000000100000008358CA293EBBD5B1D427D167",
        "field-survey-key-informant-interviews-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION;LANGUAGE=fr-FR:Enquêtes terrain Kolda - entretiens individuels (KII) avec ICP\, relais communautaires et bajenu gox + 4 focus groups. Guide d'entretien v3 validé. Traductrice pular : Mariama B.\nVol GVA-DSS le 2 au soir\, route Dakar-Kolda le 3.
DTSTART;VALUE=DATE:20250603
DTEND;VALUE=DATE:20250607
DTSTAMP:20250520T093000Z
LOCATION;LANGUAGE=fr-FR:Kolda\, Sénégal
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Mission Kolda - enquêtes terrain / KII
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000319335C5DB8ABF04DB010000000000000000100000008358CA293EBBD5B1D427D167
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    neg("webinaire-intervenante", "ZOOMWEB91120477325@ssf-suisse.zoom.us",
        "webinar-user-presents",
        """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + tz.ZURICH + r"""BEGIN:VEVENT
DTSTAMP:20250317T101100Z
DTSTART;TZID=Europe/Zurich:20250403T123000
DTEND;TZID=Europe/Zurich:20250403T133000
SUMMARY:Webinaire : La santé communautaire en contexte de crise - retours du Sahel
UID:ZOOMWEB91120477325@ssf-suisse.zoom.us
TZID:Europe/Zurich
DESCRIPTION:Bonjour Aïssata Diallo\,\n\nVous êtes invitée en tant que panéliste au webinaire « La santé communautaire en contexte de crise - retours du Sahel » organisé par SSF et la plateforme Medicus Mundi Suisse.\n\nIntervenantes : Aïssata Diallo (SSF)\, Dr Aminata Touré (Ministère de la Santé\, Sénégal)\nModération : Martin Leschhorn\n\nRejoindre en tant que panéliste : https://ssf-suisse.zoom.us/w/91120477325?tk=panelist_8fQ2\nID du webinaire : 911 2047 7325
LOCATION:https://ssf-suisse.zoom.us/w/91120477325
END:VEVENT
END:VCALENDAR
"""),
    neg("interview-radio", "040000008200E00074C5B7101A82E008000000004D71F02BF1F60499DB0100000000000000001000000064B3568A92276C97A1A9EF47",
        "radio-interview-press-about-health-crisis",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
ATTENDEE;CN="Pasche, Claire";RSVP=TRUE:mailto:c.pasche@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250204T141000Z
DESCRIPTION;LANGUAGE=fr-FR:Interview en direct par téléphone pour l'émission Forum (RTS La 1ère) sur l'épidémie de choléra au Soudan et la situation des réfugiés au Tchad. Durée ~6 min\, journaliste : Mehdi Atmani. La régie appelle Aïssata sur son portable à 18h05.\nMessages clés en PJ (validés par Bertrand). Claire (comm) en backup.
DTEND;TZID="W. Europe Standard Time":20250204T183000
DTSTAMP:20250204T141000Z
DTSTART;TZID="W. Europe Standard Time":20250204T180500
LOCATION:Téléphone (portable)
ORGANIZER;CN="Pasche, Claire":mailto:c.pasche@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Interview RTS La 1ère (Forum) - choléra Soudan/Tchad - A. Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000004D71F02BF1F60499DB0100000000000000001000000064B3568A92276C97A1A9EF47
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("podcast", "3v5b7n9m1q3w5e7r9t1y3u5i7o@google.com",
        "podcast-recording-interview",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250516T090000
DTEND;TZID=Europe/Zurich:20250516T100000
DTSTAMP:20250509T143000Z
ORGANIZER;CN=Léonie Chappuis:mailto:leonie.chappuis@gmail.com
UID:3v5b7n9m1q3w5e7r9t1y3u5i7o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=a.diallo@ssf-suisse.org;X-NUM-GUESTS=0:mailto:a.diallo@ssf-suisse.org
DESCRIPTION:Bonjour Aïssata\, merci d'avoir accepté d'être notre invitée pour l'épisode 14 du podcast « Terrains » (femmes dans l'humanitaire). L'interview dure environ 40 min\, enregistrée à distance sur Riverside - un casque suffit. Je t'envoie les questions la veille. Léonie<br><br>Riverside : https://riverside.fm/studio/terrains-podcast
LOCATION:https://riverside.fm/studio/terrains-podcast
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enregistrement podcast Terrains - interview Aïssata Diallo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("research-interview", "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9@calendly.com",
        "research-interview-user-as-interviewee",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9@calendly.com
DTSTAMP:20250305T201200Z
DTSTART:20250312T150000Z
DTEND:20250312T160000Z
SUMMARY:Research interview - Localisation of humanitarian health programming (Aissata Diallo)
DESCRIPTION:Event Name: Research interview (60 min)\n\nThank you for agreeing to take part in our study on the localisation of humanitarian health programming in the Sahel (Geneva Graduate Institute\, Centre on Conflict\, Development and Peacebuilding). The semi-structured interview will be recorded with your consent and anonymised.\n\nLocation: https://graduateinstitute.zoom.us/j/93311804467\n\nPowered by Calendly.com
LOCATION:https://graduateinstitute.zoom.us/j/93311804467
ORGANIZER;CN=Tomás Aguilar:mailto:tomas.aguilar@graduateinstitute.ch
ATTENDEE;CN=Aissata Diallo;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("survey-kii", "040000008200E00074C5B7101A82E0080000000046C668F5D0CB4931DB0100000000000000001000000057EDEEF6F050B84B405D83C7",
        "survey-key-informant-interview-english",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="a.diallo@ssf-suisse.org";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250428T110000Z
DESCRIPTION:Dear Aissata\,\n\nThank you for agreeing to be a key informant for the State of the Humanitarian System report. This 45-minute interview follows the survey questionnaire you received (sections on effectiveness\, accountability to affected people and funding). Your answers will be kept confidential.\n\nBest\,\nRosa Mendes\nResearch Fellow\, ALNAP\n\nMicrosoft Teams meeting - Meeting ID: 399 812 665 043  Passcode: Ln8zQ5
DTEND;TZID="W. Europe Standard Time":20250506T110000
DTSTAMP:20250428T110000Z
DTSTART;TZID="W. Europe Standard Time":20250506T101500
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Rosa Mendes":mailto:r.mendes@alnap.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:SOHS 2025 - key informant interview - SSF (A. Diallo)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000046C668F5D0CB4931DB0100000000000000001000000057EDEEF6F050B84B405D83C7
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("sitrep-weekly", "040000008200E00074C5B7101A82E00800000000F584038F29AD17CFDB010000000000000000100000002B89D5E1349D1056C034DAF4",
        "recurring-sitrep-call-new-york-with-override",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EASTERN + r"""BEGIN:VEVENT
ATTENDEE;CN="Health Sudan partners";RSVP=TRUE:mailto:health-sudan-partners@groups.un.org
CLASS:PUBLIC
CREATED:20250106T150000Z
DESCRIPTION:Weekly SitRep call - Sudan regional crisis (health & WASH). HQ New York / Port Sudan / N'Djamena / Geneva. Please send your 3W updates by Monday COB.\n\nMicrosoft Teams meeting - Meeting ID: 346 551 090 287  Passcode: Sr2yT6
DTEND;TZID="Eastern Standard Time":20250107T090000
DTSTAMP:20250106T150000Z
DTSTART;TZID="Eastern Standard Time":20250107T083000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250630T123000Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Sudan Health Sector Coordination":mailto:sudan.health.coord@un.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Weekly SitRep - Sudan regional health response
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F584038F29AD17CFDB010000000000000000100000002B89D5E1349D1056C034DAF4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Moved to Wednesday this week (UN holiday). Extended to 60 min: cholera update.
DTEND;TZID="Eastern Standard Time":20250416T093000
DTSTAMP:20250410T130000Z
DTSTART;TZID="Eastern Standard Time":20250416T083000
RECURRENCE-ID;TZID="Eastern Standard Time":20250415T083000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Sudan Health Sector Coordination":mailto:sudan.health.coord@un.org
SEQUENCE:1
SUMMARY;LANGUAGE=en-US:Weekly SitRep - Sudan regional health response (+ cholera update)
UID:040000008200E00074C5B7101A82E00800000000F584038F29AD17CFDB010000000000000000100000002B89D5E1349D1056C034DAF4
END:VEVENT
END:VCALENDAR
"""),
    neg("entretien-annuel", "040000008200E00074C5B7101A82E008000000008BE19056D6DD7E3FDB01000000000000000010000000759C04503008ED7244B177E3",
        "own-annual-appraisal-entretien-annuel",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Diallo, Aïssata";RSVP=TRUE:mailto:a.diallo@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250109T100000Z
DESCRIPTION;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2024 et fixation des objectifs 2025. Merci de compléter ton auto-évaluation dans le formulaire RH (onglet 2) d'ici au 20 janvier. On parlera aussi de tes souhaits d'évolution / formation.\n\nBertrand
DTEND;TZID="W. Europe Standard Time":20250123T103000
DTSTAMP:20250109T100000Z
DTSTART;TZID="W. Europe Standard Time":20250123T090000
LOCATION:Bureau Bertrand
ORGANIZER;CN="Rochat, Bertrand":mailto:b.rochat@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien annuel - Aïssata / Bertrand
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000008BE19056D6DD7E3FDB01000000000000000010000000759C04503008ED7244B177E3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("fin-periode-essai", "040000008200E00074C5B7101A82E00800000000190FF6570DDF6B81DB0100000000000000001000000059BE8B4F01C831BBDE4294D5",
        "probation-review-as-line-manager",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Favre, Kevin";RSVP=TRUE:mailto:k.favre@ssf-suisse.org
CLASS:PUBLIC
CREATED:20250310T161000Z
DESCRIPTION;LANGUAGE=fr-FR:Kevin\, voici le créneau pour notre entretien de fin de période d'essai (3 mois). Formulaire RH en PJ - merci de remplir ta partie avant.
DTEND;TZID="W. Europe Standard Time":20250317T150000
DTSTAMP:20250310T161000Z
DTSTART;TZID="W. Europe Standard Time":20250317T140000
LOCATION:Salle Henry-Dunant
ORGANIZER;CN="Diallo, Aïssata":mailto:a.diallo@ssf-suisse.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien fin de période d'essai - Kevin
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000190FF6570DDF6B81DB0100000000000000001000000059BE8B4F01C831BBDE4294D5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("formation-heat", "040000008200E00074C5B7101A82E008000000007250110D513F3E85DB01000000000000000010000000A7123ACFF4A611C3BCCF8E48",
        "training-multi-day-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:HEAT - Hostile Environment Awareness Training (obligatoire avant missions Niger/Mali). Hébergement sur place\, départ Cornavin 7h12.
DTSTART;VALUE=DATE:20250224
DTEND;VALUE=DATE:20250227
DTSTAMP:20250115T120000Z
LOCATION:Centre de formation\, Bière (VD)
SEQUENCE:0
SUMMARY:Formation HEAT (3 jours)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000007250110D513F3E85DB01000000000000000010000000A7123ACFF4A611C3BCCF8E48
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    neg("visite-medicale", "B93D1F7E-2A4C-4E6B-8D0F-1C3E5A7B9D2F",
        "pre-employment-medical-clearance",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:B93D1F7E-2A4C-4E6B-8D0F-1C3E5A7B9D2F
DTSTAMP:20250505T181200Z
DTSTART;TZID=Europe/Zurich:20250512T081500
DTEND;TZID=Europe/Zurich:20250512T093000
SUMMARY:Visite médicale d'embauche UNICEF (medical clearance)
DESCRIPTION:Dr Meylan - à jeun !! prise de sang + ECG\nformulaire MS-2 rempli\, carnet vaccins (fièvre jaune)\nenvoyer résultats au UN Medical Directors via Earthmed
LOCATION:Cabinet Dr Meylan\, rue de Lausanne 45
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    neg("reference-check-reminder", "C41E8A6F-7B2D-4F9A-A3C5-E8D0B2F4A6C1",
        "reference-check-stage-prevenir-referents",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0.0//EN
CALSCALE:GREGORIAN
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:C41E8A6F-7B2D-4F9A-A3C5-E8D0B2F4A6C1
DTSTAMP:20250414T202000Z
DTSTART;TZID=Europe/Zurich:20250415T083000
DTEND;TZID=Europe/Zurich:20250415T084500
SUMMARY:UNICEF ref check - prévenir Marc + Dr Sané
DESCRIPTION:RH ESARO va les contacter cette semaine (formulaire en ligne + appel)\nMarc Lefort (ex-N+1 MSF Tchad) +33 6 12 48 90 31\nDr Sané (DRS Ziguinchor)\nleur renvoyer la fiche de poste
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
