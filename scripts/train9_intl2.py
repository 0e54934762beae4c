# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""train9 second German/French/Spanish bank: more implied, mobile, rescinded, conditional and lookalike mail."""

BANK_DE = """
@@ rejection implied recruiter
S: Kurzes Update
Hallo {first},

ich habe heute Feedback vom Fachbereich bekommen: Man hat sich für eine Person entschieden, die schon länger im [[SAP-TM-Umfeld|GMP-Bereich]] arbeitet. Für Sie geht es bei {company} damit nicht weiter.

Ich melde mich, wenn ich etwas Passendes sehe.
{me}
@@ rejection implied hr
S: Ihre Bewerbung - {role}
Hallo {first},

nach sorgfältiger Abwägung werden wir das Verfahren mit anderen Bewerbenden fortführen. Wir bedanken uns für Ihr Interesse und Ihre Zeit.

{me}
@@ rejection status_portal ats
S: Neuigkeiten zu Ihrer Bewerbung ({req})
Hallo {first},

es gibt Neuigkeiten zu Ihrer Bewerbung. Status: Absage erteilt. Details finden Sie in Ihrem Kandidatenkonto.
@@ rejection mobile_short manager
S: AW: Gespräch
Leider nein, {first}. Wir haben jemand anderen genommen. Danke trotzdem!

Von meinem iPhone gesendet
@@ rejection post_assessment manager
S: Ihr Assessment-Center
Hallo {first},

vielen Dank für Ihre Teilnahme am Assessment-Center. Die Auswertung ist abgeschlossen, und wir setzen den Prozess mit zwei anderen Teilnehmenden fort.

{me}
@@ rejection search_closed manager
S: Stelle {role} entfällt
Hallo {first},

die Stelle wird nach der Budgetrunde gestrichen, das Verfahren ist damit für alle Bewerbenden beendet. Tut mir leid, dass es so ausgeht.

{me}
@@ rejection rescinded hr
S: Ihre Einstellung - Sicherheitsüberprüfung
Hallo {first},

leider ist die erforderliche Sicherheitsüberprüfung nicht positiv ausgefallen. Wir müssen unsere Einstellungszusage daher widerrufen.

{me}
@@ offer conditional_offer manager
S: gute Nachrichten
Hallo {first},

das Panel war sich einig - wir wollen Sie! Die Zusage steht noch unter dem Vorbehalt der Freigabe durch die Geschäftsleitung, das ist aber Formsache. Unterlagen folgen.

{me}
@@ offer typo_offer recruiter
S: angebot für Sie
Hallo {first}, der Kunde möchte Ihnen ein angebot als {role} machen! Können wir morgen telefonieren?

{me}
@@ offer founder_phone founder
S: AW: {role}
du hast den job wenn du willst 🙂 ruf mich an, vertrag schick ich morgen

Von meinem iPhone gesendet
@@ next_step offer_call hr
S: Kennenlernen mit der Bereichsleitung
Hallo {first},

wir möchten Ihnen ein kurzes Gespräch mit unserer Bereichsleitung anbieten. Bitte wählen Sie einen Termin über den Link. <<Eine finale Entscheidung treffen wir {P}.>>

{me}
@@ next_step references recruiter
S: Referenzen
Hallo {first},

als nächsten Schritt würden wir gern zwei Referenzen einholen. <<Danach entscheiden wir {P}.>>

{me}
@@ pending delay hr
S: Verzögerung im Auswahlverfahren
Hallo {first},

leider verzögert sich unser Auswahlverfahren aufgrund von Urlaubszeiten. <<Mit einer Rückmeldung können Sie {P} rechnen.>>

{me}
@@ pending waitlist_offer_other manager
S: ehrlicher Zwischenstand
Hallo {first},

wir haben einem anderen Kandidaten ein Angebot gemacht, unterschrieben ist aber noch nichts. Sie sind unsere erste Wahl, falls er absagt. <<Ich weiß {P} mehr.>>

{me}
@@ acknowledgement ack_offer_word ats
S: Danke für Ihre Bewerbung
Hallo {first},

Ihre Bewerbung ist bei uns eingegangen. Wir bieten Ihnen einen transparenten Prozess und antworten allen Bewerbenden. <<Rechnen Sie mit einer Antwort {P}.>>
@@ acknowledgement received_casual manager
S: AW: Unterlagen
Danke {first}, ist angekommen! <<Melde mich {P}.>>

{me}
@@ auto_reply auto_noreply noreply
S: Automatische Antwort
Diese Adresse wird nicht gelesen. Bitte nutzen Sie für Rückfragen unser Bewerberportal.
@@ other job_alert board
S: Neue Jobs: {role}
6 neue Stellen passen zu Ihrem Suchauftrag.

{role} - {company} - Bewerbungsfrist {deadline}

Suchauftrag bearbeiten
@@ other withdrawal hr
S: AW: Rückzug meiner Bewerbung
Hallo {first},

schade, aber verständlich - wir haben Ihre Bewerbung wie gewünscht zurückgezogen. Viel Erfolg in der neuen Position!

{me}
"""

