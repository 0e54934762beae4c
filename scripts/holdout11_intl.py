# ruff: noqa: E501
"""holdout11 German, French and Spanish banks (same template format as holdout11_en)."""

BANK_DE = r"""
@@ rejection warm_rejection manager
Subject: Ihre Bewerbung als {role}
Hallo Herr Mensah,

vielen Dank für das angenehme Gespräch und den Rundgang durch unsere Technikzentrale. Ihre Erfahrung als Elektriker und Ihr Blick für die Wartungsplanung haben uns wirklich gefallen.

Dennoch haben wir uns für einen Bewerber entschieden, der bereits als Elektrofachkraft nach DGUV V3 bei uns im Haus Prüfungen durchgeführt hat. Die Entscheidung ist uns nicht leicht gefallen.

Für Ihren weiteren Weg alles Gute!

Viele Grüße
{me}
@@ rejection talent_pool ats
Subject: {company} - Ihre Bewerbung
Sehr geehrter Herr Mensah,

vielen Dank für Ihr Interesse an der Position {role}. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Gerne würden wir Ihre Unterlagen für 12 Monate in unserem Talentpool speichern, um Sie bei passenden Stellen in der Instandhaltung direkt anzusprechen. Ihre Einwilligung können Sie jederzeit in Ihrem Bewerberkonto widerrufen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
@@ rejection rescinded hr
Subject: Ihr Arbeitsvertrag - {role}
Sehr geehrter Herr Mensah,

leider müssen wir Ihnen mitteilen, dass wir unser Vertragsangebot vom letzten Monat zurückziehen müssen. Die Anerkennung Ihrer britischen Qualifikation als Elektrofachkraft konnte bis zum geplanten Eintrittstermin nicht abgeschlossen werden, und der Kunde besteht auf einer verantwortlichen Elektrofachkraft ab dem ersten Tag.

Es tut uns sehr leid. Sobald die Anerkennung vorliegt, melden Sie sich gern erneut bei uns.

Freundliche Grüße
{me}
Personalabteilung
@@ rejection agency_rejection agency
Subject: Rückmeldung Kunde Chemiepark
Hi Kwame,

kurze Info: der Kunde hat sich leider für jemanden mit Ex-Schutz-Erfahrung entschieden. Schade, ich hatte ein gutes Gefühl. Ich melde mich, sobald ich was Neues im Raum Köln/Leverkusen habe.

VG {me}
@@ offer formal_offer hr
Subject: Vertragsangebot {role}
Sehr geehrter Herr Mensah,

wir freuen uns, Ihnen die Stelle als {role} anbieten zu können.

Eckdaten:
- Vergütung nach TV-V, Entgeltgruppe 7, Stufe 2
- 39-Stunden-Woche, Rufbereitschaft etwa eine Woche im Monat (gesondert vergütet)
- 30 Tage Urlaub, betriebliche Altersvorsorge
- Eintritt zum 1. Februar

Bitte teilen Sie uns bis {dl} mit, ob Sie das Angebot annehmen. Der Vertrag kommt per Post.

Mit freundlichen Grüßen
{me}
@@ offer casual_offer founder
Subject: Zusage!
Hi Kwame,

ich mach's kurz: wir wollen dich im Team! Die Jungs von der Frühschicht fanden dich super. Vertrag schicke ich dir diese Woche, dann reden wir über den Start. Freu mich!

{me}
@@ next_step reschedule_unfortunately recruiter
Subject: Neuer Termin Probearbeitstag
Hallo Herr Mensah,

leider müssen wir den Probearbeitstag verschieben, da unser Schichtleiter kurzfristig ausfällt. Passt Ihnen {slot}, 7:00 Uhr am Werkstor 3? Arbeitsschuhe bitte mitbringen, PSA stellen wir.

Viele Grüße
{me}
@@ next_step assessment hr
Subject: Nächster Schritt: Fachgespräch und Praxistest
Guten Tag Herr Mensah,

Sie sind eine Runde weiter! Wir laden Sie zu einem Fachgespräch mit Praxistest (Fehlersuche an einer Schützsteuerung) am {slot} ein. Bitte senden Sie uns vorab Ihren Gesellenbrief bzw. die Anerkennung Ihrer Qualifikation bis {due}.

Über die Besetzung der Stelle entscheiden wir {P}.

Freundliche Grüße
{me}
@@ pending still_reviewing hr
Subject: Zwischenstand Ihrer Bewerbung
Sehr geehrter Herr Mensah,

wir möchten Ihnen einen kurzen Zwischenstand geben: Die Auswahlgespräche laufen noch, und der Betriebsrat muss der Einstellung ebenfalls zustimmen. Wir melden uns {P} bei Ihnen.

Mit freundlichen Grüßen
{me}
@@ pending on_hold manager q=follow
Subject: AW: Nachfrage {role}
Hallo Herr Mensah,

danke für Ihre Nachfrage. Die Stelle liegt im Moment leider auf Eis, weil das Budget für 2027 noch nicht freigegeben ist. Ihre Bewerbung bleibt aber im Verfahren, ich gebe Ihnen {P} Bescheid.

Beste Grüße
{me}
@@ acknowledgement received ats
Subject: Eingangsbestätigung Ihrer Bewerbung
Sehr geehrter Herr Mensah,

vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen diese sorgfältig und melden uns {P} bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam
@@ acknowledgement ack_unfortunately hr
Subject: Ihre Unterlagen
Guten Tag Herr Mensah,

Ihre Bewerbung ist angekommen, danke! Leider fehlt noch das Arbeitszeugnis Ihres letzten Arbeitgebers - können Sie es nachreichen? Wir schauen uns alles an und melden uns {P}.

Gruß
{me}
@@ auto_reply out_of_office ooo
Subject: Abwesenheitsnotiz: {role}
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {back} nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@{domain}.

Mit freundlichen Grüßen
{me}
@@ other job_alert_offer board
Subject: Neue Jobs für "Haustechniker Köln"
Hallo Kwame,

für deinen Suchauftrag gibt es 5 neue Angebote:
- Haustechniker (m/w/d) - Köln-Ehrenfeld - bewerben bis {due}
- Elektroniker Gebäudetechnik - Bergisch Gladbach - Top-Angebot
- Objektleiter FM - Köln-Deutz

Suchauftrag bearbeiten | Abmelden
@@ other interviewer colleague
Subject: Azubi-Auswahl Elektroniker
Hi Kwame,

kannst du am Mittwoch bei den Vorstellungsgesprächen für die zwei Azubis dabei sein? Du machst den praktischen Teil. Wir müssen bis Freitag entscheiden, wem wir den Ausbildungsplatz anbieten.

Danke dir
{me}
"""

