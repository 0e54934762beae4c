"""holdout127 interviews, part 4: fellowships and posts abroad (Australia, NZ, Canada, DE, CH/FR, ES)."""
# ruff: noqa: E501

from holdout127ev_ics import ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

EVENTS = [
    ev("successfactors-aus-en", (1, "Coastal Harbours Local Health District", "Orthopaedic Trauma Fellow", "",
                                 "michael.tran@health.nsw.gov.au;kirsty.mcleod@health.nsw.gov.au", "successfactors-au-en"), r"""
BEGIN:VEVENT
UID:SF-IC-7731245-20260304-2@successfactors.com
DTSTART;TZID=Australia/Sydney:20260304T183000
DTEND;TZID=Australia/Sydney:20260304T191500
SUMMARY:Interview Invitation - Orthopaedic Trauma Fellow (REQ 582231) - Bellbird Bay Hospital
DESCRIPTION:Dear Rhys\,\n\nThank you for your application for the Orthopaedic Trauma Fellow position with Coastal Harbours Local Health District (NSW Health). You are invited to a video interview.\n\nInterview panel:\nDr Michael Tran - Director of Orthopaedics\, Bellbird Bay Hospital (Convenor)\nDr Kirsty McLeod - Staff Specialist Orthopaedic Surgeon\n\nPlease note the time shown is Sydney time (AEDT). The panel convenor will contact your nominated referees after the interview.\n\nZoom: https://nswhealth.zoom.us/j/61855201947\n\nCHLHD Medical Workforce\nThis is an automated message from SAP SuccessFactors Recruiting.
ORGANIZER;CN=CHLHD Medical Workforce:mailto:CHLHD-MedicalWorkforce@health.nsw.gov.au
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Michael Tran;ROLE=REQ-PARTICIPANT:mailto:michael.tran@health.nsw.gov.au
ATTENDEE;CN=Kirsty McLeod;ROLE=REQ-PARTICIPANT:mailto:kirsty.mcleod@health.nsw.gov.au
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
""", "-//SAP SuccessFactors//Interview Scheduling//EN", tz=("Australia/Sydney",)),

    ev("outlook-nz-windows-en", (1, "Te Awa Orthopaedics", "Arthroplasty Fellowship", "final",
                                 "hemi.walker@teawaortho.co.nz", "outlook-nz-zone-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000004F2E1D0C8B8BDC010000000000000000100000003D5E6F7A8B9C
ORGANIZER;CN="Walker, Hemi":mailto:hemi.walker@teawaortho.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fellowship Coordinator - Te Awa":mailto:fellowships@teawaortho.co.nz
SUMMARY;LANGUAGE=en-NZ:Te Awa Arthroplasty Fellowship 2027 - final interview - R Llewellyn
DTSTART;TZID=New Zealand Standard Time:20260318T080000
DTEND;TZID=New Zealand Standard Time:20260318T084500
LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-NZ:Kia ora Rhys\,\n\nYou've been shortlisted to the final round. This will be a conversation with me (Fellowship Director) - note this is 8am Auckland time\, which is 7pm the evening before for you in Cardiff.\n\nNgā mihi\,\nHemi Walker\nTe Awa Orthopaedics\, Auckland\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzU4Njg>\n________________________________________________________________________________
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", OUTLOOK, tz=("New Zealand Standard Time",)),

    ev("canada-webex-en", (1, "Lakeshore General Hospital", "Orthopaedic Trauma Fellowship", "",
                           "anne.gauthier@lakeshoregh.ca;paul.kowalski@lakeshoregh.ca", "webex-ca-en"), r"""
BEGIN:VEVENT
UID:webex-mtg-2f9a7b31c5d84e16a0b2c3d4e5f60718
ORGANIZER;CN="Gauthier, Anne":mailto:anne.gauthier@lakeshoregh.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=rhys.llewellyn.md@gmail.com:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalski, Paul":mailto:paul.kowalski@lakeshoregh.ca
SUMMARY:Lakeshore Trauma Fellowship 2026-27 - Interview (R. Llewellyn\, UK)
DTSTART;TZID=Eastern Standard Time:20260219T083000
DTEND;TZID=Eastern Standard Time:20260219T090000
LOCATION:Webex
DESCRIPTION:Dear Dr. Llewellyn\,\n\nThank you for applying to the Orthopaedic Trauma Fellowship at Lakeshore General Hospital (Toronto). Dr. Kowalski (Fellowship Director) and I will interview you by Webex. Please have your CPSO eligibility documents at hand.\n\nAnne Gauthier\, MD FRCSC\n\n-- Do not delete or change any of the following text. --\nJoin Webex meeting\nhttps://lakeshoregh.webex.com/lakeshoregh/j.php?MTID=m5b2d7e8f91a0\nMeeting number (access code): 2634 118 9052\nMeeting password: Frac2026\n\nJoin by phone\n+1-416-915-6530 Canada Toll (Toronto)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Eastern Standard Time",)),

    ev("softgarden-klinikum-de", (1, "Klinikum am Schlossberg", "Fellow Unfallchirurgie und Orthopädie (m/w/d)", "",
                                  "martin.vogel@klinikum-schlossberg.de;sabine.kern@klinikum-schlossberg.de",
                                  "softgarden-de"), r"""
BEGIN:VEVENT
UID:softgarden-ic-48817326-6611@softgarden.io
DTSTART;TZID=Europe/Berlin:20260225T140000
DTEND;TZID=Europe/Berlin:20260225T150000
SUMMARY:Vorstellungsgespräch: Fellow Unfallchirurgie und Orthopädie (m/w/d) - Klinikum am Schlossberg
DESCRIPTION:Sehr geehrter Herr Llewellyn\,\n\nvielen Dank für Ihre Bewerbung als Fellow Unfallchirurgie und Orthopädie (m/w/d) am Klinikum am Schlossberg Heidelberg. Gerne laden wir Sie zu einem Vorstellungsgespräch per Videokonferenz ein.\n\nGesprächspartner:\nProf. Dr. med. Martin Vogel\, Chefarzt der Klinik für Unfallchirurgie und Orthopädie\nDr. med. Sabine Kern\, Leitende Oberärztin\n\nDas Gespräch kann auf Englisch geführt werden.\n\nZum Meeting: https://meet.goto.com/418227365\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nKlinikum am Schlossberg gGmbH\n\nDiese Nachricht wurde über softgarden versendet.
ORGANIZER;CN=Klinikum am Schlossberg Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Rhys Llewellyn;PARTSTAT=NEEDS-ACTION:mailto:rhys.llewellyn.md@gmail.com
LOCATION:GoTo Meeting (Video)
STATUS:CONFIRMED
END:VEVENT
""", "-//softgarden//softgarden e-recruiting//DE", tz=("Europe/Berlin",)),

    ev("personio-screen-de", (1, "OrthoZentrum Isartal", "Assistenzarzt Orthopädie (m/w/d)", "recruiter_screen",
                              "j.hofbauer@orthozentrum-isartal.de", "personio-de"), r"""
BEGIN:VEVENT
UID:personio-interview-2741889-0f3c9e@personio.de
DTSTART:20260119T080000Z
DTEND:20260119T083000Z
SUMMARY:Kennenlerngespräch Rhys Llewellyn - Assistenzarzt Orthopädie (m/w/d)
DESCRIPTION:Hallo Rhys\,\n\nwie besprochen ein erstes telefonisches Kennenlernen mit Julia Hofbauer (HR Business Partner). Themen: Approbation/Berufserlaubnis\, Sprachniveau (C1 Fachsprache)\, Startdatum.\n\nWir rufen dich unter +44 7700 900314 an.\n\nViele Grüße\nOrthoZentrum Isartal GmbH\, München
ORGANIZER;CN=Julia Hofbauer:mailto:j.hofbauer@orthozentrum-isartal.de
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn.md@gmail.com
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT
""", "-//Personio GmbH//Personio Recruiting//DE"),

    ev("apple-hospitation-de", (1, "Unfallklinik Mainufer", "", "onsite",
                                "Dr. Ansgar Rehm", "apple-hospitation-de"), r"""
BEGIN:VEVENT
CREATED:20260114T073211Z
UID:7E6D5C4B-3A29-4180-B7F6-E5D4C3B2A190
DTSTART;VALUE=DATE:20260310
DTEND;VALUE=DATE:20260311
SUMMARY:Hospitationstag + Vorstellungsgespräch Unfallklinik Mainufer (Frankfurt)
LOCATION:Unfallklinik Mainufer\, Friedberger Landstraße 430\, 60389 Frankfurt am Main
DESCRIPTION:07:15 Frühbesprechung\, dann OP (Becken/Acetabulum) mit OA Dr. Ansgar Rehm\n13:30 Gespräch mit Dr. Rehm (Sektionsleiter Beckenchirurgie)\nFlug CWL->FRA am 9.\, Hotel Sachsenhausen gebucht
TRANSP:TRANSPARENT
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SEQUENCE:0
END:VEVENT
""", "-//Apple Inc.//iOS 18.2//EN", method=None, cal="CALSCALE:GREGORIAN\nX-WR-CALNAME:Rhys"),

    ev("teams-geneva-fr", (1, "Clinique du Lac Léman", "Chef de clinique adjoint - chirurgie orthopédique", "",
                           "c.morel@cliniquedulac.ch;p.favre@cliniquedulac.ch", "teams-fr"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1908BDC01000000000000000010000000F6E5D4C3B2A1
ORGANIZER;CN="Morel, Claire":mailto:c.morel@cliniquedulac.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Favre, Pascal":mailto:p.favre@cliniquedulac.ch
SUMMARY;LANGUAGE=fr-CH:Entretien - Chef de clinique adjoint (chirurgie orthopédique) - Dr R. Llewellyn
DTSTART;TZID=Europe/Zurich:20260303T170000
DTEND;TZID=Europe/Zurich:20260303T174500
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
DESCRIPTION;LANGUAGE=fr-CH:Cher Docteur Llewellyn\,\n\nSuite à votre candidature\, le Dr Pascal Favre (médecin-chef du service) et moi-même serions heureux de vous rencontrer pour un entretien. L'entretien se déroulera en français et en anglais.\n\nMeilleures salutations\,\nDre Claire Morel\nMédecin adjointe\, Clinique du Lac Léman\, Genève\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY0ZT>\nID de la réunion : 358 902 114 773\nCode secret : Zq7Lm2\n________________________________________________________________________________
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", OUTLOOK, tz=("Europe/Zurich",)),

    ev("teamtailor-final-fr", (1, "Hôpital Privé Saint-Roch", "Assistant spécialiste en chirurgie orthopédique", "final",
                               "e.garnier@hp-saintroch.fr", "teamtailor-final-fr"), r"""
BEGIN:VEVENT
UID:teamtailor-meeting-c1d2e3f4-a5b6-4789-8abc-def012345678
DTSTART;TZID=Europe/Paris:20260316T110000
DTEND;TZID=Europe/Paris:20260316T120000
SUMMARY:Entretien final - Assistant spécialiste en chirurgie orthopédique - Hôpital Privé Saint-Roch
DESCRIPTION:Bonjour Rhys\,\n\nNous avons le plaisir de vous convier à l'entretien final avec le Dr Étienne Garnier\, directeur médical de l'Hôpital Privé Saint-Roch (Lyon).\n\nLien Google Meet : https://meet.google.com/kdr-pnvx-ytu\n\nÀ très vite\,\nL'équipe RH\n\nCe rendez-vous a été planifié via Teamtailor.
ORGANIZER;CN=Hôpital Privé Saint-Roch:mailto:noreply@teamtailor.com
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Étienne Garnier:mailto:e.garnier@hp-saintroch.fr
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
""", "-//Teamtailor//Teamtailor Meetings//FR", tz=("Europe/Paris",)),

    ev("gmeet-jefe-servicio-es", (1, "Clínica Costa Brava", "Fellowship en Cirugía Artroscópica", "hiring_manager",
                                  "jordi.puig@clinicacostabrava.es", "google-meet-es"), r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260224T180000
DTEND;TZID=Europe/Madrid:20260224T183000
ORGANIZER;CN=Jordi Puig:mailto:jordi.puig@clinicacostabrava.es
UID:7p3s9v2b5n1m8k4j6h0g2f5d3s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi Puig;X-NUM-GUESTS=0:mailto:jordi.puig@clinicacostabrava.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.md@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.md@gmail.com
DESCRIPTION:Hola Rhys\,\n\nTe confirmo la entrevista con el jefe de servicio (yo mismo) para el Fellowship en Cirugía Artroscópica de la Clínica Costa Brava (Girona). Podemos hacerla en inglés.\n\nUn saludo\,\nDr. Jordi Puig\nJefe de Servicio de Traumatología\n\nUnirse con Google Meet: https://meet.google.com/tbq-xsmc-pwa\nO marcar: (ES) +34 910 48 93 12 PIN: 402 117 659#\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Fellowship Artroscopia - Dr. Llewellyn
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, cal="CALSCALE:GREGORIAN\nX-WR-TIMEZONE:Europe/Madrid", tz=("Europe/Madrid",)),

    ev("rrhh-phone-es", (1, "Grupo Sanitario Levante", "Médico adjunto de Traumatología", "recruiter_screen",
                         "rrhh.seleccion@gslevante.es", "phone-screen-es"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000011A22B33C48BDC01000000000000000010000000D1E2F3A4B5C6
ORGANIZER;CN="Selección RR. HH. - Grupo Sanitario Levante":mailto:rrhh.seleccion@gslevante.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica - Médico adjunto de Traumatología (Hospital Levante Mar\, Valencia)
DTSTART;TZID=Romance Standard Time:20260121T100000
DTEND;TZID=Romance Standard Time:20260121T102000
LOCATION;LANGUAGE=es-ES:Llamada telefónica
DESCRIPTION;LANGUAGE=es-ES:Estimado Rhys:\n\nLe llamaremos desde el departamento de Selección para una primera entrevista telefónica: situación de la homologación del título de especialista\, nivel de español y disponibilidad.\n\nUn cordial saludo\,\nDepartamento de Recursos Humanos - Selección\nGrupo Sanitario Levante
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Romance Standard Time",)),
]

FORMS = {
    "Coastal Harbours Local Health District": "Coastal Harbours LHD|CHLHD",
    "Te Awa Orthopaedics": "",
    "Lakeshore General Hospital": "Lakeshore General|Lakeshore",
    "Klinikum am Schlossberg": "Klinikum am Schlossberg Heidelberg",
    "OrthoZentrum Isartal": "",
    "Unfallklinik Mainufer": "",
    "Clinique du Lac Léman": "Clinique du Lac",
    "Hôpital Privé Saint-Roch": "HP Saint-Roch",
    "Clínica Costa Brava": "",
    "Grupo Sanitario Levante": "",
}