BANK_FR = """
@@ rejection implied recruiter
S: Un point rapide
Bonjour {first},

J'ai eu le retour du client : il a choisi d'avancer avec un profil qui connaît déjà très bien le secteur [[du luxe|de l'édition]]. Le processus s'arrête donc ici pour vous chez {company}.

Je reste à l'écoute pour la suite.
{me}
@@ rejection implied hr
S: Votre candidature - {role}
Bonjour {first},

Après réflexion, nous avons décidé de poursuivre le processus avec d'autres candidats. Merci pour l'intérêt porté à notre studio.

{me}
@@ rejection status_portal ats
S: Votre candidature a évolué
Bonjour {first},

Le statut de votre candidature ({req}) a changé : Non retenue. Retrouvez le détail dans votre espace candidat.
@@ rejection mobile_short manager
S: RE: entretien
Ce sera non cette fois, {first}. On a pris quelqu'un d'autre. Merci !

Envoyé de mon iPhone
@@ rejection post_assessment manager
S: Votre exercice de création
Bonjour {first},

Merci pour les pistes créatives. Nous les avons présentées au client, et nous poursuivons avec deux autres designers pour la suite.

{me}
@@ rejection search_closed hr
S: Annulation du recrutement
Bonjour {first},

Suite à une réorganisation, le recrutement pour le poste de {role} est annulé. Aucune embauche n'aura lieu.

{me}
@@ rejection typo_rejection founder
S: re: ta candidature
salut {first}, malheureusment on a decidé de pas donner suite. desolé !
@@ offer conditional_offer hr
S: Votre proposition
Bonjour {first},

Nous sommes heureux de vous confirmer notre proposition pour le poste de {role}, sous réserve de l'accord du conseil d'administration et d'une vérification d'antécédents. Réponse attendue avant le {deadline}.

{me}
@@ offer typo_offer recruiter
S: bonne nouvelle
Bonjour {first}, le studio souhaite vous faire une propostion d'embauche ! On s'appelle demain ?

{me}
@@ offer founder_phone founder
S: RE: {role}
c'est oui pour nous 🙂 appelle-moi, je t'envoie la promesse d'embauche ce soir

Envoyé de mon iPhone
@@ next_step offer_call hr
S: Échange avec notre directrice de création
Bonjour {first},

Nous vous proposons un échange avec notre directrice de création. Merci de choisir un créneau via le lien. <<Nous prendrons notre décision {P}.>>

{me}
@@ pending delay hr
S: Délai dans notre processus
Bonjour {first},

Notre processus prend malheureusement plus de temps que prévu. <<Nous reviendrons vers vous {P}.>>

{me}
@@ pending still_reviewing recruiter
S: RE: des nouvelles ?
Bonjour {first}, pas encore de décision, le client voit un dernier candidat. <<Je vous tiens au courant {P}.>>

{me}
@@ acknowledgement ack_offer_word ats
S: Merci pour votre candidature
Bonjour {first},

Votre candidature a bien été reçue. Nous offrons à chaque candidat une réponse personnalisée. <<Vous aurez de nos nouvelles {P}.>>
@@ auto_reply auto_noreply noreply
S: Ne pas répondre
Cette adresse n'est pas consultée. Merci d'utiliser votre espace candidat pour toute question.
@@ other job_alert board
S: Nouvelles offres : {role}
5 nouvelles offres correspondent à votre alerte.

{role} - {company} - candidature avant le {deadline}

Gérer mes alertes
@@ other withdrawal hr
S: RE: Retrait de ma candidature
Bonjour {first},

Bien noté, nous avons retiré votre candidature. Félicitations pour votre nouveau poste !

{me}
"""