BANK_FR = r"""
@@ rejection warm_rejection manager
Subject: Votre candidature - {role}
Bonjour Kwame,

Merci encore pour votre venue sur site et pour la visite de la chaufferie. Votre parcours d'électricien et votre habilitation BR nous ont vraiment plu.

Nous avons toutefois retenu un candidat qui connaît déjà notre GMAO et les installations du site. Je vous souhaite une belle réussite dans votre reconversion vers la maintenance.

Bien cordialement,
{me}
@@ rejection no_interview ats
Subject: Suite donnée à votre candidature
Bonjour Monsieur Mensah,

Nous vous remercions de l'intérêt que vous portez à {company}. Après étude attentive de votre dossier, nous ne sommes malheureusement pas en mesure de vous proposer un entretien pour le poste de {role}.

Nous conservons votre CV dans notre vivier pendant deux ans, sauf opposition de votre part.

L'équipe recrutement
@@ rejection filled agency
Subject: Mission Mérignac
Bonjour Kwame,

petit message rapide : le client a finalement pourvu la mission en interne. Désolée, je sais que vous étiez motivé. Je reviens vers vous dès qu'une autre mission d'électricien se libère sur la métropole.

{me}
@@ offer formal_offer hr
Subject: Proposition d'embauche - {role}
Bonjour Monsieur Mensah,

Suite à nos échanges, nous avons le plaisir de vous proposer le poste de {role} en CDI.

- Rémunération : 31 500 € bruts annuels sur 13 mois
- Prime d'astreinte selon l'accord d'entreprise
- Habilitation électrique BR/B2V prise en charge par nos soins

Merci de nous retourner la promesse d'embauche signée avant le {dl}.

Cordialement,
{me}
@@ offer offer_references recruiter
Subject: Bonne nouvelle !
Bonjour Kwame,

Le directeur technique souhaite vous recruter ! Il reste simplement à vérifier vos références auprès de votre ancien employeur, puis nous vous enverrons le contrat. Félicitations !

{me}
@@ next_step reschedule_unfortunately manager
Subject: Report de la visite technique
Bonjour Kwame,

Malheureusement je dois décaler notre visite des installations prévue cette semaine, une panne sur le TGBT mobilise toute l'équipe. Seriez-vous disponible le {slot} à 9h ?

Merci de votre compréhension,
{me}
@@ next_step assessment hr
Subject: Test technique - {role}
Bonjour Monsieur Mensah,

Votre candidature a retenu notre attention. La prochaine étape est un test technique en atelier (lecture de schémas, consignation, dépannage) le {slot}. Merci de nous transmettre une copie de votre titre d'habilitation avant le {due}.

Nous reviendrons vers vous avec notre décision {P}.

Cordialement,
{me}
@@ pending still_reviewing recruiter q=follow
Subject: RE: Relance candidature {role}
Bonjour Kwame,

Merci pour votre relance. Le jury n'a pas encore terminé les entretiens ; je vous tiens informé {P}.

Bonne journée,
{me}
@@ pending waitlist public
Subject: Résultat de l'entretien
Monsieur,

Suite à votre entretien devant le jury, nous vous informons que vous êtes inscrit sur liste complémentaire pour le poste de {role}. Vous serez contacté si le candidat retenu ne donne pas suite.

Une réponse définitive vous sera communiquée {P}.

La Direction des ressources humaines
@@ acknowledgement received ats
Subject: Accusé de réception de votre candidature
Bonjour Kwame,

Nous avons bien reçu votre candidature au poste de {role} et nous vous en remercions.

Notre équipe l'étudie et reviendra vers vous {P}.

L'équipe recrutement {company}
@@ acknowledgement received_agency agency
Subject: Votre inscription
Bonjour Kwame,

Bien reçu votre CV et vos habilitations, merci. Je les présente à deux clients cette semaine et je vous recontacte {P}.

{me}
Chargée de recrutement
@@ auto_reply out_of_office ooo
Subject: Réponse automatique : {role}
Bonjour,

Je suis absente jusqu'au {back} inclus. Pour toute urgence, merci de contacter recrutement@{domain}.

Cordialement,
{me}
@@ other newsletter_regret board
Subject: Votre sélection d'offres de la semaine
Bonjour Kwame,

Nous regrettons de ne pas avoir plus d'offres en maintenance à Bordeaux cette semaine, mais voici notre sélection :
- Technicien CVC - Pessac - CDI
- Électricien de maintenance - Bègles - offre urgente

Se désabonner
@@ other withdrawal_confirm ats
Subject: Retrait de votre candidature
Bonjour Kwame,

Nous confirmons le retrait de votre candidature au poste de {role}. Nous vous souhaitons une bonne continuation.

L'équipe recrutement
"""