BANK_ES = """
@@ rejection implied recruiter
S: Novedades
Hola {first},

He hablado con el cliente: prefieren avanzar con un perfil que ya venda en [[el sector logístico|banca]]. Así que el proceso con {company} termina aquí para ti.

Seguimos en contacto.
{me}
@@ rejection status_portal ats
S: Tu candidatura ha cambiado de estado
Hola {first},

El estado de tu candidatura ({req}) es ahora: Descartada. Consulta los detalles en tu área de candidato.
@@ rejection mobile_short manager
S: RE: entrevista
Esta vez no, {first}. Hemos elegido a otra persona. Gracias!

Enviado desde mi iPhone
@@ rejection search_closed manager
S: Cancelamos la búsqueda
Hola {first},

Hemos decidido no cubrir la posición de {role} este año; el proceso queda cerrado para todos los candidatos. Siento haberte hecho perder tiempo.

{me}
@@ rejection post_assessment hr
S: Resultado del business case
Hola {first},

Gracias por presentar el business case. El comité ha valorado todas las propuestas y continuará con los dos finalistas mejor puntuados.

{me}
@@ rejection rescinded manager
S: cambio de planes
{first},

Tras la reestructuración, la posición que te ofrecimos desaparece. Tenemos que retirar la oferta y lo siento muchísimo.

{me}
@@ offer conditional_offer hr
S: Propuesta de incorporación
Hola {first},

Queremos ofrecerte el puesto de {role}, condicionado a la aprobación del consejo y a la verificación de antecedentes. Confírmanos antes del {deadline}.

{me}
@@ offer founder_phone founder
S: RE: {role}
es tuyo si lo quieres 🙂 llámame y te mando la oferta esta noche

Enviado desde mi iPhone
@@ offer welcome_aboard manager
S: ¡Bienvenida al equipo!
{first},

¡Qué alegría que hayas aceptado! RRHH te enviará el contrato hoy. Empiezas el {start}.

{me}
@@ next_step offer_call founder
S: otra charla?
hola {first}, te propongo un café virtual con nuestro CRO el {slot}. te va bien?
@@ next_step references recruiter
S: Referencias
Hola {first},

El siguiente paso son las referencias: ¿me pasas dos contactos? <<Después te daremos una respuesta {P}.>>

{me}
@@ pending delay hr
S: Retraso en el proceso
Hola {first},

Lamentablemente el proceso se está alargando más de lo previsto. <<Te daremos una respuesta {P}.>>

{me}
@@ pending waitlist_offer_other manager
S: te cuento
Hola {first},

Hemos hecho una oferta a otro candidato, pero aún no ha firmado. Eres nuestra primera opción si dice que no. <<Lo sabré {P}.>>

{me}
@@ acknowledgement received_casual recruiter
S: RE: CV
¡Recibido, {first}! Se lo paso hoy al cliente. <<Te cuento algo {P}.>>

{me}
@@ acknowledgement ack_offer_word ats
S: Gracias por tu candidatura
Hola {first},

Hemos recibido tu candidatura. Ofrecemos respuesta a todas las personas candidatas. <<Sabrás de nosotros {P}.>>
@@ auto_reply auto_noreply noreply
S: No responder
Este buzón no se atiende. Para cualquier consulta, utiliza el portal de candidatos.
@@ other job_alert board
S: Nuevas ofertas: {role}
7 ofertas nuevas coinciden con tu alerta.

{role} - {company} - inscríbete antes del {deadline}

Gestionar alertas
@@ other withdrawal hr
S: RE: Retiro mi candidatura
Hola {first},

Entendido, hemos retirado tu candidatura. ¡Enhorabuena por tu nuevo puesto!

{me}
@@ other newsletter_offer board
S: Oferta especial para ti
Hola {first},

Solo esta semana: revisión de CV gratis. Lamentamos que no hayas encontrado ofertas de {role} la semana pasada; aquí tienes 8 nuevas.

Darse de baja
"""