BANK_ES = r"""
@@ rejection warm_rejection manager
Subject: Tu candidatura - {role}
Hola Kwame:

Gracias de nuevo por venir a la entrevista y a la visita de la sala de máquinas. Nos gustó mucho tu experiencia como electricista y tu forma de explicar el mantenimiento preventivo.

Sin embargo, hemos decidido seguir adelante con otro candidato que ya tiene el carné de instalador en España. Te deseo mucha suerte.

Un saludo,
{me}
@@ rejection talent_pool ats
Subject: Actualización de tu candidatura
Hola Kwame:

Gracias por tu interés en {company}. Tras revisar tu perfil, lamentamos comunicarte que no continuaremos con tu candidatura para {role}.

Guardaremos tu CV en nuestra base de datos para futuras vacantes de mantenimiento.

Equipo de Selección
@@ rejection public_formal public
Subject: Resolución del proceso selectivo
Estimado Sr. Mensah:

Le comunicamos que, tras la valoración de méritos y la entrevista, no ha resultado seleccionado para la plaza de {role}. Podrá consultar las puntuaciones en la sede electrónica y presentar alegaciones en un plazo de 10 días hábiles.

Atentamente,
Departamento de Recursos Humanos
@@ offer casual_offer manager
Subject: ¡Bienvenido!
Hola Kwame,

¡nos encantaría que te unieras al equipo de mantenimiento! Te llamo mañana para hablar de turnos y fecha de incorporación. Enhorabuena.

{me}
@@ offer formal_offer hr
Subject: Oferta de empleo - {role}
Estimado Kwame:

Nos complace ofrecerle el puesto de {role} con contrato indefinido.
- Salario bruto anual: 27.800 € en 14 pagas
- Plus de guardias y nocturnidad según convenio
- Jornada de 40 horas en turnos rotativos

Le rogamos que nos confirme su aceptación antes del {dl}.

Un cordial saludo,
{me}
@@ next_step reschedule_unfortunately recruiter
Subject: Cambio de fecha de la prueba práctica
Hola Kwame:

Lamentablemente tenemos que cambiar la fecha de la prueba práctica. ¿Te viene bien el {slot} a las 8:30 en nuestras instalaciones? Trae botas de seguridad.

Saludos,
{me}
@@ next_step references hr
Subject: Referencias - {role}
Hola Kwame:

Has pasado a la última fase. Necesitamos los datos de contacto de dos referencias profesionales y una copia de tu certificado de antecedentes penales. Tomaremos la decisión final {P}.

Gracias,
{me}
@@ pending delay recruiter
Subject: Estado de tu candidatura
Hola Kwame:

Te escribo para decirte que el proceso se ha retrasado un poco porque el responsable de mantenimiento está de vacaciones. Seguimos contando contigo y te daremos una respuesta {P}.

Un saludo,
{me}
@@ pending on_hold hr q=follow
Subject: RE: Seguimiento candidatura
Hola Kwame:

Gracias por escribir. De momento el proceso está en pausa mientras se aprueba el presupuesto del nuevo contrato con el cliente. Tu candidatura sigue activa y te informaremos {P}.

Saludos cordiales,
{me}
@@ acknowledgement received ats
Subject: Hemos recibido tu candidatura
Hola Kwame:

Gracias por inscribirte en la oferta de {role}. Hemos recibido tu candidatura correctamente.

Revisaremos tu perfil y te contactaremos {P}.

Equipo de Talento de {company}
@@ acknowledgement received_docs hr
Subject: RE: Documentación
Hola Kwame:

Recibida la documentación (título, certificado de PRL y carné), gracias. Te digo algo {P}.

{me}
@@ auto_reply out_of_office ooo
Subject: Respuesta automática: {role}
Hola, estoy fuera de la oficina hasta el {back}. Para temas urgentes escribe a seleccion@{domain}.

Gracias,
{me}
@@ other job_alert_offer board
Subject: Nuevas ofertas de empleo para ti
Hola Kwame:

Estas ofertas coinciden con tu alerta "mantenimiento Sevilla":
- Técnico de mantenimiento - Dos Hermanas - inscripción hasta el {due}
- Electricista industrial - Alcalá de Guadaíra

Gestionar alertas | Darse de baja
@@ other interviewer_offer colleague
Subject: Aprendiz de electricidad
Kwame, RRHH ya ha dado el visto bueno: le ofrecemos la plaza de prácticas a Lucía. ¿Puedes avisarla tú? Gracias por la evaluación.
{me}
"""
